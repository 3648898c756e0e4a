"""The builder: TwiML elements that are lxml elements, responses with a cursor, the checks.

A document is an lxml tree. Each TwiML tag has its own `lxml.etree.ElementBase` subclass,
found through a class lookup on the grammar's parser (as `lxml.html` gives its elements
extra methods), so every builder method returns a real lxml element: `get()`, `xpath()`,
`getparent()` and the rest of lxml's API work on it, and a change made through them is in
the next `to_xml()`. lxml writes the XML; nothing here escapes or serializes.

Elements keep no Python state, since lxml may make a new proxy for a node at any time: what
an element may hold comes from its class (the grammar), and the cursor lives on the
response. A call on an element appends to that element; a call on a response appends to
its cursor, the innermost `with` block opened on it (else the root). The one link back is
on the root, whose proxy the response keeps alive: it holds a weak reference to the
response, so `with` on any element of the tree finds the cursor.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import re
import weakref
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypeAlias

from lxml import etree

from ._errors import AttributeValueError, NestingError, TextError, UnknownAttributeError
from ._grammar import Grammar, Spec, TextRule, xml_name

__all__ = [
    "MAX_ATTRIBUTES",
    "MAX_DEPTH",
    "TOO_DEEP",
    "Element",
    "Extra",
    "Method",
    "Scalar",
    "TwiMLResponse",
    "Value",
]

Scalar: TypeAlias = str | int | float | bool
"""A single attribute value or text: booleans become `true`/`false`, numbers their text."""
Value: TypeAlias = Scalar | Sequence[Scalar]
"""An attribute value; lists are joined with the separator the attribute takes."""
Method: TypeAlias = Literal["GET", "POST"]
Extra: TypeAlias = Mapping[str, Value | None]
"""Attributes the grammar does not know yet, by their XML names, passed through as given."""

MAX_DEPTH = 64
"""How deeply elements may nest, `<Response>` being level 1, when built and when parsed."""
MAX_ATTRIBUTES = 100
"""How many attributes one element may have; the widest TwiML element takes about 40."""

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The declaration as Twilio's own libraries write it (lxml would use single quotes).
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

# Characters XML 1.0 cannot hold: C0 controls other than tab, newline and carriage return,
# lone surrogates, and U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# ASCII names only (lxml refuses some Unicode `\w` characters with its own ValueError), and
# never `xmlns`, which would declare a namespace and move the element out of TwiML.
_XML_NAME = re.compile(r"(?!xmlns\Z)[A-Za-z_][\w.\-]*\Z", re.ASCII)
_SubElement = etree.SubElement


def new_parser(lookup: etree.ElementNamespaceClassLookup) -> etree.XMLParser:
    """A parser that is safe for untrusted input and makes the grammar's element classes."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(lookup)
    return parser


@functools.lru_cache(maxsize=1024)
def generic(tag: str) -> Spec:
    """The unchecked spec of an element the grammar does not know (`element()`, lenient
    `parse()`): any attributes, text mixed with children."""
    return Spec(
        key="*", tag=tag, text=TextRule.OPTIONAL, attrs={}, keywords={}, children={}, mixed=True
    )


def check_text(value: str, where: str) -> str:
    """Return `value` if XML can hold every character of it, else raise `TextError`."""
    if value.isascii() and value.isprintable():
        return value  # the common case, two C calls
    bad = _ILLEGAL.search(value)
    if bad is not None:
        char = bad.group()
        raise TextError(
            f"{where} contains {char!r} (U+{ord(char):04X}) at position {bad.start()}, "
            "a character XML cannot hold"
        )
    return value


def _where(spec: Spec, name: str, xml: bool = False) -> str:
    return f"<{spec.tag}> attribute {name if xml else spec.keywords.get(name, name)!r}"


def _plain(value: object) -> str | None:
    """The text of a string, boolean, integer or finite float; None for anything else."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return str(value)
    return None


def _scalar(value: object, spec: Spec, name: str, xml: bool) -> str:
    text = _plain(value)
    if text is not None:
        return text
    if isinstance(value, float):
        raise AttributeValueError(f"{_where(spec, name, xml)} must be a finite number, not {value}")
    raise AttributeValueError(
        f"{_where(spec, name, xml)} must be a string, number or boolean, not {type(value).__name__}"
    )


def format_value(spec: Spec, name: str, value: object, *, xml: bool = False) -> str:
    """The XML text of one attribute value, checked against the grammar.

    `parse()` passes the text it read with `xml=True`, so errors name the XML attribute.
    """
    if name in spec.integers:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return str(value)
        if isinstance(value, str) and value.isascii() and value.isdigit():
            return value
        raise AttributeValueError(
            f"{_where(spec, name, xml)} must be a whole number of 0 or more, not {value!r}"
        )
    if isinstance(value, list | tuple):
        separator = spec.separators.get(name)
        if separator is None:
            raise AttributeValueError(
                f"{_where(spec, name, xml)} takes a single value, not a {type(value).__name__}"
            )
        text = separator.join(
            [item if type(item) is str else _scalar(item, spec, name, xml) for item in value]
        )
    else:
        text = value if type(value) is str else _scalar(value, spec, name, xml)
    check_text(text, _where(spec, name, xml))
    choices = spec.choices.get(name)
    if choices is not None:
        separator = spec.separators.get(name)
        for item in text.split(separator) if separator is not None else [text]:
            if item not in choices:
                allowed = ", ".join(sorted(choices))
                raise AttributeValueError(
                    f"{_where(spec, name, xml)} is {item!r}; Twilio accepts one of: {allowed}"
                )
    return text


def unknown_attribute(spec: Spec, name: str, *, xml: bool = False) -> UnknownAttributeError:
    """The error for an attribute `spec` does not take, naming the closest one it does.

    `name` is a keyword, or with `xml=True` an XML attribute name (from `parse()`); the
    suggestion is given in the same form.
    """
    if xml:
        forms = {name: name for name in spec.keywords}
        forms.update(spec.attrs)  # a keyword spelling suggests its XML name
    else:
        forms = {kw: kw for kw in spec.attrs}
        forms.update(spec.keywords)  # an XML spelling suggests its keyword
    candidates = {**{k.lower(): v for k, v in forms.items()}, **forms}
    import difflib  # only errors need it

    guess = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    guess = guess or difflib.get_close_matches(name.lower(), candidates, n=1, cutoff=0.6)
    message = f"<{spec.tag}> has no attribute {name!r}"
    if guess:
        message += f"; did you mean {candidates[guess[0]]!r}?"
    elif spec.attrs:
        message += f"; it takes: {', '.join(spec.keywords if xml else spec.attrs)}"
    else:
        message += "; it takes none (use extra={...} for attributes the grammar does not know)"
    return UnknownAttributeError(message)


def nesting_error(grammar: Grammar, parent: Spec, tag: str) -> NestingError:
    """The error for `<tag>` inside `parent`, saying what `parent` may contain instead."""
    allowed = grammar.allowed(parent)
    if allowed:
        holds = f"<{parent.tag}> may contain " + ", ".join(f"<{t}>" for t in allowed)
    elif parent.text is not TextRule.NONE:
        holds = f"<{parent.tag}> holds only text"
    else:
        holds = f"<{parent.tag}> may contain no elements"
    specs = grammar.specs.values()
    homes = sorted({f"<{spec.tag}>" for spec in specs if _holds_tag(grammar, spec, tag)})
    hint = f" (<{tag}> goes inside {' or '.join(homes)})" if homes else ""
    if not homes and tag not in {spec.tag for spec in specs}:
        hint = f" (<{tag}> is not part of {grammar.name} TwiML)"
    return NestingError(f"<{tag}> is not allowed inside <{parent.tag}>; {holds}{hint}")


def _holds_tag(grammar: Grammar, spec: Spec, tag: str) -> bool:
    return any(grammar.specs[key].tag == tag for key in spec.children.values())


TOO_DEEP = f"elements nest deeper than {MAX_DEPTH} levels"


def too_many_attributes(tag: str, count: int) -> str:
    return f"<{tag}> has {count:,} attributes; the limit is {MAX_ATTRIBUTES}"


def _attributes(spec: Spec, attrs: Mapping[str, Any]) -> dict[str, str]:
    """The XML attributes for builder keywords, checked and sorted by name.

    Strings go to lxml as they are: it refuses characters XML cannot hold, and then the
    general path (`format_value()`) names them.
    """
    attrib: dict[str, str] = {}
    plain = spec.plain
    for keyword, value in attrs.items():
        kind = value.__class__
        if kind is str:
            name = plain.get(keyword)
            if name is not None:
                attrib[name] = value
                continue
            pick = spec.picks.get(keyword)
            if pick is not None and value in pick[1]:
                attrib[pick[0]] = value
                continue
        elif kind is bool:
            name = plain.get(keyword)
            if name is not None:
                attrib[name] = "true" if value else "false"
                continue
        elif kind is int:
            name = spec.attrs.get(keyword, "")
            if value >= 0 and name in spec.integers:
                attrib[name] = str(value)
                continue
        elif kind is list or kind is tuple:
            listed = spec.lists.get(keyword)
            if listed is not None and all(type(item) is str for item in value):
                name, separator, choices = listed
                if choices is None or choices.issuperset(value):
                    attrib[name] = separator.join(value)
                    continue
        if value is None:
            continue
        known = spec.attrs.get(keyword)
        if known is None:
            if keyword == "extra":
                attrib.update(_extra(spec, value, attrs))
                continue
            if spec.key != "*":
                raise unknown_attribute(spec, keyword)
            known = xml_name(keyword)
            if not _XML_NAME.match(known):
                raise UnknownAttributeError(f"{known!r} is not a valid XML attribute name")
        attrib[known] = format_value(spec, known, value)
    if len(attrib) > 1:
        if len(attrib) > MAX_ATTRIBUTES:
            raise AttributeValueError(too_many_attributes(spec.tag, len(attrib)))
        return dict(sorted(attrib.items()))
    return attrib


def _extra(spec: Spec, extra: Mapping[str, Any], attrs: Mapping[str, Any]) -> dict[str, str]:
    """The checked `extra=` attributes; one also given by its keyword in `attrs` is refused,
    since one of the two values would be lost."""
    if len(extra) > MAX_ATTRIBUTES:
        raise AttributeValueError(too_many_attributes(spec.tag, len(extra)))
    out: dict[str, str] = {}
    for name, value in extra.items():
        if value is None:
            continue
        if not isinstance(name, str) or not _XML_NAME.match(name):
            raise UnknownAttributeError(
                f"<{spec.tag}> extra attribute name {name!r} is not a valid XML attribute name"
            )
        out[name] = format_value(spec, name, value)
    for keyword, value in attrs.items():
        name = spec.attrs.get(keyword) or xml_name(keyword)
        if keyword != "extra" and value is not None and name in out:
            raise AttributeValueError(
                f"<{spec.tag}> attribute {name!r} is given twice: as {keyword}= and in extra="
            )
    return out


def missing_content(spec: Spec, shown: object = None) -> TextError:
    """The one "missing content" error, for the builder and `parse()` alike."""
    ways = ["text content"]
    if spec.text_or is not None:
        ways.append(f"the {spec.text_or} attribute")
    if spec.children:
        ways.append("a child element")
    needs = " or ".join(ways) if len(ways) < 3 else f"{ways[0]}, {ways[1]} or {ways[2]}"
    got = "" if shown is None else f", got {shown!r}"
    return TextError(f"<{spec.tag}> needs {needs}{got}")


def _stands_in(spec: Spec, attrib: Mapping[str, str] | etree._Attrib | None) -> bool:
    return (
        spec.text_or is not None
        and attrib is not None
        and bool((attrib.get(spec.text_or) or "").strip())
    )


def text_value(
    spec: Spec,
    text: object,
    attrib: Mapping[str, str] | etree._Attrib | None = None,
    *,
    children: bool = False,
) -> str | None:
    """The checked text content of an element; `None` for no text.

    The one place the text rules live, for the builder and `parse()` alike: outside `<Say>`
    and SSML, whitespace alone is layout and counts as no text. Missing required text is
    refused unless the stand-in attribute (in `attrib`) is set, or `children` says that
    child elements are there (or, while building, may still come).
    """
    shown = text
    if isinstance(text, str):
        check_text(text, f"<{spec.tag}> text")
        if not text or (not spec.mixed and text.isspace()):
            text = None
    elif spec.json_text and isinstance(text, Mapping):
        try:
            text = json.dumps(text, allow_nan=False)
        except (TypeError, ValueError, RecursionError) as err:
            raise TextError(f"<{spec.tag}> text: a dict that is not JSON ({err})") from None
        return check_text(text, f"<{spec.tag}> text")
    if text is None:
        if spec.text is TextRule.REQUIRED and not children and not _stands_in(spec, attrib):
            raise missing_content(spec, shown)
        return None
    if spec.text is TextRule.NONE:
        stripped = text.strip() if isinstance(text, str) else text
        raise TextError(f"<{spec.tag}> takes no text content, got {stripped!r}")
    value = _plain(text)
    if value is None:
        if isinstance(text, float):
            raise TextError(f"<{spec.tag}> text must be a finite number, not {text}")
        raise TextError(f"<{spec.tag}> text must be a string or number, not {type(text).__name__}")
    return value


def has_child_element(el: etree._Element) -> bool:
    """Whether `el` holds an element (comments do not count)."""
    return next(el.iterchildren("*"), None) is not None


def check_content(root: etree._Element, pending: list[Element]) -> None:
    """Refuse a document holding an element made without the content it needs, that has
    not got it since (text, a child element, or the stand-in attribute)."""
    for el in pending:
        if el.text or has_child_element(el):
            continue
        spec = el._here()
        if spec.later and not _stands_in(spec, el.attrib) and el.getroottree().getroot() is root:
            error = missing_content(spec)
            raise TextError(f"{error.message} (at {el.getroottree().getpath(el)})")


def add(parent: Element, method: str, text: object, attrs: Mapping[str, Any]) -> Element:
    """The general path of every builder method: any values, and every error message."""
    here = parent._here()
    spec = here.kids.get(method)
    if spec is None:
        raise _misplaced(parent, here, method)
    attrib = _attributes(spec, attrs) if attrs else {}
    value = text_value(spec, text, attrib, children=spec.later)
    if here.mixed:  # SSML nests without end: hold it to the depth limit
        _check_depth(parent)
    el = _append(parent, spec, attrib, value)
    if value is None and spec.later and not _stands_in(spec, attrib):
        doc = _owner(parent)  # rare: a block to fill, or a mistake to report when written
        if doc is not None:
            doc._pending.append(el)
    return el  # type: ignore[no-any-return]


def builder(method: str, tag: str, on_cursor: bool) -> Callable[..., Element]:
    """One builder method, for an element or (`on_cursor`) a response.

    The common case runs inline: a known child, plain text or none, no SSML depth to
    check. Everything else, errors included, takes the general path, `add()`.
    """

    def build(self: Any, text: object = None, /, **attrs: Any) -> Element:
        parent = self._stack[-1] if on_cursor else self
        spec = parent._kids.get(method)
        if spec is None:
            return add(parent, method, text, attrs)
        if parent._mixed:  # SSML nests without end: hold it to the depth limit
            _check_depth(parent)
        if text is None:
            if spec.takes_text:
                return add(parent, method, text, attrs)
        elif (
            text.__class__ is not str
            or not text
            or not spec.takes_text
            or (text.isspace() and not spec.mixed)
        ):
            return add(parent, method, text, attrs)
        attrib = _attributes(spec, attrs) if attrs else None
        el = None
        try:
            el = _SubElement(parent, spec.tag, attrib)
            if text is not None:
                el.text = text
            return el  # type: ignore[no-any-return]
        except ValueError:  # lxml refused a character: the general path names it
            if el is not None:
                parent.remove(el)
        return add(parent, method, text, attrs)  # outside the handler: one error, not two

    build.__name__ = build.__qualname__ = method
    where = "the cursor (the innermost open block, else the root)" if on_cursor else "it"
    build.__doc__ = f"Append <{tag}> to {where}; see elements.pyi for its keywords."
    return build


def _misplaced(parent: Element, here: Spec, method: str) -> NestingError:
    if here.key == "*":
        return NestingError(
            f"<{parent.tag!s}> is not part of the grammar, so only element() may add "
            f"children to it, not {method}()"
        )
    grammar = parent._grammar
    tag = next((s.kids[method].tag for s in grammar.specs.values() if method in s.kids), method)
    return nesting_error(grammar, here, tag)


def _check_depth(parent: etree._Element) -> None:
    depth = 2  # the new element's level: below its parent, itself below the ancestors
    for _ in parent.iterancestors():
        depth += 1
    if depth > MAX_DEPTH:
        raise NestingError(TOO_DEEP)


def _append(parent: Element, spec: Spec, attrib: dict[str, str], text: str | None) -> Any:
    """Append a new element of checked attributes and text; return it.

    lxml refuses strings XML cannot hold; our own check then names the character.
    """
    el = None
    try:
        el = _SubElement(parent, spec.tag, attrib)
        if text is not None:
            el.text = text
        return el
    except ValueError as err:
        if el is not None:
            parent.remove(el)
        refusal = err
    # Outside the handler, so the traceback shows our error alone.
    for name, value in attrib.items():
        check_text(value, _where(spec, name))
    if text is not None:
        check_text(text, f"<{spec.tag}> text")
    raise refusal


def write(el: etree._Element, pretty: bool = False) -> str:
    """`el` and what it holds as XML, by lxml, compact or indented.

    libxml2 indents no element that holds a text node; an empty one is enough, so in a
    copy each mixed (SSML) element gets one, and pretty output never adds a space inside.
    """
    if not pretty:
        return etree.tostring(el, encoding="unicode", with_tail=False)
    el = copy.deepcopy(el)
    for node in el.iter():
        if getattr(node, "_mixed", False) and node.text is None and len(node):
            node.text = ""
    return etree.tostring(el, encoding="unicode", with_tail=False, pretty_print=True)


def _owner(el: etree._Element) -> TwiMLResponse | None:
    """The response whose tree holds `el`, if any."""
    ref = getattr(el.getroottree().getroot(), "_owner", None)
    return None if ref is None else ref()


def _short_repr(obj: object, xml: str) -> str:
    return f"<{type(obj).__name__} {xml if len(xml) <= 80 else xml[:77] + '...'}>"


class _MisplacedVerb(NestingError, AttributeError):
    """A builder method called on an element that may not hold its element.

    An `AttributeError` too, so `hasattr()` and `getattr()` with a default keep working.
    """


class Element(etree.ElementBase):
    """A TwiML element: an lxml element whose builder methods append children to it.

    Use it in a `with` block to make calls on the response land inside it too.
    """

    __slots__ = ()
    _spec: ClassVar[Spec]
    #: builder method -> child spec for the fast path; empty where the spec depends on
    #: the parent, so every call takes the general path
    _kids: ClassVar[Mapping[str, Spec]] = {}
    #: the spec of this tag under other parents (`<Sip>` in `<Refer>` is not `<Sip>` in `<Dial>`)
    _by_parent: ClassVar[Mapping[str, Spec]] = {}
    _grammar: ClassVar[Grammar]
    #: pretty output writes it compact (mixed SSML content)
    _mixed: ClassVar[bool] = False
    #: not part of the grammar: only `element()` adds children
    _unknown: ClassVar[bool] = False

    def _here(self) -> Spec:
        """The spec of this element where it stands."""
        spec = self._spec
        if self._by_parent:
            parent = self.getparent()
            if parent is not None:
                return self._by_parent.get(str(parent.tag), spec)
        return spec

    if not TYPE_CHECKING:  # type checkers keep reporting unknown names from the stub

        def __getattr__(self, name: str) -> Any:
            """Only for names not found: another element's builder method is a
            `NestingError` naming what this element may hold."""
            grammar = None if name.startswith("_") else getattr(self, "_grammar", None)
            if grammar is not None:  # elements in another namespace have no grammar
                if any(name in spec.kids for spec in grammar.specs.values()):
                    raise _MisplacedVerb(_misplaced(self, self._here(), name).message)
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
            )

    @property
    def attrs(self) -> dict[str, str]:
        """The element's attributes by XML name, as written (`xml:lang` for its key)."""
        return {("xml:lang" if k == XML_LANG else k): v for k, v in self.attrib.items()}

    def element(self, tag: str, text: Scalar | None = None, /, **attrs: Any) -> Element:
        """Append an element the grammar does not know. Nothing about it is checked but XML."""
        if not isinstance(tag, str) or not _XML_NAME.match(tag):
            raise NestingError(f"{tag!r} is not a valid XML element name")
        if len(attrs) > MAX_ATTRIBUTES:
            raise AttributeValueError(too_many_attributes(tag, len(attrs)))
        spec = generic(tag)
        attrib = _attributes(spec, attrs)
        value = None if text is None else text_value(spec, text)
        _check_depth(self)
        return _append(self, spec, attrib, value)  # type: ignore[no-any-return]

    def add_text(self, text: Scalar, /) -> None:
        """Append text after the last child (or to the text, before any child).

        Consecutive calls add up; nothing is overwritten. Text after a child is for mixed
        content (SSML inside `<Say>`). lxml's own `.text` is the text before any child.
        """
        spec = self._here()
        value = text_value(spec, text, children=spec.later or spec.key == "*")
        if not value:
            return
        if not len(self):
            self.text = (self.text or "") + value
            return
        if not spec.mixed:
            for kid in reversed(self):
                if isinstance(kid.tag, str):
                    raise TextError(
                        f"<{spec.tag}> may not hold text after <{kid.tag}>: only <Say> and SSML "
                        "mix text with elements"
                    )
        last = self[-1]
        last.tail = (last.tail or "") + value

    def comment(self, text: str, /) -> etree._Comment:
        """Append an XML comment (Twilio ignores it; `parse()` drops comments)."""
        if not isinstance(text, str):
            raise TextError(f"comment text must be a string, not {type(text).__name__}")
        check_text(text, "comment text")
        if "--" in text or text.endswith("-"):
            raise TextError(f"comment text may not contain '--' or end with '-': {text!r}")
        node = etree.Comment(text)
        self.append(node)  # type: ignore[arg-type]
        return node

    def to_xml(self, pretty: bool = False) -> str:
        """This element and its children as XML, without a declaration or the text after it."""
        return write(self, pretty)

    def __enter__(self) -> Self:
        if not self._kids and not (self._here().children or self._unknown):
            spec = self._here()
            raise NestingError(
                f"<{spec.tag}> holds no child elements, so it cannot open a `with` block"
            )
        doc = _owner(self)
        if doc is not None:
            doc._stack.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        doc = _owner(self)
        stack = [] if doc is None else doc._stack
        if stack and stack[-1] is self:
            del stack[-1]
            return
        for i in range(len(stack) - 1, 0, -1):  # blocks closed out of order
            if stack[i] is self:
                del stack[i]
                break

    def __repr__(self) -> str:
        return _short_repr(self, write(self))


class Unknown(Element):
    """An element the grammar does not know, kept by `element()` or `parse(strict=False)`."""

    __slots__ = ()
    _unknown = True

    def _here(self) -> Spec:
        return generic(str(self.tag))


class Root(Element):
    """`<Response>`: the root, which points back at its response."""

    __slots__ = ("_owner",)


class TwiMLResponse:
    """A TwiML document: its root `<Response>` (an lxml element) and its cursor.

    Calls on the response append to the innermost element opened with `with`, else the root.
    """

    __slots__ = ("__weakref__", "_pending", "_stack", "root")
    _grammar: ClassVar[Grammar]
    _maker: ClassVar[etree.XMLParser]
    root: Element
    """The `<Response>` element: the document, for lxml's API (XPath, `iter()`, ...)."""
    _stack: list[Element]
    _pending: list[Element]  # made without the content they need; checked when written

    def __init__(self) -> None:
        self._own(self._maker.makeelement("Response"))  # type: ignore[arg-type]

    def _own(self, root: Element) -> None:
        root._owner = weakref.ref(self)  # type: ignore[attr-defined]
        self.root = root
        self._stack = [root]
        self._pending = []

    @property
    def cursor(self) -> Element:
        """The element that calls on the response append to."""
        return self._stack[-1]

    def element(self, tag: str, text: Scalar | None = None, /, **attrs: Any) -> Element:
        """Append an element the grammar does not know to the cursor; see `Element.element`."""
        return self._stack[-1].element(tag, text, **attrs)

    def add_text(self, text: Scalar, /) -> None:
        """Append text to the cursor element (mixed SSML content inside `<Say>`)."""
        self._stack[-1].add_text(text)

    def comment(self, text: str, /) -> etree._Comment:
        """Append an XML comment to the cursor element."""
        return self._stack[-1].comment(text)

    def to_xml(self, pretty: bool = False, xml_declaration: bool = True) -> str:
        """The document as lxml writes it: compact by default, or indented.

        Indenting never adds whitespace inside text or mixed SSML content. An element still
        missing the content it needs (an empty `<Say>` or `<Dial>`) is a `TextError`.
        """
        check_content(self.root, self._pending)
        body = write(self.root, pretty)
        if not xml_declaration:
            return body
        return XML_DECLARATION + ("\n" if pretty else "") + body

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        return _short_repr(self, write(self.root))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TwiMLResponse):
            return NotImplemented
        return type(self) is type(other) and write(self.root) == write(other.root)

    __hash__ = None  # type: ignore[assignment]

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        """A document of its own: a copy of the tree, its cursor at the root.

        Elements still waiting for the content they need are waited for in the copy too.
        """
        root = copy.deepcopy(self.root)
        twin = self._adopt(root)
        path = self.root.getroottree().getpath
        for el in self._pending:
            if el.getroottree().getroot() is self.root:
                twin._pending.extend(root.xpath(path(el)))
        return twin

    def __copy__(self) -> Self:
        """The same as `copy.deepcopy()`, as for lxml elements: two responses never share
        a tree or a cursor."""
        return self.__deepcopy__({})

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    @classmethod
    def _adopt(cls, root: etree._Element) -> Self:
        """A response holding a checked `<Response>` tree (from `parse()`)."""
        doc = cls.__new__(cls)
        doc._own(root)  # type: ignore[arg-type]  # parse() made it with the grammar's classes
        return doc
