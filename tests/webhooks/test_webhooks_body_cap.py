"""The body cap (TWILIO_WEBHOOK_MAX_BODY): every integration reads at most one byte over it
and answers 413, under test clients and, for endless chunked bodies, under real servers
(Werkzeug, Hypercorn, Uvicorn) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any

import httpx
import pytest
import uvicorn
from fastapi import Depends, FastAPI
from flask import Flask
from hypercorn.asyncio import serve
from hypercorn.config import Config
from quart import Quart
from starlette.datastructures import FormData
from werkzeug.serving import make_server

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "examples.ivr_django.settings")

import django

django.setup()

from django.core.handlers.asgi import ASGIHandler  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.http import HttpRequest  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.urls import path  # noqa: E402

from twiml_dsl import VoiceResponse  # noqa: E402
from twiml_dsl import django as twiml_django  # noqa: E402
from twiml_dsl import flask as twiml_flask  # noqa: E402
from twiml_dsl import quart as twiml_quart  # noqa: E402
from twiml_dsl._webhook_common import WebhookSettings  # noqa: E402
from twiml_dsl.fastapi import TwilioWebhook, TwiMLHTTPResponse  # noqa: E402
from twiml_dsl.webhooks import WebhookConfigurationError, signed_request  # noqa: E402

TOKEN = "0123456789abcdef0123456789abcdef"
CAP = 10_000
BASE = "http://127.0.0.1"
URL = f"{BASE}/hook"
# An endless body is sent until the server answers, up to this much (never reached).
ENDLESS_LIMIT = 256 * 1024 * 1024


def _booked() -> VoiceResponse:
    response = VoiceResponse()
    response.say("Booked.")
    return response


def _form_of_size(size: int, url: str = URL) -> Any:
    """A signed form webhook whose body is exactly `size` bytes."""
    signed = signed_request(url, {"Pad": "x" * (size - len("Pad="))}, TOKEN)
    assert len(signed.body) == size
    return signed


def _flask_app() -> Flask:
    app = Flask(__name__)

    @app.post("/hook")
    @twiml_flask.twilio_webhook(auth_token=TOKEN, max_body=CAP, public_url=BASE)
    def hook() -> VoiceResponse:
        return _booked()

    return app


def _quart_app() -> Quart:
    app = Quart(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 4 * CAP  # Quart stops receiving an endless body here

    @app.post("/hook")
    @twiml_quart.twilio_webhook(auth_token=TOKEN, max_body=CAP, public_url=BASE)
    async def hook() -> VoiceResponse:
        return _booked()

    return app


CAPPED = TwilioWebhook(auth_token=TOKEN, max_body=CAP, public_url=BASE)


def _fastapi_app() -> FastAPI:
    app = FastAPI()

    @app.post("/hook")
    async def hook(form: Annotated[FormData, Depends(CAPPED)]) -> TwiMLHTTPResponse:
        return TwiMLHTTPResponse(_booked())

    return app


@twiml_django.twilio_webhook(max_body=CAP, public_url=BASE)
def _django_hook(request: HttpRequest) -> VoiceResponse:
    return _booked()


urlpatterns = [path("hook", _django_hook)]


# -- settings ------------------------------------------------------------------------------


def test_the_default_cap_is_one_mebibyte() -> None:
    assert WebhookSettings.resolve({}).max_body == 1024 * 1024


def test_the_cap_comes_from_argument_config_or_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_MAX_BODY", "2048")
    assert WebhookSettings.resolve({}).max_body == 2048
    assert WebhookSettings.resolve({"TWILIO_WEBHOOK_MAX_BODY": 4096}).max_body == 4096
    config = {"TWILIO_WEBHOOK_MAX_BODY": 4096}
    assert WebhookSettings.resolve(config, max_body=512).max_body == 512


@pytest.mark.parametrize("raw", ["1MB", "-5", "true", "1e6"])
def test_an_unreadable_environment_cap_is_an_error(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_MAX_BODY", raw)
    with pytest.raises(WebhookConfigurationError, match="TWILIO_WEBHOOK_MAX_BODY"):
        WebhookSettings.resolve({})


@pytest.mark.parametrize("value", [0, -1, True, "1024", 1.5])
def test_an_unusable_cap_argument_fails_when_decorating(value: Any) -> None:
    with pytest.raises(WebhookConfigurationError, match="TWILIO_WEBHOOK_MAX_BODY"):
        twiml_flask.twilio_webhook(auth_token=TOKEN, max_body=value)
    with pytest.raises(WebhookConfigurationError, match="TWILIO_WEBHOOK_MAX_BODY"):
        TwilioWebhook(max_body=value)


# -- test clients: a body exactly at the cap passes, one byte more gets 413 -----------------


def _flask_post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    response = _flask_app().test_client().post("/hook", data=body, headers=headers)
    return response.status_code, response.get_data(as_text=True)


def _quart_post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async def post() -> tuple[int, str]:
        client = _quart_app().test_client()
        response = await client.post("/hook", data=body, headers=headers)
        return response.status_code, await response.get_data(as_text=True)

    return asyncio.run(post())


def _fastapi_post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async def post() -> tuple[int, str]:
        transport = httpx.ASGITransport(app=_fastapi_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            response = await c.post("/hook", content=body, headers=headers)
        return response.status_code, response.text

    return asyncio.run(post())


def _django_post(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    transport = httpx.WSGITransport(app=WSGIHandler())
    with httpx.Client(transport=transport, base_url="http://127.0.0.1") as client:
        response = client.post("/hook", content=body, headers=headers)
    return response.status_code, response.text


@pytest.fixture
def django_project() -> Iterator[None]:
    with override_settings(
        ROOT_URLCONF=__name__, ALLOWED_HOSTS=["127.0.0.1"], TWILIO_AUTH_TOKEN=TOKEN
    ):
        yield


POSTS = {
    "flask": _flask_post,
    "quart": _quart_post,
    "fastapi": _fastapi_post,
    "django": _django_post,
}


@pytest.mark.parametrize("framework", POSTS)
def test_a_body_exactly_at_the_cap_is_accepted(framework: str, django_project: None) -> None:
    signed = _form_of_size(CAP)
    status, text = POSTS[framework](signed.body, signed.headers)
    assert status == 200, text
    assert "<Say>Booked.</Say>" in text


@pytest.mark.parametrize("framework", POSTS)
def test_a_body_one_byte_over_the_cap_gets_413_and_a_log_line(
    framework: str, django_project: None, caplog: pytest.LogCaptureFixture
) -> None:
    signed = _form_of_size(CAP + 1)
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        status, text = POSTS[framework](signed.body, signed.headers)
    assert status == 413, text
    assert f"over the limit of {CAP}" in caplog.text
    assert "TWILIO_WEBHOOK_MAX_BODY" in caplog.text


def test_a_streamed_body_without_length_over_the_cap_gets_413_from_fastapi() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"Pad="
        for _ in range(10):
            yield b"x" * (CAP // 4)

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=_fastapi_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            return await c.post("/hook", content=chunks(), headers=headers)

    response = asyncio.run(post())
    assert response.status_code == 413, response.text
    assert f"more than {CAP} bytes" in response.json()["detail"]


def test_a_chunked_body_over_the_cap_gets_413_from_asgi_django(django_project: None) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"Pad="
        for _ in range(10):
            yield b"x" * (CAP // 4)

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=ASGIHandler())
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            return await c.post("/hook", content=chunks(), headers=headers)

    response = asyncio.run(post())
    assert response.status_code == 413, response.text


# -- real servers: a huge Content-Length is refused unread, an endless body is cut off -----


@pytest.fixture(scope="module")
def werkzeug_port() -> Iterator[int]:
    server = make_server("127.0.0.1", 0, _flask_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    thread.join(10)


@pytest.fixture(scope="module")
def hypercorn_port() -> Iterator[int]:
    listener = socket.create_server(("127.0.0.1", 0))
    config = Config()
    config.bind = [f"fd://{listener.fileno()}"]
    config.accesslog = config.errorlog = None
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    started = threading.Event()

    async def run() -> None:
        loop.call_soon(started.set)
        await serve(_quart_app(), config, shutdown_trigger=stop.wait)  # type: ignore[arg-type]

    thread = threading.Thread(target=loop.run_until_complete, args=(run(),), daemon=True)
    thread.start()
    started.wait(10)
    yield listener.getsockname()[1]
    loop.call_soon_threadsafe(stop.set)
    thread.join(10)
    loop.close()
    listener.detach()  # Hypercorn closed it


@pytest.fixture(scope="module")
def uvicorn_port() -> Iterator[int]:
    listener = socket.create_server(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(_fastapi_app(), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    yield listener.getsockname()[1]
    server.should_exit = True
    thread.join(10)
    listener.close()


PORTS = ["werkzeug_port", "hypercorn_port", "uvicorn_port"]


def _head(conn: socket.socket) -> bytes:
    """Read the response up to the end of its head (or until the server closes)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def _status(data: bytes) -> int:
    assert data.startswith(b"HTTP/1."), data[:200]
    return int(data.split(b" ")[1])


@pytest.mark.parametrize("port_fixture", PORTS)
def test_a_huge_content_length_is_refused_before_the_body_is_sent(
    port_fixture: str, request: pytest.FixtureRequest
) -> None:
    port: int = request.getfixturevalue(port_fixture)
    head = (
        "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        "Content-Length: 10000000000\r\n\r\nPad="
    )
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        conn.sendall(head.encode())
        # Nothing more is sent: the server must answer from the header alone.
        assert _status(_head(conn)) == 413


@pytest.mark.parametrize("port_fixture", PORTS)
def test_an_endless_chunked_body_gets_413_while_it_is_still_coming(
    port_fixture: str, request: pytest.FixtureRequest
) -> None:
    port: int = request.getfixturevalue(port_fixture)
    head = (
        "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    )
    piece = b"x" * 16384
    chunk = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    sent = 0
    answered = threading.Event()

    def send_forever(conn: socket.socket) -> None:
        nonlocal sent
        try:
            conn.sendall(head.encode() + b"4\r\nPad=\r\n")
            while not answered.is_set() and sent < ENDLESS_LIMIT:
                conn.sendall(chunk)
                sent += len(piece)
        except OSError:
            pass  # the server closed the connection after answering

    with socket.create_connection(("127.0.0.1", port), timeout=60) as conn:
        sender = threading.Thread(target=send_forever, args=(conn,), daemon=True)
        sender.start()
        try:
            data = _head(conn)
        finally:
            answered.set()
            with contextlib.suppress(OSError):  # the server may have closed it already
                conn.shutdown(socket.SHUT_RDWR)
            sender.join(30)
    assert _status(data) == 413
    # The server answered while the body was still being sent, long before its end: it
    # read a bounded part of it instead of waiting for (and buffering) the whole body.
    assert sent < ENDLESS_LIMIT
    assert not sender.is_alive()
