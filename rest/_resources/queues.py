"""Queues (what `<Enqueue>` fills) and the calls waiting in them.

A queue record carries no `subresource_uris`: its members are reached from its SID. A member
has no SID of its own: it is addressed by its call SID, or `Front` for the caller at the head
of the line. The API adds and removes no member: calls join with `<Enqueue>` and leave when
dequeued to a TwiML URL (`update(url=...)`) or when they hang up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Self

from .._operations import Family
from .._params import queue_members, queues
from .._record import AsyncRecord, Record, SyncRecord

__all__ = [
    "FRONT",
    "AsyncMember",
    "AsyncQueue",
    "AsyncQueueMembers",
    "AsyncQueues",
    "Member",
    "Queue",
    "QueueMembers",
    "Queues",
]

FRONT = "Front"
"""What Twilio calls the member at the head of a queue, in place of a call SID."""


@dataclass(kw_only=True, repr=False)
class _QueueData(Record):
    family: ClassVar[Family] = queues.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    current_size: int | None = None
    max_size: int | None = None
    average_wait_time: int | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


@dataclass(kw_only=True, repr=False)
class _MemberData(Record):
    family: ClassVar[Family] = queue_members.FAMILY
    sid_field: ClassVar[str] = "call_sid"
    call_sid: str | None = None
    queue_sid: str | None = None
    position: int | None = None
    wait_time: int | None = None
    date_enqueued: datetime | None = None
    uri: str | None = None
    # write-only: sent with an update (a dequeue), never returned by Twilio
    url: str | None = None
    method: str | None = None


class Member(_MemberData, SyncRecord):
    """A call waiting in a queue."""

    def dequeue(self, url: str, *, method: str | None = None) -> Self:
        """Take the call out of the queue to the TwiML at `url` (an agent's `<Dial>`, say)."""
        return self._update_instance(url=url, method=method)


class AsyncMember(_MemberData, AsyncRecord):
    """A queued call read through an `AsyncClient`."""

    async def dequeue(self, url: str, *, method: str | None = None) -> Self:
        """Take the call out of the queue to the TwiML at `url` (an agent's `<Dial>`, say)."""
        return await self.update(url=url, method=method)


class QueueMembers(queue_members.QueueMembersOps[Member]):
    record = Member

    def front(self) -> Member:
        """The caller at the head of the queue (a 404 `TwilioAPIError` if it is empty)."""
        return self.find(FRONT)

    def dequeue_front(self, url: str, *, method: str | None = None) -> Member:
        """Send the caller at the head of the queue to the TwiML at `url`."""
        return self._update(FRONT, {"url": url, "method": method}, None, False, None)


class AsyncQueueMembers(queue_members.AsyncQueueMembersOps[AsyncMember]):
    record = AsyncMember

    async def front(self) -> AsyncMember:
        """The caller at the head of the queue (a 404 `TwilioAPIError` if it is empty)."""
        return await self.find(FRONT)

    async def dequeue_front(self, url: str, *, method: str | None = None) -> AsyncMember:
        """Send the caller at the head of the queue to the TwiML at `url`."""
        return await self._update(FRONT, {"url": url, "method": method}, None, False, None)


class Queue(_QueueData, SyncRecord):
    """A call queue; `members` lists the calls waiting in it."""

    @property
    def members(self) -> QueueMembers:
        return self._child(QueueMembers)


class AsyncQueue(_QueueData, AsyncRecord):
    """A call queue read through an `AsyncClient`."""

    @property
    def members(self) -> AsyncQueueMembers:
        return self._child(AsyncQueueMembers)


class Queues(queues.QueuesOps[Queue]):
    record = Queue


class AsyncQueues(queues.AsyncQueuesOps[AsyncQueue]):
    record = AsyncQueue
