"""The document is an lxml tree: handles are lxml elements, and lxml writes the XML.

Also the gaps found by running the official packages' own tests against ours, the one
"missing content" rule, and hostile input to the builder, `parse()` and `lint`.
"""

from __future__ import annotations

import copy
import gc
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from canonical import c14n
from lxml import etree
from twilio.twiml import lower_camel
from twilio.twiml.voice_response import VoiceResponse as TwVoice

from twiml_dsl import (
    AttributeValueError,
    MessagingResponse,
    NestingError,
    TextError,
    TwiMLError,
    TwiMLParseError,
    UnknownAttributeError,
    VoiceResponse,
    parse,
)
from twiml_dsl import elements as el
from twiml_dsl._node import MAX_ATTRIBUTES, MAX_DEPTH
from twiml_dsl._parse import problems

ROOT = Path(__file__).resolve().parents[2]


# --- The tree -------------------------------------------------------------------------------


def test_the_root_and_every_handle_are_lxml_elements():
    r = VoiceResponse()
    gather = r.gather(num_digits=1, action="/menu")
    say = gather.say("Press 1.")
    assert isinstance(r.root, etree._Element) and r.root.tag == "Response"
    assert isinstance(gather, etree.ElementBase) and isinstance(gather, el.Gather)
    assert gather.get("numDigits") == "1" and gather.keys() == ["action", "numDigits"]
    assert say.getparent() is gather and len(gather) == 1 and list(gather) == [say]
    assert r.root.xpath("//Gather/Say/text()") == ["Press 1."]


def test_a_change_made_with_lxml_is_in_the_next_document():
    r = VoiceResponse()
    gather = r.gather()
    gather.set("timeout", "3")
    etree.SubElement(gather, "Pause", length="1")
    r.root.remove(r.say("dropped"))
    assert r.to_xml(xml_declaration=False) == (
        '<Response><Gather timeout="3"><Pause length="1"/></Gather></Response>'
    )
    assert isinstance(gather[0], el.Pause)  # lxml's own SubElement makes our class too


def test_elements_keep_no_state_so_a_new_proxy_works_the_same():
    r = VoiceResponse()
    r.gather(action="/a")
    gc.collect()  # nothing holds the <Gather> proxy: lxml makes a new one on access
    gather = r.root[0]
    assert isinstance(gather, el.Gather)
    with gather:
        r.say("inside")
    assert r.root.xpath("/Response/Gather/Say/text()") == ["inside"]
    with pytest.raises(AttributeError):
        gather.state = 1  # type: ignore[attr-defined]


def test_parse_builds_the_same_classes_for_each_grammar():
    voice = parse("<Response><Gather><Say>Hi</Say></Gather></Response>")
    assert isinstance(voice.root[0], el.Gather) and isinstance(voice.root[0][0], el.Say)
    with voice.root[0]:
        voice.pause()
    assert voice.root.xpath("count(/Response/Gather/*)") == 2
    sms = parse("<Response><Message>Hi</Message><Redirect>/next</Redirect></Response>")
    assert isinstance(sms, MessagingResponse)
    assert isinstance(sms.root[0], el.Message) and isinstance(sms.root[1], el.Redirect)
    assert isinstance(sms.message("More"), el.Message)


def test_text_is_lxml_s_and_mixed_text_is_add_text():
    r = VoiceResponse()
    with r.say("Hello") as s:
        s.break_(time="1s")
        s.add_text("world")
    assert s.text == "Hello" and s[0].tail == "world"
    s.text = "Hi "  # lxml's own property, not shadowed
    assert r.to_xml(xml_declaration=False) == (
        '<Response><Say>Hi <break time="1s"/>world</Say></Response>'
    )


def _readme_block(marker: str) -> str:
    text = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    return textwrap.dedent(next(block for block in blocks if marker in block))


def test_readme_xpath_example_runs(twiml_snapshot):
    namespace: dict[str, object] = {}
    exec(_readme_block(".xpath("), namespace)
    test = namespace["test_menu_offers_sales_and_support"]
    assert callable(test)
    test(twiml_snapshot)


# --- Gaps found by the official packages' own tests -----------------------------------------


def test_responses_open_with_blocks_as_in_the_official_package():
    with VoiceResponse() as r:
        r.say("Hello")
    with MessagingResponse() as m:
        m.message("Hello")
    assert "<Say>Hello</Say>" in r.to_xml() and "<Message>Hello</Message>" in m.to_xml()


def test_a_task_given_a_dict_is_written_as_json_as_the_official_package_does():
    attributes = {"account_sid": "AC123", "selected_language": "en", "priority": 5}
    r = VoiceResponse()
    with r.enqueue(workflow_sid="WW123") as enqueue:
        task = enqueue.task(attributes, priority=5)
    assert json.loads(task.text or "") == attributes
    t = TwVoice()
    t.enqueue(workflow_sid="WW123").task(attributes, priority=5)
    assert c14n(r.to_xml()) == c14n(str(t.to_xml()))
    with pytest.raises(TextError, match="<Task> text: a dict that is not JSON"):
        VoiceResponse().enqueue(workflow_sid="WW1").task({"when": object()})


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_a_task_dict_holding_a_number_json_cannot_write_is_refused(number: float):
    enqueue = VoiceResponse().enqueue(workflow_sid="WW1")
    with pytest.raises(TextError, match="<Task> text: a dict that is not JSON"):
        enqueue.task({"priority": number})  # json.dumps alone would write NaN or Infinity
    assert len(enqueue) == 0


def test_a_task_dict_nested_past_what_json_can_write_is_refused():
    nested: dict[str, object] = {}
    inner = nested
    for _ in range(100_000):
        inner["a"] = inner = {}
    enqueue = VoiceResponse().enqueue(workflow_sid="WW1")
    with pytest.raises(TextError, match="<Task> text: a dict that is not JSON"):
        enqueue.task(nested)
    assert len(enqueue) == 0


@pytest.mark.parametrize("keyword", ["foO_Bar_baz", "data_value", "plainName", "x_y2z"])
def test_element_keywords_follow_the_official_lower_camel_rule(keyword: str):
    r = VoiceResponse()
    custom = r.element("Custom", **{keyword: "v"})
    assert custom.keys() == [lower_camel(keyword)]


def test_comments_go_on_the_response_and_on_any_element():
    r = VoiceResponse()
    r.comment(" menu ")
    with r.gather() as gather:
        r.comment("inside")
        gather.say("Press 1.")
    xml = r.to_xml(xml_declaration=False)
    assert xml == (
        "<Response><!-- menu --><Gather><!--inside--><Say>Press 1.</Say></Gather></Response>"
    )
    assert parse(xml).to_xml(xml_declaration=False) == (
        "<Response><Gather><Say>Press 1.</Say></Gather></Response>"  # parse() drops comments
    )


@pytest.mark.parametrize("text", ["a--b", "trailing-", "bell\x07", "\ud800"])
def test_text_a_comment_cannot_hold_is_refused(text: str):
    r = VoiceResponse()
    with pytest.raises(TextError):
        r.comment(text)
    assert r.to_xml(xml_declaration=False) == "<Response/>"


# --- One "missing content" rule ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda r: r.say(), "<Say> needs text content or a child element (at /Response/Say)"),
        (lambda r: r.say(None), "<Say> needs text content or a child element"),
        (lambda r: r.say(""), "<Say> needs text content or a child element"),
        (lambda r: r.dial(), "<Dial> needs text content or a child element"),
        (lambda r: r.dial().client(), "<Client> needs text content or a child element"),
        (lambda r: r.dial().sip(), "<Sip> needs text content or a child element"),
        (lambda r: r.dial().application(), "<Application> needs text content or a child"),
        (
            lambda r: r.enqueue(),
            "<Enqueue> needs text content, the workflowSid attribute or a child element",
        ),
        (lambda r: r.say("Hi").prosody(rate="slow"), "at /Response/Say/prosody"),
    ],
)
def test_an_element_that_may_hold_children_is_checked_when_written(build, message):
    r = VoiceResponse()
    build(r)  # a `with` block could still fill it
    with pytest.raises(TextError) as err:
        r.to_xml()
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda r: r.play(), "<Play> needs text content or the digits attribute"),
        (lambda r: r.dial().number(), "<Number> needs text content"),
        (lambda r: r.dial().sip().uri(), "<Uri> needs text content"),
        (lambda r: r.redirect(), "<Redirect> needs text content"),
    ],
)
def test_a_text_only_element_is_checked_as_it_is_made(build, message):
    r = VoiceResponse()
    with pytest.raises(TextError, match=re.escape(message)):
        build(r)


def test_content_may_be_text_a_child_or_the_stand_in_attribute():
    r = VoiceResponse()
    with r.say() as say:
        say.break_(time="1s")
    with r.dial():
        with r.client():
            r.identity("alice")
    r.enqueue(workflow_sid="WW123")
    r.play(digits="ww1")
    xml = r.to_xml()
    assert parse(xml).to_xml() == xml


@pytest.mark.parametrize(
    "document",
    [
        "<Response><Say/></Response>",
        "<Response><Dial><Client/></Dial></Response>",
        "<Response><Dial/></Response>",
        "<Response><Enqueue/></Response>",
    ],
)
def test_parse_applies_the_same_rule(document: str):
    with pytest.raises(TextError, match="needs text content"):
        parse(document)


def test_message_needs_a_body_or_media():
    m = MessagingResponse()
    m.message(to="+15550001111")
    with pytest.raises(TextError, match="<Message> needs text content or a child element"):
        m.to_xml()


# --- Hostile input ----------------------------------------------------------------------------


@pytest.mark.parametrize("strict", [True, False])
def test_an_element_with_thousands_of_attributes_is_refused_before_any_value_is_read(
    strict: bool, monkeypatch: pytest.MonkeyPatch
):
    # Bounded by construction, not by a stopwatch: reading values one by one (lxml looks each
    # name up linearly) took 4 s strict and 25 s lenient; counting names first is linear.
    import twiml_dsl._parse as parse_module

    touched: list[str] = []

    def no_value_checks(*args: object, **kwargs: object) -> None:
        touched.append(str(args[1]) if len(args) > 1 else "?")
        raise AssertionError("an attribute was checked before the count")

    monkeypatch.setattr(parse_module, "format_value", no_value_checks)
    monkeypatch.setattr(parse_module, "unknown_attribute", no_value_checks)
    many = " ".join(f'a{i}="1"' for i in range(30_000))
    document = f"<Response><Say {many}>x</Say></Response>"
    with pytest.raises(TwiMLParseError, match="<Say> has 30,000 attributes; the limit is 100"):
        parse(document, strict=strict)
    assert "30,000 attributes" in str(problems(document, strict=strict)[0])
    assert touched == []


def test_the_builder_holds_elements_to_the_same_attribute_limit():
    r = VoiceResponse()
    extra = {f"a{i}": "1" for i in range(MAX_ATTRIBUTES + 1)}
    with pytest.raises(AttributeValueError, match="101 attributes; the limit is 100"):
        r.play("a.mp3", extra=extra)
    with pytest.raises(AttributeValueError, match="the limit is 100"):
        r.element("Custom", **extra)
    assert r.to_xml(xml_declaration=False) == "<Response/>"


def test_lenient_parse_writes_foreign_attributes_on_the_root_as_xml():
    document = '<Response xmlns:a="urn:a" a:b="1"><Say>x</Say></Response>'
    xml = parse(document, strict=False).to_xml()
    assert etree.fromstring(xml.encode()).get("{urn:a}b") == "1"
    assert parse(xml, strict=False).to_xml() == xml
    with pytest.raises(UnknownAttributeError, match=r"<Response> has no attribute '\{urn:a\}b'"):
        parse(document)


@pytest.mark.parametrize("strict", [True, False])
def test_a_lone_surrogate_is_a_twiml_error(strict: bool):
    with pytest.raises(TwiMLParseError, match=r"'\\ud800' \(U\+D800\) at position 15"):
        parse("<Response><Say>\ud800</Say></Response>", strict=strict)
    assert isinstance(problems("<Response>\udfff</Response>")[0], TwiMLError)


def test_the_builder_and_parse_share_one_depth_limit():
    r = VoiceResponse()
    deepest = r.root
    for _ in range(MAX_DEPTH - 1):
        deepest = deepest.element("x")
    xml = r.to_xml()  # 64 levels: written, and read back
    assert parse(xml, strict=False).to_xml() == xml
    assert repr(r).startswith("<VoiceResponse <Response><x><x>")
    for _ in range(1_500):  # no level past the limit, however often it is tried
        with pytest.raises(NestingError, match="elements nest deeper than 64 levels"):
            deepest.element("x")
    assert parse(r.to_xml(pretty=True), strict=False).to_xml() == xml


def test_ssml_is_held_to_the_depth_limit_too():
    r = VoiceResponse()
    level = r.say("x")  # level 2
    for _ in range(MAX_DEPTH - 2):
        level = level.prosody("x")
    with pytest.raises(NestingError, match="nest deeper than 64 levels"):
        level.prosody("x")
    assert parse(r.to_xml()).to_xml() == r.to_xml()


def test_lint_stops_reading_at_the_size_cap(tmp_path: Path):
    big = tmp_path / "big.xml"
    big.write_bytes(b"<Response>" + b" " * 2_000_000 + b"</Response>")
    for source in ("/dev/zero", str(big)):
        done = subprocess.run(
            [sys.executable, "-m", "twiml_dsl", "lint", source],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2
        assert "is larger than 1,000,000 bytes, the limit for TwiML" in done.stderr


# --- Copies ---------------------------------------------------------------------------------


@pytest.mark.parametrize("how", [copy.deepcopy, copy.copy])
def test_a_copied_response_is_a_document_of_its_own(how):
    r = VoiceResponse()
    r.say("Hi")
    twin = how(r)
    assert twin.root is not r.root and twin._stack is not r._stack
    with twin.gather(action="/menu"):
        twin.say("Press 1.")  # lands in the copy's <Gather>, not after it
    r.pause()
    assert twin.to_xml(xml_declaration=False) == (
        '<Response><Say>Hi</Say><Gather action="/menu"><Say>Press 1.</Say></Gather></Response>'
    )
    assert r.to_xml(xml_declaration=False) == "<Response><Say>Hi</Say><Pause/></Response>"


def test_a_copy_keeps_the_missing_content_check():
    r = VoiceResponse()
    r.dial()
    with pytest.raises(TextError, match=r"<Dial> needs .* \(at /Response/Dial\)"):
        copy.deepcopy(r).to_xml()


# --- A verb called on the wrong handle ------------------------------------------------------


def test_a_verb_on_a_handle_that_may_not_hold_it_names_what_it_may_hold():
    dial = VoiceResponse().dial()
    with pytest.raises(NestingError) as err:
        dial.say("Connecting")  # type: ignore[attr-defined]
    assert str(err.value).startswith(
        "<Say> is not allowed inside <Dial>; <Dial> may contain <Number>, <Client>,"
    )
    assert isinstance(err.value, AttributeError)  # hasattr() and getattr() keep working
    assert not hasattr(dial, "say") and not hasattr(dial, "no_such_verb")
    assert len(dial) == 0


def test_a_name_that_is_no_verb_stays_a_plain_attribute_error():
    with pytest.raises(AttributeError) as err:
        VoiceResponse().gather().sya  # type: ignore[attr-defined]  # noqa: B018
    assert not isinstance(err.value, NestingError)
    foreign = parse('<Response xmlns:a="urn:a"><a:x/></Response>', strict=False).root[0]
    with pytest.raises(AttributeError, match=r"^'Unknown' object has no attribute 'say'$"):
        foreign.say("Hi")


# --- One error per mistake ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda r: r.gather(num_digit=1), UnknownAttributeError),
        (lambda r: r.gather(extra={"numDigits": "abc"}), AttributeValueError),
        (lambda r: r.say("Hi\x00"), TextError),
        (lambda r: r.play("a.mp3", extra={"x": "\x01"}), TextError),
    ],
)
def test_a_mistake_raises_one_error_not_the_same_error_during_another(build, error):
    r = VoiceResponse()
    with pytest.raises(error) as err:
        build(r)
    # The traceback shows the mistake once, not "During handling of the above exception".
    assert err.value.__context__ is None
    assert r.to_xml(xml_declaration=False) == "<Response/>"


@pytest.mark.parametrize(
    "build",
    [
        lambda r: r.gather(num_digits=1, extra={"numDigits": "2"}),
        lambda r: r.gather(extra={"numDigits": "2"}, num_digits=1),
        lambda r: r.element("Custom", foo_bar="1", extra={"fooBar": "2"}),
    ],
)
def test_an_attribute_given_as_a_keyword_and_in_extra_is_refused(build):
    r = VoiceResponse()
    with pytest.raises(AttributeValueError, match=r"attribute '(numDigits|fooBar)' is given twice"):
        build(r)  # one of the two values would be lost without a word
    assert r.to_xml(xml_declaration=False) == "<Response/>"
    r.gather(num_digits=None, extra={"numDigits": "2"})  # None leaves it out: no clash
    assert r.root[0].get("numDigits") == "2"
