"""The default wire of `AsyncClient`: HTTP/1.1 keep-alive connections on asyncio streams.

httpx's own async pool (httpcore) scans every pooled connection, with a readability poll
each, for every request it places; at 50 concurrent requests that costs more CPU than the
request itself. This pool hands out idle connections last-in first-out in constant time.

It speaks only what Twilio's JSON API needs: HTTP/1.1 over TCP or TLS, request bodies of
any length, responses framed by Content-Length, chunked encoding or the connection's end,
each read whole (Twilio's pages are at most a few megabytes). Outside asyncio (trio) requests
go through httpx's own transport, and with a proxy set in the environment `AsyncClient` does
not use this one at all.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections import deque

import httpx

__all__ = ["AsyncTransport"]

_CHUNK = 65_536
_HEAD_LIMIT = 65_536
_MAX_HEADERS = 256
_NO_BODY_STATUS = frozenset({204, 304})
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_UNSAFE_VALUE = re.compile(rb"[\x00\r\n]")
_HEX = re.compile(rb"[0-9A-Fa-f]+")


class _Connection:
    __slots__ = ("idle_since", "reader", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.idle_since = 0.0

    def usable(self, now: float, expiry: float) -> bool:
        """False once it idled too long, or the server closed it or sent anything while it
        was idle (a 408 before closing, say): that would be read as the next answer."""
        return (
            now - self.idle_since < expiry
            and not getattr(self.reader, "_buffer", None)
            and not self.reader.at_eof()
            and not self.writer.is_closing()
        )

    def close(self) -> None:
        self.writer.close()


class _Deadline:
    """One asyncio timeout, pushed forward before each wait, so it bounds every single wait
    (httpx's meaning of a read or write timeout), not the whole exchange."""

    __slots__ = ("_loop", "_seconds", "scope")

    def __init__(self, loop: asyncio.AbstractEventLoop, seconds: float | None) -> None:
        self._loop = loop
        self._seconds = seconds
        self.scope = asyncio.timeout(None)

    def renew(self, seconds: float | None) -> None:
        self._seconds = seconds
        self.scope.reschedule(None if seconds is None else self._loop.time() + seconds)

    def extend(self) -> None:
        if self._seconds is not None:
            self.scope.reschedule(self._loop.time() + self._seconds)

    def pause(self) -> None:
        """No deadline until the next `extend`: while nothing waits on the socket."""
        self.scope.reschedule(None)


class AsyncTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 keep-alive pool for `httpx.AsyncClient(transport=...)`.

    `verify` is an `ssl.SSLContext`, or a bool as in httpx (True: its default context,
    which honours `SSL_CERT_FILE` and `SSL_CERT_DIR`). A connection idle for
    `keepalive_expiry` seconds is closed when the pool is next used for its host. The number
    of connections is not capped here: `AsyncClient` caps requests in flight.
    """

    def __init__(
        self, *, verify: ssl.SSLContext | bool = True, keepalive_expiry: float = 5.0
    ) -> None:
        self._verify = verify
        self._ssl: ssl.SSLContext | None = None
        self._expiry = keepalive_expiry
        #: per host, oldest first: handed out from the right, expired from the left
        self._idle: dict[tuple[bytes, str, int], deque[_Connection]] = {}
        self._fallback: httpx.AsyncHTTPTransport | None = None
        self._closed = False
        self.busy = 0  # connections lent out to a request in flight

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # another event loop (trio): httpx's own transport serves it
            if self._fallback is None:
                self._fallback = httpx.AsyncHTTPTransport(verify=self._verify)
            return await self._fallback.handle_async_request(request)
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        scheme = url.raw_scheme
        if scheme not in (b"http", b"https"):
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}")
        port = url.port or (443 if scheme == b"https" else 80)
        key = (scheme, url.raw_host.decode("ascii"), port)  # IDNA 2008, as in Host
        timeouts = request.extensions.get("timeout", {})
        head = _request_head(request)
        conn, reused = await self._checkout(loop, key, timeouts.get("connect"))
        deadline = _Deadline(loop, timeouts.get("write"))
        reading = False
        self.busy += 1
        try:
            async with deadline.scope:
                try:
                    await _send(conn.writer, head, request, deadline)
                except OSError as err:
                    raise httpx.WriteError(str(err) or type(err).__name__) from err
                reading = True
                deadline.renew(timeouts.get("read"))
                try:
                    version, status, reason, headers, body, keep = await _receive(
                        conn.reader, request.method == "HEAD", deadline
                    )
                except _Disconnected as err:
                    if reused and not err.received:
                        raise httpx.RemoteProtocolError(
                            "Server disconnected without sending a response (the kept-alive "
                            "connection had been closed)."
                        ) from None
                    raise httpx.RemoteProtocolError(str(err)) from None
                except OSError as err:
                    raise httpx.ReadError(str(err) or type(err).__name__) from err
        except TimeoutError as err:
            conn.close()
            if not reading:
                raise httpx.WriteTimeout("timed out sending the request") from err
            raise httpx.ReadTimeout("timed out waiting for the response") from err
        except BaseException:
            conn.close()  # cancelled or failed midway: its state is unknown, never reuse it
            raise
        finally:
            self.busy -= 1
        keep = keep and _keeps_alive(request.headers.get("connection"))
        if keep and not self._closed:
            conn.idle_since = now = loop.time()
            idle = self._idle.setdefault(key, deque())
            idle.append(conn)
            while idle and now - idle[0].idle_since >= self._expiry:  # a burst's leftovers
                idle.popleft().close()
        else:
            conn.close()
        return httpx.Response(
            status,
            headers=headers,
            stream=httpx.ByteStream(body),
            request=request,
            extensions={"http_version": version, "reason_phrase": reason},
        )

    async def _checkout(
        self,
        loop: asyncio.AbstractEventLoop,
        key: tuple[bytes, str, int],
        connect_timeout: float | None,
    ) -> tuple[_Connection, bool]:
        idle = self._idle.get(key)
        if idle:
            now = loop.time()
            while idle:
                conn = idle.pop()
                if conn.usable(now, self._expiry):
                    return conn, True
                conn.close()
        scheme, host, port = key
        tls = self._ssl_context() if scheme == b"https" else None
        try:
            async with asyncio.timeout(connect_timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    ssl=tls,
                    server_hostname=host if tls is not None else None,
                    limit=_HEAD_LIMIT,
                )
        except TimeoutError as err:
            raise httpx.ConnectTimeout(f"timed out connecting to {host}:{port}") from err
        except OSError as err:  # refused, unreachable, DNS, TLS handshake (ssl.SSLError)
            raise httpx.ConnectError(str(err) or type(err).__name__) from err
        return _Connection(reader, writer), False

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            verify = self._verify
            self._ssl = (
                verify
                if isinstance(verify, ssl.SSLContext)
                else httpx.create_ssl_context(verify=verify)
            )
        return self._ssl

    @property
    def idle(self) -> int:
        """Connections kept open for reuse."""
        return sum(len(conns) for conns in self._idle.values())

    async def aclose(self) -> None:
        self._closed = True
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()
        if self._fallback is not None:
            await self._fallback.aclose()


class _Disconnected(Exception):
    def __init__(self, message: str, received: bool) -> None:
        super().__init__(message)
        self.received = received


def _request_head(request: httpx.Request) -> bytes:
    """The request line and headers, refusing anything that could split the request."""
    method = request.method.encode("ascii")
    if not _TOKEN.fullmatch(method):
        raise httpx.LocalProtocolError(f"invalid HTTP method {request.method!r}")
    lines = [method, b" ", request.url.raw_path, b" HTTP/1.1\r\n"]
    for name, value in request.headers.raw:
        if not _TOKEN.fullmatch(name) or _UNSAFE_VALUE.search(value):
            raise httpx.LocalProtocolError(
                f"invalid header {name.decode('latin-1')!r}: names are tokens, and values "
                "may not hold CR, LF or NUL"
            )
        lines += (name, b": ", value, b"\r\n")
    lines.append(b"\r\n")
    return b"".join(lines)


async def _send(
    writer: asyncio.StreamWriter, head: bytes, request: httpx.Request, deadline: _Deadline
) -> None:
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):  # bytes known up front: one write
        writer.write(head + b"".join(stream))
    else:
        writer.write(head)
        chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
        assert isinstance(stream, httpx.AsyncByteStream)
        async for part in stream:
            if not part:
                continue
            writer.write(b"%x\r\n%b\r\n" % (len(part), part) if chunked else part)
            await _drain(writer, deadline)
            deadline.pause()  # the stream's own waits are not the socket's
        if chunked:
            writer.write(b"0\r\n\r\n")
    await _drain(writer, deadline)


async def _drain(writer: asyncio.StreamWriter, deadline: _Deadline) -> None:
    if writer.transport.get_write_buffer_size():
        deadline.extend()
        await writer.drain()


async def _receive(
    reader: asyncio.StreamReader, head_only: bool, deadline: _Deadline
) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]], bytes, bool]:
    """One response: version, status, reason, headers, the whole body, and whether to keep
    the connection. Interim 1xx answers are skipped."""
    received = False
    while True:
        try:
            raw = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as err:
            if received or err.partial:
                raise _Disconnected(
                    "Server disconnected in the middle of a response.", True
                ) from None
            raise _Disconnected("Server disconnected without sending a response.", False) from None
        except asyncio.LimitOverrunError:
            raise httpx.RemoteProtocolError(
                f"response head larger than {_HEAD_LIMIT} bytes"
            ) from None
        received = True
        status, reason, version, headers = _parse_head(raw)
        if status >= 200:
            break
        if status < 100:
            raise httpx.RemoteProtocolError(f"invalid status code {status}")
        if status == 101:
            raise httpx.RemoteProtocolError("the server switched protocols (101), unsupported")
        deadline.extend()
    keep = version == b"HTTP/1.1"
    length: int | None = None
    chunked: bool | None = None  # None: no Transfer-Encoding, so Content-Length frames the body
    for name, value in headers:
        lower = name.lower()
        if lower == b"content-length":
            if not value.isdigit() or (length is not None and int(value) != length):
                raise httpx.RemoteProtocolError(f"invalid Content-Length {value!r}")
            length = int(value)
        elif lower == b"transfer-encoding":
            chunked = value.rsplit(b",", 1)[-1].strip().lower() == b"chunked"
            keep = keep and chunked
        elif lower == b"connection":
            keep = keep and _keeps_alive(value.decode("latin-1"))
    try:
        if head_only or status in _NO_BODY_STATUS:
            body = b""
        elif chunked:
            body = await _read_chunked(reader, deadline)
        elif length is not None and chunked is None:
            body = await _read_exactly(reader, length, deadline)
        else:
            body = await _read_to_end(reader, deadline)
            keep = False
    except asyncio.IncompleteReadError:
        raise _Disconnected("Server disconnected in the middle of a response body.", True) from None
    except asyncio.LimitOverrunError:
        raise httpx.RemoteProtocolError(
            f"chunk size or trailer line longer than {_HEAD_LIMIT} bytes"
        ) from None
    return version, status, reason, headers, body, keep


def _parse_head(raw: bytes) -> tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]:
    lines = raw[:-4].split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in (b"HTTP/1.1", b"HTTP/1.0") or len(code) != 3 or not code.isdigit():
        raise httpx.RemoteProtocolError(f"malformed status line {lines[0][:80]!r}")
    if len(lines) > _MAX_HEADERS + 1:
        raise httpx.RemoteProtocolError(f"more than {_MAX_HEADERS} response headers")
    headers = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):
            raise httpx.RemoteProtocolError(f"malformed response header {line[:80]!r}")
        headers.append((name, value.strip(b" \t")))
    return int(code), reason, version, headers


async def _read_exactly(reader: asyncio.StreamReader, length: int, deadline: _Deadline) -> bytes:
    if length <= _CHUNK:
        deadline.extend()
        return await reader.readexactly(length)
    parts: list[bytes] = []
    while length:
        deadline.extend()
        part = await reader.read(min(length, _CHUNK))
        if not part:
            raise asyncio.IncompleteReadError(b"".join(parts), None)
        parts.append(part)
        length -= len(part)
    return b"".join(parts)


async def _read_chunked(reader: asyncio.StreamReader, deadline: _Deadline) -> bytes:
    parts: list[bytes] = []
    while True:
        deadline.extend()
        line = await reader.readuntil(b"\r\n")
        size = line[:-2].split(b";", 1)[0].strip()
        if not _HEX.fullmatch(size):
            raise httpx.RemoteProtocolError(f"malformed chunk size {line[:40]!r}")
        n = int(size, 16)
        if n == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers, dropped
                pass
            return b"".join(parts)
        parts.append(await _read_exactly(reader, n, deadline))
        if await reader.readexactly(2) != b"\r\n":
            raise httpx.RemoteProtocolError("chunk not followed by CRLF")


async def _read_to_end(reader: asyncio.StreamReader, deadline: _Deadline) -> bytes:
    parts: list[bytes] = []
    while True:
        deadline.extend()
        part = await reader.read(_CHUNK)
        if not part:
            return b"".join(parts)
        parts.append(part)


def _keeps_alive(connection: str | None) -> bool:
    if connection is None:
        return True
    return "close" not in (token.strip().lower() for token in connection.split(","))
