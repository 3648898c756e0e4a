"""A compact client for Twilio's 2010-04-01 REST API, sync and async, on httpx."""

from __future__ import annotations

from ._client import AsyncClient, Client
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
from ._operations import AsyncResources, Resources
from ._paging import AsyncPager, Page, Pager
from ._resources import (
    SMS,
    Account,
    AsyncAccount,
    AsyncAuthorizedConnectApp,
    AsyncCall,
    AsyncConnectApp,
    AsyncMessage,
    AsyncNotification,
    AsyncRecording,
    AuthorizedConnectApp,
    Call,
    ConnectApp,
    Message,
    Notification,
    Recording,
)
from ._retry import RetryPolicy
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
    "SMS",
    "APIConnectionError",
    "APITimeoutError",
    "AccessToken",
    "Account",
    "AsyncAccount",
    "AsyncAuthorizedConnectApp",
    "AsyncCall",
    "AsyncClient",
    "AsyncConnectApp",
    "AsyncMessage",
    "AsyncNotification",
    "AsyncPager",
    "AsyncRecording",
    "AsyncResources",
    "AuthorizedConnectApp",
    "Call",
    "CapabilityToken",
    "ChatGrant",
    "Client",
    "ConfigurationError",
    "ConnectApp",
    "Credentials",
    "Grant",
    "MalformedResponseError",
    "Message",
    "Notification",
    "Page",
    "Pager",
    "PlaybackGrant",
    "Recording",
    "Resources",
    "RetryPolicy",
    "SyncGrant",
    "TaskRouterGrant",
    "TwilioAPIError",
    "TwilioError",
    "UnsupportedOperationError",
    "VideoGrant",
    "VoiceGrant",
    "configure",
]
