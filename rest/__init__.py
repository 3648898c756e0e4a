"""A compact client for Twilio's 2010-04-01 REST API, sync and async, on httpx."""

from __future__ import annotations

from ._config import Credentials, configure
from ._errors import ConfigurationError, TwilioError
from ._tokens import (
    AccessToken,
    CapabilityToken,
    ChatGrant,
    Grant,
    PlaybackGrant,
    SyncGrant,
    TaskRouterGrant,
    VideoGrant,
    VoiceGrant,
)

__all__ = [
    "AccessToken",
    "CapabilityToken",
    "ChatGrant",
    "ConfigurationError",
    "Credentials",
    "Grant",
    "PlaybackGrant",
    "SyncGrant",
    "TaskRouterGrant",
    "TwilioError",
    "VideoGrant",
    "VoiceGrant",
    "configure",
]
