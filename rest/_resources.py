"""The 2010-04-01 resources as small declarative classes.

Each class names its paths, its list key, the operations Twilio offers and the fields that
may change; its typed fields mirror the JSON (snake_case, `from` as `from_`, timestamps as
aware datetimes). Fields Twilio adds later land in `extra` instead of being dropped.
"""

from __future__ import annotations

import copy
import keyword
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ._encoding import parse_timestamp
from ._errors import TwilioError, UnsupportedOperationError

if TYPE_CHECKING:
    from ._client import AsyncResources, Resources
    from ._paging import Page, Pager

__all__ = [
    "SMS",
    "Account",
    "AuthorizedConnectApp",
    "Call",
    "ConnectApp",
    "Message",
    "Notification",
    "Recording",
    "Resource",
    "ResourceSpec",
]

_ACCOUNT = "/Accounts/{account_sid}"


@dataclass(frozen=True)
class ResourceSpec:
    """Where a resource lives and what Twilio lets you do with it."""

    name: str
    list_path: str
    item_path: str
    list_key: str
    operations: frozenset[str]
    """A subset of create, find, list, update, delete."""
    mutable: tuple[str, ...] = ()
    date_only: frozenset[str] = frozenset()
    """Query filters whose contract wants YYYY-MM-DD rather than a date-time."""
    sid_field: str = "sid"

    def require(self, operation: str) -> None:
        if operation not in self.operations:
            offered = ", ".join(sorted(self.operations))
            raise UnsupportedOperationError(
                f"Twilio's 2010-04-01 API has no '{operation}' for {self.name} "
                f"(it offers: {offered})"
            )


class _Hybrid:
    """`Call.update(sid, **fields)` on the class; `call.update(**fields)` on an instance."""

    def __init__(self, on_class: str, on_instance: str) -> None:
        self._on_class = on_class
        self._on_instance = on_instance

    def __get__(self, obj: object | None, owner: type[Any]) -> Callable[..., Any]:
        if obj is None:
            method: Callable[..., Any] = getattr(owner, self._on_class)
            return method
        bound: Callable[..., Any] = getattr(obj, self._on_instance)
        return bound


_FIELD_CACHE: dict[type[Any], tuple[dict[str, str], frozenset[str]]] = {}


def _field_map(cls: type[Any]) -> tuple[dict[str, str], frozenset[str]]:
    """JSON key -> attribute name, and the attributes holding timestamps."""
    cached = _FIELD_CACHE.get(cls)
    if cached is None:
        names: dict[str, str] = {}
        stamps: set[str] = set()
        for f in fields(cls):
            if f.name == "extra":
                continue
            key = f.name[:-1] if f.name.endswith("_") and keyword.iskeyword(f.name[:-1]) else f.name
            names[key] = f.name
            if str(f.type).startswith("datetime"):
                stamps.add(f.name)
        cached = (names, frozenset(stamps))
        _FIELD_CACHE[cls] = cached
    return cached


def _kept(value: Any) -> Any:
    """A value to compare against later: containers copied, since they can change in place."""
    return copy.deepcopy(value) if isinstance(value, list | dict | set) else value


@dataclass(kw_only=True, repr=False)
class Resource:
    """Base of every resource: payload mapping, change tracking, and the class-level helpers."""

    spec: ClassVar[ResourceSpec]
    extra: dict[str, Any] = field(default_factory=dict)
    """Response fields this version does not know yet."""

    _manager: Resources[Any] | AsyncResources[Any] | None = field(
        default=None, repr=False, compare=False
    )
    _original: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _connect: bool = field(default=False, repr=False, compare=False)

    def __repr__(self) -> str:
        shown = [
            f"{f.name}={getattr(self, f.name)!r}"
            for f in fields(self)
            if f.repr and f.name != "extra" and getattr(self, f.name) is not None
        ]
        if self.extra:
            shown.append(f"extra={self.extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    # -- payloads -------------------------------------------------------------------------

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        obj = cls()
        obj._load(payload)
        return obj

    def _load(self, payload: dict[str, Any]) -> None:
        names, stamps = _field_map(type(self))
        extra: dict[str, Any] = {}
        for key, value in payload.items():
            attr = names.get(key)
            if attr is None:
                extra[key] = value
            elif attr in stamps:
                setattr(self, attr, parse_timestamp(value))
            else:
                setattr(self, attr, value)
        self.extra = extra
        self._snapshot()

    @property
    def identifier(self) -> str:
        value = getattr(self, self.spec.sid_field)
        if not isinstance(value, str) or not value:
            raise TwilioError(f"this {self.spec.name} has no {self.spec.sid_field} yet")
        return value

    def changes(self) -> dict[str, Any]:
        """The mutable fields that differ from what Twilio last returned."""
        return {
            name: getattr(self, name)
            for name in self.spec.mutable
            if getattr(self, name) != self._original.get(name)
        }

    # -- instance operations (sync) -----------------------------------------------------

    def _sync_manager(self) -> Resources[Any]:
        from ._client import Resources, default_client

        manager = self._manager
        if manager is None:
            return default_client().resources(type(self))
        if not isinstance(manager, Resources):
            raise TwilioError(
                f"this {self.spec.name} came from an AsyncClient: use "
                f"`await aclient.<resources>.save(obj)`, `.update(sid, ...)` or `.delete(sid)`"
            )
        return manager

    def save(self) -> Self:
        """Send only the fields changed since the last response; no request if none changed."""
        changed = self.changes()
        if not changed:
            return self
        return self._apply(self._sync_manager(), changed)

    def _update_instance(self, **fields: Any) -> Self:
        return self._apply(self._sync_manager(), fields)

    def _apply(self, manager: Resources[Any], fields: dict[str, Any]) -> Self:
        fresh = manager.update(self.identifier, **self._scope(), **fields)
        self._absorb(fresh, fields)
        return self

    def _absorb(self, fresh: Resource, sent: dict[str, Any]) -> None:
        """Take the response's values; keep write-only values that were just sent."""
        for f in fields(self):
            if f.name in ("_manager", "_original"):
                continue
            value = getattr(fresh, f.name)
            if value is None and f.name in sent:
                value = sent[f.name]
            setattr(self, f.name, value)
        self._snapshot()

    def _snapshot(self) -> None:
        """Remember the mutable fields as Twilio returned them; a deep copy, so that in-place
        changes (`app.permissions.append(...)`) still count as changes."""
        self._original = {name: _kept(getattr(self, name)) for name in self.spec.mutable}

    def destroy(self) -> None:
        """Delete this record where the API allows it, else raise `UnsupportedOperationError`."""
        self.spec.require("delete")
        self._sync_manager().delete(self.identifier, **self._scope())

    def _scope(self) -> dict[str, Any]:
        """The account (and Connect mode) this record was read from, for follow-up requests."""
        scope: dict[str, Any] = {}
        sid = getattr(self, "account_sid", None)
        if isinstance(sid, str):
            scope["account_sid"] = sid
        if self._connect:
            scope["connect"] = True
        return scope

    # -- class-level helpers on the default client ----------------------------------------

    @classmethod
    def _default(cls) -> Resources[Self]:
        from ._client import default_client

        return default_client().resources(cls)

    @classmethod
    def create(cls, **fields: Any) -> Self:
        return cls._default().create(**fields)

    @classmethod
    def find(cls, sid: str, **scope: Any) -> Self:
        return cls._default().find(sid, **scope)

    @classmethod
    def all(cls, **filters: Any) -> Pager[Self]:
        return cls._default().all(**filters)

    @classmethod
    def page(cls, **filters: Any) -> Page[Self]:
        return cls._default().page(**filters)

    @classmethod
    def delete(cls, sid: str, **scope: Any) -> None:
        cls._default().delete(sid, **scope)

    @classmethod
    def _update_class(cls, sid: str, **fields: Any) -> Self:
        return cls._default().update(sid, **fields)

    update = _Hybrid("_update_class", "_update_instance")


# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True, repr=False)
class Account(Resource):
    """An account or subaccount. Close a subaccount with `close()`: the API has no delete."""

    spec: ClassVar[ResourceSpec] = ResourceSpec(
        "Account",
        "/Accounts.json",
        "/Accounts/{sid}.json",
        "accounts",
        frozenset({"create", "find", "list", "update"}),
        mutable=("friendly_name", "status"),
    )
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

    def suspend(self) -> Self:
        return self._update_instance(status="suspended")

    def reactivate(self) -> Self:
        return self._update_instance(status="active")

    def close(self) -> Self:
        """Close for good: Twilio cannot reopen a closed account."""
        return self._update_instance(status="closed")


@dataclass(kw_only=True, repr=False)
class Call(Resource):
    """A phone call. `url`, `method`, `twiml`, ... are write-only: Twilio does not return them."""

    spec: ClassVar[ResourceSpec] = ResourceSpec(
        "Call",
        _ACCOUNT + "/Calls.json",
        _ACCOUNT + "/Calls/{sid}.json",
        "calls",
        frozenset({"create", "find", "list", "update", "delete"}),
        mutable=(
            "url",
            "method",
            "status",
            "fallback_url",
            "fallback_method",
            "status_callback",
            "status_callback_method",
            "twiml",
            "time_limit",
        ),
    )
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
    # write-only
    url: str | None = None
    method: str | None = None
    fallback_url: str | None = None
    fallback_method: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    twiml: str | None = None
    time_limit: int | None = None

    @property
    def notifications(self) -> Resources[Notification]:
        """This call's notifications (list, find)."""
        return self._sync_manager().client.call_notifications(self.identifier, **self._scope())

    @property
    def recordings(self) -> Resources[Recording]:
        """This call's recordings (list, find, delete)."""
        return self._sync_manager().client.call_recordings(self.identifier, **self._scope())

    def hangup(self) -> Self:
        """End the call if in progress (`completed`); cancel it if still queued or ringing."""
        return self._update_instance(status="completed")

    def cancel(self) -> Self:
        return self._update_instance(status="canceled")


@dataclass(kw_only=True, repr=False)
class Message(Resource):
    """An SMS, MMS or other channel message, at `/Messages.json`."""

    spec: ClassVar[ResourceSpec] = ResourceSpec(
        "Message",
        _ACCOUNT + "/Messages.json",
        _ACCOUNT + "/Messages/{sid}.json",
        "messages",
        frozenset({"create", "find", "list", "update", "delete"}),
        mutable=("body", "status"),
    )
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

    def redact(self) -> Self:
        """Blank the body on Twilio's side (allowed once the message is delivered or failed)."""
        return self._update_instance(body="")


SMS = Message
"""The legacy name: messages now live at `/Messages.json` (the `/SMS/Messages` endpoint is gone)."""


@dataclass(kw_only=True, repr=False)
class Notification(Resource):
    """A debugger notification; read-only (Twilio offers no delete for it)."""

    spec: ClassVar[ResourceSpec] = ResourceSpec(
        "Notification",
        _ACCOUNT + "/Notifications.json",
        _ACCOUNT + "/Notifications/{sid}.json",
        "notifications",
        frozenset({"find", "list"}),
        date_only=frozenset({"MessageDate"}),
    )
    sid: str | None = None
    account_sid: str | None = None
    call_sid: str | None = None
    api_version: str | None = None
    error_code: str | None = None
    log: str | None = None
    message_date: datetime | None = None
    message_text: str | None = None
    more_info: str | None = None
    request_method: str | None = None
    request_url: str | None = None
    request_variables: str | None = None
    response_body: str | None = None
    response_headers: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


CALL_NOTIFICATIONS = replace(
    Notification.spec,
    list_path=_ACCOUNT + "/Calls/{parent_sid}/Notifications.json",
    item_path=_ACCOUNT + "/Calls/{parent_sid}/Notifications/{sid}.json",
)


@dataclass(kw_only=True, repr=False)
class Recording(Resource):
    """A call recording (reached from `call.recordings`)."""

    spec: ClassVar[ResourceSpec] = ResourceSpec(
        "Recording",
        _ACCOUNT + "/Calls/{parent_sid}/Recordings.json",
        _ACCOUNT + "/Calls/{parent_sid}/Recordings/{sid}.json",
        "recordings",
        frozenset({"find", "list", "delete"}),
        date_only=frozenset({"DateCreated"}),
    )
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


@dataclass(kw_only=True, repr=False)
class ConnectApp(Resource):
    """A Twilio Connect app you own; created in the Console (the API has no create)."""

    spec: ClassVar[ResourceSpec] = ResourceSpec(
        "ConnectApp",
        _ACCOUNT + "/ConnectApps.json",
        _ACCOUNT + "/ConnectApps/{sid}.json",
        "connect_apps",
        frozenset({"find", "list", "update", "delete"}),
        mutable=(
            "authorize_redirect_url",
            "company_name",
            "deauthorize_callback_method",
            "deauthorize_callback_url",
            "description",
            "friendly_name",
            "homepage_url",
            "permissions",
        ),
    )
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


@dataclass(kw_only=True, repr=False)
class AuthorizedConnectApp(Resource):
    """A Connect app that this account has authorized; read-only, keyed by `connect_app_sid`."""

    spec: ClassVar[ResourceSpec] = ResourceSpec(
        "AuthorizedConnectApp",
        _ACCOUNT + "/AuthorizedConnectApps.json",
        _ACCOUNT + "/AuthorizedConnectApps/{sid}.json",
        "authorized_connect_apps",
        frozenset({"find", "list"}),
        sid_field="connect_app_sid",
    )
    connect_app_sid: str | None = None
    account_sid: str | None = None
    connect_app_friendly_name: str | None = None
    connect_app_company_name: str | None = None
    connect_app_description: str | None = None
    connect_app_homepage_url: str | None = None
    permissions: list[str] | None = None
    uri: str | None = None
