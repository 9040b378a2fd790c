"""`python -m app` is the `migration-profiles` command."""

from app.cli import main

main()
