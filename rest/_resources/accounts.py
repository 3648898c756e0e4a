"""Accounts and subaccounts. The API has no delete: close a subaccount with `close()`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Self, TypeVar

from .._operations import Family
from .._params import accounts as params
from .._record import AsyncRecord, Record, SyncRecord
from .calls import AsyncCalls, Calls
from .connect_apps import (
    AsyncAuthorizedConnectApps,
    AsyncConnectApps,
    AuthorizedConnectApps,
    ConnectApps,
)
from .messages import AsyncMessages, Messages
from .notifications import AsyncNotifications, Notifications
from .scope import AsyncScope, SyncScope

__all__ = ["Account", "Accounts", "AsyncAccount", "AsyncAccounts"]

T = TypeVar("T")


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

    def _where(self) -> tuple[str | None, bool]:
        """An account changes itself in its own scope: as itself when read with Connect."""
        return self.sid, self._connect


def _in_account(
    account: Account | AsyncAccount, operations: Callable[..., T], parent_sid: str | None
) -> T:
    scope: dict[str, Any] = {"account_sid": account.identifier, "connect": account._connect}
    if parent_sid is not None:
        scope["parent_sid"] = parent_sid
    return operations(account._manager().requestor, **scope)


class Account(_AccountData, SyncRecord, SyncScope):
    """An account or subaccount. Its families (`account.calls`, `account.queues`, ...) work
    like the client's, in this account; as this account itself (Twilio Connect) when the
    record was read with `connect=True`."""

    def _scoped(self, operations: Callable[..., T], parent_sid: str | None = None) -> T:
        return _in_account(self, operations, parent_sid)

    @property
    def calls(self) -> Calls:
        return self._scoped(Calls)

    @property
    def messages(self) -> Messages:
        return self._scoped(Messages)

    @property
    def notifications(self) -> Notifications:
        return self._scoped(Notifications)

    @property
    def connect_apps(self) -> ConnectApps:
        return self._scoped(ConnectApps)

    @property
    def authorized_connect_apps(self) -> AuthorizedConnectApps:
        return self._scoped(AuthorizedConnectApps)

    def suspend(self) -> Self:
        return self._update_instance(status="suspended")

    def reactivate(self) -> Self:
        return self._update_instance(status="active")

    def close(self) -> Self:
        """Close for good: Twilio cannot reopen a closed account."""
        return self._update_instance(status="closed")


class AsyncAccount(_AccountData, AsyncRecord, AsyncScope):
    """An account or subaccount read through an `AsyncClient`, with its families."""

    def _scoped(self, operations: Callable[..., T], parent_sid: str | None = None) -> T:
        return _in_account(self, operations, parent_sid)

    @property
    def calls(self) -> AsyncCalls:
        return self._scoped(AsyncCalls)

    @property
    def messages(self) -> AsyncMessages:
        return self._scoped(AsyncMessages)

    @property
    def notifications(self) -> AsyncNotifications:
        return self._scoped(AsyncNotifications)

    @property
    def connect_apps(self) -> AsyncConnectApps:
        return self._scoped(AsyncConnectApps)

    @property
    def authorized_connect_apps(self) -> AsyncAuthorizedConnectApps:
        return self._scoped(AsyncAuthorizedConnectApps)

    async def suspend(self) -> Self:
        return await self.update(status="suspended")

    async def reactivate(self) -> Self:
        return await self.update(status="active")

    async def close(self) -> Self:
        """Close for good: Twilio cannot reopen a closed account."""
        return await self.update(status="closed")


class Accounts(params.AccountsOps[Account]):
    record = Account

    def _find(
        self, sid: str, params: Mapping[str, object], account_sid: str | None, connect: bool
    ) -> Account:
        """`find(sid, connect=True)` reads a connected account as itself."""
        return super()._find(sid, params, account_sid or (sid if connect else None), connect)


class AsyncAccounts(params.AsyncAccountsOps[AsyncAccount]):
    record = AsyncAccount

    async def _find(
        self, sid: str, params: Mapping[str, object], account_sid: str | None, connect: bool
    ) -> AsyncAccount:
        """`await find(sid, connect=True)` reads a connected account as itself."""
        return await super()._find(sid, params, account_sid or (sid if connect else None), connect)
