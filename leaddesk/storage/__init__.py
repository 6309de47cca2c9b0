"""SQLAlchemy 2 storage and the file formats. Never imports Qt.

db, models, unit, migrations/; repositories/ per aggregate; reading/ files in; writing/ files out; backups/.
"""
