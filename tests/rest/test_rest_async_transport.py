"""The async client's own HTTP/1.1 transport, against scripted servers on 127.0.0.1.

Each server answers with bytes written by the test, so framing, keep-alive and failures
are exactly what a real peer could send.
"""

from __future__ import annotations

import asyncio
import gzip
import random
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import httpx
import pytest
import trustme
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio
from hypothesis import given
from hypothesis import strategies as st

import rest
from rest._transport import AsyncTransport

pytestmark = pytest.mark.anyio

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, "Server"], Awaitable[None]]


class Server:
    """Counts connections and keeps every request it read (head, body)."""

    def __init__(self) -> None:
        self.connections = 0
        self.requests: list[tuple[bytes, bytes]] = []

    async def read_request(self, reader: asyncio.StreamReader) -> tuple[bytes, bytes] | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lower = head.lower()
        if b"transfer-encoding: chunked" in lower:
            body = b""
            while True:
                size = int((await reader.readuntil(b"\r\n"))[:-2], 16)
                body += (await reader.readexactly(size + 2))[:-2]
                if size == 0:
                    break
        else:
            length = 0
            for line in lower.split(b"\r\n"):
                if line.startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = await reader.readexactly(length)
        self.requests.append((head, body))
        return head, body


def ok(body: bytes = b"{}", *extra: bytes) -> bytes:
    headers = b"".join(h + b"\r\n" for h in extra)
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%b\r\n%b" % (len(body), headers, body)


def serve_forever(*answers: bytes) -> Handler:
    """A keep-alive handler answering each request with the next of `answers` (the last
    one repeats)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        while await s.read_request(reader) is not None:
            writer.write(answers[min(len(s.requests), len(answers)) - 1])
            await writer.drain()

    return handle


@asynccontextmanager
async def scripted(
    handle: Handler, tls: ssl.SSLContext | None = None
) -> AsyncIterator[tuple[str, Server]]:
    state = Server()
    tasks: set[asyncio.Task[None]] = set()

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        state.connections += 1
        tasks.add(asyncio.current_task())  # type: ignore[arg-type]
        try:
            await handle(reader, writer, state)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}", state
    finally:
        server.close()
        for task in tasks:
            task.cancel()
        await server.wait_closed()


async def test_keeps_one_connection_alive_across_requests() -> None:
    async with (
        scripted(serve_forever(ok(b'{"n": 1}'))) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        for _ in range(5):
            response = await http.post(url + "/x", content=b"a=1")
            assert response.json() == {"n": 1}
    assert server.connections == 1
    assert [body for _, body in server.requests] == [b"a=1"] * 5
    assert server.requests[0][0].startswith(b"POST /x HTTP/1.1\r\n")


async def test_connection_close_is_honoured() -> None:
    answer = ok(b"bye", b"Connection: close")
    async with (
        scripted(serve_forever(answer)) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        assert (await http.get(url)).text == "bye"
        assert (await http.get(url)).text == "bye"
    assert server.connections == 2


async def test_chunked_gzip_and_trailers() -> None:
    payload = gzip.compress(b'{"records": [1, 2, 3]}')
    half = len(payload) // 2
    chunks = b"%x;ext=1\r\n%b\r\n%x\r\n%b\r\n0\r\nX-Trailer: t\r\n\r\n" % (
        half,
        payload[:half],
        len(payload) - half,
        payload[half:],
    )
    answer = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunks
    )
    async with (
        scripted(serve_forever(answer)) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        first = await http.get(url)
        second = await http.get(url)  # the connection survived the trailer
    assert first.json() == second.json() == {"records": [1, 2, 3]}
    assert server.connections == 1


async def test_a_body_ended_by_close_is_read_whole_and_not_reused() -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        await s.read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\n\r\n" + b"x" * 200_000)
        await writer.drain()

    async with (
        scripted(handle) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        assert len((await http.get(url)).content) == 200_000
        assert len((await http.get(url)).content) == 200_000
    assert server.connections == 2


async def test_large_bodies_both_ways() -> None:
    big = b"y" * 300_000

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        while (request := await s.read_request(reader)) is not None:
            writer.write(ok(request[1]))

    async def parts() -> AsyncIterator[bytes]:
        for _ in range(3):
            yield b"z" * 100_000

    async with (
        scripted(echo) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        assert (await http.post(url, content=big)).content == big
        streamed = await http.post(url, content=parts())  # no length: sent chunked
    assert streamed.content == b"z" * 300_000
    assert b"transfer-encoding: chunked" in server.requests[1][0].lower()
    assert server.connections == 1


async def test_head_204_and_interim_answers_carry_no_body() -> None:
    answers = (
        b"HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n",  # a HEAD: the length is not sent
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b"after"),
    )
    async with (
        scripted(serve_forever(*answers)) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        head = await http.head(url)
        deleted = await http.delete(url)
        after = await http.get(url)
    assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", "99")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert (after.status_code, after.text) == (200, "after")
    assert server.connections == 1


async def test_transfer_encoding_overrides_content_length() -> None:
    """Not chunked last: the body runs to the connection's end, whatever the length says."""

    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        await s.read_request(reader)
        writer.write(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\nabcdef"
        )
        await writer.drain()

    transport = AsyncTransport()
    async with scripted(once) as (url, _), httpx.AsyncClient(transport=transport) as http:
        response = await http.get(url)
        assert (response.content, transport.idle) == (b"abcdef", 0)


async def test_a_connection_the_server_closed_while_idle_is_replaced() -> None:
    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        await s.read_request(reader)
        writer.write(ok(b"fresh"))
        await writer.drain()  # then close: keep-alive timed out on the server's side

    transport = AsyncTransport()
    async with scripted(once) as (url, server), httpx.AsyncClient(transport=transport) as http:
        assert (await http.get(url)).text == "fresh"
        for _ in range(50):  # let the loop see the server's FIN
            await asyncio.sleep(0.01)
            if transport._idle and transport._idle[next(iter(transport._idle))][0].reader.at_eof():
                break
        assert (await http.get(url)).text == "fresh"
    assert server.connections == 2


async def test_idle_connections_expire() -> None:
    async with (
        scripted(serve_forever(ok())) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport(keepalive_expiry=0)) as http,
    ):
        await http.get(url)
        await http.get(url)
    assert server.connections == 2


async def test_read_timeout_closes_the_connection() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        await s.read_request(reader)
        await asyncio.sleep(10)

    transport = AsyncTransport()
    async with scripted(silent) as (url, _), httpx.AsyncClient(transport=transport) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get(url, timeout=httpx.Timeout(5, read=0.05))
        assert (transport.busy, transport.idle) == (0, 0)


async def test_read_timeout_bounds_each_wait_not_head_and_body_together() -> None:
    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        await s.read_request(reader)
        for part in (b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", b"ok"):
            await asyncio.sleep(0.2)
            writer.write(part)
        await asyncio.sleep(10)

    async with scripted(slow) as (url, _), httpx.AsyncClient(transport=AsyncTransport()) as http:
        response = await http.get(url, timeout=httpx.Timeout(5, read=0.3))
    assert response.text == "ok"


async def test_write_timeout_does_not_run_while_the_body_is_produced() -> None:
    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        while (request := await s.read_request(reader)) is not None:
            writer.write(ok(b"%d" % len(request[1])))

    async def slowly() -> AsyncIterator[bytes]:
        for _ in range(3):
            yield b"s" * 4_000_000  # more than the socket takes at once: a drain waits
            await asyncio.sleep(0.3)

    async with scripted(echo) as (url, _), httpx.AsyncClient(transport=AsyncTransport()) as http:
        response = await http.post(url, content=slowly(), timeout=httpx.Timeout(5, write=0.2))
    assert response.text == "12000000"


async def test_write_timeout_when_the_server_stops_reading() -> None:
    async def deaf(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        await asyncio.sleep(10)

    async def endless() -> AsyncIterator[bytes]:
        while True:
            yield b"w" * 1_000_000

    async with scripted(deaf) as (url, _), httpx.AsyncClient(transport=AsyncTransport()) as http:
        with pytest.raises(httpx.WriteTimeout):
            await http.post(url, content=endless(), timeout=httpx.Timeout(5, write=0.2))


async def test_an_international_host_is_looked_up_by_its_ascii_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The name in the Host header (IDNA 2008), not Python's IDNA 2003 spelling of the
    Unicode one: faß.de would be looked up, and its certificate checked, as fass.de."""
    loop = asyncio.get_running_loop()
    looked_up: list[object] = []
    resolve = loop.getaddrinfo

    async def getaddrinfo(host: object, port: object, **kw: int) -> object:
        looked_up.append(host)
        return await resolve("127.0.0.1", port, **kw)

    monkeypatch.setattr(loop, "getaddrinfo", getaddrinfo)
    async with (
        scripted(serve_forever(ok())) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        await http.get(f"http://faß.de:{url.rsplit(':', 1)[1]}/")
    assert looked_up == ["xn--fa-hia.de"]
    assert b"\r\nHost: xn--fa-hia.de:" in server.requests[0][0]


async def test_connect_errors() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens once it is closed
    async with httpx.AsyncClient(transport=AsyncTransport()) as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(f"http://127.0.0.1:{port}/")
        with pytest.raises(httpx.UnsupportedProtocol):
            await http.get("ftp://127.0.0.1/")


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"HTTP/2 200 OK\r\n\r\n", "malformed status line"),
        (b"HTTP/1.1 2000 OK\r\n\r\n", "malformed status line"),
        (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "malformed response header"),
        (b"HTTP/1.1 200 OK\r\n folded: x\r\n\r\n", "malformed response header"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "invalid Content-Length"),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            "invalid Content-Length",
        ),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "chunk size"),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;" + b"e" * 70_000 + b"\r\n",
            "chunk size or trailer line longer than",
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: " + b"t" * 70_000,
            "chunk size or trailer line longer than",
        ),
        (b"HTTP/1.1 099 Odd\r\nContent-Length: 0\r\n\r\n" + ok(), "invalid status code 99"),
        (b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", "larger than"),
        (b"HTTP/1.1 101 Switching Protocols\r\n\r\n", "switched protocols"),
        (b"", "without sending a response"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", "middle of a response body"),
        (b"HTTP/1.1 200 O", "middle of a response"),
    ],
)
async def test_protocol_errors_name_what_was_wrong(answer: bytes, message: str) -> None:
    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        await s.read_request(reader)
        writer.write(answer)
        await writer.drain()

    transport = AsyncTransport()
    async with scripted(once) as (url, _), httpx.AsyncClient(transport=transport) as http:
        with pytest.raises(httpx.RemoteProtocolError, match=message):
            await http.get(url)
        assert (transport.busy, transport.idle) == (0, 0)


async def test_header_injection_is_refused_before_sending() -> None:
    async with (
        scripted(serve_forever(ok())) as (url, server),
        httpx.AsyncClient(transport=AsyncTransport()) as http,
    ):
        with pytest.raises(httpx.LocalProtocolError, match="may not hold CR, LF or NUL"):
            await http.get(url, headers={"X-Note": "a\r\nX-Evil: 1"})
        await asyncio.sleep(0.05)
    assert server.requests == []


async def test_a_cancelled_request_never_returns_its_connection() -> None:
    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        while await s.read_request(reader) is not None:
            if len(s.requests) == 1:
                await asyncio.sleep(10)
            writer.write(ok(b"late"))

    transport = AsyncTransport()
    async with scripted(slow) as (url, server), httpx.AsyncClient(transport=transport) as http:
        task = asyncio.create_task(http.get(url))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (transport.busy, transport.idle) == (0, 0)
        assert (await http.get(url)).text == "late"  # a new connection, not the stuck one
    assert server.connections == 2


async def test_tls_is_verified() -> None:
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    async with scripted(serve_forever(ok(b"secure")), tls=server_ctx) as (url, server):
        async with httpx.AsyncClient(transport=AsyncTransport(verify=client_ctx)) as http:
            assert (await http.get(url)).text == "secure"
            assert (await http.get(url)).text == "secure"
        async with httpx.AsyncClient(transport=AsyncTransport()) as http:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await http.get(url)  # the system's roots do not know this CA
    assert server.connections == 1  # kept alive; the refused handshake never got this far


async def test_closed_transport_refuses_and_drops_late_connections() -> None:
    release = asyncio.Event()

    async def held(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        while await s.read_request(reader) is not None:
            if len(s.requests) == 2:
                await release.wait()
            writer.write(ok(b"done"))

    transport = AsyncTransport()
    async with scripted(held) as (url, _):
        http = httpx.AsyncClient(transport=transport)
        await http.get(url)
        assert transport.idle == 1
        late = asyncio.create_task(http.get(url))  # takes the idle connection
        while transport.busy == 0:
            await asyncio.sleep(0.01)
        await http.aclose()
        release.set()
        assert (await late).text == "done"  # it finishes on the closed transport...
        assert (transport.idle, transport.busy) == (0, 0)  # ...and its connection is closed
        with pytest.raises(RuntimeError, match="closed"):
            await transport.handle_async_request(httpx.Request("GET", url))


async def test_a_burst_leaves_no_idle_connections_past_their_expiry() -> None:
    transport = AsyncTransport(keepalive_expiry=0.2)
    async with (
        scripted(serve_forever(ok())) as (url, server),
        httpx.AsyncClient(transport=transport) as http,
    ):
        await asyncio.gather(*(http.get(url) for _ in range(30)))
        assert transport.idle == 30
        for _ in range(6):  # steady use afterwards keeps one connection alive
            await asyncio.sleep(0.06)
            await http.get(url)
        assert transport.idle == 1
    assert server.connections == 30


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_under_trio_httpx_own_transport_serves(
    anyio_backend: str, server: FakeTwilio
) -> None:
    """No asyncio loop to run streams on: requests go through httpx's transport."""
    server.seed_calls(1)
    (sid,) = server.records("calls")
    transport = AsyncTransport()
    async with httpx.AsyncClient(transport=transport, auth=(MAIN_SID, MAIN_TOKEN)) as http:
        response = await http.get(
            f"{server.base_url}/2010-04-01/Accounts/{MAIN_SID}/Calls/{sid}.json"
        )
    assert response.json()["sid"] == sid
    assert transport._fallback is not None


async def test_the_async_client_uses_it_unless_given_an_http_client() -> None:
    async with rest.AsyncClient("AC" + "1" * 32, "token") as ours:
        assert isinstance(ours._http._transport, AsyncTransport)
    theirs = httpx.AsyncClient()
    async with rest.AsyncClient("AC" + "1" * 32, "token", http_client=theirs) as client:
        assert client._http is theirs
    await theirs.aclose()


async def test_http_10_answers_and_idle_chatter_retire_the_connection() -> None:
    answers = (
        b"HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nold",
        ok(b"new") + b"HTTP/1.1 408 Request Timeout\r\n\r\n",  # said while idle, then kept
        ok(b"again"),
    )
    transport = AsyncTransport()
    async with (
        scripted(serve_forever(*answers)) as (url, server),
        httpx.AsyncClient(transport=transport) as http,
    ):
        old = await http.get(url)
        assert (old.text, old.http_version) == ("old", "HTTP/1.0")
        assert (await http.get(url)).text == "new"
        assert (await http.get(url)).text == "again"  # not the stale 408
    assert server.connections == 3


@pytest.mark.parametrize(
    ("env", "base", "proxied"),
    [
        ({"HTTPS_PROXY": "http://proxy.test:3128"}, "https://api.twilio.com", True),
        ({"ALL_PROXY": "http://proxy.test:3128"}, "https://api.twilio.com", True),
        ({"HTTPS_PROXY": "http://proxy.test:3128"}, "http://127.0.0.1:8000", False),
        (
            {"HTTPS_PROXY": "http://proxy.test:3128", "NO_PROXY": "api.twilio.com"},
            "https://api.twilio.com",
            False,
        ),
        ({}, "https://api.twilio.com", False),
    ],
)
async def test_only_a_proxy_that_applies_to_base_url_gives_up_our_transport(
    env: dict[str, str], base: str, proxied: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    async with rest.AsyncClient("AC" + "1" * 32, "token", base_url=base) as client:
        ours = isinstance(client._http._transport, AsyncTransport)
    assert ours is not proxied


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_both_clients_go_through_a_proxy_set_in_the_environment(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = "AC" + "1" * 32
    answer = b'{"sid": "CA%s", "account_sid": "%s", "status": "queued"}' % (b"e" * 32, sid.encode())
    async with scripted(serve_forever(ok(answer))) as (proxy_url, proxy):
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        base = "http://twilio.invalid"
        if kind == "sync":
            with rest.Client(sid, "token", base_url=base) as client:
                call = await asyncio.to_thread(client.calls.find, "CA" + "e" * 32)
        else:
            async with rest.AsyncClient(sid, "token", base_url=base) as aclient:
                call = await aclient.calls.find("CA" + "e" * 32)
    assert call.status == "queued"
    head = proxy.requests[0][0]
    assert head.startswith(b"GET http://twilio.invalid/2010-04-01/Accounts/" + sid.encode())


def _random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


@given(
    bodies=st.lists(
        st.builds(_random_bytes, st.integers(0, 5000), st.integers()),
        min_size=1,
        max_size=4,
    ),
    framing=st.lists(st.sampled_from(["length", "chunked", "close"]), min_size=4, max_size=4),
    cuts=st.lists(st.integers(1, 400), max_size=12),
    fragment=st.integers(1, 700),
)
def test_property_any_framing_and_any_fragmentation_give_back_the_body(
    bodies: list[bytes], framing: list[str], cuts: list[int], fragment: int
) -> None:
    """Each body comes back byte for byte, however the server frames it (chunk sizes drawn
    too) and however TCP splits the bytes; a kept-alive connection serves the next answer."""

    def encode(body: bytes, how: str) -> bytes:
        if how == "length":
            return ok(body)
        if how == "close":
            return b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + body
        chunks, rest_ = [], body
        for cut in cuts:
            if not rest_:
                break
            chunks.append(rest_[:cut])
            rest_ = rest_[cut:]
        chunks.append(rest_)
        framed = b"".join(b"%x\r\n%b\r\n" % (len(c), c) for c in chunks if c)
        return b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + framed + b"0\r\n\r\n"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        while await s.read_request(reader) is not None:
            i = len(s.requests) - 1
            data = encode(bodies[i], framing[i])
            for start in range(0, len(data), fragment):
                writer.write(data[start : start + fragment])
                await writer.drain()
                await asyncio.sleep(0)
            if framing[i] == "close":
                return

    async def main() -> tuple[list[bytes], int]:
        async with (
            scripted(handle) as (url, server),
            httpx.AsyncClient(transport=AsyncTransport()) as http,
        ):
            return [(await http.get(url)).content for _ in bodies], server.connections

    received, connections = asyncio.run(main())
    assert received == bodies
    assert connections == 1 + framing[: len(bodies) - 1].count("close")


def _call_json(sid: str) -> bytes:
    return b'{"sid": "%s", "account_sid": "AC%s", "status": "queued"}' % (
        sid.encode(),
        b"1" * 32,
    )


async def test_max_concurrency_bounds_requests_in_flight_and_connections() -> None:
    in_flight = peak = 0

    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, s: Server) -> None:
        nonlocal in_flight, peak
        while (request := await s.read_request(reader)) is not None:
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.02)
            in_flight -= 1
            sid = request[0].split(b"/Calls/")[1].split(b".json")[0].decode()
            writer.write(ok(_call_json(sid)))

    async with scripted(slow) as (url, server):
        async with rest.AsyncClient(
            "AC" + "1" * 32, "token", base_url=url, max_concurrency=3
        ) as client:
            sids = [f"CA{i:032d}" for i in range(12)]
            found = await asyncio.gather(*(client.calls.find(sid) for sid in sids))
    assert [call.sid for call in found] == sids
    assert peak == 3
    assert server.connections == 3


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_async_client_runs_under_trio(anyio_backend: str, server: FakeTwilio) -> None:
    server.seed_calls(3)
    sids = list(server.records("calls"))
    async with rest.AsyncClient(MAIN_SID, MAIN_TOKEN, base_url=server.base_url) as client:
        calls = [await client.calls.find(sid) for sid in sids]
    assert [c.sid for c in calls] == sids
