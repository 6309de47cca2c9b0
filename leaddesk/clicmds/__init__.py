"""Command-line subcommands, one module each: ``HELP``, ``add_arguments(p)``, ``run(args)``."""

#: subcommand → module
SUBCOMMAND_MODULES: dict[str, str] = {
    "info": "leaddesk.clicmds.info",
    "import": "leaddesk.clicmds.import_leads",
    "import-activity": "leaddesk.clicmds.import_activity",
    "export": "leaddesk.clicmds.export",
    "rescore": "leaddesk.clicmds.rescore",
    "backup": "leaddesk.clicmds.backup",
    "restore": "leaddesk.clicmds.restore",
    "copy-db": "leaddesk.clicmds.copy_db",
}
