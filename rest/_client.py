"""`Client` and `AsyncClient`: the short send-and-retry loops, and the resource accessors.

All request building, retry decisions and error mapping live in `_base.BaseClient`;
each client only sends, sleeps and repeats.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit
from urllib.request import getproxies_environment, proxy_bypass

import anyio
import httpx

from ._base import BaseClient
from ._config import ClientOptions, Credentials, default_credentials, default_options
from ._errors import ConfigurationError
from ._requestor import set_default_requestor
from ._resources import (
    Accounts,
    AsyncAccounts,
    AsyncAuthorizedConnectApps,
    AsyncCallNotifications,
    AsyncCallRecordings,
    AsyncCalls,
    AsyncConnectApps,
    AsyncMessages,
    AsyncNotifications,
    AuthorizedConnectApps,
    CallNotifications,
    CallRecordings,
    Calls,
    ConnectApps,
    Messages,
    Notifications,
)
from ._resources.scope import AsyncScope, SyncScope
from ._retry import RetryPolicy
from ._transport import AsyncTransport

__all__ = ["AsyncClient", "Client", "default_client"]

T = TypeVar("T")

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


class Client(BaseClient, SyncScope):
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
        self.accounts = Accounts(self)
        self.calls = Calls(self)
        self.messages = Messages(self)
        self.sms = self.messages
        self.notifications = Notifications(self)
        self.connect_apps = ConnectApps(self)
        self.authorized_connect_apps = AuthorizedConnectApps(self)

    def call_notifications(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> CallNotifications:
        return CallNotifications(
            self, parent_sid=call_sid, account_sid=account_sid, connect=connect
        )

    def call_recordings(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> CallRecordings:
        return CallRecordings(self, parent_sid=call_sid, account_sid=account_sid, connect=connect)

    def _scoped(self, operations: Callable[..., T], parent_sid: str | None = None) -> T:
        return operations(self) if parent_sid is None else operations(self, parent_sid=parent_sid)

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


class AsyncClient(BaseClient, AsyncScope):
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
        self.accounts = AsyncAccounts(self)
        self.calls = AsyncCalls(self)
        self.messages = AsyncMessages(self)
        self.sms = self.messages
        self.notifications = AsyncNotifications(self)
        self.connect_apps = AsyncConnectApps(self)
        self.authorized_connect_apps = AsyncAuthorizedConnectApps(self)

    def call_notifications(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> AsyncCallNotifications:
        return AsyncCallNotifications(
            self, parent_sid=call_sid, account_sid=account_sid, connect=connect
        )

    def call_recordings(
        self, call_sid: str, *, account_sid: str | None = None, connect: bool = False
    ) -> AsyncCallRecordings:
        return AsyncCallRecordings(
            self, parent_sid=call_sid, account_sid=account_sid, connect=connect
        )

    def _scoped(self, operations: Callable[..., T], parent_sid: str | None = None) -> T:
        return operations(self) if parent_sid is None else operations(self, parent_sid=parent_sid)

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


set_default_requestor(default_client)
