"""Recordings, of the account or of one call, and their transcriptions.

`client.recordings` reads the account's recordings (find, list, delete); `call.recordings`
reads one call's and can also start, pause and stop one. The two lists filter `DateCreated`
differently, as Twilio's definition says: a date-time for the account, a date for a call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .._operations import Family
from .._params import call_recordings, recording_transcriptions, recordings, transcriptions
from .._record import AsyncRecord, Record, SyncRecord

__all__ = [
    "AsyncCallRecording",
    "AsyncCallRecordings",
    "AsyncRecording",
    "AsyncRecordingTranscriptions",
    "AsyncRecordings",
    "AsyncTranscription",
    "AsyncTranscriptions",
    "CallRecording",
    "CallRecordings",
    "Recording",
    "RecordingTranscriptions",
    "Recordings",
    "Transcription",
    "Transcriptions",
]


@dataclass(kw_only=True, repr=False)
class _TranscriptionData(Record):
    family: ClassVar[Family] = transcriptions.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    recording_sid: str | None = None
    status: str | None = None
    transcription_text: str | None = None
    type: str | None = None
    duration: str | None = None
    price: str | float | None = None
    price_unit: str | None = None
    api_version: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class Transcription(_TranscriptionData, SyncRecord):
    """The text of a recording (`<Record transcribe="true">`); read and delete only."""


class AsyncTranscription(_TranscriptionData, AsyncRecord):
    """A transcription read through an `AsyncClient`."""


class Transcriptions(transcriptions.TranscriptionsOps[Transcription]):
    record = Transcription


class AsyncTranscriptions(transcriptions.AsyncTranscriptionsOps[AsyncTranscription]):
    record = AsyncTranscription


class RecordingTranscriptions(recording_transcriptions.RecordingTranscriptionsOps[Transcription]):
    record = Transcription


class AsyncRecordingTranscriptions(
    recording_transcriptions.AsyncRecordingTranscriptionsOps[AsyncTranscription]
):
    record = AsyncTranscription


@dataclass(kw_only=True, repr=False)
class _RecordingData(Record):
    family: ClassVar[Family] = recordings.FAMILY
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
    """A recording of the account (`client.recordings`); find, list and delete only."""

    @property
    def transcriptions(self) -> RecordingTranscriptions:
        """This recording's transcriptions (find, list, delete)."""
        return self._child(RecordingTranscriptions)


class AsyncRecording(_RecordingData, AsyncRecord):
    """A recording read through an `AsyncClient`."""

    @property
    def transcriptions(self) -> AsyncRecordingTranscriptions:
        """This recording's transcriptions (`async for t in rec.transcriptions.all()`)."""
        return self._child(AsyncRecordingTranscriptions)


class CallRecording(Recording):
    """A recording reached from `call.recordings`: it can also be paused, resumed, stopped."""

    family: ClassVar[Family] = call_recordings.FAMILY


class AsyncCallRecording(AsyncRecording):
    """A call's recording read through an `AsyncClient`."""

    family: ClassVar[Family] = call_recordings.FAMILY


class Recordings(recordings.RecordingsOps[Recording]):
    record = Recording


class AsyncRecordings(recordings.AsyncRecordingsOps[AsyncRecording]):
    record = AsyncRecording


class CallRecordings(call_recordings.CallRecordingsOps[CallRecording]):
    record = CallRecording


class AsyncCallRecordings(call_recordings.AsyncCallRecordingsOps[AsyncCallRecording]):
    record = AsyncCallRecording
