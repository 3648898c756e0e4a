"""The TwiML grammar: every element, its text, attributes and allowed children.

This table is the single source of truth. The builder checks against it, `parse()` checks
against it, `elements.py` builds the element classes and their methods from it at import,
and the typed stub `elements.pyi` is generated from it (see `_codegen.py`).

Keyword names are snake_case; `xml_name()` turns them into the XML attribute names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum

__all__ = [
    "FAX",
    "MESSAGING",
    "VOICE",
    "Grammar",
    "Spec",
    "TextRule",
    "class_name",
    "is_http_method",
    "method_name",
    "xml_name",
]


class TextRule(Enum):
    """Whether an element holds text content.

    REQUIRED is the one "missing content" rule: the element needs text, or one of its child
    elements where it can hold any, or the attribute that stands in for the text (`digits`
    on `<Play>`). Elements that hold no children are checked as they are made; the others
    when the document is written or parsed, since a `with` block fills them later.
    OPTIONAL is only for elements the grammar does not know.
    """

    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"


#: Keyword names that cannot be derived by lowerCamel-casing.
_RENAMES = {
    "from_": "from",
    "for_": "for",
    "xml_lang": "{http://www.w3.org/XML/1998/namespace}lang",  # written as xml:lang
    "interpret_as": "interpret-as",
}

#: Attributes whose values are lists, with the separator Twilio expects.
_SEPARATORS = {
    "status_callback_event": " ",
    "recording_status_callback_event": " ",
    "input": " ",
    "events": " ",
    "debug": " ",
    "valid_card_types": " ",
    "card_type": " ",
    "error_type": " ",
    "attempt": " ",
    "hints": ",",
}

#: Attributes that take a whole number of seconds, digits, repeats or participants.
_INTEGERS = frozenset(
    {
        "inbound_timeout",
        "length",
        "loop",
        "machine_detection_silence_timeout",
        "machine_detection_speech_end_threshold",
        "machine_detection_speech_threshold",
        "machine_detection_timeout",
        "max_attempts",
        "max_length",
        "max_participants",
        "max_queue_size",
        "max_speech_time",
        "min_postal_code_length",
        "num_digits",
        "priority",
        "routing_assignment_timeout",
        "time_limit",
        "timeout",
        "weight",
    }
)

_METHODS = frozenset({"GET", "POST"})
_CALL_EVENTS = frozenset({"initiated", "ringing", "answered", "completed"})
_CONFERENCE_EVENTS = frozenset(
    {"start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"}
)
_RECORDING_EVENTS = frozenset({"in-progress", "completed", "absent"})
_TRIM = frozenset({"trim-silence", "do-not-trim"})


def xml_name(keyword: str) -> str:
    """The XML attribute name for a keyword: `num_digits` -> `numDigits`, `from_` -> `from`.

    Names with an underscore follow the official packages' lowerCamel rule, which also
    lowers the other letters of each part (`foO_Bar_baz` -> `fooBarBaz`); names without one
    are kept as written (`fooBar`).
    """
    renamed = _RENAMES.get(keyword)
    if renamed is not None:
        return renamed
    if "_" not in keyword:
        return keyword
    camel = "".join(part.title() for part in keyword.split("_"))
    return camel[:1].lower() + camel[1:]


def is_http_method(keyword: str) -> bool:
    """Whether a keyword names an HTTP method (`GET`/`POST`): `method`, `wait_url_method`.

    `payment_method` is the exception: it names how `<Pay>` charges (`credit-card`, `ach-debit`).
    """
    return keyword.endswith("method") and keyword != "payment_method"


def method_name(tag: str) -> str:
    """The builder method for a tag: `Say` -> `say`, `say-as` -> `say_as`, `break` -> `break_`."""
    if tag == "break":
        return "break_"
    snake = re.sub(r"(?<=[a-z])([A-Z])", r"_\1", tag.replace("-", "_"))
    return snake.lower()


def class_name(tag: str) -> str:
    """The element class of a tag: `Say`, `SsmlSayAs`, `SsmlBreak`."""
    if tag[:1].isupper():
        return tag
    return "Ssml" + "".join(part.capitalize() for part in tag.split("-"))


class Spec:
    """One element in one place of the grammar.

    A tag can have several specs: `<Sip>` in `<Refer>` differs from `<Sip>` in `<Dial>`.
    Treat specs as read-only; they are shared by every document.
    """

    __slots__ = (
        "attrs",
        "children",
        "choices",
        "defaults",
        "integers",
        "json_text",
        "key",
        "keywords",
        "kids",
        "later",
        "limits",
        "lists",
        "mixed",
        "picks",
        "plain",
        "separators",
        "tag",
        "takes_text",
        "text",
        "text_or",
    )

    def __init__(
        self,
        *,
        key: str,
        tag: str,
        text: TextRule,
        attrs: Mapping[str, str],
        keywords: Mapping[str, str],
        children: Mapping[str, str],
        separators: Mapping[str, str] | None = None,
        choices: Mapping[str, frozenset[str]] | None = None,
        integers: frozenset[str] = frozenset(),
        mixed: bool = False,
        text_or: str | None = None,
        defaults: Mapping[str, str] | None = None,
        limits: Mapping[str, tuple[int, int]] | None = None,
        json_text: bool = False,
    ) -> None:
        self.key = key
        self.tag = tag
        self.text = text
        #: an XML attribute that may stand in for required text (`digits` on `<Play>`)
        self.text_or = text_or
        #: a dict given as text is written as JSON (`<Task>`, as the official packages do)
        self.json_text = json_text
        #: keyword -> XML attribute name
        self.attrs = attrs
        #: XML attribute name -> keyword
        self.keywords = keywords
        #: builder method -> child spec key
        self.children = children
        #: XML attribute name -> list separator, for list-valued attributes
        self.separators = separators or {}
        #: XML attribute name -> the values Twilio accepts
        self.choices = choices or {}
        #: XML attribute names whose values are whole numbers
        self.integers = integers
        #: text and child elements interleave, as SSML does inside `<Say>`
        self.mixed = mixed
        #: XML attribute name -> the value Twilio uses when the attribute is left out
        self.defaults = defaults or {}
        #: XML attribute name -> the smallest and largest whole number Twilio acts on
        self.limits = limits or {}
        #: builder method -> child spec, filled in when the grammar is assembled
        self.kids: dict[str, Spec] = {}
        single = {
            kw: n for kw, n in attrs.items() if n not in integers and n not in self.separators
        }
        #: keyword -> XML name of the attributes that take any one string: the fast path
        self.plain = {kw: n for kw, n in single.items() if n not in self.choices}
        #: keyword -> (XML name, the values Twilio accepts) of one-of-these attributes
        self.picks = {kw: (n, self.choices[n]) for kw, n in single.items() if n in self.choices}
        #: the builder takes text for it
        self.takes_text = text is not TextRule.NONE
        #: keyword -> (XML name, separator, accepted values or None) of list-valued attributes
        self.lists = {
            kw: (name, self.separators[name], self.choices.get(name))
            for kw, name in attrs.items()
            if name in self.separators
        }
        #: the content rule is checked when the document is written, not when it is made
        self.later = text is TextRule.REQUIRED and bool(children)

    def __repr__(self) -> str:
        return f"<Spec {self.key} <{self.tag}>>"


class Grammar:
    """The specs of one kind of response, keyed by spec key; the root's key is `Response`."""

    __slots__ = ("name", "root", "specs")

    def __init__(self, name: str, specs: Mapping[str, Spec]) -> None:
        self.name = name
        self.specs = specs
        self.root = specs["Response"]

    def __repr__(self) -> str:
        return f"<Grammar {self.name}: {len(self.specs)} elements>"

    def child(self, parent: Spec, method: str) -> Spec | None:
        return parent.kids.get(method)

    def child_by_tag(self, parent: Spec, tag: str) -> Spec | None:
        return self.child(parent, method_name(tag))

    def allowed(self, parent: Spec) -> list[str]:
        """The tags `parent` may contain, in the table's order."""
        return [self.specs[key].tag for key in parent.children.values()]


def _el(
    key: str,
    tag: str | None = None,
    *,
    text: TextRule = TextRule.NONE,
    attrs: str = "",
    children: str = "",
    choices: Mapping[str, frozenset[str]] | None = None,
    mixed: bool = False,
    text_or: str | None = None,
    defaults: Mapping[str, str] | None = None,
    limits: Mapping[str, tuple[int, int]] | None = None,
    json_text: bool = False,
) -> Spec:
    keywords = attrs.split()
    names = {kw: xml_name(kw) for kw in keywords}
    kids = children.split()
    return Spec(
        key=key,
        tag=tag or key,
        text=text,
        attrs=names,
        keywords={name: kw for kw, name in names.items()},
        children={method_name(kid if kid != "ReferSip" else "Sip"): kid for kid in kids},
        separators={names[kw]: _SEPARATORS[kw] for kw in keywords if kw in _SEPARATORS},
        choices={
            **{name: _METHODS for kw, name in names.items() if is_http_method(kw)},
            **{xml_name(kw): values for kw, values in (choices or {}).items()},
        },
        integers=frozenset(names[kw] for kw in keywords if kw in _INTEGERS),
        mixed=mixed,
        text_or=text_or,
        defaults={xml_name(kw): value for kw, value in (defaults or {}).items()},
        limits={xml_name(kw): bounds for kw, bounds in (limits or {}).items()},
        json_text=json_text,
    )


def _grammar(name: str, *specs: Spec) -> Grammar:
    table = {spec.key: spec for spec in specs}
    for spec in specs:
        for method, child in spec.children.items():
            spec.kids[method] = table[child]  # a KeyError here is a typo in the table
    return Grammar(name, table)


REQUIRED = TextRule.REQUIRED

_SSML = "break emphasis lang p phoneme prosody s say-as sub w"
_SSML_NO_P = "break emphasis lang phoneme prosody s say-as sub w"
_SSML_INLINE = "break emphasis lang phoneme prosody say-as sub w"
_CALL_EVENT_CHOICE = {"status_callback_event": _CALL_EVENTS}
_NOUN_CALLBACKS = "url method status_callback_event status_callback status_callback_method"
_AMD = (
    "machine_detection amd_status_callback_method amd_status_callback machine_detection_timeout "
    "machine_detection_speech_threshold machine_detection_speech_end_threshold "
    "machine_detection_silence_timeout"
)
_RECORDING_CALLBACKS = (
    "recording_status_callback recording_status_callback_method recording_status_callback_event"
)
#: Twilio's defaults and limits, from its TwiML reference pages. Only the ones that change
#: what a call does are listed; the simulator reads them from here.
_LOOP = {"loop": "1"}
#: `<Play loop="0">` stops after 1,000 rounds; the same cap is applied to `<Say>`
_LOOP_LIMIT = {"loop": (0, 1000)}
_POST = {"method": "POST"}
#: a recording lasts at most 24 hours (accounts with the shorter cap stop at 4)
_DAY = 86400

VOICE = _grammar(
    "voice",
    _el(
        "Response",
        children="Say Play Pause Gather Dial Record Redirect Hangup Reject Enqueue Leave Echo "
        "Pay Start Stop Connect Refer Sms",
    ),
    # Speech and audio
    _el(
        "Say",
        text=REQUIRED,
        attrs="voice loop language",
        children=_SSML,
        mixed=True,
        defaults=_LOOP,
        limits=_LOOP_LIMIT,
    ),
    _el(  # a URL, or tones
        "Play",
        text=REQUIRED,
        attrs="loop digits",
        text_or="digits",
        defaults=_LOOP,
        limits=_LOOP_LIMIT,
    ),
    _el("Pause", attrs="length", defaults={"length": "1"}, limits={"length": (0, _DAY)}),
    # SSML inside <Say>
    _el("break", attrs="strength time"),
    _el("emphasis", text=REQUIRED, attrs="level", children=_SSML_INLINE, mixed=True),
    _el("lang", text=REQUIRED, attrs="xml_lang", children=_SSML, mixed=True),
    _el("p", text=REQUIRED, children=_SSML_NO_P, mixed=True),
    _el("phoneme", text=REQUIRED, attrs="alphabet ph"),
    _el("prosody", text=REQUIRED, attrs="volume rate pitch", children=_SSML, mixed=True),
    _el("s", text=REQUIRED, children=_SSML_INLINE, mixed=True),
    _el("say-as", text=REQUIRED, attrs="interpret_as format"),
    _el("sub", text=REQUIRED, attrs="alias"),
    _el(
        "w",
        text=REQUIRED,
        attrs="role",
        children="break emphasis phoneme prosody say-as sub",
        mixed=True,
    ),
    # Input
    _el(
        "Gather",
        attrs="input action method timeout speech_timeout max_speech_time profanity_filter "
        "finish_on_key num_digits partial_result_callback partial_result_callback_method "
        "language hints barge_in debug action_on_empty_result speech_model enhanced",
        children="Say Play Pause",
        choices={"input": frozenset({"dtmf", "speech"})},
        defaults={
            **_POST,
            "input": "dtmf",
            "timeout": "5",
            "finish_on_key": "#",
            "action_on_empty_result": "false",
        },
        # a caller keys in at most one digit a second of a day-long call
        limits={"timeout": (0, _DAY), "num_digits": (1, _DAY)},
    ),
    _el(
        "Record",
        attrs="action method timeout finish_on_key max_length play_beep trim "
        f"{_RECORDING_CALLBACKS} transcribe transcribe_callback recording_configuration_id",
        choices={"trim": _TRIM, "recording_status_callback_event": _RECORDING_EVENTS},
        defaults={
            **_POST,
            "timeout": "5",
            "finish_on_key": "1234567890*#",
            "max_length": "3600",
            "play_beep": "true",
        },
        limits={"timeout": (0, _DAY), "max_length": (1, _DAY)},
    ),
    # Dial and its nouns
    _el(
        "Dial",
        text=REQUIRED,
        attrs="action method timeout hangup_on_star time_limit caller_id record trim "
        f"{_RECORDING_CALLBACKS} recording_configuration_id answer_on_bridge ring_tone "
        "recording_track sequential refer_url refer_method events passports",
        children="Number Client Conference Queue Sip Sim Application WhatsApp",
        choices={"trim": _TRIM, "recording_status_callback_event": _RECORDING_EVENTS},
        defaults={**_POST, "timeout": "30", "time_limit": "14400"},
    ),
    _el(
        "Number",
        text=REQUIRED,
        attrs=f"send_digits {_NOUN_CALLBACKS} byoc {_AMD}",
        choices=_CALL_EVENT_CHOICE,
    ),
    _el(
        "Client",
        text=REQUIRED,
        attrs=_NOUN_CALLBACKS,
        children="Identity Parameter",
        choices=_CALL_EVENT_CHOICE,
    ),
    _el("Identity", text=REQUIRED),
    _el(
        "Conference",
        text=REQUIRED,
        attrs="muted beep start_conference_on_enter end_conference_on_exit wait_url wait_method "
        "max_participants record recording_configuration_id region coach trim "
        "status_callback_event status_callback status_callback_method "
        f"{_RECORDING_CALLBACKS} event_callback_url jitter_buffer_size participant_label",
        choices={
            "trim": _TRIM,
            "status_callback_event": _CONFERENCE_EVENTS,
            "recording_status_callback_event": _RECORDING_EVENTS,
        },
    ),
    _el("Queue", text=REQUIRED, attrs="url method reservation_sid post_work_activity_sid"),
    _el(
        "Sip",
        text=REQUIRED,
        attrs=f"username password {_NOUN_CALLBACKS} {_AMD}",
        children="Uri Headers",
        choices=_CALL_EVENT_CHOICE,
    ),
    _el("Uri", text=REQUIRED, attrs="priority weight username password"),
    _el("Headers", children="Header"),
    _el("Header", attrs="name value"),
    _el("Sim", text=REQUIRED),
    _el(
        "Application",
        text=REQUIRED,
        attrs=f"{_NOUN_CALLBACKS} customer_id copy_parent_to",
        children="ApplicationSid Parameter",
        choices=_CALL_EVENT_CHOICE,
    ),
    _el("ApplicationSid", text=REQUIRED),
    _el("WhatsApp", text=REQUIRED, attrs=_NOUN_CALLBACKS, choices=_CALL_EVENT_CHOICE),
    # Call control
    _el("Redirect", text=REQUIRED, attrs="method", defaults=_POST),
    _el("Hangup", children="Parameter"),
    _el("Reject", attrs="reason", children="Parameter", defaults={"reason": "rejected"}),
    _el(
        "Enqueue",
        text=REQUIRED,
        text_or="workflowSid",
        attrs="action max_queue_size method wait_url wait_url_method workflow_sid",
        children="Task",
        defaults=_POST,
    ),
    _el("Task", text=REQUIRED, attrs="priority timeout", json_text=True),
    _el("Leave"),
    _el("Echo"),
    _el("Sms", text=REQUIRED, attrs="to from_ action method status_callback", defaults=_POST),
    _el("Refer", attrs="action method", children="ReferSip"),
    _el("ReferSip", "Sip", text=REQUIRED),
    # Payments
    _el(
        "Pay",
        attrs="input action bank_account_type status_callback status_callback_method timeout "
        "max_attempts security_code postal_code min_postal_code_length payment_connector "
        "payment_method token_type charge_amount currency description valid_card_types language",
        children="Prompt Parameter",
    ),
    _el(
        "Prompt",
        attrs="for_ error_type card_type attempt require_matching_inputs",
        children="Say Play Pause",
    ),
    # Media streams, recordings and transcriptions
    _el("Start", attrs="action method", children="Stream Siprec Transcription Recording"),
    _el("Stop", children="Stream Siprec Transcription"),
    _el(
        "Stream",
        attrs="name connector_name url track status_callback status_callback_method "
        "audio_format sample_rate",
        children="Parameter",
    ),
    _el(
        "Siprec",
        attrs="name connector_name track status_callback status_callback_method",
        children="Parameter",
    ),
    _el(
        "Transcription",
        attrs="name track status_callback_url status_callback_method inbound_track_label "
        "outbound_track_label partial_results language_code transcription_engine "
        "profanity_filter speech_model hints enable_automatic_punctuation intelligence_service",
        children="Config Parameter",
    ),
    _el(
        "Recording",
        attrs=f"{_RECORDING_CALLBACKS} trim track channels recording_configuration_id",
        choices={"trim": _TRIM, "recording_status_callback_event": _RECORDING_EVENTS},
    ),
    _el("Config", attrs="name value"),
    _el("Parameter", attrs="name value"),
    # Connect
    _el(
        "Connect",
        attrs="action method",
        children="Room Stream VirtualAgent Conversation ConversationRelay AiSession "
        "ConversationRelaySession",
    ),
    _el("Room", text=REQUIRED, attrs="participant_identity"),
    _el(
        "VirtualAgent",
        attrs="connector_name language sentiment_analysis status_callback status_callback_method",
        children="Config Parameter",
    ),
    _el(
        "Conversation",
        attrs="service_instance_sid inbound_autocreation routing_assignment_timeout "
        f"inbound_timeout url method record trim {_RECORDING_CALLBACKS} status_callback "
        "status_callback_method status_callback_event",
        choices={"recording_status_callback_event": _RECORDING_EVENTS},
    ),
    _el(
        "ConversationRelay",
        attrs="url language tts_language transcription_language tts_provider voice "
        "transcription_provider speech_model profanity_filter dtmf_detection welcome_greeting "
        "partial_prompts welcome_greeting_interruptible interruptible preemptible hints "
        "intelligence_service report_input_during_agent_speech elevenlabs_text_normalization "
        "interrupt_sensitivity debug background_noise_reduction speech_timeout "
        "deepgram_smart_format ignore_backchannel events partial_prompt_on_hangup "
        "eager_eot_threshold asr_smart_format tts_text_normalization "
        "tts_language_text_normalization elevenlabs_language_text_normalization "
        "include_in_prompt customer_name application_reconnect echo_prompt_filtering "
        "turn_detection",
        children="Language Parameter",
    ),
    _el(
        "Language",
        attrs="code tts_provider voice transcription_provider speech_model hints "
        "asr_smart_format tts_text_normalization tts_language_text_normalization",
    ),
    _el("AiSession", attrs="ai_connector ai_session_configuration"),
    _el("ConversationRelaySession", attrs="connector session_configuration"),
)

MESSAGING = _grammar(
    "messaging",
    _el("Response", children="Message Redirect"),
    _el(
        "Message",
        text=REQUIRED,
        attrs="to from_ action method status_callback",
        children="Body Media",
        defaults=_POST,
    ),
    _el("Body", text=REQUIRED),
    _el("Media", text=REQUIRED),
    _el("Redirect", text=REQUIRED, attrs="method", defaults=_POST),
)

FAX = _grammar(
    "fax",
    _el("Response", children="Receive"),
    _el("Receive", attrs="action method media_type page_size store_media"),
)
