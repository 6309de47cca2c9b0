"""Settings: Preferences (language, look) and Database settings (file or server).

preferences: the Preferences dialog; database: the database settings dialog.
"""
