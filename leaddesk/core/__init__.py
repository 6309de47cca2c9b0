"""The domain: pure Python, no Qt, no SQLAlchemy, no file formats."""
