"""Hostile servers, each played by a real peer on 127.0.0.1: every one ends in our own
error, in bounded time and memory, and no part of a token shows."""

from __future__ import annotations

import asyncio
import base64
import gzip
import socket
import time
from typing import Any

import pytest
from fake_twilio import MAIN_TOKEN
from raw_server import RawFactory, RawServer, answering, ok

import rest

pytestmark = pytest.mark.anyio
SID = "AC" + "1" * 32
CALL_SID = "CA" + "e" * 32
KINDS = ["sync", "aiohttp", "httpx"]


async def send(kind: str, server: RawServer, what: str = "find", **options: Any) -> Any:
    """One call to the server through the chosen client; returns the result or the error."""
    options = {"base_url": server.url, "max_retries": 0, "timeout": 5, **options}
    try:
        if kind == "sync":
            with rest.Client(SID, MAIN_TOKEN, **options) as client:
                if what == "find":
                    return await asyncio.to_thread(client.calls.find, CALL_SID)
                return await asyncio.to_thread(
                    client.messages.create, to="+1", from_="+2", body="x"
                )
        async with rest.AsyncClient(SID, MAIN_TOKEN, transport=kind, **options) as aclient:  # type: ignore[arg-type]
            if what == "find":
                return await aclient.calls.find(CALL_SID)
            return await aclient.messages.create(to="+1", from_="+2", body="x")
    except rest.TwilioError as err:
        return err


def windows(secret: str, width: int = 6) -> list[str]:
    return [secret[i : i + width] for i in range(len(secret) - width + 1)]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("offset", [0, 180, 190, 199, 5000])
async def test_an_error_body_is_redacted_before_it_is_cut(
    raw: RawFactory, kind: str, offset: int
) -> None:
    body = b"x" * offset + MAIN_TOKEN.encode() + b" and more " * 50
    with raw(answering(ok(body, status=b"500 Internal Server Error"))) as server:
        err = await send(kind, server, "create")
    assert isinstance(err, rest.TwilioAPIError) and err.status == 500
    shown = f"{err} {err!r} {err.message}"
    assert not [part for part in windows(MAIN_TOKEN) if part in shown]


@pytest.mark.parametrize("kind", KINDS)
async def test_an_endless_body_ends_at_the_size_cap(raw: RawFactory, kind: str) -> None:
    def endless(conn: socket.socket, server: RawServer) -> None:
        server.read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n%b\r\n" % (65536, b"[" * 65536)
        while True:
            conn.sendall(chunk)

    with raw(endless) as server:
        err = await send(kind, server, max_response_bytes=1024 * 1024)
    assert isinstance(err, rest.MalformedResponseError)
    assert "larger than max_response_bytes (1048576)" in str(err)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_decompression_bomb_ends_at_the_size_cap(raw: RawFactory, kind: str) -> None:
    bomb = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)  # 64 MiB from ~64 KiB
    answer = ok(bomb, b"Content-Encoding: gzip", b"Content-Type: application/json")
    with raw(answering(answer)) as server:
        err = await send(kind, server, max_response_bytes=1024 * 1024)
    assert len(bomb) < 100_000
    assert isinstance(err, rest.MalformedResponseError), err
    assert err.status == 200


@pytest.mark.parametrize("kind", KINDS)
async def test_a_dripping_body_ends_at_the_deadline(raw: RawFactory, kind: str) -> None:
    def drip(conn: socket.socket, server: RawServer) -> None:
        server.read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{")
        while True:
            time.sleep(0.05)
            conn.sendall(b" ")  # each byte well within the read timeout

    with raw(drip) as server:
        started = time.monotonic()
        err = await send(kind, server, deadline=1.0, timeout=5)
        took = time.monotonic() - started
    assert isinstance(err, rest.APITimeoutError)
    assert "passed its deadline of 1 s" in str(err)
    assert took < 4


@pytest.mark.parametrize("kind", ["aiohttp", "httpx"])
async def test_dripping_headers_end_at_the_deadline_on_the_async_client(
    raw: RawFactory, kind: str
) -> None:
    def drip(conn: socket.socket, server: RawServer) -> None:
        server.read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        while True:
            time.sleep(0.05)
            conn.sendall(b"X: y\r\n")

    with raw(drip) as server:
        started = time.monotonic()
        err = await send(kind, server, deadline=1.0)
    assert isinstance(err, rest.APITimeoutError | rest.APIConnectionError), err
    assert time.monotonic() - started < 4


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [b"200 OK", b"400 Bad Request"])
async def test_json_nested_beyond_recursion_is_our_error(
    raw: RawFactory, kind: str, status: bytes
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with raw(answering(ok(deep, status=status))) as server:
        err = await send(kind, server)
    if status.startswith(b"200"):
        assert isinstance(err, rest.MalformedResponseError)
        assert "nested too deeply" in str(err)
    else:
        assert isinstance(err, rest.TwilioAPIError) and err.status == 400


@pytest.mark.parametrize("kind", ["aiohttp", "httpx"])
def test_a_second_event_loop_is_refused_before_sending(raw: RawFactory, kind: str) -> None:
    body = b'{"sid": "SM1", "status": "queued"}'
    with raw(answering(ok(body, status=b"201 Created"))) as server:
        client = rest.AsyncClient(SID, MAIN_TOKEN, base_url=server.url, transport=kind)  # type: ignore[arg-type]

        async def create() -> Any:
            return await client.messages.create(to="+1", from_="+2", body="once")

        first = asyncio.new_event_loop()
        try:
            assert first.run_until_complete(create()).sid == "SM1"
            with pytest.raises(rest.ConfigurationError, match="bound to the event loop"):
                asyncio.run(create())
            assert len(server.requests) == 1  # the message went out once
        finally:
            first.run_until_complete(client.aclose())
            first.close()


def echo_auth_in_a_bad_header(conn: socket.socket, server: RawServer) -> None:
    """Answers with a header line no parser accepts, holding the request's credentials."""
    got = server.read_request(conn)
    if got is not None:
        auth = [line for line in got[0].split(b"\r\n") if line.lower().startswith(b"authorization")]
        conn.sendall(b"HTTP/1.1 200 OK\r\nbad line " + auth[0] + b"\r\nContent-Length: 2\r\n\r\n{}")


@pytest.mark.parametrize("kind", KINDS)
async def test_no_exception_in_the_chain_shows_the_credentials(raw: RawFactory, kind: str) -> None:
    with raw(echo_auth_in_a_bad_header) as server:
        err = await send(kind, server)
    assert isinstance(err, rest.APIConnectionError)
    sent = base64.b64encode(f"{SID}:{MAIN_TOKEN}".encode()).decode()
    chain: list[BaseException] = []
    link: BaseException | None = err
    while link is not None and len(chain) < 10:
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    shown = " ".join(f"{e} {e!r}" for e in chain)
    token_part = sent[48:]  # past the SID: these characters encode only the token
    assert not [part for part in [*windows(MAIN_TOKEN), *windows(token_part)] if part in shown]
