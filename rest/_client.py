"""`Client` and `AsyncClient`: the short send-and-retry loops, and the resource accessors.

All request building, retry decisions and error mapping live in `_base.BaseClient`;
each client only sends, sleeps and repeats.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Generic, Self, TypeVar
from urllib.parse import quote, urlsplit
from urllib.request import getproxies_environment, proxy_bypass

import anyio
import httpx

from ._base import BaseClient
from ._config import ClientOptions, Credentials, default_credentials, default_options
from ._errors import ConfigurationError
from ._paging import AsyncPager, Page, Pager, page_size_for
from ._resources import (
    CALL_NOTIFICATIONS,
    Account,
    AuthorizedConnectApp,
    Call,
    ConnectApp,
    Message,
    Notification,
    Recording,
    Resource,
    ResourceSpec,
)
from ._retry import RetryPolicy
from ._transport import AsyncTransport

__all__ = ["AsyncClient", "AsyncResources", "Client", "Resources", "default_client"]

R = TypeVar("R", bound=Resource)

NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
"""httpcore writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
delayed ACKs can hold the body back for milliseconds on every request."""


def _proxied(base_url: str) -> bool:
    """Whether the environment sends `base_url` through a proxy (HTTP_PROXY, HTTPS_PROXY or
    ALL_PROXY, less NO_PROXY). httpx honours those only when it picks the transport itself,
    so then it does."""
    parts = urlsplit(base_url)
    proxies = getproxies_environment()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not (parts.hostname and bool(proxy_bypass(parts.hostname)))


def _own_http(base_url: str) -> httpx.Client:
    if _proxied(base_url):
        return httpx.Client(follow_redirects=False)
    return httpx.Client(
        transport=httpx.HTTPTransport(socket_options=NO_DELAY), follow_redirects=False
    )


def _own_async_http(base_url: str) -> httpx.AsyncClient:
    if _proxied(base_url):
        return httpx.AsyncClient(follow_redirects=False)
    return httpx.AsyncClient(transport=AsyncTransport(), follow_redirects=False)


class _ResourcesBase(Generic[R]):
    """Paths and parameters of each operation; no I/O."""

    def __init__(
        self,
        cls: type[R],
        spec: ResourceSpec | None = None,
        *,
        parent_sid: str | None = None,
        account_sid: str | None = None,
        connect: bool = False,
    ) -> None:
        self.cls = cls
        self.spec = spec or cls.spec
        self._parent = quote(parent_sid, safe="") if parent_sid else None
        self._account_sid = account_sid
        self._connect = connect

    def _path(self, template: str, sid: str | None = None) -> str:
        path = template
        if "{parent_sid}" in path:
            if self._parent is None:
                raise ConfigurationError(
                    f"{self.spec.name}s here belong to a call: use call.{self.spec.list_key} "
                    f"or client.call_{self.spec.list_key}(call_sid)"
                )
            path = path.replace("{parent_sid}", self._parent)
        if sid is not None:
            if not sid:
                raise ConfigurationError(f"an empty sid was given for {self.spec.name}")
            path = path.replace("{sid}", quote(sid, safe=""))
        return path

    def _scope(self, account_sid: str | None, connect: bool) -> dict[str, Any]:
        return {
            "account_sid": account_sid or self._account_sid,
            "connect": connect or self._connect,
        }

    def _target(
        self, operation: str, account_sid: str | None, connect: bool, sid: str | None = None
    ) -> tuple[str, dict[str, Any]]:
        """The path of one operation (on the list, or on record `sid`) and its account scope."""
        self.spec.require(operation)
        path = self._path(self.spec.list_path if sid is None else self.spec.item_path, sid)
        return path, self._scope(account_sid, connect)

    def _list_params(
        self, filters: dict[str, Any], page_size: int | None, limit: int | None
    ) -> dict[str, Any]:
        return {**filters, "page_size": page_size_for(limit, page_size)}

    def _make(self, payload: Any, scope: dict[str, Any]) -> R:
        obj = self.cls.from_payload(payload)  # parse() has checked that it is an object
        obj._manager = self  # type: ignore[assignment]
        obj._connect = bool(scope["connect"])
        return obj


class Resources(_ResourcesBase[R]):
    """One resource on a `Client`: `create`, `find`, `all`, `page`, `update`, `delete`, `save`."""

    def __init__(self, client: Client, cls: type[R], spec: ResourceSpec | None = None, **kw: Any):
        super().__init__(cls, spec, **kw)
        self.client = client

    def create(self, *, account_sid: str | None = None, connect: bool = False, **fields: Any) -> R:
        path, scope = self._target("create", account_sid, connect)
        return self._make(self.client.request("POST", path, data=fields, **scope), scope)

    def find(self, sid: str, *, account_sid: str | None = None, connect: bool = False) -> R:
        path, scope = self._target("find", account_sid, connect, sid)
        return self._make(self.client.request("GET", path, **scope), scope)

    def update(
        self, sid: str, *, account_sid: str | None = None, connect: bool = False, **fields: Any
    ) -> R:
        path, scope = self._target("update", account_sid, connect, sid)
        return self._make(self.client.request("POST", path, data=fields, **scope), scope)

    def delete(self, sid: str, *, account_sid: str | None = None, connect: bool = False) -> None:
        path, scope = self._target("delete", account_sid, connect, sid)
        self.client.request("DELETE", path, **scope)

    def save(self, instance: R) -> R:
        """Send `instance`'s changed fields (none: no request); returns it refreshed."""
        changed = instance.changes()
        return instance._apply(self, changed) if changed else instance

    def page(
        self,
        *,
        page_size: int | None = None,
        account_sid: str | None = None,
        connect: bool = False,
        **filters: Any,
    ) -> Page[R]:
        """One page (the first, or the one `page=`/`page_token=` name) with its metadata."""
        return self.all(
            page_size=page_size, account_sid=account_sid, connect=connect, **filters
        ).first_page()

    def all(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        account_sid: str | None = None,
        connect: bool = False,
        **filters: Any,
    ) -> Pager[R]:
        """Lazy: nothing is sent until iteration starts; follows `next_page_uri`."""
        path, scope = self._target("list", account_sid, connect)
        params = self._list_params(filters, page_size, limit)
        options = {"list_key": self.spec.list_key, **scope}

        def fetch(next_uri: str | None) -> Page[R]:
            if next_uri is None:
                payload = self.client.request(
                    "GET", path, params=params, date_only=self.spec.date_only, **options
                )
            else:
                payload = self.client.request("GET", path, absolute_uri=next_uri, **options)
            # parse() has checked the shape
            return Page._build(payload, self.spec.list_key, lambda p: self._make(p, scope))

        return Pager(fetch, limit)


class AsyncResources(_ResourcesBase[R]):
    """One resource on an `AsyncClient`; the same operations, awaited."""

    def __init__(
        self, client: AsyncClient, cls: type[R], spec: ResourceSpec | None = None, **kw: Any
    ):
        super().__init__(cls, spec, **kw)
        self.client = client

    async def create(
        self, *, account_sid: str | None = None, connect: bool = False, **fields: Any
    ) -> R:
        path, scope = self._target("create", account_sid, connect)
        return self._make(await self.client.request("POST", path, data=fields, **scope), scope)

    async def find(self, sid: str, *, account_sid: str | None = None, connect: bool = False) -> R:
        path, scope = self._target("find", account_sid, connect, sid)
        return self._make(await self.client.request("GET", path, **scope), scope)

    async def update(
        self, sid: str, *, account_sid: str | None = None, connect: bool = False, **fields: Any
    ) -> R:
        path, scope = self._target("update", account_sid, connect, sid)
        return self._make(await self.client.request("POST", path, data=fields, **scope), scope)

    async def delete(
        self, sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> None:
        path, scope = self._target("delete", account_sid, connect, sid)
        await self.client.request("DELETE", path, **scope)

    async def save(self, instance: R) -> R:
        """Send `instance`'s changed fields (none: no request); returns it refreshed."""
        changed = instance.changes()
        if not changed:
            return instance
        scope = instance._scope()
        fresh = await self.update(instance.identifier, **scope, **changed)
        instance._absorb(fresh, changed)
        return instance

    async def page(
        self,
        *,
        page_size: int | None = None,
        account_sid: str | None = None,
        connect: bool = False,
        **filters: Any,
    ) -> Page[R]:
        """One page (the first, or the one `page=`/`page_token=` name) with its metadata."""
        pager = self.all(page_size=page_size, account_sid=account_sid, connect=connect, **filters)
        return await pager.first_page()

    def all(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        account_sid: str | None = None,
        connect: bool = False,
        **filters: Any,
    ) -> AsyncPager[R]:
        """Lazy: use with `async for`; follows `next_page_uri`."""
        path, scope = self._target("list", account_sid, connect)
        params = self._list_params(filters, page_size, limit)
        options = {"list_key": self.spec.list_key, **scope}

        async def fetch(next_uri: str | None) -> Page[R]:
            if next_uri is None:
                payload = await self.client.request(
                    "GET", path, params=params, date_only=self.spec.date_only, **options
                )
            else:
                payload = await self.client.request("GET", path, absolute_uri=next_uri, **options)
            # parse() has checked the shape
            return Page._build(payload, self.spec.list_key, lambda p: self._make(p, scope))

        return AsyncPager(fetch, limit)


class Client(BaseClient):
    """A synchronous client. Explicit credentials, no global state; close it or use `with`."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        """`sleep` replaces `time.sleep` between retries (tests pass a recorder).

        Without `timeout`, requests time out after 15 s (5 s to connect), or, when you pass
        `http_client`, after that client's own timeout.
        """
        super().__init__(
            account_sid,
            auth_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            inherit_timeout=http_client is not None,
        )
        self._owns_http = http_client is None
        self._http = http_client or _own_http(self.base_url)
        self._sleep = sleep or time.sleep
        self.accounts = Resources(self, Account)
        self.calls = Resources(self, Call)
        self.messages = Resources(self, Message)
        self.sms = self.messages
        self.notifications = Resources(self, Notification)
        self.connect_apps = Resources(self, ConnectApp)
        self.authorized_connect_apps = Resources(self, AuthorizedConnectApp)

    def resources(self, cls: type[R]) -> Resources[R]:
        return Resources(self, cls)

    def call_notifications(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> Resources[Notification]:
        return Resources(
            self,
            Notification,
            CALL_NOTIFICATIONS,
            parent_sid=call_sid,
            account_sid=account_sid,
            connect=connect,
        )

    def call_recordings(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> Resources[Recording]:
        return Resources(
            self, Recording, parent_sid=call_sid, account_sid=account_sid, connect=connect
        )

    def request(self, method: str, path: str, **options: Any) -> Any:
        """Send one logical request (with retries) and return the decoded JSON body."""
        prepared = self.prepare(method, path, **options)
        retries = 0
        while True:
            try:
                response = self._http.send(
                    self.build(None if self._owns_http else self._http, prepared)
                )
            except httpx.RequestError as err:
                delay = self.delay_after_error(prepared, err, retries)
                if delay is None:
                    raise self.connection_error(prepared, err, retries + 1) from err
            else:
                delay = self.delay_after_response(prepared, response, retries)
                if delay is None:
                    return self.parse(prepared, response, retries + 1)
                response.close()
            self._sleep(delay)
            retries += 1

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(BaseClient):
    """An asynchronous client on `httpx.AsyncClient`; use `async with` or `await aclose()`."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        max_concurrency: int = 100,
    ) -> None:
        """`sleep` replaces `anyio.sleep` between retries (tests pass a recorder).

        At most `max_concurrency` attempts are in flight at once, so at most that many
        connections are in use; the rest wait here. Without `http_client`, requests go over
        a small keep-alive pool on asyncio (see `rest._transport`) rather than httpcore's,
        whose cost grows with the number of connections.
        """
        super().__init__(
            account_sid,
            auth_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            inherit_timeout=http_client is not None,
        )
        self._owns_http = http_client is None
        self._http = http_client or _own_async_http(self.base_url)
        self._sleep = sleep or anyio.sleep
        if max_concurrency < 1:
            raise ConfigurationError("max_concurrency must be >= 1")
        self._max_concurrency = max_concurrency
        self._slots: anyio.Semaphore | None = None
        self.accounts = AsyncResources(self, Account)
        self.calls = AsyncResources(self, Call)
        self.messages = AsyncResources(self, Message)
        self.sms = self.messages
        self.notifications = AsyncResources(self, Notification)
        self.connect_apps = AsyncResources(self, ConnectApp)
        self.authorized_connect_apps = AsyncResources(self, AuthorizedConnectApp)

    def resources(self, cls: type[R]) -> AsyncResources[R]:
        return AsyncResources(self, cls)

    def call_notifications(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> AsyncResources[Notification]:
        return AsyncResources(
            self,
            Notification,
            CALL_NOTIFICATIONS,
            parent_sid=call_sid,
            account_sid=account_sid,
            connect=connect,
        )

    def call_recordings(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> AsyncResources[Recording]:
        return AsyncResources(
            self, Recording, parent_sid=call_sid, account_sid=account_sid, connect=connect
        )

    async def request(self, method: str, path: str, **options: Any) -> Any:
        """Send one logical request (with retries) and return the decoded JSON body."""
        prepared = self.prepare(method, path, **options)
        if self._slots is None:
            self._slots = anyio.Semaphore(self._max_concurrency)
        retries = 0
        while True:
            try:
                async with self._slots:
                    response = await self._http.send(
                        self.build(None if self._owns_http else self._http, prepared)
                    )
            except httpx.RequestError as err:
                delay = self.delay_after_error(prepared, err, retries)
                if delay is None:
                    raise self.connection_error(prepared, err, retries + 1) from err
            else:
                delay = self.delay_after_response(prepared, response, retries)
                if delay is None:
                    return self.parse(prepared, response, retries + 1)
                await response.aclose()
            await self._sleep(delay)
            retries += 1

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


_default_lock = threading.Lock()
_default: tuple[Credentials, ClientOptions, Client] | None = None


def default_client() -> Client:
    """The client behind `rest.Call.find(...)` and friends, rebuilt when `configure()` changes."""
    global _default
    creds, options = default_credentials(), default_options()
    with _default_lock:
        if _default is None or _default[0] != creds or _default[1] != options:
            if _default is not None:
                _default[2].close()
            client = Client(
                creds.account_sid,
                creds.auth_token,
                base_url=options.base_url,
                timeout=options.timeout,
                max_retries=options.max_retries,
            )
            _default = (creds, options, client)
        return _default[2]
