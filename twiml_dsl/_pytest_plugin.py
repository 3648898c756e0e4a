"""The pytest entry point: offers `twiml_snapshot` wherever syrupy is installed."""

from __future__ import annotations

import importlib.util

if importlib.util.find_spec("syrupy") is not None:
    from .snapshot import pytest_configure, twiml_snapshot

    __all__ = ["pytest_configure", "twiml_snapshot"]
