"""The bundle's entry point: `ui.main:main`, with no bytecode written beside the program.

Alembic imports the replica's migrations from source files inside the bundle; a cache
written next to them (root runs the self-test after `dpkg -i`) would outlive `dpkg -r`.
"""

import sys

sys.dont_write_bytecode = True

from ui.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
