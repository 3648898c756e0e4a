"""The Quart decorator, driven through a real Quart app and its test client."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from quart import Quart, request
from quart.testing import QuartClient
from werkzeug.datastructures import FileStorage

from twiml_dsl import VoiceResponse
from twiml_dsl.quart import init_app, twilio_webhook
from twiml_dsl.webhooks import (
    SIGNATURE_HEADER,
    SignedRequest,
    WebhookConfigurationError,
    signed_request,
)

pytestmark = pytest.mark.anyio

PUBLIC = "https://public.example.com"
CALL = {"CallSid": "CA123", "From": "+15550001111", "Digits": "4"}


@pytest.fixture
def app(auth_token: str, reply: Callable[[str], object]) -> Quart:
    app = Quart(__name__)
    app.config.update(TESTING=True, TWILIO_AUTH_TOKEN=auth_token)

    @app.post("/voice")
    @twilio_webhook
    async def voice() -> object:
        form = await request.form
        await asyncio.sleep(0)
        return reply(f"You pressed {form.get('Digits')}")

    @app.post("/status")
    @twilio_webhook
    async def status() -> object:
        body = await request.get_json()
        return reply(f"status {body['status']}")

    @app.post("/sync")
    @twilio_webhook(validate=False)
    def sync_view() -> object:
        return reply(f"thread {threading.current_thread() is threading.main_thread()}")

    @app.post("/created")
    @twilio_webhook
    async def created() -> object:
        return reply("made"), 201

    return app


@pytest.fixture
def client(app: Quart) -> QuartClient:
    return app.test_client()


async def send(
    client: QuartClient, signed: SignedRequest, url: str | None = None, **headers: str
) -> Any:
    """Post a signed request, optionally to a different URL than the one that was signed."""
    target = urlsplit(url or signed.url)
    path = target.path + (f"?{target.query}" if target.query else "")
    return await client.post(
        path,
        data=signed.body,
        headers={**signed.headers, "Host": target.netloc, **headers},
        scheme=target.scheme,
    )


async def test_signed_form_request_gets_twiml(client: QuartClient, auth_token: str) -> None:
    response = await send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert (await response.get_data(as_text=True)).endswith("<Say>You pressed 4</Say></Response>")


async def test_tampered_parameter_is_forbidden(client: QuartClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    forged = SignedRequest(
        signed.url, signed.headers, signed.body.replace(b"Digits=4", b"Digits=5")
    )
    response = await send(client, forged)
    assert response.status_code == 403
    assert "https://public.example.com/voice" in await response.get_data(as_text=True)


async def test_json_webhook(client: QuartClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/status", json.dumps({"status": "ringing"}), auth_token)
    response = await send(client, signed)
    assert response.status_code == 200
    assert "status ringing" in await response.get_data(as_text=True)
    forged = SignedRequest(signed.url, signed.headers, b'{"status": "busy"}')
    assert (await send(client, forged)).status_code == 403


async def test_query_string_keeps_its_percent_encoding(
    client: QuartClient, auth_token: str
) -> None:
    signed = signed_request(f"{PUBLIC}/voice?name=caf%C3%A9&x=a%2Fb", CALL, auth_token)
    assert (await send(client, signed)).status_code == 200


async def test_proxy_fails_by_default_and_passes_when_trusted(
    app: Quart, client: QuartClient, auth_token: str
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.com"}
    refused = await send(client, signed, url="http://127.0.0.1:8000/voice", **forwarded)
    assert refused.status_code == 403
    assert "http://127.0.0.1:8000/voice" in await refused.get_data(as_text=True)
    app.config["TWILIO_WEBHOOK_TRUST_PROXY"] = True
    accepted = await send(client, signed, url="http://127.0.0.1:8000/voice", **forwarded)
    assert accepted.status_code == 200


async def test_public_url_setting(app: Quart, client: QuartClient, auth_token: str) -> None:
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = "https://tunnel.example.dev"
    signed = signed_request("https://tunnel.example.dev/voice", CALL, auth_token)
    assert (await send(client, signed, url="http://localhost:5000/voice")).status_code == 200


async def test_sync_view_runs_off_the_event_loop_thread(client: QuartClient) -> None:
    response = await client.post("/sync", form=CALL)
    assert response.status_code == 200
    assert "thread False" in await response.get_data(as_text=True)


async def test_tuple_return_keeps_the_status(client: QuartClient, auth_token: str) -> None:
    response = await send(client, signed_request(f"{PUBLIC}/created", CALL, auth_token))
    assert response.status_code == 201
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"


async def test_missing_token_is_a_configuration_error(app: Quart, client: QuartClient) -> None:
    del app.config["TWILIO_AUTH_TOKEN"]
    response = await client.post("/voice", form=CALL)  # Quart's test client renders the error
    assert response.status_code == 500
    body = await response.get_data(as_text=True)
    assert WebhookConfigurationError.__name__ in body
    assert "TWILIO_AUTH_TOKEN" in body


async def test_settings_from_the_environment(
    client: QuartClient, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = signed_request("https://tunnel.example.dev/voice", CALL, auth_token)
    assert (await send(client, signed, url="http://localhost:5000/voice")).status_code == 403
    monkeypatch.setenv("TWILIO_WEBHOOK_PUBLIC_URL", "https://tunnel.example.dev")
    assert (await send(client, signed, url="http://localhost:5000/voice")).status_code == 200
    monkeypatch.delenv("TWILIO_WEBHOOK_PUBLIC_URL")
    monkeypatch.setenv("TWILIO_WEBHOOK_TRUST_PROXY", "true")
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "tunnel.example.dev"}
    accepted = await send(client, signed, url="http://localhost:5000/voice", **forwarded)
    assert accepted.status_code == 200


async def test_validation_switched_off_in_the_environment(
    client: QuartClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (await client.post("/voice", form=CALL)).status_code == 403
    monkeypatch.setenv("TWILIO_WEBHOOK_VALIDATE", "0")
    response = await client.post("/voice", form=CALL)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"


async def test_an_unreadable_environment_value_is_a_configuration_error(
    client: QuartClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_TRUST_PROXY", "maybe")
    response = await client.post("/voice", form=CALL)
    assert response.status_code == 500
    body = await response.get_data(as_text=True)
    assert WebhookConfigurationError.__name__ in body
    assert "TWILIO_WEBHOOK_TRUST_PROXY must be" in body


async def test_concurrent_requests_are_checked_independently(
    client: QuartClient, auth_token: str
) -> None:
    good = [
        signed_request(f"{PUBLIC}/voice", {**CALL, "Digits": str(i)}, auth_token) for i in range(5)
    ]
    bad = [SignedRequest(s.url, s.headers, s.body + b"&x=1") for s in good]
    responses = await asyncio.gather(*(send(client, s) for s in good + bad))
    assert [r.status_code for r in responses] == [200] * 5 + [403] * 5


async def test_an_element_handle_is_refused_not_sent_as_a_document(app: Quart) -> None:
    @app.post("/goodbye")
    @twilio_webhook(validate=False)
    async def goodbye() -> object:
        response = VoiceResponse()
        return response.say("Goodbye")  # the <Say> handle, not the response

    response = await app.test_client().post("/goodbye", form=CALL)
    assert response.status_code == 500
    body = await response.get_data(as_text=True)
    assert "TypeError" in body
    assert "return the response, not its <Say> element" in body


async def test_a_forwarded_host_that_is_not_a_host_fails_the_check(
    app: Quart, client: QuartClient, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    app.config["TWILIO_WEBHOOK_TRUST_PROXY"] = True
    signed = signed_request(f"{PUBLIC}/app1/voice", CALL, auth_token)
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.com/app1"}
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = await send(client, signed, url="http://127.0.0.1:8000/voice", **forwarded)
    assert response.status_code == 403
    assert "X-Forwarded-Host 'public.example.com/app1'" in await response.get_data(as_text=True)
    assert "X-Forwarded-Host 'public.example.com/app1'" in caplog.text


async def test_a_form_webhook_replayed_as_multipart_is_refused(
    client: QuartClient, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    files = {"recording": FileStorage(io.BytesIO(b"not from Twilio"), "extra.wav")}
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = await client.post(
            "/voice",
            form=CALL,
            files=files,
            headers={
                SIGNATURE_HEADER: signed.headers[SIGNATURE_HEADER],
                "Host": "public.example.com",
            },
            scheme="https",
        )
    body = await response.get_data(as_text=True)
    assert response.status_code == 403
    assert "multipart/form-data" in body
    assert "multipart/form-data" in caplog.text


def test_init_app_refuses_a_public_url_without_a_scheme(app: Quart) -> None:
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = "dental.example.com"
    with pytest.raises(WebhookConfigurationError, match=r"https://.*'dental\.example\.com'"):
        init_app(app)


def test_init_app_registers_the_checked_settings(app: Quart) -> None:
    settings = init_app(app)
    assert app.extensions["twiml_dsl"] is settings
    del app.config["TWILIO_AUTH_TOKEN"]
    with pytest.raises(WebhookConfigurationError, match="TWILIO_AUTH_TOKEN"):
        init_app(app)


def test_decorator_arguments_that_cannot_work_are_refused_when_applied() -> None:
    with pytest.raises(WebhookConfigurationError, match=r"https://.*'dental\.example\.com'"):
        twilio_webhook(public_url="dental.example.com")
