from leaddesk.cli import main

raise SystemExit(main())
