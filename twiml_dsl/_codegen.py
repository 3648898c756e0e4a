"""Generate the builder methods from the grammar table.

    python -m twiml_dsl._codegen          # rewrite elements.py and elements.pyi
    python -m twiml_dsl._codegen --check  # exit 1 if either is out of date

`elements.py` is what runs: one method per element with explicit keyword parameters, whose
common case (known keywords, plain string values) is checked inline, and which hands
everything else to the general path in `_node.py` (lists, numbers, errors and their
messages). `elements.pyi` gives type checkers and editors the precise signatures. Both are
formatted with ruff, so the generator needs it (it is a development tool).

The test suite runs the check, so the typed methods and the grammar cannot drift apart.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._grammar import FAX, MESSAGING, VOICE, Grammar, Spec, TextRule, is_http_method
from ._node import _XML_PREFIXED

TARGET = Path(__file__).with_name("elements.py")
STUB_TARGET = Path(__file__).with_name("elements.pyi")

#: One line per tag for the generated docstrings.
DOCS = {
    "AiSession": "Connect the call to an AI session.",
    "Application": "Dial a TwiML Application.",
    "ApplicationSid": "The SID of the Application to dial.",
    "Body": "The text of the message.",
    "Client": "Dial a Twilio Client (Voice SDK) identity.",
    "Conference": "Join the caller to a named conference room.",
    "Config": "A name/value configuration setting.",
    "Connect": "Connect the call to a stream, room, agent or relay.",
    "Conversation": "Connect the call to a Conversations service.",
    "ConversationRelay": "Connect the call to a ConversationRelay WebSocket app.",
    "ConversationRelaySession": "Connect the call to a ConversationRelay session.",
    "Dial": "Connect the caller to another party; text is a number, or add nouns in a block.",
    "Echo": "Echo the caller's audio back (for testing).",
    "Enqueue": "Put the caller in a queue; text is the queue name.",
    "Gather": "Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>.",
    "Hangup": "End the call.",
    "Header": "A custom SIP header.",
    "Headers": "Custom SIP headers for <Sip>.",
    "Identity": "The client identity to dial.",
    "Language": "Per-language settings for ConversationRelay.",
    "Leave": "Take the caller out of the queue.",
    "Media": "The URL of a media file to send.",
    "Message": "Reply with a message; text is the body, or add <Body>/<Media> in a block.",
    "Number": "Dial a phone number.",
    "Parameter": "A custom name/value parameter.",
    "Pause": "Wait silently for `length` seconds.",
    "Pay": "Collect a payment.",
    "Play": "Play an audio file (text is its URL) or send `digits`.",
    "Prompt": "Customise a <Pay> prompt.",
    "Queue": "Dial the caller at the front of a queue.",
    "Receive": "Receive a fax.",
    "Record": "Record the caller.",
    "Recording": "Start a recording of the call.",
    "Redirect": "Fetch TwiML from another URL; text is the URL.",
    "Refer": "Transfer a SIP call with a SIP REFER.",
    "Reject": "Refuse the call without answering it.",
    "Room": "Connect the call to a Video room.",
    "Say": "Speak text; `with` it to mix in SSML.",
    "Sim": "Dial a Programmable Wireless SIM.",
    "Sip": "Dial or refer to a SIP URI.",
    "Siprec": "Fork the call's media to a SIPREC recorder.",
    "Sms": "Send an SMS during a call (legacy; prefer the Messages API).",
    "Start": "Start a stream, SIPREC session, transcription or recording.",
    "Stop": "Stop a stream, SIPREC session or transcription.",
    "Stream": "Stream the call's audio to a WebSocket.",
    "Task": "TaskRouter task attributes (JSON) for <Enqueue>.",
    "Transcription": "Transcribe the call in real time.",
    "Uri": "One SIP URI to try for <Sip>.",
    "VirtualAgent": "Connect the call to a virtual agent.",
    "WhatsApp": "Dial a WhatsApp user.",
    "break": "SSML: a pause in speech.",
    "emphasis": "SSML: speak with emphasis.",
    "lang": "SSML: speak in another language.",
    "p": "SSML: a paragraph.",
    "phoneme": "SSML: a phonetic pronunciation.",
    "prosody": "SSML: change volume, rate or pitch.",
    "s": "SSML: a sentence.",
    "say-as": "SSML: how to read a value (digits, date, ...).",
    "sub": "SSML: say `alias` in place of the text.",
    "w": "SSML: a word with a part-of-speech role.",
}

RESPONSES = {"VoiceResponse": VOICE, "MessagingResponse": MESSAGING, "FaxResponse": FAX}


def class_name(tag: str) -> str:
    """The handle class of a tag: `Say`, `SsmlSayAs`, `SsmlBreak`."""
    if tag[:1].isupper():
        return tag
    return "Ssml" + "".join(part.capitalize() for part in tag.split("-"))


def _annotation(spec: Spec, keyword: str) -> str:
    name = spec.attrs[keyword]
    if is_http_method(keyword):
        return "Method"
    if name in spec.integers:
        return "int"
    if name in spec.separators:
        return "Value"
    choices = spec.choices.get(name)
    if choices:
        return "Literal[" + ", ".join(f'"{c}"' for c in sorted(choices)) + "]"
    return "Scalar"


def _spec_constant(grammar: Grammar, spec: Spec) -> str:
    return f"_{grammar.name.upper()}_{spec.key.replace('-', '_')}"


class _Method:
    """One builder method of one class: the child specs it may create, widest first."""

    def __init__(self, grammar: Grammar, name: str, specs: list[Spec], parents: list[Spec]):
        self.grammar = grammar
        self.name = name
        self.specs = sorted(specs, key=lambda s: -len(s.attrs))
        self.main = self.specs[0]
        for other in self.specs[1:]:
            assert set(other.attrs) <= set(self.main.attrs), f"{name}: specs disagree"
        self.cls = class_name(self.main.tag)
        rules = {s.text for s in self.specs}
        # Where an attribute may stand in for the text (`digits` on `<Play>`), text is optional.
        if rules == {TextRule.NONE}:
            self.text = "none"
        elif rules == {TextRule.REQUIRED} and not any(s.text_or for s in self.specs):
            self.text = "required"
        else:
            self.text = "optional"
        #: keywords in the order of their XML names, so attributes come out sorted
        self.keywords = sorted(self.main.attrs, key=lambda kw: self.main.attrs[kw])

    def signature(self, typed: bool) -> str:
        params = ["self"]
        if self.text == "required":
            params.append("text: Scalar" if typed else "text")
        elif self.text == "optional":
            params.append("text: Scalar | None = None" if typed else "text=None")
        params += ["/", "*"]
        for kw in sorted(self.main.attrs):
            ann = f": {_annotation(self.main, kw)} | None" if typed else ""
            params.append(f"{kw}{ann} = None" if typed else f"{kw}=None")
        params.append("extra: Extra | None = None" if typed else "extra=None")
        if not typed:
            params.append("**_unknown")
        ret = f" -> {self.cls}" if typed else ""
        return f"def {self.name}({', '.join(params)}){ret}:"

    def doc(self) -> str:
        return DOCS.get(self.main.tag, f"Add <{self.main.tag}>.")

    def stub(self) -> list[str]:
        return [f"    {self.signature(typed=True)}", f'        """{self.doc()}"""']

    def body(self, response: bool) -> list[str]:
        spec = self.main
        doc_ref = "self" if response else "self._doc"
        given = ", ".join(f'"{kw}": {kw}' for kw in sorted(spec.attrs))
        text = "None" if self.text == "none" else "text"
        # The inline path takes the common case: the main spec, known keywords, no `extra=`,
        # and text that is a non-empty printable string (outside mixed content, not only
        # whitespace, which is layout). Everything else takes the general path, `_add()`.
        guard = ""
        if self.text != "none":
            plain = "text.__class__ is str and text and text.isprintable()"
            if not spec.mixed:
                plain += " and not text.isspace()"
            if spec.text is TextRule.REQUIRED:
                guard = f" or not ({plain})"
            else:
                guard = f" or (text is not None and not ({plain}))"
        constant = _spec_constant(self.grammar, spec)
        lines = [
            f"    {self.signature(typed=False)}",
            f'        """{self.doc()}"""',
            f"        _cur = {'self._stack[-1]' if response else 'self'}",
            f'        _spec = _cur._spec.kids.get("{self.name}")',
            f"        if _spec is not {constant} or _unknown or extra{guard}:",
            f'            _given = {{{given}{", " if given else ""}**_unknown, "extra": extra}}',
            f'            return _cur._add({self.cls}, "{self.name}", {text}, _given)',
        ]
        escaped = "text if text_special(text) is None else escape_text(text)"
        if self.text == "none":
            lines.append("        _kids = []")
        elif spec.text is TextRule.REQUIRED:
            lines.append(f"        _kids = [{escaped}]")
        else:
            lines.append(f"        _kids = [] if text is None else [{escaped}]")
        lines.append(f'        _head = "<{spec.tag}"')
        for kw in self.keywords:
            name = spec.attrs[kw]
            written = _XML_PREFIXED.get(name, name)
            value = f'attr_text(_spec, "{name}", {kw})'
            if is_http_method(kw):
                value = f'{kw} if {kw} == "POST" or {kw} == "GET" else {value}'
            elif name in spec.integers:
                value = f"str({kw}) if {kw}.__class__ is int and {kw} >= 0 else {value}"
            elif name not in spec.separators:
                if {"true", "false"} <= spec.choices.get(name, {"true", "false"}):
                    value = f'"true" if {kw} is True else "false" if {kw} is False else {value}'
                if name not in spec.choices:
                    fast = f"{kw}.__class__ is str and {kw}.isprintable()"
                    value = f"{kw} if {fast} and attr_special({kw}) is None else {value}"
            lines += [
                f"        if {kw} is not None:",
                f"            _v = {value}",
                f"            _head = f'{{_head}} {written}=\"{{_v}}\"'",
            ]
        lines += [
            f"        _node = {self.cls}(_spec, {doc_ref}, _head, _kids)",
            "        _cur._kids.append(_node)",
            "        return _node",
        ]
        return lines


def _methods(grammar: Grammar, parents: list[Spec]) -> list[_Method]:
    found: dict[str, tuple[list[Spec], list[Spec]]] = {}
    for parent in parents:
        for method, child in parent.kids.items():
            specs, holders = found.setdefault(method, ([], []))
            if child not in specs:
                specs.append(child)
            holders.append(parent)
    return [_Method(grammar, m, specs, holders) for m, (specs, holders) in sorted(found.items())]


def _classes() -> dict[str, list[_Method]]:
    """Every handle class and response class with its methods."""
    holders: dict[str, list[tuple[Grammar, Spec]]] = {}
    for grammar in RESPONSES.values():
        for spec in grammar.specs.values():
            if spec.key != "Response":
                holders.setdefault(class_name(spec.tag), []).append((grammar, spec))
    out: dict[str, list[_Method]] = {}
    for name in sorted(holders):
        methods: dict[str, _Method] = {}
        for grammar, spec in holders[name]:
            for method in _methods(grammar, [spec]):
                methods.setdefault(method.name, method)
        out[name] = [methods[m] for m in sorted(methods)]
    for name, grammar in RESPONSES.items():
        out[name] = _methods(grammar, list(grammar.specs.values()))
    return out


def _header(kind: str) -> list[str]:
    return [
        f'"""{kind}, generated from the grammar.',
        "",
        "Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.",
        '"""',
        "",
    ]


def generate() -> str:
    """`elements.py`: the handle classes and the response classes."""
    classes = _classes()
    constants: dict[str, str] = {}
    for methods in classes.values():
        for m in methods:
            constants[_spec_constant(m.grammar, m.main)] = (
                f'{m.grammar.name.upper()}.specs["{m.main.key}"]'
            )
    out = _header("Element handles and response classes")
    out += [
        "from __future__ import annotations",
        "",
        "from ._grammar import FAX, MESSAGING, VOICE",
        "from ._node import (",
        "    Element,",
        "    TwiMLResponse,",
        "    attr_special,",
        "    attr_text,",
        "    escape_text,",
        "    text_special,",
        ")",
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in sorted(classes)) + "]",
        "",
    ]
    out += [f"{name} = {ref}" for name, ref in sorted(constants.items())]
    for name, methods in classes.items():
        response = name in RESPONSES
        base = "TwiMLResponse" if response else "Element"
        if response:
            doc = f"A {RESPONSES[name].name} TwiML document; calls go to the innermost open block."
        else:
            doc = _class_doc(name)
        out += ["", "", f"class {name}({base}):", f'    """{doc}"""', "", "    __slots__ = ()"]
        if response:
            out.append(f"    _grammar = {RESPONSES[name].name.upper()}")
        for m in methods:
            out += ["", *m.body(response)]
    return _ruff("\n".join(out) + "\n", TARGET)


def _class_doc(name: str) -> str:
    for grammar in RESPONSES.values():
        for spec in grammar.specs.values():
            if spec.key != "Response" and class_name(spec.tag) == name:
                return f"<{spec.tag}>: {DOCS.get(spec.tag, '')}".rstrip(": ")
    return name


def generate_stub() -> str:
    """`elements.pyi`: the same classes with typed signatures, for type checkers."""
    classes = _classes()
    out = _header("Typed signatures of the element handles and responses")
    out += [
        "from typing import ClassVar, Literal",
        "",
        "from ._grammar import Grammar",
        "from ._node import Element, Extra, Method, Scalar, TwiMLResponse, Value",
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in sorted(classes)) + "]",
    ]
    for name, methods in classes.items():
        response = name in RESPONSES
        base = "TwiMLResponse" if response else "Element"
        out += ["", f"class {name}({base}):"]
        if response:
            out.append("    _grammar: ClassVar[Grammar]")
        for m in methods:
            out += m.stub()
        if not methods and not response:
            out.append("    ...")
    return _ruff("\n".join(out) + "\n", STUB_TARGET)


def _ruff(text: str, path: Path) -> str:
    """`text` as ruff formats it (and with its imports sorted), so the check is exact."""
    # Formatting twice: one pass does not always reach ruff's fixed point on long conditionals.
    for args in (["check", "--select", "I,F401", "--fix-only", "--quiet"], ["format"], ["format"]):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(path), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=path.parent,
        )
        text = done.stdout or text
    return text


def main(argv: list[str]) -> int:
    targets = {TARGET: generate(), STUB_TARGET: generate_stub()}
    if "--check" in argv:
        stale = [p.name for p, text in targets.items() if p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"{', '.join(stale)} out of date: run python -m twiml_dsl._codegen")
            return 1
        return 0
    for path, text in targets.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
