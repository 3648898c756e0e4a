"""Debugger notifications, of the account or of one call; read-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from .._operations import Family
from .._params import call_notifications, notifications
from .._record import AsyncRecord, Record, SyncRecord

__all__ = [
    "AsyncCallNotifications",
    "AsyncNotification",
    "AsyncNotifications",
    "CallNotifications",
    "Notification",
    "Notifications",
]


@dataclass(kw_only=True, repr=False)
class _NotificationData(Record):
    family: ClassVar[Family] = notifications.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    call_sid: str | None = None
    api_version: str | None = None
    error_code: str | None = None
    log: str | None = None
    message_date: datetime | None = None
    message_text: str | None = None
    more_info: str | None = None
    request_method: str | None = None
    request_url: str | None = None
    request_variables: str | None = None
    response_body: str | None = None
    response_headers: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class Notification(_NotificationData, SyncRecord):
    """A debugger notification; read-only (Twilio offers no delete for it)."""


class AsyncNotification(_NotificationData, AsyncRecord):
    """A debugger notification read through an `AsyncClient`."""


class Notifications(notifications.NotificationsOps[Notification]):
    record = Notification


class AsyncNotifications(notifications.AsyncNotificationsOps[AsyncNotification]):
    record = AsyncNotification


class CallNotifications(call_notifications.CallNotificationsOps[Notification]):
    record = Notification


class AsyncCallNotifications(call_notifications.AsyncCallNotificationsOps[AsyncNotification]):
    record = AsyncNotification
