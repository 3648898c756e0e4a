"""Element handles and response classes, generated from the grammar.

Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.
"""

from __future__ import annotations

from typing import Literal, TypedDict, Unpack

from ._grammar import FAX, MESSAGING, VOICE
from ._node import Element, Extra, Method, Scalar, TwiMLResponse, Value

__all__ = [
    "AiSession",
    "AiSessionAttrs",
    "Application",
    "ApplicationAttrs",
    "ApplicationSid",
    "ApplicationSidAttrs",
    "Body",
    "BodyAttrs",
    "Client",
    "ClientAttrs",
    "Conference",
    "ConferenceAttrs",
    "Config",
    "ConfigAttrs",
    "Connect",
    "ConnectAttrs",
    "Conversation",
    "ConversationAttrs",
    "ConversationRelay",
    "ConversationRelayAttrs",
    "ConversationRelaySession",
    "ConversationRelaySessionAttrs",
    "Dial",
    "DialAttrs",
    "Echo",
    "EchoAttrs",
    "Enqueue",
    "EnqueueAttrs",
    "FaxResponse",
    "Gather",
    "GatherAttrs",
    "Hangup",
    "HangupAttrs",
    "Header",
    "HeaderAttrs",
    "Headers",
    "HeadersAttrs",
    "Identity",
    "IdentityAttrs",
    "Language",
    "LanguageAttrs",
    "Leave",
    "LeaveAttrs",
    "Media",
    "MediaAttrs",
    "Message",
    "MessageAttrs",
    "MessagingResponse",
    "Number",
    "NumberAttrs",
    "Parameter",
    "ParameterAttrs",
    "Pause",
    "PauseAttrs",
    "Pay",
    "PayAttrs",
    "Play",
    "PlayAttrs",
    "Prompt",
    "PromptAttrs",
    "Queue",
    "QueueAttrs",
    "Receive",
    "ReceiveAttrs",
    "Record",
    "RecordAttrs",
    "Recording",
    "RecordingAttrs",
    "Redirect",
    "RedirectAttrs",
    "Refer",
    "ReferAttrs",
    "ReferSipAttrs",
    "Reject",
    "RejectAttrs",
    "Room",
    "RoomAttrs",
    "Say",
    "SayAttrs",
    "Sim",
    "SimAttrs",
    "Sip",
    "SipAttrs",
    "Siprec",
    "SiprecAttrs",
    "Sms",
    "SmsAttrs",
    "SsmlBreak",
    "SsmlBreakAttrs",
    "SsmlEmphasis",
    "SsmlEmphasisAttrs",
    "SsmlLang",
    "SsmlLangAttrs",
    "SsmlP",
    "SsmlPAttrs",
    "SsmlPhoneme",
    "SsmlPhonemeAttrs",
    "SsmlProsody",
    "SsmlProsodyAttrs",
    "SsmlS",
    "SsmlSAttrs",
    "SsmlSayAs",
    "SsmlSayAsAttrs",
    "SsmlSub",
    "SsmlSubAttrs",
    "SsmlW",
    "SsmlWAttrs",
    "Start",
    "StartAttrs",
    "Stop",
    "StopAttrs",
    "Stream",
    "StreamAttrs",
    "Task",
    "TaskAttrs",
    "Transcription",
    "TranscriptionAttrs",
    "Uri",
    "UriAttrs",
    "VirtualAgent",
    "VirtualAgentAttrs",
    "VoiceResponse",
    "WhatsApp",
    "WhatsAppAttrs",
]


class AiSessionAttrs(TypedDict, total=False):
    ai_connector: Scalar
    ai_session_configuration: Scalar
    extra: Extra


class ApplicationAttrs(TypedDict, total=False):
    url: Scalar
    method: Method
    status_callback_event: Value
    status_callback: Scalar
    status_callback_method: Method
    customer_id: Scalar
    copy_parent_to: Scalar
    extra: Extra


class ApplicationSidAttrs(TypedDict, total=False):
    extra: Extra


class BodyAttrs(TypedDict, total=False):
    extra: Extra


class ClientAttrs(TypedDict, total=False):
    url: Scalar
    method: Method
    status_callback_event: Value
    status_callback: Scalar
    status_callback_method: Method
    extra: Extra


class ConferenceAttrs(TypedDict, total=False):
    muted: Scalar
    beep: Scalar
    start_conference_on_enter: Scalar
    end_conference_on_exit: Scalar
    wait_url: Scalar
    wait_method: Method
    max_participants: Scalar
    record: Scalar
    recording_configuration_id: Scalar
    region: Scalar
    coach: Scalar
    trim: Literal["do-not-trim", "trim-silence"]
    status_callback_event: Value
    status_callback: Scalar
    status_callback_method: Method
    recording_status_callback: Scalar
    recording_status_callback_method: Method
    recording_status_callback_event: Value
    event_callback_url: Scalar
    jitter_buffer_size: Scalar
    participant_label: Scalar
    extra: Extra


class ConfigAttrs(TypedDict, total=False):
    name: Scalar
    value: Scalar
    extra: Extra


class ConnectAttrs(TypedDict, total=False):
    action: Scalar
    method: Method
    extra: Extra


class ConversationAttrs(TypedDict, total=False):
    service_instance_sid: Scalar
    inbound_autocreation: Scalar
    routing_assignment_timeout: Scalar
    inbound_timeout: Scalar
    url: Scalar
    method: Method
    record: Scalar
    trim: Scalar
    recording_status_callback: Scalar
    recording_status_callback_method: Method
    recording_status_callback_event: Value
    status_callback: Scalar
    status_callback_method: Method
    status_callback_event: Value
    extra: Extra


class ConversationRelayAttrs(TypedDict, total=False):
    url: Scalar
    language: Scalar
    tts_language: Scalar
    transcription_language: Scalar
    tts_provider: Scalar
    voice: Scalar
    transcription_provider: Scalar
    speech_model: Scalar
    profanity_filter: Scalar
    dtmf_detection: Scalar
    welcome_greeting: Scalar
    partial_prompts: Scalar
    welcome_greeting_interruptible: Scalar
    interruptible: Scalar
    preemptible: Scalar
    hints: Value
    intelligence_service: Scalar
    report_input_during_agent_speech: Scalar
    elevenlabs_text_normalization: Scalar
    interrupt_sensitivity: Scalar
    debug: Value
    background_noise_reduction: Scalar
    speech_timeout: Scalar
    deepgram_smart_format: Scalar
    ignore_backchannel: Scalar
    events: Value
    partial_prompt_on_hangup: Scalar
    eager_eot_threshold: Scalar
    asr_smart_format: Scalar
    tts_text_normalization: Scalar
    tts_language_text_normalization: Scalar
    elevenlabs_language_text_normalization: Scalar
    include_in_prompt: Scalar
    customer_name: Scalar
    application_reconnect: Scalar
    echo_prompt_filtering: Scalar
    turn_detection: Scalar
    extra: Extra


class ConversationRelaySessionAttrs(TypedDict, total=False):
    connector: Scalar
    session_configuration: Scalar
    extra: Extra


class DialAttrs(TypedDict, total=False):
    action: Scalar
    method: Method
    timeout: Scalar
    hangup_on_star: Scalar
    time_limit: Scalar
    caller_id: Scalar
    record: Scalar
    trim: Literal["do-not-trim", "trim-silence"]
    recording_status_callback: Scalar
    recording_status_callback_method: Method
    recording_status_callback_event: Value
    recording_configuration_id: Scalar
    answer_on_bridge: Scalar
    ring_tone: Scalar
    recording_track: Scalar
    sequential: Scalar
    refer_url: Scalar
    refer_method: Method
    events: Value
    passports: Scalar
    extra: Extra


class EchoAttrs(TypedDict, total=False):
    extra: Extra


class EnqueueAttrs(TypedDict, total=False):
    action: Scalar
    max_queue_size: Scalar
    method: Method
    wait_url: Scalar
    wait_url_method: Method
    workflow_sid: Scalar
    extra: Extra


class GatherAttrs(TypedDict, total=False):
    input: Value
    action: Scalar
    method: Method
    timeout: Scalar
    speech_timeout: Scalar
    max_speech_time: Scalar
    profanity_filter: Scalar
    finish_on_key: Scalar
    num_digits: Scalar
    partial_result_callback: Scalar
    partial_result_callback_method: Method
    language: Scalar
    hints: Value
    barge_in: Scalar
    debug: Value
    action_on_empty_result: Scalar
    speech_model: Scalar
    enhanced: Scalar
    extra: Extra


class HangupAttrs(TypedDict, total=False):
    extra: Extra


class HeaderAttrs(TypedDict, total=False):
    name: Scalar
    value: Scalar
    extra: Extra


class HeadersAttrs(TypedDict, total=False):
    extra: Extra


class IdentityAttrs(TypedDict, total=False):
    extra: Extra


class LanguageAttrs(TypedDict, total=False):
    code: Scalar
    tts_provider: Scalar
    voice: Scalar
    transcription_provider: Scalar
    speech_model: Scalar
    hints: Value
    asr_smart_format: Scalar
    tts_text_normalization: Scalar
    tts_language_text_normalization: Scalar
    extra: Extra


class LeaveAttrs(TypedDict, total=False):
    extra: Extra


class MediaAttrs(TypedDict, total=False):
    extra: Extra


class MessageAttrs(TypedDict, total=False):
    to: Scalar
    from_: Scalar
    action: Scalar
    method: Method
    status_callback: Scalar
    extra: Extra


class NumberAttrs(TypedDict, total=False):
    send_digits: Scalar
    url: Scalar
    method: Method
    status_callback_event: Value
    status_callback: Scalar
    status_callback_method: Method
    byoc: Scalar
    machine_detection: Scalar
    amd_status_callback_method: Method
    amd_status_callback: Scalar
    machine_detection_timeout: Scalar
    machine_detection_speech_threshold: Scalar
    machine_detection_speech_end_threshold: Scalar
    machine_detection_silence_timeout: Scalar
    extra: Extra


class ParameterAttrs(TypedDict, total=False):
    name: Scalar
    value: Scalar
    extra: Extra


class PauseAttrs(TypedDict, total=False):
    length: Scalar
    extra: Extra


class PayAttrs(TypedDict, total=False):
    input: Value
    action: Scalar
    bank_account_type: Scalar
    status_callback: Scalar
    status_callback_method: Method
    timeout: Scalar
    max_attempts: Scalar
    security_code: Scalar
    postal_code: Scalar
    min_postal_code_length: Scalar
    payment_connector: Scalar
    payment_method: Scalar
    token_type: Scalar
    charge_amount: Scalar
    currency: Scalar
    description: Scalar
    valid_card_types: Value
    language: Scalar
    extra: Extra


class PlayAttrs(TypedDict, total=False):
    loop: Scalar
    digits: Scalar
    extra: Extra


class PromptAttrs(TypedDict, total=False):
    for_: Scalar
    error_type: Value
    card_type: Value
    attempt: Value
    require_matching_inputs: Scalar
    extra: Extra


class QueueAttrs(TypedDict, total=False):
    url: Scalar
    method: Method
    reservation_sid: Scalar
    post_work_activity_sid: Scalar
    extra: Extra


class ReceiveAttrs(TypedDict, total=False):
    action: Scalar
    method: Method
    media_type: Scalar
    page_size: Scalar
    store_media: Scalar
    extra: Extra


class RecordAttrs(TypedDict, total=False):
    action: Scalar
    method: Method
    timeout: Scalar
    finish_on_key: Scalar
    max_length: Scalar
    play_beep: Scalar
    trim: Literal["do-not-trim", "trim-silence"]
    recording_status_callback: Scalar
    recording_status_callback_method: Method
    recording_status_callback_event: Value
    transcribe: Scalar
    transcribe_callback: Scalar
    recording_configuration_id: Scalar
    extra: Extra


class RecordingAttrs(TypedDict, total=False):
    recording_status_callback: Scalar
    recording_status_callback_method: Method
    recording_status_callback_event: Value
    trim: Literal["do-not-trim", "trim-silence"]
    track: Scalar
    channels: Scalar
    recording_configuration_id: Scalar
    extra: Extra


class RedirectAttrs(TypedDict, total=False):
    method: Method
    extra: Extra


class ReferAttrs(TypedDict, total=False):
    action: Scalar
    method: Method
    extra: Extra


class ReferSipAttrs(TypedDict, total=False):
    extra: Extra


class RejectAttrs(TypedDict, total=False):
    reason: Scalar
    extra: Extra


class RoomAttrs(TypedDict, total=False):
    participant_identity: Scalar
    extra: Extra


class SayAttrs(TypedDict, total=False):
    voice: Scalar
    loop: Scalar
    language: Scalar
    extra: Extra


class SimAttrs(TypedDict, total=False):
    extra: Extra


class SipAttrs(TypedDict, total=False):
    username: Scalar
    password: Scalar
    url: Scalar
    method: Method
    status_callback_event: Value
    status_callback: Scalar
    status_callback_method: Method
    machine_detection: Scalar
    amd_status_callback_method: Method
    amd_status_callback: Scalar
    machine_detection_timeout: Scalar
    machine_detection_speech_threshold: Scalar
    machine_detection_speech_end_threshold: Scalar
    machine_detection_silence_timeout: Scalar
    extra: Extra


class SiprecAttrs(TypedDict, total=False):
    name: Scalar
    connector_name: Scalar
    track: Scalar
    status_callback: Scalar
    status_callback_method: Method
    extra: Extra


class SmsAttrs(TypedDict, total=False):
    to: Scalar
    from_: Scalar
    action: Scalar
    method: Method
    status_callback: Scalar
    extra: Extra


class SsmlBreakAttrs(TypedDict, total=False):
    strength: Scalar
    time: Scalar
    extra: Extra


class SsmlEmphasisAttrs(TypedDict, total=False):
    level: Scalar
    extra: Extra


class SsmlLangAttrs(TypedDict, total=False):
    xml_lang: Scalar
    extra: Extra


class SsmlPAttrs(TypedDict, total=False):
    extra: Extra


class SsmlPhonemeAttrs(TypedDict, total=False):
    alphabet: Scalar
    ph: Scalar
    extra: Extra


class SsmlProsodyAttrs(TypedDict, total=False):
    volume: Scalar
    rate: Scalar
    pitch: Scalar
    extra: Extra


class SsmlSAttrs(TypedDict, total=False):
    extra: Extra


class SsmlSayAsAttrs(TypedDict, total=False):
    interpret_as: Scalar
    format: Scalar
    extra: Extra


class SsmlSubAttrs(TypedDict, total=False):
    alias: Scalar
    extra: Extra


class SsmlWAttrs(TypedDict, total=False):
    role: Scalar
    extra: Extra


class StartAttrs(TypedDict, total=False):
    action: Scalar
    method: Method
    extra: Extra


class StopAttrs(TypedDict, total=False):
    extra: Extra


class StreamAttrs(TypedDict, total=False):
    name: Scalar
    connector_name: Scalar
    url: Scalar
    track: Scalar
    status_callback: Scalar
    status_callback_method: Method
    audio_format: Scalar
    sample_rate: Scalar
    extra: Extra


class TaskAttrs(TypedDict, total=False):
    priority: Scalar
    timeout: Scalar
    extra: Extra


class TranscriptionAttrs(TypedDict, total=False):
    name: Scalar
    track: Scalar
    status_callback_url: Scalar
    status_callback_method: Method
    inbound_track_label: Scalar
    outbound_track_label: Scalar
    partial_results: Scalar
    language_code: Scalar
    transcription_engine: Scalar
    profanity_filter: Scalar
    speech_model: Scalar
    hints: Value
    enable_automatic_punctuation: Scalar
    intelligence_service: Scalar
    extra: Extra


class UriAttrs(TypedDict, total=False):
    priority: Scalar
    weight: Scalar
    username: Scalar
    password: Scalar
    extra: Extra


class VirtualAgentAttrs(TypedDict, total=False):
    connector_name: Scalar
    language: Scalar
    sentiment_analysis: Scalar
    status_callback: Scalar
    status_callback_method: Method
    extra: Extra


class WhatsAppAttrs(TypedDict, total=False):
    url: Scalar
    method: Method
    status_callback_event: Value
    status_callback: Scalar
    status_callback_method: Method
    extra: Extra


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
        return self._add(AiSession, "ai_session", None, attrs)

    def application(
        self, text: Scalar | None = None, /, **attrs: Unpack[ApplicationAttrs]
    ) -> Application:
        """Dial a TwiML Application."""
        return self._add(Application, "application", text, attrs)

    def application_sid(
        self, text: Scalar, /, **attrs: Unpack[ApplicationSidAttrs]
    ) -> ApplicationSid:
        """The SID of the Application to dial."""
        return self._add(ApplicationSid, "application_sid", text, attrs)

    def break_(self, /, **attrs: Unpack[SsmlBreakAttrs]) -> SsmlBreak:
        """SSML: a pause in speech."""
        return self._add(SsmlBreak, "break_", None, attrs)

    def client(self, text: Scalar | None = None, /, **attrs: Unpack[ClientAttrs]) -> Client:
        """Dial a Twilio Client (Voice SDK) identity."""
        return self._add(Client, "client", text, attrs)

    def conference(self, text: Scalar, /, **attrs: Unpack[ConferenceAttrs]) -> Conference:
        """Join the caller to a named conference room."""
        return self._add(Conference, "conference", text, attrs)

    def config(self, /, **attrs: Unpack[ConfigAttrs]) -> Config:
        """A name/value configuration setting."""
        return self._add(Config, "config", None, attrs)

    def connect(self, /, **attrs: Unpack[ConnectAttrs]) -> Connect:
        """Connect the call to a stream, room, agent or relay."""
        return self._add(Connect, "connect", None, attrs)

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

    def dial(self, text: Scalar | None = None, /, **attrs: Unpack[DialAttrs]) -> Dial:
        """Connect the caller to another party; text is a number, or add nouns in a block."""
        return self._add(Dial, "dial", text, attrs)

    def echo(self, /, **attrs: Unpack[EchoAttrs]) -> Echo:
        """Echo the caller's audio back (for testing)."""
        return self._add(Echo, "echo", None, attrs)

    def emphasis(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlEmphasisAttrs]
    ) -> SsmlEmphasis:
        """SSML: speak with emphasis."""
        return self._add(SsmlEmphasis, "emphasis", text, attrs)

    def enqueue(self, text: Scalar | None = None, /, **attrs: Unpack[EnqueueAttrs]) -> Enqueue:
        """Put the caller in a queue; text is the queue name."""
        return self._add(Enqueue, "enqueue", text, attrs)

    def gather(self, /, **attrs: Unpack[GatherAttrs]) -> Gather:
        """Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""
        return self._add(Gather, "gather", None, attrs)

    def hangup(self, /, **attrs: Unpack[HangupAttrs]) -> Hangup:
        """End the call."""
        return self._add(Hangup, "hangup", None, attrs)

    def header(self, /, **attrs: Unpack[HeaderAttrs]) -> Header:
        """A custom SIP header."""
        return self._add(Header, "header", None, attrs)

    def headers(self, /, **attrs: Unpack[HeadersAttrs]) -> Headers:
        """Custom SIP headers for <Sip>."""
        return self._add(Headers, "headers", None, attrs)

    def identity(self, text: Scalar, /, **attrs: Unpack[IdentityAttrs]) -> Identity:
        """The client identity to dial."""
        return self._add(Identity, "identity", text, attrs)

    def lang(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlLangAttrs]) -> SsmlLang:
        """SSML: speak in another language."""
        return self._add(SsmlLang, "lang", text, attrs)

    def language(self, /, **attrs: Unpack[LanguageAttrs]) -> Language:
        """Per-language settings for ConversationRelay."""
        return self._add(Language, "language", None, attrs)

    def leave(self, /, **attrs: Unpack[LeaveAttrs]) -> Leave:
        """Take the caller out of the queue."""
        return self._add(Leave, "leave", None, attrs)

    def number(self, text: Scalar, /, **attrs: Unpack[NumberAttrs]) -> Number:
        """Dial a phone number."""
        return self._add(Number, "number", text, attrs)

    def p(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlPAttrs]) -> SsmlP:
        """SSML: a paragraph."""
        return self._add(SsmlP, "p", text, attrs)

    def parameter(self, /, **attrs: Unpack[ParameterAttrs]) -> Parameter:
        """A custom name/value parameter."""
        return self._add(Parameter, "parameter", None, attrs)

    def pause(self, /, **attrs: Unpack[PauseAttrs]) -> Pause:
        """Wait silently for `length` seconds."""
        return self._add(Pause, "pause", None, attrs)

    def pay(self, /, **attrs: Unpack[PayAttrs]) -> Pay:
        """Collect a payment."""
        return self._add(Pay, "pay", None, attrs)

    def phoneme(self, text: Scalar, /, **attrs: Unpack[SsmlPhonemeAttrs]) -> SsmlPhoneme:
        """SSML: a phonetic pronunciation."""
        return self._add(SsmlPhoneme, "phoneme", text, attrs)

    def play(self, text: Scalar | None = None, /, **attrs: Unpack[PlayAttrs]) -> Play:
        """Play an audio file (text is its URL) or send `digits`."""
        return self._add(Play, "play", text, attrs)

    def prompt(self, /, **attrs: Unpack[PromptAttrs]) -> Prompt:
        """Customise a <Pay> prompt."""
        return self._add(Prompt, "prompt", None, attrs)

    def prosody(
        self, text: Scalar | None = None, /, **attrs: Unpack[SsmlProsodyAttrs]
    ) -> SsmlProsody:
        """SSML: change volume, rate or pitch."""
        return self._add(SsmlProsody, "prosody", text, attrs)

    def queue(self, text: Scalar, /, **attrs: Unpack[QueueAttrs]) -> Queue:
        """Dial the caller at the front of a queue."""
        return self._add(Queue, "queue", text, attrs)

    def record(self, /, **attrs: Unpack[RecordAttrs]) -> Record:
        """Record the caller."""
        return self._add(Record, "record", None, attrs)

    def recording(self, /, **attrs: Unpack[RecordingAttrs]) -> Recording:
        """Start a recording of the call."""
        return self._add(Recording, "recording", None, attrs)

    def redirect(self, text: Scalar, /, **attrs: Unpack[RedirectAttrs]) -> Redirect:
        """Fetch TwiML from another URL; text is the URL."""
        return self._add(Redirect, "redirect", text, attrs)

    def refer(self, /, **attrs: Unpack[ReferAttrs]) -> Refer:
        """Transfer a SIP call with a SIP REFER."""
        return self._add(Refer, "refer", None, attrs)

    def reject(self, /, **attrs: Unpack[RejectAttrs]) -> Reject:
        """Refuse the call without answering it."""
        return self._add(Reject, "reject", None, attrs)

    def room(self, text: Scalar, /, **attrs: Unpack[RoomAttrs]) -> Room:
        """Connect the call to a Video room."""
        return self._add(Room, "room", text, attrs)

    def s(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlSAttrs]) -> SsmlS:
        """SSML: a sentence."""
        return self._add(SsmlS, "s", text, attrs)

    def say(self, text: Scalar | None = None, /, **attrs: Unpack[SayAttrs]) -> Say:
        """Speak text; `with` it to mix in SSML."""
        return self._add(Say, "say", text, attrs)

    def say_as(self, text: Scalar, /, **attrs: Unpack[SsmlSayAsAttrs]) -> SsmlSayAs:
        """SSML: how to read a value (digits, date, ...)."""
        return self._add(SsmlSayAs, "say_as", text, attrs)

    def sim(self, text: Scalar, /, **attrs: Unpack[SimAttrs]) -> Sim:
        """Dial a Programmable Wireless SIM."""
        return self._add(Sim, "sim", text, attrs)

    def sip(self, text: Scalar | None = None, /, **attrs: Unpack[SipAttrs]) -> Sip:
        """Dial or refer to a SIP URI."""
        return self._add(Sip, "sip", text, attrs)

    def siprec(self, /, **attrs: Unpack[SiprecAttrs]) -> Siprec:
        """Fork the call's media to a SIPREC recorder."""
        return self._add(Siprec, "siprec", None, attrs)

    def sms(self, text: Scalar, /, **attrs: Unpack[SmsAttrs]) -> Sms:
        """Send an SMS during a call (legacy; prefer the Messages API)."""
        return self._add(Sms, "sms", text, attrs)

    def start(self, /, **attrs: Unpack[StartAttrs]) -> Start:
        """Start a stream, SIPREC session, transcription or recording."""
        return self._add(Start, "start", None, attrs)

    def stop(self, /, **attrs: Unpack[StopAttrs]) -> Stop:
        """Stop a stream, SIPREC session or transcription."""
        return self._add(Stop, "stop", None, attrs)

    def stream(self, /, **attrs: Unpack[StreamAttrs]) -> Stream:
        """Stream the call's audio to a WebSocket."""
        return self._add(Stream, "stream", None, attrs)

    def sub(self, text: Scalar, /, **attrs: Unpack[SsmlSubAttrs]) -> SsmlSub:
        """SSML: say `alias` in place of the text."""
        return self._add(SsmlSub, "sub", text, attrs)

    def task(self, text: Scalar, /, **attrs: Unpack[TaskAttrs]) -> Task:
        """TaskRouter task attributes (JSON) for <Enqueue>."""
        return self._add(Task, "task", text, attrs)

    def transcription(self, /, **attrs: Unpack[TranscriptionAttrs]) -> Transcription:
        """Transcribe the call in real time."""
        return self._add(Transcription, "transcription", None, attrs)

    def uri(self, text: Scalar | None = None, /, **attrs: Unpack[UriAttrs]) -> Uri:
        """One SIP URI to try for <Sip>."""
        return self._add(Uri, "uri", text, attrs)

    def virtual_agent(self, /, **attrs: Unpack[VirtualAgentAttrs]) -> VirtualAgent:
        """Connect the call to a virtual agent."""
        return self._add(VirtualAgent, "virtual_agent", None, attrs)

    def w(self, text: Scalar | None = None, /, **attrs: Unpack[SsmlWAttrs]) -> SsmlW:
        """SSML: a word with a part-of-speech role."""
        return self._add(SsmlW, "w", text, attrs)

    def whats_app(self, text: Scalar, /, **attrs: Unpack[WhatsAppAttrs]) -> WhatsApp:
        """Dial a WhatsApp user."""
        return self._add(WhatsApp, "whats_app", text, attrs)


class MessagingResponse(TwiMLResponse):
    """A messaging TwiML document. Calls append to the innermost open block."""

    __slots__ = ()
    _grammar = MESSAGING

    def body(self, text: Scalar, /, **attrs: Unpack[BodyAttrs]) -> Body:
        """The text of the message."""
        return self._add(Body, "body", text, attrs)

    def media(self, text: Scalar, /, **attrs: Unpack[MediaAttrs]) -> Media:
        """The URL of a media file to send."""
        return self._add(Media, "media", text, attrs)

    def message(self, text: Scalar | None = None, /, **attrs: Unpack[MessageAttrs]) -> Message:
        """Reply with a message; text is the body, or add <Body>/<Media> in a block."""
        return self._add(Message, "message", text, attrs)

    def redirect(self, text: Scalar, /, **attrs: Unpack[RedirectAttrs]) -> Redirect:
        """Fetch TwiML from another URL; text is the URL."""
        return self._add(Redirect, "redirect", text, attrs)


class FaxResponse(TwiMLResponse):
    """A fax TwiML document. Calls append to the innermost open block."""

    __slots__ = ()
    _grammar = FAX

    def receive(self, /, **attrs: Unpack[ReceiveAttrs]) -> Receive:
        """Receive a fax."""
        return self._add(Receive, "receive", None, attrs)
