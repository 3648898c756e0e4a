"""Fixtures for the webhook tests: a token, a TwiML reply factory, a clean environment."""

from __future__ import annotations

from collections.abc import Callable

import pytest


class StandInResponse:
    """Something with `to_xml()`, standing in for a TwiML response."""

    def __init__(self, text: str) -> None:
        self.text = text

    def to_xml(self) -> str:
        return f'<?xml version="1.0" encoding="UTF-8"?><Response><Say>{self.text}</Say></Response>'


@pytest.fixture
def auth_token() -> str:
    """A 32-character auth token, the length Twilio's tokens have."""
    return "0123456789abcdef0123456789abcdef"


@pytest.fixture
def reply() -> Callable[[str], object]:
    """Make a voice reply that says the given text."""
    return StandInResponse


@pytest.fixture(autouse=True)
def _no_twilio_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
