"""The FastAPI dependency and response class, driven through real FastAPI and Starlette apps."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI, Form, Request
from starlette.applications import Starlette
from starlette.routing import Route

from twiml_dsl import VoiceResponse
from twiml_dsl.fastapi import (
    TwilioForm,
    TwilioWebhook,
    TwiMLHTTPResponse,
    init_app,
    request_url,
    twilio_webhook,
)
from twiml_dsl.testing import CallSimulator, WebhookResponseError
from twiml_dsl.webhooks import (
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SignedRequest,
    WebhookConfigurationError,
    signed_request,
)

PUBLIC = "https://public.example.com"
CALL = {"CallSid": "CA123", "From": "+15550001111", "To": "+15550002222", "Digits": "1"}
OTHER_TOKEN = "another-token-another-token-0000"


def _say(text: str) -> TwiMLHTTPResponse:
    response = VoiceResponse()
    response.say(text)
    return TwiMLHTTPResponse(response)


@pytest.fixture
def app(auth_token: str) -> FastAPI:
    app = FastAPI()
    app.state.TWILIO_AUTH_TOKEN = auth_token

    @app.api_route("/voice", methods=["GET", "POST"])
    async def voice(request: Request, form: TwilioForm) -> TwiMLHTTPResponse:
        digits = form.get("Digits") or request.query_params.get("Digits", "nothing")
        return _say(f"You pressed {digits}")

    @app.post("/status")
    async def status(request: Request, form: TwilioForm) -> TwiMLHTTPResponse:
        assert not form  # a JSON webhook has no form
        return _say(f"status {(await request.json())['status']}")

    @app.post("/both")
    async def both(
        digits: Annotated[str, Form(alias="Digits")], form: TwilioForm
    ) -> TwiMLHTTPResponse:
        return _say(f"Form() says {digits}, the dependency says {form['Digits']}")

    @app.post("/pinned")
    async def pinned(
        form: Annotated[Any, Depends(TwilioWebhook(auth_token=OTHER_TOKEN, public_url=PUBLIC))],
    ) -> TwiMLHTTPResponse:
        return _say("pinned")

    @app.post("/where")
    async def where(request: Request, form: TwilioForm) -> str:
        return request_url(request)

    @app.post("/handle")
    async def handle(form: TwilioForm) -> TwiMLHTTPResponse:
        response = VoiceResponse()
        return TwiMLHTTPResponse(response.say("only the element"))

    router = APIRouter(dependencies=[Depends(twilio_webhook)])

    @router.post("/routed")
    async def routed() -> TwiMLHTTPResponse:
        return _say("routed")

    app.include_router(router)
    return app


class Client:
    """Sends each request to the app through httpx's ASGI transport, on a loop of its own;
    an exception the app raises reaches the test."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        async def exchange() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport) as client:
                return await client.request(method, url, **options)

        return asyncio.run(exchange())

    def get(self, url: str, **options: Any) -> httpx.Response:
        return self.request("GET", url, **options)

    def post(self, url: str, **options: Any) -> httpx.Response:
        return self.request("POST", url, **options)


@pytest.fixture
def client(app: FastAPI) -> Client:
    return Client(app)


def send(client: Client, signed: SignedRequest, url: str | None = None, **headers: str):  # type: ignore[no-untyped-def]
    """Post a signed request, optionally to a different URL than the one that was signed."""
    return client.post(
        url or signed.url, content=signed.body, headers={**signed.headers, **headers}
    )


def test_signed_form_request_gets_twiml(client: Client, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert response.text.endswith("<Response><Say>You pressed 1</Say></Response>")


def test_tampered_parameter_is_forbidden(client: Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    forged = SignedRequest(
        signed.url, signed.headers, signed.body.replace(b"Digits=1", b"Digits=9")
    )
    response = send(client, forged)
    assert response.status_code == 403
    assert "You pressed" not in response.text


def test_missing_signature_is_forbidden(client: Client) -> None:
    assert client.post(f"{PUBLIC}/voice", data=CALL).status_code == 403


def test_wrong_token_is_forbidden(client: Client) -> None:
    assert send(client, signed_request(f"{PUBLIC}/voice", CALL, OTHER_TOKEN)).status_code == 403


def test_get_webhook_signs_the_query_string(client: Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice?Digits=7&Caller=caf%C3%A9", None, auth_token)
    response = client.get(signed.url, headers=signed.headers)
    assert response.status_code == 200
    assert "You pressed 7" in response.text
    tampered = client.get(signed.url.replace("Digits=7", "Digits=8"), headers=signed.headers)
    assert tampered.status_code == 403


def test_json_webhook_is_checked_against_its_body(client: Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/status", json.dumps({"status": "completed"}), auth_token)
    assert send(client, signed).text.endswith("<Say>status completed</Say></Response>")
    forged = SignedRequest(signed.url, signed.headers, json.dumps({"status": "failed"}).encode())
    assert send(client, forged).status_code == 403


def test_form_parameters_and_the_check_share_one_read_of_the_form(
    client: Client, auth_token: str
) -> None:
    response = send(client, signed_request(f"{PUBLIC}/both", CALL, auth_token))
    assert response.text.endswith("<Say>Form() says 1, the dependency says 1</Say></Response>")
    assert send(client, signed_request(f"{PUBLIC}/both", CALL, OTHER_TOKEN)).status_code == 403


def test_hmac_sha256_signature_settings(client: Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token, algorithm=HMAC_SHA256)
    assert send(client, signed).status_code == 200
    assert send(client, signed, **{"X-Twilio-Webhooks-Signature-Settings": ""}).status_code == 403


def test_any_configured_token_is_accepted(app: FastAPI, auth_token: str) -> None:
    old = "old-token-old-token-old-token-00"
    app.state.TWILIO_AUTH_TOKEN = [auth_token, old]
    client = Client(app)
    assert send(client, signed_request(f"{PUBLIC}/voice", CALL, old)).status_code == 200
    assert send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token)).status_code == 200


def test_token_from_the_environment(
    app: FastAPI, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    del app.state.TWILIO_AUTH_TOKEN
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", auth_token)
    client = Client(app)
    assert send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token)).status_code == 200


def test_dependency_arguments_override_the_app_settings(client: Client) -> None:
    signed = signed_request(f"{PUBLIC}/pinned", CALL, OTHER_TOKEN)
    assert send(client, signed, url="http://127.0.0.1:8000/pinned").status_code == 200


def test_a_router_dependency_checks_every_route(client: Client, auth_token: str) -> None:
    assert send(client, signed_request(f"{PUBLIC}/routed", CALL, auth_token)).status_code == 200
    assert send(client, signed_request(f"{PUBLIC}/routed", CALL, OTHER_TOKEN)).status_code == 403


def test_request_url_is_the_url_twilio_called(client: Client, auth_token: str) -> None:
    url = f"{PUBLIC}/where?a=caf%C3%A9&b=1+2"
    assert send(client, signed_request(url, CALL, auth_token)).json() == url


def test_an_element_handle_is_refused_not_sent_as_a_document(
    client: Client, auth_token: str
) -> None:
    with pytest.raises(TypeError, match="return the response, not its <Say> element"):
        send(client, signed_request(f"{PUBLIC}/handle", CALL, auth_token))


def test_other_content_is_sent_as_it_is() -> None:
    response = TwiMLHTTPResponse("<Response/>")
    assert response.body == b"<Response/>"
    assert response.headers["content-type"] == "text/xml; charset=utf-8"


def test_the_dependency_repr_never_shows_the_token() -> None:
    webhook = TwilioWebhook(auth_token="secret-token-secret-token-secret", public_url=PUBLIC)
    assert "secret" not in repr(webhook)
    assert PUBLIC in repr(webhook)


# --- behind a proxy ----------------------------------------------------------------------

INTERNAL = "http://10.0.0.5:8000"
FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "public.example.com",
    "X-Forwarded-Port": "443",
}


def test_behind_a_proxy_fails_by_default_and_names_the_url_in_the_log(
    client: Client, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED)
    assert response.status_code == 403
    assert "http://10.0.0.5:8000/voice" in caplog.text
    assert "10.0.0.5" not in response.text  # not in debug mode: the body does not show it
    assert auth_token not in response.text + caplog.text


def test_in_debug_mode_the_403_names_the_url(app: FastAPI, auth_token: str) -> None:
    app.debug = True
    client = Client(app)
    response = send(
        client, signed_request(f"{PUBLIC}/voice", CALL, auth_token), f"{INTERNAL}/voice"
    )
    assert response.status_code == 403
    assert "http://10.0.0.5:8000/voice" in response.json()["detail"]


def test_trusted_proxy_headers_rebuild_the_public_url(app: FastAPI, auth_token: str) -> None:
    app.state.TWILIO_WEBHOOK_TRUST_PROXY = True
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    client = Client(app)
    assert send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED).status_code == 200


def test_untrusted_forwarded_headers_are_ignored(client: Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED).status_code == 403


def test_public_url_from_the_environment(
    client: Client, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_PUBLIC_URL", "https://abc123.ngrok.app")
    signed = signed_request("https://abc123.ngrok.app/voice", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice").status_code == 200


def test_validation_can_be_switched_off_explicitly(app: FastAPI) -> None:
    del app.state.TWILIO_AUTH_TOKEN
    app.state.TWILIO_WEBHOOK_VALIDATE = False
    client = Client(app)
    assert client.post(f"{PUBLIC}/voice", data=CALL).status_code == 200


def test_missing_token_is_a_configuration_error(app: FastAPI) -> None:
    del app.state.TWILIO_AUTH_TOKEN
    client = Client(app)
    with pytest.raises(WebhookConfigurationError, match="auth token"):
        client.post(f"{PUBLIC}/voice", data=CALL)


def test_an_unreadable_environment_value_is_a_configuration_error(
    client: Client, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_VALIDATE", "nope")
    with pytest.raises(WebhookConfigurationError, match="TWILIO_WEBHOOK_VALIDATE"):
        send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token))


# --- a plain Starlette app ---------------------------------------------------------------


def test_a_starlette_app_calls_the_dependency_itself(auth_token: str) -> None:
    async def voice(request: Request) -> TwiMLHTTPResponse:
        form = await twilio_webhook(request)
        return _say(f"Starlette heard {form['CallStatus']}")

    app = Starlette(routes=[Route("/voice", voice, methods=["POST"])])
    app.state.TWILIO_AUTH_TOKEN = auth_token
    sim = CallSimulator(app, url=f"{PUBLIC}/voice", auth_token=auth_token)
    assert sim.dial().heard() == ["Starlette heard ringing"]
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        CallSimulator(app, url=f"{PUBLIC}/voice", auth_token=OTHER_TOKEN).dial()


def test_the_readme_example_runs() -> None:  # the FastAPI example of docs/frameworks.md
    text = (Path(__file__).resolve().parents[2] / "docs" / "frameworks.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    namespace: dict[str, Any] = {}
    exec(next(b for b in blocks if "twiml_dsl.fastapi import" in b), namespace)
    app = namespace["app"]
    token = app.state.TWILIO_AUTH_TOKEN
    call = CallSimulator(app, url=f"{PUBLIC}/voice", auth_token=token).dial()
    assert call.heard() == ["You pressed None"]
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        CallSimulator(app, url=f"{PUBLIC}/voice", auth_token=OTHER_TOKEN).dial()


# --- refused before the signature: forwarded values, multipart ---------------------------


@pytest.mark.parametrize(
    ("forwarded", "signed_url"),
    [
        ({"X-Forwarded-Host": "public.example.com/app1"}, f"{PUBLIC}/app1/voice"),
        ({"X-Forwarded-Host": "user@public.example.com"}, "https://user@public.example.com/voice"),
        ({"X-Forwarded-Proto": "https://public.example.com/app1?"}, None),
    ],
)
def test_a_forwarded_value_that_is_not_a_host_fails_the_check(
    app: FastAPI,
    auth_token: str,
    caplog: pytest.LogCaptureFixture,
    forwarded: dict[str, str],
    signed_url: str | None,
) -> None:
    # Another endpoint's signature, carried to /voice by folding a path into the header.
    app.state.TWILIO_WEBHOOK_TRUST_PROXY = True
    app.debug = True
    headers = {**FORWARDED, **forwarded}
    url = signed_url or f"{headers['X-Forwarded-Proto']}://public.example.com/voice"
    signed = signed_request(url, CALL, auth_token)
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = send(Client(app), signed, url=f"{INTERNAL}/voice", **headers)
    assert response.status_code == 403
    [name] = forwarded
    assert f"{name} " in response.json()["detail"] and f"{name} " in caplog.text


@pytest.mark.parametrize("route", ["/voice", "/both"])
def test_a_form_webhook_replayed_as_multipart_is_refused(
    client: Client, auth_token: str, caplog: pytest.LogCaptureFixture, route: str
) -> None:
    # On /both, FastAPI's own Form() parameter has read the multipart body first.
    signed = signed_request(f"{PUBLIC}{route}", CALL, auth_token)
    signature = {SIGNATURE_HEADER: signed.headers[SIGNATURE_HEADER]}
    files = {"recording": ("extra.wav", b"not from Twilio")}
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = client.post(signed.url, data=CALL, files=files, headers=signature)
    assert response.status_code == 403
    assert "multipart/form-data" in caplog.text
    assert "pressed" not in response.text and "says" not in response.text


# --- init_app: settings checked when the app is built -------------------------------------


def test_init_app_returns_the_checked_settings(app: FastAPI, auth_token: str) -> None:
    assert init_app(app).auth_token == auth_token


def test_init_app_refuses_a_missing_token(app: FastAPI) -> None:
    del app.state.TWILIO_AUTH_TOKEN
    with pytest.raises(WebhookConfigurationError, match="needs an auth token"):
        init_app(app)


def test_init_app_refuses_a_public_url_without_a_scheme(app: FastAPI) -> None:
    app.state.TWILIO_WEBHOOK_PUBLIC_URL = "dental.example.com"
    with pytest.raises(WebhookConfigurationError, match=r"https://.*'dental\.example\.com'"):
        init_app(app)


@pytest.mark.parametrize(
    "arguments",
    [{"public_url": "dental.example.com"}, {"trust_proxy": -1}, {"validate": "false"}],
)
def test_dependency_arguments_that_cannot_work_fail_when_made(arguments: dict[str, Any]) -> None:
    with pytest.raises(WebhookConfigurationError):
        TwilioWebhook(**arguments)
