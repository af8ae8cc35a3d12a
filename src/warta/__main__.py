"""`python -m warta ...` is the `warta` command."""

import sys

from warta.cli.main import main

sys.exit(main())
