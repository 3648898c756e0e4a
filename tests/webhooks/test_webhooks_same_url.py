"""Flask and Quart check the same URL for the same request: under their test clients, and
side by side under real servers (Werkzeug's and Hypercorn's) on 127.0.0.1, where the
decorators also take a re-spelled quote and refuse a multipart body."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest
from flask import Flask
from hypercorn.asyncio import serve
from hypercorn.config import Config
from quart import Quart
from werkzeug.serving import make_server

from twiml_dsl import VoiceResponse
from twiml_dsl import flask as twiml_flask
from twiml_dsl import quart as twiml_quart
from twiml_dsl.webhooks import signed_request

HOST = "dentist.example"
TOKEN = "0123456789abcdef0123456789abcdef"
# (request target, the URL both frameworks must check)
TARGETS = [
    ("/voice?x=1", f"http://{HOST}/voice?x=1"),
    ("/voice?", f"http://{HOST}/voice"),  # an ASGI server cannot pass on an empty query
    ("/voice?q=it%27s'%20", f"http://{HOST}/voice?q=it%27s'%20"),  # bytes kept as sent
    ("/vo%69ce", f"http://{HOST}/vo%69ce"),
    # Absolute form: the target's own scheme and host, not the Host header (RFC 9112).
    ("http://evil.example/voice?x=1", "http://evil.example/voice?x=1"),
]


def _flask_app() -> Flask:
    app = Flask(__name__)

    @app.route("/<path:name>", methods=["GET", "POST"])
    def checked_url(name: str) -> str:
        return twiml_flask.request_url()

    @app.post("/hook")
    @twiml_flask.twilio_webhook(auth_token=TOKEN)
    def hook() -> VoiceResponse:
        return _booked()

    return app


def _quart_app() -> Quart:
    app = Quart(__name__)

    @app.route("/<path:name>", methods=["GET", "POST"])
    async def checked_url(name: str) -> str:
        return twiml_quart.request_url()

    @app.post("/hook")
    @twiml_quart.twilio_webhook(auth_token=TOKEN)
    async def hook() -> VoiceResponse:
        return _booked()

    return app


def _booked() -> VoiceResponse:
    response = VoiceResponse()
    response.say("Your cleaning is booked.")
    return response


def _send(port: int, target: str, method: str = "GET", **headers: str) -> tuple[int, str]:
    """Send a request over a socket, its target exactly as written: (status, body)."""
    body = headers.pop("body", "")
    lines = [f"{method} {target} HTTP/1.1", f"Host: {HOST}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += [f"Content-Length: {len(body)}", "", body]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall("\r\n".join(lines).encode())
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, content = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), content.decode()


def _raw_get(port: int, target: str) -> str:
    status, body = _send(port, target)
    assert status == 200, body
    return body


@pytest.fixture(scope="module")
def werkzeug_port() -> Iterator[int]:
    server = make_server("127.0.0.1", 0, _flask_app())
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


@pytest.mark.parametrize(("target", "expected"), TARGETS)
def test_real_servers_check_the_same_url(
    werkzeug_port: int, hypercorn_port: int, target: str, expected: str
) -> None:
    assert _raw_get(werkzeug_port, target) == expected
    assert _raw_get(hypercorn_port, target) == expected


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("target", "expected"),
    # Quart's test client sends the path decoded, so it cannot send /vo%69ce as such.
    [(target, expected) for target, expected in TARGETS if target != "/vo%69ce"],
)
async def test_test_clients_check_the_same_url(target: str, expected: str) -> None:
    # The Flask test client sends origin form; an absolute target reaches the app as a
    # server passes it on, in REQUEST_URI.
    flask_response = (
        _flask_app()
        .test_client()
        .get(
            target.removeprefix("http://evil.example"),
            headers={"Host": HOST},
            environ_overrides={"REQUEST_URI": target, "RAW_URI": target},
        )
    )
    quart_response = await _quart_app().test_client().get(target, headers={"Host": HOST})
    assert flask_response.text == expected
    assert await quart_response.get_data(as_text=True) == expected


def test_real_servers_accept_twilios_spelling_of_a_quote_and_refuse_multipart(
    werkzeug_port: int, hypercorn_port: int
) -> None:
    # Twilio signed `it%27s`; the caller's proxy passed the quote on raw.
    signed = signed_request(f"http://{HOST}/hook?q=it%27s", {"Digits": "1"}, TOKEN)
    form = {**signed.headers, "body": signed.body.decode()}
    boundary = "b0undary"
    multipart = {
        **signed.headers,
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "body": (
            f'--{boundary}\r\nContent-Disposition: form-data; name="Digits"\r\n\r\n1\r\n'
            f"--{boundary}--\r\n"
        ),
    }
    for port in (werkzeug_port, hypercorn_port):
        status, body = _send(port, "/hook?q=it's", "POST", **form)
        assert (status, "Your cleaning is booked." in body) == (200, True)
        assert _send(port, "/hook?q=it's", "POST", **multipart)[0] == 403
