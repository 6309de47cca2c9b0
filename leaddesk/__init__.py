"""LeadDesk: offline lead qualification for small sales teams."""

#: The one place the version is written; pyproject.toml reads it from here. A literal, not
#: importlib.metadata: that import alone costs start-up tens of milliseconds.
__version__ = "0.1.0"
