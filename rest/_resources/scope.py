"""The families reached from a client or from an account record, as properties.

`Client` and `AsyncClient` expose them for their own account; `Account` and `AsyncAccount`
for that account's SID, authenticating as that account when it was read with `connect=True`.
Each property builds a small operations object: nothing is sent until one is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .applications import Applications, AsyncApplications
from .conferences import (
    AsyncConferenceParticipants,
    AsyncConferences,
    ConferenceParticipants,
    Conferences,
)
from .phone_numbers import (
    AsyncIncomingPhoneNumbers,
    AsyncOutgoingCallerIds,
    AsyncValidationRequests,
    IncomingPhoneNumbers,
    OutgoingCallerIds,
    ValidationRequests,
)
from .queues import AsyncQueueMembers, AsyncQueues, QueueMembers, Queues
from .recordings import (
    AsyncRecordings,
    AsyncRecordingTranscriptions,
    AsyncTranscriptions,
    Recordings,
    RecordingTranscriptions,
    Transcriptions,
)
from .usage import AsyncUsage, Usage

__all__ = ["AsyncScope", "SyncScope"]

T = TypeVar("T")


class _Scope:
    def _scoped(self, operations: Callable[..., T], parent_sid: str | None = None) -> T:
        """`operations` in this scope's account (under `parent_sid`, for a subresource)."""
        raise NotImplementedError


class SyncScope(_Scope):
    """The 2010-04-01 families beyond calls, messages and Connect, for a `Client`'s scope."""

    @property
    def applications(self) -> Applications:
        return self._scoped(Applications)

    @property
    def conferences(self) -> Conferences:
        return self._scoped(Conferences)

    @property
    def queues(self) -> Queues:
        return self._scoped(Queues)

    @property
    def recordings(self) -> Recordings:
        return self._scoped(Recordings)

    @property
    def transcriptions(self) -> Transcriptions:
        return self._scoped(Transcriptions)

    @property
    def incoming_phone_numbers(self) -> IncomingPhoneNumbers:
        return self._scoped(IncomingPhoneNumbers)

    @property
    def outgoing_caller_ids(self) -> OutgoingCallerIds:
        return self._scoped(OutgoingCallerIds)

    @property
    def validation_requests(self) -> ValidationRequests:
        return self._scoped(ValidationRequests)

    @property
    def usage(self) -> Usage:
        return self._scoped(Usage)

    def conference_participants(self, conference_sid: str) -> ConferenceParticipants:
        """The participants of one conference (its SID; a name works when adding one)."""
        return self._scoped(ConferenceParticipants, conference_sid)

    def queue_members(self, queue_sid: str) -> QueueMembers:
        return self._scoped(QueueMembers, queue_sid)

    def recording_transcriptions(self, recording_sid: str) -> RecordingTranscriptions:
        return self._scoped(RecordingTranscriptions, recording_sid)


class AsyncScope(_Scope):
    """The same families for an `AsyncClient`'s scope; their operations are awaited."""

    @property
    def applications(self) -> AsyncApplications:
        return self._scoped(AsyncApplications)

    @property
    def conferences(self) -> AsyncConferences:
        return self._scoped(AsyncConferences)

    @property
    def queues(self) -> AsyncQueues:
        return self._scoped(AsyncQueues)

    @property
    def recordings(self) -> AsyncRecordings:
        return self._scoped(AsyncRecordings)

    @property
    def transcriptions(self) -> AsyncTranscriptions:
        return self._scoped(AsyncTranscriptions)

    @property
    def incoming_phone_numbers(self) -> AsyncIncomingPhoneNumbers:
        return self._scoped(AsyncIncomingPhoneNumbers)

    @property
    def outgoing_caller_ids(self) -> AsyncOutgoingCallerIds:
        return self._scoped(AsyncOutgoingCallerIds)

    @property
    def validation_requests(self) -> AsyncValidationRequests:
        return self._scoped(AsyncValidationRequests)

    @property
    def usage(self) -> AsyncUsage:
        return self._scoped(AsyncUsage)

    def conference_participants(self, conference_sid: str) -> AsyncConferenceParticipants:
        """The participants of one conference (its SID; a name works when adding one)."""
        return self._scoped(AsyncConferenceParticipants, conference_sid)

    def queue_members(self, queue_sid: str) -> AsyncQueueMembers:
        return self._scoped(AsyncQueueMembers, queue_sid)

    def recording_transcriptions(self, recording_sid: str) -> AsyncRecordingTranscriptions:
        return self._scoped(AsyncRecordingTranscriptions, recording_sid)
