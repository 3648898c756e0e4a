"""Which HTTP stack each client sends through. Nothing here speaks HTTP itself.

`Client` sends through httpx's own pool. `AsyncClient` sends through aiohttp, via the
`httpx-aiohttp` transport, when the `aiohttp` extra is installed, else through httpx's own
pool. Either way the request and response are httpx objects, so proxies from the
environment (httpx's rules), TLS verification (httpx's context), timeouts and our retry
rules are the same. aiohttp is imported only when an `AsyncClient` is created with it.
"""

from __future__ import annotations

import asyncio
import importlib.util
import socket
import sys
from collections.abc import Callable
from typing import Literal
from urllib.parse import urlsplit
from urllib.request import getproxies_environment, proxy_bypass

import httpx

from ._errors import ConfigurationError

__all__ = ["TransportName", "async_http", "current_loop", "sync_http"]

TransportName = Literal["aiohttp", "httpx"]

NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
"""httpcore writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
delayed ACKs can hold the body back for milliseconds on every request. (aiohttp sets it.)"""

ErrorMap = Callable[[BaseException], httpx.TransportError | None]


def _proxied(base_url: str) -> bool:
    """Whether the environment sends `base_url` through a proxy (HTTP_PROXY, HTTPS_PROXY or
    ALL_PROXY, less NO_PROXY). httpx honours those only when it picks the transport itself,
    so then it does."""
    parts = urlsplit(base_url)
    proxies = getproxies_environment()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not (parts.hostname and bool(proxy_bypass(parts.hostname)))


def sync_http(base_url: str) -> httpx.Client:
    if _proxied(base_url):
        return httpx.Client(follow_redirects=False)
    return httpx.Client(
        transport=httpx.HTTPTransport(socket_options=NO_DELAY), follow_redirects=False
    )


def aiohttp_installed() -> bool:
    try:
        return all(importlib.util.find_spec(name) for name in ("aiohttp", "httpx_aiohttp"))
    except (ImportError, ValueError):  # a module set to None in sys.modules: not usable
        return False


def async_http(
    base_url: str, transport: TransportName | None
) -> tuple[httpx.AsyncClient, TransportName, ErrorMap]:
    """Our own `httpx.AsyncClient`, which stack it sends through, and its error mapping.

    `transport=None` picks aiohttp when the extra is installed, else httpx's pool.
    """
    if transport not in (None, "aiohttp", "httpx"):
        raise ConfigurationError(f"transport must be 'aiohttp' or 'httpx', got {transport!r}")
    if transport == "aiohttp" or (transport is None and aiohttp_installed()):
        try:
            from ._aiohttp import aiohttp_client, map_aiohttp_error
        except ImportError as err:
            raise ConfigurationError(
                "transport='aiohttp' needs the aiohttp extra: pip install 'twiml-dsl[aiohttp]'"
            ) from err
        return aiohttp_client(), "aiohttp", map_aiohttp_error
    if _proxied(base_url):
        return httpx.AsyncClient(follow_redirects=False), "httpx", httpx_error
    http = httpx.AsyncClient(
        transport=httpx.AsyncHTTPTransport(socket_options=NO_DELAY), follow_redirects=False
    )
    return http, "httpx", httpx_error


def httpx_error(err: BaseException) -> httpx.TransportError | None:
    """The error map for httpx's own transports (and a client passed in): httpx's errors as is."""
    return err if isinstance(err, httpx.TransportError) else None


def current_loop() -> object | None:
    """The running event loop (asyncio) or run (trio), to tell two of them apart."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            token: object = trio.lowlevel.current_trio_token()
            return token
        except RuntimeError:
            pass
    return None
