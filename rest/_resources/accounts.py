"""Accounts and subaccounts. The API has no delete: close a subaccount with `close()`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar, Self

from .._operations import Family
from .._params import accounts as params
from .._record import AsyncRecord, Record, SyncRecord

__all__ = ["Account", "Accounts", "AsyncAccount", "AsyncAccounts"]


@dataclass(kw_only=True, repr=False)
class _AccountData(Record):
    family: ClassVar[Family] = params.FAMILY
    sid: str | None = None
    friendly_name: str | None = None
    status: str | None = None
    type: str | None = None
    owner_account_sid: str | None = None
    auth_token: str | None = field(default=None, repr=False)
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None
    subresource_uris: dict[str, str] | None = None


class Account(_AccountData, SyncRecord):
    """An account or subaccount."""

    def suspend(self) -> Self:
        return self._update_instance(status="suspended")

    def reactivate(self) -> Self:
        return self._update_instance(status="active")

    def close(self) -> Self:
        """Close for good: Twilio cannot reopen a closed account."""
        return self._update_instance(status="closed")


class AsyncAccount(_AccountData, AsyncRecord):
    """An account or subaccount read through an `AsyncClient`."""

    async def suspend(self) -> Self:
        return await self.update(status="suspended")

    async def reactivate(self) -> Self:
        return await self.update(status="active")

    async def close(self) -> Self:
        """Close for good: Twilio cannot reopen a closed account."""
        return await self.update(status="closed")


class Accounts(params.AccountsOps[Account]):
    record = Account


class AsyncAccounts(params.AsyncAccountsOps[AsyncAccount]):
    record = AsyncAccount
