"""`python -m gcomdesk.cli` runs the command line."""

import sys

from gcomdesk.cli import main

sys.exit(main())
