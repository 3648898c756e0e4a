"""Generate `elements.py`, the typed builder methods, from the grammar table.

    python -m twiml_dsl._codegen          # rewrite twiml_dsl/elements.py
    python -m twiml_dsl._codegen --check  # exit 1 if the file is out of date

The test suite runs the check, so the typed methods and the grammar cannot drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ._grammar import FAX, MESSAGING, VOICE, Grammar, Spec, TextRule, is_http_method

TARGET = Path(__file__).with_name("elements.py")

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


def attrs_name(spec: Spec) -> str:
    return ("ReferSip" if spec.key == "ReferSip" else class_name(spec.tag)) + "Attrs"


def _annotation(spec: Spec, keyword: str) -> str:
    name = spec.attrs[keyword]
    if is_http_method(keyword):
        return "Method"
    if name in spec.separators:
        return "Value"
    choices = spec.choices.get(name)
    if choices:
        return "Literal[" + ", ".join(f'"{c}"' for c in sorted(choices)) + "]"
    return "Scalar"


def _all_specs() -> list[Spec]:
    seen: dict[str, Spec] = {}
    for grammar in RESPONSES.values():
        for spec in grammar.specs.values():
            if spec.key == "Response":
                continue
            name = attrs_name(spec)
            if name in seen:
                assert seen[name].attrs == spec.attrs, f"{name} differs between grammars"
                continue
            seen[name] = spec
    return sorted(seen.values(), key=attrs_name)


def _method(grammar_specs: list[Spec], method: str) -> list[str]:
    # Several specs can share a method name (<Sip> in <Dial> and in <Refer>): the widest wins.
    spec = max(grammar_specs, key=lambda s: (len(s.attrs), s.text is TextRule.REQUIRED))
    for other in grammar_specs:
        assert set(other.attrs) <= set(spec.attrs), f"{method}: specs disagree"
    cls = class_name(spec.tag)
    rules = {s.text for s in grammar_specs}
    if rules == {TextRule.NONE}:
        params, text = "self, /", "None"
    elif TextRule.NONE not in rules and rules == {TextRule.REQUIRED}:
        params, text = "self, text: Scalar, /", "text"
    else:
        params, text = "self, text: Scalar | None = None, /", "text"
    doc = DOCS.get(spec.tag, f"Add <{spec.tag}>.")
    signature = f"    def {method}({params}, **attrs: Unpack[{attrs_name(spec)}]) -> {cls}:"
    if len(signature) > 100:
        unpacked = f"**attrs: Unpack[{attrs_name(spec)}]"
        signature = f"    def {method}(\n        {params}, {unpacked}\n    ) -> {cls}:"
    return [
        signature,
        f'        """{doc}"""',
        f'        return self._add({cls}, "{method}", {text}, attrs)',
        "",
    ]


def _methods(grammar: Grammar, specs: list[Spec]) -> list[str]:
    by_method: dict[str, list[Spec]] = {}
    for spec in specs:
        for method, key in spec.children.items():
            child = grammar.specs[key]
            if child not in by_method.setdefault(method, []):
                by_method[method].append(child)
    lines: list[str] = []
    for method in sorted(by_method):
        lines += _method(by_method[method], method)
    return lines


def generate() -> str:
    out = [
        '"""Element handles and response classes, generated from the grammar.',
        "",
        "Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Literal, TypedDict, Unpack",
        "",
        "from ._grammar import FAX, MESSAGING, VOICE",
        "from ._node import Element, Extra, Method, Scalar, TwiMLResponse, Value",
        "",
    ]
    specs = _all_specs()
    classes: dict[str, list[tuple[Grammar, Spec]]] = {}
    for grammar in RESPONSES.values():
        for spec in grammar.specs.values():
            if spec.key != "Response":
                classes.setdefault(class_name(spec.tag), []).append((grammar, spec))
    names = sorted({*classes, *(attrs_name(s) for s in specs), *RESPONSES})
    out += ["__all__ = ["] + [f'    "{n}",' for n in names] + ["]", "", ""]
    for spec in specs:
        out.append(f"class {attrs_name(spec)}(TypedDict, total=False):")
        for keyword in spec.attrs:
            out.append(f"    {keyword}: {_annotation(spec, keyword)}")
        out += ["    extra: Extra", "", ""]
    for name in sorted(classes):
        tag = classes[name][0][1].tag
        out += [f"class {name}(Element):", f'    """<{tag}>: {DOCS.get(tag, "")}"""', ""]
        out.append("    __slots__ = ()")
        body: list[str] = []
        for grammar, spec in classes[name]:
            body += _methods(grammar, [spec])
        out += ["", *_dedupe(body)] if body else [""]
        out.append("")
    for name, grammar in RESPONSES.items():
        specs_here = list(grammar.specs.values())
        out += [
            f"class {name}(TwiMLResponse):",
            f'    """A {grammar.name} TwiML document. Calls append to the innermost open block."""',
            "",
            "    __slots__ = ()",
            f"    _grammar = {grammar.name.upper()}",
            "",
        ]
        out += _methods(grammar, specs_here)
        out.append("")
    text = "\n".join(out).rstrip() + "\n"
    return text


def _dedupe(lines: list[str]) -> list[str]:
    """Drop repeated method definitions (a tag used in two grammars)."""
    out: list[str] = []
    seen: set[str] = set()
    block: list[str] = []
    for line in [*lines, "    def "]:
        if line.startswith("    def ") and block:
            if block[0] not in seen:
                seen.add(block[0])
                out += block
            block = []
        block.append(line)
    return out


def main(argv: list[str]) -> int:
    text = generate()
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.name} is out of date: run python -m twiml_dsl._codegen")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
