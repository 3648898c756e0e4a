"""Conferences and their participants.

The API creates no conference and deletes none: `<Dial><Conference>` (or adding a
participant) starts one, and `end()` (`Status=completed`) ends it. A participant has no SID
of its own: it is addressed by its call SID or by the label it was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Self

from .._operations import Family
from .._params import conference_participants, conferences
from .._record import AsyncRecord, Record, SyncRecord

__all__ = [
    "AsyncConference",
    "AsyncConferenceParticipants",
    "AsyncConferences",
    "AsyncParticipant",
    "Conference",
    "ConferenceParticipants",
    "Conferences",
    "Participant",
]


@dataclass(kw_only=True, repr=False)
class _ConferenceData(Record):
    family: ClassVar[Family] = conferences.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    status: str | None = None
    region: str | None = None
    api_version: str | None = None
    reason_conference_ended: str | None = None
    call_sid_ending_conference: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None
    subresource_uris: dict[str, str] | None = None
    # write-only: sent with an update, never returned by Twilio
    announce_url: str | None = None
    announce_method: str | None = None


@dataclass(kw_only=True, repr=False)
class _ParticipantData(Record):
    family: ClassVar[Family] = conference_participants.FAMILY
    sid_field: ClassVar[str] = "call_sid"
    call_sid: str | None = None
    label: str | None = None
    account_sid: str | None = None
    conference_sid: str | None = None
    status: str | None = None
    muted: bool | None = None
    hold: bool | None = None
    coaching: bool | None = None
    call_sid_to_coach: str | None = None
    start_conference_on_enter: bool | None = None
    end_conference_on_exit: bool | None = None
    queue_time: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class Participant(_ParticipantData, SyncRecord):
    """A call in a conference, addressed by `call_sid` (or its label when finding one)."""

    def mute(self, muted: bool = True) -> Self:
        return self._update_instance(muted=muted)

    def hold_call(self, hold: bool = True, *, hold_url: str | None = None) -> Self:
        """Put on hold (with `hold_url`'s music, if given), or take off hold with `False`."""
        return self._update_instance(hold=hold, hold_url=hold_url)

    def kick(self) -> None:
        """Remove this participant from the conference (the call ends)."""
        self.destroy()


class AsyncParticipant(_ParticipantData, AsyncRecord):
    """A conference participant read through an `AsyncClient`."""

    async def mute(self, muted: bool = True) -> Self:
        return await self.update(muted=muted)

    async def hold_call(self, hold: bool = True, *, hold_url: str | None = None) -> Self:
        """Put on hold (with `hold_url`'s music, if given), or take off hold with `False`."""
        return await self.update(hold=hold, hold_url=hold_url)

    async def kick(self) -> None:
        """Remove this participant from the conference (the call ends)."""
        await self.destroy()


class ConferenceParticipants(conference_participants.ConferenceParticipantsOps[Participant]):
    record = Participant


class AsyncConferenceParticipants(
    conference_participants.AsyncConferenceParticipantsOps[AsyncParticipant]
):
    record = AsyncParticipant


class Conference(_ConferenceData, SyncRecord):
    """A conference; `participants` lists, adds, mutes and kicks its calls."""

    @property
    def participants(self) -> ConferenceParticipants:
        return self._child(ConferenceParticipants)

    def end(self) -> Self:
        """End the conference for every participant (`Status=completed`)."""
        return self._update_instance(status="completed")

    def announce(self, url: str, *, method: str | None = None) -> Self:
        """Play the TwiML at `url` (`<Say>`/`<Play>`) to every participant."""
        return self._update_instance(announce_url=url, announce_method=method)


class AsyncConference(_ConferenceData, AsyncRecord):
    """A conference read through an `AsyncClient`."""

    @property
    def participants(self) -> AsyncConferenceParticipants:
        return self._child(AsyncConferenceParticipants)

    async def end(self) -> Self:
        """End the conference for every participant (`Status=completed`)."""
        return await self.update(status="completed")

    async def announce(self, url: str, *, method: str | None = None) -> Self:
        """Play the TwiML at `url` (`<Say>`/`<Play>`) to every participant."""
        return await self.update(announce_url=url, announce_method=method)


class Conferences(conferences.ConferencesOps[Conference]):
    record = Conference


class AsyncConferences(conferences.AsyncConferencesOps[AsyncConference]):
    record = AsyncConference
