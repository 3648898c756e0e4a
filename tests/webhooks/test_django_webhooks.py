"""The Django decorator and system checks, driven through a real Django project over WSGI
(CSRF middleware on) and ASGI, and `manage.py check` run on the example project."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "examples.ivr_django.settings")

import django

django.setup()

from django.core.handlers.asgi import ASGIHandler  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.management.base import SystemCheckError  # noqa: E402
from django.http import HttpRequest, HttpResponse  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils.decorators import method_decorator  # noqa: E402
from django.views import View  # noqa: E402

from twiml_dsl import VoiceResponse  # noqa: E402
from twiml_dsl.django import request_url, twilio_webhook  # noqa: E402
from twiml_dsl.testing import CallSimulator, WebhookResponseError  # noqa: E402
from twiml_dsl.webhooks import (  # noqa: E402
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SignedRequest,
    WebhookConfigurationError,
    signed_request,
)

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = "https://public.example.com"
CALL = {"CallSid": "CA123", "From": "+15550001111", "To": "+15550002222", "Digits": "1"}
OTHER_TOKEN = "another-token-another-token-0000"


def _say(text: str) -> VoiceResponse:
    response = VoiceResponse()
    response.say(text)
    return response


@twilio_webhook
def voice(request: HttpRequest) -> VoiceResponse:
    return _say(f"You pressed {request.POST.get('Digits') or request.GET.get('Digits', 'nothing')}")


@twilio_webhook
def status(request: HttpRequest) -> VoiceResponse:
    return _say(f"status {json.loads(request.body)['status']}")


@twilio_webhook
def plain(request: HttpRequest) -> HttpResponse:
    return HttpResponse("just text", content_type="text/plain")


@twilio_webhook(auth_token=OTHER_TOKEN, public_url=PUBLIC)
def pinned(request: HttpRequest) -> VoiceResponse:
    return _say("pinned")


@twilio_webhook
async def async_voice(request: HttpRequest) -> VoiceResponse:
    return _say(f"async {request.POST.get('Digits')}")


@twilio_webhook
def handle(request: HttpRequest) -> Any:
    response = VoiceResponse()
    return response.say("only the element")


@method_decorator(twilio_webhook, name="dispatch")
class VoiceView(View):
    def post(self, request: HttpRequest) -> VoiceResponse:
        return _say(f"class view {request.POST.get('Digits')}")


@twilio_webhook
def where(request: HttpRequest) -> HttpResponse:
    return HttpResponse(request_url(request), content_type="text/plain")


def unprotected(request: HttpRequest) -> HttpResponse:
    return HttpResponse("no CSRF check")


urlpatterns = [
    path("voice", voice),
    path("status", status),
    path("plain", plain),
    path("pinned", pinned),
    path("async", async_voice),
    path("handle", handle),
    path("class", VoiceView.as_view()),
    path("where", where),
    path("unprotected", unprotected),
]

HOSTS = ["public.example.com", "10.0.0.5", "127.0.0.1"]


@pytest.fixture
def project(auth_token: str) -> Iterator[None]:
    """This module's views behind the example project's middleware, CSRF included."""
    with override_settings(
        ROOT_URLCONF=__name__, ALLOWED_HOSTS=HOSTS, TWILIO_AUTH_TOKEN=auth_token, DEBUG=False
    ):
        yield


@pytest.fixture
def client(project: None) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.WSGITransport(app=WSGIHandler())) as client:
        yield client


def send(client: httpx.Client, signed: SignedRequest, url: str | None = None, **headers: str):  # type: ignore[no-untyped-def]
    """Post a signed request, optionally to a different URL than the one that was signed."""
    return client.post(
        url or signed.url, content=signed.body, headers={**signed.headers, **headers}
    )


def test_signed_form_request_gets_twiml(client: httpx.Client, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert response.text.endswith("<Response><Say>You pressed 1</Say></Response>")


def test_the_csrf_middleware_refuses_a_post_to_an_undecorated_view(
    client: httpx.Client, auth_token: str
) -> None:
    # The signed webhooks above pass the same CSRF middleware only because they are exempt.
    response = send(client, signed_request(f"{PUBLIC}/unprotected", CALL, auth_token))
    assert response.status_code == 403
    assert "CSRF" in response.text


def test_request_url_is_the_url_twilio_called(client: httpx.Client, auth_token: str) -> None:
    url = f"{PUBLIC}/where?a=caf%C3%A9&b=1+2"
    assert send(client, signed_request(url, CALL, auth_token)).text == url


def test_tampered_parameter_is_forbidden(client: httpx.Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    forged = SignedRequest(
        signed.url, signed.headers, signed.body.replace(b"Digits=1", b"Digits=9")
    )
    response = send(client, forged)
    assert response.status_code == 403
    assert "You pressed" not in response.text


def test_missing_signature_is_forbidden(client: httpx.Client) -> None:
    response = client.post(f"{PUBLIC}/voice", data=CALL)
    assert response.status_code == 403
    assert response.headers["Content-Type"].startswith("text/plain")


def test_wrong_token_is_forbidden(client: httpx.Client) -> None:
    assert send(client, signed_request(f"{PUBLIC}/voice", CALL, OTHER_TOKEN)).status_code == 403


def test_get_webhook_signs_the_query_string(client: httpx.Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice?Digits=7&Caller=caf%C3%A9", None, auth_token)
    response = client.get(signed.url, headers=signed.headers)
    assert response.status_code == 200
    assert "You pressed 7" in response.text
    tampered = client.get(signed.url.replace("Digits=7", "Digits=8"), headers=signed.headers)
    assert tampered.status_code == 403


def test_json_webhook_is_checked_against_its_body(client: httpx.Client, auth_token: str) -> None:
    body = json.dumps({"status": "completed"})
    signed = signed_request(f"{PUBLIC}/status", body, auth_token)
    assert send(client, signed).text.endswith("<Say>status completed</Say></Response>")
    forged = SignedRequest(signed.url, signed.headers, json.dumps({"status": "failed"}).encode())
    assert send(client, forged).status_code == 403


def test_hmac_sha256_signature_settings(client: httpx.Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token, algorithm=HMAC_SHA256)
    assert send(client, signed).status_code == 200
    assert send(client, signed, **{"X-Twilio-Webhooks-Signature-Settings": ""}).status_code == 403


def test_any_configured_token_is_accepted(client: httpx.Client, auth_token: str) -> None:
    old = "old-token-old-token-old-token-00"
    with override_settings(TWILIO_AUTH_TOKEN=[auth_token, old]):
        assert send(client, signed_request(f"{PUBLIC}/voice", CALL, old)).status_code == 200
        assert send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token)).status_code == 200


def test_token_from_the_environment(
    client: httpx.Client, auth_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", auth_token)
    with override_settings(TWILIO_AUTH_TOKEN=None):
        assert send(client, signed_request(f"{PUBLIC}/voice", CALL, auth_token)).status_code == 200


def test_other_return_values_pass_through(client: httpx.Client, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/plain", CALL, auth_token))
    assert response.text == "just text"
    assert response.headers["Content-Type"] == "text/plain"


def test_decorator_arguments_override_the_settings(client: httpx.Client) -> None:
    signed = signed_request(f"{PUBLIC}/pinned", CALL, OTHER_TOKEN)
    assert send(client, signed, url="http://127.0.0.1:8000/pinned").status_code == 200


def test_async_view(client: httpx.Client, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/async", CALL, auth_token))
    assert response.text.endswith("<Say>async 1</Say></Response>")
    assert send(client, signed_request(f"{PUBLIC}/async", CALL, OTHER_TOKEN)).status_code == 403


def test_class_based_view_with_method_decorator(client: httpx.Client, auth_token: str) -> None:
    response = send(client, signed_request(f"{PUBLIC}/class", CALL, auth_token))
    assert response.status_code == 200
    assert response.text.endswith("<Say>class view 1</Say></Response>")
    assert send(client, signed_request(f"{PUBLIC}/class", CALL, OTHER_TOKEN)).status_code == 403


def test_an_element_handle_is_refused_not_sent_as_a_document(
    project: None, auth_token: str
) -> None:
    with (
        override_settings(DEBUG_PROPAGATE_EXCEPTIONS=True),
        httpx.Client(transport=httpx.WSGITransport(app=WSGIHandler())) as client,
        pytest.raises(TypeError, match="return the response, not its <Say> element"),
    ):
        send(client, signed_request(f"{PUBLIC}/handle", CALL, auth_token))


def test_the_django_asgi_handler_checks_the_same_way(project: None, auth_token: str) -> None:
    sim = CallSimulator(ASGIHandler(), url=f"{PUBLIC}/voice?x=caf%C3%A9", auth_token=auth_token)
    assert sim.dial().heard() == ["You pressed nothing"]
    forged = CallSimulator(ASGIHandler(), url=f"{PUBLIC}/voice", auth_token=OTHER_TOKEN)
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        forged.dial()


# --- behind a proxy ----------------------------------------------------------------------

INTERNAL = "http://10.0.0.5:8000"
FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "public.example.com",
    "X-Forwarded-Port": "443",
}


def test_behind_a_proxy_fails_by_default_and_names_the_url_in_the_log(
    client: httpx.Client, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED)
    assert response.status_code == 403
    assert "http://10.0.0.5:8000/voice" in caplog.text
    assert "10.0.0.5" not in response.text  # DEBUG is off: the body does not show it
    assert auth_token not in response.text + caplog.text


def test_with_debug_the_403_names_the_url(client: httpx.Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    with override_settings(DEBUG=True):
        response = send(client, signed, url=f"{INTERNAL}/voice")
    assert response.status_code == 403
    assert "http://10.0.0.5:8000/voice" in response.text


def test_trusted_proxy_headers_rebuild_the_public_url(
    client: httpx.Client, auth_token: str
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    with override_settings(TWILIO_WEBHOOK_TRUST_PROXY=True):
        assert send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED).status_code == 200


def test_untrusted_forwarded_headers_are_ignored(client: httpx.Client, auth_token: str) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    assert send(client, signed, url=f"{INTERNAL}/voice", **FORWARDED).status_code == 403


def test_djangos_own_secure_proxy_header_sets_the_scheme(
    client: httpx.Client, auth_token: str
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    plain_http = "http://public.example.com/voice"
    assert send(client, signed, url=plain_http, **FORWARDED).status_code == 403
    with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")):
        assert send(client, signed, url=plain_http, **FORWARDED).status_code == 200


def test_public_url_setting(client: httpx.Client, auth_token: str) -> None:
    signed = signed_request("https://abc123.ngrok.app/voice", CALL, auth_token)
    with override_settings(TWILIO_WEBHOOK_PUBLIC_URL="https://abc123.ngrok.app"):
        assert send(client, signed, url=f"{INTERNAL}/voice").status_code == 200


def test_validation_can_be_switched_off_explicitly(client: httpx.Client) -> None:
    with override_settings(TWILIO_WEBHOOK_VALIDATE=False, TWILIO_AUTH_TOKEN=None):
        assert client.post(f"{PUBLIC}/voice", data=CALL).status_code == 200


def test_a_string_does_not_switch_validation_off(client: httpx.Client) -> None:
    with (
        override_settings(TWILIO_WEBHOOK_VALIDATE="false", DEBUG_PROPAGATE_EXCEPTIONS=True),
        pytest.raises(WebhookConfigurationError, match="True or False"),
    ):
        client.post(f"{PUBLIC}/voice", data=CALL)


def test_missing_token_is_a_configuration_error(client: httpx.Client) -> None:
    with (
        override_settings(TWILIO_AUTH_TOKEN=None, DEBUG_PROPAGATE_EXCEPTIONS=True),
        pytest.raises(WebhookConfigurationError, match="needs an auth token"),
    ):
        client.post(f"{PUBLIC}/voice", data=CALL)


# --- system checks -----------------------------------------------------------------------


def run_checks(*, deploy: bool = False) -> str:
    """`manage.py check` in process: its report, whether it passed or failed."""
    try:
        call_command("check", tags=["twilio"], deploy=deploy, stdout=_Sink(), stderr=_Sink())
    except SystemCheckError as err:
        return str(err)
    return "no issues"


class _Sink:
    def write(self, text: str) -> None:
        pass

    def flush(self) -> None:
        pass


def test_check_passes_with_a_token(project: None) -> None:
    assert run_checks() == "no issues"


def test_the_app_installs_under_its_own_label() -> None:
    from django.apps import apps

    assert apps.get_app_config("twiml_dsl").name == "twiml_dsl.django"


def test_check_reports_a_missing_token(project: None) -> None:
    with override_settings(TWILIO_AUTH_TOKEN=None):
        assert "twiml_dsl.E001" in run_checks()


def test_check_accepts_the_token_from_the_environment(
    project: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "0123456789abcdef0123456789abcdef")
    with override_settings(TWILIO_AUTH_TOKEN=None):
        assert run_checks() == "no issues"


@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        ("TWILIO_WEBHOOK_TRUST_PROXY", "yes", "TWILIO_WEBHOOK_TRUST_PROXY must be"),
        ("TWILIO_WEBHOOK_VALIDATE", "off", "TWILIO_WEBHOOK_VALIDATE must be"),
    ],
)
def test_check_reports_an_unusable_setting(
    project: None, setting: str, value: str, words: str
) -> None:
    with override_settings(**{setting: value}):
        report = run_checks()
    assert "twiml_dsl.E002" in report and words in report


def test_check_reports_an_unreadable_environment_value(
    project: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_TRUST_PROXY", "maybe")
    assert "twiml_dsl.E002" in run_checks()


def test_check_reports_a_public_url_that_is_not_a_url(project: None) -> None:
    with override_settings(TWILIO_WEBHOOK_PUBLIC_URL="abc123.ngrok.app"):
        report = run_checks()
    assert "twiml_dsl.E002" in report and "TWILIO_WEBHOOK_PUBLIC_URL must be" in report


def test_check_never_shows_the_token(project: None) -> None:
    token = "secret-token-secret-token-secret"
    with override_settings(TWILIO_AUTH_TOKEN=[token, 5], TWILIO_WEBHOOK_PUBLIC_URL="nope"):
        assert token not in run_checks()


def test_deploy_check_passes_with_validation_on(project: None) -> None:
    assert run_checks(deploy=True) == "no issues"


def test_deploy_check_leaves_an_unusable_setting_to_the_other_check(project: None) -> None:
    with override_settings(TWILIO_WEBHOOK_VALIDATE="off"):
        report = run_checks(deploy=True)
    assert report.count("TWILIO_WEBHOOK_VALIDATE must be") == 1


def test_deploy_check_warns_when_validation_is_off(project: None) -> None:
    with override_settings(TWILIO_WEBHOOK_VALIDATE=False, TWILIO_AUTH_TOKEN=None):
        assert run_checks() == "no issues"  # switched off: no token needed, no error
        with pytest.raises(SystemCheckError, match=r"twiml_dsl\.W001"):
            call_command(
                "check", tags=["twilio"], deploy=True, fail_level="WARNING", stdout=_Sink()
            )


def manage_py_check(**env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "DJANGO_"))}
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / "ivr_django" / "manage.py"), "check"],
        env={**environ, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_manage_py_check_on_the_example_reports_a_missing_token() -> None:
    result = manage_py_check()
    assert result.returncode == 1
    assert "(twiml_dsl.E001) Twilio webhook validation is on, but no auth token" in result.stderr


def test_manage_py_check_on_the_example_passes_with_a_token() -> None:
    result = manage_py_check(TWILIO_AUTH_TOKEN="0123456789abcdef0123456789abcdef")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


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
    client: httpx.Client,
    auth_token: str,
    caplog: pytest.LogCaptureFixture,
    forwarded: dict[str, str],
    signed_url: str | None,
) -> None:
    # Another endpoint's signature, carried to /voice by folding a path into the header.
    headers = {**FORWARDED, **forwarded}
    url = signed_url or f"{headers['X-Forwarded-Proto']}://public.example.com/voice"
    signed = signed_request(url, CALL, auth_token)
    with (
        override_settings(TWILIO_WEBHOOK_TRUST_PROXY=True, DEBUG=True),
        caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"),
    ):
        response = send(client, signed, url=f"{INTERNAL}/voice", **headers)
    assert response.status_code == 403
    [name] = forwarded
    assert f"{name} " in response.text and f"{name} " in caplog.text


def test_a_form_webhook_replayed_as_multipart_is_refused(
    client: httpx.Client, auth_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    signed = signed_request(f"{PUBLIC}/voice", CALL, auth_token)
    signature = {SIGNATURE_HEADER: signed.headers[SIGNATURE_HEADER]}
    files = {"recording": ("extra.wav", b"not from Twilio")}
    with caplog.at_level(logging.WARNING, logger="twiml_dsl.webhooks"):
        response = client.post(signed.url, data=CALL, files=files, headers=signature)
    assert response.status_code == 403
    assert "multipart/form-data" in caplog.text
    assert "You pressed" not in response.text


@pytest.mark.parametrize(
    "arguments",
    [{"public_url": "dental.example.com"}, {"trust_proxy": -1}, {"validate": "false"}],
)
def test_decorator_arguments_that_cannot_work_fail_when_applied(arguments: dict[str, Any]) -> None:
    with pytest.raises(WebhookConfigurationError):
        twilio_webhook(**arguments)
