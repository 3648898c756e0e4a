"""Property tests: what a `<Gather>` posts for any keys pressed, and any caller's script."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from simulator_pages import TOKEN, URL, PageApp, twiml

from twiml_dsl.testing import CallSimulator

KEYS = st.text(alphabet="0123456789*#", min_size=1, max_size=12)


def expected_digits(keys: str, num_digits: int | None, finish: str) -> str:
    """What Twilio collects: keys up to the finish key, at most numDigits of them."""
    if finish and finish in keys:
        keys = keys[: keys.index(finish)]
    return keys[:num_digits] if num_digits else keys


@given(keys=KEYS, num_digits=st.none() | st.integers(1, 6), finish=st.sampled_from(["#", "*", ""]))
def test_property_gather_posts_the_digits_twilio_would_collect(keys, num_digits, finish):
    attrs = f' finishOnKey="{finish}"' + (f' numDigits="{num_digits}"' if num_digits else "")
    app = PageApp(
        {
            "/voice": twiml(f'<Gather action="/got"{attrs}/><Say>none</Say>'),
            "/got": twiml("<Hangup/>"),
        }
    )
    call = CallSimulator(app.app, url=URL, auth_token=TOKEN).dial().press(keys)
    digits = expected_digits(keys, num_digits, finish)
    if digits:
        assert app.params("/got")["Digits"] == digits
        assert call.heard() == []
    else:
        assert [path for _, path, _ in app.seen] == ["/voice"]
        assert call.heard() == ["none"]
    assert call.ended


@given(actions=st.lists(st.sampled_from(["press", "say", "silence"]), max_size=6))
def test_property_every_caller_action_lands_in_the_script(actions):
    gather = '<Gather action="/voice" input="dtmf speech" numDigits="1"><Say>Hi</Say></Gather>'
    page = twiml(gather + "<Redirect>/voice</Redirect>")
    call = CallSimulator(PageApp({"/voice": page}).app, url=URL, auth_token=TOKEN).dial()
    for action in actions:
        if action == "press":
            call.press("1")
        elif action == "say":
            call.say_words("hello")
        else:
            call.silence()
    lines = [line for line in call.script().splitlines() if line.startswith("caller ")]
    assert len(lines) == len(actions)
    assert call.waiting_for == "gather"
    assert call.heard() == ["Hi"] * (len(actions) + 1)
