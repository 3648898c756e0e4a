"""Typed signatures of the element handles and responses, generated from the grammar.

Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.
"""

from collections.abc import Mapping
from typing import Literal

from lxml import etree

from ._node import Element, Extra, Method, Scalar, TwiMLResponse, Value

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

LOOKUPS: dict[str, etree.ElementNamespaceClassLookup]

class AiSession(Element):
    """<AiSession>: Connect the call to an AI session."""

class Application(Element):
    """<Application>: Dial a TwiML Application."""

    def application_sid(self, text: Scalar, /, *, extra: Extra | None = None) -> ApplicationSid:
        """The SID of the Application to dial."""
    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class ApplicationSid(Element):
    """<ApplicationSid>: The SID of the Application to dial."""

class Body(Element):
    """<Body>: The text of the message."""

class Client(Element):
    """<Client>: Dial a Twilio Client (Voice SDK) identity."""

    def identity(self, text: Scalar, /, *, extra: Extra | None = None) -> Identity:
        """The client identity to dial."""
    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class Conference(Element):
    """<Conference>: Join the caller to a named conference room."""

class Config(Element):
    """<Config>: A name/value configuration setting."""

class Connect(Element):
    """<Connect>: Connect the call to a stream, room, agent or relay."""

    def ai_session(
        self,
        /,
        *,
        ai_connector: Scalar | None = None,
        ai_session_configuration: Scalar | None = None,
        extra: Extra | None = None,
    ) -> AiSession:
        """Connect the call to an AI session."""
    def conversation(
        self,
        /,
        *,
        inbound_autocreation: Scalar | None = None,
        inbound_timeout: int | None = None,
        method: Method | None = None,
        record: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        routing_assignment_timeout: int | None = None,
        service_instance_sid: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        trim: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Conversation:
        """Connect the call to a Conversations service."""
    def conversation_relay(
        self,
        /,
        *,
        application_reconnect: Scalar | None = None,
        asr_smart_format: Scalar | None = None,
        background_noise_reduction: Scalar | None = None,
        customer_name: Scalar | None = None,
        debug: Value | None = None,
        deepgram_smart_format: Scalar | None = None,
        dtmf_detection: Scalar | None = None,
        eager_eot_threshold: Scalar | None = None,
        echo_prompt_filtering: Scalar | None = None,
        elevenlabs_language_text_normalization: Scalar | None = None,
        elevenlabs_text_normalization: Scalar | None = None,
        events: Value | None = None,
        hints: Value | None = None,
        ignore_backchannel: Scalar | None = None,
        include_in_prompt: Scalar | None = None,
        intelligence_service: Scalar | None = None,
        interrupt_sensitivity: Scalar | None = None,
        interruptible: Scalar | None = None,
        language: Scalar | None = None,
        partial_prompt_on_hangup: Scalar | None = None,
        partial_prompts: Scalar | None = None,
        preemptible: Scalar | None = None,
        profanity_filter: Scalar | None = None,
        report_input_during_agent_speech: Scalar | None = None,
        speech_model: Scalar | None = None,
        speech_timeout: Scalar | None = None,
        transcription_language: Scalar | None = None,
        transcription_provider: Scalar | None = None,
        tts_language: Scalar | None = None,
        tts_language_text_normalization: Scalar | None = None,
        tts_provider: Scalar | None = None,
        tts_text_normalization: Scalar | None = None,
        turn_detection: Scalar | None = None,
        url: Scalar | None = None,
        voice: Scalar | None = None,
        welcome_greeting: Scalar | None = None,
        welcome_greeting_interruptible: Scalar | None = None,
        extra: Extra | None = None,
    ) -> ConversationRelay:
        """Connect the call to a ConversationRelay WebSocket app."""
    def conversation_relay_session(
        self,
        /,
        *,
        connector: Scalar | None = None,
        session_configuration: Scalar | None = None,
        extra: Extra | None = None,
    ) -> ConversationRelaySession:
        """Connect the call to a ConversationRelay session."""
    def room(
        self,
        text: Scalar,
        /,
        *,
        participant_identity: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Room:
        """Connect the call to a Video room."""
    def stream(
        self,
        /,
        *,
        audio_format: Scalar | None = None,
        connector_name: Scalar | None = None,
        name: Scalar | None = None,
        sample_rate: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        track: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Stream:
        """Stream the call's audio to a WebSocket."""
    def virtual_agent(
        self,
        /,
        *,
        connector_name: Scalar | None = None,
        language: Scalar | None = None,
        sentiment_analysis: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        extra: Extra | None = None,
    ) -> VirtualAgent:
        """Connect the call to a virtual agent."""

class Conversation(Element):
    """<Conversation>: Connect the call to a Conversations service."""

class ConversationRelay(Element):
    """<ConversationRelay>: Connect the call to a ConversationRelay WebSocket app."""

    def language(
        self,
        /,
        *,
        asr_smart_format: Scalar | None = None,
        code: Scalar | None = None,
        hints: Value | None = None,
        speech_model: Scalar | None = None,
        transcription_provider: Scalar | None = None,
        tts_language_text_normalization: Scalar | None = None,
        tts_provider: Scalar | None = None,
        tts_text_normalization: Scalar | None = None,
        voice: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Language:
        """Per-language settings for ConversationRelay."""
    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class ConversationRelaySession(Element):
    """<ConversationRelaySession>: Connect the call to a ConversationRelay session."""

class Dial(Element):
    """<Dial>: Connect the caller to another party; text is a number, or add nouns in a block."""

    def application(
        self,
        text: Scalar | None = None,
        /,
        *,
        copy_parent_to: Scalar | None = None,
        customer_id: Scalar | None = None,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Application:
        """Dial a TwiML Application."""
    def client(
        self,
        text: Scalar | None = None,
        /,
        *,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Client:
        """Dial a Twilio Client (Voice SDK) identity."""
    def conference(
        self,
        text: Scalar,
        /,
        *,
        beep: Scalar | None = None,
        coach: Scalar | None = None,
        end_conference_on_exit: Scalar | None = None,
        event_callback_url: Scalar | None = None,
        jitter_buffer_size: Scalar | None = None,
        max_participants: int | None = None,
        muted: Scalar | None = None,
        participant_label: Scalar | None = None,
        record: Scalar | None = None,
        recording_configuration_id: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        region: Scalar | None = None,
        start_conference_on_enter: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        trim: Literal["do-not-trim", "trim-silence"] | None = None,
        wait_method: Method | None = None,
        wait_url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Conference:
        """Join the caller to a named conference room."""
    def number(
        self,
        text: Scalar,
        /,
        *,
        amd_status_callback: Scalar | None = None,
        amd_status_callback_method: Method | None = None,
        byoc: Scalar | None = None,
        machine_detection: Scalar | None = None,
        machine_detection_silence_timeout: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_timeout: int | None = None,
        method: Method | None = None,
        send_digits: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Number:
        """Dial a phone number."""
    def queue(
        self,
        text: Scalar,
        /,
        *,
        method: Method | None = None,
        post_work_activity_sid: Scalar | None = None,
        reservation_sid: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Queue:
        """Dial the caller at the front of a queue."""
    def sim(self, text: Scalar, /, *, extra: Extra | None = None) -> Sim:
        """Dial a Programmable Wireless SIM."""
    def sip(
        self,
        text: Scalar | None = None,
        /,
        *,
        amd_status_callback: Scalar | None = None,
        amd_status_callback_method: Method | None = None,
        machine_detection: Scalar | None = None,
        machine_detection_silence_timeout: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_timeout: int | None = None,
        method: Method | None = None,
        password: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        username: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Sip:
        """Dial or refer to a SIP URI."""
    def whats_app(
        self,
        text: Scalar,
        /,
        *,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> WhatsApp:
        """Dial a WhatsApp user."""

class Echo(Element):
    """<Echo>: Echo the caller's audio back (for testing)."""

class Enqueue(Element):
    """<Enqueue>: Put the caller in a queue; text is the queue name."""

    def task(
        self,
        text: Scalar | Mapping[str, object],
        /,
        *,
        priority: int | None = None,
        timeout: int | None = None,
        extra: Extra | None = None,
    ) -> Task:
        """TaskRouter task attributes (JSON) for <Enqueue>."""

class Gather(Element):
    """<Gather>: Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""

    def pause(self, /, *, length: int | None = None, extra: Extra | None = None) -> Pause:
        """Wait silently for `length` seconds."""
    def play(
        self,
        text: Scalar | None = None,
        /,
        *,
        digits: Scalar | None = None,
        loop: int | None = None,
        extra: Extra | None = None,
    ) -> Play:
        """Play an audio file (text is its URL) or send `digits`."""
    def say(
        self,
        text: Scalar | None = None,
        /,
        *,
        language: Scalar | None = None,
        loop: int | None = None,
        voice: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Say:
        """Speak text; `with` it to mix in SSML."""

class Hangup(Element):
    """<Hangup>: End the call."""

    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class Header(Element):
    """<Header>: A custom SIP header."""

class Headers(Element):
    """<Headers>: Custom SIP headers for <Sip>."""

    def header(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Header:
        """A custom SIP header."""

class Identity(Element):
    """<Identity>: The client identity to dial."""

class Language(Element):
    """<Language>: Per-language settings for ConversationRelay."""

class Leave(Element):
    """<Leave>: Take the caller out of the queue."""

class Media(Element):
    """<Media>: The URL of a media file to send."""

class Message(Element):
    """<Message>: Reply with a message; text is the body, or add <Body>/<Media> in a block."""

    def body(self, text: Scalar, /, *, extra: Extra | None = None) -> Body:
        """The text of the message."""
    def media(self, text: Scalar, /, *, extra: Extra | None = None) -> Media:
        """The URL of a media file to send."""

class Number(Element):
    """<Number>: Dial a phone number."""

class Parameter(Element):
    """<Parameter>: A custom name/value parameter."""

class Pause(Element):
    """<Pause>: Wait silently for `length` seconds."""

class Pay(Element):
    """<Pay>: Collect a payment."""

    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""
    def prompt(
        self,
        /,
        *,
        attempt: Value | None = None,
        card_type: Value | None = None,
        error_type: Value | None = None,
        for_: Scalar | None = None,
        require_matching_inputs: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Prompt:
        """Customise a <Pay> prompt."""

class Play(Element):
    """<Play>: Play an audio file (text is its URL) or send `digits`."""

class Prompt(Element):
    """<Prompt>: Customise a <Pay> prompt."""

    def pause(self, /, *, length: int | None = None, extra: Extra | None = None) -> Pause:
        """Wait silently for `length` seconds."""
    def play(
        self,
        text: Scalar | None = None,
        /,
        *,
        digits: Scalar | None = None,
        loop: int | None = None,
        extra: Extra | None = None,
    ) -> Play:
        """Play an audio file (text is its URL) or send `digits`."""
    def say(
        self,
        text: Scalar | None = None,
        /,
        *,
        language: Scalar | None = None,
        loop: int | None = None,
        voice: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Say:
        """Speak text; `with` it to mix in SSML."""

class Queue(Element):
    """<Queue>: Dial the caller at the front of a queue."""

class Receive(Element):
    """<Receive>: Receive a fax."""

class Record(Element):
    """<Record>: Record the caller."""

class Recording(Element):
    """<Recording>: Start a recording of the call."""

class Redirect(Element):
    """<Redirect>: Fetch TwiML from another URL; text is the URL."""

class Refer(Element):
    """<Refer>: Transfer a SIP call with a SIP REFER."""

    def sip(self, text: Scalar, /, *, extra: Extra | None = None) -> Sip:
        """Dial or refer to a SIP URI."""

class Reject(Element):
    """<Reject>: Refuse the call without answering it."""

    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class Room(Element):
    """<Room>: Connect the call to a Video room."""

class Say(Element):
    """<Say>: Speak text; `with` it to mix in SSML."""

    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def lang(
        self,
        text: Scalar | None = None,
        /,
        *,
        xml_lang: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlLang:
        """SSML: speak in another language."""
    def p(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlP:
        """SSML: a paragraph."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def s(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlS:
        """SSML: a sentence."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
    def w(
        self,
        text: Scalar | None = None,
        /,
        *,
        role: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlW:
        """SSML: a word with a part-of-speech role."""

class Sim(Element):
    """<Sim>: Dial a Programmable Wireless SIM."""

class Sip(Element):
    """<Sip>: Dial or refer to a SIP URI."""

    def headers(self, /, *, extra: Extra | None = None) -> Headers:
        """Custom SIP headers for <Sip>."""
    def uri(
        self,
        text: Scalar,
        /,
        *,
        password: Scalar | None = None,
        priority: int | None = None,
        username: Scalar | None = None,
        weight: int | None = None,
        extra: Extra | None = None,
    ) -> Uri:
        """One SIP URI to try for <Sip>."""

class Siprec(Element):
    """<Siprec>: Fork the call's media to a SIPREC recorder."""

    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class Sms(Element):
    """<Sms>: Send an SMS during a call (legacy; prefer the Messages API)."""

class SsmlBreak(Element):
    """<break>: SSML: a pause in speech."""

class SsmlEmphasis(Element):
    """<emphasis>: SSML: speak with emphasis."""

    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def lang(
        self,
        text: Scalar | None = None,
        /,
        *,
        xml_lang: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlLang:
        """SSML: speak in another language."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
    def w(
        self,
        text: Scalar | None = None,
        /,
        *,
        role: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlW:
        """SSML: a word with a part-of-speech role."""

class SsmlLang(Element):
    """<lang>: SSML: speak in another language."""

    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def lang(
        self,
        text: Scalar | None = None,
        /,
        *,
        xml_lang: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlLang:
        """SSML: speak in another language."""
    def p(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlP:
        """SSML: a paragraph."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def s(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlS:
        """SSML: a sentence."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
    def w(
        self,
        text: Scalar | None = None,
        /,
        *,
        role: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlW:
        """SSML: a word with a part-of-speech role."""

class SsmlP(Element):
    """<p>: SSML: a paragraph."""

    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def lang(
        self,
        text: Scalar | None = None,
        /,
        *,
        xml_lang: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlLang:
        """SSML: speak in another language."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def s(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlS:
        """SSML: a sentence."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
    def w(
        self,
        text: Scalar | None = None,
        /,
        *,
        role: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlW:
        """SSML: a word with a part-of-speech role."""

class SsmlPhoneme(Element):
    """<phoneme>: SSML: a phonetic pronunciation."""

class SsmlProsody(Element):
    """<prosody>: SSML: change volume, rate or pitch."""

    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def lang(
        self,
        text: Scalar | None = None,
        /,
        *,
        xml_lang: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlLang:
        """SSML: speak in another language."""
    def p(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlP:
        """SSML: a paragraph."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def s(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlS:
        """SSML: a sentence."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
    def w(
        self,
        text: Scalar | None = None,
        /,
        *,
        role: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlW:
        """SSML: a word with a part-of-speech role."""

class SsmlS(Element):
    """<s>: SSML: a sentence."""

    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def lang(
        self,
        text: Scalar | None = None,
        /,
        *,
        xml_lang: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlLang:
        """SSML: speak in another language."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
    def w(
        self,
        text: Scalar | None = None,
        /,
        *,
        role: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlW:
        """SSML: a word with a part-of-speech role."""

class SsmlSayAs(Element):
    """<say-as>: SSML: how to read a value (digits, date, ...)."""

class SsmlSub(Element):
    """<sub>: SSML: say `alias` in place of the text."""

class SsmlW(Element):
    """<w>: SSML: a word with a part-of-speech role."""

    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""

class Start(Element):
    """<Start>: Start a stream, SIPREC session, transcription or recording."""

    def recording(
        self,
        /,
        *,
        channels: Scalar | None = None,
        recording_configuration_id: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        track: Scalar | None = None,
        trim: Literal["do-not-trim", "trim-silence"] | None = None,
        extra: Extra | None = None,
    ) -> Recording:
        """Start a recording of the call."""
    def siprec(
        self,
        /,
        *,
        connector_name: Scalar | None = None,
        name: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        track: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Siprec:
        """Fork the call's media to a SIPREC recorder."""
    def stream(
        self,
        /,
        *,
        audio_format: Scalar | None = None,
        connector_name: Scalar | None = None,
        name: Scalar | None = None,
        sample_rate: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        track: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Stream:
        """Stream the call's audio to a WebSocket."""
    def transcription(
        self,
        /,
        *,
        enable_automatic_punctuation: Scalar | None = None,
        hints: Value | None = None,
        inbound_track_label: Scalar | None = None,
        intelligence_service: Scalar | None = None,
        language_code: Scalar | None = None,
        name: Scalar | None = None,
        outbound_track_label: Scalar | None = None,
        partial_results: Scalar | None = None,
        profanity_filter: Scalar | None = None,
        speech_model: Scalar | None = None,
        status_callback_method: Method | None = None,
        status_callback_url: Scalar | None = None,
        track: Scalar | None = None,
        transcription_engine: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Transcription:
        """Transcribe the call in real time."""

class Stop(Element):
    """<Stop>: Stop a stream, SIPREC session or transcription."""

    def siprec(
        self,
        /,
        *,
        connector_name: Scalar | None = None,
        name: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        track: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Siprec:
        """Fork the call's media to a SIPREC recorder."""
    def stream(
        self,
        /,
        *,
        audio_format: Scalar | None = None,
        connector_name: Scalar | None = None,
        name: Scalar | None = None,
        sample_rate: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        track: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Stream:
        """Stream the call's audio to a WebSocket."""
    def transcription(
        self,
        /,
        *,
        enable_automatic_punctuation: Scalar | None = None,
        hints: Value | None = None,
        inbound_track_label: Scalar | None = None,
        intelligence_service: Scalar | None = None,
        language_code: Scalar | None = None,
        name: Scalar | None = None,
        outbound_track_label: Scalar | None = None,
        partial_results: Scalar | None = None,
        profanity_filter: Scalar | None = None,
        speech_model: Scalar | None = None,
        status_callback_method: Method | None = None,
        status_callback_url: Scalar | None = None,
        track: Scalar | None = None,
        transcription_engine: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Transcription:
        """Transcribe the call in real time."""

class Stream(Element):
    """<Stream>: Stream the call's audio to a WebSocket."""

    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class Task(Element):
    """<Task>: TaskRouter task attributes (JSON) for <Enqueue>."""

class Transcription(Element):
    """<Transcription>: Transcribe the call in real time."""

    def config(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Config:
        """A name/value configuration setting."""
    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class Uri(Element):
    """<Uri>: One SIP URI to try for <Sip>."""

class VirtualAgent(Element):
    """<VirtualAgent>: Connect the call to a virtual agent."""

    def config(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Config:
        """A name/value configuration setting."""
    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""

class WhatsApp(Element):
    """<WhatsApp>: Dial a WhatsApp user."""

class VoiceResponse(TwiMLResponse):
    """A voice TwiML document."""

    def ai_session(
        self,
        /,
        *,
        ai_connector: Scalar | None = None,
        ai_session_configuration: Scalar | None = None,
        extra: Extra | None = None,
    ) -> AiSession:
        """Connect the call to an AI session."""
    def application(
        self,
        text: Scalar | None = None,
        /,
        *,
        copy_parent_to: Scalar | None = None,
        customer_id: Scalar | None = None,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Application:
        """Dial a TwiML Application."""
    def application_sid(self, text: Scalar, /, *, extra: Extra | None = None) -> ApplicationSid:
        """The SID of the Application to dial."""
    def break_(
        self,
        /,
        *,
        strength: Scalar | None = None,
        time: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlBreak:
        """SSML: a pause in speech."""
    def client(
        self,
        text: Scalar | None = None,
        /,
        *,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Client:
        """Dial a Twilio Client (Voice SDK) identity."""
    def conference(
        self,
        text: Scalar,
        /,
        *,
        beep: Scalar | None = None,
        coach: Scalar | None = None,
        end_conference_on_exit: Scalar | None = None,
        event_callback_url: Scalar | None = None,
        jitter_buffer_size: Scalar | None = None,
        max_participants: int | None = None,
        muted: Scalar | None = None,
        participant_label: Scalar | None = None,
        record: Scalar | None = None,
        recording_configuration_id: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        region: Scalar | None = None,
        start_conference_on_enter: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        trim: Literal["do-not-trim", "trim-silence"] | None = None,
        wait_method: Method | None = None,
        wait_url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Conference:
        """Join the caller to a named conference room."""
    def config(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Config:
        """A name/value configuration setting."""
    def connect(
        self,
        /,
        *,
        action: Scalar | None = None,
        method: Method | None = None,
        extra: Extra | None = None,
    ) -> Connect:
        """Connect the call to a stream, room, agent or relay."""
    def conversation(
        self,
        /,
        *,
        inbound_autocreation: Scalar | None = None,
        inbound_timeout: int | None = None,
        method: Method | None = None,
        record: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        routing_assignment_timeout: int | None = None,
        service_instance_sid: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        trim: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Conversation:
        """Connect the call to a Conversations service."""
    def conversation_relay(
        self,
        /,
        *,
        application_reconnect: Scalar | None = None,
        asr_smart_format: Scalar | None = None,
        background_noise_reduction: Scalar | None = None,
        customer_name: Scalar | None = None,
        debug: Value | None = None,
        deepgram_smart_format: Scalar | None = None,
        dtmf_detection: Scalar | None = None,
        eager_eot_threshold: Scalar | None = None,
        echo_prompt_filtering: Scalar | None = None,
        elevenlabs_language_text_normalization: Scalar | None = None,
        elevenlabs_text_normalization: Scalar | None = None,
        events: Value | None = None,
        hints: Value | None = None,
        ignore_backchannel: Scalar | None = None,
        include_in_prompt: Scalar | None = None,
        intelligence_service: Scalar | None = None,
        interrupt_sensitivity: Scalar | None = None,
        interruptible: Scalar | None = None,
        language: Scalar | None = None,
        partial_prompt_on_hangup: Scalar | None = None,
        partial_prompts: Scalar | None = None,
        preemptible: Scalar | None = None,
        profanity_filter: Scalar | None = None,
        report_input_during_agent_speech: Scalar | None = None,
        speech_model: Scalar | None = None,
        speech_timeout: Scalar | None = None,
        transcription_language: Scalar | None = None,
        transcription_provider: Scalar | None = None,
        tts_language: Scalar | None = None,
        tts_language_text_normalization: Scalar | None = None,
        tts_provider: Scalar | None = None,
        tts_text_normalization: Scalar | None = None,
        turn_detection: Scalar | None = None,
        url: Scalar | None = None,
        voice: Scalar | None = None,
        welcome_greeting: Scalar | None = None,
        welcome_greeting_interruptible: Scalar | None = None,
        extra: Extra | None = None,
    ) -> ConversationRelay:
        """Connect the call to a ConversationRelay WebSocket app."""
    def conversation_relay_session(
        self,
        /,
        *,
        connector: Scalar | None = None,
        session_configuration: Scalar | None = None,
        extra: Extra | None = None,
    ) -> ConversationRelaySession:
        """Connect the call to a ConversationRelay session."""
    def dial(
        self,
        text: Scalar | None = None,
        /,
        *,
        action: Scalar | None = None,
        answer_on_bridge: Scalar | None = None,
        caller_id: Scalar | None = None,
        events: Value | None = None,
        hangup_on_star: Scalar | None = None,
        method: Method | None = None,
        passports: Scalar | None = None,
        record: Scalar | None = None,
        recording_configuration_id: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        recording_track: Scalar | None = None,
        refer_method: Method | None = None,
        refer_url: Scalar | None = None,
        ring_tone: Scalar | None = None,
        sequential: Scalar | None = None,
        time_limit: int | None = None,
        timeout: int | None = None,
        trim: Literal["do-not-trim", "trim-silence"] | None = None,
        extra: Extra | None = None,
    ) -> Dial:
        """Connect the caller to another party; text is a number, or add nouns in a block."""
    def echo(self, /, *, extra: Extra | None = None) -> Echo:
        """Echo the caller's audio back (for testing)."""
    def emphasis(
        self,
        text: Scalar | None = None,
        /,
        *,
        level: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
    def enqueue(
        self,
        text: Scalar | None = None,
        /,
        *,
        action: Scalar | None = None,
        max_queue_size: int | None = None,
        method: Method | None = None,
        wait_url: Scalar | None = None,
        wait_url_method: Method | None = None,
        workflow_sid: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Enqueue:
        """Put the caller in a queue; text is the queue name."""
    def gather(
        self,
        /,
        *,
        action: Scalar | None = None,
        action_on_empty_result: Scalar | None = None,
        barge_in: Scalar | None = None,
        debug: Value | None = None,
        enhanced: Scalar | None = None,
        finish_on_key: Scalar | None = None,
        hints: Value | None = None,
        input: Value | None = None,
        language: Scalar | None = None,
        max_speech_time: int | None = None,
        method: Method | None = None,
        num_digits: int | None = None,
        partial_result_callback: Scalar | None = None,
        partial_result_callback_method: Method | None = None,
        profanity_filter: Scalar | None = None,
        speech_model: Scalar | None = None,
        speech_timeout: Scalar | None = None,
        timeout: int | None = None,
        extra: Extra | None = None,
    ) -> Gather:
        """Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""
    def hangup(self, /, *, extra: Extra | None = None) -> Hangup:
        """End the call."""
    def header(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Header:
        """A custom SIP header."""
    def headers(self, /, *, extra: Extra | None = None) -> Headers:
        """Custom SIP headers for <Sip>."""
    def identity(self, text: Scalar, /, *, extra: Extra | None = None) -> Identity:
        """The client identity to dial."""
    def lang(
        self,
        text: Scalar | None = None,
        /,
        *,
        xml_lang: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlLang:
        """SSML: speak in another language."""
    def language(
        self,
        /,
        *,
        asr_smart_format: Scalar | None = None,
        code: Scalar | None = None,
        hints: Value | None = None,
        speech_model: Scalar | None = None,
        transcription_provider: Scalar | None = None,
        tts_language_text_normalization: Scalar | None = None,
        tts_provider: Scalar | None = None,
        tts_text_normalization: Scalar | None = None,
        voice: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Language:
        """Per-language settings for ConversationRelay."""
    def leave(self, /, *, extra: Extra | None = None) -> Leave:
        """Take the caller out of the queue."""
    def number(
        self,
        text: Scalar,
        /,
        *,
        amd_status_callback: Scalar | None = None,
        amd_status_callback_method: Method | None = None,
        byoc: Scalar | None = None,
        machine_detection: Scalar | None = None,
        machine_detection_silence_timeout: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_timeout: int | None = None,
        method: Method | None = None,
        send_digits: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Number:
        """Dial a phone number."""
    def p(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlP:
        """SSML: a paragraph."""
    def parameter(
        self,
        /,
        *,
        name: Scalar | None = None,
        value: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Parameter:
        """A custom name/value parameter."""
    def pause(self, /, *, length: int | None = None, extra: Extra | None = None) -> Pause:
        """Wait silently for `length` seconds."""
    def pay(
        self,
        /,
        *,
        action: Scalar | None = None,
        bank_account_type: Scalar | None = None,
        charge_amount: Scalar | None = None,
        currency: Scalar | None = None,
        description: Scalar | None = None,
        input: Value | None = None,
        language: Scalar | None = None,
        max_attempts: int | None = None,
        min_postal_code_length: int | None = None,
        payment_connector: Scalar | None = None,
        payment_method: Scalar | None = None,
        postal_code: Scalar | None = None,
        security_code: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        timeout: int | None = None,
        token_type: Scalar | None = None,
        valid_card_types: Value | None = None,
        extra: Extra | None = None,
    ) -> Pay:
        """Collect a payment."""
    def phoneme(
        self,
        text: Scalar,
        /,
        *,
        alphabet: Scalar | None = None,
        ph: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
    def play(
        self,
        text: Scalar | None = None,
        /,
        *,
        digits: Scalar | None = None,
        loop: int | None = None,
        extra: Extra | None = None,
    ) -> Play:
        """Play an audio file (text is its URL) or send `digits`."""
    def prompt(
        self,
        /,
        *,
        attempt: Value | None = None,
        card_type: Value | None = None,
        error_type: Value | None = None,
        for_: Scalar | None = None,
        require_matching_inputs: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Prompt:
        """Customise a <Pay> prompt."""
    def prosody(
        self,
        text: Scalar | None = None,
        /,
        *,
        pitch: Scalar | None = None,
        rate: Scalar | None = None,
        volume: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
    def queue(
        self,
        text: Scalar,
        /,
        *,
        method: Method | None = None,
        post_work_activity_sid: Scalar | None = None,
        reservation_sid: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Queue:
        """Dial the caller at the front of a queue."""
    def record(
        self,
        /,
        *,
        action: Scalar | None = None,
        finish_on_key: Scalar | None = None,
        max_length: int | None = None,
        method: Method | None = None,
        play_beep: Scalar | None = None,
        recording_configuration_id: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        timeout: int | None = None,
        transcribe: Scalar | None = None,
        transcribe_callback: Scalar | None = None,
        trim: Literal["do-not-trim", "trim-silence"] | None = None,
        extra: Extra | None = None,
    ) -> Record:
        """Record the caller."""
    def recording(
        self,
        /,
        *,
        channels: Scalar | None = None,
        recording_configuration_id: Scalar | None = None,
        recording_status_callback: Scalar | None = None,
        recording_status_callback_event: Value | None = None,
        recording_status_callback_method: Method | None = None,
        track: Scalar | None = None,
        trim: Literal["do-not-trim", "trim-silence"] | None = None,
        extra: Extra | None = None,
    ) -> Recording:
        """Start a recording of the call."""
    def redirect(
        self, text: Scalar, /, *, method: Method | None = None, extra: Extra | None = None
    ) -> Redirect:
        """Fetch TwiML from another URL; text is the URL."""
    def refer(
        self,
        /,
        *,
        action: Scalar | None = None,
        method: Method | None = None,
        extra: Extra | None = None,
    ) -> Refer:
        """Transfer a SIP call with a SIP REFER."""
    def reject(self, /, *, reason: Scalar | None = None, extra: Extra | None = None) -> Reject:
        """Refuse the call without answering it."""
    def room(
        self,
        text: Scalar,
        /,
        *,
        participant_identity: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Room:
        """Connect the call to a Video room."""
    def s(self, text: Scalar | None = None, /, *, extra: Extra | None = None) -> SsmlS:
        """SSML: a sentence."""
    def say(
        self,
        text: Scalar | None = None,
        /,
        *,
        language: Scalar | None = None,
        loop: int | None = None,
        voice: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Say:
        """Speak text; `with` it to mix in SSML."""
    def say_as(
        self,
        text: Scalar,
        /,
        *,
        format: Scalar | None = None,
        interpret_as: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
    def sim(self, text: Scalar, /, *, extra: Extra | None = None) -> Sim:
        """Dial a Programmable Wireless SIM."""
    def sip(
        self,
        text: Scalar | None = None,
        /,
        *,
        amd_status_callback: Scalar | None = None,
        amd_status_callback_method: Method | None = None,
        machine_detection: Scalar | None = None,
        machine_detection_silence_timeout: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_timeout: int | None = None,
        method: Method | None = None,
        password: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        username: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Sip:
        """Dial or refer to a SIP URI."""
    def siprec(
        self,
        /,
        *,
        connector_name: Scalar | None = None,
        name: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        track: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Siprec:
        """Fork the call's media to a SIPREC recorder."""
    def sms(
        self,
        text: Scalar,
        /,
        *,
        action: Scalar | None = None,
        from_: Scalar | None = None,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        to: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Sms:
        """Send an SMS during a call (legacy; prefer the Messages API)."""
    def start(
        self,
        /,
        *,
        action: Scalar | None = None,
        method: Method | None = None,
        extra: Extra | None = None,
    ) -> Start:
        """Start a stream, SIPREC session, transcription or recording."""
    def stop(self, /, *, extra: Extra | None = None) -> Stop:
        """Stop a stream, SIPREC session or transcription."""
    def stream(
        self,
        /,
        *,
        audio_format: Scalar | None = None,
        connector_name: Scalar | None = None,
        name: Scalar | None = None,
        sample_rate: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        track: Scalar | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Stream:
        """Stream the call's audio to a WebSocket."""
    def sub(
        self, text: Scalar, /, *, alias: Scalar | None = None, extra: Extra | None = None
    ) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
    def task(
        self,
        text: Scalar | Mapping[str, object],
        /,
        *,
        priority: int | None = None,
        timeout: int | None = None,
        extra: Extra | None = None,
    ) -> Task:
        """TaskRouter task attributes (JSON) for <Enqueue>."""
    def transcription(
        self,
        /,
        *,
        enable_automatic_punctuation: Scalar | None = None,
        hints: Value | None = None,
        inbound_track_label: Scalar | None = None,
        intelligence_service: Scalar | None = None,
        language_code: Scalar | None = None,
        name: Scalar | None = None,
        outbound_track_label: Scalar | None = None,
        partial_results: Scalar | None = None,
        profanity_filter: Scalar | None = None,
        speech_model: Scalar | None = None,
        status_callback_method: Method | None = None,
        status_callback_url: Scalar | None = None,
        track: Scalar | None = None,
        transcription_engine: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Transcription:
        """Transcribe the call in real time."""
    def uri(
        self,
        text: Scalar,
        /,
        *,
        password: Scalar | None = None,
        priority: int | None = None,
        username: Scalar | None = None,
        weight: int | None = None,
        extra: Extra | None = None,
    ) -> Uri:
        """One SIP URI to try for <Sip>."""
    def virtual_agent(
        self,
        /,
        *,
        connector_name: Scalar | None = None,
        language: Scalar | None = None,
        sentiment_analysis: Scalar | None = None,
        status_callback: Scalar | None = None,
        status_callback_method: Method | None = None,
        extra: Extra | None = None,
    ) -> VirtualAgent:
        """Connect the call to a virtual agent."""
    def w(
        self,
        text: Scalar | None = None,
        /,
        *,
        role: Scalar | None = None,
        extra: Extra | None = None,
    ) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
    def whats_app(
        self,
        text: Scalar,
        /,
        *,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        status_callback_event: Value | None = None,
        status_callback_method: Method | None = None,
        url: Scalar | None = None,
        extra: Extra | None = None,
    ) -> WhatsApp:
        """Dial a WhatsApp user."""

class MessagingResponse(TwiMLResponse):
    """A messaging TwiML document."""

    def body(self, text: Scalar, /, *, extra: Extra | None = None) -> Body:
        """The text of the message."""
    def media(self, text: Scalar, /, *, extra: Extra | None = None) -> Media:
        """The URL of a media file to send."""
    def message(
        self,
        text: Scalar | None = None,
        /,
        *,
        action: Scalar | None = None,
        from_: Scalar | None = None,
        method: Method | None = None,
        status_callback: Scalar | None = None,
        to: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Message:
        """Reply with a message; text is the body, or add <Body>/<Media> in a block."""
    def redirect(
        self, text: Scalar, /, *, method: Method | None = None, extra: Extra | None = None
    ) -> Redirect:
        """Fetch TwiML from another URL; text is the URL."""

class FaxResponse(TwiMLResponse):
    """A fax TwiML document."""

    def receive(
        self,
        /,
        *,
        action: Scalar | None = None,
        media_type: Scalar | None = None,
        method: Method | None = None,
        page_size: Scalar | None = None,
        store_media: Scalar | None = None,
        extra: Extra | None = None,
    ) -> Receive:
        """Receive a fax."""
