"""SMS, MMS and other channel messages, at `/Messages.json`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Self

from .._operations import Family
from .._params import messages as params
from .._record import AsyncRecord, Record, SyncRecord

__all__ = ["SMS", "AsyncMessage", "AsyncMessages", "Message", "Messages"]


@dataclass(kw_only=True, repr=False)
class _MessageData(Record):
    family: ClassVar[Family] = params.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    messaging_service_sid: str | None = None
    to: str | None = None
    from_: str | None = None
    body: str | None = None
    status: str | None = None
    direction: str | None = None
    num_segments: str | None = None
    num_media: str | None = None
    price: str | None = None
    price_unit: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    api_version: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    date_sent: datetime | None = None
    uri: str | None = None
    subresource_uris: dict[str, str] | None = None


class Message(_MessageData, SyncRecord):
    """An SMS, MMS or other channel message."""

    def redact(self) -> Self:
        """Blank the body on Twilio's side (allowed once the message is delivered or failed)."""
        return self._update_instance(body="")


class AsyncMessage(_MessageData, AsyncRecord):
    """A message read through an `AsyncClient`."""

    async def redact(self) -> Self:
        """Blank the body on Twilio's side (allowed once the message is delivered or failed)."""
        return await self.update(body="")


SMS = Message
"""The legacy name: messages now live at `/Messages.json` (the `/SMS/Messages` endpoint is gone)."""


class Messages(params.MessagesOps[Message]):
    record = Message


class AsyncMessages(params.AsyncMessagesOps[AsyncMessage]):
    record = AsyncMessage
