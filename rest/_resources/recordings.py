"""Recordings of one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._operations import Family
from .._params import call_recordings
from .._record import AsyncRecord, Record, SyncRecord

__all__ = ["AsyncCallRecordings", "AsyncRecording", "CallRecordings", "Recording"]


@dataclass(kw_only=True, repr=False)
class _RecordingData(Record):
    family: ClassVar[Family] = call_recordings.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    call_sid: str | None = None
    conference_sid: str | None = None
    api_version: str | None = None
    status: str | None = None
    source: str | None = None
    channels: int | None = None
    track: str | None = None
    duration: str | None = None
    price: str | float | None = None
    price_unit: str | None = None
    error_code: int | None = None
    start_time: datetime | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    media_url: str | None = None
    uri: str | None = None
    encryption_details: Any = None
    subresource_uris: dict[str, str] | None = None


class Recording(_RecordingData, SyncRecord):
    """A call recording (reached from `call.recordings`)."""


class AsyncRecording(_RecordingData, AsyncRecord):
    """A call recording read through an `AsyncClient`."""


class CallRecordings(call_recordings.CallRecordingsOps[Recording]):
    record = Recording


class AsyncCallRecordings(call_recordings.AsyncCallRecordingsOps[AsyncRecording]):
    record = AsyncRecording
