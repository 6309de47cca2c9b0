"""SQLAlchemy 2 storage and the file formats. Never imports Qt."""
