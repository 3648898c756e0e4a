"""Records: plain data mirroring Twilio's JSON, and the shortcuts that change them.

A record's typed fields mirror the JSON (snake_case, `from` as `from_`, timestamps as aware
datetimes); fields Twilio adds later land in `extra`. A record remembers the operations
object it came from (`_origin`), so `save()`, `update()`, `destroy()` and subresources go
back through the same client: `SyncRecord` for `Client`, `AsyncRecord` (awaited) for
`AsyncClient`. Records never import a client.
"""

from __future__ import annotations

import copy
import keyword
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Self, TypeVar

from ._encoding import parse_timestamp
from ._errors import TwilioError
from ._operations import AsyncResources, Family, Resources, _Operations
from ._paging import Page, Pager
from ._requestor import default_requestor

__all__ = ["AsyncRecord", "Record", "SyncRecord"]

M = TypeVar("M", bound=_Operations[Any])

_FIELD_CACHE: dict[type[Any], tuple[dict[str, str], frozenset[str], tuple[str, ...]]] = {}


def _field_map(cls: type[Record]) -> tuple[dict[str, str], frozenset[str], tuple[str, ...]]:
    """JSON key -> attribute name, the attributes holding timestamps, and the mutable ones
    (the family's update parameters that are also fields)."""
    cached = _FIELD_CACHE.get(cls)
    if cached is None:
        names: dict[str, str] = {}
        stamps: set[str] = set()
        for f in fields(cls):
            if f.name == "extra" or f.name.startswith("_"):
                continue
            key = f.name[:-1] if f.name.endswith("_") and keyword.iskeyword(f.name[:-1]) else f.name
            names[key] = f.name
            if str(f.type).startswith("datetime"):
                stamps.add(f.name)
        update = cls.family.operations.get("update")
        attrs = set(names.values())
        mutable = tuple(p for p in update.params if p in attrs) if update else ()
        cached = (names, frozenset(stamps), mutable)
        _FIELD_CACHE[cls] = cached
    return cached


def _kept(value: Any) -> Any:
    """A value to compare against later: containers copied, since they can change in place."""
    return copy.deepcopy(value) if isinstance(value, list | dict | set) else value


@dataclass(kw_only=True, repr=False)
class Record:
    """Base of every record: payload mapping and change tracking. No I/O."""

    family: ClassVar[Family]
    """Where records of this class live (their operations and parameters)."""
    sid_field: ClassVar[str] = "sid"

    extra: dict[str, Any] = field(default_factory=dict)
    """Response fields this version does not know yet."""

    _origin: Any = field(default=None, repr=False, compare=False)
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

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        """A record from Twilio's JSON object, not tied to any client."""
        obj = cls()
        obj._load(payload)
        return obj

    @classmethod
    def _from_response(cls, payload: dict[str, Any], origin: Any, connect: bool) -> Self:
        obj = cls.from_payload(payload)
        obj._origin = origin
        obj._connect = connect
        return obj

    def _load(self, payload: dict[str, Any]) -> None:
        names, stamps, _ = _field_map(type(self))
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
        value = getattr(self, self.sid_field, None)
        if not isinstance(value, str) or not value:
            raise TwilioError(f"this {type(self).__name__} has no {self.sid_field} yet")
        return value

    def changes(self) -> dict[str, Any]:
        """The mutable fields that differ from what Twilio last returned."""
        return {
            name: getattr(self, name)
            for name in _field_map(type(self))[2]
            if getattr(self, name) != self._original.get(name)
        }

    def _absorb(self, fresh: Record, sent: dict[str, Any]) -> None:
        """Take the response's values; keep write-only values that were just sent."""
        for f in fields(self):
            if f.name in ("_origin", "_original"):
                continue
            value = getattr(fresh, f.name)
            if value is None and f.name in sent:
                value = sent[f.name]
            setattr(self, f.name, value)
        self._snapshot()

    def _snapshot(self) -> None:
        """Remember the mutable fields as Twilio returned them; a deep copy, so that in-place
        changes (`app.permissions.append(...)`) still count as changes."""
        self._original = {name: _kept(getattr(self, name)) for name in _field_map(type(self))[2]}

    def _where(self) -> tuple[str | None, bool]:
        """The account (and Connect mode) this record was read from, for follow-up requests."""
        sid = getattr(self, "account_sid", None)
        return (sid if isinstance(sid, str) else None), self._connect


class _Hybrid:
    """`Call.update(sid, **params)` on the class; `call.update(**params)` on an instance."""

    def __init__(self, on_class: str, on_instance: str) -> None:
        self._on_class = on_class
        self._on_instance = on_instance

    def __get__(self, obj: object | None, owner: type[Any]) -> Callable[..., Any]:
        if obj is None:
            method: Callable[..., Any] = getattr(owner, self._on_class)
            return method
        bound: Callable[..., Any] = getattr(obj, self._on_instance)
        return bound


class SyncRecord(Record):
    """A record from a `Client` (or the default client): its shortcuts send at once."""

    def _manager(self) -> Resources[Self]:
        origin = self._origin
        if origin is None:
            return Resources(default_requestor(), type(self))
        if not isinstance(origin, Resources):
            raise TwilioError(f"this {type(self).__name__} came from an AsyncClient")
        return origin

    def save(self) -> Self:
        """Send only the fields changed since the last response; no request if none changed."""
        return self._manager().save(self)

    def _update_instance(self, **params: Any) -> Self:
        fresh = self._manager()._update(self.identifier, params, *self._where(), None)
        self._absorb(fresh, params)
        return self

    def destroy(self) -> None:
        """Delete this record where the API allows it, else raise `UnsupportedOperationError`."""
        self._manager()._delete(self.identifier, *self._where())

    def _child(self, operations: type[M]) -> M:
        """A subresource's operations, scoped to this record (and its account)."""
        account_sid, connect = self._where()
        return operations(
            self._manager().requestor,
            parent_sid=self.identifier,
            account_sid=account_sid,
            connect=connect,
        )

    # -- class-level helpers on the default client ----------------------------------------

    @classmethod
    def _default(cls) -> Resources[Self]:
        return Resources(default_requestor(), cls)

    @classmethod
    def create(
        cls,
        *,
        account_sid: str | None = None,
        connect: bool = False,
        extra_params: dict[str, object] | None = None,
        **params: Any,
    ) -> Self:
        return cls._default()._create(params, account_sid, connect, extra_params)

    @classmethod
    def find(cls, sid: str, *, account_sid: str | None = None, connect: bool = False) -> Self:
        return cls._default()._find(sid, {}, account_sid, connect)

    @classmethod
    def all(
        cls,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        account_sid: str | None = None,
        connect: bool = False,
        extra_params: dict[str, object] | None = None,
        **params: Any,
    ) -> Pager[Self]:
        return cls._default()._all(params, limit, page_size, account_sid, connect, extra_params)

    @classmethod
    def page(
        cls,
        *,
        page_size: int | None = None,
        account_sid: str | None = None,
        connect: bool = False,
        extra_params: dict[str, object] | None = None,
        **params: Any,
    ) -> Page[Self]:
        return cls._default()._page(params, page_size, account_sid, connect, extra_params)

    @classmethod
    def delete(cls, sid: str, *, account_sid: str | None = None, connect: bool = False) -> None:
        cls._default()._delete(sid, account_sid, connect)

    @classmethod
    def _update_class(
        cls,
        sid: str,
        *,
        account_sid: str | None = None,
        connect: bool = False,
        extra_params: dict[str, object] | None = None,
        **params: Any,
    ) -> Self:
        return cls._default()._update(sid, params, account_sid, connect, extra_params)

    update = _Hybrid("_update_class", "_update_instance")


class AsyncRecord(Record):
    """A record from an `AsyncClient`: its shortcuts are awaited and go through that client."""

    def _manager(self) -> AsyncResources[Self]:
        origin = self._origin
        if not isinstance(origin, AsyncResources):
            raise TwilioError(
                f"this {type(self).__name__} was not read through an AsyncClient: fetch it with "
                "`await aclient.<resources>.find(sid)` first"
            )
        return origin

    async def save(self) -> Self:
        """Send only the fields changed since the last response; no request if none changed."""
        return await self._manager().save(self)

    async def update(self, **params: Any) -> Self:
        """Send these parameters (checked like the family's `update`) and take the answer."""
        fresh = await self._manager()._update(self.identifier, params, *self._where(), None)
        self._absorb(fresh, params)
        return self

    async def destroy(self) -> None:
        """Delete this record where the API allows it, else raise `UnsupportedOperationError`."""
        await self._manager()._delete(self.identifier, *self._where())

    def _child(self, operations: type[M]) -> M:
        """A subresource's operations, scoped to this record (and its account)."""
        account_sid, connect = self._where()
        return operations(
            self._manager().requestor,
            parent_sid=self.identifier,
            account_sid=account_sid,
            connect=connect,
        )
