"""`parse()`: read TwiML written anywhere else into the model, with the builder's checks.

The tree it returns is made of the same element classes the builder makes (the parser
carries the grammar's class lookup), so the simulator, `lint` and `render` read one model.
The parser is safe for untrusted input: it refuses DTDs (so no entity expansion and no
external entities), never touches the network or the file system, and caps size, depth and
attributes per element (counted before any value is read).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from lxml import etree

from ._errors import TextError, TwiMLError, TwiMLParseError
from ._grammar import FAX, MESSAGING, VOICE, Grammar, Spec
from ._node import (
    MAX_ATTRIBUTES,
    MAX_DEPTH,
    TOO_DEEP,
    format_value,
    has_child_element,
    nesting_error,
    new_parser,
    text_value,
    too_many_attributes,
    unknown_attribute,
)
from .elements import LOOKUPS, FaxResponse, MessagingResponse, VoiceResponse

__all__ = ["MAX_BYTES", "MAX_DEPTH", "parse", "problems"]

MAX_BYTES = 1_000_000
"""The default size limit of `parse()` input, in bytes of UTF-8."""

_GRAMMARS: dict[str, tuple[Grammar, type[VoiceResponse | MessagingResponse | FaxResponse]]] = {
    "voice": (VOICE, VoiceResponse),
    "messaging": (MESSAGING, MessagingResponse),
    "fax": (FAX, FaxResponse),
}
_NO_DTD = "DTDs and entity declarations are not allowed in TwiML"
_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# `<!DOCTYPE` or `<!ENTITY` as UTF-8 (and ASCII-compatible encodings), UTF-16 and UTF-32.
_DOCTYPE = re.compile(
    b"|".join(
        re.escape(word.encode(encoding))
        for word in ("<!DOCTYPE", "<!ENTITY")
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    ),
    re.IGNORECASE,
)


#: Encodings whose `<!DOCTYPE` the byte scan above can see. Others (UTF-7, EBCDIC) could
#: hide a DTD from it, so they are refused; Twilio reads TwiML as UTF-8 anyway.
_ENCODINGS = frozenset(
    {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}
    | {"utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be"}
)
_ENCODING = re.compile(rb"\A\s*<\?xml[^>]*?\sencoding\s*=\s*[\"']([^\"']*)[\"']")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")


def _check_encoding(data: bytes) -> None:
    """Refuse input in an encoding that could hide a DTD from the byte scan."""
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
            break
    if not data.lstrip(b" \t\r\n\x00").startswith(b"<"):
        raise TwiMLParseError("not well-formed XML: the document does not start with '<'", line=1)
    declared = _ENCODING.match(data)
    if declared is not None:
        name = declared.group(1).decode("ascii", "replace")
        if name.lower() not in _ENCODINGS:
            raise TwiMLParseError(
                f"the document declares encoding {name!r}; TwiML must be UTF-8 "
                "(UTF-16, UTF-32 and Latin-1 are read too)",
                line=1,
            )


def _parser(grammar: str) -> etree.XMLParser:
    """A fresh safe parser that makes `grammar`'s element classes."""
    return new_parser(LOOKUPS[grammar])


def parse(
    source: str | bytes,
    *,
    grammar: Literal["voice", "messaging", "fax"] | None = None,
    strict: bool = True,
    max_bytes: int = MAX_BYTES,
) -> VoiceResponse | MessagingResponse | FaxResponse:
    """Parse a TwiML document and check it against the grammar.

    `grammar=None` picks messaging when the response holds `<Message>`, fax when it holds
    `<Receive>`, else voice. With `strict=False`, unknown elements and attributes are kept
    unchecked instead of raising. Errors are `TwiMLError`s that carry the source line.
    """
    root, cls = checked_tree(source, grammar=grammar, strict=strict, max_bytes=max_bytes)
    return cls._adopt(root)


def checked_tree(
    source: str | bytes,
    *,
    grammar: Literal["voice", "messaging", "fax"] | None = None,
    strict: bool = True,
    max_bytes: int = MAX_BYTES,
) -> tuple[etree._Element, type[VoiceResponse | MessagingResponse | FaxResponse]]:
    """The checked lxml tree `parse()` adopts, and the response class of its grammar.

    The call simulator walks the tree itself.
    """
    root, table, cls = _load(source, grammar, max_bytes)
    _check(root, table.root, table, strict, 1, _raise)
    return root, cls


def problems(
    source: str | bytes,
    *,
    grammar: Literal["voice", "messaging", "fax"] | None = None,
    strict: bool = True,
    max_bytes: int = MAX_BYTES,
) -> list[TwiMLError]:
    """Every problem `parse()` would raise for, in document order, not just the first.

    Input that is not well-formed (or unsafe, or too large) gives that one problem alone.
    """
    try:
        root, table, _ = _load(source, grammar, max_bytes)
    except TwiMLError as err:
        return [err]
    found: list[TwiMLError] = []
    _check(root, table.root, table, strict, 1, found.append)
    return sorted(found, key=lambda err: err.line or 0)  # stable: same-line order is kept


def _raise(err: TwiMLError) -> None:
    raise err


def _load(
    source: str | bytes, grammar: str | None, max_bytes: int
) -> tuple[etree._Element, Grammar, type[VoiceResponse | MessagingResponse | FaxResponse]]:
    """The well-formed, safe tree of `source`, its grammar and its response class."""
    if isinstance(source, str) and len(source) > max_bytes:
        # Every character takes at least one byte: refuse before encoding a huge string.
        raise TwiMLParseError(
            f"input is at least {len(source):,} bytes; the limit is {max_bytes:,}"
        )
    data = _utf8(source) if isinstance(source, str) else source
    if len(data) > max_bytes:
        raise TwiMLParseError(f"input is {len(data):,} bytes; the limit is {max_bytes:,}")
    if isinstance(source, bytes):
        _check_encoding(data)
    doctype = _DOCTYPE.search(data)
    if doctype is not None:
        line = data.count(b"\n", 0, doctype.start()) + 1
        raise TwiMLParseError(_NO_DTD, line=line)
    if isinstance(source, str):
        # lxml refuses str input that declares an encoding; the text is already decoded.
        text = _DECLARATION.sub(lambda m: "\n" * m.group().count("\n"), source, count=1)
        payload: str | bytes = text
    else:
        payload = data
    root = _read(payload, grammar or "voice")
    if root.getroottree().docinfo.internalDTD is not None:
        # The byte scan above cannot see a DOCTYPE in every encoding lxml reads (UTF-7).
        raise TwiMLParseError(_NO_DTD, line=1)
    if root.tag != "Response":
        raise TwiMLParseError(
            f"the root element is <{root.tag!s}>, not <Response>", line=root.sourceline
        )
    name = grammar or _guess(root)
    if name not in _GRAMMARS:
        raise TwiMLError(f"unknown grammar {name!r}; use 'voice', 'messaging' or 'fax'")
    if name != (grammar or "voice"):
        root = _read(payload, name)  # again, so the tree holds this grammar's classes
    table, cls = _GRAMMARS[name]
    return root, table, cls


def _utf8(source: str) -> bytes:
    try:
        return source.encode("utf-8")
    except UnicodeEncodeError as err:
        char = source[err.start]
        raise TwiMLParseError(
            f"the text holds {char!r} (U+{ord(char):04X}) at position {err.start}, "
            "a lone surrogate that no XML document can hold"
        ) from None


def _read(payload: str | bytes, grammar: str) -> etree._Element:
    try:
        return etree.fromstring(payload, _parser(grammar if grammar in LOOKUPS else "voice"))
    except etree.XMLSyntaxError as err:
        raise TwiMLParseError(f"not well-formed XML: {err.msg}", line=err.lineno) from None


def _guess(root: etree._Element) -> str:
    tags = {child.tag for child in root}
    if "Message" in tags:
        return "messaging"
    if "Receive" in tags:
        return "fax"
    return "voice"


Report = Callable[[TwiMLError], None]


def _check(
    el: etree._Element, spec: Spec, grammar: Grammar, strict: bool, depth: int, report: Report
) -> None:
    """Check `el` and below; `report` raises (parse) or collects (problems)."""
    line = el.sourceline
    if depth > MAX_DEPTH:
        report(TwiMLParseError(TOO_DEEP, line=line))
        return
    _check_attributes(el, spec, strict, line, report)
    for child in el:
        tag = child.tag
        if not spec.mixed and child.tail is not None:
            if child.tail.strip():
                report(
                    TextError(
                        f"<{spec.tag}> may not hold text after <{tag!s}>: {child.tail.strip()!r}",
                        line=child.sourceline,
                    )
                )
            child.tail = None
        if not isinstance(tag, str) or tag.startswith("{"):
            if strict:
                report(nesting_error(grammar, spec, str(tag))._at(child.sourceline))
            _check_depth(child, depth + 1, report, spec.mixed)
            continue
        child_spec = grammar.child_by_tag(spec, tag)
        if child_spec is None:
            if strict:
                report(nesting_error(grammar, spec, tag)._at(child.sourceline))
            _check_depth(child, depth + 1, report, spec.mixed)
            continue
        _check(child, child_spec, grammar, strict, depth + 1, report)
    # After the children: `<Sms> <Dial/></Sms>` is a misplaced <Dial>, not a missing text.
    _check_text(el, spec, line, report)


def _check_depth(el: etree._Element, depth: int, report: Report, mixed: bool) -> None:
    """Hold elements kept unchecked (`strict=False`) to the same depth limit.

    Outside mixed content, whitespace alone inside them is layout and is dropped, as it is
    everywhere else; inside `<Say>` it is kept.
    """
    if depth > MAX_DEPTH:
        report(TwiMLParseError(TOO_DEEP, line=el.sourceline))
        return
    count = len(el.keys())
    if count > MAX_ATTRIBUTES:
        report(TwiMLParseError(too_many_attributes(str(el.tag), count), line=el.sourceline))
    if not mixed and len(el):
        if el.text is not None and not el.text.strip():
            el.text = None
        for child in el:
            if child.tail is not None and not child.tail.strip():
                child.tail = None
    for child in el:
        _check_depth(child, depth + 1, report, mixed)


def _check_attributes(
    el: etree._Element, spec: Spec, strict: bool, line: int | None, report: Report
) -> None:
    count = len(el.keys())  # linear; touching values first would not be
    if count > MAX_ATTRIBUTES:
        report(TwiMLParseError(too_many_attributes(str(el.tag), count), line=line))
        return
    attrib = el.attrib
    for name, value in attrib.items():
        if name not in spec.keywords:
            if strict:
                report(unknown_attribute(spec, name, xml=True)._at(line))
            continue
        try:
            format_value(spec, name, value, xml=True)  # the builder's own value checks
        except TwiMLError as err:
            report(err._at(line))
    items = list(attrib.items())
    if items != sorted(items):
        attrib.clear()
        attrib.update(sorted(items))


def _check_text(el: etree._Element, spec: Spec, line: int | None, report: Report) -> None:
    children = spec.later and has_child_element(el)
    try:
        value = text_value(spec, el.text, el.attrib, children=children)  # the builder's rules
    except TextError as err:
        report(err._at(line))
        value = None
    if not spec.mixed:
        el.text = value  # drops layout whitespace (and, when collecting, refused text)
