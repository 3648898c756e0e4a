"""The aiohttp stack for `AsyncClient`, via `httpx-aiohttp`; imported only when used.

`httpx-aiohttp` maps aiohttp's exceptions onto httpx's coarsely (every connection error
becomes a `ConnectTimeout`, which would make a reset after a POST look like a request that
was never sent) and lets some through unmapped. `map_aiohttp_error` maps them again from
the aiohttp exception itself, so the retry rules treat both stacks alike.
"""

from __future__ import annotations

import asyncio

import aiohttp
import httpx
from httpx_aiohttp import HttpxAiohttpClient

__all__ = ["aiohttp_client", "map_aiohttp_error"]


def aiohttp_client() -> httpx.AsyncClient:
    return HttpxAiohttpClient(follow_redirects=False)


def map_aiohttp_error(err: BaseException) -> httpx.TransportError | None:
    """The httpx error that says what happened to the request, or None if not ours to map."""
    cause: BaseException | None = err
    while cause is not None and not isinstance(cause, aiohttp.ClientError | asyncio.TimeoutError):
        cause = cause.__cause__
    if cause is None:
        return err if isinstance(err, httpx.TransportError) else None
    message = str(cause) or type(cause).__name__
    kind: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(cause, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError  # no connection was made: nothing was sent
    elif isinstance(cause, asyncio.TimeoutError):  # aiohttp's read timeouts are these too
        kind = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError  # a status line or headers aiohttp could not parse
    else:
        kind = httpx.ReadError  # the request may have been sent: only idempotent ones retry
    mapped = kind(message)
    mapped.__cause__ = cause
    return mapped
