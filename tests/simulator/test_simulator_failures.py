"""Bad apps and impossible requests fail with the simulator's own errors, naming the URL."""

from __future__ import annotations

import pytest
from flask import Response
from simulator_pages import TOKEN, URL, PageApp, twiml

from twiml_dsl import parse
from twiml_dsl.testing import (
    CallSimulator,
    CallStateError,
    RedirectLoopError,
    SimulatorError,
    WebhookResponseError,
)


def simulator(pages: dict[str, object], **options: object) -> CallSimulator:
    app = PageApp(pages)  # type: ignore[arg-type]
    return CallSimulator(app.app, url=URL, auth_token=TOKEN, **options)  # type: ignore[arg-type]


def test_a_non_2xx_status_names_the_url_and_the_code():
    sim = simulator({"/voice": Response("boom", status=500)})
    with pytest.raises(WebhookResponseError) as info:
        sim.dial()
    assert info.value.status_code == 500
    assert info.value.url == URL
    assert str(info.value) == f"{URL}: answered HTTP 500: boom"


def test_a_missing_page_is_reported_with_its_resolved_url():
    sim = simulator({"/voice": twiml('<Gather action="menu"/>')})
    call = sim.dial()
    with pytest.raises(WebhookResponseError, match=r"https://example.com/menu: answered HTTP 404"):
        call.press("1")


def test_a_body_that_is_not_xml_is_refused():
    sim = simulator({"/voice": Response("Hello there", content_type="text/xml")})
    with pytest.raises(WebhookResponseError, match="a body that is not XML: 'Hello there'"):
        sim.dial()


def test_a_wrong_content_type_is_refused():
    sim = simulator({"/voice": Response('{"say": "hi"}', content_type="application/json")})
    with pytest.raises(WebhookResponseError, match="content type 'application/json'"):
        sim.dial()


def test_invalid_twiml_is_reported_with_parses_message_and_line():
    bad = '<?xml version="1.0"?>\n<Response>\n<Gather numDigts="1"/>\n</Response>'
    with pytest.raises(Exception) as expected:
        parse(bad, grammar="voice")
    sim = simulator({"/voice": Response(bad, content_type="text/xml")})
    with pytest.raises(WebhookResponseError) as info:
        sim.dial()
    assert info.value.line == 3
    assert str(info.value) == f"{URL}: answered invalid TwiML: {expected.value}"
    assert "did you mean 'numDigits'?" in str(info.value)


def test_a_redirect_loop_is_stopped_and_shown():
    sim = simulator(
        {"/voice": twiml("<Redirect>/a</Redirect>"), "/a": twiml("<Redirect>/voice</Redirect>")},
        max_requests=5,
    )
    with pytest.raises(RedirectLoopError, match="5 requests in a row") as info:
        sim.dial()
    assert "POST /a -> POST /voice" in str(info.value)


def test_a_gather_that_redirects_back_is_not_a_loop():
    page = twiml('<Gather action="/voice"/><Redirect>/voice</Redirect>')
    call = simulator({"/voice": page}, max_requests=3).dial()
    for _ in range(5):
        call.silence()
    assert call.waiting_for == "gather"


def test_a_wrong_signature_fails_like_a_rejected_webhook():
    app = PageApp({"/voice": twiml("<Hangup/>")})
    sim = CallSimulator(app.app, url=URL, auth_token="another-token-0123456789abcdefghi")
    with pytest.raises(WebhookResponseError) as info:
        sim.dial()
    assert info.value.status_code == 403
    assert app.seen == []


def _broken(params: object) -> str:
    raise KeyError("Digits")


def test_an_exception_in_a_testing_app_is_wrapped_with_the_url():
    app = PageApp({"/voice": _broken}, testing=True)
    sim = CallSimulator(app.app, url=URL, auth_token=TOKEN)
    with pytest.raises(SimulatorError, match=r"example.com/voice: the app raised KeyError") as info:
        sim.dial()
    assert isinstance(info.value.__cause__, KeyError)


def test_an_exception_in_a_production_app_is_the_500_twilio_would_get():
    sim = simulator({"/voice": _broken})
    with pytest.raises(WebhookResponseError, match="answered HTTP 500") as info:
        sim.dial()
    assert info.value.status_code == 500


def test_pressing_keys_with_no_gather_waiting_is_an_error():
    call = simulator({"/voice": twiml('<Record action="/r"/>')}).dial()
    with pytest.raises(CallStateError, match=r"no <Gather> is waiting .*a <Record>"):
        call.press("1")


def test_acting_after_the_call_ended_is_an_error():
    call = simulator({"/voice": twiml("<Hangup/>")}).dial()
    with pytest.raises(CallStateError, match="the call has ended"):
        call.silence()


def test_speech_to_a_keypad_only_gather_is_an_error():
    call = simulator({"/voice": twiml("<Gather/>")}).dial()
    with pytest.raises(CallStateError, match="input='dtmf'"):
        call.say_words("sales")


@pytest.mark.parametrize("keys", ["", "12a", "1 2"])
def test_only_phone_keys_can_be_pressed(keys):
    call = simulator({"/voice": twiml("<Gather/>")}).dial()
    with pytest.raises(CallStateError, match="keys from 0-9"):
        call.press(keys)


def test_options_are_checked_when_the_simulator_is_made():
    with pytest.raises(ValueError, match="absolute http"):
        CallSimulator(None, url="/voice", auth_token=TOKEN)
    with pytest.raises(ValueError, match="'engaged' is not one of"):
        CallSimulator(None, url=URL, auth_token=TOKEN, dial_status="engaged")


@pytest.mark.parametrize(
    "play",
    [
        "<Play/>",
        "<Play> </Play>",
        '<Play digits=""/>',
        '<Play digits=" "/>',
        "<Gather><Play/></Gather>",
    ],
)
def test_a_play_with_nothing_to_play_is_invalid_twiml(play):
    page = f'<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n<Say>Hi</Say>\n{play}\n</Response>'
    app = PageApp({"/voice": page})
    sim = CallSimulator(app.app, url=URL, auth_token=TOKEN)
    with pytest.raises(WebhookResponseError) as info:
        sim.dial()
    assert info.value.url == URL
    assert info.value.line == 4
    assert str(info.value) == (
        f"{URL}: answered invalid TwiML: line 4: <Play> needs text content or the digits "
        "attribute" + (", got ' '" if play == "<Play> </Play>" else "")
    )


@pytest.mark.parametrize("seconds", [-5, -0.5, float("nan"), float("inf")])
def test_an_impossible_message_length_is_refused_before_any_request(seconds):
    app = PageApp({"/voice": twiml('<Record action="/saved"/>'), "/saved": twiml("")})
    call = CallSimulator(app.app, url=URL, auth_token=TOKEN).dial()
    with pytest.raises(ValueError, match="seconds must be a finite number, 0 or more"):
        call.leave_message(seconds)
    assert [path for _, path, _ in app.seen] == ["/voice"]
    assert call.waiting_for == "record"
    call.leave_message(0)
    assert app.seen[-1][2]["RecordingDuration"] == "0"
