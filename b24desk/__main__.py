"""Entry point for `python -m b24desk`."""

import sys

from b24desk.cli import main

sys.exit(main())
