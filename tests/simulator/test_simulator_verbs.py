"""The simulator plays each TwiML verb the way Twilio does."""

from __future__ import annotations

import pytest
from simulator_pages import TOKEN, URL, PageApp, twiml

from twiml_dsl.testing import Call, CallSimulator, UnsupportedTwiMLError

MENU = '<Gather action="/menu" numDigits="1" input="dtmf speech"><Say>Pick one.</Say></Gather>'


def call(pages: dict[str, str], **options: object) -> tuple[Call, PageApp]:
    app = PageApp(pages)
    sim = CallSimulator(app.app, url=URL, auth_token=TOKEN, **options)  # type: ignore[arg-type]
    return sim.dial(), app


def test_first_request_carries_twilios_call_parameters():
    c, app = call({"/voice": twiml("<Hangup/>")})
    params = app.params("/voice")
    assert params["CallStatus"] == "ringing"
    assert params["Direction"] == "inbound"
    assert params["ApiVersion"] == "2010-04-01"
    assert params["From"] == params["Caller"] == "+15551230000"
    assert params["To"] == params["Called"] == "+15559990000"
    assert params["CallSid"].startswith("CA") and len(params["CallSid"]) == 34
    assert params["AccountSid"].startswith("AC") and len(params["AccountSid"]) == 34
    assert c.ended and c.end_reason == "the app hung up"


def test_later_requests_say_the_call_is_in_progress():
    c, app = call({"/voice": twiml(MENU), "/menu": twiml("<Hangup/>")})
    c.press("1")
    assert app.params("/menu")["CallStatus"] == "in-progress"
    assert app.params("/menu")["CallSid"] == c.sid


def test_say_reduces_ssml_to_the_words_heard():
    ssml = (
        "<Say>Your code is <say-as interpret-as='characters'>AB</say-as>."
        "<break time='1s'/>Call <sub alias='World Wide Web'>WWW</sub>"
        "<prosody rate='slow'> now</prosody>.</Say>"
    )
    c, _ = call({"/voice": twiml(ssml)})
    assert c.heard() == ["Your code is AB. Call World Wide Web now."]


def test_say_loop_repeats_the_sentence():
    c, _ = call({"/voice": twiml('<Say loop="2">Hello.</Say>')})
    assert c.heard() == ["Hello.", "Hello."]
    assert 'says "Hello." (x2)' in c.script()


def test_play_and_pause_are_recorded_with_resolved_urls():
    c, _ = call({"/voice": twiml('<Play>/hold.mp3</Play><Pause length="3"/><Play digits="12"/>')})
    assert c.played == ["https://example.com/hold.mp3", "digits:12"]
    assert "pauses 3s" in c.script()


def test_gather_waits_and_posts_digits_to_its_action():
    c, app = call({"/voice": twiml(MENU), "/menu": twiml("<Say>Sales.</Say>")})
    assert c.waiting_for == "gather" and not c.ended
    c.press("1")
    assert app.params("/menu")["Digits"] == "1"
    assert c.heard(since_input=True) == ["Sales."]
    assert c.heard() == ["Pick one.", "Sales."]


def test_gather_stops_at_num_digits_and_ignores_the_rest():
    c, app = call({"/voice": twiml(MENU), "/menu": twiml("")})
    c.press("123")
    assert app.params("/menu")["Digits"] == "1"
    assert "keys '23' come after the <Gather> finished and are ignored" in c.script()


def test_gather_ends_on_finish_key_which_is_not_sent():
    c, app = call({"/voice": twiml('<Gather action="/pin"/>'), "/pin": twiml("")})
    c.press("4321#")
    assert app.params("/pin")["Digits"] == "4321"


def test_gather_without_action_posts_to_the_current_document():
    c, app = call({"/voice": twiml("<Gather/>")})
    c.press("7")
    assert [(m, p) for m, p, _ in app.seen] == [("POST", "/voice"), ("POST", "/voice")]
    assert app.seen[1][2]["Digits"] == "7"


def test_gather_with_get_sends_parameters_in_the_query_string():
    c, app = call({"/voice": twiml('<Gather action="/menu" method="GET"/>'), "/menu": twiml("")})
    c.press("5")
    method, path, params = app.seen[-1]
    assert (method, path, params["Digits"]) == ("GET", "/menu", "5")


def test_no_input_falls_through_to_the_next_verb():
    c, app = call({"/voice": twiml(MENU + "<Say>Goodbye.</Say>")})
    c.silence()
    assert c.heard(since_input=True) == ["Goodbye."]
    assert len(app.seen) == 1 and c.ended


def test_action_on_empty_result_posts_without_digits():
    gather = '<Gather action="/menu" actionOnEmptyResult="true"/>'
    c, app = call({"/voice": twiml(gather), "/menu": twiml("")})
    c.silence()
    assert "Digits" not in app.params("/menu")


def test_speech_posts_speech_result_and_confidence():
    c, app = call({"/voice": twiml(MENU), "/menu": twiml("")})
    c.say_words("billing please", confidence=0.8)
    assert app.params("/menu")["SpeechResult"] == "billing please"
    assert app.params("/menu")["Confidence"] == "0.80"


def test_redirect_resolves_relative_urls_against_the_document():
    pages = {
        "/voice": twiml("<Redirect>ivr/start</Redirect>"),
        "/ivr/start": twiml("<Redirect>../done?x=1</Redirect>"),
        "/done": twiml("<Say>Done.</Say>"),
    }
    c, app = call(pages)
    assert [p for _, p, _ in app.seen] == ["/voice", "/ivr/start", "/done"]
    assert c.heard() == ["Done."]
    assert "redirects to /done?x=1" in c.script()


def test_record_posts_the_recording_to_its_action():
    record = '<Record action="/saved" maxLength="30"/>'
    c, app = call({"/voice": twiml(record), "/saved": twiml("<Say>Thanks.</Say>")})
    assert c.waiting_for == "record"
    c.leave_message(45)
    params = app.params("/saved")
    assert params["RecordingDuration"] == "30"
    assert params["Digits"] == "#"
    assert params["RecordingUrl"].startswith("https://api.twilio.com/2010-04-01/Accounts/AC")
    assert params["RecordingUrl"].endswith("/Recordings/" + params["RecordingSid"])
    assert c.heard() == ["Thanks."]


def test_record_in_silence_goes_on_without_a_request():
    c, app = call({"/voice": twiml('<Record action="/saved"/><Say>Nothing.</Say>')})
    c.silence()
    assert [p for _, p, _ in app.seen] == ["/voice"]
    assert c.heard() == ["Nothing."]


def test_hanging_up_during_record_posts_it_and_ignores_the_answer():
    c, app = call({"/voice": twiml('<Record action="/saved"/>'), "/saved": twiml("<Say>x</Say>")})
    c.leave_message(3, finish_key="hangup")
    assert app.params("/saved")["Digits"] == "hangup"
    assert c.ended and c.heard() == []


def test_dial_records_every_kind_of_target():
    dial = (
        "<Dial><Number>+15550001111</Number><Client>alice</Client>"
        "<Conference>Room 1</Conference><Sip>sip:bob@example.com</Sip></Dial>"
    )
    c, _ = call({"/voice": twiml(dial)})
    assert c.dialed == ["+15550001111", "client:alice", "conference:Room 1", "sip:bob@example.com"]


def test_dial_posts_its_status_to_the_action():
    pages = {"/voice": twiml('<Dial action="/after">+15550001111</Dial>'), "/after": twiml("")}
    c, app = call(pages, dial_outcomes={"+15550001111": "no-answer"})
    assert app.params("/after")["DialCallStatus"] == "no-answer"
    assert app.params("/after")["DialCallDuration"] == "0"
    assert c.dialed == ["+15550001111"]


def test_dial_without_action_goes_on_to_the_next_verb():
    c, _ = call({"/voice": twiml("<Dial>+15550001111</Dial><Say>Back.</Say>")})
    assert c.heard() == ["Back."]


def test_reject_ends_the_call_with_its_reason():
    c, _ = call({"/voice": twiml('<Reject reason="busy"/><Say>never</Say>')})
    assert c.ended and c.end_reason == "rejected (busy)"
    assert c.heard() == []


def test_enqueue_posts_the_queue_result():
    pages = {"/voice": twiml('<Enqueue action="/left">support</Enqueue>'), "/left": twiml("")}
    c, app = call(pages, queue_result="hangup")
    assert c.enqueued == ["support"]
    assert app.params("/left")["QueueResult"] == "hangup"


def test_sms_verb_texts_the_caller():
    c, _ = call({"/voice": twiml("<Sms>See you soon.</Sms>")})
    assert [(m.to, m.from_, m.body) for m in c.messages] == [
        ("+15551230000", "+15559990000", "See you soon.")
    ]


def test_background_verbs_are_reported_not_skipped():
    c, _ = call({"/voice": twiml('<Start><Stream url="wss://example.com/s"/></Start><Hangup/>')})
    assert c.unsimulated == ["<Start>"]
    assert "<Start> <Stream>: runs in the background, not simulated" in c.script()


@pytest.mark.parametrize("verb", ["<Pay/>", "<Echo/>", "<Connect><Room>r</Room></Connect>"])
def test_verbs_it_cannot_play_raise_instead_of_being_skipped(verb):
    with pytest.raises(UnsupportedTwiMLError, match="cannot simulate"):
        call({"/voice": twiml(verb)})


def test_an_empty_document_ends_the_call():
    c, _ = call({"/voice": twiml("")})
    assert c.ended and c.end_reason == "no more TwiML"


def test_an_inbound_text_collects_the_message_replies():
    reply = "<Message>One</Message><Message><Body>Two</Body><Media>/a.png</Media></Message>"
    app = PageApp({"/sms": twiml(reply)})
    sim = CallSimulator(app.app, url=URL, sms_url="/sms", auth_token=TOKEN)
    exchange = sim.send_sms("hi")
    assert [(m.body, m.media) for m in exchange.replies] == [("One", ()), ("Two", ("/a.png",))]
    params = app.params("/sms")
    assert params["Body"] == "hi" and params["SmsStatus"] == "received"
    assert params["MessageSid"].startswith("SM")


def test_the_script_reads_as_a_transcript():
    c, _ = call({"/voice": twiml(MENU), "/menu": twiml("<Say>Bye.</Say><Hangup/>")})
    c.press("2")
    assert c.script() == (
        "> POST /voice  From=+15551230000  To=+15559990000  CallStatus=ringing\n"
        '  says "Pick one."\n'
        "  waits for input: dtmf and speech, 1 digit, timeout 5s\n"
        "caller presses 2\n"
        "> POST /menu  Digits=2\n"
        '  says "Bye."\n'
        "  hangs up\n"
        "= call ended: the app hung up\n"
    )


def test_a_message_with_an_action_posts_its_status_and_follows_the_answer():
    pages = {
        "/sms": twiml('<Message action="/sent">First</Message><Message>never</Message>'),
        "/sent": twiml("<Redirect>/last</Redirect>"),
        "/last": twiml("<Message>Last</Message>"),
    }
    app = PageApp(pages)
    exchange = CallSimulator(app.app, url=URL, sms_url="/sms", auth_token=TOKEN).send_sms("hi")
    assert [m.body for m in exchange.replies] == ["First", "Last"]
    assert app.params("/sent")["MessageStatus"] == "sent"
    assert exchange.script().endswith("= 2 replies\n")


def test_the_caller_can_hang_up_while_a_gather_waits():
    c, app = call({"/voice": twiml(MENU + "<Say>never</Say>")})
    c.hang_up()
    assert c.ended and c.end_reason == "caller hung up"
    assert len(app.seen) == 1 and c.heard() == ["Pick one."]


def test_a_looping_prompt_says_it_repeats_until_the_caller_acts():
    c, _ = call({"/voice": twiml('<Gather><Say loop="0">Still there?</Say></Gather>')})
    assert c.heard() == ["Still there?"]
    assert '"Still there?" (repeats until the caller acts)' in c.script()


def test_what_the_simulator_does_not_run_is_written_in_the_script():
    page = '<Record action="/r" transcribe="true"/>'
    c, _ = call({"/voice": twiml(page), "/r": twiml('<Enqueue waitUrl="/hold">q</Enqueue>')})
    c.leave_message(2)
    assert c.unsimulated == ["transcription", "waitUrl"]
    assert "note: transcription is not simulated" in c.script()
    assert "note: the queue's waitUrl (hold music) is not fetched" in c.script()


def test_every_voice_verb_is_played_or_refused_by_name():
    from twiml_dsl._grammar import VOICE
    from twiml_dsl.testing._voice import _UNSUPPORTED, VERBS

    verbs = set(VOICE.allowed(VOICE.root))
    assert set(VERBS) | set(_UNSUPPORTED) == verbs
    assert not set(VERBS) & set(_UNSUPPORTED)


def test_twilios_defaults_come_from_the_grammar_table():
    from twiml_dsl._grammar import VOICE

    assert VOICE.specs["Gather"].defaults["timeout"] == "5"
    assert VOICE.specs["Gather"].defaults["finishOnKey"] == "#"
    assert VOICE.specs["Record"].defaults["maxLength"] == "3600"
    assert VOICE.specs["Record"].defaults["finishOnKey"] == "1234567890*#"
