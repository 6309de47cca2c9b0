"""The bundle's entry point: the same ``leaddesk`` command as the installed package."""

from leaddesk.cli import gui_main

raise SystemExit(gui_main())
