"""Fixtures for the webhook tests: a token, a TwiML reply factory, a clean environment."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from twiml_dsl import VoiceResponse


def _say(text: str) -> VoiceResponse:
    response = VoiceResponse()
    response.say(text)
    return response


@pytest.fixture
def auth_token() -> str:
    """A 32-character auth token, the length Twilio's tokens have."""
    return "0123456789abcdef0123456789abcdef"


@pytest.fixture
def reply() -> Callable[[str], VoiceResponse]:
    """Make a voice reply that says the given text."""
    return _say


@pytest.fixture(autouse=True)
def _no_twilio_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    for setting in ("PUBLIC_URL", "TRUST_PROXY", "VALIDATE"):
        monkeypatch.delenv(f"TWILIO_WEBHOOK_{setting}", raising=False)
