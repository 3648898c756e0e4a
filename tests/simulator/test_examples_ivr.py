"""The example IVR on Flask, Quart, Django and FastAPI, driven branch by branch through the
simulator: in process, and over HTTP under a real server with signatures on. Every
framework, both ways, passes the same tests against one snapshot per flow."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from servers import served

from examples import ivr_fastapi, ivr_flask, ivr_quart, phone_tree
from twiml_dsl.snapshot import TranscriptSnapshotExtension
from twiml_dsl.testing import CallSimulator, WebhookResponseError
from twiml_dsl.webhooks import WebhookConfigurationError, signed_request

TOKEN = phone_tree.DEMO_AUTH_TOKEN
URL = "https://example.com/voice"
MAIN_MENU = "Press 1 or say sales for sales. Press 2 or say support for support."
FRAMEWORKS = ["flask", "quart", "django", "fastapi"]
FACTORIES = {"flask": ivr_flask, "quart": ivr_quart, "fastapi": ivr_fastapi}

Simulator = Callable[..., CallSimulator]


class FlowSnapshot(TranscriptSnapshotExtension):
    """One snapshot per flow, shared by every framework: the test's name without its
    `[flask]`-style parameters."""

    @classmethod
    def get_snapshot_name(cls, *, test_location: Any, index: Any = 0) -> str:
        return super().get_snapshot_name(test_location=test_location).partition("[")[0]

    @classmethod
    def matches_test_location(cls, *, test_location: Any, snapshot_location: str) -> bool:
        path = Path(snapshot_location)
        return path.parent.name == test_location.basename and path.stem == cls.get_snapshot_name(
            test_location=test_location
        )


@pytest.fixture
def flow_snapshot(snapshot: Any) -> Any:
    """syrupy's snapshot, keeping a call's script as `<flow>.txt` (see FlowSnapshot)."""
    return snapshot.use_extension(FlowSnapshot)


@pytest.fixture
def django_project() -> Iterator[Any]:
    """The example Django project's WSGI app, with the demo token and example.com allowed."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "examples.ivr_django.settings")
    import django
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    django.setup()
    with override_settings(TWILIO_AUTH_TOKEN=TOKEN, ALLOWED_HOSTS=["example.com"]):
        yield WSGIHandler()


@pytest.fixture(scope="module")
def live_server() -> Iterator[Callable[[str], str]]:
    """The base URL of a framework's example under a real server, started on first use and
    stopped when the module's tests are done."""
    with ExitStack() as stack:
        started: dict[str, str] = {}

        def base_url(framework: str) -> str:
            if framework not in started:
                started[framework] = stack.enter_context(served(framework, TOKEN))
            return started[framework]

        yield base_url


@pytest.fixture(
    params=[(f, "in process") for f in FRAMEWORKS] + [(f, "served") for f in FRAMEWORKS],
    ids=lambda p: f"{p[0]}-{p[1].replace(' ', '-')}",
)
def simulator(request: pytest.FixtureRequest) -> Simulator:
    """Makes a simulator for one framework's example, in process or over a real server."""
    framework, how = request.param
    if how == "served":
        base = request.getfixturevalue("live_server")(framework)
        app, url = None, f"{base}/voice"
    elif framework == "django":
        app, url = request.getfixturevalue("django_project"), URL
    else:
        app, url = FACTORIES[framework].create_app(TOKEN), URL

    def make(**options: Any) -> CallSimulator:
        return CallSimulator(app, **{"url": url, "sms_url": "/sms", "auth_token": TOKEN, **options})

    return make


def test_welcome_offers_the_menu(simulator):
    call = simulator().dial()
    assert call.heard() == ["Welcome to Acme.", MAIN_MENU]
    assert call.waiting_for == "gather"


def test_pressing_1_transfers_to_sales(simulator, flow_snapshot):
    call = simulator().dial().press("1")
    assert call.dialed == [phone_tree.SALES_NUMBER]
    assert call.ended and call.heard()[-1] == "Thank you for calling Acme. Goodbye."
    assert call.script() == flow_snapshot


def test_saying_sales_transfers_to_sales(simulator):
    call = simulator().dial().say_words("sales")
    assert call.dialed == [phone_tree.SALES_NUMBER]


def test_support_takes_a_voicemail(simulator, flow_snapshot):
    call = simulator().dial().press("2")
    assert call.waiting_for == "record" and call.dialed == []
    call.leave_message(14)
    assert call.heard(since_input=True)[0] == "Thanks, we got your 14 second message."
    assert call.ended
    assert call.script() == flow_snapshot


def test_asking_for_help_by_voice_reaches_support(simulator):
    call = simulator().dial().say_words("I need help with my order")
    assert call.waiting_for == "record"


def test_busy_sales_falls_back_to_voicemail(simulator, flow_snapshot):
    call = simulator(dial_status="busy").dial().press("1")
    assert call.heard(since_input=True)[-1].startswith("Sales cannot take your call right now.")
    call.leave_message(6)
    assert call.script() == flow_snapshot


def test_a_silent_voicemail_ends_politely(simulator):
    call = simulator(dial_status="no-answer").dial().press("1").silence()
    assert call.heard(since_input=True) == ["We did not receive a message. Goodbye."]
    assert call.ended


def test_a_wrong_key_gets_one_more_try(simulator, flow_snapshot):
    call = simulator().dial().press("9")
    assert call.heard(since_input=True) == ["Sorry, that is not an option.", MAIN_MENU]
    call.press("1")
    assert call.dialed == [phone_tree.SALES_NUMBER]
    assert call.script() == flow_snapshot


def test_silence_twice_ends_the_call(simulator, flow_snapshot):
    sim = simulator()
    call = sim.dial().silence()
    assert not call.ended
    call.silence()
    assert call.ended and call.heard()[-1] == "Please call again later. Goodbye."
    assert [r.url for r in call.requests] == [sim.url, sim.url + "?attempt=2"]
    assert call.script() == flow_snapshot


def test_texting_callback_gets_a_confirmation(simulator, flow_snapshot):
    exchange = simulator(from_="+15551112222").send_sms("callback")
    assert [m.body for m in exchange.replies] == [
        "Acme: confirmed, we will call you back at +15551112222 within one day."
    ]
    assert exchange.replies[0].to == "+15551112222"
    assert exchange.script() == flow_snapshot


def test_any_other_text_explains_how_to_ask(simulator):
    exchange = simulator().send_sms("hello?")
    assert exchange.replies[0].body.startswith("Acme: reply CALLBACK")


def test_a_forged_request_is_refused(simulator):
    sim = simulator(auth_token="forged-token-0123456789abcdefghij")
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        sim.dial()


def test_a_forged_text_is_refused(simulator):
    sim = simulator(auth_token="forged-token-0123456789abcdefghij")
    with pytest.raises(WebhookResponseError, match="HTTP 403"):
        sim.send_sms("CALLBACK")


@pytest.mark.parametrize("module", [ivr_flask, ivr_quart, ivr_fastapi])
def test_without_a_token_the_example_refuses_to_start(module: Any) -> None:
    with pytest.raises(WebhookConfigurationError, match="set TWILIO_AUTH_TOKEN"):
        module.create_app()


@pytest.mark.parametrize("module", [ivr_flask, ivr_quart, ivr_fastapi])
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


@pytest.mark.parametrize("module", [ivr_flask, ivr_quart, ivr_fastapi])
def test_a_public_url_without_a_scheme_stops_the_example_at_start_up(
    module: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_WEBHOOK_PUBLIC_URL", "dental.example.com")
    with pytest.raises(WebhookConfigurationError, match="https://"):
        module.create_app(TOKEN)


#: The branches the stories above leave out, so that the tests drive every branch of the
#: flow (`pytest --twiml-flow=...` reports 100%).
OTHER_BRANCHES = {
    "hang up at the menu": lambda c: c.hang_up(),
    "hang up at the second menu": lambda c: c.silence().hang_up(),
    "a wrong key at the second menu": lambda c: c.silence().press("5"),
    "support from the second menu": lambda c: c.silence().press("2"),
    "a message for support": lambda c: c.press("2").leave_message(),
    "silence for support": lambda c: c.press("2").silence(),
    "hang up on support": lambda c: c.press("2").leave_message(finish_key="hangup"),
}


@pytest.mark.parametrize("branch", OTHER_BRANCHES)
def test_every_other_branch_runs(simulator, branch):
    sim = simulator()
    call = OTHER_BRANCHES[branch](sim.dial())
    assert call.requests[0].url == sim.url
    assert all(200 <= r.status_code < 300 for r in call.requests)


@pytest.mark.parametrize("ending", ["message", "hang up"])
def test_busy_sales_voicemail_can_end_either_way(simulator, ending):
    call = simulator(dial_status="busy").dial().press("1")
    if ending == "message":
        call.leave_message()
        assert call.heard(since_input=True)[0] == "Thanks, we got your 5 second message."
    else:
        call.leave_message(finish_key="hangup")
    assert call.ended
