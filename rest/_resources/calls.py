"""Phone calls, with their notifications and recordings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Self

from .._operations import Family
from .._params import calls as params
from .._record import AsyncRecord, Record, SyncRecord
from .notifications import AsyncCallNotifications, CallNotifications
from .recordings import AsyncCallRecordings, CallRecordings

__all__ = ["AsyncCall", "AsyncCalls", "Call", "Calls"]


@dataclass(kw_only=True, repr=False)
class _CallData(Record):
    family: ClassVar[Family] = params.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    parent_call_sid: str | None = None
    to: str | None = None
    to_formatted: str | None = None
    from_: str | None = None
    from_formatted: str | None = None
    phone_number_sid: str | None = None
    status: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration: str | None = None
    price: str | None = None
    price_unit: str | None = None
    direction: str | None = None
    answered_by: str | None = None
    api_version: str | None = None
    forwarded_from: str | None = None
    group_sid: str | None = None
    caller_name: str | None = None
    queue_time: str | None = None
    trunk_sid: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None
    subresource_uris: dict[str, str] | None = None
    # write-only: sent with an update, never returned by Twilio
    url: str | None = None
    method: str | None = None
    fallback_url: str | None = None
    fallback_method: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    twiml: str | None = None
    time_limit: int | None = None


class Call(_CallData, SyncRecord):
    """A phone call. `url`, `method`, `twiml`, ... are write-only: Twilio does not return them."""

    @property
    def notifications(self) -> CallNotifications:
        """This call's notifications (list, find)."""
        return self._child(CallNotifications)

    @property
    def recordings(self) -> CallRecordings:
        """This call's recordings."""
        return self._child(CallRecordings)

    def hangup(self) -> Self:
        """End the call if in progress (`completed`); cancel it if still queued or ringing."""
        return self._update_instance(status="completed")

    def cancel(self) -> Self:
        return self._update_instance(status="canceled")


class AsyncCall(_CallData, AsyncRecord):
    """A phone call read through an `AsyncClient`; its shortcuts are awaited."""

    @property
    def notifications(self) -> AsyncCallNotifications:
        """This call's notifications (`async for n in call.notifications.all()`)."""
        return self._child(AsyncCallNotifications)

    @property
    def recordings(self) -> AsyncCallRecordings:
        """This call's recordings."""
        return self._child(AsyncCallRecordings)

    async def hangup(self) -> Self:
        """End the call if in progress (`completed`); cancel it if still queued or ringing."""
        return await self.update(status="completed")

    async def cancel(self) -> Self:
        return await self.update(status="canceled")


class Calls(params.CallsOps[Call]):
    record = Call


class AsyncCalls(params.AsyncCallsOps[AsyncCall]):
    record = AsyncCall
