"""Element handles and response classes, generated from the grammar.

Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._grammar import FAX, MESSAGING, VOICE
from ._node import Element, Scalar, TwiMLResponse

if TYPE_CHECKING:
    from ._attrs import (
        AiSessionAttrs,
        ApplicationAttrs,
        ApplicationSidAttrs,
        BodyAttrs,
        ClientAttrs,
        ConferenceAttrs,
        ConfigAttrs,
        ConnectAttrs,
        ConversationAttrs,
        ConversationRelayAttrs,
        ConversationRelaySessionAttrs,
        DialAttrs,
        EchoAttrs,
        EnqueueAttrs,
        GatherAttrs,
        HangupAttrs,
        HeaderAttrs,
        HeadersAttrs,
        IdentityAttrs,
        LanguageAttrs,
        LeaveAttrs,
        MediaAttrs,
        MessageAttrs,
        NumberAttrs,
        ParameterAttrs,
        PauseAttrs,
        PayAttrs,
        PlayAttrs,
        PromptAttrs,
        QueueAttrs,
        ReceiveAttrs,
        RecordAttrs,
        RecordingAttrs,
        RedirectAttrs,
        ReferAttrs,
        ReferSipAttrs,
        RejectAttrs,
        RoomAttrs,
        SayAttrs,
        SimAttrs,
        SipAttrs,
        SiprecAttrs,
        SmsAttrs,
        SsmlBreakAttrs,
        SsmlEmphasisAttrs,
        SsmlLangAttrs,
        SsmlPAttrs,
        SsmlPhonemeAttrs,
        SsmlProsodyAttrs,
        SsmlSAttrs,
        SsmlSayAsAttrs,
        SsmlSubAttrs,
        SsmlWAttrs,
        StartAttrs,
        StopAttrs,
        StreamAttrs,
        TaskAttrs,
        TranscriptionAttrs,
        UriAttrs,
        VirtualAgentAttrs,
        WhatsAppAttrs,
    )

__all__ = [
    "AiSession",
    "Application",
    "ApplicationSid",
    "Body",
    "Client",
    "Conference",
    "Config",
    "Connect",
    "Conversation",
    "ConversationRelay",
    "ConversationRelaySession",
    "Dial",
    "Echo",
    "Enqueue",
    "FaxResponse",
    "Gather",
    "Hangup",
    "Header",
    "Headers",
    "Identity",
    "Language",
    "Leave",
    "Media",
    "Message",
    "MessagingResponse",
    "Number",
    "Parameter",
    "Pause",
    "Pay",
    "Play",
    "Prompt",
    "Queue",
    "Receive",
    "Record",
    "Recording",
    "Redirect",
    "Refer",
    "Reject",
    "Room",
    "Say",
    "Sim",
    "Sip",
    "Siprec",
    "Sms",
    "SsmlBreak",
    "SsmlEmphasis",
    "SsmlLang",
    "SsmlP",
    "SsmlPhoneme",
    "SsmlProsody",
    "SsmlS",
    "SsmlSayAs",
    "SsmlSub",
    "SsmlW",
    "Start",
    "Stop",
    "Stream",
    "Task",
    "Transcription",
    "Uri",
    "VirtualAgent",
    "VoiceResponse",
    "WhatsApp",
]


class AiSession(Element):
    """<AiSession>: Connect the call to an AI session."""

    __slots__ = ()


class Application(Element):
    """<Application>: Dial a TwiML Application."""

    __slots__ = ()

    def application_sid(
        self, text: Scalar, /, **attrs: Unpack[ApplicationSidAttrs]
    ) -> ApplicationSid:
        """The SID of the Application to dial."""
        return self._add(ApplicationSid, "application_sid", text, attrs)

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class ApplicationSid(Element):
    """<ApplicationSid>: The SID of the Application to dial."""

    __slots__ = ()


class Body(Element):
    """<Body>: The text of the message."""

    __slots__ = ()


class Client(Element):
    """<Client>: Dial a Twilio Client (Voice SDK) identity."""

    __slots__ = ()

    def identity(self, text: Scalar, /, **attrs: Unpack[IdentityAttrs]) -> Identity:
        """The client identity to dial."""
        return self._add(Identity, "identity", text, attrs)

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class Conference(Element):
    """<Conference>: Join the caller to a named conference room."""

    __slots__ = ()


class Config(Element):
    """<Config>: A name/value configuration setting."""

    __slots__ = ()


class Connect(Element):
    """<Connect>: Connect the call to a stream, room, agent or relay."""

    __slots__ = ()

    def ai_session(self, /, **attrs: Unpack[AiSessionAttrs]) -> AiSession:
        """Connect the call to an AI session."""
        return self._add(AiSession, "ai_session", None, attrs)

    def conversation(self, /, **attrs: Unpack[ConversationAttrs]) -> Conversation:
        """Connect the call to a Conversations service."""
        return self._add(Conversation, "conversation", None, attrs)

    def conversation_relay(self, /, **attrs: Unpack[ConversationRelayAttrs]) -> ConversationRelay:
        """Connect the call to a ConversationRelay WebSocket app."""
        return self._add(ConversationRelay, "conversation_relay", None, attrs)

    def conversation_relay_session(
        self, /, **attrs: Unpack[ConversationRelaySessionAttrs]
    ) -> ConversationRelaySession:
        """Connect the call to a ConversationRelay session."""
        return self._add(ConversationRelaySession, "conversation_relay_session", None, attrs)

    def room(self, text: Scalar, /, **attrs: Unpack[RoomAttrs]) -> Room:
        """Connect the call to a Video room."""
        return self._add(Room, "room", text, attrs)

    def stream(self, /, **attrs: Unpack[StreamAttrs]) -> Stream:
        """Stream the call's audio to a WebSocket."""
        return self._add(Stream, "stream", None, attrs)

    def virtual_agent(self, /, **attrs: Unpack[VirtualAgentAttrs]) -> VirtualAgent:
        """Connect the call to a virtual agent."""
        return self._add(VirtualAgent, "virtual_agent", None, attrs)


class Conversation(Element):
    """<Conversation>: Connect the call to a Conversations service."""

    __slots__ = ()


class ConversationRelay(Element):
    """<ConversationRelay>: Connect the call to a ConversationRelay WebSocket app."""

    __slots__ = ()

    def language(self, /, **attrs: Unpack[LanguageAttrs]) -> Language:
        """Per-language settings for ConversationRelay."""
        return self._add(Language, "language", None, attrs)

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class ConversationRelaySession(Element):
    """<ConversationRelaySession>: Connect the call to a ConversationRelay session."""

    __slots__ = ()


class Dial(Element):
    """<Dial>: Connect the caller to another party; text is a number, or add nouns in a block."""

    __slots__ = ()

    def application(
        self, text: Scalar | None = None, /, **attrs: Unpack[ApplicationAttrs]
    ) -> Application:
        """Dial a TwiML Application."""
        return self._add(Application, "application", text, attrs)

    def client(self, text: Scalar | None = None, /, **attrs: Unpack[ClientAttrs]) -> Client:
        """Dial a Twilio Client (Voice SDK) identity."""
        return self._add(Client, "client", text, attrs)

    def conference(self, text: Scalar, /, **attrs: Unpack[ConferenceAttrs]) -> Conference:
        """Join the caller to a named conference room."""
        return self._add(Conference, "conference", text, attrs)

    def number(self, text: Scalar, /, **attrs: Unpack[NumberAttrs]) -> Number:
        """Dial a phone number."""
        return self._add(Number, "number", text, attrs)

    def queue(self, text: Scalar, /, **attrs: Unpack[QueueAttrs]) -> Queue:
        """Dial the caller at the front of a queue."""
        return self._add(Queue, "queue", text, attrs)

    def sim(self, text: Scalar, /, **attrs: Unpack[SimAttrs]) -> Sim:
        """Dial a Programmable Wireless SIM."""
        return self._add(Sim, "sim", text, attrs)

    def sip(self, text: Scalar | None = None, /, **attrs: Unpack[SipAttrs]) -> Sip:
        """Dial or refer to a SIP URI."""
        return self._add(Sip, "sip", text, attrs)

    def whats_app(self, text: Scalar, /, **attrs: Unpack[WhatsAppAttrs]) -> WhatsApp:
        """Dial a WhatsApp user."""
        return self._add(WhatsApp, "whats_app", text, attrs)


class Echo(Element):
    """<Echo>: Echo the caller's audio back (for testing)."""

    __slots__ = ()


class Enqueue(Element):
    """<Enqueue>: Put the caller in a queue; text is the queue name."""

    __slots__ = ()

    def task(self, text: Scalar, /, **attrs: Unpack[TaskAttrs]) -> Task:
        """TaskRouter task attributes (JSON) for <Enqueue>."""
        return self._add(Task, "task", text, attrs)


class Gather(Element):
    """<Gather>: Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""

    __slots__ = ()

    def pause(self, /, **attrs: Unpack[PauseAttrs]) -> Pause:
        """Wait silently for `length` seconds."""
        return self._add(Pause, "pause", None, attrs)

    def play(self, text: Scalar | None = None, /, **attrs: Unpack[PlayAttrs]) -> Play:
        """Play an audio file (text is its URL) or send `digits`."""
        return self._add(Play, "play", text, attrs)

    def say(self, text: Scalar | None = None, /, **attrs: Unpack[SayAttrs]) -> Say:
        """Speak text; `with` it to mix in SSML."""
        return self._add(Say, "say", text, attrs)


class Hangup(Element):
    """<Hangup>: End the call."""

    __slots__ = ()

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class Header(Element):
    """<Header>: A custom SIP header."""

    __slots__ = ()


class Headers(Element):
    """<Headers>: Custom SIP headers for <Sip>."""

    __slots__ = ()

    def header(self, /, **attrs: Unpack[HeaderAttrs]) -> Header:
        """A custom SIP header."""
        return self._add(Header, "header", None, attrs)


class Identity(Element):
    """<Identity>: The client identity to dial."""

    __slots__ = ()


class Language(Element):
    """<Language>: Per-language settings for ConversationRelay."""

    __slots__ = ()


class Leave(Element):
    """<Leave>: Take the caller out of the queue."""

    __slots__ = ()


class Media(Element):
    """<Media>: The URL of a media file to send."""

    __slots__ = ()


class Message(Element):
    """<Message>: Reply with a message; text is the body, or add <Body>/<Media> in a block."""

    __slots__ = ()

    def body(self, text: Scalar, /, **attrs: Unpack[BodyAttrs]) -> Body:
        """The text of the message."""
        return self._add(Body, "body", text, attrs)

    def media(self, text: Scalar, /, **attrs: Unpack[MediaAttrs]) -> Media:
        """The URL of a media file to send."""
        return self._add(Media, "media", text, attrs)


class Number(Element):
    """<Number>: Dial a phone number."""

    __slots__ = ()


class Parameter(Element):
    """<Parameter>: A custom name/value parameter."""

    __slots__ = ()


class Pause(Element):
    """<Pause>: Wait silently for `length` seconds."""

    __slots__ = ()


class Pay(Element):
    """<Pay>: Collect a payment."""

    __slots__ = ()

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)

    def prompt(self, /, **attrs: Unpack[PromptAttrs]) -> Prompt:
        """Customise a <Pay> prompt."""
        return self._add(Prompt, "prompt", None, attrs)


class Play(Element):
    """<Play>: Play an audio file (text is its URL) or send `digits`."""

    __slots__ = ()


class Prompt(Element):
    """<Prompt>: Customise a <Pay> prompt."""

    __slots__ = ()

    def pause(self, /, **attrs: Unpack[PauseAttrs]) -> Pause:
        """Wait silently for `length` seconds."""
        return self._add(Pause, "pause", None, attrs)

    def play(self, text: Scalar | None = None, /, **attrs: Unpack[PlayAttrs]) -> Play:
        """Play an audio file (text is its URL) or send `digits`."""
        return self._add(Play, "play", text, attrs)

    def say(self, text: Scalar | None = None, /, **attrs: Unpack[SayAttrs]) -> Say:
        """Speak text; `with` it to mix in SSML."""
        return self._add(Say, "say", text, attrs)


class Queue(Element):
    """<Queue>: Dial the caller at the front of a queue."""

    __slots__ = ()


class Receive(Element):
    """<Receive>: Receive a fax."""

    __slots__ = ()


class Record(Element):
    """<Record>: Record the caller."""

    __slots__ = ()


class Recording(Element):
    """<Recording>: Start a recording of the call."""

    __slots__ = ()


class Redirect(Element):
    """<Redirect>: Fetch TwiML from another URL; text is the URL."""

    __slots__ = ()


class Refer(Element):
    """<Refer>: Transfer a SIP call with a SIP REFER."""

    __slots__ = ()

    def sip(self, text: Scalar, /, **attrs: Unpack[ReferSipAttrs]) -> Sip:
        """Dial or refer to a SIP URI."""
        return self._add(Sip, "sip", text, attrs)


class Reject(Element):
    """<Reject>: Refuse the call without answering it."""

    __slots__ = ()

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class Room(Element):
    """<Room>: Connect the call to a Video room."""

    __slots__ = ()


class Say(Element):
    """<Say>: Speak text; `with` it to mix in SSML."""

    __slots__ = ()

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._add(SsmlLang, "lang", text, attrs)

    def p(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlPAttrs]) -> SsmlP:
        """SSML: a paragraph."""
        return self._add(SsmlP, "p", text, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def s(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlSAttrs]) -> SsmlS:
        """SSML: a sentence."""
        return self._add(SsmlS, "s", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._add(SsmlW, "w", text, attrs)


class Sim(Element):
    """<Sim>: Dial a Programmable Wireless SIM."""

    __slots__ = ()


class Sip(Element):
    """<Sip>: Dial or refer to a SIP URI."""

    __slots__ = ()

    def headers(self, /, **attrs: Unpack[HeadersAttrs]) -> Headers:
        """Custom SIP headers for <Sip>."""
        return self._add(Headers, "headers", None, attrs)

    def uri(self, text: Scalar | None = None, /, **attrs: Unpack[UriAttrs]) -> Uri:
        """One SIP URI to try for <Sip>."""
        return self._add(Uri, "uri", text, attrs)


class Siprec(Element):
    """<Siprec>: Fork the call's media to a SIPREC recorder."""

    __slots__ = ()

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class Sms(Element):
    """<Sms>: Send an SMS during a call (legacy; prefer the Messages API)."""

    __slots__ = ()


class SsmlBreak(Element):
    """<break>: SSML: a pause in speech."""

    __slots__ = ()


class SsmlEmphasis(Element):
    """<emphasis>: SSML: speak with emphasis."""

    __slots__ = ()

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._add(SsmlLang, "lang", text, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._add(SsmlW, "w", text, attrs)


class SsmlLang(Element):
    """<lang>: SSML: speak in another language."""

    __slots__ = ()

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._add(SsmlLang, "lang", text, attrs)

    def p(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlPAttrs]) -> SsmlP:
        """SSML: a paragraph."""
        return self._add(SsmlP, "p", text, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def s(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlSAttrs]) -> SsmlS:
        """SSML: a sentence."""
        return self._add(SsmlS, "s", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._add(SsmlW, "w", text, attrs)


class SsmlP(Element):
    """<p>: SSML: a paragraph."""

    __slots__ = ()

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._add(SsmlLang, "lang", text, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def s(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlSAttrs]) -> SsmlS:
        """SSML: a sentence."""
        return self._add(SsmlS, "s", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._add(SsmlW, "w", text, attrs)


class SsmlPhoneme(Element):
    """<phoneme>: SSML: a phonetic pronunciation."""

    __slots__ = ()


class SsmlProsody(Element):
    """<prosody>: SSML: change volume, rate or pitch."""

    __slots__ = ()

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._add(SsmlLang, "lang", text, attrs)

    def p(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlPAttrs]) -> SsmlP:
        """SSML: a paragraph."""
        return self._add(SsmlP, "p", text, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def s(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlSAttrs]) -> SsmlS:
        """SSML: a sentence."""
        return self._add(SsmlS, "s", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._add(SsmlW, "w", text, attrs)


class SsmlS(Element):
    """<s>: SSML: a sentence."""

    __slots__ = ()

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._add(SsmlLang, "lang", text, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._add(SsmlW, "w", text, attrs)


class SsmlSayAs(Element):
    """<say-as>: SSML: how to read a value (digits, date, ...)."""

    __slots__ = ()


class SsmlSub(Element):
    """<sub>: SSML: say `alias` in place of the text."""

    __slots__ = ()


class SsmlW(Element):
    """<w>: SSML: a word with a part-of-speech role."""

    __slots__ = ()

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)


class Start(Element):
    """<Start>: Start a stream, SIPREC session, transcription or recording."""

    __slots__ = ()

    def recording(self, /, **attrs: Unpack[RecordingAttrs]) -> Recording:
        """Start a recording of the call."""
        return self._add(Recording, "recording", None, attrs)

    def siprec(self, /, **attrs: Unpack[SiprecAttrs]) -> Siprec:
        """Fork the call's media to a SIPREC recorder."""
        return self._add(Siprec, "siprec", None, attrs)

    def stream(self, /, **attrs: Unpack[StreamAttrs]) -> Stream:
        """Stream the call's audio to a WebSocket."""
        return self._add(Stream, "stream", None, attrs)

    def transcription(self, /, **attrs: Unpack[TranscriptionAttrs]) -> Transcription:
        """Transcribe the call in real time."""
        return self._add(Transcription, "transcription", None, attrs)


class Stop(Element):
    """<Stop>: Stop a stream, SIPREC session or transcription."""

    __slots__ = ()

    def siprec(self, /, **attrs: Unpack[SiprecAttrs]) -> Siprec:
        """Fork the call's media to a SIPREC recorder."""
        return self._add(Siprec, "siprec", None, attrs)

    def stream(self, /, **attrs: Unpack[StreamAttrs]) -> Stream:
        """Stream the call's audio to a WebSocket."""
        return self._add(Stream, "stream", None, attrs)

    def transcription(self, /, **attrs: Unpack[TranscriptionAttrs]) -> Transcription:
        """Transcribe the call in real time."""
        return self._add(Transcription, "transcription", None, attrs)


class Stream(Element):
    """<Stream>: Stream the call's audio to a WebSocket."""

    __slots__ = ()

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class Task(Element):
    """<Task>: TaskRouter task attributes (JSON) for <Enqueue>."""

    __slots__ = ()


class Transcription(Element):
    """<Transcription>: Transcribe the call in real time."""

    __slots__ = ()

    def config(self, /, **attrs: Unpack[ConfigAttrs]) -> Config:
        """A name/value configuration setting."""
        return self._add(Config, "config", None, attrs)

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class Uri(Element):
    """<Uri>: One SIP URI to try for <Sip>."""

    __slots__ = ()


class VirtualAgent(Element):
    """<VirtualAgent>: Connect the call to a virtual agent."""

    __slots__ = ()

    def config(self, /, **attrs: Unpack[ConfigAttrs]) -> Config:
        """A name/value configuration setting."""
        return self._add(Config, "config", None, attrs)

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)


class WhatsApp(Element):
    """<WhatsApp>: Dial a WhatsApp user."""

    __slots__ = ()


class VoiceResponse(TwiMLResponse):
    """A voice TwiML document. Calls append to the innermost open block."""

    __slots__ = ()
    _grammar = VOICE

    def ai_session(self, /, **attrs: Unpack[AiSessionAttrs]) -> AiSession:
        """Connect the call to an AI session."""
        return self._stack[-1]._add(AiSession, "ai_session", None, attrs)

    def application(
        self, text: Scalar | None = None, /, **attrs: Unpack[ApplicationAttrs]
    ) -> Application:
        """Dial a TwiML Application."""
        return self._stack[-1]._add(Application, "application", text, attrs)

    def application_sid(
        self, text: Scalar, /, **attrs: Unpack[ApplicationSidAttrs]
    ) -> ApplicationSid:
        """The SID of the Application to dial."""
        return self._stack[-1]._add(ApplicationSid, "application_sid", text, attrs)

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._stack[-1]._add(SsmlBreak, "break_", None, attrs)

    def client(self, text: Scalar | None = None, /, **attrs: Unpack[ClientAttrs]) -> Client:
        """Dial a Twilio Client (Voice SDK) identity."""
        return self._stack[-1]._add(Client, "client", text, attrs)

    def conference(self, text: Scalar, /, **attrs: Unpack[ConferenceAttrs]) -> Conference:
        """Join the caller to a named conference room."""
        return self._stack[-1]._add(Conference, "conference", text, attrs)

    def config(self, /, **attrs: Unpack[ConfigAttrs]) -> Config:
        """A name/value configuration setting."""
        return self._stack[-1]._add(Config, "config", None, attrs)

    def connect(self, /, **attrs: Unpack[ConnectAttrs]) -> Connect:
        """Connect the call to a stream, room, agent or relay."""
        return self._stack[-1]._add(Connect, "connect", None, attrs)

    def conversation(self, /, **attrs: Unpack[ConversationAttrs]) -> Conversation:
        """Connect the call to a Conversations service."""
        return self._stack[-1]._add(Conversation, "conversation", None, attrs)

    def conversation_relay(self, /, **attrs: Unpack[ConversationRelayAttrs]) -> ConversationRelay:
        """Connect the call to a ConversationRelay WebSocket app."""
        return self._stack[-1]._add(ConversationRelay, "conversation_relay", None, attrs)

    def conversation_relay_session(
        self, /, **attrs: Unpack[ConversationRelaySessionAttrs]
    ) -> ConversationRelaySession:
        """Connect the call to a ConversationRelay session."""
        return self._stack[-1]._add(
            ConversationRelaySession, "conversation_relay_session", None, attrs
        )

    def dial(self, text: Scalar | None = None, /, **attrs: Unpack[DialAttrs]) -> Dial:
        """Connect the caller to another party; text is a number, or add nouns in a block."""
        return self._stack[-1]._add(Dial, "dial", text, attrs)

    def echo(self, /, **attrs: Unpack[EchoAttrs]) -> Echo:
        """Echo the caller's audio back (for testing)."""
        return self._stack[-1]._add(Echo, "echo", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._stack[-1]._add(SsmlEmphasis, "emphasis", text, attrs)

    def enqueue(self, text: Scalar | None = None, /, **attrs: Unpack[EnqueueAttrs]) -> Enqueue:
        """Put the caller in a queue; text is the queue name."""
        return self._stack[-1]._add(Enqueue, "enqueue", text, attrs)

    def gather(self, /, **attrs: Unpack[GatherAttrs]) -> Gather:
        """Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""
        return self._stack[-1]._add(Gather, "gather", None, attrs)

    def hangup(self, /, **attrs: Unpack[HangupAttrs]) -> Hangup:
        """End the call."""
        return self._stack[-1]._add(Hangup, "hangup", None, attrs)

    def header(self, /, **attrs: Unpack[HeaderAttrs]) -> Header:
        """A custom SIP header."""
        return self._stack[-1]._add(Header, "header", None, attrs)

    def headers(self, /, **attrs: Unpack[HeadersAttrs]) -> Headers:
        """Custom SIP headers for <Sip>."""
        return self._stack[-1]._add(Headers, "headers", None, attrs)

    def identity(self, text: Scalar, /, **attrs: Unpack[IdentityAttrs]) -> Identity:
        """The client identity to dial."""
        return self._stack[-1]._add(Identity, "identity", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._stack[-1]._add(SsmlLang, "lang", text, attrs)

    def language(self, /, **attrs: Unpack[LanguageAttrs]) -> Language:
        """Per-language settings for ConversationRelay."""
        return self._stack[-1]._add(Language, "language", None, attrs)

    def leave(self, /, **attrs: Unpack[LeaveAttrs]) -> Leave:
        """Take the caller out of the queue."""
        return self._stack[-1]._add(Leave, "leave", None, attrs)

    def number(self, text: Scalar, /, **attrs: Unpack[NumberAttrs]) -> Number:
        """Dial a phone number."""
        return self._stack[-1]._add(Number, "number", text, attrs)

    def p(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlPAttrs]) -> SsmlP:
        """SSML: a paragraph."""
        return self._stack[-1]._add(SsmlP, "p", text, attrs)

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._stack[-1]._add(Parameter, "parameter", None, attrs)

    def pause(self, /, **attrs: Unpack[PauseAttrs]) -> Pause:
        """Wait silently for `length` seconds."""
        return self._stack[-1]._add(Pause, "pause", None, attrs)

    def pay(self, /, **attrs: Unpack[PayAttrs]) -> Pay:
        """Collect a payment."""
        return self._stack[-1]._add(Pay, "pay", None, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._stack[-1]._add(SsmlPhoneme, "phoneme", text, attrs)

    def play(self, text: Scalar | None = None, /, **attrs: Unpack[PlayAttrs]) -> Play:
        """Play an audio file (text is its URL) or send `digits`."""
        return self._stack[-1]._add(Play, "play", text, attrs)

    def prompt(self, /, **attrs: Unpack[PromptAttrs]) -> Prompt:
        """Customise a <Pay> prompt."""
        return self._stack[-1]._add(Prompt, "prompt", None, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._stack[-1]._add(SsmlProsody, "prosody", text, attrs)

    def queue(self, text: Scalar, /, **attrs: Unpack[QueueAttrs]) -> Queue:
        """Dial the caller at the front of a queue."""
        return self._stack[-1]._add(Queue, "queue", text, attrs)

    def record(self, /, **attrs: Unpack[RecordAttrs]) -> Record:
        """Record the caller."""
        return self._stack[-1]._add(Record, "record", None, attrs)

    def recording(self, /, **attrs: Unpack[RecordingAttrs]) -> Recording:
        """Start a recording of the call."""
        return self._stack[-1]._add(Recording, "recording", None, attrs)

    def redirect(self, text: Scalar, /, **attrs: Unpack[RedirectAttrs]) -> Redirect:
        """Fetch TwiML from another URL; text is the URL."""
        return self._stack[-1]._add(Redirect, "redirect", text, attrs)

    def refer(self, /, **attrs: Unpack[ReferAttrs]) -> Refer:
        """Transfer a SIP call with a SIP REFER."""
        return self._stack[-1]._add(Refer, "refer", None, attrs)

    def reject(self, /, **attrs: Unpack[RejectAttrs]) -> Reject:
        """Refuse the call without answering it."""
        return self._stack[-1]._add(Reject, "reject", None, attrs)

    def room(self, text: Scalar, /, **attrs: Unpack[RoomAttrs]) -> Room:
        """Connect the call to a Video room."""
        return self._stack[-1]._add(Room, "room", text, attrs)

    def s(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlSAttrs]) -> SsmlS:
        """SSML: a sentence."""
        return self._stack[-1]._add(SsmlS, "s", text, attrs)

    def say(self, text: Scalar | None = None, /, **attrs: Unpack[SayAttrs]) -> Say:
        """Speak text; `with` it to mix in SSML."""
        return self._stack[-1]._add(Say, "say", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._stack[-1]._add(SsmlSayAs, "say_as", text, attrs)

    def sim(self, text: Scalar, /, **attrs: Unpack[SimAttrs]) -> Sim:
        """Dial a Programmable Wireless SIM."""
        return self._stack[-1]._add(Sim, "sim", text, attrs)

    def sip(self, text: Scalar | None = None, /, **attrs: Unpack[SipAttrs]) -> Sip:
        """Dial or refer to a SIP URI."""
        return self._stack[-1]._add(Sip, "sip", text, attrs)

    def siprec(self, /, **attrs: Unpack[SiprecAttrs]) -> Siprec:
        """Fork the call's media to a SIPREC recorder."""
        return self._stack[-1]._add(Siprec, "siprec", None, attrs)

    def sms(self, text: Scalar, /, **attrs: Unpack[SmsAttrs]) -> Sms:
        """Send an SMS during a call (legacy; prefer the Messages API)."""
        return self._stack[-1]._add(Sms, "sms", text, attrs)

    def start(self, /, **attrs: Unpack[StartAttrs]) -> Start:
        """Start a stream, SIPREC session, transcription or recording."""
        return self._stack[-1]._add(Start, "start", None, attrs)

    def stop(self, /, **attrs: Unpack[StopAttrs]) -> Stop:
        """Stop a stream, SIPREC session or transcription."""
        return self._stack[-1]._add(Stop, "stop", None, attrs)

    def stream(self, /, **attrs: Unpack[StreamAttrs]) -> Stream:
        """Stream the call's audio to a WebSocket."""
        return self._stack[-1]._add(Stream, "stream", None, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._stack[-1]._add(SsmlSub, "sub", text, attrs)

    def task(self, text: Scalar, /, **attrs: Unpack[TaskAttrs]) -> Task:
        """TaskRouter task attributes (JSON) for <Enqueue>."""
        return self._stack[-1]._add(Task, "task", text, attrs)

    def transcription(self, /, **attrs: Unpack[TranscriptionAttrs]) -> Transcription:
        """Transcribe the call in real time."""
        return self._stack[-1]._add(Transcription, "transcription", None, attrs)

    def uri(self, text: Scalar | None = None, /, **attrs: Unpack[UriAttrs]) -> Uri:
        """One SIP URI to try for <Sip>."""
        return self._stack[-1]._add(Uri, "uri", text, attrs)

    def virtual_agent(self, /, **attrs: Unpack[VirtualAgentAttrs]) -> VirtualAgent:
        """Connect the call to a virtual agent."""
        return self._stack[-1]._add(VirtualAgent, "virtual_agent", None, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._stack[-1]._add(SsmlW, "w", text, attrs)

    def whats_app(self, text: Scalar, /, **attrs: Unpack[WhatsAppAttrs]) -> WhatsApp:
        """Dial a WhatsApp user."""
        return self._stack[-1]._add(WhatsApp, "whats_app", text, attrs)


class MessagingResponse(TwiMLResponse):
    """A messaging TwiML document. Calls append to the innermost open block."""

    __slots__ = ()
    _grammar = MESSAGING

    def body(self, text: Scalar, /, **attrs: Unpack[BodyAttrs]) -> Body:
        """The text of the message."""
        return self._stack[-1]._add(Body, "body", text, attrs)

    def media(self, text: Scalar, /, **attrs: Unpack[MediaAttrs]) -> Media:
        """The URL of a media file to send."""
        return self._stack[-1]._add(Media, "media", text, attrs)

    def message(self, text: Scalar | None = None, /, **attrs: Unpack[MessageAttrs]) -> Message:
        """Reply with a message; text is the body, or add <Body>/<Media> in a block."""
        return self._stack[-1]._add(Message, "message", text, attrs)

    def redirect(self, text: Scalar, /, **attrs: Unpack[RedirectAttrs]) -> Redirect:
        """Fetch TwiML from another URL; text is the URL."""
        return self._stack[-1]._add(Redirect, "redirect", text, attrs)


class FaxResponse(TwiMLResponse):
    """A fax TwiML document. Calls append to the innermost open block."""

    __slots__ = ()
    _grammar = FAX

    def receive(self, /, **attrs: Unpack[ReceiveAttrs]) -> Receive:
        """Receive a fax."""
        return self._stack[-1]._add(Receive, "receive", None, attrs)
