"""explore(): every branch of an app tried, equivalent choices merged, problems with paths."""

from __future__ import annotations

from flask import Response
from simulator_pages import TOKEN, URL, PageApp, twiml

from twiml_dsl.testing import FlowMap, explore

MENU = twiml(
    '<Gather action="/menu" numDigits="1"><Say>Press 1, 3 or 7.</Say></Gather>'
    "<Say>Goodbye.</Say><Hangup/>"
)


def menu(params):
    digits = params.get("Digits")
    if digits == "1":
        return twiml("<Say>Sales.</Say><Hangup/>")
    if digits == "3":
        return twiml('<Gather action="/nowhere" numDigits="1"><Say>Sub menu.</Say></Gather>')
    if digits == "7":
        raise RuntimeError("planted fault")
    return twiml("<Say>Not an option.</Say><Redirect>/voice</Redirect>")


def planted() -> PageApp:
    app = PageApp({"/voice": MENU, "/menu": menu}, testing=False)
    app.app.config["PROPAGATE_EXCEPTIONS"] = False  # a fault answers HTTP 500, as in production
    return app


def flow_of(app: PageApp, **options: object) -> FlowMap:
    return explore(app.app, url=URL, auth_token=TOKEN, **options)  # type: ignore[arg-type]


def test_a_500_on_one_key_is_found_with_the_keys_that_reach_it():
    flow = flow_of(planted())
    [fault] = [p for p in flow.problems if p.kind == "http-status"]
    assert fault.status_code == 500
    assert fault.url == "https://example.com/menu"
    assert fault.path == ("press 7",)
    assert not flow.ok


def test_a_dead_action_url_is_found_with_the_shortest_path():
    flow = flow_of(planted())
    [dead] = [p for p in flow.problems if p.kind == "not-routed"]
    assert dead.url == "https://example.com/nowhere"
    assert dead.path == ("press 3", "press 1")
    assert "answered HTTP 404" in dead.message


def test_choices_leading_to_the_same_state_merge_into_one_edge():
    flow = flow_of(planted())
    start = next(s for s in flow.states.values() if s.url == URL and s.kind == "twiml")
    labels = {e.label for e in flow.edges if e.source == start.id}
    assert labels == {"0, 2, 4-6, 8, 9, *", "1", "3", "7", "#, timeout", "hang up"}


def test_revisiting_a_state_is_a_loop_edge_not_a_new_state():
    flow = flow_of(planted())
    voice = [s for s in flow.states.values() if s.url == URL]
    assert len(voice) == 1
    sorry = next(s for s in flow.states.values() if "Not an option" in s.title)
    assert (sorry.id, voice[0].id) in flow.edge_keys()


def test_a_clean_app_has_no_problems_and_every_state_has_a_shortest_path():
    app = PageApp(
        {"/voice": twiml('<Gather action="/a" numDigits="1"/>'), "/a": twiml("<Hangup/>")}
    )
    flow = flow_of(app)
    assert flow.ok
    assert flow.truncated is None
    assert flow.requests > 0
    a = next(s for s in flow.states.values() if s.url.endswith("/a"))
    assert a.path == ("press 1",)
    assert a.request["Digits"] == "1"


def test_dial_outcomes_are_tried_when_the_action_can_tell_them_apart():
    app = PageApp(
        {
            "/voice": twiml('<Dial action="/after">+15550001111</Dial>'),
            "/after": lambda p: twiml(f"<Say>{p['DialCallStatus']}</Say>"),
        }
    )
    flow = flow_of(app)
    titles = {s.title for s in flow.states.values() if s.url.endswith("/after")}
    assert titles == {'"completed"', '"busy"', '"no-answer"', '"failed"'}


def test_speech_tries_each_hint_an_unmatched_phrase_and_silence():
    app = PageApp(
        {
            "/voice": twiml('<Gather input="speech" hints="sales, support" action="/said"/>'),
            "/said": lambda p: twiml(f"<Say>{p['SpeechResult']}</Say>"),
        }
    )
    flow = flow_of(app)
    labels = {e.label for e in flow.edges}
    assert {'"sales"', '"support"', '"something else"', "timeout", "hang up"} <= labels


def test_a_signature_the_app_refuses_is_a_problem():
    flow = explore(PageApp({"/voice": MENU}).app, url=URL, auth_token="not-the-app-token")
    assert [p.kind for p in flow.problems] == ["signature-refused"]
    assert flow.problems[0].path == ()


def test_a_redirect_loop_and_an_unsupported_verb_are_problems():
    loop = PageApp({"/voice": twiml("<Redirect>/voice</Redirect>")})
    assert [p.kind for p in flow_of(loop).problems] == ["redirect-loop"]
    echo = PageApp({"/voice": twiml("<Echo/>")})
    assert [p.kind for p in flow_of(echo).problems] == ["unsupported-verb"]


def test_wrong_content_type_and_invalid_twiml_are_problems():
    json_app = PageApp({"/voice": Response("{}", content_type="application/json")})
    assert [p.kind for p in flow_of(json_app).problems] == ["content-type"]
    bad = PageApp({"/voice": twiml('<Gather numDigts="1"/>')})
    assert [p.kind for p in flow_of(bad).problems] == ["invalid-twiml"]


def test_max_states_stops_the_exploration_and_says_so():
    def deeper(params):
        n = int(params.get("n", "0"))
        return twiml(f'<Gather action="/voice?n={n + 1}" numDigits="1"/>')

    app = PageApp({"/voice": deeper})
    flow = flow_of(app, max_states=3)
    assert flow.truncated is not None
    assert "max_states=3" in flow.truncated
    shallow = flow_of(app, max_depth=2)
    assert shallow.truncated is not None and "max_depth=2" in shallow.truncated


def test_a_text_message_is_explored_when_sms_url_is_given():
    reply = '<?xml version="1.0"?><Response><Message>Hi back.</Message></Response>'
    app = PageApp({"/voice": twiml("<Hangup/>"), "/sms": reply})
    flow = flow_of(app, sms_url="/sms")
    texts = [s for s in flow.states.values() if s.url.endswith("/sms")]
    assert [s.title for s in texts] == ['replies "Hi back."']
    assert "incoming text" in flow.to_text()


def test_the_text_map_is_an_indented_tree_with_a_summary():
    text = flow_of(planted()).to_text()
    lines = text.splitlines()
    assert lines[0] == "incoming call"
    assert lines[1].startswith("  call -> POST /voice: ")
    assert any(
        line.startswith("    7 -> PROBLEM: http-status: answered HTTP 500") for line in lines
    )
    assert "problem: https://example.com/menu: answered HTTP 500" in text
    assert "(press 7)" in text


def test_mermaid_and_dot_name_every_state_and_edge():
    flow = flow_of(planted())
    mermaid = flow.to_mermaid()
    assert mermaid.startswith("flowchart TD\n")
    assert mermaid.count(" -->|") == len(flow.edges)
    assert "classDef problem" in mermaid
    dot = flow.to_dot()
    assert dot.count(" -> ") == len(flow.edges)
    for state in flow.states:
        assert f'"{state}" [' in dot


def _cookie_app():
    from flask import Flask, request

    app = Flask(__name__)

    @app.post("/voice")
    def voice():
        return Response(MENU, content_type="text/xml")

    @app.post("/menu")
    def menu():
        seen = request.cookies.get("seen")
        said = f"Leaked {seen}" if seen else f"Fresh {request.form['Digits']}"
        response = Response(twiml(f"<Say>{said}</Say>"), content_type="text/xml")
        response.set_cookie("seen", request.form["Digits"])
        return response

    return app


def test_every_path_has_its_own_cookies_as_a_real_caller_would():
    for replay in (False, True):
        flow = explore(_cookie_app(), url=URL, auth_token=TOKEN, replay=replay)
        said = {s.title for s in flow.states.values() if s.url.endswith("/menu")}
        assert said == {f'"Fresh {key}"' for key in "0123456789*"}


def test_each_queue_result_is_tried_when_enqueue_has_an_action():
    app = PageApp(
        {
            "/voice": twiml('<Enqueue action="/left">support</Enqueue>'),
            "/left": lambda p: twiml(f"<Say>{p['QueueResult']}</Say>"),
        }
    )
    said = {s.title for s in explore(app.app, url=URL, auth_token=TOKEN).states.values()}
    assert {'"bridged"', '"queue-full"', '"hangup"', '"error"'} <= said


def test_longer_input_tries_sequences_ending_on_the_finish_key():
    app = PageApp(
        {
            "/voice": twiml('<Gather action="/pin" numDigits="4"/>'),
            "/pin": lambda p: twiml(f"<Say>{p['Digits']}</Say>"),
        }
    )
    flow = explore(app.app, url=URL, auth_token=TOKEN)
    labels = {e.label for e in flow.edges}
    assert {"1#", "0#", "1111", "#, timeout"} <= labels
    said = {s.title for s in flow.states.values() if s.url.endswith("/pin")}
    assert '"1111"' in said and '"1"' in said


def test_the_text_map_can_mark_covered_edges():
    flow = flow_of(planted())
    first = flow.edges[0]
    lines = flow.to_text(covered={(first.source, first.target)}).splitlines()
    assert lines[1].startswith("  [x] call -> POST /voice")
    assert any(line.startswith("    [ ] 7 -> PROBLEM") for line in lines)
