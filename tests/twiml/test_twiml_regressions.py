"""Core bugs the verification suite found, one test each, so they stay fixed."""

from __future__ import annotations

import pytest

from twiml_dsl import (
    NestingError,
    TextError,
    TwiMLParseError,
    UnknownAttributeError,
    VoiceResponse,
    parse,
)


def test_pay_payment_method_takes_ach_debit_not_an_http_method():
    r = VoiceResponse()
    r.pay(payment_method="ach-debit", bank_account_type="consumer-checking")
    assert 'paymentMethod="ach-debit"' in r.to_xml()


def test_parse_accepts_pay_payment_method_credit_card():
    doc = parse('<Response><Pay paymentMethod="credit-card"/></Response>')
    assert 'paymentMethod="credit-card"' in doc.to_xml()


UTF16_EXTERNAL_ENTITY = (
    '<?xml version="1.0" encoding="UTF-16"?>'
    '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///nonexistent/twiml-marker">]>'
    "<Response><Say>&x;</Say></Response>"
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("strict", [True, False])
def test_dtd_in_wide_encodings_is_refused(encoding: str, strict: bool):
    # The DOCTYPE scan used to read only UTF-8 bytes: in UTF-16 the entity reached
    # the tree and came back out as `&x;`, which no parser accepts.
    data = UTF16_EXTERNAL_ENTITY.replace("UTF-16", encoding.upper()).encode(encoding)
    with pytest.raises(TwiMLParseError, match="DTDs and entity declarations are not allowed"):
        parse(data, strict=strict)


def test_dtd_in_utf7_is_refused_before_parsing():
    # No byte scan sees `+ADw-!DOCTYPE`, so encodings that can hide it are refused outright.
    data = (
        b'<?xml version="1.0" encoding="UTF-7"?>'
        b'+ADw-!DOCTYPE r +AFs-+ADw-!ENTITY x "X"+AD4-+AF0-+AD4-'
        b"<Response><Say>&x;</Say></Response>"
    )
    with pytest.raises(TwiMLParseError, match="declares encoding 'UTF-7'; TwiML must be UTF-8"):
        parse(data, strict=False)


def test_input_that_does_not_start_with_a_tag_is_refused_before_parsing():
    # EBCDIC and friends are detected by libxml2 from the first bytes; we refuse them first.
    with pytest.raises(TwiMLParseError, match="does not start with '<'"):
        parse("<?xml version='1.0'?><Response/>".encode("cp500"))


def test_documents_in_utf16_and_latin1_are_still_read():
    xml = '<?xml version="1.0" encoding="{}"?><Response><Say>Grüß</Say></Response>'
    for codec, name in (("utf-16", "UTF-16"), ("latin-1", "ISO-8859-1"), ("utf-8", "UTF-8")):
        assert "Grüß" in parse(xml.format(name).encode(codec)).to_xml()


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<Response>", "</Response>"), ("<Response><Say>", "</Say></Response>")],
)
def test_unchecked_elements_are_held_to_the_depth_limit(opening: str, closing: str):
    # strict=False kept unknown elements without looking inside them, so 200 levels
    # passed the documented 64-level cap.
    deep = opening + "<x>" * 200 + "</x>" * 200 + closing
    with pytest.raises(TwiMLParseError, match="nest deeper than 64 levels"):
        parse(deep, strict=False)


def test_unchecked_elements_within_the_depth_limit_are_kept():
    shallow = "<Response>" + "<x>" * 10 + "y" + "</x>" * 10 + "</Response>"
    assert parse(shallow, strict=False).to_xml(xml_declaration=False) == shallow


@pytest.mark.parametrize("name", ["a\u00b2", "xmlns", "a b"])
def test_extra_attribute_names_lxml_refuses_or_that_declare_namespaces_are_ours_to_refuse(
    name: str,
):
    # `a²` matched the name check's Unicode \w but lxml raised its own ValueError; `xmlns`
    # declared a default namespace, so readers saw {urn:x}Play instead of <Play>.
    r = VoiceResponse()
    with pytest.raises(UnknownAttributeError, match="not a valid XML attribute name"):
        r.play("a.mp3", extra={name: "urn:x"})
    with pytest.raises(UnknownAttributeError, match="not a valid XML attribute name"):
        r.element("Custom", **{name: "urn:x"})
    assert r.to_xml(xml_declaration=False) == "<Response/>"


def test_element_names_lxml_refuses_are_ours_to_refuse():
    r = VoiceResponse()
    with pytest.raises(NestingError, match="not a valid XML element name"):
        r.element("x\u00b2")
    assert r.to_xml(xml_declaration=False) == "<Response/>"


def test_ascii_extra_attribute_names_still_pass_through():
    r = VoiceResponse()
    r.play("a.mp3", extra={"x-custom.data_1": "v"})
    r.element("Custom", data_value="w")
    assert r.to_xml(xml_declaration=False) == (
        '<Response><Play x-custom.data_1="v">a.mp3</Play><Custom dataValue="w"/></Response>'
    )


@pytest.mark.parametrize(
    "document",
    [
        "<Response><Sms> <Dial/></Sms></Response>",
        "<Response><Sms>\n  <Dial/>\n</Sms></Response>",
        "<Response><Dial><Number> <Say/></Number></Dial></Response>",
    ],
)
def test_misplaced_child_after_layout_whitespace_is_a_nesting_error(document: str):
    # The text was checked first: whitespace before a child counts as layout and was
    # dropped, so a stray child was reported as "<Sms> needs text content".
    with pytest.raises(NestingError, match="is not allowed inside"):
        parse(document)


def test_missing_required_text_is_still_reported():
    with pytest.raises(TextError, match="<Sms> needs text content"):
        parse("<Response><Sms></Sms><Say>after</Say></Response>")
