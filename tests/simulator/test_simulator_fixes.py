"""Fixes found by new users and a review: the SMS URL, keys as numbers, transcripts as text,
stuck apps and huge attribute values."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from simulator_pages import TOKEN, URL, PageApp, twiml

from twiml_dsl.testing import CallSimulator, CallStateError, SimulatorError

ROOT = Path(__file__).resolve().parents[2]
MENU = twiml('<Gather action="/menu" numDigits="1"><Say>Press 1.</Say></Gather>')
REPLY = '<?xml version="1.0"?><Response><Message>Got it.</Message></Response>'


def test_send_sms_texts_the_sms_url_by_default_not_the_voice_url():
    app = PageApp({"/voice": MENU, "/sms": REPLY})
    exchange = CallSimulator(app.app, url=URL, auth_token=TOKEN).send_sms("hi")
    assert [r.url for r in exchange.requests] == ["https://example.com/sms"]
    assert exchange.replies[0].body == "Got it."


def test_sms_url_is_resolved_against_the_voice_url():
    app = PageApp({"/voice": MENU, "/texts/in": REPLY})
    sim = CallSimulator(app.app, url=URL, auth_token=TOKEN, sms_url="/texts/in")
    assert sim.sms_url == "https://example.com/texts/in"
    assert sim.send_sms("hi").replies[0].body == "Got it."


def test_press_takes_a_whole_number_as_its_digits():
    app = PageApp({"/voice": MENU, "/menu": twiml("<Hangup/>")})
    CallSimulator(app.app, url=URL, auth_token=TOKEN).dial().press(1)
    assert app.params("/menu")["Digits"] == "1"


@pytest.mark.parametrize("keys", [1.5, None, -3, True])
def test_press_says_keys_are_a_string(keys):
    call = CallSimulator(PageApp({"/voice": MENU}).app, url=URL, auth_token=TOKEN).dial()
    with pytest.raises(CallStateError, match=r"keys as a string of 0-9, \* and #"):
        call.press(keys)  # type: ignore[arg-type]


def test_a_call_script_is_stored_as_a_txt_snapshot(twiml_snapshot):
    app = PageApp({"/voice": MENU, "/menu": twiml("<Say>Bye.</Say>")})
    script = CallSimulator(app.app, url=URL, auth_token=TOKEN).dial().press("1").script()
    assert script == twiml_snapshot
    stored = ROOT / "snapshots" / "test_simulator_fixes"
    path = stored / "test_a_call_script_is_stored_as_a_txt_snapshot.txt"
    assert path.read_text(encoding="utf-8") == script
    assert not path.with_suffix(".xml").exists()


@pytest.fixture
def release():
    gate = threading.Event()
    yield gate
    gate.set()  # let the stuck app's thread finish


def test_a_wsgi_app_that_never_answers_fails_after_the_timeout(release):
    def stuck(environ, start_response):
        release.wait(30)
        start_response("200 OK", [("Content-Type", "text/xml")])
        return [MENU.encode()]

    sim = CallSimulator(stuck, url=URL, auth_token=TOKEN, timeout=0.3)
    with pytest.raises(SimulatorError, match=r"did not answer within 0.3s") as info:
        sim.dial()
    assert info.value.url == URL
    healthy = PageApp({"/voice": MENU}).app
    assert CallSimulator(healthy, url=URL, auth_token=TOKEN).dial().waiting_for == "gather"


def _asgi(body: str, *, hang: threading.Event | None = None, block: threading.Event | None = None):
    async def app(scope, receive, send):
        if hang is not None:
            await asyncio.Event().wait()  # awaits for ever
        if block is not None:
            block.wait(30)  # blocks its event loop's thread
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/xml")],
            }
        )
        await send({"type": "http.response.body", "body": body.encode()})

    return app


def test_an_asgi_app_that_never_answers_fails_after_the_timeout():
    sim = CallSimulator(_asgi(MENU, hang=threading.Event()), url=URL, auth_token=TOKEN, timeout=0.3)
    with pytest.raises(SimulatorError, match=r"did not answer within 0.3s"):
        sim.dial()


def test_an_asgi_app_blocking_its_loop_does_not_stall_another_app(release):
    stuck = CallSimulator(_asgi(MENU, block=release), url=URL, auth_token=TOKEN, timeout=0.3)
    with pytest.raises(SimulatorError, match="did not answer"):
        stuck.dial()
    other = CallSimulator(_asgi(MENU), url=URL, auth_token=TOKEN, timeout=5)
    assert other.dial().heard() == ["Press 1."]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('<Say loop="10000000">Hi</Say>', r'<Say loop="10000000"> on line 1 is outside 0-1000'),
        ('<Play loop="99999999999">a.mp3</Play>', r"<Play loop=.* is outside 0-1000"),
        ('<Gather numDigits="99999999999999999999"/>', r"<Gather numDigits=.* is outside 1-86400"),
        ('<Record maxLength="100000"/>', r"<Record maxLength=.* is outside 1-86400"),
    ],
)
def test_huge_counts_end_in_a_simulator_error_at_twilios_limits(body, message):
    sim = CallSimulator(PageApp({"/voice": twiml(body)}).app, url=URL, auth_token=TOKEN)
    with pytest.raises(SimulatorError, match=message):
        sim.dial()


def test_a_say_loop_at_the_limit_still_plays():
    body = twiml('<Say loop="1000">Hi</Say>')
    call = CallSimulator(PageApp({"/voice": body}).app, url=URL, auth_token=TOKEN).dial()
    assert len(call.heard()) == 1000
