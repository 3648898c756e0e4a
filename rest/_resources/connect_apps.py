"""Twilio Connect apps you own, and the ones this account has authorized."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .._operations import Family
from .._params import authorized_connect_apps, connect_apps
from .._record import AsyncRecord, Record, SyncRecord

__all__ = [
    "AsyncAuthorizedConnectApp",
    "AsyncAuthorizedConnectApps",
    "AsyncConnectApp",
    "AsyncConnectApps",
    "AuthorizedConnectApp",
    "AuthorizedConnectApps",
    "ConnectApp",
    "ConnectApps",
]


@dataclass(kw_only=True, repr=False)
class _ConnectAppData(Record):
    family: ClassVar[Family] = connect_apps.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    company_name: str | None = None
    description: str | None = None
    homepage_url: str | None = None
    authorize_redirect_url: str | None = None
    deauthorize_callback_url: str | None = None
    deauthorize_callback_method: str | None = None
    permissions: list[str] | None = None
    uri: str | None = None


class ConnectApp(_ConnectAppData, SyncRecord):
    """A Twilio Connect app you own; created in the Console (the API has no create)."""


class AsyncConnectApp(_ConnectAppData, AsyncRecord):
    """A Connect app read through an `AsyncClient`."""


@dataclass(kw_only=True, repr=False)
class _AuthorizedConnectAppData(Record):
    family: ClassVar[Family] = authorized_connect_apps.FAMILY
    sid_field: ClassVar[str] = "connect_app_sid"
    connect_app_sid: str | None = None
    account_sid: str | None = None
    connect_app_friendly_name: str | None = None
    connect_app_company_name: str | None = None
    connect_app_description: str | None = None
    connect_app_homepage_url: str | None = None
    permissions: list[str] | None = None
    uri: str | None = None


class AuthorizedConnectApp(_AuthorizedConnectAppData, SyncRecord):
    """A Connect app that this account has authorized; read-only, keyed by `connect_app_sid`."""


class AsyncAuthorizedConnectApp(_AuthorizedConnectAppData, AsyncRecord):
    """An authorized Connect app read through an `AsyncClient`."""


class ConnectApps(connect_apps.ConnectAppsOps[ConnectApp]):
    record = ConnectApp


class AsyncConnectApps(connect_apps.AsyncConnectAppsOps[AsyncConnectApp]):
    record = AsyncConnectApp


class AuthorizedConnectApps(authorized_connect_apps.AuthorizedConnectAppsOps[AuthorizedConnectApp]):
    record = AuthorizedConnectApp


class AsyncAuthorizedConnectApps(
    authorized_connect_apps.AsyncAuthorizedConnectAppsOps[AsyncAuthorizedConnectApp]
):
    record = AsyncAuthorizedConnectApp
