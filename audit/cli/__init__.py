"""The `audit` command line (entry point ``audit.cli:main``); one module per command."""

from audit.cli.app import app, main

__all__ = ["app", "main"]
