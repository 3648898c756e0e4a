"""TwiML applications: the voice and SMS URLs a number or a call can point at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from .._operations import Family
from .._params import applications as params
from .._record import AsyncRecord, Record, SyncRecord

__all__ = ["Application", "Applications", "AsyncApplication", "AsyncApplications"]


@dataclass(kw_only=True, repr=False)
class _ApplicationData(Record):
    family: ClassVar[Family] = params.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    api_version: str | None = None
    voice_url: str | None = None
    voice_method: str | None = None
    voice_fallback_url: str | None = None
    voice_fallback_method: str | None = None
    voice_caller_id_lookup: bool | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    sms_url: str | None = None
    sms_method: str | None = None
    sms_fallback_url: str | None = None
    sms_fallback_method: str | None = None
    sms_status_callback: str | None = None
    message_status_callback: str | None = None
    public_application_connect_enabled: bool | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class Application(_ApplicationData, SyncRecord):
    """A TwiML app: where Twilio fetches TwiML for the calls and messages routed to it."""


class AsyncApplication(_ApplicationData, AsyncRecord):
    """A TwiML app read through an `AsyncClient`."""


class Applications(params.ApplicationsOps[Application]):
    record = Application


class AsyncApplications(params.AsyncApplicationsOps[AsyncApplication]):
    record = AsyncApplication
