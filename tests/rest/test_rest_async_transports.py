"""The async client's two HTTP stacks: aiohttp (the extra) and httpx's own pool.

Both are exercised against real servers on 127.0.0.1; everything else in the REST suite
runs over both too (the `rc` fixture). Nothing in the project parses HTTP itself.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import trustme
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio
from raw_server import RawFactory, RawServer, answering, ok

import rest

pytestmark = pytest.mark.anyio
SID = "AC" + "1" * 32
CALL_SID = "CA" + "e" * 32
CALL = b'{"sid": "%b", "account_sid": "%b", "status": "queued"}' % (CALL_SID.encode(), SID.encode())
TRANSPORTS = ["aiohttp", "httpx"]
REPO = Path(__file__).resolve().parents[2]


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **env},
        timeout=60,
    )


async def test_the_repr_says_which_transport_sends() -> None:
    async with rest.AsyncClient(SID, "token") as auto:
        assert auto.transport == "aiohttp"  # the dev install has the extra
        assert repr(auto).endswith(", transport='aiohttp')")
    async with rest.AsyncClient(SID, "token", transport="httpx") as pool:
        assert repr(pool).endswith(", transport='httpx')")
    import httpx

    async with httpx.AsyncClient() as theirs:
        given = rest.AsyncClient(SID, "token", http_client=theirs)
        assert given.transport == "http_client"
        with pytest.raises(rest.ConfigurationError, match="not both"):
            rest.AsyncClient(SID, "token", http_client=theirs, transport="httpx")
    with pytest.raises(rest.ConfigurationError, match="'aiohttp' or 'httpx'"):
        rest.AsyncClient(SID, "token", transport="requests")  # type: ignore[arg-type]


def test_aiohttp_is_imported_only_when_an_async_client_is_made() -> None:
    done = _run(
        "import sys, rest\n"
        "assert 'aiohttp' not in sys.modules\n"
        "rest.Client('AC' + '1' * 32, 't').close()\n"
        "assert 'aiohttp' not in sys.modules\n"
        "c = rest.AsyncClient('AC' + '1' * 32, 't')\n"
        "assert 'aiohttp' in sys.modules and c.transport == 'aiohttp'\n"
    )
    assert done.returncode == 0, done.stderr


def test_without_the_extra_httpx_pool_sends_and_asking_for_aiohttp_says_how() -> None:
    done = _run(
        "import sys\n"
        "sys.modules['aiohttp'] = None; sys.modules['httpx_aiohttp'] = None\n"
        "import rest\n"
        "c = rest.AsyncClient('AC' + '1' * 32, 't')\n"
        "assert c.transport == 'httpx', c.transport\n"
        "try:\n"
        "    rest.AsyncClient('AC' + '1' * 32, 't', transport='aiohttp')\n"
        "except rest.ConfigurationError as err:\n"
        "    print(err)\n"
    )
    assert done.returncode == 0, done.stderr
    assert "pip install 'twiml-dsl[aiohttp]'" in done.stdout


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_one_connection_is_kept_alive_across_requests(
    raw: RawFactory, transport: str
) -> None:
    with raw(answering(ok(CALL))) as server:
        async with rest.AsyncClient(SID, "t", base_url=server.url, transport=transport) as c:  # type: ignore[arg-type]
            for _ in range(5):
                assert (await c.calls.find(CALL_SID)).status == "queued"
    assert server.connections == 1
    assert len(server.requests) == 5


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, str]:
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return server_ctx, str(path)


@pytest.mark.parametrize("transport", [*TRANSPORTS, "sync"])
async def test_tls_is_verified_the_same_way(
    raw: RawFactory,
    transport: str,
    tls: tuple[ssl.SSLContext, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server_ctx, ca_file = tls
    with raw(answering(ok(CALL)), tls=server_ctx) as server:
        refused = await _find(transport, server)
        assert isinstance(refused, rest.APIConnectionError)
        assert "CERTIFICATE_VERIFY_FAILED" in str(refused)
        monkeypatch.setenv("SSL_CERT_FILE", ca_file)  # httpx's rule, for both stacks
        assert await _find(transport, server) == "queued"


async def _find(transport: str, server: RawServer) -> rest.TwilioError | str:
    try:
        if transport == "sync":
            with rest.Client(SID, "t", base_url=server.url, max_retries=0) as c:
                return str((await asyncio.to_thread(c.calls.find, CALL_SID)).status)
        async with rest.AsyncClient(
            SID,
            "t",
            base_url=server.url,
            max_retries=0,
            transport=transport,  # type: ignore[arg-type]
        ) as ac:
            return str((await ac.calls.find(CALL_SID)).status)
    except rest.TwilioError as err:
        return err


@pytest.mark.parametrize("transport", [*TRANSPORTS, "sync"])
async def test_a_proxy_set_in_the_environment_is_used(
    raw: RawFactory, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with raw(answering(ok(CALL))) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        base = "http://twilio.invalid"
        if transport == "sync":
            with rest.Client(SID, "token", base_url=base) as client:
                call = await asyncio.to_thread(client.calls.find, CALL_SID)
        else:
            async with rest.AsyncClient(
                SID,
                "token",
                base_url=base,
                transport=transport,  # type: ignore[arg-type]
            ) as aclient:
                call = await aclient.calls.find(CALL_SID)
    assert call.status == "queued"
    head = proxy.requests[0][0]
    assert head.startswith(b"GET http://twilio.invalid/2010-04-01/Accounts/" + SID.encode())


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_no_proxy_keeps_base_url_direct(
    transport: str, monkeypatch: pytest.MonkeyPatch, server: FakeTwilio
) -> None:
    server.seed_calls(1)
    (sid,) = server.records("calls")
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with rest.AsyncClient(
        MAIN_SID,
        MAIN_TOKEN,
        base_url=server.base_url,
        transport=transport,  # type: ignore[arg-type]
    ) as aclient:
        assert (await aclient.calls.find(sid)).sid == sid


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_max_concurrency_bounds_requests_in_flight(raw: RawFactory, transport: str) -> None:
    in_flight = peak = 0
    lock = threading.Lock()

    def slow(conn: object, server: RawServer) -> None:
        nonlocal in_flight, peak
        import socket

        assert isinstance(conn, socket.socket)
        while server.read_request(conn) is not None:
            with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            time.sleep(0.02)
            with lock:
                in_flight -= 1
            conn.sendall(ok(CALL))

    with raw(slow) as server:
        async with rest.AsyncClient(
            SID,
            "t",
            base_url=server.url,
            max_concurrency=3,
            transport=transport,  # type: ignore[arg-type]
        ) as client:
            found = await asyncio.gather(*(client.calls.find(CALL_SID) for _ in range(12)))
    assert len(found) == 12
    assert peak == 3
    assert server.connections == 3


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_under_trio_httpx_pool_sends_and_aiohttp_refuses_before_sending(
    anyio_backend: str, server: FakeTwilio
) -> None:
    server.seed_calls(2)
    sids = list(server.records("calls"))
    async with rest.AsyncClient(
        MAIN_SID, MAIN_TOKEN, base_url=server.base_url, transport="httpx"
    ) as client:
        assert [(await client.calls.find(sid)).sid for sid in sids] == sids
    async with rest.AsyncClient(MAIN_SID, MAIN_TOKEN, base_url=server.base_url) as aio:
        with pytest.raises(rest.ConfigurationError, match="transport='httpx'"):
            await aio.calls.find(sids[0])
    assert server.count("GET") == 2
