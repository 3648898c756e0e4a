"""`parse()`: TwiML from elsewhere, read back with the builder's checks."""

from __future__ import annotations

import pytest

from twiml_dsl import (
    AttributeValueError,
    FaxResponse,
    MessagingResponse,
    NestingError,
    TextError,
    TwiMLParseError,
    UnknownAttributeError,
    VoiceResponse,
    parse,
)


def _menu() -> VoiceResponse:
    r = VoiceResponse()
    r.say("Welcome", voice="alice")
    with r.gather(input="dtmf speech", num_digits=1, action="/menu"):
        r.say("Press 1")
        with r.say("or ") as s:
            s.emphasis("say")
            s.add_text(" sales")
    with r.dial(answer_on_bridge=True):
        r.number("+15550001111")
        with r.client():
            r.identity("alice")
            r.parameter(name="k", value="v")
    r.hangup()
    return r


def test_round_trip_compact_and_pretty():
    r = _menu()
    assert parse(r.to_xml()).to_xml() == r.to_xml()
    assert parse(r.to_xml(pretty=True)).to_xml() == r.to_xml()
    assert parse(r.to_xml(pretty=True)).to_xml(pretty=True) == r.to_xml(pretty=True)


def test_grammar_is_guessed_from_the_content():
    assert isinstance(parse("<Response><Say>x</Say></Response>"), VoiceResponse)
    assert isinstance(parse("<Response><Message>x</Message></Response>"), MessagingResponse)
    assert isinstance(parse("<Response><Receive/></Response>"), FaxResponse)
    assert isinstance(parse("<Response/>"), VoiceResponse)


def test_a_parsed_response_can_be_extended():
    r = parse("<Response><Say>Hi</Say></Response>")
    assert isinstance(r, VoiceResponse)
    r.hangup()
    assert r.to_xml(xml_declaration=False) == "<Response><Say>Hi</Say><Hangup/></Response>"


def test_declaration_with_encoding_is_accepted_as_str_and_bytes():
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say>Grüß</Say></Response>'
    assert parse(text).to_xml() == parse(text.encode()).to_xml()
    assert "Grüß" in parse(text).to_xml()


def test_attributes_are_sorted_and_comments_dropped():
    r = parse('<Response><!-- hi --><Gather timeout="3" action="/a"/></Response>')
    assert (
        r.to_xml(xml_declaration=False) == '<Response><Gather action="/a" timeout="3"/></Response>'
    )


def test_misplaced_element_reports_the_line():
    with pytest.raises(NestingError) as err:
        parse("<Response>\n  <Gather>\n    <Dial>+1555</Dial>\n  </Gather>\n</Response>")
    assert err.value.line == 3
    assert str(err.value).startswith("line 3: <Dial> is not allowed inside <Gather>")


def test_unknown_attribute_suggests_the_xml_name():
    with pytest.raises(UnknownAttributeError) as err:
        parse('<Response>\n<Gather numDigit="1"/>\n</Response>')
    assert (
        str(err.value) == "line 2: <Gather> has no attribute 'numDigit'; did you mean 'numDigits'?"
    )


def test_bad_value_reports_the_line():
    with pytest.raises(AttributeValueError, match="line 1: <Gather> attribute 'method'"):
        parse('<Response><Gather method="PUT"/></Response>')


def test_text_where_none_is_allowed():
    with pytest.raises(TextError, match="line 1: <Gather> takes no text content, got 'hello'"):
        parse("<Response><Gather>hello</Gather></Response>")


def test_empty_required_text_is_refused():
    with pytest.raises(TextError, match="<Number> needs text content"):
        parse("<Response><Dial><Number/></Dial></Response>")


def test_say_in_an_sms_reply_is_refused():
    with pytest.raises(NestingError, match=r"<Say> is not part of messaging TwiML"):
        parse("<Response><Message><Say>hi</Say></Message></Response>")


def test_lenient_mode_keeps_what_it_does_not_know():
    xml = '<Response><Gather newThing="1"><Future/></Gather></Response>'
    r = parse(xml, strict=False)
    assert r.to_xml(xml_declaration=False) == xml


def test_lenient_mode_keeps_foreign_namespaced_elements_and_lays_them_out():
    xml = (
        '<Response xmlns:x="urn:example"><Say>Hi</Say><x:note x:level="2">kept &amp; '
        "escaped</x:note><Gather><Unknown><Deeper/></Unknown></Gather></Response>"
    )
    r = parse(xml, strict=False)
    r.say("Added after parsing")
    assert r.to_xml(pretty=True, xml_declaration=False) == (
        '<Response xmlns:x="urn:example">\n'
        "  <Say>Hi</Say>\n"
        '  <x:note x:level="2">kept &amp; escaped</x:note>\n'
        "  <Gather>\n"
        "    <Unknown>\n"
        "      <Deeper/>\n"
        "    </Unknown>\n"
        "  </Gather>\n"
        "  <Say>Added after parsing</Say>\n"
        "</Response>\n"
    )
    assert parse(r.to_xml(), strict=False) == r


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<Response><Say>", "not well-formed XML"),
        ("<Say>hi</Say>", "the root element is <Say>, not <Response>"),
        ("plain text", "not well-formed XML"),
        ("<Response><Say>&foo;</Say></Response>", "not well-formed XML"),
    ],
)
def test_malformed_input(source, message):
    with pytest.raises(TwiMLParseError, match=message):
        parse(source)


def test_size_cap():
    big = "<Response>" + "<Pause/>" * 200 + "</Response>"
    with pytest.raises(TwiMLParseError, match="the limit is 1,000"):
        parse(big, max_bytes=1000)


def test_dtd_is_refused():
    with pytest.raises(TwiMLParseError, match="line 2: DTDs and entity declarations"):
        parse('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "b">]>\n<Response/>')


def test_unknown_grammar_name():
    with pytest.raises(ValueError, match="unknown grammar 'sms'"):
        parse("<Response/>", grammar="sms")  # type: ignore[arg-type]


def test_whole_number_attributes_are_checked_when_parsing():
    with pytest.raises(AttributeValueError) as err:
        parse('<Response>\n<Pause length="long"/>\n</Response>')
    assert str(err.value) == (
        "line 2: <Pause> attribute 'length' must be a whole number of 0 or more, not 'long'"
    )


def test_problems_lists_every_problem_that_parse_raises_first():
    from twiml_dsl._parse import problems

    xml = (
        '<Response>\n<Say voise="x">hi</Say>\n<Dial><Say>x</Say></Dial>\n'
        '<Pause length="z"/>\n</Response>'
    )
    found = problems(xml)
    assert [(type(p), p.line) for p in found] == [
        (UnknownAttributeError, 2),
        (NestingError, 3),
        (AttributeValueError, 4),
    ]
    with pytest.raises(UnknownAttributeError) as first:
        parse(xml)
    assert str(first.value) == str(found[0])
    malformed = problems("<Response><Say>")
    assert len(malformed) == 1 and isinstance(malformed[0], TwiMLParseError)
    assert problems(_menu().to_xml()) == []


def test_whitespace_alone_is_layout_outside_mixed_content_on_both_sides():
    r = VoiceResponse()
    with r.dial(" \n "):
        r.number("+15550001111")
    r.play("   ", digits="1")
    xml = r.to_xml()
    assert "<Dial><Number>" in xml and '<Play digits="1"/>' in xml
    assert parse(xml).to_xml() == xml
    with pytest.raises(TextError, match=r"<Number> needs text content, got '  '"):
        VoiceResponse().dial().number("  ")
    with pytest.raises(TextError, match="<Number> needs text content"):
        parse("<Response><Dial><Number>  </Number></Dial></Response>")
    with r.say() as s:  # inside <Say> a space is a word break and stays
        s.add_text(" ")
    assert parse(r.to_xml()).to_xml() == r.to_xml() and "<Say> </Say>" in r.to_xml()


def test_lenient_parse_keeps_the_text_after_child_rule():
    with pytest.raises(TextError, match="<Dial> may not hold text after <Foo>"):
        parse("<Response><Dial><Foo/>+15550001111</Dial></Response>", strict=False)


def test_problems_come_in_document_order():
    from twiml_dsl._parse import problems

    xml = '<Response>\n<Gather>text</Gather>\n<Say loop="x">hi</Say>\n</Response>'
    assert [p.line for p in problems(xml)] == [2, 3]


def test_a_play_needs_a_url_or_digits_when_built_and_when_parsed():
    from twiml_dsl._parse import problems

    r = VoiceResponse()
    r.play("https://example.com/a.mp3")
    r.play(digits="ww1")
    with r.gather():
        r.play(digits=5)
    assert parse(r.to_xml()).to_xml() == r.to_xml()
    for build in (
        lambda: VoiceResponse().play(),
        lambda: VoiceResponse().play(digits=""),
        lambda: VoiceResponse().play(" ", digits=" ", loop=2),
        lambda: VoiceResponse().gather().play(loop=1),
    ):
        with pytest.raises(TextError, match="<Play> needs text content or the digits attribute"):
            build()
    found = problems('<Response>\n<Play loop="2"/>\n<Gather><Play digits=""/></Gather></Response>')
    assert [(type(p), p.line) for p in found] == [(TextError, 2), (TextError, 3)]
    assert all("needs text content or the digits attribute" in str(p) for p in found)
