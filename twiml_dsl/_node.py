"""The builder: element handles, responses with a cursor, value checks and the serializer.

Each handle is a node of the document: its start tag, already escaped, and its content, a
list of child handles and escaped text. Every element joins its parent the moment it is
created, so document order is call order. A call on a handle appends to that handle; a call
on a response appends to the response's cursor, the innermost `with` block opened on that
response (else the root). The cursor is a plain list on the response object, so separate
responses never meet.

The serializer writes what lxml writes for the same tree, byte for byte (the tests hold it
to that); lxml reads documents in `parse()`. Building the nodes in Python is what makes the
builder fast: an lxml element with attributes costs more than all of our checks together.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, Self, TypeAlias, TypeVar

from ._errors import AttributeValueError, NestingError, TextError, UnknownAttributeError
from ._grammar import Grammar, Spec, TextRule, xml_name

if TYPE_CHECKING:
    from lxml import etree  # imported where needed: building documents never needs lxml

__all__ = ["Element", "Extra", "Method", "Scalar", "TwiMLResponse", "Value"]

Scalar: TypeAlias = str | int | float | bool
"""A single attribute value or text: booleans become `true`/`false`, numbers their text."""
Value: TypeAlias = Scalar | Sequence[Scalar]
"""An attribute value; lists are joined with the separator the attribute takes."""
Method: TypeAlias = Literal["GET", "POST"]
Extra: TypeAlias = Mapping[str, Value | None]
"""Attributes the grammar does not know yet, by their XML names, passed through as given."""

E = TypeVar("E", bound="Element")

_XML_PREFIXED = {"{http://www.w3.org/XML/1998/namespace}lang": "xml:lang"}

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

# Characters XML 1.0 cannot hold: C0 controls other than tab, newline and carriage return,
# lone surrogates, and U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# ASCII names only (lxml refuses some Unicode `\w` characters with its own ValueError), and
# never `xmlns`, which would declare a namespace and move the element out of TwiML.
_XML_NAME = re.compile(r"(?!xmlns\Z)[A-Za-z_][\w.\-]*\Z", re.ASCII)

#: Whether a string needs escaping in an attribute value, or in text (lxml's choices).
attr_special = re.compile('[&<>"\n\r\t]').search
text_special = re.compile("[&<>\r]").search


def escape_attr(value: str) -> str:
    """`value` as the text of a double-quoted attribute, escaped as lxml escapes it."""
    if attr_special(value) is None:
        return value
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = value.replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
    return value.replace("\t", "&#9;")


def escape_text(value: str) -> str:
    """`value` as element text, escaped as lxml escapes it."""
    if text_special(value) is None:
        return value
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;")


class _Attributes(Protocol):
    """A dict of attributes, or an lxml element's `attrib`."""

    def get(self, key: str, /) -> str | None: ...

    def items(self) -> Iterable[tuple[str, str]]: ...


def start_tag(tag: str, attrib: _Attributes) -> str:
    """The start tag of an element without its closing `>`, attributes in the given order."""
    written = [
        f' {_XML_PREFIXED.get(name, name)}="{escape_attr(value)}"' for name, value in attrib.items()
    ]
    return "<" + tag + "".join(written)


@functools.lru_cache(maxsize=1024)
def generic(tag: str, mixed: bool = True) -> Spec:
    """The unchecked spec of an element the grammar does not know.

    `element()` makes them mixed, since they may be SSML the grammar lacks; `parse(...,
    strict=False)` keeps unknown elements as written, laid out like any other.
    """
    return Spec(
        key="*", tag=tag, text=TextRule.OPTIONAL, attrs={}, keywords={}, children={}, mixed=mixed
    )


def attr_text(spec: Spec, name: str, value: object) -> str:
    """The escaped XML text of one attribute value, checked against the grammar."""
    return escape_attr(format_value(spec, name, value))


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
    if not (text.isascii() and text.isprintable()):
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
    homes = sorted(
        {f"<{spec.tag}>" for spec in grammar.specs.values() if _holds_tag(grammar, spec, tag)}
    )
    hint = f" (<{tag}> goes inside {' or '.join(homes)})" if homes else ""
    if not homes and tag not in {spec.tag for spec in grammar.specs.values()}:
        hint = f" (<{tag}> is not part of {grammar.name} TwiML)"
    return NestingError(f"<{tag}> is not allowed inside <{parent.tag}>; {holds}{hint}")


def _holds_tag(grammar: Grammar, spec: Spec, tag: str) -> bool:
    return any(grammar.specs[key].tag == tag for key in spec.children.values())


def _attributes(spec: Spec, attrs: Mapping[str, Any]) -> dict[str, str]:
    attrib: dict[str, str] = {}
    names = spec.attrs
    for keyword, value in attrs.items():
        if value is None:
            continue
        name = names.get(keyword)
        if name is None:
            if keyword == "extra":
                attrib.update(_extra(spec, value))
                continue
            if spec.key != "*":
                raise unknown_attribute(spec, keyword)
            name = xml_name(keyword)
            if not _XML_NAME.match(name):
                raise UnknownAttributeError(f"{name!r} is not a valid XML attribute name")
        attrib[name] = format_value(spec, name, value)
    if len(attrib) > 1:
        return {name: attrib[name] for name in sorted(attrib)}
    return attrib


def _extra(spec: Spec, extra: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in extra.items():
        if value is None:
            continue
        if not isinstance(name, str) or not _XML_NAME.match(name):
            raise UnknownAttributeError(
                f"<{spec.tag}> extra attribute name {name!r} is not a valid XML attribute name"
            )
        out[name] = format_value(spec, name, value)
    return out


def text_value(spec: Spec, text: object, attrib: _Attributes | None = None) -> str | None:
    """The checked text content of an element; `None` for no text.

    The one place the text rules live, for the builder and `parse()` alike: outside `<Say>`
    and SSML, whitespace alone is layout and counts as no text. `attrib` (the element's XML
    attributes) lets `spec.text_or` stand in for required text.
    """
    shown = text
    if isinstance(text, str):
        check_text(text, f"<{spec.tag}> text")
        if not text or (not spec.mixed and text.isspace()):
            text = None
    if text is None:
        if spec.text is TextRule.REQUIRED:
            got = "" if shown is None else f", got {shown!r}"
            if spec.text_or is None:
                raise TextError(f"<{spec.tag}> needs text content{got}")
            if attrib is None or not (attrib.get(spec.text_or) or "").strip():
                raise TextError(
                    f"<{spec.tag}> needs text content or the {spec.text_or} attribute{got}"
                )
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


class _Markup(str):
    """A foreign-namespace element kept by `parse(strict=False)`, as lxml serialized it."""

    __slots__ = ()

    @property
    def tag(self) -> str:
        return self[1:].split(maxsplit=1)[0].rstrip("/>")


class Element:
    """A handle on one element of a response. Calls on it append children to it.

    Use it in a `with` block to make calls on the response land inside it too.
    """

    __slots__ = ("_doc", "_head", "_kids", "_spec")

    def __init__(self, spec: Spec, doc: TwiMLResponse, head: str, kids: list[Any]) -> None:
        self._spec = spec
        self._doc = doc
        #: the start tag up to its closing `>`, escaped
        self._head = head
        #: child handles, escaped text (`str`) and kept markup (`_Markup`), in order
        self._kids: list[Element | _Markup | str] = kids

    @property
    def tag(self) -> str:
        return self._spec.tag

    @property
    def attrs(self) -> dict[str, str]:
        """The element's attributes by XML name, as they will be written (`xml:lang` too)."""
        from lxml import etree

        el = etree.fromstring(self._head + "/>")
        return {_XML_PREFIXED.get(name, name): value for name, value in el.attrib.items()}

    def _add(self, cls: type[E], method: str, text: object, attrs: Mapping[str, Any]) -> E:
        """The general path of every builder method: any values, and every error message.

        The generated methods handle the common case inline and call this for the rest.
        """
        parent = self._spec
        spec = parent.kids.get(method)
        if spec is None:
            grammar = self._doc._grammar
            if parent.key == "*":
                raise NestingError(
                    f"<{self.tag}> is not part of the grammar, so only element() may add "
                    f"children to it, not {method}()"
                )
            raise nesting_error(grammar, parent, _tag_of(grammar, method))
        attrib = _attributes(spec, attrs)
        return self._append(cls, spec, attrib, text_value(spec, text, attrib))

    def element(self, tag: str, text: Scalar | None = None, /, **attrs: Any) -> Element:
        """Append an element the grammar does not know. Nothing about it is checked but XML."""
        if not isinstance(tag, str) or not _XML_NAME.match(tag):
            raise NestingError(f"{tag!r} is not a valid XML element name")
        spec = generic(tag)
        attrib = _attributes(spec, attrs)
        return self._append(Element, spec, attrib, None if text is None else text_value(spec, text))

    def _append(self, cls: type[E], spec: Spec, attrib: _Attributes, text: str | None) -> E:
        """Append a new element of checked attributes and text; return its handle."""
        node = cls(
            spec,
            self._doc,
            start_tag(spec.tag, attrib),
            [] if text is None else [escape_text(text)],
        )
        self._kids.append(node)
        return node

    def text(self, text: Scalar, /) -> None:
        """Append text after the last child (or as the text, before any child).

        Consecutive calls add up; nothing is overwritten.
        """
        spec = self._spec
        value = text_value(spec, text)
        if not value:
            return
        if not spec.mixed:
            for kid in reversed(self._kids):
                if isinstance(kid, Element | _Markup):
                    raise TextError(
                        f"<{spec.tag}> may not hold text after <{kid.tag}>: only <Say> and SSML "
                        "mix text with elements"
                    )
        self._kids.append(escape_text(value))

    def to_xml(self, pretty: bool = False) -> str:
        """This element and its children as XML, without a declaration."""
        out: list[str] = []
        if pretty:
            _write_pretty(self, out, "")
            out.append("\n")
        else:
            _write(self, out)
        return "".join(out)

    def __enter__(self) -> Self:
        if not self._spec.children and self._spec.key != "*":
            raise NestingError(
                f"<{self._spec.tag}> holds no child elements, so it cannot open a `with` block"
            )
        self._doc._stack.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        stack = self._doc._stack
        for i in range(len(stack) - 1, -1, -1):
            if stack[i] is self:
                del stack[i]
                break

    def __repr__(self) -> str:
        return _short_repr(self, self.to_xml())


def _write(node: Element, out: list[str]) -> None:
    """Append `node` to `out`, compact."""
    kids = node._kids
    if not kids:
        out.append(node._head + "/>")
        return
    out.append(node._head + ">")
    for kid in kids:
        if isinstance(kid, str):
            out.append(kid)
        else:
            _write(kid, out)
    out.append("</" + node._spec.tag + ">")


def _write_pretty(node: Element, out: list[str], indent: str) -> None:
    """Append `node` to `out`, each child on its own line, as libxml2 lays documents out.

    An element that holds text, or mixed content such as `<Say>`, is written compact, since
    added whitespace there would be spoken or change the text.
    """
    kids = node._kids
    if not kids or node._spec.mixed or any(type(kid) is str for kid in kids):
        _write(node, out)
        return
    out.append(node._head + ">\n")
    inner = indent + "  "
    for kid in kids:
        out.append(inner)
        if isinstance(kid, str):
            out.append(kid)  # kept markup
        else:
            _write_pretty(kid, out, inner)
        out.append("\n")
    out.append(indent + "</" + node._spec.tag + ">")


def _short_repr(obj: object, xml: str) -> str:
    return f"<{type(obj).__name__} {xml if len(xml) <= 80 else xml[:77] + '...'}>"


def _tag_of(grammar: Grammar, method: str) -> str:
    """The tag a builder method makes in `grammar` (its name, if no element has it)."""
    for spec in grammar.specs.values():
        child = spec.kids.get(method)
        if child is not None:
            return child.tag
    return method


class TwiMLResponse:
    """The root `<Response>` of a TwiML document and its cursor.

    Calls on the response append to the innermost element opened with `with`, else the root.
    """

    __slots__ = ("_root", "_stack")
    _grammar: ClassVar[Grammar]

    def __init__(self) -> None:
        self._root = root = Element(self._grammar.root, self, "<Response", [])
        self._stack: list[Element] = [root]

    @property
    def cursor(self) -> Element:
        """The element that calls on the response append to."""
        return self._stack[-1]

    def element(self, tag: str, text: Scalar | None = None, /, **attrs: Any) -> Element:
        """Append an element the grammar does not know to the cursor; see `Element.element`."""
        return self._stack[-1].element(tag, text, **attrs)

    def text(self, text: Scalar, /) -> None:
        """Append text to the cursor element (mixed SSML content inside `<Say>`)."""
        self._stack[-1].text(text)

    def to_xml(self, pretty: bool = False, xml_declaration: bool = True) -> str:
        """The document as a string: compact by default, or indented.

        Indenting never adds whitespace inside text or mixed SSML content.
        """
        body = self._root.to_xml(pretty)
        if not xml_declaration:
            return body
        return XML_DECLARATION + ("\n" if pretty else "") + body

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        return _short_repr(self, self._root.to_xml())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TwiMLResponse):
            return NotImplemented
        return type(self) is type(other) and self.to_xml() == other.to_xml()

    __hash__ = None  # type: ignore[assignment]

    @classmethod
    def _adopt(cls, root: etree._Element) -> Self:
        """A response holding the content of a checked `<Response>` tree (from `parse()`)."""
        doc = cls.__new__(cls)
        grammar = cls._grammar
        doc._root = top = _node_of(root, grammar.root, grammar, doc)
        doc._stack = [top]
        return doc


def _node_of(el: etree._Element, spec: Spec, grammar: Grammar, doc: TwiMLResponse) -> Element:
    """The node of a checked lxml element and everything below it."""
    from lxml import etree

    kids: list[Any] = [escape_text(el.text)] if el.text else []
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag.startswith("{") or _foreign_attributes(child):
            kids.append(_Markup(etree.tostring(child, encoding="unicode", with_tail=False)))
        else:
            child_spec = grammar.child_by_tag(spec, tag) or generic(tag, spec.mixed)
            kids.append(_node_of(child, child_spec, grammar, doc))
        if child.tail:
            kids.append(escape_text(child.tail))
    return Element(spec, doc, start_tag(str(el.tag), el.attrib), kids)


def _foreign_attributes(el: etree._Element) -> bool:
    return any(name.startswith("{") and name not in _XML_PREFIXED for name in el.attrib)
