"""`Client` and `AsyncClient`: the short send-and-retry loops, and the resource accessors.

All request building, retry decisions and error mapping live in `_base.BaseClient`;
each client only sends, reads (within `max_response_bytes` and the `deadline`), sleeps and
repeats. Which HTTP stack sends is `_http`'s choice.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Self, TypeVar

import anyio
import httpx

from ._base import BaseClient, PreparedRequest
from ._config import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    ClientOptions,
    Credentials,
    default_credentials,
    default_options,
)
from ._errors import ConfigurationError
from ._http import TransportName, async_http, current_loop, httpx_error, sync_http
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

__all__ = ["AsyncClient", "Client", "default_client"]

T = TypeVar("T")


class _TooLarge(Exception):
    """The body passed `max_response_bytes`; becomes a `MalformedResponseError`."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Expired(Exception):
    """The deadline passed while the body was arriving; becomes an `APITimeoutError`."""


def _remaining(deadline_at: float | None) -> float:
    return math.inf if deadline_at is None else deadline_at - time.monotonic()


class Client(BaseClient, SyncScope):
    """A synchronous client; close it or use `with`.

    With no credentials, TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are read. Every setting is
    checked here (`ConfigurationError`), not at the first request.
    """

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        """`timeout` bounds each step: connecting (at most 5 s), each write and each read
        (default 15 s), or, when you pass `http_client`, that client's own timeout.
        `deadline` (default 60 s, None for none) bounds a whole request, retries and waits
        included; it is checked as the body arrives. A body over `max_response_bytes`
        (default 32 MiB, after decompression) is a `MalformedResponseError`.
        `sleep` replaces `time.sleep` between retries (tests pass a recorder).
        """
        super().__init__(
            account_sid,
            auth_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            inherit_timeout=http_client is not None,
        )
        self._owns_http = http_client is None
        self._http = http_client or sync_http(self.base_url)
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

    def _read(self, response: httpx.Response, deadline_at: float | None) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise _TooLarge(response.status_code)
                if _remaining(deadline_at) <= 0:
                    raise _Expired
                chunks.append(chunk)
        finally:
            response.close()
        return b"".join(chunks)

    def request(self, method: str, path: str, **options: Any) -> Any:
        """Send one logical request (with retries) and return the decoded JSON body."""
        prepared = self.prepare(method, path, **options)
        deadline_at = None if self.deadline is None else time.monotonic() + self.deadline
        retries = 0
        while True:
            try:
                request = self.build(None if self._owns_http else self._http, prepared)
                response = self._http.send(request, stream=True)
                content = self._read(response, deadline_at)
            except httpx.RequestError as err:
                delay = self.delay_after_error(prepared, err, retries)
                if delay is None or delay >= _remaining(deadline_at):
                    cause = self.safe_cause(prepared, err)
                    raise self.connection_error(prepared, err, retries + 1) from cause
            except _TooLarge as err:
                raise self.too_large(prepared, err.status) from None
            except _Expired:
                raise self.expired(prepared, retries + 1) from None
            else:
                delay = self.delay_after_response(prepared, response, retries)
                if delay is None or delay >= _remaining(deadline_at):
                    return self.parse(prepared, response, retries + 1, content)
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
    """An asynchronous client; use `async with` or `await aclose()`.

    It sends through aiohttp (via `httpx-aiohttp`) when the `aiohttp` extra is installed,
    else through httpx's own pool; `transport=` picks one, and `repr()` says which. A client
    belongs to the event loop it first sends on.
    """

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: TransportName | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        max_concurrency: int = 100,
    ) -> None:
        """Settings as for `Client`; `deadline` here also bounds waiting for headers.

        At most `max_concurrency` attempts are in flight at once, so at most that many
        connections are in use; the rest wait here. `sleep` replaces `anyio.sleep`.
        """
        super().__init__(
            account_sid,
            auth_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            inherit_timeout=http_client is not None,
        )
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
            raise ConfigurationError(
                f"max_concurrency must be a whole number, got {max_concurrency!r}"
            )
        if max_concurrency < 1:
            raise ConfigurationError("max_concurrency must be >= 1")
        self._owns_http = http_client is None
        self.transport: str
        """`'aiohttp'`, `'httpx'` (httpx's own pool) or `'http_client'` (the one you passed)."""
        if http_client is None:
            self._http, self.transport, self._map_error = async_http(self.base_url, transport)
        else:
            if transport is not None:
                raise ConfigurationError("pass transport= or http_client=, not both")
            self._http, self.transport = http_client, "http_client"
            self._map_error = httpx_error
        self._sleep = sleep or anyio.sleep
        self._max_concurrency = max_concurrency
        self._slots: anyio.Semaphore | None = None
        self._loop: object | None = None
        self.accounts = AsyncAccounts(self)
        self.calls = AsyncCalls(self)
        self.messages = AsyncMessages(self)
        self.sms = self.messages
        self.notifications = AsyncNotifications(self)
        self.connect_apps = AsyncConnectApps(self)
        self.authorized_connect_apps = AsyncAuthorizedConnectApps(self)

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, transport={self.transport!r})"

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

    def _bind_loop(self) -> None:
        """Connections belong to the loop that opened them: refuse another before sending."""
        loop = current_loop()
        if self._loop is None:
            self._loop = loop
            if self.transport == "aiohttp" and not hasattr(loop, "run_until_complete"):
                raise ConfigurationError(
                    "the aiohttp transport runs on asyncio only: under trio create the "
                    "client with transport='httpx'"
                )
        elif loop is not self._loop:
            raise ConfigurationError(
                "this AsyncClient is bound to the event loop it first sent on; nothing was "
                "sent. Create one AsyncClient per event loop (asyncio.run() starts a new loop)."
            )

    async def _read(self, response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise _TooLarge(response.status_code)
                chunks.append(chunk)
        finally:
            await response.aclose()
        return b"".join(chunks)

    async def _attempt(self, prepared: PreparedRequest) -> tuple[httpx.Response, bytes]:
        if self._slots is None:
            self._slots = anyio.Semaphore(self._max_concurrency)
        async with self._slots:
            request = self.build(None if self._owns_http else self._http, prepared)
            try:
                response = await self._http.send(request, stream=True)
                return response, await self._read(response)
            except (httpx.RequestError, _TooLarge, anyio.get_cancelled_exc_class()):
                raise
            except Exception as err:
                mapped = self._map_error(err)
                if mapped is None:
                    raise
                raise mapped from err

    async def request(self, method: str, path: str, **options: Any) -> Any:
        """Send one logical request (with retries) and return the decoded JSON body."""
        prepared = self.prepare(method, path, **options)
        self._bind_loop()
        deadline_at = None if self.deadline is None else time.monotonic() + self.deadline
        retries = 0
        while True:
            try:
                left = _remaining(deadline_at)
                with anyio.fail_after(None if left == math.inf else max(left, 0.0)):
                    response, content = await self._attempt(prepared)
            except TimeoutError:
                raise self.expired(prepared, retries + 1) from None
            except _TooLarge as err:
                raise self.too_large(prepared, err.status) from None
            except httpx.RequestError as err:
                mapped = self._map_error(err) or err
                delay = self.delay_after_error(prepared, mapped, retries)
                if delay is None or delay >= _remaining(deadline_at):
                    cause = self.safe_cause(prepared, err)
                    raise self.connection_error(prepared, mapped, retries + 1) from cause
            else:
                delay = self.delay_after_response(prepared, response, retries)
                if delay is None or delay >= _remaining(deadline_at):
                    return self.parse(prepared, response, retries + 1, content)
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
