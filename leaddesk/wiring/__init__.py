"""Each room wires its own services onto a workspace: ``install(db, workspace)``.

Like ``app.py`` these modules see every layer. ``app.build_workspace`` calls every module
named in ``FEATURES`` that exists.
"""

from __future__ import annotations

from typing import Any

from leaddesk._optional import optional_module

#: name in ``Workspace.features`` → module with ``install(db, workspace)``
FEATURES: dict[str, str] = {
    # Backups first: the rooms after it take a backup before their bulk changes.
    "backups": "leaddesk.wiring.backups",
    "scoring": "leaddesk.wiring.scoring",
    "importer": "leaddesk.wiring.importing",
    "activity": "leaddesk.wiring.activity",
    "exporter": "leaddesk.wiring.exporting",
    "qualification": "leaddesk.wiring.qualification",
    "reports": "leaddesk.wiring.reports",
    "team": "leaddesk.wiring.team",
}


def install_features(db: Any, workspace: Any) -> None:
    for module_name in FEATURES.values():
        module = optional_module(module_name)
        if module is not None:
            module.install(db, workspace)
