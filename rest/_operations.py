"""Resource operations, checked against each family's parameter table, for both clients.

A `Family` (generated in `rest._params`) says where a resource lives and, per operation,
which keyword arguments exist and what Twilio calls them. `Resources` and `AsyncResources`
check the keywords (an unknown one is a `TypeError` naming the close match, raised before
anything is sent), encode them, and hand the request to a `Requestor`: a client, never
imported here. The typed signatures users see are the generated subclasses' (`CallsOps`).
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from ._encoding import encode_pairs
from ._errors import ConfigurationError, UnsupportedOperationError
from ._paging import AsyncPager, Page, Pager, page_size_for
from ._requestor import AsyncRequestor, Requestor

__all__ = ["AsyncResources", "Family", "Operation", "R", "Resources"]

R = TypeVar("R")
OpsT = TypeVar("OpsT", bound="_Operations[Any]")

_SCOPE = ("account_sid", "connect")
_LIST_ONLY = ("limit", "page_size")


@dataclass(frozen=True)
class Operation:
    """One operation's keyword arguments: snake_case name -> Twilio's name."""

    name: str
    """`calls.create`: how errors name it."""
    params: Mapping[str, str]
    required: tuple[str, ...] = ()
    date_only: frozenset[str] = frozenset()
    """Twilio names (without `<`/`>`) whose contract wants `YYYY-MM-DD`, not a date-time."""

    def encode(
        self,
        given: Mapping[str, object],
        extra_params: Mapping[str, object] | None = None,
        *,
        also: Collection[str] = (),
    ) -> list[tuple[str, str]]:
        """Twilio-named text pairs for `given`; `extra_params` go out verbatim, after them.

        An unknown keyword or a missing required one is a `TypeError`; `also` names the
        keywords the method takes itself, offered as close matches too.
        """
        for name in given:
            if name not in self.params:
                raise TypeError(self._unknown(name, also))
        missing = [name for name in self.required if given.get(name) is None]
        if missing:
            names = ", ".join(f"`{name}`" for name in missing)
            raise TypeError(f"{self.name} needs {names}")
        pairs = [(self.params[name], value) for name, value in given.items()]
        if extra_params:
            for key in extra_params:
                if not isinstance(key, str) or not key:
                    raise TypeError(f"extra_params keys must be Twilio's names, got {key!r}")
            pairs.extend(extra_params.items())
        return encode_pairs(pairs, date_only=self.date_only)

    def _unknown(self, name: str, also: Collection[str]) -> str:
        known = [*self.params, *also, "extra_params"]
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        twilio = {wire.lower(): py for py, wire in self.params.items()}.get(name.lower())
        hint = twilio or (close[0] if close else None)  # Twilio's own spelling wins
        message = f"`{name}` is not a parameter of {self.name}"
        if hint:
            message += f"; did you mean `{hint}`?"
        else:
            message += " (pass parameters Twilio added later in extra_params={...})"
        return message


@dataclass(frozen=True)
class Family:
    """Where one kind of record lives, its records' key in a page, and its operations."""

    name: str
    list_path: str
    item_path: str
    list_key: str
    operations: Mapping[str, Operation] = field(default_factory=dict)

    def require(self, kind: str) -> Operation:
        """The operation, or `UnsupportedOperationError` if Twilio's API does not offer it."""
        operation = self.operations.get(kind)
        if operation is None:
            offered = ", ".join(sorted(self.operations)) or "nothing"
            raise UnsupportedOperationError(
                f"Twilio's 2010-04-01 API has no '{kind}' for {self.name} (it offers: {offered})"
            )
        return operation


class _Operations(Generic[R]):
    """Paths, scope and parameter checks of each operation; no I/O."""

    family: Family
    record: Any
    """The record class the answers become (set by each family's concrete class)."""
    home: Any = None
    """The operations class the records change through, when not this one: a number bought
    through `incoming_phone_numbers.local` is updated and released at the number's own path."""

    def __init__(
        self,
        requestor: Any,
        record: Any = None,
        family: Family | None = None,
        *,
        parent_sid: str | None = None,
        account_sid: str | None = None,
        connect: bool = False,
    ) -> None:
        """`record` and `family` default to the class's; a subresource passes `parent_sid`."""
        self.requestor = requestor
        self._record: Any = record if record is not None else type(self).record
        if family is None:
            family = getattr(type(self), "family", None) or self._record.family
        self._family: Family = family
        self._parent = quote(parent_sid, safe="") if parent_sid else None
        self._account_sid = account_sid
        self._connect = connect

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._family.name}>"

    def _sibling(self, operations: type[OpsT]) -> OpsT:
        """Another family's operations in this one's scope (account and Connect mode)."""
        return operations(self.requestor, account_sid=self._account_sid, connect=self._connect)

    def _unsupported(self, kind: str) -> UnsupportedOperationError:
        try:
            self._family.require(kind)
        except UnsupportedOperationError as err:
            return err
        return UnsupportedOperationError(f"{kind} is not available on {self._family.name}")

    def _path(self, template: str, sid: str | None = None) -> str:
        path = template
        if "{parent_sid}" in path:
            if self._parent is None:
                owner, _, rest = self._family.name.partition("_")
                raise ConfigurationError(
                    f"{self._family.name} belong to one {owner}: use {owner}.{rest} "
                    f"or client.{self._family.name}({owner}_sid)"
                )
            path = path.replace("{parent_sid}", self._parent)
        if sid is not None:
            if not isinstance(sid, str) or not sid:
                raise ConfigurationError(f"an empty sid was given for {self._family.name}")
            path = path.replace("{sid}", quote(sid, safe=""))
        return path

    def _scope(self, account_sid: str | None, connect: bool) -> dict[str, Any]:
        return {
            "account_sid": account_sid or self._account_sid,
            "connect": connect or self._connect,
        }

    def _make(self, payload: Any, scope: Mapping[str, Any]) -> R:
        """A record from a checked JSON object, remembering where it came from (or `home`)."""
        origin: Any = self
        account_sid, connect = scope["account_sid"], bool(scope["connect"])
        if self.home is not None:
            origin = self.home(self.requestor, account_sid=account_sid, connect=connect)
        elif (account_sid, connect) != (self._account_sid, self._connect):
            # read with `account_sid=`/`connect=` given per call: records without an
            # account_sid field of their own (queue members) change in that scope too
            origin = copy.copy(self)
            origin._account_sid, origin._connect = account_sid, connect
        record: R = self._record._from_response(payload, origin, bool(scope["connect"]))
        return record

    def _on_list(self, kind: str, params: Mapping[str, object], extra: Any, **scope: Any) -> Any:
        op = self._family.require(kind)
        form = op.encode(params, extra, also=_SCOPE)
        return self._path(self._family.list_path), form, self._scope(**scope)

    def _on_item(
        self, kind: str, sid: str, params: Mapping[str, object], extra: Any, **scope: Any
    ) -> Any:
        op = self._family.require(kind)
        pairs = op.encode(params, extra, also=_SCOPE)
        return self._path(self._family.item_path, sid), pairs, self._scope(**scope)

    def _list_request(
        self,
        params: Mapping[str, object],
        limit: int | None,
        page_size: int | None,
        extra: Mapping[str, object] | None,
        account_sid: str | None,
        connect: bool,
    ) -> tuple[str, list[tuple[str, str]], dict[str, Any]]:
        op = self._family.require("list")
        query = op.encode(params, extra, also=(*_SCOPE, *_LIST_ONLY))
        size = page_size_for(limit, page_size)
        if size is not None:
            query.append(("PageSize", str(size)))
        scope = {"list_key": self._family.list_key, **self._scope(account_sid, connect)}
        return self._path(self._family.list_path), query, scope

    def _changes_of(self, instance: Any) -> dict[str, Any]:
        if not isinstance(instance, self._record):
            raise TypeError(f"{type(self).__name__}.save() takes a {self._record.__name__}")
        changed: dict[str, Any] = instance.changes()
        return changed


class Resources(_Operations[R]):
    """The operations of one family on a sync `Requestor` (a `rest.Client`)."""

    requestor: Requestor

    def _create(
        self,
        params: Mapping[str, object],
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> R:
        path, form, scope = self._on_list(
            "create", params, extra_params, account_sid=account_sid, connect=connect
        )
        return self._make(self.requestor.request("POST", path, form=form, **scope), scope)

    def _find(
        self, sid: str, params: Mapping[str, object], account_sid: str | None, connect: bool
    ) -> R:
        path, query, scope = self._on_item(
            "find", sid, params, None, account_sid=account_sid, connect=connect
        )
        payload = self.requestor.request("GET", path, query=query or None, **scope)
        return self._make(payload, scope)

    def _update(
        self,
        sid: str,
        params: Mapping[str, object],
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> R:
        path, form, scope = self._on_item(
            "update", sid, params, extra_params, account_sid=account_sid, connect=connect
        )
        return self._make(self.requestor.request("POST", path, form=form, **scope), scope)

    def _delete(self, sid: str, account_sid: str | None, connect: bool) -> None:
        path, _, scope = self._on_item(
            "delete", sid, {}, None, account_sid=account_sid, connect=connect
        )
        self.requestor.request("DELETE", path, **scope)

    def _all(
        self,
        params: Mapping[str, object],
        limit: int | None,
        page_size: int | None,
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> Pager[R]:
        path, query, options = self._list_request(
            params, limit, page_size, extra_params, account_sid, connect
        )
        key = self._family.list_key

        def fetch(next_uri: str | None) -> Page[R]:
            if next_uri is None:
                payload = self.requestor.request("GET", path, query=query, **options)
            else:
                payload = self.requestor.request("GET", path, absolute_uri=next_uri, **options)
            return Page._build(payload, key, lambda p: self._make(p, options))

        return Pager(fetch, limit)

    def _page(
        self,
        params: Mapping[str, object],
        page_size: int | None,
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> Page[R]:
        pager = self._all(params, None, page_size, account_sid, connect, extra_params)
        return pager.first_page()

    def save(self, instance: R) -> R:
        """Send `instance`'s changed fields (none: no request); returns it refreshed."""
        changed = self._changes_of(instance)
        if not changed:
            return instance
        rec: Any = instance
        fresh = self._update(rec.identifier, changed, *_scope_of(rec), None)
        rec._absorb(fresh, changed)
        return instance


class AsyncResources(_Operations[R]):
    """The operations of one family on an `AsyncRequestor` (a `rest.AsyncClient`)."""

    requestor: AsyncRequestor

    async def _create(
        self,
        params: Mapping[str, object],
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> R:
        path, form, scope = self._on_list(
            "create", params, extra_params, account_sid=account_sid, connect=connect
        )
        return self._make(await self.requestor.request("POST", path, form=form, **scope), scope)

    async def _find(
        self, sid: str, params: Mapping[str, object], account_sid: str | None, connect: bool
    ) -> R:
        path, query, scope = self._on_item(
            "find", sid, params, None, account_sid=account_sid, connect=connect
        )
        payload = await self.requestor.request("GET", path, query=query or None, **scope)
        return self._make(payload, scope)

    async def _update(
        self,
        sid: str,
        params: Mapping[str, object],
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> R:
        path, form, scope = self._on_item(
            "update", sid, params, extra_params, account_sid=account_sid, connect=connect
        )
        return self._make(await self.requestor.request("POST", path, form=form, **scope), scope)

    async def _delete(self, sid: str, account_sid: str | None, connect: bool) -> None:
        path, _, scope = self._on_item(
            "delete", sid, {}, None, account_sid=account_sid, connect=connect
        )
        await self.requestor.request("DELETE", path, **scope)

    def _all(
        self,
        params: Mapping[str, object],
        limit: int | None,
        page_size: int | None,
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> AsyncPager[R]:
        path, query, options = self._list_request(
            params, limit, page_size, extra_params, account_sid, connect
        )
        key = self._family.list_key

        async def fetch(next_uri: str | None) -> Page[R]:
            if next_uri is None:
                payload = await self.requestor.request("GET", path, query=query, **options)
            else:
                payload = await self.requestor.request(
                    "GET", path, absolute_uri=next_uri, **options
                )
            return Page._build(payload, key, lambda p: self._make(p, options))

        return AsyncPager(fetch, limit)

    async def _page(
        self,
        params: Mapping[str, object],
        page_size: int | None,
        account_sid: str | None,
        connect: bool,
        extra_params: Mapping[str, object] | None,
    ) -> Page[R]:
        pager = self._all(params, None, page_size, account_sid, connect, extra_params)
        return await pager.first_page()

    async def save(self, instance: R) -> R:
        """Send `instance`'s changed fields (none: no request); returns it refreshed."""
        changed = self._changes_of(instance)
        if not changed:
            return instance
        rec: Any = instance
        fresh = await self._update(rec.identifier, changed, *_scope_of(rec), None)
        rec._absorb(fresh, changed)
        return instance


def _scope_of(record: Any) -> tuple[str | None, bool]:
    """The account (and Connect mode) a record was read from, for follow-up requests."""
    scope: tuple[str | None, bool] = record._where()
    return scope
