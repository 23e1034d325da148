"""`python -m audit.cli`: the same as the `audit` command."""

from audit.cli.app import main

main()
