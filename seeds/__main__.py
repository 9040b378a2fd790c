"""Load a seed document: `python -m seeds [FILE]` (Belgium by default).

The same as `migration-profiles seed [FILE]`.
"""

import sys

from app.cli import main

if __name__ == "__main__":
    main(["seed", *sys.argv[1:]])
