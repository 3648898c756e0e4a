"""The example IVRs, Flask and Quart, driven branch by branch through the simulator."""

from __future__ import annotations

from typing import Any

import pytest

from examples import ivr_flask, ivr_quart, phone_tree
from twiml_dsl.testing import CallSimulator, WebhookResponseError
from twiml_dsl.webhooks import WebhookConfigurationError, signed_request

TOKEN = phone_tree.DEMO_AUTH_TOKEN
URL = "https://example.com/voice"
MAIN_MENU = "Press 1 or say sales for sales. Press 2 or say support for support."


@pytest.fixture(params=["flask", "quart"])
def app(request: pytest.FixtureRequest) -> Any:
    module = ivr_flask if request.param == "flask" else ivr_quart
    return module.create_app(TOKEN)


def simulator(app: Any, **options: Any) -> CallSimulator:
    return CallSimulator(app, url=URL, sms_url="/sms", auth_token=TOKEN, **options)


def test_welcome_offers_the_menu(app):
    call = simulator(app).dial()
    assert call.heard() == ["Welcome to Acme.", MAIN_MENU]
    assert call.waiting_for == "gather"


def test_pressing_1_transfers_to_sales(app, twiml_snapshot):
    call = simulator(app).dial().press("1")
    assert call.dialed == [phone_tree.SALES_NUMBER]
    assert call.ended and call.heard()[-1] == "Thank you for calling Acme. Goodbye."
    assert call.script() == twiml_snapshot


def test_saying_sales_transfers_to_sales(app):
    call = simulator(app).dial().say_words("sales")
    assert call.dialed == [phone_tree.SALES_NUMBER]


def test_support_takes_a_voicemail(app, twiml_snapshot):
    call = simulator(app).dial().press("2")
    assert call.waiting_for == "record" and call.dialed == []
    call.leave_message(14)
    assert call.heard(since_input=True)[0] == "Thanks, we got your 14 second message."
    assert call.ended
    assert call.script() == twiml_snapshot


def test_asking_for_help_by_voice_reaches_support(app):
    call = simulator(app).dial().say_words("I need help with my order")
    assert call.waiting_for == "record"


def test_busy_sales_falls_back_to_voicemail(app, twiml_snapshot):
    call = simulator(app, dial_status="busy").dial().press("1")
    assert call.heard(since_input=True)[-1].startswith("Sales cannot take your call right now.")
    call.leave_message(6)
    assert call.script() == twiml_snapshot


def test_a_silent_voicemail_ends_politely(app):
    call = simulator(app, dial_status="no-answer").dial().press("1").silence()
    assert call.heard(since_input=True) == ["We did not receive a message. Goodbye."]
    assert call.ended


def test_a_wrong_key_gets_one_more_try(app, twiml_snapshot):
    call = simulator(app).dial().press("9")
    assert call.heard(since_input=True) == ["Sorry, that is not an option.", MAIN_MENU]
    call.press("1")
    assert call.dialed == [phone_tree.SALES_NUMBER]
    assert call.script() == twiml_snapshot


def test_silence_twice_ends_the_call(app, twiml_snapshot):
    call = simulator(app).dial().silence()
    assert not call.ended
    call.silence()
    assert call.ended and call.heard()[-1] == "Please call again later. Goodbye."
    assert [r.url for r in call.requests] == [URL, URL + "?attempt=2"]
    assert call.script() == twiml_snapshot


def test_texting_callback_gets_a_confirmation(app, twiml_snapshot):
    exchange = simulator(app, from_="+15551112222").send_sms("callback")
    assert [m.body for m in exchange.replies] == [
        "Acme: confirmed, we will call you back at +15551112222 within one day."
    ]
    assert exchange.replies[0].to == "+15551112222"
    assert exchange.script() == twiml_snapshot


def test_any_other_text_explains_how_to_ask(app):
    exchange = simulator(app).send_sms("hello?")
    assert exchange.replies[0].body.startswith("Acme: reply CALLBACK")


def test_a_forged_request_is_refused(app):
    sim = CallSimulator(app, url=URL, auth_token="forged-token-0123456789abcdefghij")
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        sim.dial()


def test_flask_and_quart_tell_the_same_story():
    scripts = []
    for module in (ivr_flask, ivr_quart):
        call = simulator(module.create_app(TOKEN), dial_status="busy").dial()
        scripts.append(call.say_words("sales").leave_message(3).script())
    assert scripts[0] == scripts[1]


@pytest.mark.parametrize("module", [ivr_flask, ivr_quart])
def test_without_a_token_the_example_refuses_to_start(module: Any) -> None:
    with pytest.raises(WebhookConfigurationError, match="set TWILIO_AUTH_TOKEN"):
        module.create_app()


@pytest.mark.parametrize("module", [ivr_flask, ivr_quart])
def test_a_served_example_checks_the_environments_token_not_the_demo_token(
    module: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = "real-token-0123456789abcdef01234"
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", real)
    app = module.create_app()
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        CallSimulator(app, url=URL, auth_token=TOKEN).dial()
    assert CallSimulator(app, url=URL, auth_token=real).dial().waiting_for == "gather"


def test_a_served_example_reads_the_public_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("TWILIO_WEBHOOK_PUBLIC_URL", "https://abc123.ngrok.app")
    app = ivr_flask.create_app()
    signed = signed_request("https://abc123.ngrok.app/voice", {"CallSid": "CA1"}, TOKEN)
    response = app.test_client().post(
        "http://127.0.0.1:5000/voice", data=signed.body, headers=signed.headers
    )
    assert response.status_code == 200


@pytest.mark.parametrize("module", [ivr_flask, ivr_quart])
def test_a_public_url_without_a_scheme_stops_the_example_at_start_up(
    module: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_PUBLIC_URL", "dental.example.com")
    with pytest.raises(WebhookConfigurationError, match="https://"):
        module.create_app(TOKEN)
