"""Building documents: where elements go, how values are written, what is refused."""

from __future__ import annotations

import asyncio
import threading

import pytest
from lxml import etree

from twiml_dsl import (
    AttributeValueError,
    MessagingResponse,
    NestingError,
    TextError,
    TwiMLError,
    UnknownAttributeError,
    VoiceResponse,
    parse,
)


def tree(response) -> etree._Element:
    return etree.fromstring(response.to_xml().encode())


def issue_example() -> VoiceResponse:
    response = VoiceResponse()
    response.say("Welcome to Acme.", voice="Polly.Joanna")
    with response.gather(
        action="/menu", num_digits=1, input=["dtmf", "speech"], hints=["sales", "support"]
    ):
        response.say("Press 1 or say sales.")
        response.pause(length=1)
    with response.dial(caller_id="+15551230000", timeout=20) as dial:
        dial.number("+15559870000", send_digits="ww1")
    response.say("Goodbye.")
    response.hangup()
    return response


# -- documents (snapshots) -------------------------------------------------------------------


def test_ivr_menu_document(twiml_snapshot):
    assert issue_example() == twiml_snapshot


def test_ssml_mixed_content_document(twiml_snapshot):
    r = VoiceResponse()
    with r.say("Hello", voice="Polly.Amy") as s:
        s.break_(time="1s")
        s.add_text("world, your code is ")
        s.say_as("1234", interpret_as="digits")
        s.add_text(".")
        with s.prosody(rate="slow") as p:
            p.add_text("Slowly ")
            p.emphasis("now", level="strong")
    assert r == twiml_snapshot


def test_messaging_document(twiml_snapshot):
    r = MessagingResponse()
    r.message("Thanks, we got it.", to="+15551230000", from_="+15559870000")
    with r.message() as m:
        m.body("Your receipt")
        m.media("https://example.com/receipt.png")
    r.redirect("/sms/next", method="POST")
    assert r == twiml_snapshot


# -- where elements go -----------------------------------------------------------------------


def test_calls_on_the_response_go_into_the_innermost_block():
    r = VoiceResponse()
    with r.gather():
        r.say("inside")
    r.say("outside")
    root = tree(r)
    assert [c.tag for c in root] == ["Gather", "Say"]
    assert root[0][0].text == "inside"


def test_a_handle_appends_to_itself_wherever_the_cursor_is():
    r = VoiceResponse()
    dial = r.dial()
    with r.gather() as g:
        dial.number("+15550001111")
        g.say("in gather")
    root = tree(r)
    assert root[0].tag == "Dial" and root[0][0].text == "+15550001111"
    assert root[1][0].text == "in gather"


def test_response_level_nouns_follow_the_cursor():
    r = VoiceResponse()
    with r.dial():
        r.number("+15550001111")
        r.client("alice")
    with r.say("Hi"):
        r.break_(strength="weak")
    root = tree(r)
    assert [c.tag for c in root[0]] == ["Number", "Client"]
    assert root[1][0].tag == "break"


def test_nested_blocks_unwind_in_order():
    r = VoiceResponse()
    with r.dial():
        with r.sip("sip:alice@example.com") as sip:
            with r.headers():
                r.header(name="X-Team", value="sales")
            assert r.cursor is sip
        r.number("+15550001111")
    r.hangup()
    root = tree(r)
    assert [c.tag for c in root] == ["Dial", "Hangup"]
    assert [c.tag for c in root[0]] == ["Sip", "Number"]
    assert root[0][0][0][0].get("name") == "X-Team"


def test_the_cursor_is_restored_when_a_block_raises():
    r = VoiceResponse()
    with pytest.raises(RuntimeError), r.gather():
        raise RuntimeError("boom")
    r.say("after")
    assert [c.tag for c in tree(r)] == ["Gather", "Say"]


def test_a_block_on_a_leaf_element_is_an_error():
    r = VoiceResponse()
    with pytest.raises(NestingError, match=r"<Pause> holds no child elements"):
        with r.pause():
            pass
    r.say("still at the root")
    assert [c.tag for c in tree(r)] == ["Pause", "Say"]


def test_threads_building_separate_responses_never_meet():
    results: dict[int, str] = {}
    barrier = threading.Barrier(2)

    def build(n: int) -> None:
        r = VoiceResponse()
        with r.gather(action=f"/t{n}"):
            barrier.wait()
            for i in range(50):
                r.say(f"{n}-{i}")
        results[n] = r.to_xml()

    threads = [threading.Thread(target=build, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for n in (1, 2):
        says = [s.text for s in etree.fromstring(results[n].encode())[0]]
        assert says == [f"{n}-{i}" for i in range(50)]


def test_asyncio_tasks_building_separate_responses_never_meet():
    async def build(n: int) -> str:
        r = VoiceResponse()
        with r.gather(action=f"/t{n}"):
            for i in range(20):
                r.say(f"{n}-{i}")
                await asyncio.sleep(0)
        return r.to_xml()

    async def main() -> list[str]:
        return await asyncio.gather(build(1), build(2))

    for n, xml in zip((1, 2), asyncio.run(main()), strict=True):
        says = [s.text for s in etree.fromstring(xml.encode())[0]]
        assert says == [f"{n}-{i}" for i in range(20)]


# -- values ----------------------------------------------------------------------------------


def test_values_are_normalised():
    r = VoiceResponse()
    r.record(play_beep=False, transcribe=True, max_length=30, timeout="5")
    r.sms("hi", from_="+15550001111", to="+15552223333")
    record, sms = tree(r)
    assert dict(record.attrib) == {
        "maxLength": "30",
        "playBeep": "false",
        "timeout": "5",
        "transcribe": "true",
    }
    assert sms.get("from") == "+15550001111"


def test_lists_are_joined_with_the_separator_each_attribute_takes():
    r = VoiceResponse()
    r.gather(input=["dtmf", "speech"], hints=["sales", "support"])
    with r.dial(recording_status_callback_event=("in-progress", "completed")):
        r.number("+1555", status_callback_event=["initiated", "answered"])
    gather, dial = tree(r)
    assert gather.get("input") == "dtmf speech"
    assert gather.get("hints") == "sales,support"
    assert dial.get("recordingStatusCallbackEvent") == "in-progress completed"
    assert dial[0].get("statusCallbackEvent") == "initiated answered"


def test_attributes_come_out_sorted():
    r = VoiceResponse()
    r.gather(timeout=5, action="/a", num_digits=1, method="POST")
    assert list(tree(r)[0].attrib) == ["action", "method", "numDigits", "timeout"]


def test_falsy_text_is_kept():
    r = VoiceResponse()
    r.say(0)
    r.say(0.0)
    r.play(digits="0")
    assert [c.text for c in tree(r)][:2] == ["0", "0.0"]


def test_mixed_text_keeps_every_word():
    r = VoiceResponse()
    with r.say("Hello") as s:
        s.add_text(" one")
        s.add_text(" two")
        s.break_()
        s.add_text("after1")
        s.add_text(" after2")
    say = tree(r)[0]
    assert "".join(say.itertext()) == "Hello one twoafter1 after2"
    assert say[0].tail == "after1 after2"


def test_pretty_output_adds_no_whitespace_inside_text_or_mixed_content():
    r = VoiceResponse()
    with r.say() as s:
        s.break_(time="1s")
        s.w("word", role="amazon:VB")
    r.sms("line one\nline two", to="+1555")
    pretty = r.to_xml(pretty=True)
    assert '<Say><break time="1s"/><w role="amazon:VB">word</w></Say>' in pretty
    assert ">line one\nline two</Sms>" in pretty


def test_an_element_writes_itself_without_the_text_that_follows_it():
    r = VoiceResponse()
    with r.say("Hello") as s:
        pause = s.break_(time="1s")
        s.add_text("world")
    assert pause.to_xml() == '<break time="1s"/>'
    assert s.to_xml() == '<Say>Hello<break time="1s"/>world</Say>'
    assert pause.to_xml(pretty=True) == '<break time="1s"/>\n'


def test_special_characters_are_escaped_as_text():
    r = VoiceResponse()
    r.say('O\'Brien & <Sons> "quoted" ]]> &amp;')
    r.redirect("/next?a=1&b=2")
    say, redirect = tree(r)
    assert say.text == 'O\'Brien & <Sons> "quoted" ]]> &amp;'
    assert redirect.text == "/next?a=1&b=2"
    assert "&amp;b=2" in r.to_xml()


def test_extra_passes_unknown_attributes_verbatim():
    r = VoiceResponse()
    r.gather(num_digits=1, extra={"newFeature": True, "speechModelV2": "x", "skip": None})
    assert dict(tree(r)[0].attrib) == {"newFeature": "true", "numDigits": "1", "speechModelV2": "x"}


def test_element_escape_hatch_adds_anything_xml_can_hold():
    r = VoiceResponse()
    with r.say("Hi") as s:
        with s.element("amazon-effect", name="whispered") as e:
            e.add_text("secret")
    say = tree(r)[0]
    assert say[0].tag == "amazon-effect" and say[0].get("name") == "whispered"
    assert say[0].text == "secret"


# -- errors: every message -------------------------------------------------------------------


def test_misplaced_verb_names_what_the_parent_allows():
    r = VoiceResponse()
    with r.gather(), pytest.raises(NestingError) as err:
        r.dial("+1555")
    assert str(err.value) == (
        "<Dial> is not allowed inside <Gather>; <Gather> may contain <Say>, <Play>, <Pause>"
        " (<Dial> goes inside <Response>)"
    )


def test_noun_at_the_top_level_says_where_it_belongs():
    with pytest.raises(NestingError, match=r"\(<Number> goes inside <Dial>\)$"):
        VoiceResponse().number("+1555")


def test_child_of_a_text_only_element_is_refused():
    r = VoiceResponse()
    with r.dial("+1555"), pytest.raises(NestingError, match="<Dial> may contain <Number>"):
        r.say("x")


def test_typo_names_the_close_match():
    with pytest.raises(UnknownAttributeError) as err:
        VoiceResponse().gather(num_digit=1)  # type: ignore[call-arg]
    assert str(err.value) == "<Gather> has no attribute 'num_digit'; did you mean 'num_digits'?"


def test_camel_case_keyword_names_the_snake_case_one():
    with pytest.raises(UnknownAttributeError, match="did you mean 'caller_id'"):
        VoiceResponse().dial(callerId="+1555")  # type: ignore[call-arg]


def test_unknown_attribute_without_a_close_match_lists_the_attributes():
    with pytest.raises(UnknownAttributeError) as err:
        VoiceResponse().pause(zzz=1)  # type: ignore[call-arg]
    assert str(err.value) == "<Pause> has no attribute 'zzz'; it takes: length"


def test_attribute_on_an_element_with_none():
    with pytest.raises(UnknownAttributeError, match=r"it takes none \(use extra="):
        VoiceResponse().hangup(reason="x")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda r: r.gather(method="get"),
            "<Gather> attribute 'method' is 'get'; Twilio accepts one of: GET, POST",
        ),
        (
            lambda r: r.gather(input=["dtmf", "keypad"]),
            "<Gather> attribute 'input' is 'keypad'; Twilio accepts one of: dtmf, speech",
        ),
        (
            lambda r: r.record(trim="yes"),
            "<Record> attribute 'trim' is 'yes'; Twilio accepts one of: do-not-trim, trim-silence",
        ),
        (
            lambda r: r.say("x", voice=["a", "b"]),
            "<Say> attribute 'voice' takes a single value, not a list",
        ),
        (
            lambda r: r.say("x", voice={"a": 1}),
            "<Say> attribute 'voice' must be a string, number or boolean, not dict",
        ),
        (
            lambda r: r.pause(length="long"),
            "<Pause> attribute 'length' must be a whole number of 0 or more, not 'long'",
        ),
        (
            lambda r: r.dial(timeout=-5),
            "<Dial> attribute 'timeout' must be a whole number of 0 or more, not -5",
        ),
    ],
)
def test_bad_values_are_refused(build, message):
    with pytest.raises(AttributeValueError) as err:
        build(VoiceResponse())
    assert str(err.value) == message


def test_text_xml_cannot_hold_names_the_character_and_position():
    with pytest.raises(TextError) as err:
        VoiceResponse().say("ab\x07c")
    assert str(err.value) == (
        "<Say> text contains '\\x07' (U+0007) at position 2, a character XML cannot hold"
    )


def test_attribute_xml_cannot_hold_is_refused():
    with pytest.raises(TextError, match=r"<Gather> attribute 'action' contains '\\x00'"):
        VoiceResponse().gather(action="/a\x00")


def test_text_on_an_element_that_takes_none():
    r = VoiceResponse()
    with pytest.raises(TextError, match="<Hangup> takes no text content, got 'x'"):
        r.hangup().add_text("x")
    with pytest.raises(TextError, match="<Response> takes no text content"):
        r.add_text("stray")


def test_required_text_may_not_be_empty():
    with pytest.raises(TextError, match="<Number> needs text content"):
        VoiceResponse().dial().number("")


def test_an_error_loses_nothing():
    r = VoiceResponse()
    r.say("kept")
    before = r.to_xml()
    for bad in (
        lambda: r.gather(num_digit=1),
        lambda: r.gather(action="ok", method="FETCH"),
        lambda: r.say("bad\x00"),
        lambda: r.number("+1"),
    ):
        with pytest.raises(TwiMLError):
            bad()
    assert r.to_xml() == before


def test_errors_are_value_errors():
    assert issubclass(TwiMLError, ValueError)


# -- output ----------------------------------------------------------------------------------


def test_declaration_and_str():
    r = VoiceResponse()
    r.hangup()
    assert str(r) == '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>'
    assert r.to_xml(xml_declaration=False) == "<Response><Hangup/></Response>"
    assert r.to_xml(pretty=True) == (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Hangup/>\n</Response>\n'
    )


def test_text_after_a_child_is_only_for_mixed_content():
    r = VoiceResponse()
    dial = r.dial()
    dial.number("+15550001111")
    with pytest.raises(TextError, match=r"<Dial> may not hold text after <Number>"):
        dial.add_text("+15552223333")
    assert parse(r.to_xml()).to_xml() == r.to_xml()


def test_non_finite_numbers_are_refused():
    with pytest.raises(AttributeValueError, match="'rate' must be a finite number, not inf"):
        VoiceResponse().say().prosody("x", rate=float("inf"))
    with pytest.raises(TextError, match="<Say> text must be a finite number, not nan"):
        VoiceResponse().say(float("nan"))


def test_unknown_elements_take_children_only_through_element():
    r = VoiceResponse()
    with r.element("Custom") as custom:
        custom.element("Inner", "ok")
        with pytest.raises(NestingError, match=r"<Custom> is not part of the grammar"):
            r.say("x")
    assert "<Custom><Inner>ok</Inner></Custom>" in r.to_xml()


def test_attrs_shows_xml_names():
    r = VoiceResponse()
    with r.say() as s:
        lang = s.lang("Bonjour", xml_lang="fr-FR")
    assert lang.attrs == {"xml:lang": "fr-FR"}
