"""Generate the typed stub of the builder methods from the grammar table.

    python -m twiml_dsl._codegen          # rewrite elements.pyi
    python -m twiml_dsl._codegen --check  # exit 1 if it is out of date

What runs is built from the same table at import (`elements.py`); `elements.pyi` gives type
checkers and editors each method's precise keywords. It is formatted with ruff, so the
generator needs it (it is a development tool).

The test suite runs the check, so the typed methods and the grammar cannot drift apart.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._grammar import FAX, MESSAGING, VOICE, Grammar, Spec, TextRule, class_name, is_http_method

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
        # Text is optional where an attribute may stand in for it (`digits` on `<Play>`) or
        # child elements may (`<Dial>`'s nouns, added in a `with` block).
        if rules == {TextRule.NONE}:
            self.text = "none"
        elif rules == {TextRule.REQUIRED} and not any(s.text_or or s.later for s in self.specs):
            self.text = "required"
        else:
            self.text = "optional"
        self.text_type = "Scalar | Mapping[str, object]" if self.main.json_text else "Scalar"
        #: keywords in the order of their XML names, so attributes come out sorted
        self.keywords = sorted(self.main.attrs, key=lambda kw: self.main.attrs[kw])

    def signature(self) -> str:
        params = ["self"]
        if self.text == "required":
            params.append(f"text: {self.text_type}")
        elif self.text == "optional":
            params.append(f"text: {self.text_type} | None = None")
        params += ["/", "*"]
        for kw in sorted(self.main.attrs):
            params.append(f"{kw}: {_annotation(self.main, kw)} | None = None")
        params.append("extra: Extra | None = None")
        return f"def {self.name}({', '.join(params)}) -> {self.cls}:"

    def doc(self) -> str:
        return DOCS.get(self.main.tag, f"Add <{self.main.tag}>.")

    def stub(self) -> list[str]:
        return [f"    {self.signature()}", f'        """{self.doc()}"""']


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
        "from collections.abc import Mapping",
        "from typing import Literal",
        "",
        "from lxml import etree",
        "",
        "from ._node import Element, Extra, Method, Scalar, TwiMLResponse, Value",
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in sorted(classes)) + "]",
        "",
        "LOOKUPS: dict[str, etree.ElementNamespaceClassLookup]",
    ]
    for name, methods in classes.items():
        response = name in RESPONSES
        base = "TwiMLResponse" if response else "Element"
        doc = f"A {RESPONSES[name].name} TwiML document." if response else _class_doc(name)
        out += ["", f"class {name}({base}):", f'    """{doc}"""', ""]
        for m in methods:
            out += m.stub()
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
    targets = {STUB_TARGET: generate_stub()}
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
