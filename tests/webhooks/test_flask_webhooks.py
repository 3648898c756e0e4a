"""The Flask decorator, driven through a real Flask app and its test client."""

from __future__ import annotations

import importlib
import io
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask, request
from flask.testing import FlaskClient

from twiml_dsl import MessagingResponse, VoiceResponse
from twiml_dsl.flask import init_app, twilio_webhook
from twiml_dsl.webhooks import (
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SignedRequest,
    WebhookConfigurationError,
    signed_request,
)

PUBLIC = "https://public.example.com"
CALL = {"CallSid": "CA123", "From": "+15550001111", "To": "+15550002222", "Digits": "1"}


@pytest.fixture
def app(auth_token: str, reply: Callable[[str], object]) -> Flask:
    app = Flask(__name__)
    app.config.update(TESTING=True, TWILIO_AUTH_TOKEN=auth_token)

    @app.route("/voice", methods=["GET", "POST"])
    @twilio_webhook
    def voice() -> object:
        return reply(f"You pressed {request.values.get('Digits', 'nothing')}")

    @app.post("/status")
    @twilio_webhook
    def status() -> object:
        return reply(f"status {request.get_json()['status']}")

    @app.post("/created")
    @twilio_webhook
    def created() -> object:
        return reply("made"), 201, {"X-Extra": "yes"}

    @app.post("/plain")
    @twilio_webhook
    def plain() -> object:
        return "just text"

    @app.post("/pinned")
    @twilio_webhook(auth_token="another-token-another-token-0000", public_url=PUBLIC)
    def pinned() -> object:
        return reply("pinned")

    return app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def send(client: FlaskClient, signed: SignedRequest, url: str | None = None, **headers: str):  # type: ignore[no-untyped-def]
    """Post a signed request, optionally to a different URL than the one that was signed."""
    return client.post(url or signed.url, data=signed.body, headers={**signed.headers, **headers})


def test_signed_form_request_gets_twiml(client: FlaskClient, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert response.text.endswith("<Response><Say>You pressed 1</Say></Response>")


def test_tampered_parameter_is_forbidden(client: FlaskClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    forged = SignedRequest(
        signed.url, signed.headers, signed.body.replace(b"Digits=1", b"Digits=9")
    )
    response = send(client, forged)
    assert response.status_code == 403
    assert "You pressed" not in response.text


def test_missing_signature_is_forbidden(client: FlaskClient) -> None:
    response = client.post(f"{PUBLIC}/voice", data=CALL)
    assert response.status_code == 403
    assert SIGNATURE_HEADER in response.text


def test_wrong_token_is_forbidden(client: FlaskClient) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, "not-the-token-not-the-token-0000")
    assert send(client, signed).status_code == 403


def test_get_webhook_signs_the_query_string(client: FlaskClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice?Digits=7&Caller=caf%C3%A9", None, auth_token)
    response = client.get(signed.url, headers=signed.headers)
    assert response.status_code == 200
    assert "You pressed 7" in response.text
    tampered = client.get(signed.url.replace("Digits=7", "Digits=8"), headers=signed.headers)
    assert tampered.status_code == 403


def test_json_webhook_is_checked_against_its_body(client: FlaskClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/status", json.dumps({"status": "completed"}), auth_token)
    assert "bodySHA256=" in signed.url
    response = send(client, signed)
    assert response.status_code == 200
    assert "status completed" in response.text


def test_json_webhook_with_changed_body_is_forbidden(client: FlaskClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/status", json.dumps({"status": "completed"}), auth_token)
    forged = SignedRequest(signed.url, signed.headers, json.dumps({"status": "failed"}).encode())
    response = send(client, forged)
    assert response.status_code == 403
    assert "bodySHA256" in response.text


def test_json_body_on_a_url_signed_without_body_hash_is_forbidden(
    client: FlaskClient, auth_token: str
) -> None:
    # A captured signature for the bare URL must not carry a forged JSON body.
    signed = signed_request(f"{PUBLIC}/status", None, auth_token)
    response = client.post(
        signed.url,
        data=json.dumps({"status": "forged"}),
        headers={**signed.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 403


def test_hmac_sha256_signature_settings(client: FlaskClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token, algorithm=HMAC_SHA256)
    assert send(client, signed).status_code == 200
    assert send(client, signed, **{"X-Twilio-Webhooks-Signature-Settings": ""}).status_code == 403


def test_any_configured_token_is_accepted(app: Flask, auth_token: str) -> None:
    old = "old-token-old-token-old-token-00"
    app.config["TWILIO_AUTH_TOKEN"] = [auth_token, old]
    client = app.test_client()
    assert send(client, signed_request(f"{PUBLIC}/voice", CALL, old)).status_code == 200
    assert send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token)).status_code == 200


def test_token_from_the_environment(
    app: Flask, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    del app.config["TWILIO_AUTH_TOKEN"]
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", auth_token)
    response = send(app.test_client(), signed_request(f"{PUBLIC}/voice", CALL, auth_token))
    assert response.status_code == 200


def test_tuple_return_keeps_status_and_headers(client: FlaskClient, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/created", CALL, auth_token))
    assert response.status_code == 201
    assert response.headers["X-Extra"] == "yes"
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"


def test_other_return_values_pass_through(client: FlaskClient, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/plain", CALL, auth_token))
    assert response.text == "just text"
    assert response.headers["Content-Type"].startswith("text/html")


def test_decorator_arguments_override_the_config(client: FlaskClient) -> None:
    token = "another-token-another-token-0000"
    signed = signed_request(f"{PUBLIC}/pinned", CALL, token)
    response = send(client, signed, url="http://127.0.0.1:5000/pinned")
    assert response.status_code == 200


# --- behind a proxy ----------------------------------------------------------------------

INTERNAL = "http://10.0.0.5:8000"
FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "public.example.com",
    "X-Forwarded-Port": "443",
}


def test_behind_a_proxy_fails_by_default_and_names_the_url(
    client: FlaskClient, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED)
    assert response.status_code == 403
    assert "http://10.0.0.5:8000/voice" in response.text
    assert "http://10.0.0.5:8000/voice" in caplog.text
    assert auth_token not in response.text + caplog.text


def test_trusted_proxy_headers_rebuild_the_public_url(
    app: Flask, client: FlaskClient, auth_token: str
) -> None:
    app.config["TWILIO_WEBHOOK_TRUST_PROXY"] = True
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED).status_code == 200


def test_trusted_proxy_with_a_non_default_port(
    app: Flask, client: FlaskClient, auth_token: str
) -> None:
    app.config["TWILIO_WEBHOOK_TRUST_PROXY"] = True
    signed = signed_request("https://public.example.com:8443/voice", CALL, auth_token)
    headers = {**FORWARDED, "X-Forwarded-Port": "8443"}
    assert send(client, signed, url=f"{INTERNAL}/voice", **headers).status_code == 200


def test_two_trusted_proxies_use_the_value_the_outer_one_wrote(
    app: Flask, client: FlaskClient, auth_token: str
) -> None:
    app.config["TWILIO_WEBHOOK_TRUST_PROXY"] = 2
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    headers = {
        "X-Forwarded-Proto": "http, https, http",
        "X-Forwarded-Host": "spoofed.example, public.example.com, lb.internal",
    }
    assert send(client, signed, url=f"{INTERNAL}/voice", **headers).status_code == 200


def test_untrusted_forwarded_headers_are_ignored(client: FlaskClient, auth_token: str) -> None:
    # Signed for the attacker's URL; the app must not adopt the attacker's headers.
    signed = signed_request("https://attacker.example/voice", CALL, auth_token)
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "attacker.example"}
    assert send(client, signed, url=f"{INTERNAL}/voice", **headers).status_code == 403


def test_public_url_setting(app: Flask, client: FlaskClient, auth_token: str) -> None:
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = "https://abc123.ngrok.app/"
    signed = signed_request("https://abc123.ngrok.app/voice?x=%2F", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice?x=%2F").status_code == 200


# --- configuration -----------------------------------------------------------------------


def test_validation_can_be_switched_off_explicitly(app: Flask, client: FlaskClient) -> None:
    app.config["TWILIO_WEBHOOK_VALIDATE"] = False
    response = client.post("/voice", data=CALL)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"


def test_a_string_does_not_switch_validation_off(app: Flask, client: FlaskClient) -> None:
    app.config["TWILIO_WEBHOOK_VALIDATE"] = "false"
    with pytest.raises(WebhookConfigurationError, match="True or False"):
        client.post("/voice", data=CALL)


def test_missing_token_is_a_configuration_error(app: Flask, client: FlaskClient) -> None:
    del app.config["TWILIO_AUTH_TOKEN"]
    with pytest.raises(WebhookConfigurationError, match="TWILIO_AUTH_TOKEN"):
        client.post("/voice", data=CALL)


def test_public_url_from_the_environment(
    client: FlaskClient, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_PUBLIC_URL", "https://abc123.ngrok.app")
    signed = signed_request("https://abc123.ngrok.app/voice", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice").status_code == 200


def test_app_config_wins_over_the_environment(
    app: Flask, client: FlaskClient, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_PUBLIC_URL", "https://stale.example")
    monkeypatch.setenv("TWILIO_WEBHOOK_VALIDATE", "false")
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = PUBLIC
    app.config["TWILIO_WEBHOOK_VALIDATE"] = True
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice").status_code == 200
    assert client.post("/voice", data=CALL).status_code == 403


@pytest.mark.parametrize(("value", "hops"), [("true", 1), ("TRUE", 1), ("1", 1), ("2", 2)])
def test_trust_proxy_from_the_environment(
    client: FlaskClient, auth_token: str, monkeypatch: pytest.MonkeyPatch, value: str, hops: int
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_TRUST_PROXY", value)
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    headers = {
        "X-Forwarded-Proto": ", ".join(["https"] + ["http"] * (hops - 1)),
        "X-Forwarded-Host": ", ".join(["public.example.com"] + ["lb.internal"] * (hops - 1)),
    }
    assert send(client, signed, url=f"{INTERNAL}/voice", **headers).status_code == 200


@pytest.mark.parametrize("value", ["false", "0", ""])
def test_trust_proxy_off_in_the_environment(
    client: FlaskClient, auth_token: str, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_TRUST_PROXY", value)
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED).status_code == 403


@pytest.mark.parametrize("value", ["false", "False", "0"])
def test_validation_switched_off_in_the_environment(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_VALIDATE", value)
    response = client.post("/voice", data=CALL)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"


@pytest.mark.parametrize("value", ["true", "1", ""])
def test_validation_stays_on_with_a_true_environment_value(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_VALIDATE", value)
    assert client.post("/voice", data=CALL).status_code == 403


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TWILIO_WEBHOOK_VALIDATE", "off"),
        ("TWILIO_WEBHOOK_VALIDATE", "2"),
        ("TWILIO_WEBHOOK_TRUST_PROXY", "yes please"),
        ("TWILIO_WEBHOOK_TRUST_PROXY", "-1"),
    ],
)
def test_an_unreadable_environment_value_is_a_configuration_error(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(WebhookConfigurationError, match=rf"{name} must be .*not '{value}'"):
        client.post("/voice", data=CALL)


def test_wrapped_view_keeps_its_name(app: Flask) -> None:
    assert app.view_functions["voice"].__name__ == "voice"


@pytest.mark.parametrize("framework", ["flask", "quart"])
def test_missing_framework_names_the_extra(monkeypatch: pytest.MonkeyPatch, framework: str) -> None:
    monkeypatch.setitem(sys.modules, framework, None)
    monkeypatch.delitem(sys.modules, f"twiml_dsl.{framework}", raising=False)
    with pytest.raises(ImportError, match=rf"pip install twiml-dsl\[{framework}\]"):
        importlib.import_module(f"twiml_dsl.{framework}")


def test_messaging_response_is_sent_as_xml(app: Flask, auth_token: str) -> None:
    @app.post("/sms")
    @twilio_webhook
    def sms() -> MessagingResponse:
        response = MessagingResponse()
        response.message("Got it & thanks")
        return response

    signed = signed_request(f"{PUBLIC}/sms", {"Body": "hello"}, auth_token)
    response = send(app.test_client(), signed)
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert response.text == (
        '<?xml version="1.0" encoding="UTF-8"?>'
        "<Response><Message>Got it &amp; thanks</Message></Response>"
    )


def test_absolute_form_request_uri(client: FlaskClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice?a=1", CALL, auth_token)
    environ = {"REQUEST_URI": f"{PUBLIC}/voice?a=1", "RAW_URI": f"{PUBLIC}/voice?a=1"}
    response = client.post(
        signed.url, data=signed.body, headers=signed.headers, environ_overrides=environ
    )
    assert response.status_code == 200


def test_url_rebuilt_from_path_info_without_raw_uri(client: FlaskClient, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice?name=caf%C3%A9", CALL, auth_token)
    environ = {"REQUEST_URI": "", "RAW_URI": ""}
    response = client.post(
        signed.url, data=signed.body, headers=signed.headers, environ_overrides=environ
    )
    assert response.status_code == 200


def test_in_production_the_403_body_does_not_show_internal_urls(
    app: Flask, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    app.config["TESTING"] = False
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = send(app.test_client(), signed, url=f"{INTERNAL}/voice")
    assert response.status_code == 403
    assert "10.0.0.5" not in response.text
    assert "server log" in response.text
    assert "http://10.0.0.5:8000/voice" in caplog.text


# --- what a view returns -----------------------------------------------------------------


def test_an_element_handle_is_refused_not_sent_as_a_document(app: Flask) -> None:
    @app.post("/goodbye")
    @twilio_webhook(validate=False)
    def goodbye() -> object:
        response = VoiceResponse()
        return response.say("Goodbye")  # the <Say> handle, not the response

    @app.post("/goodbye-tuple")
    @twilio_webhook(validate=False)
    def goodbye_tuple() -> object:
        response = VoiceResponse()
        return response.hangup(), 200

    client = app.test_client()
    with pytest.raises(TypeError, match="return the response, not its <Say> element"):
        client.post("/goodbye", data=CALL)
    with pytest.raises(TypeError, match="not its <Hangup> element"):
        client.post("/goodbye-tuple", data=CALL)
    app.config["TESTING"] = False
    response = client.post("/goodbye", data=CALL)
    assert response.status_code == 500
    assert "<Say>" not in response.text


# --- refused before the signature: forwarded values, multipart ----------------------------


@pytest.mark.parametrize(
    ("forwarded", "signed_url"),
    [
        ({"X-Forwarded-Host": "public.example.com/app1"}, f"{PUBLIC}/app1/voice"),
        ({"X-Forwarded-Host": "user@public.example.com"}, "https://user@public.example.com/voice"),
        ({"X-Forwarded-Host": "public.example.com/voice?x="}, f"{PUBLIC}/voice?x=/voice"),
        ({"X-Forwarded-Proto": "https://public.example.com/app1?"}, None),
    ],
)
def test_a_forwarded_value_that_is_not_a_host_fails_the_check(
    app: Flask,
    client: FlaskClient,
    auth_token: str,
    caplog: pytest.LogCaptureFixture,
    forwarded: dict[str, str],
    signed_url: str | None,
) -> None:
    # Another endpoint's signature, carried to /voice by folding a path into the header.
    app.config["TWILIO_WEBHOOK_TRUST_PROXY"] = True
    headers = {**FORWARDED, **forwarded}
    url = signed_url or f"{headers['X-Forwarded-Proto']}://public.example.com/voice"
    signed = signed_request(url, CALL, auth_token)
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = send(client, signed, url=f"{INTERNAL}/voice", **headers)
    assert response.status_code == 403
    [name] = forwarded
    assert f"{name} " in response.text
    assert f"{name} " in caplog.text


def test_a_host_with_a_port_is_still_a_host(
    app: Flask, client: FlaskClient, auth_token: str
) -> None:
    app.config["TWILIO_WEBHOOK_TRUST_PROXY"] = True
    signed = signed_request("https://[2001:db8::1]:8443/voice", CALL, auth_token)
    headers = {**FORWARDED, "X-Forwarded-Host": "[2001:db8::1]:8443", "X-Forwarded-Port": ""}
    assert send(client, signed, url=f"{INTERNAL}/voice", **headers).status_code == 200


def test_a_form_webhook_replayed_as_multipart_is_refused(
    app: Flask, client: FlaskClient, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    data = {**CALL, "recording": (io.BytesIO(b"not from Twilio"), "extra.wav")}
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        signature = {SIGNATURE_HEADER: signed.headers[SIGNATURE_HEADER]}
        response = client.post(signed.url, data=data, headers=signature)
    assert response.status_code == 403
    assert "multipart/form-data" in response.text
    assert "multipart/form-data" in caplog.text
    assert "You pressed" not in response.text


# --- init_app: settings checked at start-up -----------------------------------------------


def test_init_app_refuses_a_public_url_without_a_scheme(app: Flask) -> None:
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = "dental.example.com"
    with pytest.raises(WebhookConfigurationError, match=r"https://.*'dental\.example\.com'"):
        init_app(app)


@pytest.mark.parametrize(
    "url", ["ftp://dental.example.com", "https://", "https://dental.example.com/?x=1", 42]
)
def test_init_app_refuses_other_unusable_public_urls(app: Flask, url: object) -> None:
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = url
    with pytest.raises(WebhookConfigurationError, match="TWILIO_WEBHOOK_PUBLIC_URL"):
        init_app(app)


def test_init_app_refuses_a_missing_token(app: Flask) -> None:
    del app.config["TWILIO_AUTH_TOKEN"]
    with pytest.raises(WebhookConfigurationError, match="TWILIO_AUTH_TOKEN"):
        init_app(app)


def test_init_app_needs_no_token_with_validation_switched_off(app: Flask) -> None:
    del app.config["TWILIO_AUTH_TOKEN"]
    app.config["TWILIO_WEBHOOK_VALIDATE"] = False
    assert init_app(app).validate is False


def test_init_app_registers_the_checked_settings(app: Flask, auth_token: str) -> None:
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = "https://dental.example.com/twilio"
    settings = init_app(app)
    assert app.extensions["twiml_dsl"] is settings
    assert settings.public_url == "https://dental.example.com/twilio"
    signed = signed_request("https://dental.example.com/twilio/voice", CALL, auth_token)
    assert send(app.test_client(), signed, url="http://localhost/voice").status_code == 200


def test_the_decorator_still_checks_settings_without_init_app(
    app: Flask, client: FlaskClient, auth_token: str
) -> None:
    app.config["TWILIO_WEBHOOK_PUBLIC_URL"] = "dental.example.com"
    with pytest.raises(WebhookConfigurationError, match="https://"):
        send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"public_url": "dental.example.com"}, r"https://.*'dental\.example\.com'"),
        ({"trust_proxy": -1}, "TWILIO_WEBHOOK_TRUST_PROXY must be a bool or a proxy count"),
        ({"validate": "false"}, "TWILIO_WEBHOOK_VALIDATE must be True or False"),
    ],
)
def test_decorator_arguments_that_cannot_work_are_refused_when_applied(
    arguments: dict[str, Any], message: str
) -> None:
    # At import, where the view is decorated, not as a 500 on the first webhook.
    with pytest.raises(WebhookConfigurationError, match=message):
        twilio_webhook(**arguments)
