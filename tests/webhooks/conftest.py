"""Fixtures for the webhook tests: a token and a TwiML reply factory."""

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
