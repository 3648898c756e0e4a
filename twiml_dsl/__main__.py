"""`python -m twiml_dsl` and the `twiml-dsl` script: lint, render and simulate TwiML."""

from __future__ import annotations

import sys

from ._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
