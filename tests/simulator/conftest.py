"""Fixtures for the simulator tests: the examples on the path, a clean environment."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the examples are imported as the package `examples`
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _no_twilio_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    for setting in ("PUBLIC_URL", "TRUST_PROXY", "VALIDATE"):
        monkeypatch.delenv(f"TWILIO_WEBHOOK_{setting}", raising=False)
