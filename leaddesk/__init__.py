"""LeadDesk: offline lead qualification for small sales teams."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("leaddesk")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"
