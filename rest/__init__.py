"""A compact client for Twilio's 2010-04-01 REST API, sync and async, on httpx."""

from __future__ import annotations

from ._config import Credentials, configure
from ._errors import ConfigurationError, TwilioError

__all__ = ["ConfigurationError", "Credentials", "TwilioError", "configure"]
