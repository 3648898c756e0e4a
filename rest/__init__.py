"""A compact client for Twilio's 2010-04-01 REST API, sync and async, on httpx."""

from __future__ import annotations

from ._client import AsyncClient, AsyncResources, Client, Resources
from ._config import Credentials, configure
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    MalformedResponseError,
    TwilioAPIError,
    TwilioError,
    UnsupportedOperationError,
)
from ._paging import AsyncPager, Page, Pager
from ._resources import (
    SMS,
    Account,
    AuthorizedConnectApp,
    Call,
    ConnectApp,
    Message,
    Notification,
    Recording,
)
from ._retry import RetryPolicy

__all__ = [
    "SMS",
    "APIConnectionError",
    "APITimeoutError",
    "Account",
    "AsyncClient",
    "AsyncPager",
    "AsyncResources",
    "AuthorizedConnectApp",
    "Call",
    "Client",
    "ConfigurationError",
    "ConnectApp",
    "Credentials",
    "MalformedResponseError",
    "Message",
    "Notification",
    "Page",
    "Pager",
    "Recording",
    "Resources",
    "RetryPolicy",
    "TwilioAPIError",
    "TwilioError",
    "UnsupportedOperationError",
    "configure",
]
