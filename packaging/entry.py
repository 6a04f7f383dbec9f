"""The frozen program's entry point: the same `b24desk` command the wheel installs."""

import sys

from b24desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
