"""The seed profiles: structured documents loaded by `migration-profiles seed`."""

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent
BELGIUM = SEEDS_DIR / "belgium.yaml"
