"""Fixtures for the simulator tests: the examples on the path."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the examples are imported as the package `examples`
    sys.path.insert(0, str(ROOT))
