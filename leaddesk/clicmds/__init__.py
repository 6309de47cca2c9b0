"""Command-line subcommands, one module each: ``HELP``, ``add_arguments(p)``, ``run(args)``.

``SUBCOMMANDS`` below lists them in the order ``leaddesk --help`` shows.
"""

from __future__ import annotations

from types import ModuleType

from leaddesk.clicmds import (
    agenda,
    backup,
    copy_db,
    export,
    import_activity,
    import_leads,
    info,
    rescore,
    restore,
    scoring,
)

#: subcommand → module, in the order ``--help`` lists them
SUBCOMMANDS: dict[str, ModuleType] = {
    "info": info,
    "import": import_leads,
    "import-activity": import_activity,
    "export": export,
    "rescore": rescore,
    "scoring": scoring,
    "backup": backup,
    "restore": restore,
    "copy-db": copy_db,
    "agenda": agenda,
}
