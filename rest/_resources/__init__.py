"""The 2010-04-01 resources: one module per family.

Each module declares a family's records as plain dataclasses (their fields mirror Twilio's
JSON), a sync and an async record class adding the shortcuts, and the operations classes
that `Client` and `AsyncClient` expose. Paths and parameters come from `rest._params`.
To add a family: add it to `tools/gen_rest_params.py`, regenerate, write its module here
like `calls.py`, and give the clients an accessor.
"""

from __future__ import annotations

from .accounts import Account, Accounts, AsyncAccount, AsyncAccounts
from .calls import AsyncCall, AsyncCalls, Call, Calls
from .connect_apps import (
    AsyncAuthorizedConnectApp,
    AsyncAuthorizedConnectApps,
    AsyncConnectApp,
    AsyncConnectApps,
    AuthorizedConnectApp,
    AuthorizedConnectApps,
    ConnectApp,
    ConnectApps,
)
from .messages import SMS, AsyncMessage, AsyncMessages, Message, Messages
from .notifications import (
    AsyncCallNotifications,
    AsyncNotification,
    AsyncNotifications,
    CallNotifications,
    Notification,
    Notifications,
)
from .recordings import AsyncCallRecordings, AsyncRecording, CallRecordings, Recording

__all__ = [
    "SMS",
    "Account",
    "Accounts",
    "AsyncAccount",
    "AsyncAccounts",
    "AsyncAuthorizedConnectApp",
    "AsyncAuthorizedConnectApps",
    "AsyncCall",
    "AsyncCallNotifications",
    "AsyncCallRecordings",
    "AsyncCalls",
    "AsyncConnectApp",
    "AsyncConnectApps",
    "AsyncMessage",
    "AsyncMessages",
    "AsyncNotification",
    "AsyncNotifications",
    "AsyncRecording",
    "AuthorizedConnectApp",
    "AuthorizedConnectApps",
    "Call",
    "CallNotifications",
    "CallRecordings",
    "Calls",
    "ConnectApp",
    "ConnectApps",
    "Message",
    "Messages",
    "Notification",
    "Notifications",
    "Recording",
]
