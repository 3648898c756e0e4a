"""The simulator reaches WSGI apps, ASGI apps and real URLs, and signs as Twilio signs."""

from __future__ import annotations

import pytest
from flask import Flask, request, session
from quart import Quart
from quart import request as quart_request
from simulator_pages import TOKEN, URL, PageApp, served, twiml
from twilio.request_validator import RequestValidator

from twiml_dsl import VoiceResponse
from twiml_dsl.quart import twilio_webhook
from twiml_dsl.testing import CallSimulator, WebhookResponseError


def quart_app() -> Quart:
    app = Quart(__name__)
    app.config["TWILIO_AUTH_TOKEN"] = TOKEN

    @app.post("/voice")
    @twilio_webhook
    async def voice() -> VoiceResponse:
        response = VoiceResponse()
        with response.gather(action="/menu", num_digits=1):
            response.say("Async welcome.")
        return response

    @app.post("/menu")
    @twilio_webhook
    async def menu() -> VoiceResponse:
        form = await quart_request.form
        response = VoiceResponse()
        response.say(f"You pressed {form['Digits']}.")
        return response

    return app


def test_an_asgi_app_runs_in_process():
    call = CallSimulator(quart_app(), url=URL, auth_token=TOKEN).dial()
    call.press("3")
    assert call.heard() == ["Async welcome.", "You pressed 3."]


@pytest.mark.anyio
async def test_an_asgi_app_runs_from_async_test_code_too():
    call = CallSimulator(quart_app(), url=URL, auth_token=TOKEN).dial()
    call.press("4")
    assert call.heard(since_input=True) == ["You pressed 4."]


def test_an_asgi_app_rejects_a_wrong_signature():
    sim = CallSimulator(quart_app(), url=URL, auth_token="not-the-token-0123456789abcdefghij")
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        sim.dial()


def test_signatures_pass_twilios_own_validator():
    verdicts: list[bool] = []
    app = Flask(__name__)

    @app.route("/voice", methods=["GET", "POST"])
    def voice() -> tuple[str, int, dict[str, str]]:
        validator = RequestValidator(TOKEN)
        params = request.form if request.method == "POST" else {}
        verdicts.append(
            validator.validate(request.url, params, request.headers["X-Twilio-Signature"])
        )
        body = twiml('<Gather action="/voice?step=2" method="GET"/>')
        return body, 200, {"Content-Type": "text/xml"}

    call = CallSimulator(app, url=URL, auth_token=TOKEN).dial()
    call.press("9")
    assert verdicts == [True, True]


def test_any_url_over_real_http():
    pages = PageApp({"/voice": twiml("<Say>Over the wire.</Say>")})
    with served(pages.app) as url:
        call = CallSimulator(None, url=url, auth_token=TOKEN).dial()
    assert call.heard() == ["Over the wire."]
    assert call.requests[0].url == url and call.requests[0].status_code == 200


def test_cookies_last_for_one_call_like_twilios():
    app = Flask(__name__)
    app.secret_key = "test"

    @app.post("/voice")
    def voice() -> tuple[str, int, dict[str, str]]:
        visits = session.get("visits", 0) + 1
        session["visits"] = visits
        body = twiml(f'<Say>Visit {visits}.</Say><Gather action="/voice"/>')
        return body, 200, {"Content-Type": "text/xml"}

    sim = CallSimulator(app, url=URL, auth_token=TOKEN)
    first = sim.dial().press("1").press("1")
    second = sim.dial()
    assert first.heard() == ["Visit 1.", "Visit 2.", "Visit 3."]
    assert second.heard() == ["Visit 1."]
