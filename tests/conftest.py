"""Shared test settings: the async backend, hypothesis budgets, no Twilio environment."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# tests/smoke runs in a fresh environment holding the built wheel (`make smoke`), never here.
collect_ignore = ["smoke"]

settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_twilio_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials and webhook settings come only from what each test sets itself."""
    for name in ("TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID"):
        monkeypatch.delenv(name, raising=False)
    for setting in ("PUBLIC_URL", "TRUST_PROXY", "VALIDATE"):
        monkeypatch.delenv(f"TWILIO_WEBHOOK_{setting}", raising=False)
