"""Element handles and response classes, generated from the grammar.

Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.
"""

from __future__ import annotations

from ._grammar import FAX, MESSAGING, VOICE
from ._node import (
    Element,
    TwiMLResponse,
    attr_special,
    attr_text,
    escape_text,
    text_special,
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

_FAX_Receive = FAX.specs["Receive"]
_MESSAGING_Body = MESSAGING.specs["Body"]
_MESSAGING_Media = MESSAGING.specs["Media"]
_MESSAGING_Message = MESSAGING.specs["Message"]
_MESSAGING_Redirect = MESSAGING.specs["Redirect"]
_VOICE_AiSession = VOICE.specs["AiSession"]
_VOICE_Application = VOICE.specs["Application"]
_VOICE_ApplicationSid = VOICE.specs["ApplicationSid"]
_VOICE_Client = VOICE.specs["Client"]
_VOICE_Conference = VOICE.specs["Conference"]
_VOICE_Config = VOICE.specs["Config"]
_VOICE_Connect = VOICE.specs["Connect"]
_VOICE_Conversation = VOICE.specs["Conversation"]
_VOICE_ConversationRelay = VOICE.specs["ConversationRelay"]
_VOICE_ConversationRelaySession = VOICE.specs["ConversationRelaySession"]
_VOICE_Dial = VOICE.specs["Dial"]
_VOICE_Echo = VOICE.specs["Echo"]
_VOICE_Enqueue = VOICE.specs["Enqueue"]
_VOICE_Gather = VOICE.specs["Gather"]
_VOICE_Hangup = VOICE.specs["Hangup"]
_VOICE_Header = VOICE.specs["Header"]
_VOICE_Headers = VOICE.specs["Headers"]
_VOICE_Identity = VOICE.specs["Identity"]
_VOICE_Language = VOICE.specs["Language"]
_VOICE_Leave = VOICE.specs["Leave"]
_VOICE_Number = VOICE.specs["Number"]
_VOICE_Parameter = VOICE.specs["Parameter"]
_VOICE_Pause = VOICE.specs["Pause"]
_VOICE_Pay = VOICE.specs["Pay"]
_VOICE_Play = VOICE.specs["Play"]
_VOICE_Prompt = VOICE.specs["Prompt"]
_VOICE_Queue = VOICE.specs["Queue"]
_VOICE_Record = VOICE.specs["Record"]
_VOICE_Recording = VOICE.specs["Recording"]
_VOICE_Redirect = VOICE.specs["Redirect"]
_VOICE_Refer = VOICE.specs["Refer"]
_VOICE_ReferSip = VOICE.specs["ReferSip"]
_VOICE_Reject = VOICE.specs["Reject"]
_VOICE_Room = VOICE.specs["Room"]
_VOICE_Say = VOICE.specs["Say"]
_VOICE_Sim = VOICE.specs["Sim"]
_VOICE_Sip = VOICE.specs["Sip"]
_VOICE_Siprec = VOICE.specs["Siprec"]
_VOICE_Sms = VOICE.specs["Sms"]
_VOICE_Start = VOICE.specs["Start"]
_VOICE_Stop = VOICE.specs["Stop"]
_VOICE_Stream = VOICE.specs["Stream"]
_VOICE_Task = VOICE.specs["Task"]
_VOICE_Transcription = VOICE.specs["Transcription"]
_VOICE_Uri = VOICE.specs["Uri"]
_VOICE_VirtualAgent = VOICE.specs["VirtualAgent"]
_VOICE_WhatsApp = VOICE.specs["WhatsApp"]
_VOICE_break = VOICE.specs["break"]
_VOICE_emphasis = VOICE.specs["emphasis"]
_VOICE_lang = VOICE.specs["lang"]
_VOICE_p = VOICE.specs["p"]
_VOICE_phoneme = VOICE.specs["phoneme"]
_VOICE_prosody = VOICE.specs["prosody"]
_VOICE_s = VOICE.specs["s"]
_VOICE_say_as = VOICE.specs["say-as"]
_VOICE_sub = VOICE.specs["sub"]
_VOICE_w = VOICE.specs["w"]


class AiSession(Element):
    """<AiSession>: Connect the call to an AI session."""

    __slots__ = ()


class Application(Element):
    """<Application>: Dial a TwiML Application."""

    __slots__ = ()

    def application_sid(self, text, /, *, extra=None, **_unknown):
        """The SID of the Application to dial."""
        _cur = self
        _spec = _cur._spec.kids.get("application_sid")
        if (
            _spec is not _VOICE_ApplicationSid
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(ApplicationSid, "application_sid", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<ApplicationSid"
        _node = ApplicationSid(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class ApplicationSid(Element):
    """<ApplicationSid>: The SID of the Application to dial."""

    __slots__ = ()


class Body(Element):
    """<Body>: The text of the message."""

    __slots__ = ()


class Client(Element):
    """<Client>: Dial a Twilio Client (Voice SDK) identity."""

    __slots__ = ()

    def identity(self, text, /, *, extra=None, **_unknown):
        """The client identity to dial."""
        _cur = self
        _spec = _cur._spec.kids.get("identity")
        if (
            _spec is not _VOICE_Identity
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Identity, "identity", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Identity"
        _node = Identity(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Conference(Element):
    """<Conference>: Join the caller to a named conference room."""

    __slots__ = ()


class Config(Element):
    """<Config>: A name/value configuration setting."""

    __slots__ = ()


class Connect(Element):
    """<Connect>: Connect the call to a stream, room, agent or relay."""

    __slots__ = ()

    def ai_session(
        self, /, *, ai_connector=None, ai_session_configuration=None, extra=None, **_unknown
    ):
        """Connect the call to an AI session."""
        _cur = self
        _spec = _cur._spec.kids.get("ai_session")
        if _spec is not _VOICE_AiSession or _unknown or extra:
            _given = {
                "ai_connector": ai_connector,
                "ai_session_configuration": ai_session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(AiSession, "ai_session", None, _given)
        _kids = []
        _head = "<AiSession"
        if ai_connector is not None:
            _v = (
                ai_connector
                if ai_connector.__class__ is str
                and ai_connector.isprintable()
                and attr_special(ai_connector) is None
                else "true"
                if ai_connector is True
                else "false"
                if ai_connector is False
                else attr_text(_spec, "aiConnector", ai_connector)
            )
            _head = f'{_head} aiConnector="{_v}"'
        if ai_session_configuration is not None:
            _v = (
                ai_session_configuration
                if ai_session_configuration.__class__ is str
                and ai_session_configuration.isprintable()
                and attr_special(ai_session_configuration) is None
                else "true"
                if ai_session_configuration is True
                else "false"
                if ai_session_configuration is False
                else attr_text(_spec, "aiSessionConfiguration", ai_session_configuration)
            )
            _head = f'{_head} aiSessionConfiguration="{_v}"'
        _node = AiSession(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conversation(
        self,
        /,
        *,
        inbound_autocreation=None,
        inbound_timeout=None,
        method=None,
        record=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        routing_assignment_timeout=None,
        service_instance_sid=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        trim=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Connect the call to a Conversations service."""
        _cur = self
        _spec = _cur._spec.kids.get("conversation")
        if _spec is not _VOICE_Conversation or _unknown or extra:
            _given = {
                "inbound_autocreation": inbound_autocreation,
                "inbound_timeout": inbound_timeout,
                "method": method,
                "record": record,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "routing_assignment_timeout": routing_assignment_timeout,
                "service_instance_sid": service_instance_sid,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "trim": trim,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Conversation, "conversation", None, _given)
        _kids = []
        _head = "<Conversation"
        if inbound_autocreation is not None:
            _v = (
                inbound_autocreation
                if inbound_autocreation.__class__ is str
                and inbound_autocreation.isprintable()
                and attr_special(inbound_autocreation) is None
                else "true"
                if inbound_autocreation is True
                else "false"
                if inbound_autocreation is False
                else attr_text(_spec, "inboundAutocreation", inbound_autocreation)
            )
            _head = f'{_head} inboundAutocreation="{_v}"'
        if inbound_timeout is not None:
            _v = (
                str(inbound_timeout)
                if inbound_timeout.__class__ is int and inbound_timeout >= 0
                else attr_text(_spec, "inboundTimeout", inbound_timeout)
            )
            _head = f'{_head} inboundTimeout="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if record is not None:
            _v = (
                record
                if record.__class__ is str and record.isprintable() and attr_special(record) is None
                else "true"
                if record is True
                else "false"
                if record is False
                else attr_text(_spec, "record", record)
            )
            _head = f'{_head} record="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if routing_assignment_timeout is not None:
            _v = (
                str(routing_assignment_timeout)
                if routing_assignment_timeout.__class__ is int and routing_assignment_timeout >= 0
                else attr_text(_spec, "routingAssignmentTimeout", routing_assignment_timeout)
            )
            _head = f'{_head} routingAssignmentTimeout="{_v}"'
        if service_instance_sid is not None:
            _v = (
                service_instance_sid
                if service_instance_sid.__class__ is str
                and service_instance_sid.isprintable()
                and attr_special(service_instance_sid) is None
                else "true"
                if service_instance_sid is True
                else "false"
                if service_instance_sid is False
                else attr_text(_spec, "serviceInstanceSid", service_instance_sid)
            )
            _head = f'{_head} serviceInstanceSid="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if trim is not None:
            _v = (
                trim
                if trim.__class__ is str and trim.isprintable() and attr_special(trim) is None
                else "true"
                if trim is True
                else "false"
                if trim is False
                else attr_text(_spec, "trim", trim)
            )
            _head = f'{_head} trim="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Conversation(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conversation_relay(
        self,
        /,
        *,
        application_reconnect=None,
        asr_smart_format=None,
        background_noise_reduction=None,
        customer_name=None,
        debug=None,
        deepgram_smart_format=None,
        dtmf_detection=None,
        eager_eot_threshold=None,
        echo_prompt_filtering=None,
        elevenlabs_language_text_normalization=None,
        elevenlabs_text_normalization=None,
        events=None,
        hints=None,
        ignore_backchannel=None,
        include_in_prompt=None,
        intelligence_service=None,
        interrupt_sensitivity=None,
        interruptible=None,
        language=None,
        partial_prompt_on_hangup=None,
        partial_prompts=None,
        preemptible=None,
        profanity_filter=None,
        report_input_during_agent_speech=None,
        speech_model=None,
        speech_timeout=None,
        transcription_language=None,
        transcription_provider=None,
        tts_language=None,
        tts_language_text_normalization=None,
        tts_provider=None,
        tts_text_normalization=None,
        turn_detection=None,
        url=None,
        voice=None,
        welcome_greeting=None,
        welcome_greeting_interruptible=None,
        extra=None,
        **_unknown,
    ):
        """Connect the call to a ConversationRelay WebSocket app."""
        _cur = self
        _spec = _cur._spec.kids.get("conversation_relay")
        if _spec is not _VOICE_ConversationRelay or _unknown or extra:
            _given = {
                "application_reconnect": application_reconnect,
                "asr_smart_format": asr_smart_format,
                "background_noise_reduction": background_noise_reduction,
                "customer_name": customer_name,
                "debug": debug,
                "deepgram_smart_format": deepgram_smart_format,
                "dtmf_detection": dtmf_detection,
                "eager_eot_threshold": eager_eot_threshold,
                "echo_prompt_filtering": echo_prompt_filtering,
                "elevenlabs_language_text_normalization": elevenlabs_language_text_normalization,
                "elevenlabs_text_normalization": elevenlabs_text_normalization,
                "events": events,
                "hints": hints,
                "ignore_backchannel": ignore_backchannel,
                "include_in_prompt": include_in_prompt,
                "intelligence_service": intelligence_service,
                "interrupt_sensitivity": interrupt_sensitivity,
                "interruptible": interruptible,
                "language": language,
                "partial_prompt_on_hangup": partial_prompt_on_hangup,
                "partial_prompts": partial_prompts,
                "preemptible": preemptible,
                "profanity_filter": profanity_filter,
                "report_input_during_agent_speech": report_input_during_agent_speech,
                "speech_model": speech_model,
                "speech_timeout": speech_timeout,
                "transcription_language": transcription_language,
                "transcription_provider": transcription_provider,
                "tts_language": tts_language,
                "tts_language_text_normalization": tts_language_text_normalization,
                "tts_provider": tts_provider,
                "tts_text_normalization": tts_text_normalization,
                "turn_detection": turn_detection,
                "url": url,
                "voice": voice,
                "welcome_greeting": welcome_greeting,
                "welcome_greeting_interruptible": welcome_greeting_interruptible,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(ConversationRelay, "conversation_relay", None, _given)
        _kids = []
        _head = "<ConversationRelay"
        if application_reconnect is not None:
            _v = (
                application_reconnect
                if application_reconnect.__class__ is str
                and application_reconnect.isprintable()
                and attr_special(application_reconnect) is None
                else "true"
                if application_reconnect is True
                else "false"
                if application_reconnect is False
                else attr_text(_spec, "applicationReconnect", application_reconnect)
            )
            _head = f'{_head} applicationReconnect="{_v}"'
        if asr_smart_format is not None:
            _v = (
                asr_smart_format
                if asr_smart_format.__class__ is str
                and asr_smart_format.isprintable()
                and attr_special(asr_smart_format) is None
                else "true"
                if asr_smart_format is True
                else "false"
                if asr_smart_format is False
                else attr_text(_spec, "asrSmartFormat", asr_smart_format)
            )
            _head = f'{_head} asrSmartFormat="{_v}"'
        if background_noise_reduction is not None:
            _v = (
                background_noise_reduction
                if background_noise_reduction.__class__ is str
                and background_noise_reduction.isprintable()
                and attr_special(background_noise_reduction) is None
                else "true"
                if background_noise_reduction is True
                else "false"
                if background_noise_reduction is False
                else attr_text(_spec, "backgroundNoiseReduction", background_noise_reduction)
            )
            _head = f'{_head} backgroundNoiseReduction="{_v}"'
        if customer_name is not None:
            _v = (
                customer_name
                if customer_name.__class__ is str
                and customer_name.isprintable()
                and attr_special(customer_name) is None
                else "true"
                if customer_name is True
                else "false"
                if customer_name is False
                else attr_text(_spec, "customerName", customer_name)
            )
            _head = f'{_head} customerName="{_v}"'
        if debug is not None:
            _v = attr_text(_spec, "debug", debug)
            _head = f'{_head} debug="{_v}"'
        if deepgram_smart_format is not None:
            _v = (
                deepgram_smart_format
                if deepgram_smart_format.__class__ is str
                and deepgram_smart_format.isprintable()
                and attr_special(deepgram_smart_format) is None
                else "true"
                if deepgram_smart_format is True
                else "false"
                if deepgram_smart_format is False
                else attr_text(_spec, "deepgramSmartFormat", deepgram_smart_format)
            )
            _head = f'{_head} deepgramSmartFormat="{_v}"'
        if dtmf_detection is not None:
            _v = (
                dtmf_detection
                if dtmf_detection.__class__ is str
                and dtmf_detection.isprintable()
                and attr_special(dtmf_detection) is None
                else "true"
                if dtmf_detection is True
                else "false"
                if dtmf_detection is False
                else attr_text(_spec, "dtmfDetection", dtmf_detection)
            )
            _head = f'{_head} dtmfDetection="{_v}"'
        if eager_eot_threshold is not None:
            _v = (
                eager_eot_threshold
                if eager_eot_threshold.__class__ is str
                and eager_eot_threshold.isprintable()
                and attr_special(eager_eot_threshold) is None
                else "true"
                if eager_eot_threshold is True
                else "false"
                if eager_eot_threshold is False
                else attr_text(_spec, "eagerEotThreshold", eager_eot_threshold)
            )
            _head = f'{_head} eagerEotThreshold="{_v}"'
        if echo_prompt_filtering is not None:
            _v = (
                echo_prompt_filtering
                if echo_prompt_filtering.__class__ is str
                and echo_prompt_filtering.isprintable()
                and attr_special(echo_prompt_filtering) is None
                else "true"
                if echo_prompt_filtering is True
                else "false"
                if echo_prompt_filtering is False
                else attr_text(_spec, "echoPromptFiltering", echo_prompt_filtering)
            )
            _head = f'{_head} echoPromptFiltering="{_v}"'
        if elevenlabs_language_text_normalization is not None:
            _v = (
                elevenlabs_language_text_normalization
                if elevenlabs_language_text_normalization.__class__ is str
                and elevenlabs_language_text_normalization.isprintable()
                and attr_special(elevenlabs_language_text_normalization) is None
                else "true"
                if elevenlabs_language_text_normalization is True
                else "false"
                if elevenlabs_language_text_normalization is False
                else attr_text(
                    _spec,
                    "elevenlabsLanguageTextNormalization",
                    elevenlabs_language_text_normalization,
                )
            )
            _head = f'{_head} elevenlabsLanguageTextNormalization="{_v}"'
        if elevenlabs_text_normalization is not None:
            _v = (
                elevenlabs_text_normalization
                if elevenlabs_text_normalization.__class__ is str
                and elevenlabs_text_normalization.isprintable()
                and attr_special(elevenlabs_text_normalization) is None
                else "true"
                if elevenlabs_text_normalization is True
                else "false"
                if elevenlabs_text_normalization is False
                else attr_text(_spec, "elevenlabsTextNormalization", elevenlabs_text_normalization)
            )
            _head = f'{_head} elevenlabsTextNormalization="{_v}"'
        if events is not None:
            _v = attr_text(_spec, "events", events)
            _head = f'{_head} events="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if ignore_backchannel is not None:
            _v = (
                ignore_backchannel
                if ignore_backchannel.__class__ is str
                and ignore_backchannel.isprintable()
                and attr_special(ignore_backchannel) is None
                else "true"
                if ignore_backchannel is True
                else "false"
                if ignore_backchannel is False
                else attr_text(_spec, "ignoreBackchannel", ignore_backchannel)
            )
            _head = f'{_head} ignoreBackchannel="{_v}"'
        if include_in_prompt is not None:
            _v = (
                include_in_prompt
                if include_in_prompt.__class__ is str
                and include_in_prompt.isprintable()
                and attr_special(include_in_prompt) is None
                else "true"
                if include_in_prompt is True
                else "false"
                if include_in_prompt is False
                else attr_text(_spec, "includeInPrompt", include_in_prompt)
            )
            _head = f'{_head} includeInPrompt="{_v}"'
        if intelligence_service is not None:
            _v = (
                intelligence_service
                if intelligence_service.__class__ is str
                and intelligence_service.isprintable()
                and attr_special(intelligence_service) is None
                else "true"
                if intelligence_service is True
                else "false"
                if intelligence_service is False
                else attr_text(_spec, "intelligenceService", intelligence_service)
            )
            _head = f'{_head} intelligenceService="{_v}"'
        if interrupt_sensitivity is not None:
            _v = (
                interrupt_sensitivity
                if interrupt_sensitivity.__class__ is str
                and interrupt_sensitivity.isprintable()
                and attr_special(interrupt_sensitivity) is None
                else "true"
                if interrupt_sensitivity is True
                else "false"
                if interrupt_sensitivity is False
                else attr_text(_spec, "interruptSensitivity", interrupt_sensitivity)
            )
            _head = f'{_head} interruptSensitivity="{_v}"'
        if interruptible is not None:
            _v = (
                interruptible
                if interruptible.__class__ is str
                and interruptible.isprintable()
                and attr_special(interruptible) is None
                else "true"
                if interruptible is True
                else "false"
                if interruptible is False
                else attr_text(_spec, "interruptible", interruptible)
            )
            _head = f'{_head} interruptible="{_v}"'
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if partial_prompt_on_hangup is not None:
            _v = (
                partial_prompt_on_hangup
                if partial_prompt_on_hangup.__class__ is str
                and partial_prompt_on_hangup.isprintable()
                and attr_special(partial_prompt_on_hangup) is None
                else "true"
                if partial_prompt_on_hangup is True
                else "false"
                if partial_prompt_on_hangup is False
                else attr_text(_spec, "partialPromptOnHangup", partial_prompt_on_hangup)
            )
            _head = f'{_head} partialPromptOnHangup="{_v}"'
        if partial_prompts is not None:
            _v = (
                partial_prompts
                if partial_prompts.__class__ is str
                and partial_prompts.isprintable()
                and attr_special(partial_prompts) is None
                else "true"
                if partial_prompts is True
                else "false"
                if partial_prompts is False
                else attr_text(_spec, "partialPrompts", partial_prompts)
            )
            _head = f'{_head} partialPrompts="{_v}"'
        if preemptible is not None:
            _v = (
                preemptible
                if preemptible.__class__ is str
                and preemptible.isprintable()
                and attr_special(preemptible) is None
                else "true"
                if preemptible is True
                else "false"
                if preemptible is False
                else attr_text(_spec, "preemptible", preemptible)
            )
            _head = f'{_head} preemptible="{_v}"'
        if profanity_filter is not None:
            _v = (
                profanity_filter
                if profanity_filter.__class__ is str
                and profanity_filter.isprintable()
                and attr_special(profanity_filter) is None
                else "true"
                if profanity_filter is True
                else "false"
                if profanity_filter is False
                else attr_text(_spec, "profanityFilter", profanity_filter)
            )
            _head = f'{_head} profanityFilter="{_v}"'
        if report_input_during_agent_speech is not None:
            _v = (
                report_input_during_agent_speech
                if report_input_during_agent_speech.__class__ is str
                and report_input_during_agent_speech.isprintable()
                and attr_special(report_input_during_agent_speech) is None
                else "true"
                if report_input_during_agent_speech is True
                else "false"
                if report_input_during_agent_speech is False
                else attr_text(
                    _spec, "reportInputDuringAgentSpeech", report_input_during_agent_speech
                )
            )
            _head = f'{_head} reportInputDuringAgentSpeech="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if speech_timeout is not None:
            _v = (
                speech_timeout
                if speech_timeout.__class__ is str
                and speech_timeout.isprintable()
                and attr_special(speech_timeout) is None
                else "true"
                if speech_timeout is True
                else "false"
                if speech_timeout is False
                else attr_text(_spec, "speechTimeout", speech_timeout)
            )
            _head = f'{_head} speechTimeout="{_v}"'
        if transcription_language is not None:
            _v = (
                transcription_language
                if transcription_language.__class__ is str
                and transcription_language.isprintable()
                and attr_special(transcription_language) is None
                else "true"
                if transcription_language is True
                else "false"
                if transcription_language is False
                else attr_text(_spec, "transcriptionLanguage", transcription_language)
            )
            _head = f'{_head} transcriptionLanguage="{_v}"'
        if transcription_provider is not None:
            _v = (
                transcription_provider
                if transcription_provider.__class__ is str
                and transcription_provider.isprintable()
                and attr_special(transcription_provider) is None
                else "true"
                if transcription_provider is True
                else "false"
                if transcription_provider is False
                else attr_text(_spec, "transcriptionProvider", transcription_provider)
            )
            _head = f'{_head} transcriptionProvider="{_v}"'
        if tts_language is not None:
            _v = (
                tts_language
                if tts_language.__class__ is str
                and tts_language.isprintable()
                and attr_special(tts_language) is None
                else "true"
                if tts_language is True
                else "false"
                if tts_language is False
                else attr_text(_spec, "ttsLanguage", tts_language)
            )
            _head = f'{_head} ttsLanguage="{_v}"'
        if tts_language_text_normalization is not None:
            _v = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                and attr_special(tts_language_text_normalization) is None
                else "true"
                if tts_language_text_normalization is True
                else "false"
                if tts_language_text_normalization is False
                else attr_text(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
            _head = f'{_head} ttsLanguageTextNormalization="{_v}"'
        if tts_provider is not None:
            _v = (
                tts_provider
                if tts_provider.__class__ is str
                and tts_provider.isprintable()
                and attr_special(tts_provider) is None
                else "true"
                if tts_provider is True
                else "false"
                if tts_provider is False
                else attr_text(_spec, "ttsProvider", tts_provider)
            )
            _head = f'{_head} ttsProvider="{_v}"'
        if tts_text_normalization is not None:
            _v = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                and tts_text_normalization.isprintable()
                and attr_special(tts_text_normalization) is None
                else "true"
                if tts_text_normalization is True
                else "false"
                if tts_text_normalization is False
                else attr_text(_spec, "ttsTextNormalization", tts_text_normalization)
            )
            _head = f'{_head} ttsTextNormalization="{_v}"'
        if turn_detection is not None:
            _v = (
                turn_detection
                if turn_detection.__class__ is str
                and turn_detection.isprintable()
                and attr_special(turn_detection) is None
                else "true"
                if turn_detection is True
                else "false"
                if turn_detection is False
                else attr_text(_spec, "turnDetection", turn_detection)
            )
            _head = f'{_head} turnDetection="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        if voice is not None:
            _v = (
                voice
                if voice.__class__ is str and voice.isprintable() and attr_special(voice) is None
                else "true"
                if voice is True
                else "false"
                if voice is False
                else attr_text(_spec, "voice", voice)
            )
            _head = f'{_head} voice="{_v}"'
        if welcome_greeting is not None:
            _v = (
                welcome_greeting
                if welcome_greeting.__class__ is str
                and welcome_greeting.isprintable()
                and attr_special(welcome_greeting) is None
                else "true"
                if welcome_greeting is True
                else "false"
                if welcome_greeting is False
                else attr_text(_spec, "welcomeGreeting", welcome_greeting)
            )
            _head = f'{_head} welcomeGreeting="{_v}"'
        if welcome_greeting_interruptible is not None:
            _v = (
                welcome_greeting_interruptible
                if welcome_greeting_interruptible.__class__ is str
                and welcome_greeting_interruptible.isprintable()
                and attr_special(welcome_greeting_interruptible) is None
                else "true"
                if welcome_greeting_interruptible is True
                else "false"
                if welcome_greeting_interruptible is False
                else attr_text(
                    _spec, "welcomeGreetingInterruptible", welcome_greeting_interruptible
                )
            )
            _head = f'{_head} welcomeGreetingInterruptible="{_v}"'
        _node = ConversationRelay(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conversation_relay_session(
        self, /, *, connector=None, session_configuration=None, extra=None, **_unknown
    ):
        """Connect the call to a ConversationRelay session."""
        _cur = self
        _spec = _cur._spec.kids.get("conversation_relay_session")
        if _spec is not _VOICE_ConversationRelaySession or _unknown or extra:
            _given = {
                "connector": connector,
                "session_configuration": session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(ConversationRelaySession, "conversation_relay_session", None, _given)
        _kids = []
        _head = "<ConversationRelaySession"
        if connector is not None:
            _v = (
                connector
                if connector.__class__ is str
                and connector.isprintable()
                and attr_special(connector) is None
                else "true"
                if connector is True
                else "false"
                if connector is False
                else attr_text(_spec, "connector", connector)
            )
            _head = f'{_head} connector="{_v}"'
        if session_configuration is not None:
            _v = (
                session_configuration
                if session_configuration.__class__ is str
                and session_configuration.isprintable()
                and attr_special(session_configuration) is None
                else "true"
                if session_configuration is True
                else "false"
                if session_configuration is False
                else attr_text(_spec, "sessionConfiguration", session_configuration)
            )
            _head = f'{_head} sessionConfiguration="{_v}"'
        _node = ConversationRelaySession(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def room(self, text, /, *, participant_identity=None, extra=None, **_unknown):
        """Connect the call to a Video room."""
        _cur = self
        _spec = _cur._spec.kids.get("room")
        if (
            _spec is not _VOICE_Room
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"participant_identity": participant_identity, **_unknown, "extra": extra}
            return _cur._add(Room, "room", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Room"
        if participant_identity is not None:
            _v = (
                participant_identity
                if participant_identity.__class__ is str
                and participant_identity.isprintable()
                and attr_special(participant_identity) is None
                else "true"
                if participant_identity is True
                else "false"
                if participant_identity is False
                else attr_text(_spec, "participantIdentity", participant_identity)
            )
            _head = f'{_head} participantIdentity="{_v}"'
        _node = Room(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def stream(
        self,
        /,
        *,
        audio_format=None,
        connector_name=None,
        name=None,
        sample_rate=None,
        status_callback=None,
        status_callback_method=None,
        track=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Stream the call's audio to a WebSocket."""
        _cur = self
        _spec = _cur._spec.kids.get("stream")
        if _spec is not _VOICE_Stream or _unknown or extra:
            _given = {
                "audio_format": audio_format,
                "connector_name": connector_name,
                "name": name,
                "sample_rate": sample_rate,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "track": track,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Stream, "stream", None, _given)
        _kids = []
        _head = "<Stream"
        if audio_format is not None:
            _v = (
                audio_format
                if audio_format.__class__ is str
                and audio_format.isprintable()
                and attr_special(audio_format) is None
                else "true"
                if audio_format is True
                else "false"
                if audio_format is False
                else attr_text(_spec, "audioFormat", audio_format)
            )
            _head = f'{_head} audioFormat="{_v}"'
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if sample_rate is not None:
            _v = (
                sample_rate
                if sample_rate.__class__ is str
                and sample_rate.isprintable()
                and attr_special(sample_rate) is None
                else "true"
                if sample_rate is True
                else "false"
                if sample_rate is False
                else attr_text(_spec, "sampleRate", sample_rate)
            )
            _head = f'{_head} sampleRate="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Stream(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def virtual_agent(
        self,
        /,
        *,
        connector_name=None,
        language=None,
        sentiment_analysis=None,
        status_callback=None,
        status_callback_method=None,
        extra=None,
        **_unknown,
    ):
        """Connect the call to a virtual agent."""
        _cur = self
        _spec = _cur._spec.kids.get("virtual_agent")
        if _spec is not _VOICE_VirtualAgent or _unknown or extra:
            _given = {
                "connector_name": connector_name,
                "language": language,
                "sentiment_analysis": sentiment_analysis,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(VirtualAgent, "virtual_agent", None, _given)
        _kids = []
        _head = "<VirtualAgent"
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if sentiment_analysis is not None:
            _v = (
                sentiment_analysis
                if sentiment_analysis.__class__ is str
                and sentiment_analysis.isprintable()
                and attr_special(sentiment_analysis) is None
                else "true"
                if sentiment_analysis is True
                else "false"
                if sentiment_analysis is False
                else attr_text(_spec, "sentimentAnalysis", sentiment_analysis)
            )
            _head = f'{_head} sentimentAnalysis="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        _node = VirtualAgent(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Conversation(Element):
    """<Conversation>: Connect the call to a Conversations service."""

    __slots__ = ()


class ConversationRelay(Element):
    """<ConversationRelay>: Connect the call to a ConversationRelay WebSocket app."""

    __slots__ = ()

    def language(
        self,
        /,
        *,
        asr_smart_format=None,
        code=None,
        hints=None,
        speech_model=None,
        transcription_provider=None,
        tts_language_text_normalization=None,
        tts_provider=None,
        tts_text_normalization=None,
        voice=None,
        extra=None,
        **_unknown,
    ):
        """Per-language settings for ConversationRelay."""
        _cur = self
        _spec = _cur._spec.kids.get("language")
        if _spec is not _VOICE_Language or _unknown or extra:
            _given = {
                "asr_smart_format": asr_smart_format,
                "code": code,
                "hints": hints,
                "speech_model": speech_model,
                "transcription_provider": transcription_provider,
                "tts_language_text_normalization": tts_language_text_normalization,
                "tts_provider": tts_provider,
                "tts_text_normalization": tts_text_normalization,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Language, "language", None, _given)
        _kids = []
        _head = "<Language"
        if asr_smart_format is not None:
            _v = (
                asr_smart_format
                if asr_smart_format.__class__ is str
                and asr_smart_format.isprintable()
                and attr_special(asr_smart_format) is None
                else "true"
                if asr_smart_format is True
                else "false"
                if asr_smart_format is False
                else attr_text(_spec, "asrSmartFormat", asr_smart_format)
            )
            _head = f'{_head} asrSmartFormat="{_v}"'
        if code is not None:
            _v = (
                code
                if code.__class__ is str and code.isprintable() and attr_special(code) is None
                else "true"
                if code is True
                else "false"
                if code is False
                else attr_text(_spec, "code", code)
            )
            _head = f'{_head} code="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if transcription_provider is not None:
            _v = (
                transcription_provider
                if transcription_provider.__class__ is str
                and transcription_provider.isprintable()
                and attr_special(transcription_provider) is None
                else "true"
                if transcription_provider is True
                else "false"
                if transcription_provider is False
                else attr_text(_spec, "transcriptionProvider", transcription_provider)
            )
            _head = f'{_head} transcriptionProvider="{_v}"'
        if tts_language_text_normalization is not None:
            _v = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                and attr_special(tts_language_text_normalization) is None
                else "true"
                if tts_language_text_normalization is True
                else "false"
                if tts_language_text_normalization is False
                else attr_text(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
            _head = f'{_head} ttsLanguageTextNormalization="{_v}"'
        if tts_provider is not None:
            _v = (
                tts_provider
                if tts_provider.__class__ is str
                and tts_provider.isprintable()
                and attr_special(tts_provider) is None
                else "true"
                if tts_provider is True
                else "false"
                if tts_provider is False
                else attr_text(_spec, "ttsProvider", tts_provider)
            )
            _head = f'{_head} ttsProvider="{_v}"'
        if tts_text_normalization is not None:
            _v = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                and tts_text_normalization.isprintable()
                and attr_special(tts_text_normalization) is None
                else "true"
                if tts_text_normalization is True
                else "false"
                if tts_text_normalization is False
                else attr_text(_spec, "ttsTextNormalization", tts_text_normalization)
            )
            _head = f'{_head} ttsTextNormalization="{_v}"'
        if voice is not None:
            _v = (
                voice
                if voice.__class__ is str and voice.isprintable() and attr_special(voice) is None
                else "true"
                if voice is True
                else "false"
                if voice is False
                else attr_text(_spec, "voice", voice)
            )
            _head = f'{_head} voice="{_v}"'
        _node = Language(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class ConversationRelaySession(Element):
    """<ConversationRelaySession>: Connect the call to a ConversationRelay session."""

    __slots__ = ()


class Dial(Element):
    """<Dial>: Connect the caller to another party; text is a number, or add nouns in a block."""

    __slots__ = ()

    def application(
        self,
        text=None,
        /,
        *,
        copy_parent_to=None,
        customer_id=None,
        method=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a TwiML Application."""
        _cur = self
        _spec = _cur._spec.kids.get("application")
        if (
            _spec is not _VOICE_Application
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "copy_parent_to": copy_parent_to,
                "customer_id": customer_id,
                "method": method,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Application, "application", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Application"
        if copy_parent_to is not None:
            _v = (
                copy_parent_to
                if copy_parent_to.__class__ is str
                and copy_parent_to.isprintable()
                and attr_special(copy_parent_to) is None
                else "true"
                if copy_parent_to is True
                else "false"
                if copy_parent_to is False
                else attr_text(_spec, "copyParentTo", copy_parent_to)
            )
            _head = f'{_head} copyParentTo="{_v}"'
        if customer_id is not None:
            _v = (
                customer_id
                if customer_id.__class__ is str
                and customer_id.isprintable()
                and attr_special(customer_id) is None
                else "true"
                if customer_id is True
                else "false"
                if customer_id is False
                else attr_text(_spec, "customerId", customer_id)
            )
            _head = f'{_head} customerId="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Application(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def client(
        self,
        text=None,
        /,
        *,
        method=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a Twilio Client (Voice SDK) identity."""
        _cur = self
        _spec = _cur._spec.kids.get("client")
        if (
            _spec is not _VOICE_Client
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "method": method,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Client, "client", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Client"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Client(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conference(
        self,
        text,
        /,
        *,
        beep=None,
        coach=None,
        end_conference_on_exit=None,
        event_callback_url=None,
        jitter_buffer_size=None,
        max_participants=None,
        muted=None,
        participant_label=None,
        record=None,
        recording_configuration_id=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        region=None,
        start_conference_on_enter=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        trim=None,
        wait_method=None,
        wait_url=None,
        extra=None,
        **_unknown,
    ):
        """Join the caller to a named conference room."""
        _cur = self
        _spec = _cur._spec.kids.get("conference")
        if (
            _spec is not _VOICE_Conference
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "beep": beep,
                "coach": coach,
                "end_conference_on_exit": end_conference_on_exit,
                "event_callback_url": event_callback_url,
                "jitter_buffer_size": jitter_buffer_size,
                "max_participants": max_participants,
                "muted": muted,
                "participant_label": participant_label,
                "record": record,
                "recording_configuration_id": recording_configuration_id,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "region": region,
                "start_conference_on_enter": start_conference_on_enter,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "trim": trim,
                "wait_method": wait_method,
                "wait_url": wait_url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Conference, "conference", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Conference"
        if beep is not None:
            _v = (
                beep
                if beep.__class__ is str and beep.isprintable() and attr_special(beep) is None
                else "true"
                if beep is True
                else "false"
                if beep is False
                else attr_text(_spec, "beep", beep)
            )
            _head = f'{_head} beep="{_v}"'
        if coach is not None:
            _v = (
                coach
                if coach.__class__ is str and coach.isprintable() and attr_special(coach) is None
                else "true"
                if coach is True
                else "false"
                if coach is False
                else attr_text(_spec, "coach", coach)
            )
            _head = f'{_head} coach="{_v}"'
        if end_conference_on_exit is not None:
            _v = (
                end_conference_on_exit
                if end_conference_on_exit.__class__ is str
                and end_conference_on_exit.isprintable()
                and attr_special(end_conference_on_exit) is None
                else "true"
                if end_conference_on_exit is True
                else "false"
                if end_conference_on_exit is False
                else attr_text(_spec, "endConferenceOnExit", end_conference_on_exit)
            )
            _head = f'{_head} endConferenceOnExit="{_v}"'
        if event_callback_url is not None:
            _v = (
                event_callback_url
                if event_callback_url.__class__ is str
                and event_callback_url.isprintable()
                and attr_special(event_callback_url) is None
                else "true"
                if event_callback_url is True
                else "false"
                if event_callback_url is False
                else attr_text(_spec, "eventCallbackUrl", event_callback_url)
            )
            _head = f'{_head} eventCallbackUrl="{_v}"'
        if jitter_buffer_size is not None:
            _v = (
                jitter_buffer_size
                if jitter_buffer_size.__class__ is str
                and jitter_buffer_size.isprintable()
                and attr_special(jitter_buffer_size) is None
                else "true"
                if jitter_buffer_size is True
                else "false"
                if jitter_buffer_size is False
                else attr_text(_spec, "jitterBufferSize", jitter_buffer_size)
            )
            _head = f'{_head} jitterBufferSize="{_v}"'
        if max_participants is not None:
            _v = (
                str(max_participants)
                if max_participants.__class__ is int and max_participants >= 0
                else attr_text(_spec, "maxParticipants", max_participants)
            )
            _head = f'{_head} maxParticipants="{_v}"'
        if muted is not None:
            _v = (
                muted
                if muted.__class__ is str and muted.isprintable() and attr_special(muted) is None
                else "true"
                if muted is True
                else "false"
                if muted is False
                else attr_text(_spec, "muted", muted)
            )
            _head = f'{_head} muted="{_v}"'
        if participant_label is not None:
            _v = (
                participant_label
                if participant_label.__class__ is str
                and participant_label.isprintable()
                and attr_special(participant_label) is None
                else "true"
                if participant_label is True
                else "false"
                if participant_label is False
                else attr_text(_spec, "participantLabel", participant_label)
            )
            _head = f'{_head} participantLabel="{_v}"'
        if record is not None:
            _v = (
                record
                if record.__class__ is str and record.isprintable() and attr_special(record) is None
                else "true"
                if record is True
                else "false"
                if record is False
                else attr_text(_spec, "record", record)
            )
            _head = f'{_head} record="{_v}"'
        if recording_configuration_id is not None:
            _v = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                and attr_special(recording_configuration_id) is None
                else "true"
                if recording_configuration_id is True
                else "false"
                if recording_configuration_id is False
                else attr_text(_spec, "recordingConfigurationId", recording_configuration_id)
            )
            _head = f'{_head} recordingConfigurationId="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if region is not None:
            _v = (
                region
                if region.__class__ is str and region.isprintable() and attr_special(region) is None
                else "true"
                if region is True
                else "false"
                if region is False
                else attr_text(_spec, "region", region)
            )
            _head = f'{_head} region="{_v}"'
        if start_conference_on_enter is not None:
            _v = (
                start_conference_on_enter
                if start_conference_on_enter.__class__ is str
                and start_conference_on_enter.isprintable()
                and attr_special(start_conference_on_enter) is None
                else "true"
                if start_conference_on_enter is True
                else "false"
                if start_conference_on_enter is False
                else attr_text(_spec, "startConferenceOnEnter", start_conference_on_enter)
            )
            _head = f'{_head} startConferenceOnEnter="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if trim is not None:
            _v = attr_text(_spec, "trim", trim)
            _head = f'{_head} trim="{_v}"'
        if wait_method is not None:
            _v = (
                wait_method
                if wait_method == "POST" or wait_method == "GET"
                else attr_text(_spec, "waitMethod", wait_method)
            )
            _head = f'{_head} waitMethod="{_v}"'
        if wait_url is not None:
            _v = (
                wait_url
                if wait_url.__class__ is str
                and wait_url.isprintable()
                and attr_special(wait_url) is None
                else "true"
                if wait_url is True
                else "false"
                if wait_url is False
                else attr_text(_spec, "waitUrl", wait_url)
            )
            _head = f'{_head} waitUrl="{_v}"'
        _node = Conference(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def number(
        self,
        text,
        /,
        *,
        amd_status_callback=None,
        amd_status_callback_method=None,
        byoc=None,
        machine_detection=None,
        machine_detection_silence_timeout=None,
        machine_detection_speech_end_threshold=None,
        machine_detection_speech_threshold=None,
        machine_detection_timeout=None,
        method=None,
        send_digits=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a phone number."""
        _cur = self
        _spec = _cur._spec.kids.get("number")
        if (
            _spec is not _VOICE_Number
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "amd_status_callback": amd_status_callback,
                "amd_status_callback_method": amd_status_callback_method,
                "byoc": byoc,
                "machine_detection": machine_detection,
                "machine_detection_silence_timeout": machine_detection_silence_timeout,
                "machine_detection_speech_end_threshold": machine_detection_speech_end_threshold,
                "machine_detection_speech_threshold": machine_detection_speech_threshold,
                "machine_detection_timeout": machine_detection_timeout,
                "method": method,
                "send_digits": send_digits,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Number, "number", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Number"
        if amd_status_callback is not None:
            _v = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                and amd_status_callback.isprintable()
                and attr_special(amd_status_callback) is None
                else "true"
                if amd_status_callback is True
                else "false"
                if amd_status_callback is False
                else attr_text(_spec, "amdStatusCallback", amd_status_callback)
            )
            _head = f'{_head} amdStatusCallback="{_v}"'
        if amd_status_callback_method is not None:
            _v = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else attr_text(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
            _head = f'{_head} amdStatusCallbackMethod="{_v}"'
        if byoc is not None:
            _v = (
                byoc
                if byoc.__class__ is str and byoc.isprintable() and attr_special(byoc) is None
                else "true"
                if byoc is True
                else "false"
                if byoc is False
                else attr_text(_spec, "byoc", byoc)
            )
            _head = f'{_head} byoc="{_v}"'
        if machine_detection is not None:
            _v = (
                machine_detection
                if machine_detection.__class__ is str
                and machine_detection.isprintable()
                and attr_special(machine_detection) is None
                else "true"
                if machine_detection is True
                else "false"
                if machine_detection is False
                else attr_text(_spec, "machineDetection", machine_detection)
            )
            _head = f'{_head} machineDetection="{_v}"'
        if machine_detection_silence_timeout is not None:
            _v = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else attr_text(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
            _head = f'{_head} machineDetectionSilenceTimeout="{_v}"'
        if machine_detection_speech_end_threshold is not None:
            _v = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else attr_text(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
            _head = f'{_head} machineDetectionSpeechEndThreshold="{_v}"'
        if machine_detection_speech_threshold is not None:
            _v = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else attr_text(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
            _head = f'{_head} machineDetectionSpeechThreshold="{_v}"'
        if machine_detection_timeout is not None:
            _v = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else attr_text(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
            _head = f'{_head} machineDetectionTimeout="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if send_digits is not None:
            _v = (
                send_digits
                if send_digits.__class__ is str
                and send_digits.isprintable()
                and attr_special(send_digits) is None
                else "true"
                if send_digits is True
                else "false"
                if send_digits is False
                else attr_text(_spec, "sendDigits", send_digits)
            )
            _head = f'{_head} sendDigits="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Number(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def queue(
        self,
        text,
        /,
        *,
        method=None,
        post_work_activity_sid=None,
        reservation_sid=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial the caller at the front of a queue."""
        _cur = self
        _spec = _cur._spec.kids.get("queue")
        if (
            _spec is not _VOICE_Queue
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "method": method,
                "post_work_activity_sid": post_work_activity_sid,
                "reservation_sid": reservation_sid,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Queue, "queue", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Queue"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if post_work_activity_sid is not None:
            _v = (
                post_work_activity_sid
                if post_work_activity_sid.__class__ is str
                and post_work_activity_sid.isprintable()
                and attr_special(post_work_activity_sid) is None
                else "true"
                if post_work_activity_sid is True
                else "false"
                if post_work_activity_sid is False
                else attr_text(_spec, "postWorkActivitySid", post_work_activity_sid)
            )
            _head = f'{_head} postWorkActivitySid="{_v}"'
        if reservation_sid is not None:
            _v = (
                reservation_sid
                if reservation_sid.__class__ is str
                and reservation_sid.isprintable()
                and attr_special(reservation_sid) is None
                else "true"
                if reservation_sid is True
                else "false"
                if reservation_sid is False
                else attr_text(_spec, "reservationSid", reservation_sid)
            )
            _head = f'{_head} reservationSid="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Queue(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sim(self, text, /, *, extra=None, **_unknown):
        """Dial a Programmable Wireless SIM."""
        _cur = self
        _spec = _cur._spec.kids.get("sim")
        if (
            _spec is not _VOICE_Sim
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Sim, "sim", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Sim"
        _node = Sim(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sip(
        self,
        text=None,
        /,
        *,
        amd_status_callback=None,
        amd_status_callback_method=None,
        machine_detection=None,
        machine_detection_silence_timeout=None,
        machine_detection_speech_end_threshold=None,
        machine_detection_speech_threshold=None,
        machine_detection_timeout=None,
        method=None,
        password=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        username=None,
        extra=None,
        **_unknown,
    ):
        """Dial or refer to a SIP URI."""
        _cur = self
        _spec = _cur._spec.kids.get("sip")
        if (
            _spec is not _VOICE_Sip
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "amd_status_callback": amd_status_callback,
                "amd_status_callback_method": amd_status_callback_method,
                "machine_detection": machine_detection,
                "machine_detection_silence_timeout": machine_detection_silence_timeout,
                "machine_detection_speech_end_threshold": machine_detection_speech_end_threshold,
                "machine_detection_speech_threshold": machine_detection_speech_threshold,
                "machine_detection_timeout": machine_detection_timeout,
                "method": method,
                "password": password,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                "username": username,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Sip, "sip", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Sip"
        if amd_status_callback is not None:
            _v = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                and amd_status_callback.isprintable()
                and attr_special(amd_status_callback) is None
                else "true"
                if amd_status_callback is True
                else "false"
                if amd_status_callback is False
                else attr_text(_spec, "amdStatusCallback", amd_status_callback)
            )
            _head = f'{_head} amdStatusCallback="{_v}"'
        if amd_status_callback_method is not None:
            _v = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else attr_text(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
            _head = f'{_head} amdStatusCallbackMethod="{_v}"'
        if machine_detection is not None:
            _v = (
                machine_detection
                if machine_detection.__class__ is str
                and machine_detection.isprintable()
                and attr_special(machine_detection) is None
                else "true"
                if machine_detection is True
                else "false"
                if machine_detection is False
                else attr_text(_spec, "machineDetection", machine_detection)
            )
            _head = f'{_head} machineDetection="{_v}"'
        if machine_detection_silence_timeout is not None:
            _v = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else attr_text(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
            _head = f'{_head} machineDetectionSilenceTimeout="{_v}"'
        if machine_detection_speech_end_threshold is not None:
            _v = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else attr_text(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
            _head = f'{_head} machineDetectionSpeechEndThreshold="{_v}"'
        if machine_detection_speech_threshold is not None:
            _v = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else attr_text(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
            _head = f'{_head} machineDetectionSpeechThreshold="{_v}"'
        if machine_detection_timeout is not None:
            _v = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else attr_text(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
            _head = f'{_head} machineDetectionTimeout="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if password is not None:
            _v = (
                password
                if password.__class__ is str
                and password.isprintable()
                and attr_special(password) is None
                else "true"
                if password is True
                else "false"
                if password is False
                else attr_text(_spec, "password", password)
            )
            _head = f'{_head} password="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        if username is not None:
            _v = (
                username
                if username.__class__ is str
                and username.isprintable()
                and attr_special(username) is None
                else "true"
                if username is True
                else "false"
                if username is False
                else attr_text(_spec, "username", username)
            )
            _head = f'{_head} username="{_v}"'
        _node = Sip(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def whats_app(
        self,
        text,
        /,
        *,
        method=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a WhatsApp user."""
        _cur = self
        _spec = _cur._spec.kids.get("whats_app")
        if (
            _spec is not _VOICE_WhatsApp
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "method": method,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(WhatsApp, "whats_app", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<WhatsApp"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = WhatsApp(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Echo(Element):
    """<Echo>: Echo the caller's audio back (for testing)."""

    __slots__ = ()


class Enqueue(Element):
    """<Enqueue>: Put the caller in a queue; text is the queue name."""

    __slots__ = ()

    def task(self, text, /, *, priority=None, timeout=None, extra=None, **_unknown):
        """TaskRouter task attributes (JSON) for <Enqueue>."""
        _cur = self
        _spec = _cur._spec.kids.get("task")
        if (
            _spec is not _VOICE_Task
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"priority": priority, "timeout": timeout, **_unknown, "extra": extra}
            return _cur._add(Task, "task", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Task"
        if priority is not None:
            _v = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else attr_text(_spec, "priority", priority)
            )
            _head = f'{_head} priority="{_v}"'
        if timeout is not None:
            _v = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else attr_text(_spec, "timeout", timeout)
            )
            _head = f'{_head} timeout="{_v}"'
        _node = Task(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Gather(Element):
    """<Gather>: Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""

    __slots__ = ()

    def pause(self, /, *, length=None, extra=None, **_unknown):
        """Wait silently for `length` seconds."""
        _cur = self
        _spec = _cur._spec.kids.get("pause")
        if _spec is not _VOICE_Pause or _unknown or extra:
            _given = {"length": length, **_unknown, "extra": extra}
            return _cur._add(Pause, "pause", None, _given)
        _kids = []
        _head = "<Pause"
        if length is not None:
            _v = (
                str(length)
                if length.__class__ is int and length >= 0
                else attr_text(_spec, "length", length)
            )
            _head = f'{_head} length="{_v}"'
        _node = Pause(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def play(self, text=None, /, *, digits=None, loop=None, extra=None, **_unknown):
        """Play an audio file (text is its URL) or send `digits`."""
        _cur = self
        _spec = _cur._spec.kids.get("play")
        if (
            _spec is not _VOICE_Play
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"digits": digits, "loop": loop, **_unknown, "extra": extra}
            return _cur._add(Play, "play", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Play"
        if digits is not None:
            _v = (
                digits
                if digits.__class__ is str and digits.isprintable() and attr_special(digits) is None
                else "true"
                if digits is True
                else "false"
                if digits is False
                else attr_text(_spec, "digits", digits)
            )
            _head = f'{_head} digits="{_v}"'
        if loop is not None:
            _v = (
                str(loop) if loop.__class__ is int and loop >= 0 else attr_text(_spec, "loop", loop)
            )
            _head = f'{_head} loop="{_v}"'
        _node = Play(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say(self, text=None, /, *, language=None, loop=None, voice=None, extra=None, **_unknown):
        """Speak text; `with` it to mix in SSML."""
        _cur = self
        _spec = _cur._spec.kids.get("say")
        if (
            _spec is not _VOICE_Say
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {
                "language": language,
                "loop": loop,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Say, "say", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Say"
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if loop is not None:
            _v = (
                str(loop) if loop.__class__ is int and loop >= 0 else attr_text(_spec, "loop", loop)
            )
            _head = f'{_head} loop="{_v}"'
        if voice is not None:
            _v = (
                voice
                if voice.__class__ is str and voice.isprintable() and attr_special(voice) is None
                else "true"
                if voice is True
                else "false"
                if voice is False
                else attr_text(_spec, "voice", voice)
            )
            _head = f'{_head} voice="{_v}"'
        _node = Say(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Hangup(Element):
    """<Hangup>: End the call."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Header(Element):
    """<Header>: A custom SIP header."""

    __slots__ = ()


class Headers(Element):
    """<Headers>: Custom SIP headers for <Sip>."""

    __slots__ = ()

    def header(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom SIP header."""
        _cur = self
        _spec = _cur._spec.kids.get("header")
        if _spec is not _VOICE_Header or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Header, "header", None, _given)
        _kids = []
        _head = "<Header"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Header(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


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

    def body(self, text, /, *, extra=None, **_unknown):
        """The text of the message."""
        _cur = self
        _spec = _cur._spec.kids.get("body")
        if (
            _spec is not _MESSAGING_Body
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Body, "body", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Body"
        _node = Body(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def media(self, text, /, *, extra=None, **_unknown):
        """The URL of a media file to send."""
        _cur = self
        _spec = _cur._spec.kids.get("media")
        if (
            _spec is not _MESSAGING_Media
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Media, "media", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Media"
        _node = Media(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


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

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prompt(
        self,
        /,
        *,
        attempt=None,
        card_type=None,
        error_type=None,
        for_=None,
        require_matching_inputs=None,
        extra=None,
        **_unknown,
    ):
        """Customise a <Pay> prompt."""
        _cur = self
        _spec = _cur._spec.kids.get("prompt")
        if _spec is not _VOICE_Prompt or _unknown or extra:
            _given = {
                "attempt": attempt,
                "card_type": card_type,
                "error_type": error_type,
                "for_": for_,
                "require_matching_inputs": require_matching_inputs,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Prompt, "prompt", None, _given)
        _kids = []
        _head = "<Prompt"
        if attempt is not None:
            _v = attr_text(_spec, "attempt", attempt)
            _head = f'{_head} attempt="{_v}"'
        if card_type is not None:
            _v = attr_text(_spec, "cardType", card_type)
            _head = f'{_head} cardType="{_v}"'
        if error_type is not None:
            _v = attr_text(_spec, "errorType", error_type)
            _head = f'{_head} errorType="{_v}"'
        if for_ is not None:
            _v = (
                for_
                if for_.__class__ is str and for_.isprintable() and attr_special(for_) is None
                else "true"
                if for_ is True
                else "false"
                if for_ is False
                else attr_text(_spec, "for", for_)
            )
            _head = f'{_head} for="{_v}"'
        if require_matching_inputs is not None:
            _v = (
                require_matching_inputs
                if require_matching_inputs.__class__ is str
                and require_matching_inputs.isprintable()
                and attr_special(require_matching_inputs) is None
                else "true"
                if require_matching_inputs is True
                else "false"
                if require_matching_inputs is False
                else attr_text(_spec, "requireMatchingInputs", require_matching_inputs)
            )
            _head = f'{_head} requireMatchingInputs="{_v}"'
        _node = Prompt(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Play(Element):
    """<Play>: Play an audio file (text is its URL) or send `digits`."""

    __slots__ = ()


class Prompt(Element):
    """<Prompt>: Customise a <Pay> prompt."""

    __slots__ = ()

    def pause(self, /, *, length=None, extra=None, **_unknown):
        """Wait silently for `length` seconds."""
        _cur = self
        _spec = _cur._spec.kids.get("pause")
        if _spec is not _VOICE_Pause or _unknown or extra:
            _given = {"length": length, **_unknown, "extra": extra}
            return _cur._add(Pause, "pause", None, _given)
        _kids = []
        _head = "<Pause"
        if length is not None:
            _v = (
                str(length)
                if length.__class__ is int and length >= 0
                else attr_text(_spec, "length", length)
            )
            _head = f'{_head} length="{_v}"'
        _node = Pause(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def play(self, text=None, /, *, digits=None, loop=None, extra=None, **_unknown):
        """Play an audio file (text is its URL) or send `digits`."""
        _cur = self
        _spec = _cur._spec.kids.get("play")
        if (
            _spec is not _VOICE_Play
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"digits": digits, "loop": loop, **_unknown, "extra": extra}
            return _cur._add(Play, "play", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Play"
        if digits is not None:
            _v = (
                digits
                if digits.__class__ is str and digits.isprintable() and attr_special(digits) is None
                else "true"
                if digits is True
                else "false"
                if digits is False
                else attr_text(_spec, "digits", digits)
            )
            _head = f'{_head} digits="{_v}"'
        if loop is not None:
            _v = (
                str(loop) if loop.__class__ is int and loop >= 0 else attr_text(_spec, "loop", loop)
            )
            _head = f'{_head} loop="{_v}"'
        _node = Play(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say(self, text=None, /, *, language=None, loop=None, voice=None, extra=None, **_unknown):
        """Speak text; `with` it to mix in SSML."""
        _cur = self
        _spec = _cur._spec.kids.get("say")
        if (
            _spec is not _VOICE_Say
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {
                "language": language,
                "loop": loop,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Say, "say", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Say"
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if loop is not None:
            _v = (
                str(loop) if loop.__class__ is int and loop >= 0 else attr_text(_spec, "loop", loop)
            )
            _head = f'{_head} loop="{_v}"'
        if voice is not None:
            _v = (
                voice
                if voice.__class__ is str and voice.isprintable() and attr_special(voice) is None
                else "true"
                if voice is True
                else "false"
                if voice is False
                else attr_text(_spec, "voice", voice)
            )
            _head = f'{_head} voice="{_v}"'
        _node = Say(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


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

    def sip(self, text, /, *, extra=None, **_unknown):
        """Dial or refer to a SIP URI."""
        _cur = self
        _spec = _cur._spec.kids.get("sip")
        if (
            _spec is not _VOICE_ReferSip
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Sip, "sip", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Sip"
        _node = Sip(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Reject(Element):
    """<Reject>: Refuse the call without answering it."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Room(Element):
    """<Room>: Connect the call to a Video room."""

    __slots__ = ()


class Say(Element):
    """<Say>: Speak text; `with` it to mix in SSML."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if (
            _spec is not _VOICE_lang
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<lang"
        if xml_lang is not None:
            _v = (
                xml_lang
                if xml_lang.__class__ is str
                and xml_lang.isprintable()
                and attr_special(xml_lang) is None
                else "true"
                if xml_lang is True
                else "false"
                if xml_lang is False
                else attr_text(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
            _head = f'{_head} xml:lang="{_v}"'
        _node = SsmlLang(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self
        _spec = _cur._spec.kids.get("p")
        if (
            _spec is not _VOICE_p
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<p"
        _node = SsmlP(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if (
            _spec is not _VOICE_s
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<s"
        _node = SsmlS(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if (
            _spec is not _VOICE_w
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<w"
        if role is not None:
            _v = (
                role
                if role.__class__ is str and role.isprintable() and attr_special(role) is None
                else "true"
                if role is True
                else "false"
                if role is False
                else attr_text(_spec, "role", role)
            )
            _head = f'{_head} role="{_v}"'
        _node = SsmlW(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Sim(Element):
    """<Sim>: Dial a Programmable Wireless SIM."""

    __slots__ = ()


class Sip(Element):
    """<Sip>: Dial or refer to a SIP URI."""

    __slots__ = ()

    def headers(self, /, *, extra=None, **_unknown):
        """Custom SIP headers for <Sip>."""
        _cur = self
        _spec = _cur._spec.kids.get("headers")
        if _spec is not _VOICE_Headers or _unknown or extra:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Headers, "headers", None, _given)
        _kids = []
        _head = "<Headers"
        _node = Headers(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def uri(
        self,
        text=None,
        /,
        *,
        password=None,
        priority=None,
        username=None,
        weight=None,
        extra=None,
        **_unknown,
    ):
        """One SIP URI to try for <Sip>."""
        _cur = self
        _spec = _cur._spec.kids.get("uri")
        if (
            _spec is not _VOICE_Uri
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "password": password,
                "priority": priority,
                "username": username,
                "weight": weight,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Uri, "uri", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Uri"
        if password is not None:
            _v = (
                password
                if password.__class__ is str
                and password.isprintable()
                and attr_special(password) is None
                else "true"
                if password is True
                else "false"
                if password is False
                else attr_text(_spec, "password", password)
            )
            _head = f'{_head} password="{_v}"'
        if priority is not None:
            _v = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else attr_text(_spec, "priority", priority)
            )
            _head = f'{_head} priority="{_v}"'
        if username is not None:
            _v = (
                username
                if username.__class__ is str
                and username.isprintable()
                and attr_special(username) is None
                else "true"
                if username is True
                else "false"
                if username is False
                else attr_text(_spec, "username", username)
            )
            _head = f'{_head} username="{_v}"'
        if weight is not None:
            _v = (
                str(weight)
                if weight.__class__ is int and weight >= 0
                else attr_text(_spec, "weight", weight)
            )
            _head = f'{_head} weight="{_v}"'
        _node = Uri(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Siprec(Element):
    """<Siprec>: Fork the call's media to a SIPREC recorder."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Sms(Element):
    """<Sms>: Send an SMS during a call (legacy; prefer the Messages API)."""

    __slots__ = ()


class SsmlBreak(Element):
    """<break>: SSML: a pause in speech."""

    __slots__ = ()


class SsmlEmphasis(Element):
    """<emphasis>: SSML: speak with emphasis."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if (
            _spec is not _VOICE_lang
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<lang"
        if xml_lang is not None:
            _v = (
                xml_lang
                if xml_lang.__class__ is str
                and xml_lang.isprintable()
                and attr_special(xml_lang) is None
                else "true"
                if xml_lang is True
                else "false"
                if xml_lang is False
                else attr_text(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
            _head = f'{_head} xml:lang="{_v}"'
        _node = SsmlLang(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if (
            _spec is not _VOICE_w
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<w"
        if role is not None:
            _v = (
                role
                if role.__class__ is str and role.isprintable() and attr_special(role) is None
                else "true"
                if role is True
                else "false"
                if role is False
                else attr_text(_spec, "role", role)
            )
            _head = f'{_head} role="{_v}"'
        _node = SsmlW(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class SsmlLang(Element):
    """<lang>: SSML: speak in another language."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if (
            _spec is not _VOICE_lang
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<lang"
        if xml_lang is not None:
            _v = (
                xml_lang
                if xml_lang.__class__ is str
                and xml_lang.isprintable()
                and attr_special(xml_lang) is None
                else "true"
                if xml_lang is True
                else "false"
                if xml_lang is False
                else attr_text(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
            _head = f'{_head} xml:lang="{_v}"'
        _node = SsmlLang(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self
        _spec = _cur._spec.kids.get("p")
        if (
            _spec is not _VOICE_p
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<p"
        _node = SsmlP(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if (
            _spec is not _VOICE_s
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<s"
        _node = SsmlS(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if (
            _spec is not _VOICE_w
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<w"
        if role is not None:
            _v = (
                role
                if role.__class__ is str and role.isprintable() and attr_special(role) is None
                else "true"
                if role is True
                else "false"
                if role is False
                else attr_text(_spec, "role", role)
            )
            _head = f'{_head} role="{_v}"'
        _node = SsmlW(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class SsmlP(Element):
    """<p>: SSML: a paragraph."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if (
            _spec is not _VOICE_lang
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<lang"
        if xml_lang is not None:
            _v = (
                xml_lang
                if xml_lang.__class__ is str
                and xml_lang.isprintable()
                and attr_special(xml_lang) is None
                else "true"
                if xml_lang is True
                else "false"
                if xml_lang is False
                else attr_text(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
            _head = f'{_head} xml:lang="{_v}"'
        _node = SsmlLang(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if (
            _spec is not _VOICE_s
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<s"
        _node = SsmlS(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if (
            _spec is not _VOICE_w
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<w"
        if role is not None:
            _v = (
                role
                if role.__class__ is str and role.isprintable() and attr_special(role) is None
                else "true"
                if role is True
                else "false"
                if role is False
                else attr_text(_spec, "role", role)
            )
            _head = f'{_head} role="{_v}"'
        _node = SsmlW(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class SsmlPhoneme(Element):
    """<phoneme>: SSML: a phonetic pronunciation."""

    __slots__ = ()


class SsmlProsody(Element):
    """<prosody>: SSML: change volume, rate or pitch."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if (
            _spec is not _VOICE_lang
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<lang"
        if xml_lang is not None:
            _v = (
                xml_lang
                if xml_lang.__class__ is str
                and xml_lang.isprintable()
                and attr_special(xml_lang) is None
                else "true"
                if xml_lang is True
                else "false"
                if xml_lang is False
                else attr_text(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
            _head = f'{_head} xml:lang="{_v}"'
        _node = SsmlLang(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self
        _spec = _cur._spec.kids.get("p")
        if (
            _spec is not _VOICE_p
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<p"
        _node = SsmlP(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if (
            _spec is not _VOICE_s
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<s"
        _node = SsmlS(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if (
            _spec is not _VOICE_w
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<w"
        if role is not None:
            _v = (
                role
                if role.__class__ is str and role.isprintable() and attr_special(role) is None
                else "true"
                if role is True
                else "false"
                if role is False
                else attr_text(_spec, "role", role)
            )
            _head = f'{_head} role="{_v}"'
        _node = SsmlW(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class SsmlS(Element):
    """<s>: SSML: a sentence."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if (
            _spec is not _VOICE_lang
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<lang"
        if xml_lang is not None:
            _v = (
                xml_lang
                if xml_lang.__class__ is str
                and xml_lang.isprintable()
                and attr_special(xml_lang) is None
                else "true"
                if xml_lang is True
                else "false"
                if xml_lang is False
                else attr_text(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
            _head = f'{_head} xml:lang="{_v}"'
        _node = SsmlLang(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if (
            _spec is not _VOICE_w
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<w"
        if role is not None:
            _v = (
                role
                if role.__class__ is str and role.isprintable() and attr_special(role) is None
                else "true"
                if role is True
                else "false"
                if role is False
                else attr_text(_spec, "role", role)
            )
            _head = f'{_head} role="{_v}"'
        _node = SsmlW(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class SsmlSayAs(Element):
    """<say-as>: SSML: how to read a value (digits, date, ...)."""

    __slots__ = ()


class SsmlSub(Element):
    """<sub>: SSML: say `alias` in place of the text."""

    __slots__ = ()


class SsmlW(Element):
    """<w>: SSML: a word with a part-of-speech role."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Start(Element):
    """<Start>: Start a stream, SIPREC session, transcription or recording."""

    __slots__ = ()

    def recording(
        self,
        /,
        *,
        channels=None,
        recording_configuration_id=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        track=None,
        trim=None,
        extra=None,
        **_unknown,
    ):
        """Start a recording of the call."""
        _cur = self
        _spec = _cur._spec.kids.get("recording")
        if _spec is not _VOICE_Recording or _unknown or extra:
            _given = {
                "channels": channels,
                "recording_configuration_id": recording_configuration_id,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "track": track,
                "trim": trim,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Recording, "recording", None, _given)
        _kids = []
        _head = "<Recording"
        if channels is not None:
            _v = (
                channels
                if channels.__class__ is str
                and channels.isprintable()
                and attr_special(channels) is None
                else "true"
                if channels is True
                else "false"
                if channels is False
                else attr_text(_spec, "channels", channels)
            )
            _head = f'{_head} channels="{_v}"'
        if recording_configuration_id is not None:
            _v = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                and attr_special(recording_configuration_id) is None
                else "true"
                if recording_configuration_id is True
                else "false"
                if recording_configuration_id is False
                else attr_text(_spec, "recordingConfigurationId", recording_configuration_id)
            )
            _head = f'{_head} recordingConfigurationId="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if trim is not None:
            _v = attr_text(_spec, "trim", trim)
            _head = f'{_head} trim="{_v}"'
        _node = Recording(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def siprec(
        self,
        /,
        *,
        connector_name=None,
        name=None,
        status_callback=None,
        status_callback_method=None,
        track=None,
        extra=None,
        **_unknown,
    ):
        """Fork the call's media to a SIPREC recorder."""
        _cur = self
        _spec = _cur._spec.kids.get("siprec")
        if _spec is not _VOICE_Siprec or _unknown or extra:
            _given = {
                "connector_name": connector_name,
                "name": name,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "track": track,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Siprec, "siprec", None, _given)
        _kids = []
        _head = "<Siprec"
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        _node = Siprec(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def stream(
        self,
        /,
        *,
        audio_format=None,
        connector_name=None,
        name=None,
        sample_rate=None,
        status_callback=None,
        status_callback_method=None,
        track=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Stream the call's audio to a WebSocket."""
        _cur = self
        _spec = _cur._spec.kids.get("stream")
        if _spec is not _VOICE_Stream or _unknown or extra:
            _given = {
                "audio_format": audio_format,
                "connector_name": connector_name,
                "name": name,
                "sample_rate": sample_rate,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "track": track,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Stream, "stream", None, _given)
        _kids = []
        _head = "<Stream"
        if audio_format is not None:
            _v = (
                audio_format
                if audio_format.__class__ is str
                and audio_format.isprintable()
                and attr_special(audio_format) is None
                else "true"
                if audio_format is True
                else "false"
                if audio_format is False
                else attr_text(_spec, "audioFormat", audio_format)
            )
            _head = f'{_head} audioFormat="{_v}"'
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if sample_rate is not None:
            _v = (
                sample_rate
                if sample_rate.__class__ is str
                and sample_rate.isprintable()
                and attr_special(sample_rate) is None
                else "true"
                if sample_rate is True
                else "false"
                if sample_rate is False
                else attr_text(_spec, "sampleRate", sample_rate)
            )
            _head = f'{_head} sampleRate="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Stream(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def transcription(
        self,
        /,
        *,
        enable_automatic_punctuation=None,
        hints=None,
        inbound_track_label=None,
        intelligence_service=None,
        language_code=None,
        name=None,
        outbound_track_label=None,
        partial_results=None,
        profanity_filter=None,
        speech_model=None,
        status_callback_method=None,
        status_callback_url=None,
        track=None,
        transcription_engine=None,
        extra=None,
        **_unknown,
    ):
        """Transcribe the call in real time."""
        _cur = self
        _spec = _cur._spec.kids.get("transcription")
        if _spec is not _VOICE_Transcription or _unknown or extra:
            _given = {
                "enable_automatic_punctuation": enable_automatic_punctuation,
                "hints": hints,
                "inbound_track_label": inbound_track_label,
                "intelligence_service": intelligence_service,
                "language_code": language_code,
                "name": name,
                "outbound_track_label": outbound_track_label,
                "partial_results": partial_results,
                "profanity_filter": profanity_filter,
                "speech_model": speech_model,
                "status_callback_method": status_callback_method,
                "status_callback_url": status_callback_url,
                "track": track,
                "transcription_engine": transcription_engine,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Transcription, "transcription", None, _given)
        _kids = []
        _head = "<Transcription"
        if enable_automatic_punctuation is not None:
            _v = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                and enable_automatic_punctuation.isprintable()
                and attr_special(enable_automatic_punctuation) is None
                else "true"
                if enable_automatic_punctuation is True
                else "false"
                if enable_automatic_punctuation is False
                else attr_text(_spec, "enableAutomaticPunctuation", enable_automatic_punctuation)
            )
            _head = f'{_head} enableAutomaticPunctuation="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if inbound_track_label is not None:
            _v = (
                inbound_track_label
                if inbound_track_label.__class__ is str
                and inbound_track_label.isprintable()
                and attr_special(inbound_track_label) is None
                else "true"
                if inbound_track_label is True
                else "false"
                if inbound_track_label is False
                else attr_text(_spec, "inboundTrackLabel", inbound_track_label)
            )
            _head = f'{_head} inboundTrackLabel="{_v}"'
        if intelligence_service is not None:
            _v = (
                intelligence_service
                if intelligence_service.__class__ is str
                and intelligence_service.isprintable()
                and attr_special(intelligence_service) is None
                else "true"
                if intelligence_service is True
                else "false"
                if intelligence_service is False
                else attr_text(_spec, "intelligenceService", intelligence_service)
            )
            _head = f'{_head} intelligenceService="{_v}"'
        if language_code is not None:
            _v = (
                language_code
                if language_code.__class__ is str
                and language_code.isprintable()
                and attr_special(language_code) is None
                else "true"
                if language_code is True
                else "false"
                if language_code is False
                else attr_text(_spec, "languageCode", language_code)
            )
            _head = f'{_head} languageCode="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if outbound_track_label is not None:
            _v = (
                outbound_track_label
                if outbound_track_label.__class__ is str
                and outbound_track_label.isprintable()
                and attr_special(outbound_track_label) is None
                else "true"
                if outbound_track_label is True
                else "false"
                if outbound_track_label is False
                else attr_text(_spec, "outboundTrackLabel", outbound_track_label)
            )
            _head = f'{_head} outboundTrackLabel="{_v}"'
        if partial_results is not None:
            _v = (
                partial_results
                if partial_results.__class__ is str
                and partial_results.isprintable()
                and attr_special(partial_results) is None
                else "true"
                if partial_results is True
                else "false"
                if partial_results is False
                else attr_text(_spec, "partialResults", partial_results)
            )
            _head = f'{_head} partialResults="{_v}"'
        if profanity_filter is not None:
            _v = (
                profanity_filter
                if profanity_filter.__class__ is str
                and profanity_filter.isprintable()
                and attr_special(profanity_filter) is None
                else "true"
                if profanity_filter is True
                else "false"
                if profanity_filter is False
                else attr_text(_spec, "profanityFilter", profanity_filter)
            )
            _head = f'{_head} profanityFilter="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if status_callback_url is not None:
            _v = (
                status_callback_url
                if status_callback_url.__class__ is str
                and status_callback_url.isprintable()
                and attr_special(status_callback_url) is None
                else "true"
                if status_callback_url is True
                else "false"
                if status_callback_url is False
                else attr_text(_spec, "statusCallbackUrl", status_callback_url)
            )
            _head = f'{_head} statusCallbackUrl="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if transcription_engine is not None:
            _v = (
                transcription_engine
                if transcription_engine.__class__ is str
                and transcription_engine.isprintable()
                and attr_special(transcription_engine) is None
                else "true"
                if transcription_engine is True
                else "false"
                if transcription_engine is False
                else attr_text(_spec, "transcriptionEngine", transcription_engine)
            )
            _head = f'{_head} transcriptionEngine="{_v}"'
        _node = Transcription(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Stop(Element):
    """<Stop>: Stop a stream, SIPREC session or transcription."""

    __slots__ = ()

    def siprec(
        self,
        /,
        *,
        connector_name=None,
        name=None,
        status_callback=None,
        status_callback_method=None,
        track=None,
        extra=None,
        **_unknown,
    ):
        """Fork the call's media to a SIPREC recorder."""
        _cur = self
        _spec = _cur._spec.kids.get("siprec")
        if _spec is not _VOICE_Siprec or _unknown or extra:
            _given = {
                "connector_name": connector_name,
                "name": name,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "track": track,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Siprec, "siprec", None, _given)
        _kids = []
        _head = "<Siprec"
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        _node = Siprec(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def stream(
        self,
        /,
        *,
        audio_format=None,
        connector_name=None,
        name=None,
        sample_rate=None,
        status_callback=None,
        status_callback_method=None,
        track=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Stream the call's audio to a WebSocket."""
        _cur = self
        _spec = _cur._spec.kids.get("stream")
        if _spec is not _VOICE_Stream or _unknown or extra:
            _given = {
                "audio_format": audio_format,
                "connector_name": connector_name,
                "name": name,
                "sample_rate": sample_rate,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "track": track,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Stream, "stream", None, _given)
        _kids = []
        _head = "<Stream"
        if audio_format is not None:
            _v = (
                audio_format
                if audio_format.__class__ is str
                and audio_format.isprintable()
                and attr_special(audio_format) is None
                else "true"
                if audio_format is True
                else "false"
                if audio_format is False
                else attr_text(_spec, "audioFormat", audio_format)
            )
            _head = f'{_head} audioFormat="{_v}"'
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if sample_rate is not None:
            _v = (
                sample_rate
                if sample_rate.__class__ is str
                and sample_rate.isprintable()
                and attr_special(sample_rate) is None
                else "true"
                if sample_rate is True
                else "false"
                if sample_rate is False
                else attr_text(_spec, "sampleRate", sample_rate)
            )
            _head = f'{_head} sampleRate="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Stream(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def transcription(
        self,
        /,
        *,
        enable_automatic_punctuation=None,
        hints=None,
        inbound_track_label=None,
        intelligence_service=None,
        language_code=None,
        name=None,
        outbound_track_label=None,
        partial_results=None,
        profanity_filter=None,
        speech_model=None,
        status_callback_method=None,
        status_callback_url=None,
        track=None,
        transcription_engine=None,
        extra=None,
        **_unknown,
    ):
        """Transcribe the call in real time."""
        _cur = self
        _spec = _cur._spec.kids.get("transcription")
        if _spec is not _VOICE_Transcription or _unknown or extra:
            _given = {
                "enable_automatic_punctuation": enable_automatic_punctuation,
                "hints": hints,
                "inbound_track_label": inbound_track_label,
                "intelligence_service": intelligence_service,
                "language_code": language_code,
                "name": name,
                "outbound_track_label": outbound_track_label,
                "partial_results": partial_results,
                "profanity_filter": profanity_filter,
                "speech_model": speech_model,
                "status_callback_method": status_callback_method,
                "status_callback_url": status_callback_url,
                "track": track,
                "transcription_engine": transcription_engine,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Transcription, "transcription", None, _given)
        _kids = []
        _head = "<Transcription"
        if enable_automatic_punctuation is not None:
            _v = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                and enable_automatic_punctuation.isprintable()
                and attr_special(enable_automatic_punctuation) is None
                else "true"
                if enable_automatic_punctuation is True
                else "false"
                if enable_automatic_punctuation is False
                else attr_text(_spec, "enableAutomaticPunctuation", enable_automatic_punctuation)
            )
            _head = f'{_head} enableAutomaticPunctuation="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if inbound_track_label is not None:
            _v = (
                inbound_track_label
                if inbound_track_label.__class__ is str
                and inbound_track_label.isprintable()
                and attr_special(inbound_track_label) is None
                else "true"
                if inbound_track_label is True
                else "false"
                if inbound_track_label is False
                else attr_text(_spec, "inboundTrackLabel", inbound_track_label)
            )
            _head = f'{_head} inboundTrackLabel="{_v}"'
        if intelligence_service is not None:
            _v = (
                intelligence_service
                if intelligence_service.__class__ is str
                and intelligence_service.isprintable()
                and attr_special(intelligence_service) is None
                else "true"
                if intelligence_service is True
                else "false"
                if intelligence_service is False
                else attr_text(_spec, "intelligenceService", intelligence_service)
            )
            _head = f'{_head} intelligenceService="{_v}"'
        if language_code is not None:
            _v = (
                language_code
                if language_code.__class__ is str
                and language_code.isprintable()
                and attr_special(language_code) is None
                else "true"
                if language_code is True
                else "false"
                if language_code is False
                else attr_text(_spec, "languageCode", language_code)
            )
            _head = f'{_head} languageCode="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if outbound_track_label is not None:
            _v = (
                outbound_track_label
                if outbound_track_label.__class__ is str
                and outbound_track_label.isprintable()
                and attr_special(outbound_track_label) is None
                else "true"
                if outbound_track_label is True
                else "false"
                if outbound_track_label is False
                else attr_text(_spec, "outboundTrackLabel", outbound_track_label)
            )
            _head = f'{_head} outboundTrackLabel="{_v}"'
        if partial_results is not None:
            _v = (
                partial_results
                if partial_results.__class__ is str
                and partial_results.isprintable()
                and attr_special(partial_results) is None
                else "true"
                if partial_results is True
                else "false"
                if partial_results is False
                else attr_text(_spec, "partialResults", partial_results)
            )
            _head = f'{_head} partialResults="{_v}"'
        if profanity_filter is not None:
            _v = (
                profanity_filter
                if profanity_filter.__class__ is str
                and profanity_filter.isprintable()
                and attr_special(profanity_filter) is None
                else "true"
                if profanity_filter is True
                else "false"
                if profanity_filter is False
                else attr_text(_spec, "profanityFilter", profanity_filter)
            )
            _head = f'{_head} profanityFilter="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if status_callback_url is not None:
            _v = (
                status_callback_url
                if status_callback_url.__class__ is str
                and status_callback_url.isprintable()
                and attr_special(status_callback_url) is None
                else "true"
                if status_callback_url is True
                else "false"
                if status_callback_url is False
                else attr_text(_spec, "statusCallbackUrl", status_callback_url)
            )
            _head = f'{_head} statusCallbackUrl="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if transcription_engine is not None:
            _v = (
                transcription_engine
                if transcription_engine.__class__ is str
                and transcription_engine.isprintable()
                and attr_special(transcription_engine) is None
                else "true"
                if transcription_engine is True
                else "false"
                if transcription_engine is False
                else attr_text(_spec, "transcriptionEngine", transcription_engine)
            )
            _head = f'{_head} transcriptionEngine="{_v}"'
        _node = Transcription(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Stream(Element):
    """<Stream>: Stream the call's audio to a WebSocket."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Task(Element):
    """<Task>: TaskRouter task attributes (JSON) for <Enqueue>."""

    __slots__ = ()


class Transcription(Element):
    """<Transcription>: Transcribe the call in real time."""

    __slots__ = ()

    def config(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A name/value configuration setting."""
        _cur = self
        _spec = _cur._spec.kids.get("config")
        if _spec is not _VOICE_Config or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Config, "config", None, _given)
        _kids = []
        _head = "<Config"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Config(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class Uri(Element):
    """<Uri>: One SIP URI to try for <Sip>."""

    __slots__ = ()


class VirtualAgent(Element):
    """<VirtualAgent>: Connect the call to a virtual agent."""

    __slots__ = ()

    def config(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A name/value configuration setting."""
        _cur = self
        _spec = _cur._spec.kids.get("config")
        if _spec is not _VOICE_Config or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Config, "config", None, _given)
        _kids = []
        _head = "<Config"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Config(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self._doc, _head, _kids)
        _cur._kids.append(_node)
        return _node


class WhatsApp(Element):
    """<WhatsApp>: Dial a WhatsApp user."""

    __slots__ = ()


class VoiceResponse(TwiMLResponse):
    """A voice TwiML document; calls go to the innermost open block."""

    __slots__ = ()
    _grammar = VOICE

    def ai_session(
        self, /, *, ai_connector=None, ai_session_configuration=None, extra=None, **_unknown
    ):
        """Connect the call to an AI session."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("ai_session")
        if _spec is not _VOICE_AiSession or _unknown or extra:
            _given = {
                "ai_connector": ai_connector,
                "ai_session_configuration": ai_session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(AiSession, "ai_session", None, _given)
        _kids = []
        _head = "<AiSession"
        if ai_connector is not None:
            _v = (
                ai_connector
                if ai_connector.__class__ is str
                and ai_connector.isprintable()
                and attr_special(ai_connector) is None
                else "true"
                if ai_connector is True
                else "false"
                if ai_connector is False
                else attr_text(_spec, "aiConnector", ai_connector)
            )
            _head = f'{_head} aiConnector="{_v}"'
        if ai_session_configuration is not None:
            _v = (
                ai_session_configuration
                if ai_session_configuration.__class__ is str
                and ai_session_configuration.isprintable()
                and attr_special(ai_session_configuration) is None
                else "true"
                if ai_session_configuration is True
                else "false"
                if ai_session_configuration is False
                else attr_text(_spec, "aiSessionConfiguration", ai_session_configuration)
            )
            _head = f'{_head} aiSessionConfiguration="{_v}"'
        _node = AiSession(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def application(
        self,
        text=None,
        /,
        *,
        copy_parent_to=None,
        customer_id=None,
        method=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a TwiML Application."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("application")
        if (
            _spec is not _VOICE_Application
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "copy_parent_to": copy_parent_to,
                "customer_id": customer_id,
                "method": method,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Application, "application", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Application"
        if copy_parent_to is not None:
            _v = (
                copy_parent_to
                if copy_parent_to.__class__ is str
                and copy_parent_to.isprintable()
                and attr_special(copy_parent_to) is None
                else "true"
                if copy_parent_to is True
                else "false"
                if copy_parent_to is False
                else attr_text(_spec, "copyParentTo", copy_parent_to)
            )
            _head = f'{_head} copyParentTo="{_v}"'
        if customer_id is not None:
            _v = (
                customer_id
                if customer_id.__class__ is str
                and customer_id.isprintable()
                and attr_special(customer_id) is None
                else "true"
                if customer_id is True
                else "false"
                if customer_id is False
                else attr_text(_spec, "customerId", customer_id)
            )
            _head = f'{_head} customerId="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Application(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def application_sid(self, text, /, *, extra=None, **_unknown):
        """The SID of the Application to dial."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("application_sid")
        if (
            _spec is not _VOICE_ApplicationSid
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(ApplicationSid, "application_sid", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<ApplicationSid"
        _node = ApplicationSid(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown or extra:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _kids = []
        _head = "<break"
        if strength is not None:
            _v = (
                strength
                if strength.__class__ is str
                and strength.isprintable()
                and attr_special(strength) is None
                else "true"
                if strength is True
                else "false"
                if strength is False
                else attr_text(_spec, "strength", strength)
            )
            _head = f'{_head} strength="{_v}"'
        if time is not None:
            _v = (
                time
                if time.__class__ is str and time.isprintable() and attr_special(time) is None
                else "true"
                if time is True
                else "false"
                if time is False
                else attr_text(_spec, "time", time)
            )
            _head = f'{_head} time="{_v}"'
        _node = SsmlBreak(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def client(
        self,
        text=None,
        /,
        *,
        method=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a Twilio Client (Voice SDK) identity."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("client")
        if (
            _spec is not _VOICE_Client
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "method": method,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Client, "client", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Client"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Client(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conference(
        self,
        text,
        /,
        *,
        beep=None,
        coach=None,
        end_conference_on_exit=None,
        event_callback_url=None,
        jitter_buffer_size=None,
        max_participants=None,
        muted=None,
        participant_label=None,
        record=None,
        recording_configuration_id=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        region=None,
        start_conference_on_enter=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        trim=None,
        wait_method=None,
        wait_url=None,
        extra=None,
        **_unknown,
    ):
        """Join the caller to a named conference room."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("conference")
        if (
            _spec is not _VOICE_Conference
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "beep": beep,
                "coach": coach,
                "end_conference_on_exit": end_conference_on_exit,
                "event_callback_url": event_callback_url,
                "jitter_buffer_size": jitter_buffer_size,
                "max_participants": max_participants,
                "muted": muted,
                "participant_label": participant_label,
                "record": record,
                "recording_configuration_id": recording_configuration_id,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "region": region,
                "start_conference_on_enter": start_conference_on_enter,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "trim": trim,
                "wait_method": wait_method,
                "wait_url": wait_url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Conference, "conference", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Conference"
        if beep is not None:
            _v = (
                beep
                if beep.__class__ is str and beep.isprintable() and attr_special(beep) is None
                else "true"
                if beep is True
                else "false"
                if beep is False
                else attr_text(_spec, "beep", beep)
            )
            _head = f'{_head} beep="{_v}"'
        if coach is not None:
            _v = (
                coach
                if coach.__class__ is str and coach.isprintable() and attr_special(coach) is None
                else "true"
                if coach is True
                else "false"
                if coach is False
                else attr_text(_spec, "coach", coach)
            )
            _head = f'{_head} coach="{_v}"'
        if end_conference_on_exit is not None:
            _v = (
                end_conference_on_exit
                if end_conference_on_exit.__class__ is str
                and end_conference_on_exit.isprintable()
                and attr_special(end_conference_on_exit) is None
                else "true"
                if end_conference_on_exit is True
                else "false"
                if end_conference_on_exit is False
                else attr_text(_spec, "endConferenceOnExit", end_conference_on_exit)
            )
            _head = f'{_head} endConferenceOnExit="{_v}"'
        if event_callback_url is not None:
            _v = (
                event_callback_url
                if event_callback_url.__class__ is str
                and event_callback_url.isprintable()
                and attr_special(event_callback_url) is None
                else "true"
                if event_callback_url is True
                else "false"
                if event_callback_url is False
                else attr_text(_spec, "eventCallbackUrl", event_callback_url)
            )
            _head = f'{_head} eventCallbackUrl="{_v}"'
        if jitter_buffer_size is not None:
            _v = (
                jitter_buffer_size
                if jitter_buffer_size.__class__ is str
                and jitter_buffer_size.isprintable()
                and attr_special(jitter_buffer_size) is None
                else "true"
                if jitter_buffer_size is True
                else "false"
                if jitter_buffer_size is False
                else attr_text(_spec, "jitterBufferSize", jitter_buffer_size)
            )
            _head = f'{_head} jitterBufferSize="{_v}"'
        if max_participants is not None:
            _v = (
                str(max_participants)
                if max_participants.__class__ is int and max_participants >= 0
                else attr_text(_spec, "maxParticipants", max_participants)
            )
            _head = f'{_head} maxParticipants="{_v}"'
        if muted is not None:
            _v = (
                muted
                if muted.__class__ is str and muted.isprintable() and attr_special(muted) is None
                else "true"
                if muted is True
                else "false"
                if muted is False
                else attr_text(_spec, "muted", muted)
            )
            _head = f'{_head} muted="{_v}"'
        if participant_label is not None:
            _v = (
                participant_label
                if participant_label.__class__ is str
                and participant_label.isprintable()
                and attr_special(participant_label) is None
                else "true"
                if participant_label is True
                else "false"
                if participant_label is False
                else attr_text(_spec, "participantLabel", participant_label)
            )
            _head = f'{_head} participantLabel="{_v}"'
        if record is not None:
            _v = (
                record
                if record.__class__ is str and record.isprintable() and attr_special(record) is None
                else "true"
                if record is True
                else "false"
                if record is False
                else attr_text(_spec, "record", record)
            )
            _head = f'{_head} record="{_v}"'
        if recording_configuration_id is not None:
            _v = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                and attr_special(recording_configuration_id) is None
                else "true"
                if recording_configuration_id is True
                else "false"
                if recording_configuration_id is False
                else attr_text(_spec, "recordingConfigurationId", recording_configuration_id)
            )
            _head = f'{_head} recordingConfigurationId="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if region is not None:
            _v = (
                region
                if region.__class__ is str and region.isprintable() and attr_special(region) is None
                else "true"
                if region is True
                else "false"
                if region is False
                else attr_text(_spec, "region", region)
            )
            _head = f'{_head} region="{_v}"'
        if start_conference_on_enter is not None:
            _v = (
                start_conference_on_enter
                if start_conference_on_enter.__class__ is str
                and start_conference_on_enter.isprintable()
                and attr_special(start_conference_on_enter) is None
                else "true"
                if start_conference_on_enter is True
                else "false"
                if start_conference_on_enter is False
                else attr_text(_spec, "startConferenceOnEnter", start_conference_on_enter)
            )
            _head = f'{_head} startConferenceOnEnter="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if trim is not None:
            _v = attr_text(_spec, "trim", trim)
            _head = f'{_head} trim="{_v}"'
        if wait_method is not None:
            _v = (
                wait_method
                if wait_method == "POST" or wait_method == "GET"
                else attr_text(_spec, "waitMethod", wait_method)
            )
            _head = f'{_head} waitMethod="{_v}"'
        if wait_url is not None:
            _v = (
                wait_url
                if wait_url.__class__ is str
                and wait_url.isprintable()
                and attr_special(wait_url) is None
                else "true"
                if wait_url is True
                else "false"
                if wait_url is False
                else attr_text(_spec, "waitUrl", wait_url)
            )
            _head = f'{_head} waitUrl="{_v}"'
        _node = Conference(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def config(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A name/value configuration setting."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("config")
        if _spec is not _VOICE_Config or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Config, "config", None, _given)
        _kids = []
        _head = "<Config"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Config(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def connect(self, /, *, action=None, method=None, extra=None, **_unknown):
        """Connect the call to a stream, room, agent or relay."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("connect")
        if _spec is not _VOICE_Connect or _unknown or extra:
            _given = {"action": action, "method": method, **_unknown, "extra": extra}
            return _cur._add(Connect, "connect", None, _given)
        _kids = []
        _head = "<Connect"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        _node = Connect(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conversation(
        self,
        /,
        *,
        inbound_autocreation=None,
        inbound_timeout=None,
        method=None,
        record=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        routing_assignment_timeout=None,
        service_instance_sid=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        trim=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Connect the call to a Conversations service."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("conversation")
        if _spec is not _VOICE_Conversation or _unknown or extra:
            _given = {
                "inbound_autocreation": inbound_autocreation,
                "inbound_timeout": inbound_timeout,
                "method": method,
                "record": record,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "routing_assignment_timeout": routing_assignment_timeout,
                "service_instance_sid": service_instance_sid,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "trim": trim,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Conversation, "conversation", None, _given)
        _kids = []
        _head = "<Conversation"
        if inbound_autocreation is not None:
            _v = (
                inbound_autocreation
                if inbound_autocreation.__class__ is str
                and inbound_autocreation.isprintable()
                and attr_special(inbound_autocreation) is None
                else "true"
                if inbound_autocreation is True
                else "false"
                if inbound_autocreation is False
                else attr_text(_spec, "inboundAutocreation", inbound_autocreation)
            )
            _head = f'{_head} inboundAutocreation="{_v}"'
        if inbound_timeout is not None:
            _v = (
                str(inbound_timeout)
                if inbound_timeout.__class__ is int and inbound_timeout >= 0
                else attr_text(_spec, "inboundTimeout", inbound_timeout)
            )
            _head = f'{_head} inboundTimeout="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if record is not None:
            _v = (
                record
                if record.__class__ is str and record.isprintable() and attr_special(record) is None
                else "true"
                if record is True
                else "false"
                if record is False
                else attr_text(_spec, "record", record)
            )
            _head = f'{_head} record="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if routing_assignment_timeout is not None:
            _v = (
                str(routing_assignment_timeout)
                if routing_assignment_timeout.__class__ is int and routing_assignment_timeout >= 0
                else attr_text(_spec, "routingAssignmentTimeout", routing_assignment_timeout)
            )
            _head = f'{_head} routingAssignmentTimeout="{_v}"'
        if service_instance_sid is not None:
            _v = (
                service_instance_sid
                if service_instance_sid.__class__ is str
                and service_instance_sid.isprintable()
                and attr_special(service_instance_sid) is None
                else "true"
                if service_instance_sid is True
                else "false"
                if service_instance_sid is False
                else attr_text(_spec, "serviceInstanceSid", service_instance_sid)
            )
            _head = f'{_head} serviceInstanceSid="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if trim is not None:
            _v = (
                trim
                if trim.__class__ is str and trim.isprintable() and attr_special(trim) is None
                else "true"
                if trim is True
                else "false"
                if trim is False
                else attr_text(_spec, "trim", trim)
            )
            _head = f'{_head} trim="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Conversation(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conversation_relay(
        self,
        /,
        *,
        application_reconnect=None,
        asr_smart_format=None,
        background_noise_reduction=None,
        customer_name=None,
        debug=None,
        deepgram_smart_format=None,
        dtmf_detection=None,
        eager_eot_threshold=None,
        echo_prompt_filtering=None,
        elevenlabs_language_text_normalization=None,
        elevenlabs_text_normalization=None,
        events=None,
        hints=None,
        ignore_backchannel=None,
        include_in_prompt=None,
        intelligence_service=None,
        interrupt_sensitivity=None,
        interruptible=None,
        language=None,
        partial_prompt_on_hangup=None,
        partial_prompts=None,
        preemptible=None,
        profanity_filter=None,
        report_input_during_agent_speech=None,
        speech_model=None,
        speech_timeout=None,
        transcription_language=None,
        transcription_provider=None,
        tts_language=None,
        tts_language_text_normalization=None,
        tts_provider=None,
        tts_text_normalization=None,
        turn_detection=None,
        url=None,
        voice=None,
        welcome_greeting=None,
        welcome_greeting_interruptible=None,
        extra=None,
        **_unknown,
    ):
        """Connect the call to a ConversationRelay WebSocket app."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("conversation_relay")
        if _spec is not _VOICE_ConversationRelay or _unknown or extra:
            _given = {
                "application_reconnect": application_reconnect,
                "asr_smart_format": asr_smart_format,
                "background_noise_reduction": background_noise_reduction,
                "customer_name": customer_name,
                "debug": debug,
                "deepgram_smart_format": deepgram_smart_format,
                "dtmf_detection": dtmf_detection,
                "eager_eot_threshold": eager_eot_threshold,
                "echo_prompt_filtering": echo_prompt_filtering,
                "elevenlabs_language_text_normalization": elevenlabs_language_text_normalization,
                "elevenlabs_text_normalization": elevenlabs_text_normalization,
                "events": events,
                "hints": hints,
                "ignore_backchannel": ignore_backchannel,
                "include_in_prompt": include_in_prompt,
                "intelligence_service": intelligence_service,
                "interrupt_sensitivity": interrupt_sensitivity,
                "interruptible": interruptible,
                "language": language,
                "partial_prompt_on_hangup": partial_prompt_on_hangup,
                "partial_prompts": partial_prompts,
                "preemptible": preemptible,
                "profanity_filter": profanity_filter,
                "report_input_during_agent_speech": report_input_during_agent_speech,
                "speech_model": speech_model,
                "speech_timeout": speech_timeout,
                "transcription_language": transcription_language,
                "transcription_provider": transcription_provider,
                "tts_language": tts_language,
                "tts_language_text_normalization": tts_language_text_normalization,
                "tts_provider": tts_provider,
                "tts_text_normalization": tts_text_normalization,
                "turn_detection": turn_detection,
                "url": url,
                "voice": voice,
                "welcome_greeting": welcome_greeting,
                "welcome_greeting_interruptible": welcome_greeting_interruptible,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(ConversationRelay, "conversation_relay", None, _given)
        _kids = []
        _head = "<ConversationRelay"
        if application_reconnect is not None:
            _v = (
                application_reconnect
                if application_reconnect.__class__ is str
                and application_reconnect.isprintable()
                and attr_special(application_reconnect) is None
                else "true"
                if application_reconnect is True
                else "false"
                if application_reconnect is False
                else attr_text(_spec, "applicationReconnect", application_reconnect)
            )
            _head = f'{_head} applicationReconnect="{_v}"'
        if asr_smart_format is not None:
            _v = (
                asr_smart_format
                if asr_smart_format.__class__ is str
                and asr_smart_format.isprintable()
                and attr_special(asr_smart_format) is None
                else "true"
                if asr_smart_format is True
                else "false"
                if asr_smart_format is False
                else attr_text(_spec, "asrSmartFormat", asr_smart_format)
            )
            _head = f'{_head} asrSmartFormat="{_v}"'
        if background_noise_reduction is not None:
            _v = (
                background_noise_reduction
                if background_noise_reduction.__class__ is str
                and background_noise_reduction.isprintable()
                and attr_special(background_noise_reduction) is None
                else "true"
                if background_noise_reduction is True
                else "false"
                if background_noise_reduction is False
                else attr_text(_spec, "backgroundNoiseReduction", background_noise_reduction)
            )
            _head = f'{_head} backgroundNoiseReduction="{_v}"'
        if customer_name is not None:
            _v = (
                customer_name
                if customer_name.__class__ is str
                and customer_name.isprintable()
                and attr_special(customer_name) is None
                else "true"
                if customer_name is True
                else "false"
                if customer_name is False
                else attr_text(_spec, "customerName", customer_name)
            )
            _head = f'{_head} customerName="{_v}"'
        if debug is not None:
            _v = attr_text(_spec, "debug", debug)
            _head = f'{_head} debug="{_v}"'
        if deepgram_smart_format is not None:
            _v = (
                deepgram_smart_format
                if deepgram_smart_format.__class__ is str
                and deepgram_smart_format.isprintable()
                and attr_special(deepgram_smart_format) is None
                else "true"
                if deepgram_smart_format is True
                else "false"
                if deepgram_smart_format is False
                else attr_text(_spec, "deepgramSmartFormat", deepgram_smart_format)
            )
            _head = f'{_head} deepgramSmartFormat="{_v}"'
        if dtmf_detection is not None:
            _v = (
                dtmf_detection
                if dtmf_detection.__class__ is str
                and dtmf_detection.isprintable()
                and attr_special(dtmf_detection) is None
                else "true"
                if dtmf_detection is True
                else "false"
                if dtmf_detection is False
                else attr_text(_spec, "dtmfDetection", dtmf_detection)
            )
            _head = f'{_head} dtmfDetection="{_v}"'
        if eager_eot_threshold is not None:
            _v = (
                eager_eot_threshold
                if eager_eot_threshold.__class__ is str
                and eager_eot_threshold.isprintable()
                and attr_special(eager_eot_threshold) is None
                else "true"
                if eager_eot_threshold is True
                else "false"
                if eager_eot_threshold is False
                else attr_text(_spec, "eagerEotThreshold", eager_eot_threshold)
            )
            _head = f'{_head} eagerEotThreshold="{_v}"'
        if echo_prompt_filtering is not None:
            _v = (
                echo_prompt_filtering
                if echo_prompt_filtering.__class__ is str
                and echo_prompt_filtering.isprintable()
                and attr_special(echo_prompt_filtering) is None
                else "true"
                if echo_prompt_filtering is True
                else "false"
                if echo_prompt_filtering is False
                else attr_text(_spec, "echoPromptFiltering", echo_prompt_filtering)
            )
            _head = f'{_head} echoPromptFiltering="{_v}"'
        if elevenlabs_language_text_normalization is not None:
            _v = (
                elevenlabs_language_text_normalization
                if elevenlabs_language_text_normalization.__class__ is str
                and elevenlabs_language_text_normalization.isprintable()
                and attr_special(elevenlabs_language_text_normalization) is None
                else "true"
                if elevenlabs_language_text_normalization is True
                else "false"
                if elevenlabs_language_text_normalization is False
                else attr_text(
                    _spec,
                    "elevenlabsLanguageTextNormalization",
                    elevenlabs_language_text_normalization,
                )
            )
            _head = f'{_head} elevenlabsLanguageTextNormalization="{_v}"'
        if elevenlabs_text_normalization is not None:
            _v = (
                elevenlabs_text_normalization
                if elevenlabs_text_normalization.__class__ is str
                and elevenlabs_text_normalization.isprintable()
                and attr_special(elevenlabs_text_normalization) is None
                else "true"
                if elevenlabs_text_normalization is True
                else "false"
                if elevenlabs_text_normalization is False
                else attr_text(_spec, "elevenlabsTextNormalization", elevenlabs_text_normalization)
            )
            _head = f'{_head} elevenlabsTextNormalization="{_v}"'
        if events is not None:
            _v = attr_text(_spec, "events", events)
            _head = f'{_head} events="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if ignore_backchannel is not None:
            _v = (
                ignore_backchannel
                if ignore_backchannel.__class__ is str
                and ignore_backchannel.isprintable()
                and attr_special(ignore_backchannel) is None
                else "true"
                if ignore_backchannel is True
                else "false"
                if ignore_backchannel is False
                else attr_text(_spec, "ignoreBackchannel", ignore_backchannel)
            )
            _head = f'{_head} ignoreBackchannel="{_v}"'
        if include_in_prompt is not None:
            _v = (
                include_in_prompt
                if include_in_prompt.__class__ is str
                and include_in_prompt.isprintable()
                and attr_special(include_in_prompt) is None
                else "true"
                if include_in_prompt is True
                else "false"
                if include_in_prompt is False
                else attr_text(_spec, "includeInPrompt", include_in_prompt)
            )
            _head = f'{_head} includeInPrompt="{_v}"'
        if intelligence_service is not None:
            _v = (
                intelligence_service
                if intelligence_service.__class__ is str
                and intelligence_service.isprintable()
                and attr_special(intelligence_service) is None
                else "true"
                if intelligence_service is True
                else "false"
                if intelligence_service is False
                else attr_text(_spec, "intelligenceService", intelligence_service)
            )
            _head = f'{_head} intelligenceService="{_v}"'
        if interrupt_sensitivity is not None:
            _v = (
                interrupt_sensitivity
                if interrupt_sensitivity.__class__ is str
                and interrupt_sensitivity.isprintable()
                and attr_special(interrupt_sensitivity) is None
                else "true"
                if interrupt_sensitivity is True
                else "false"
                if interrupt_sensitivity is False
                else attr_text(_spec, "interruptSensitivity", interrupt_sensitivity)
            )
            _head = f'{_head} interruptSensitivity="{_v}"'
        if interruptible is not None:
            _v = (
                interruptible
                if interruptible.__class__ is str
                and interruptible.isprintable()
                and attr_special(interruptible) is None
                else "true"
                if interruptible is True
                else "false"
                if interruptible is False
                else attr_text(_spec, "interruptible", interruptible)
            )
            _head = f'{_head} interruptible="{_v}"'
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if partial_prompt_on_hangup is not None:
            _v = (
                partial_prompt_on_hangup
                if partial_prompt_on_hangup.__class__ is str
                and partial_prompt_on_hangup.isprintable()
                and attr_special(partial_prompt_on_hangup) is None
                else "true"
                if partial_prompt_on_hangup is True
                else "false"
                if partial_prompt_on_hangup is False
                else attr_text(_spec, "partialPromptOnHangup", partial_prompt_on_hangup)
            )
            _head = f'{_head} partialPromptOnHangup="{_v}"'
        if partial_prompts is not None:
            _v = (
                partial_prompts
                if partial_prompts.__class__ is str
                and partial_prompts.isprintable()
                and attr_special(partial_prompts) is None
                else "true"
                if partial_prompts is True
                else "false"
                if partial_prompts is False
                else attr_text(_spec, "partialPrompts", partial_prompts)
            )
            _head = f'{_head} partialPrompts="{_v}"'
        if preemptible is not None:
            _v = (
                preemptible
                if preemptible.__class__ is str
                and preemptible.isprintable()
                and attr_special(preemptible) is None
                else "true"
                if preemptible is True
                else "false"
                if preemptible is False
                else attr_text(_spec, "preemptible", preemptible)
            )
            _head = f'{_head} preemptible="{_v}"'
        if profanity_filter is not None:
            _v = (
                profanity_filter
                if profanity_filter.__class__ is str
                and profanity_filter.isprintable()
                and attr_special(profanity_filter) is None
                else "true"
                if profanity_filter is True
                else "false"
                if profanity_filter is False
                else attr_text(_spec, "profanityFilter", profanity_filter)
            )
            _head = f'{_head} profanityFilter="{_v}"'
        if report_input_during_agent_speech is not None:
            _v = (
                report_input_during_agent_speech
                if report_input_during_agent_speech.__class__ is str
                and report_input_during_agent_speech.isprintable()
                and attr_special(report_input_during_agent_speech) is None
                else "true"
                if report_input_during_agent_speech is True
                else "false"
                if report_input_during_agent_speech is False
                else attr_text(
                    _spec, "reportInputDuringAgentSpeech", report_input_during_agent_speech
                )
            )
            _head = f'{_head} reportInputDuringAgentSpeech="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if speech_timeout is not None:
            _v = (
                speech_timeout
                if speech_timeout.__class__ is str
                and speech_timeout.isprintable()
                and attr_special(speech_timeout) is None
                else "true"
                if speech_timeout is True
                else "false"
                if speech_timeout is False
                else attr_text(_spec, "speechTimeout", speech_timeout)
            )
            _head = f'{_head} speechTimeout="{_v}"'
        if transcription_language is not None:
            _v = (
                transcription_language
                if transcription_language.__class__ is str
                and transcription_language.isprintable()
                and attr_special(transcription_language) is None
                else "true"
                if transcription_language is True
                else "false"
                if transcription_language is False
                else attr_text(_spec, "transcriptionLanguage", transcription_language)
            )
            _head = f'{_head} transcriptionLanguage="{_v}"'
        if transcription_provider is not None:
            _v = (
                transcription_provider
                if transcription_provider.__class__ is str
                and transcription_provider.isprintable()
                and attr_special(transcription_provider) is None
                else "true"
                if transcription_provider is True
                else "false"
                if transcription_provider is False
                else attr_text(_spec, "transcriptionProvider", transcription_provider)
            )
            _head = f'{_head} transcriptionProvider="{_v}"'
        if tts_language is not None:
            _v = (
                tts_language
                if tts_language.__class__ is str
                and tts_language.isprintable()
                and attr_special(tts_language) is None
                else "true"
                if tts_language is True
                else "false"
                if tts_language is False
                else attr_text(_spec, "ttsLanguage", tts_language)
            )
            _head = f'{_head} ttsLanguage="{_v}"'
        if tts_language_text_normalization is not None:
            _v = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                and attr_special(tts_language_text_normalization) is None
                else "true"
                if tts_language_text_normalization is True
                else "false"
                if tts_language_text_normalization is False
                else attr_text(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
            _head = f'{_head} ttsLanguageTextNormalization="{_v}"'
        if tts_provider is not None:
            _v = (
                tts_provider
                if tts_provider.__class__ is str
                and tts_provider.isprintable()
                and attr_special(tts_provider) is None
                else "true"
                if tts_provider is True
                else "false"
                if tts_provider is False
                else attr_text(_spec, "ttsProvider", tts_provider)
            )
            _head = f'{_head} ttsProvider="{_v}"'
        if tts_text_normalization is not None:
            _v = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                and tts_text_normalization.isprintable()
                and attr_special(tts_text_normalization) is None
                else "true"
                if tts_text_normalization is True
                else "false"
                if tts_text_normalization is False
                else attr_text(_spec, "ttsTextNormalization", tts_text_normalization)
            )
            _head = f'{_head} ttsTextNormalization="{_v}"'
        if turn_detection is not None:
            _v = (
                turn_detection
                if turn_detection.__class__ is str
                and turn_detection.isprintable()
                and attr_special(turn_detection) is None
                else "true"
                if turn_detection is True
                else "false"
                if turn_detection is False
                else attr_text(_spec, "turnDetection", turn_detection)
            )
            _head = f'{_head} turnDetection="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        if voice is not None:
            _v = (
                voice
                if voice.__class__ is str and voice.isprintable() and attr_special(voice) is None
                else "true"
                if voice is True
                else "false"
                if voice is False
                else attr_text(_spec, "voice", voice)
            )
            _head = f'{_head} voice="{_v}"'
        if welcome_greeting is not None:
            _v = (
                welcome_greeting
                if welcome_greeting.__class__ is str
                and welcome_greeting.isprintable()
                and attr_special(welcome_greeting) is None
                else "true"
                if welcome_greeting is True
                else "false"
                if welcome_greeting is False
                else attr_text(_spec, "welcomeGreeting", welcome_greeting)
            )
            _head = f'{_head} welcomeGreeting="{_v}"'
        if welcome_greeting_interruptible is not None:
            _v = (
                welcome_greeting_interruptible
                if welcome_greeting_interruptible.__class__ is str
                and welcome_greeting_interruptible.isprintable()
                and attr_special(welcome_greeting_interruptible) is None
                else "true"
                if welcome_greeting_interruptible is True
                else "false"
                if welcome_greeting_interruptible is False
                else attr_text(
                    _spec, "welcomeGreetingInterruptible", welcome_greeting_interruptible
                )
            )
            _head = f'{_head} welcomeGreetingInterruptible="{_v}"'
        _node = ConversationRelay(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def conversation_relay_session(
        self, /, *, connector=None, session_configuration=None, extra=None, **_unknown
    ):
        """Connect the call to a ConversationRelay session."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("conversation_relay_session")
        if _spec is not _VOICE_ConversationRelaySession or _unknown or extra:
            _given = {
                "connector": connector,
                "session_configuration": session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(ConversationRelaySession, "conversation_relay_session", None, _given)
        _kids = []
        _head = "<ConversationRelaySession"
        if connector is not None:
            _v = (
                connector
                if connector.__class__ is str
                and connector.isprintable()
                and attr_special(connector) is None
                else "true"
                if connector is True
                else "false"
                if connector is False
                else attr_text(_spec, "connector", connector)
            )
            _head = f'{_head} connector="{_v}"'
        if session_configuration is not None:
            _v = (
                session_configuration
                if session_configuration.__class__ is str
                and session_configuration.isprintable()
                and attr_special(session_configuration) is None
                else "true"
                if session_configuration is True
                else "false"
                if session_configuration is False
                else attr_text(_spec, "sessionConfiguration", session_configuration)
            )
            _head = f'{_head} sessionConfiguration="{_v}"'
        _node = ConversationRelaySession(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def dial(
        self,
        text=None,
        /,
        *,
        action=None,
        answer_on_bridge=None,
        caller_id=None,
        events=None,
        hangup_on_star=None,
        method=None,
        passports=None,
        record=None,
        recording_configuration_id=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        recording_track=None,
        refer_method=None,
        refer_url=None,
        ring_tone=None,
        sequential=None,
        time_limit=None,
        timeout=None,
        trim=None,
        extra=None,
        **_unknown,
    ):
        """Connect the caller to another party; text is a number, or add nouns in a block."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("dial")
        if (
            _spec is not _VOICE_Dial
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "action": action,
                "answer_on_bridge": answer_on_bridge,
                "caller_id": caller_id,
                "events": events,
                "hangup_on_star": hangup_on_star,
                "method": method,
                "passports": passports,
                "record": record,
                "recording_configuration_id": recording_configuration_id,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "recording_track": recording_track,
                "refer_method": refer_method,
                "refer_url": refer_url,
                "ring_tone": ring_tone,
                "sequential": sequential,
                "time_limit": time_limit,
                "timeout": timeout,
                "trim": trim,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Dial, "dial", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Dial"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if answer_on_bridge is not None:
            _v = (
                answer_on_bridge
                if answer_on_bridge.__class__ is str
                and answer_on_bridge.isprintable()
                and attr_special(answer_on_bridge) is None
                else "true"
                if answer_on_bridge is True
                else "false"
                if answer_on_bridge is False
                else attr_text(_spec, "answerOnBridge", answer_on_bridge)
            )
            _head = f'{_head} answerOnBridge="{_v}"'
        if caller_id is not None:
            _v = (
                caller_id
                if caller_id.__class__ is str
                and caller_id.isprintable()
                and attr_special(caller_id) is None
                else "true"
                if caller_id is True
                else "false"
                if caller_id is False
                else attr_text(_spec, "callerId", caller_id)
            )
            _head = f'{_head} callerId="{_v}"'
        if events is not None:
            _v = attr_text(_spec, "events", events)
            _head = f'{_head} events="{_v}"'
        if hangup_on_star is not None:
            _v = (
                hangup_on_star
                if hangup_on_star.__class__ is str
                and hangup_on_star.isprintable()
                and attr_special(hangup_on_star) is None
                else "true"
                if hangup_on_star is True
                else "false"
                if hangup_on_star is False
                else attr_text(_spec, "hangupOnStar", hangup_on_star)
            )
            _head = f'{_head} hangupOnStar="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if passports is not None:
            _v = (
                passports
                if passports.__class__ is str
                and passports.isprintable()
                and attr_special(passports) is None
                else "true"
                if passports is True
                else "false"
                if passports is False
                else attr_text(_spec, "passports", passports)
            )
            _head = f'{_head} passports="{_v}"'
        if record is not None:
            _v = (
                record
                if record.__class__ is str and record.isprintable() and attr_special(record) is None
                else "true"
                if record is True
                else "false"
                if record is False
                else attr_text(_spec, "record", record)
            )
            _head = f'{_head} record="{_v}"'
        if recording_configuration_id is not None:
            _v = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                and attr_special(recording_configuration_id) is None
                else "true"
                if recording_configuration_id is True
                else "false"
                if recording_configuration_id is False
                else attr_text(_spec, "recordingConfigurationId", recording_configuration_id)
            )
            _head = f'{_head} recordingConfigurationId="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if recording_track is not None:
            _v = (
                recording_track
                if recording_track.__class__ is str
                and recording_track.isprintable()
                and attr_special(recording_track) is None
                else "true"
                if recording_track is True
                else "false"
                if recording_track is False
                else attr_text(_spec, "recordingTrack", recording_track)
            )
            _head = f'{_head} recordingTrack="{_v}"'
        if refer_method is not None:
            _v = (
                refer_method
                if refer_method == "POST" or refer_method == "GET"
                else attr_text(_spec, "referMethod", refer_method)
            )
            _head = f'{_head} referMethod="{_v}"'
        if refer_url is not None:
            _v = (
                refer_url
                if refer_url.__class__ is str
                and refer_url.isprintable()
                and attr_special(refer_url) is None
                else "true"
                if refer_url is True
                else "false"
                if refer_url is False
                else attr_text(_spec, "referUrl", refer_url)
            )
            _head = f'{_head} referUrl="{_v}"'
        if ring_tone is not None:
            _v = (
                ring_tone
                if ring_tone.__class__ is str
                and ring_tone.isprintable()
                and attr_special(ring_tone) is None
                else "true"
                if ring_tone is True
                else "false"
                if ring_tone is False
                else attr_text(_spec, "ringTone", ring_tone)
            )
            _head = f'{_head} ringTone="{_v}"'
        if sequential is not None:
            _v = (
                sequential
                if sequential.__class__ is str
                and sequential.isprintable()
                and attr_special(sequential) is None
                else "true"
                if sequential is True
                else "false"
                if sequential is False
                else attr_text(_spec, "sequential", sequential)
            )
            _head = f'{_head} sequential="{_v}"'
        if time_limit is not None:
            _v = (
                str(time_limit)
                if time_limit.__class__ is int and time_limit >= 0
                else attr_text(_spec, "timeLimit", time_limit)
            )
            _head = f'{_head} timeLimit="{_v}"'
        if timeout is not None:
            _v = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else attr_text(_spec, "timeout", timeout)
            )
            _head = f'{_head} timeout="{_v}"'
        if trim is not None:
            _v = attr_text(_spec, "trim", trim)
            _head = f'{_head} trim="{_v}"'
        _node = Dial(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def echo(self, /, *, extra=None, **_unknown):
        """Echo the caller's audio back (for testing)."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("echo")
        if _spec is not _VOICE_Echo or _unknown or extra:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Echo, "echo", None, _given)
        _kids = []
        _head = "<Echo"
        _node = Echo(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("emphasis")
        if (
            _spec is not _VOICE_emphasis
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<emphasis"
        if level is not None:
            _v = (
                level
                if level.__class__ is str and level.isprintable() and attr_special(level) is None
                else "true"
                if level is True
                else "false"
                if level is False
                else attr_text(_spec, "level", level)
            )
            _head = f'{_head} level="{_v}"'
        _node = SsmlEmphasis(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def enqueue(
        self,
        text=None,
        /,
        *,
        action=None,
        max_queue_size=None,
        method=None,
        wait_url=None,
        wait_url_method=None,
        workflow_sid=None,
        extra=None,
        **_unknown,
    ):
        """Put the caller in a queue; text is the queue name."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("enqueue")
        if (
            _spec is not _VOICE_Enqueue
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "action": action,
                "max_queue_size": max_queue_size,
                "method": method,
                "wait_url": wait_url,
                "wait_url_method": wait_url_method,
                "workflow_sid": workflow_sid,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Enqueue, "enqueue", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Enqueue"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if max_queue_size is not None:
            _v = (
                str(max_queue_size)
                if max_queue_size.__class__ is int and max_queue_size >= 0
                else attr_text(_spec, "maxQueueSize", max_queue_size)
            )
            _head = f'{_head} maxQueueSize="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if wait_url is not None:
            _v = (
                wait_url
                if wait_url.__class__ is str
                and wait_url.isprintable()
                and attr_special(wait_url) is None
                else "true"
                if wait_url is True
                else "false"
                if wait_url is False
                else attr_text(_spec, "waitUrl", wait_url)
            )
            _head = f'{_head} waitUrl="{_v}"'
        if wait_url_method is not None:
            _v = (
                wait_url_method
                if wait_url_method == "POST" or wait_url_method == "GET"
                else attr_text(_spec, "waitUrlMethod", wait_url_method)
            )
            _head = f'{_head} waitUrlMethod="{_v}"'
        if workflow_sid is not None:
            _v = (
                workflow_sid
                if workflow_sid.__class__ is str
                and workflow_sid.isprintable()
                and attr_special(workflow_sid) is None
                else "true"
                if workflow_sid is True
                else "false"
                if workflow_sid is False
                else attr_text(_spec, "workflowSid", workflow_sid)
            )
            _head = f'{_head} workflowSid="{_v}"'
        _node = Enqueue(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def gather(
        self,
        /,
        *,
        action=None,
        action_on_empty_result=None,
        barge_in=None,
        debug=None,
        enhanced=None,
        finish_on_key=None,
        hints=None,
        input=None,
        language=None,
        max_speech_time=None,
        method=None,
        num_digits=None,
        partial_result_callback=None,
        partial_result_callback_method=None,
        profanity_filter=None,
        speech_model=None,
        speech_timeout=None,
        timeout=None,
        extra=None,
        **_unknown,
    ):
        """Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("gather")
        if _spec is not _VOICE_Gather or _unknown or extra:
            _given = {
                "action": action,
                "action_on_empty_result": action_on_empty_result,
                "barge_in": barge_in,
                "debug": debug,
                "enhanced": enhanced,
                "finish_on_key": finish_on_key,
                "hints": hints,
                "input": input,
                "language": language,
                "max_speech_time": max_speech_time,
                "method": method,
                "num_digits": num_digits,
                "partial_result_callback": partial_result_callback,
                "partial_result_callback_method": partial_result_callback_method,
                "profanity_filter": profanity_filter,
                "speech_model": speech_model,
                "speech_timeout": speech_timeout,
                "timeout": timeout,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Gather, "gather", None, _given)
        _kids = []
        _head = "<Gather"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if action_on_empty_result is not None:
            _v = (
                action_on_empty_result
                if action_on_empty_result.__class__ is str
                and action_on_empty_result.isprintable()
                and attr_special(action_on_empty_result) is None
                else "true"
                if action_on_empty_result is True
                else "false"
                if action_on_empty_result is False
                else attr_text(_spec, "actionOnEmptyResult", action_on_empty_result)
            )
            _head = f'{_head} actionOnEmptyResult="{_v}"'
        if barge_in is not None:
            _v = (
                barge_in
                if barge_in.__class__ is str
                and barge_in.isprintable()
                and attr_special(barge_in) is None
                else "true"
                if barge_in is True
                else "false"
                if barge_in is False
                else attr_text(_spec, "bargeIn", barge_in)
            )
            _head = f'{_head} bargeIn="{_v}"'
        if debug is not None:
            _v = attr_text(_spec, "debug", debug)
            _head = f'{_head} debug="{_v}"'
        if enhanced is not None:
            _v = (
                enhanced
                if enhanced.__class__ is str
                and enhanced.isprintable()
                and attr_special(enhanced) is None
                else "true"
                if enhanced is True
                else "false"
                if enhanced is False
                else attr_text(_spec, "enhanced", enhanced)
            )
            _head = f'{_head} enhanced="{_v}"'
        if finish_on_key is not None:
            _v = (
                finish_on_key
                if finish_on_key.__class__ is str
                and finish_on_key.isprintable()
                and attr_special(finish_on_key) is None
                else "true"
                if finish_on_key is True
                else "false"
                if finish_on_key is False
                else attr_text(_spec, "finishOnKey", finish_on_key)
            )
            _head = f'{_head} finishOnKey="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if input is not None:
            _v = attr_text(_spec, "input", input)
            _head = f'{_head} input="{_v}"'
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if max_speech_time is not None:
            _v = (
                str(max_speech_time)
                if max_speech_time.__class__ is int and max_speech_time >= 0
                else attr_text(_spec, "maxSpeechTime", max_speech_time)
            )
            _head = f'{_head} maxSpeechTime="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if num_digits is not None:
            _v = (
                str(num_digits)
                if num_digits.__class__ is int and num_digits >= 0
                else attr_text(_spec, "numDigits", num_digits)
            )
            _head = f'{_head} numDigits="{_v}"'
        if partial_result_callback is not None:
            _v = (
                partial_result_callback
                if partial_result_callback.__class__ is str
                and partial_result_callback.isprintable()
                and attr_special(partial_result_callback) is None
                else "true"
                if partial_result_callback is True
                else "false"
                if partial_result_callback is False
                else attr_text(_spec, "partialResultCallback", partial_result_callback)
            )
            _head = f'{_head} partialResultCallback="{_v}"'
        if partial_result_callback_method is not None:
            _v = (
                partial_result_callback_method
                if partial_result_callback_method == "POST"
                or partial_result_callback_method == "GET"
                else attr_text(_spec, "partialResultCallbackMethod", partial_result_callback_method)
            )
            _head = f'{_head} partialResultCallbackMethod="{_v}"'
        if profanity_filter is not None:
            _v = (
                profanity_filter
                if profanity_filter.__class__ is str
                and profanity_filter.isprintable()
                and attr_special(profanity_filter) is None
                else "true"
                if profanity_filter is True
                else "false"
                if profanity_filter is False
                else attr_text(_spec, "profanityFilter", profanity_filter)
            )
            _head = f'{_head} profanityFilter="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if speech_timeout is not None:
            _v = (
                speech_timeout
                if speech_timeout.__class__ is str
                and speech_timeout.isprintable()
                and attr_special(speech_timeout) is None
                else "true"
                if speech_timeout is True
                else "false"
                if speech_timeout is False
                else attr_text(_spec, "speechTimeout", speech_timeout)
            )
            _head = f'{_head} speechTimeout="{_v}"'
        if timeout is not None:
            _v = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else attr_text(_spec, "timeout", timeout)
            )
            _head = f'{_head} timeout="{_v}"'
        _node = Gather(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def hangup(self, /, *, extra=None, **_unknown):
        """End the call."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("hangup")
        if _spec is not _VOICE_Hangup or _unknown or extra:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Hangup, "hangup", None, _given)
        _kids = []
        _head = "<Hangup"
        _node = Hangup(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def header(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom SIP header."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("header")
        if _spec is not _VOICE_Header or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Header, "header", None, _given)
        _kids = []
        _head = "<Header"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Header(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def headers(self, /, *, extra=None, **_unknown):
        """Custom SIP headers for <Sip>."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("headers")
        if _spec is not _VOICE_Headers or _unknown or extra:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Headers, "headers", None, _given)
        _kids = []
        _head = "<Headers"
        _node = Headers(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def identity(self, text, /, *, extra=None, **_unknown):
        """The client identity to dial."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("identity")
        if (
            _spec is not _VOICE_Identity
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Identity, "identity", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Identity"
        _node = Identity(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("lang")
        if (
            _spec is not _VOICE_lang
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<lang"
        if xml_lang is not None:
            _v = (
                xml_lang
                if xml_lang.__class__ is str
                and xml_lang.isprintable()
                and attr_special(xml_lang) is None
                else "true"
                if xml_lang is True
                else "false"
                if xml_lang is False
                else attr_text(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
            _head = f'{_head} xml:lang="{_v}"'
        _node = SsmlLang(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def language(
        self,
        /,
        *,
        asr_smart_format=None,
        code=None,
        hints=None,
        speech_model=None,
        transcription_provider=None,
        tts_language_text_normalization=None,
        tts_provider=None,
        tts_text_normalization=None,
        voice=None,
        extra=None,
        **_unknown,
    ):
        """Per-language settings for ConversationRelay."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("language")
        if _spec is not _VOICE_Language or _unknown or extra:
            _given = {
                "asr_smart_format": asr_smart_format,
                "code": code,
                "hints": hints,
                "speech_model": speech_model,
                "transcription_provider": transcription_provider,
                "tts_language_text_normalization": tts_language_text_normalization,
                "tts_provider": tts_provider,
                "tts_text_normalization": tts_text_normalization,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Language, "language", None, _given)
        _kids = []
        _head = "<Language"
        if asr_smart_format is not None:
            _v = (
                asr_smart_format
                if asr_smart_format.__class__ is str
                and asr_smart_format.isprintable()
                and attr_special(asr_smart_format) is None
                else "true"
                if asr_smart_format is True
                else "false"
                if asr_smart_format is False
                else attr_text(_spec, "asrSmartFormat", asr_smart_format)
            )
            _head = f'{_head} asrSmartFormat="{_v}"'
        if code is not None:
            _v = (
                code
                if code.__class__ is str and code.isprintable() and attr_special(code) is None
                else "true"
                if code is True
                else "false"
                if code is False
                else attr_text(_spec, "code", code)
            )
            _head = f'{_head} code="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if transcription_provider is not None:
            _v = (
                transcription_provider
                if transcription_provider.__class__ is str
                and transcription_provider.isprintable()
                and attr_special(transcription_provider) is None
                else "true"
                if transcription_provider is True
                else "false"
                if transcription_provider is False
                else attr_text(_spec, "transcriptionProvider", transcription_provider)
            )
            _head = f'{_head} transcriptionProvider="{_v}"'
        if tts_language_text_normalization is not None:
            _v = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                and attr_special(tts_language_text_normalization) is None
                else "true"
                if tts_language_text_normalization is True
                else "false"
                if tts_language_text_normalization is False
                else attr_text(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
            _head = f'{_head} ttsLanguageTextNormalization="{_v}"'
        if tts_provider is not None:
            _v = (
                tts_provider
                if tts_provider.__class__ is str
                and tts_provider.isprintable()
                and attr_special(tts_provider) is None
                else "true"
                if tts_provider is True
                else "false"
                if tts_provider is False
                else attr_text(_spec, "ttsProvider", tts_provider)
            )
            _head = f'{_head} ttsProvider="{_v}"'
        if tts_text_normalization is not None:
            _v = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str
                and tts_text_normalization.isprintable()
                and attr_special(tts_text_normalization) is None
                else "true"
                if tts_text_normalization is True
                else "false"
                if tts_text_normalization is False
                else attr_text(_spec, "ttsTextNormalization", tts_text_normalization)
            )
            _head = f'{_head} ttsTextNormalization="{_v}"'
        if voice is not None:
            _v = (
                voice
                if voice.__class__ is str and voice.isprintable() and attr_special(voice) is None
                else "true"
                if voice is True
                else "false"
                if voice is False
                else attr_text(_spec, "voice", voice)
            )
            _head = f'{_head} voice="{_v}"'
        _node = Language(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def leave(self, /, *, extra=None, **_unknown):
        """Take the caller out of the queue."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("leave")
        if _spec is not _VOICE_Leave or _unknown or extra:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Leave, "leave", None, _given)
        _kids = []
        _head = "<Leave"
        _node = Leave(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def number(
        self,
        text,
        /,
        *,
        amd_status_callback=None,
        amd_status_callback_method=None,
        byoc=None,
        machine_detection=None,
        machine_detection_silence_timeout=None,
        machine_detection_speech_end_threshold=None,
        machine_detection_speech_threshold=None,
        machine_detection_timeout=None,
        method=None,
        send_digits=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a phone number."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("number")
        if (
            _spec is not _VOICE_Number
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "amd_status_callback": amd_status_callback,
                "amd_status_callback_method": amd_status_callback_method,
                "byoc": byoc,
                "machine_detection": machine_detection,
                "machine_detection_silence_timeout": machine_detection_silence_timeout,
                "machine_detection_speech_end_threshold": machine_detection_speech_end_threshold,
                "machine_detection_speech_threshold": machine_detection_speech_threshold,
                "machine_detection_timeout": machine_detection_timeout,
                "method": method,
                "send_digits": send_digits,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Number, "number", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Number"
        if amd_status_callback is not None:
            _v = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                and amd_status_callback.isprintable()
                and attr_special(amd_status_callback) is None
                else "true"
                if amd_status_callback is True
                else "false"
                if amd_status_callback is False
                else attr_text(_spec, "amdStatusCallback", amd_status_callback)
            )
            _head = f'{_head} amdStatusCallback="{_v}"'
        if amd_status_callback_method is not None:
            _v = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else attr_text(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
            _head = f'{_head} amdStatusCallbackMethod="{_v}"'
        if byoc is not None:
            _v = (
                byoc
                if byoc.__class__ is str and byoc.isprintable() and attr_special(byoc) is None
                else "true"
                if byoc is True
                else "false"
                if byoc is False
                else attr_text(_spec, "byoc", byoc)
            )
            _head = f'{_head} byoc="{_v}"'
        if machine_detection is not None:
            _v = (
                machine_detection
                if machine_detection.__class__ is str
                and machine_detection.isprintable()
                and attr_special(machine_detection) is None
                else "true"
                if machine_detection is True
                else "false"
                if machine_detection is False
                else attr_text(_spec, "machineDetection", machine_detection)
            )
            _head = f'{_head} machineDetection="{_v}"'
        if machine_detection_silence_timeout is not None:
            _v = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else attr_text(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
            _head = f'{_head} machineDetectionSilenceTimeout="{_v}"'
        if machine_detection_speech_end_threshold is not None:
            _v = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else attr_text(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
            _head = f'{_head} machineDetectionSpeechEndThreshold="{_v}"'
        if machine_detection_speech_threshold is not None:
            _v = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else attr_text(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
            _head = f'{_head} machineDetectionSpeechThreshold="{_v}"'
        if machine_detection_timeout is not None:
            _v = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else attr_text(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
            _head = f'{_head} machineDetectionTimeout="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if send_digits is not None:
            _v = (
                send_digits
                if send_digits.__class__ is str
                and send_digits.isprintable()
                and attr_special(send_digits) is None
                else "true"
                if send_digits is True
                else "false"
                if send_digits is False
                else attr_text(_spec, "sendDigits", send_digits)
            )
            _head = f'{_head} sendDigits="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Number(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("p")
        if (
            _spec is not _VOICE_p
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<p"
        _node = SsmlP(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown or extra:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _kids = []
        _head = "<Parameter"
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if value is not None:
            _v = (
                value
                if value.__class__ is str and value.isprintable() and attr_special(value) is None
                else "true"
                if value is True
                else "false"
                if value is False
                else attr_text(_spec, "value", value)
            )
            _head = f'{_head} value="{_v}"'
        _node = Parameter(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def pause(self, /, *, length=None, extra=None, **_unknown):
        """Wait silently for `length` seconds."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("pause")
        if _spec is not _VOICE_Pause or _unknown or extra:
            _given = {"length": length, **_unknown, "extra": extra}
            return _cur._add(Pause, "pause", None, _given)
        _kids = []
        _head = "<Pause"
        if length is not None:
            _v = (
                str(length)
                if length.__class__ is int and length >= 0
                else attr_text(_spec, "length", length)
            )
            _head = f'{_head} length="{_v}"'
        _node = Pause(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def pay(
        self,
        /,
        *,
        action=None,
        bank_account_type=None,
        charge_amount=None,
        currency=None,
        description=None,
        input=None,
        language=None,
        max_attempts=None,
        min_postal_code_length=None,
        payment_connector=None,
        payment_method=None,
        postal_code=None,
        security_code=None,
        status_callback=None,
        status_callback_method=None,
        timeout=None,
        token_type=None,
        valid_card_types=None,
        extra=None,
        **_unknown,
    ):
        """Collect a payment."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("pay")
        if _spec is not _VOICE_Pay or _unknown or extra:
            _given = {
                "action": action,
                "bank_account_type": bank_account_type,
                "charge_amount": charge_amount,
                "currency": currency,
                "description": description,
                "input": input,
                "language": language,
                "max_attempts": max_attempts,
                "min_postal_code_length": min_postal_code_length,
                "payment_connector": payment_connector,
                "payment_method": payment_method,
                "postal_code": postal_code,
                "security_code": security_code,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "timeout": timeout,
                "token_type": token_type,
                "valid_card_types": valid_card_types,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Pay, "pay", None, _given)
        _kids = []
        _head = "<Pay"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if bank_account_type is not None:
            _v = (
                bank_account_type
                if bank_account_type.__class__ is str
                and bank_account_type.isprintable()
                and attr_special(bank_account_type) is None
                else "true"
                if bank_account_type is True
                else "false"
                if bank_account_type is False
                else attr_text(_spec, "bankAccountType", bank_account_type)
            )
            _head = f'{_head} bankAccountType="{_v}"'
        if charge_amount is not None:
            _v = (
                charge_amount
                if charge_amount.__class__ is str
                and charge_amount.isprintable()
                and attr_special(charge_amount) is None
                else "true"
                if charge_amount is True
                else "false"
                if charge_amount is False
                else attr_text(_spec, "chargeAmount", charge_amount)
            )
            _head = f'{_head} chargeAmount="{_v}"'
        if currency is not None:
            _v = (
                currency
                if currency.__class__ is str
                and currency.isprintable()
                and attr_special(currency) is None
                else "true"
                if currency is True
                else "false"
                if currency is False
                else attr_text(_spec, "currency", currency)
            )
            _head = f'{_head} currency="{_v}"'
        if description is not None:
            _v = (
                description
                if description.__class__ is str
                and description.isprintable()
                and attr_special(description) is None
                else "true"
                if description is True
                else "false"
                if description is False
                else attr_text(_spec, "description", description)
            )
            _head = f'{_head} description="{_v}"'
        if input is not None:
            _v = attr_text(_spec, "input", input)
            _head = f'{_head} input="{_v}"'
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if max_attempts is not None:
            _v = (
                str(max_attempts)
                if max_attempts.__class__ is int and max_attempts >= 0
                else attr_text(_spec, "maxAttempts", max_attempts)
            )
            _head = f'{_head} maxAttempts="{_v}"'
        if min_postal_code_length is not None:
            _v = (
                str(min_postal_code_length)
                if min_postal_code_length.__class__ is int and min_postal_code_length >= 0
                else attr_text(_spec, "minPostalCodeLength", min_postal_code_length)
            )
            _head = f'{_head} minPostalCodeLength="{_v}"'
        if payment_connector is not None:
            _v = (
                payment_connector
                if payment_connector.__class__ is str
                and payment_connector.isprintable()
                and attr_special(payment_connector) is None
                else "true"
                if payment_connector is True
                else "false"
                if payment_connector is False
                else attr_text(_spec, "paymentConnector", payment_connector)
            )
            _head = f'{_head} paymentConnector="{_v}"'
        if payment_method is not None:
            _v = (
                payment_method
                if payment_method.__class__ is str
                and payment_method.isprintable()
                and attr_special(payment_method) is None
                else "true"
                if payment_method is True
                else "false"
                if payment_method is False
                else attr_text(_spec, "paymentMethod", payment_method)
            )
            _head = f'{_head} paymentMethod="{_v}"'
        if postal_code is not None:
            _v = (
                postal_code
                if postal_code.__class__ is str
                and postal_code.isprintable()
                and attr_special(postal_code) is None
                else "true"
                if postal_code is True
                else "false"
                if postal_code is False
                else attr_text(_spec, "postalCode", postal_code)
            )
            _head = f'{_head} postalCode="{_v}"'
        if security_code is not None:
            _v = (
                security_code
                if security_code.__class__ is str
                and security_code.isprintable()
                and attr_special(security_code) is None
                else "true"
                if security_code is True
                else "false"
                if security_code is False
                else attr_text(_spec, "securityCode", security_code)
            )
            _head = f'{_head} securityCode="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if timeout is not None:
            _v = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else attr_text(_spec, "timeout", timeout)
            )
            _head = f'{_head} timeout="{_v}"'
        if token_type is not None:
            _v = (
                token_type
                if token_type.__class__ is str
                and token_type.isprintable()
                and attr_special(token_type) is None
                else "true"
                if token_type is True
                else "false"
                if token_type is False
                else attr_text(_spec, "tokenType", token_type)
            )
            _head = f'{_head} tokenType="{_v}"'
        if valid_card_types is not None:
            _v = attr_text(_spec, "validCardTypes", valid_card_types)
            _head = f'{_head} validCardTypes="{_v}"'
        _node = Pay(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("phoneme")
        if (
            _spec is not _VOICE_phoneme
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<phoneme"
        if alphabet is not None:
            _v = (
                alphabet
                if alphabet.__class__ is str
                and alphabet.isprintable()
                and attr_special(alphabet) is None
                else "true"
                if alphabet is True
                else "false"
                if alphabet is False
                else attr_text(_spec, "alphabet", alphabet)
            )
            _head = f'{_head} alphabet="{_v}"'
        if ph is not None:
            _v = (
                ph
                if ph.__class__ is str and ph.isprintable() and attr_special(ph) is None
                else "true"
                if ph is True
                else "false"
                if ph is False
                else attr_text(_spec, "ph", ph)
            )
            _head = f'{_head} ph="{_v}"'
        _node = SsmlPhoneme(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def play(self, text=None, /, *, digits=None, loop=None, extra=None, **_unknown):
        """Play an audio file (text is its URL) or send `digits`."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("play")
        if (
            _spec is not _VOICE_Play
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"digits": digits, "loop": loop, **_unknown, "extra": extra}
            return _cur._add(Play, "play", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Play"
        if digits is not None:
            _v = (
                digits
                if digits.__class__ is str and digits.isprintable() and attr_special(digits) is None
                else "true"
                if digits is True
                else "false"
                if digits is False
                else attr_text(_spec, "digits", digits)
            )
            _head = f'{_head} digits="{_v}"'
        if loop is not None:
            _v = (
                str(loop) if loop.__class__ is int and loop >= 0 else attr_text(_spec, "loop", loop)
            )
            _head = f'{_head} loop="{_v}"'
        _node = Play(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prompt(
        self,
        /,
        *,
        attempt=None,
        card_type=None,
        error_type=None,
        for_=None,
        require_matching_inputs=None,
        extra=None,
        **_unknown,
    ):
        """Customise a <Pay> prompt."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("prompt")
        if _spec is not _VOICE_Prompt or _unknown or extra:
            _given = {
                "attempt": attempt,
                "card_type": card_type,
                "error_type": error_type,
                "for_": for_,
                "require_matching_inputs": require_matching_inputs,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Prompt, "prompt", None, _given)
        _kids = []
        _head = "<Prompt"
        if attempt is not None:
            _v = attr_text(_spec, "attempt", attempt)
            _head = f'{_head} attempt="{_v}"'
        if card_type is not None:
            _v = attr_text(_spec, "cardType", card_type)
            _head = f'{_head} cardType="{_v}"'
        if error_type is not None:
            _v = attr_text(_spec, "errorType", error_type)
            _head = f'{_head} errorType="{_v}"'
        if for_ is not None:
            _v = (
                for_
                if for_.__class__ is str and for_.isprintable() and attr_special(for_) is None
                else "true"
                if for_ is True
                else "false"
                if for_ is False
                else attr_text(_spec, "for", for_)
            )
            _head = f'{_head} for="{_v}"'
        if require_matching_inputs is not None:
            _v = (
                require_matching_inputs
                if require_matching_inputs.__class__ is str
                and require_matching_inputs.isprintable()
                and attr_special(require_matching_inputs) is None
                else "true"
                if require_matching_inputs is True
                else "false"
                if require_matching_inputs is False
                else attr_text(_spec, "requireMatchingInputs", require_matching_inputs)
            )
            _head = f'{_head} requireMatchingInputs="{_v}"'
        _node = Prompt(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("prosody")
        if (
            _spec is not _VOICE_prosody
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<prosody"
        if pitch is not None:
            _v = (
                pitch
                if pitch.__class__ is str and pitch.isprintable() and attr_special(pitch) is None
                else "true"
                if pitch is True
                else "false"
                if pitch is False
                else attr_text(_spec, "pitch", pitch)
            )
            _head = f'{_head} pitch="{_v}"'
        if rate is not None:
            _v = (
                rate
                if rate.__class__ is str and rate.isprintable() and attr_special(rate) is None
                else "true"
                if rate is True
                else "false"
                if rate is False
                else attr_text(_spec, "rate", rate)
            )
            _head = f'{_head} rate="{_v}"'
        if volume is not None:
            _v = (
                volume
                if volume.__class__ is str and volume.isprintable() and attr_special(volume) is None
                else "true"
                if volume is True
                else "false"
                if volume is False
                else attr_text(_spec, "volume", volume)
            )
            _head = f'{_head} volume="{_v}"'
        _node = SsmlProsody(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def queue(
        self,
        text,
        /,
        *,
        method=None,
        post_work_activity_sid=None,
        reservation_sid=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial the caller at the front of a queue."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("queue")
        if (
            _spec is not _VOICE_Queue
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "method": method,
                "post_work_activity_sid": post_work_activity_sid,
                "reservation_sid": reservation_sid,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Queue, "queue", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Queue"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if post_work_activity_sid is not None:
            _v = (
                post_work_activity_sid
                if post_work_activity_sid.__class__ is str
                and post_work_activity_sid.isprintable()
                and attr_special(post_work_activity_sid) is None
                else "true"
                if post_work_activity_sid is True
                else "false"
                if post_work_activity_sid is False
                else attr_text(_spec, "postWorkActivitySid", post_work_activity_sid)
            )
            _head = f'{_head} postWorkActivitySid="{_v}"'
        if reservation_sid is not None:
            _v = (
                reservation_sid
                if reservation_sid.__class__ is str
                and reservation_sid.isprintable()
                and attr_special(reservation_sid) is None
                else "true"
                if reservation_sid is True
                else "false"
                if reservation_sid is False
                else attr_text(_spec, "reservationSid", reservation_sid)
            )
            _head = f'{_head} reservationSid="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Queue(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def record(
        self,
        /,
        *,
        action=None,
        finish_on_key=None,
        max_length=None,
        method=None,
        play_beep=None,
        recording_configuration_id=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        timeout=None,
        transcribe=None,
        transcribe_callback=None,
        trim=None,
        extra=None,
        **_unknown,
    ):
        """Record the caller."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("record")
        if _spec is not _VOICE_Record or _unknown or extra:
            _given = {
                "action": action,
                "finish_on_key": finish_on_key,
                "max_length": max_length,
                "method": method,
                "play_beep": play_beep,
                "recording_configuration_id": recording_configuration_id,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "timeout": timeout,
                "transcribe": transcribe,
                "transcribe_callback": transcribe_callback,
                "trim": trim,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Record, "record", None, _given)
        _kids = []
        _head = "<Record"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if finish_on_key is not None:
            _v = (
                finish_on_key
                if finish_on_key.__class__ is str
                and finish_on_key.isprintable()
                and attr_special(finish_on_key) is None
                else "true"
                if finish_on_key is True
                else "false"
                if finish_on_key is False
                else attr_text(_spec, "finishOnKey", finish_on_key)
            )
            _head = f'{_head} finishOnKey="{_v}"'
        if max_length is not None:
            _v = (
                str(max_length)
                if max_length.__class__ is int and max_length >= 0
                else attr_text(_spec, "maxLength", max_length)
            )
            _head = f'{_head} maxLength="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if play_beep is not None:
            _v = (
                play_beep
                if play_beep.__class__ is str
                and play_beep.isprintable()
                and attr_special(play_beep) is None
                else "true"
                if play_beep is True
                else "false"
                if play_beep is False
                else attr_text(_spec, "playBeep", play_beep)
            )
            _head = f'{_head} playBeep="{_v}"'
        if recording_configuration_id is not None:
            _v = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                and attr_special(recording_configuration_id) is None
                else "true"
                if recording_configuration_id is True
                else "false"
                if recording_configuration_id is False
                else attr_text(_spec, "recordingConfigurationId", recording_configuration_id)
            )
            _head = f'{_head} recordingConfigurationId="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if timeout is not None:
            _v = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else attr_text(_spec, "timeout", timeout)
            )
            _head = f'{_head} timeout="{_v}"'
        if transcribe is not None:
            _v = (
                transcribe
                if transcribe.__class__ is str
                and transcribe.isprintable()
                and attr_special(transcribe) is None
                else "true"
                if transcribe is True
                else "false"
                if transcribe is False
                else attr_text(_spec, "transcribe", transcribe)
            )
            _head = f'{_head} transcribe="{_v}"'
        if transcribe_callback is not None:
            _v = (
                transcribe_callback
                if transcribe_callback.__class__ is str
                and transcribe_callback.isprintable()
                and attr_special(transcribe_callback) is None
                else "true"
                if transcribe_callback is True
                else "false"
                if transcribe_callback is False
                else attr_text(_spec, "transcribeCallback", transcribe_callback)
            )
            _head = f'{_head} transcribeCallback="{_v}"'
        if trim is not None:
            _v = attr_text(_spec, "trim", trim)
            _head = f'{_head} trim="{_v}"'
        _node = Record(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def recording(
        self,
        /,
        *,
        channels=None,
        recording_configuration_id=None,
        recording_status_callback=None,
        recording_status_callback_event=None,
        recording_status_callback_method=None,
        track=None,
        trim=None,
        extra=None,
        **_unknown,
    ):
        """Start a recording of the call."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("recording")
        if _spec is not _VOICE_Recording or _unknown or extra:
            _given = {
                "channels": channels,
                "recording_configuration_id": recording_configuration_id,
                "recording_status_callback": recording_status_callback,
                "recording_status_callback_event": recording_status_callback_event,
                "recording_status_callback_method": recording_status_callback_method,
                "track": track,
                "trim": trim,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Recording, "recording", None, _given)
        _kids = []
        _head = "<Recording"
        if channels is not None:
            _v = (
                channels
                if channels.__class__ is str
                and channels.isprintable()
                and attr_special(channels) is None
                else "true"
                if channels is True
                else "false"
                if channels is False
                else attr_text(_spec, "channels", channels)
            )
            _head = f'{_head} channels="{_v}"'
        if recording_configuration_id is not None:
            _v = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                and attr_special(recording_configuration_id) is None
                else "true"
                if recording_configuration_id is True
                else "false"
                if recording_configuration_id is False
                else attr_text(_spec, "recordingConfigurationId", recording_configuration_id)
            )
            _head = f'{_head} recordingConfigurationId="{_v}"'
        if recording_status_callback is not None:
            _v = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                and attr_special(recording_status_callback) is None
                else "true"
                if recording_status_callback is True
                else "false"
                if recording_status_callback is False
                else attr_text(_spec, "recordingStatusCallback", recording_status_callback)
            )
            _head = f'{_head} recordingStatusCallback="{_v}"'
        if recording_status_callback_event is not None:
            _v = attr_text(_spec, "recordingStatusCallbackEvent", recording_status_callback_event)
            _head = f'{_head} recordingStatusCallbackEvent="{_v}"'
        if recording_status_callback_method is not None:
            _v = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else attr_text(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
            _head = f'{_head} recordingStatusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if trim is not None:
            _v = attr_text(_spec, "trim", trim)
            _head = f'{_head} trim="{_v}"'
        _node = Recording(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def redirect(self, text, /, *, method=None, extra=None, **_unknown):
        """Fetch TwiML from another URL; text is the URL."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("redirect")
        if (
            _spec is not _VOICE_Redirect
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"method": method, **_unknown, "extra": extra}
            return _cur._add(Redirect, "redirect", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Redirect"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        _node = Redirect(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def refer(self, /, *, action=None, method=None, extra=None, **_unknown):
        """Transfer a SIP call with a SIP REFER."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("refer")
        if _spec is not _VOICE_Refer or _unknown or extra:
            _given = {"action": action, "method": method, **_unknown, "extra": extra}
            return _cur._add(Refer, "refer", None, _given)
        _kids = []
        _head = "<Refer"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        _node = Refer(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def reject(self, /, *, reason=None, extra=None, **_unknown):
        """Refuse the call without answering it."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("reject")
        if _spec is not _VOICE_Reject or _unknown or extra:
            _given = {"reason": reason, **_unknown, "extra": extra}
            return _cur._add(Reject, "reject", None, _given)
        _kids = []
        _head = "<Reject"
        if reason is not None:
            _v = (
                reason
                if reason.__class__ is str and reason.isprintable() and attr_special(reason) is None
                else "true"
                if reason is True
                else "false"
                if reason is False
                else attr_text(_spec, "reason", reason)
            )
            _head = f'{_head} reason="{_v}"'
        _node = Reject(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def room(self, text, /, *, participant_identity=None, extra=None, **_unknown):
        """Connect the call to a Video room."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("room")
        if (
            _spec is not _VOICE_Room
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"participant_identity": participant_identity, **_unknown, "extra": extra}
            return _cur._add(Room, "room", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Room"
        if participant_identity is not None:
            _v = (
                participant_identity
                if participant_identity.__class__ is str
                and participant_identity.isprintable()
                and attr_special(participant_identity) is None
                else "true"
                if participant_identity is True
                else "false"
                if participant_identity is False
                else attr_text(_spec, "participantIdentity", participant_identity)
            )
            _head = f'{_head} participantIdentity="{_v}"'
        _node = Room(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("s")
        if (
            _spec is not _VOICE_s
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<s"
        _node = SsmlS(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say(self, text=None, /, *, language=None, loop=None, voice=None, extra=None, **_unknown):
        """Speak text; `with` it to mix in SSML."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("say")
        if (
            _spec is not _VOICE_Say
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {
                "language": language,
                "loop": loop,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Say, "say", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Say"
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if loop is not None:
            _v = (
                str(loop) if loop.__class__ is int and loop >= 0 else attr_text(_spec, "loop", loop)
            )
            _head = f'{_head} loop="{_v}"'
        if voice is not None:
            _v = (
                voice
                if voice.__class__ is str and voice.isprintable() and attr_special(voice) is None
                else "true"
                if voice is True
                else "false"
                if voice is False
                else attr_text(_spec, "voice", voice)
            )
            _head = f'{_head} voice="{_v}"'
        _node = Say(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("say_as")
        if (
            _spec is not _VOICE_say_as
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<say-as"
        if format is not None:
            _v = (
                format
                if format.__class__ is str and format.isprintable() and attr_special(format) is None
                else "true"
                if format is True
                else "false"
                if format is False
                else attr_text(_spec, "format", format)
            )
            _head = f'{_head} format="{_v}"'
        if interpret_as is not None:
            _v = (
                interpret_as
                if interpret_as.__class__ is str
                and interpret_as.isprintable()
                and attr_special(interpret_as) is None
                else "true"
                if interpret_as is True
                else "false"
                if interpret_as is False
                else attr_text(_spec, "interpret-as", interpret_as)
            )
            _head = f'{_head} interpret-as="{_v}"'
        _node = SsmlSayAs(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sim(self, text, /, *, extra=None, **_unknown):
        """Dial a Programmable Wireless SIM."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("sim")
        if (
            _spec is not _VOICE_Sim
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Sim, "sim", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Sim"
        _node = Sim(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sip(
        self,
        text=None,
        /,
        *,
        amd_status_callback=None,
        amd_status_callback_method=None,
        machine_detection=None,
        machine_detection_silence_timeout=None,
        machine_detection_speech_end_threshold=None,
        machine_detection_speech_threshold=None,
        machine_detection_timeout=None,
        method=None,
        password=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        username=None,
        extra=None,
        **_unknown,
    ):
        """Dial or refer to a SIP URI."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("sip")
        if (
            _spec is not _VOICE_Sip
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "amd_status_callback": amd_status_callback,
                "amd_status_callback_method": amd_status_callback_method,
                "machine_detection": machine_detection,
                "machine_detection_silence_timeout": machine_detection_silence_timeout,
                "machine_detection_speech_end_threshold": machine_detection_speech_end_threshold,
                "machine_detection_speech_threshold": machine_detection_speech_threshold,
                "machine_detection_timeout": machine_detection_timeout,
                "method": method,
                "password": password,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                "username": username,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Sip, "sip", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Sip"
        if amd_status_callback is not None:
            _v = (
                amd_status_callback
                if amd_status_callback.__class__ is str
                and amd_status_callback.isprintable()
                and attr_special(amd_status_callback) is None
                else "true"
                if amd_status_callback is True
                else "false"
                if amd_status_callback is False
                else attr_text(_spec, "amdStatusCallback", amd_status_callback)
            )
            _head = f'{_head} amdStatusCallback="{_v}"'
        if amd_status_callback_method is not None:
            _v = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else attr_text(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
            _head = f'{_head} amdStatusCallbackMethod="{_v}"'
        if machine_detection is not None:
            _v = (
                machine_detection
                if machine_detection.__class__ is str
                and machine_detection.isprintable()
                and attr_special(machine_detection) is None
                else "true"
                if machine_detection is True
                else "false"
                if machine_detection is False
                else attr_text(_spec, "machineDetection", machine_detection)
            )
            _head = f'{_head} machineDetection="{_v}"'
        if machine_detection_silence_timeout is not None:
            _v = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else attr_text(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
            _head = f'{_head} machineDetectionSilenceTimeout="{_v}"'
        if machine_detection_speech_end_threshold is not None:
            _v = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else attr_text(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
            _head = f'{_head} machineDetectionSpeechEndThreshold="{_v}"'
        if machine_detection_speech_threshold is not None:
            _v = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else attr_text(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
            _head = f'{_head} machineDetectionSpeechThreshold="{_v}"'
        if machine_detection_timeout is not None:
            _v = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else attr_text(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
            _head = f'{_head} machineDetectionTimeout="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if password is not None:
            _v = (
                password
                if password.__class__ is str
                and password.isprintable()
                and attr_special(password) is None
                else "true"
                if password is True
                else "false"
                if password is False
                else attr_text(_spec, "password", password)
            )
            _head = f'{_head} password="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        if username is not None:
            _v = (
                username
                if username.__class__ is str
                and username.isprintable()
                and attr_special(username) is None
                else "true"
                if username is True
                else "false"
                if username is False
                else attr_text(_spec, "username", username)
            )
            _head = f'{_head} username="{_v}"'
        _node = Sip(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def siprec(
        self,
        /,
        *,
        connector_name=None,
        name=None,
        status_callback=None,
        status_callback_method=None,
        track=None,
        extra=None,
        **_unknown,
    ):
        """Fork the call's media to a SIPREC recorder."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("siprec")
        if _spec is not _VOICE_Siprec or _unknown or extra:
            _given = {
                "connector_name": connector_name,
                "name": name,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "track": track,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Siprec, "siprec", None, _given)
        _kids = []
        _head = "<Siprec"
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        _node = Siprec(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sms(
        self,
        text,
        /,
        *,
        action=None,
        from_=None,
        method=None,
        status_callback=None,
        to=None,
        extra=None,
        **_unknown,
    ):
        """Send an SMS during a call (legacy; prefer the Messages API)."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("sms")
        if (
            _spec is not _VOICE_Sms
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "action": action,
                "from_": from_,
                "method": method,
                "status_callback": status_callback,
                "to": to,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Sms, "sms", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Sms"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if from_ is not None:
            _v = (
                from_
                if from_.__class__ is str and from_.isprintable() and attr_special(from_) is None
                else "true"
                if from_ is True
                else "false"
                if from_ is False
                else attr_text(_spec, "from", from_)
            )
            _head = f'{_head} from="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if to is not None:
            _v = (
                to
                if to.__class__ is str and to.isprintable() and attr_special(to) is None
                else "true"
                if to is True
                else "false"
                if to is False
                else attr_text(_spec, "to", to)
            )
            _head = f'{_head} to="{_v}"'
        _node = Sms(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def start(self, /, *, action=None, method=None, extra=None, **_unknown):
        """Start a stream, SIPREC session, transcription or recording."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("start")
        if _spec is not _VOICE_Start or _unknown or extra:
            _given = {"action": action, "method": method, **_unknown, "extra": extra}
            return _cur._add(Start, "start", None, _given)
        _kids = []
        _head = "<Start"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        _node = Start(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def stop(self, /, *, extra=None, **_unknown):
        """Stop a stream, SIPREC session or transcription."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("stop")
        if _spec is not _VOICE_Stop or _unknown or extra:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Stop, "stop", None, _given)
        _kids = []
        _head = "<Stop"
        _node = Stop(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def stream(
        self,
        /,
        *,
        audio_format=None,
        connector_name=None,
        name=None,
        sample_rate=None,
        status_callback=None,
        status_callback_method=None,
        track=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Stream the call's audio to a WebSocket."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("stream")
        if _spec is not _VOICE_Stream or _unknown or extra:
            _given = {
                "audio_format": audio_format,
                "connector_name": connector_name,
                "name": name,
                "sample_rate": sample_rate,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                "track": track,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Stream, "stream", None, _given)
        _kids = []
        _head = "<Stream"
        if audio_format is not None:
            _v = (
                audio_format
                if audio_format.__class__ is str
                and audio_format.isprintable()
                and attr_special(audio_format) is None
                else "true"
                if audio_format is True
                else "false"
                if audio_format is False
                else attr_text(_spec, "audioFormat", audio_format)
            )
            _head = f'{_head} audioFormat="{_v}"'
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if sample_rate is not None:
            _v = (
                sample_rate
                if sample_rate.__class__ is str
                and sample_rate.isprintable()
                and attr_special(sample_rate) is None
                else "true"
                if sample_rate is True
                else "false"
                if sample_rate is False
                else attr_text(_spec, "sampleRate", sample_rate)
            )
            _head = f'{_head} sampleRate="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = Stream(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("sub")
        if (
            _spec is not _VOICE_sub
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<sub"
        if alias is not None:
            _v = (
                alias
                if alias.__class__ is str and alias.isprintable() and attr_special(alias) is None
                else "true"
                if alias is True
                else "false"
                if alias is False
                else attr_text(_spec, "alias", alias)
            )
            _head = f'{_head} alias="{_v}"'
        _node = SsmlSub(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def task(self, text, /, *, priority=None, timeout=None, extra=None, **_unknown):
        """TaskRouter task attributes (JSON) for <Enqueue>."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("task")
        if (
            _spec is not _VOICE_Task
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"priority": priority, "timeout": timeout, **_unknown, "extra": extra}
            return _cur._add(Task, "task", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Task"
        if priority is not None:
            _v = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else attr_text(_spec, "priority", priority)
            )
            _head = f'{_head} priority="{_v}"'
        if timeout is not None:
            _v = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else attr_text(_spec, "timeout", timeout)
            )
            _head = f'{_head} timeout="{_v}"'
        _node = Task(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def transcription(
        self,
        /,
        *,
        enable_automatic_punctuation=None,
        hints=None,
        inbound_track_label=None,
        intelligence_service=None,
        language_code=None,
        name=None,
        outbound_track_label=None,
        partial_results=None,
        profanity_filter=None,
        speech_model=None,
        status_callback_method=None,
        status_callback_url=None,
        track=None,
        transcription_engine=None,
        extra=None,
        **_unknown,
    ):
        """Transcribe the call in real time."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("transcription")
        if _spec is not _VOICE_Transcription or _unknown or extra:
            _given = {
                "enable_automatic_punctuation": enable_automatic_punctuation,
                "hints": hints,
                "inbound_track_label": inbound_track_label,
                "intelligence_service": intelligence_service,
                "language_code": language_code,
                "name": name,
                "outbound_track_label": outbound_track_label,
                "partial_results": partial_results,
                "profanity_filter": profanity_filter,
                "speech_model": speech_model,
                "status_callback_method": status_callback_method,
                "status_callback_url": status_callback_url,
                "track": track,
                "transcription_engine": transcription_engine,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Transcription, "transcription", None, _given)
        _kids = []
        _head = "<Transcription"
        if enable_automatic_punctuation is not None:
            _v = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                and enable_automatic_punctuation.isprintable()
                and attr_special(enable_automatic_punctuation) is None
                else "true"
                if enable_automatic_punctuation is True
                else "false"
                if enable_automatic_punctuation is False
                else attr_text(_spec, "enableAutomaticPunctuation", enable_automatic_punctuation)
            )
            _head = f'{_head} enableAutomaticPunctuation="{_v}"'
        if hints is not None:
            _v = attr_text(_spec, "hints", hints)
            _head = f'{_head} hints="{_v}"'
        if inbound_track_label is not None:
            _v = (
                inbound_track_label
                if inbound_track_label.__class__ is str
                and inbound_track_label.isprintable()
                and attr_special(inbound_track_label) is None
                else "true"
                if inbound_track_label is True
                else "false"
                if inbound_track_label is False
                else attr_text(_spec, "inboundTrackLabel", inbound_track_label)
            )
            _head = f'{_head} inboundTrackLabel="{_v}"'
        if intelligence_service is not None:
            _v = (
                intelligence_service
                if intelligence_service.__class__ is str
                and intelligence_service.isprintable()
                and attr_special(intelligence_service) is None
                else "true"
                if intelligence_service is True
                else "false"
                if intelligence_service is False
                else attr_text(_spec, "intelligenceService", intelligence_service)
            )
            _head = f'{_head} intelligenceService="{_v}"'
        if language_code is not None:
            _v = (
                language_code
                if language_code.__class__ is str
                and language_code.isprintable()
                and attr_special(language_code) is None
                else "true"
                if language_code is True
                else "false"
                if language_code is False
                else attr_text(_spec, "languageCode", language_code)
            )
            _head = f'{_head} languageCode="{_v}"'
        if name is not None:
            _v = (
                name
                if name.__class__ is str and name.isprintable() and attr_special(name) is None
                else "true"
                if name is True
                else "false"
                if name is False
                else attr_text(_spec, "name", name)
            )
            _head = f'{_head} name="{_v}"'
        if outbound_track_label is not None:
            _v = (
                outbound_track_label
                if outbound_track_label.__class__ is str
                and outbound_track_label.isprintable()
                and attr_special(outbound_track_label) is None
                else "true"
                if outbound_track_label is True
                else "false"
                if outbound_track_label is False
                else attr_text(_spec, "outboundTrackLabel", outbound_track_label)
            )
            _head = f'{_head} outboundTrackLabel="{_v}"'
        if partial_results is not None:
            _v = (
                partial_results
                if partial_results.__class__ is str
                and partial_results.isprintable()
                and attr_special(partial_results) is None
                else "true"
                if partial_results is True
                else "false"
                if partial_results is False
                else attr_text(_spec, "partialResults", partial_results)
            )
            _head = f'{_head} partialResults="{_v}"'
        if profanity_filter is not None:
            _v = (
                profanity_filter
                if profanity_filter.__class__ is str
                and profanity_filter.isprintable()
                and attr_special(profanity_filter) is None
                else "true"
                if profanity_filter is True
                else "false"
                if profanity_filter is False
                else attr_text(_spec, "profanityFilter", profanity_filter)
            )
            _head = f'{_head} profanityFilter="{_v}"'
        if speech_model is not None:
            _v = (
                speech_model
                if speech_model.__class__ is str
                and speech_model.isprintable()
                and attr_special(speech_model) is None
                else "true"
                if speech_model is True
                else "false"
                if speech_model is False
                else attr_text(_spec, "speechModel", speech_model)
            )
            _head = f'{_head} speechModel="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if status_callback_url is not None:
            _v = (
                status_callback_url
                if status_callback_url.__class__ is str
                and status_callback_url.isprintable()
                and attr_special(status_callback_url) is None
                else "true"
                if status_callback_url is True
                else "false"
                if status_callback_url is False
                else attr_text(_spec, "statusCallbackUrl", status_callback_url)
            )
            _head = f'{_head} statusCallbackUrl="{_v}"'
        if track is not None:
            _v = (
                track
                if track.__class__ is str and track.isprintable() and attr_special(track) is None
                else "true"
                if track is True
                else "false"
                if track is False
                else attr_text(_spec, "track", track)
            )
            _head = f'{_head} track="{_v}"'
        if transcription_engine is not None:
            _v = (
                transcription_engine
                if transcription_engine.__class__ is str
                and transcription_engine.isprintable()
                and attr_special(transcription_engine) is None
                else "true"
                if transcription_engine is True
                else "false"
                if transcription_engine is False
                else attr_text(_spec, "transcriptionEngine", transcription_engine)
            )
            _head = f'{_head} transcriptionEngine="{_v}"'
        _node = Transcription(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def uri(
        self,
        text=None,
        /,
        *,
        password=None,
        priority=None,
        username=None,
        weight=None,
        extra=None,
        **_unknown,
    ):
        """One SIP URI to try for <Sip>."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("uri")
        if (
            _spec is not _VOICE_Uri
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "password": password,
                "priority": priority,
                "username": username,
                "weight": weight,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Uri, "uri", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Uri"
        if password is not None:
            _v = (
                password
                if password.__class__ is str
                and password.isprintable()
                and attr_special(password) is None
                else "true"
                if password is True
                else "false"
                if password is False
                else attr_text(_spec, "password", password)
            )
            _head = f'{_head} password="{_v}"'
        if priority is not None:
            _v = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else attr_text(_spec, "priority", priority)
            )
            _head = f'{_head} priority="{_v}"'
        if username is not None:
            _v = (
                username
                if username.__class__ is str
                and username.isprintable()
                and attr_special(username) is None
                else "true"
                if username is True
                else "false"
                if username is False
                else attr_text(_spec, "username", username)
            )
            _head = f'{_head} username="{_v}"'
        if weight is not None:
            _v = (
                str(weight)
                if weight.__class__ is int and weight >= 0
                else attr_text(_spec, "weight", weight)
            )
            _head = f'{_head} weight="{_v}"'
        _node = Uri(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def virtual_agent(
        self,
        /,
        *,
        connector_name=None,
        language=None,
        sentiment_analysis=None,
        status_callback=None,
        status_callback_method=None,
        extra=None,
        **_unknown,
    ):
        """Connect the call to a virtual agent."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("virtual_agent")
        if _spec is not _VOICE_VirtualAgent or _unknown or extra:
            _given = {
                "connector_name": connector_name,
                "language": language,
                "sentiment_analysis": sentiment_analysis,
                "status_callback": status_callback,
                "status_callback_method": status_callback_method,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(VirtualAgent, "virtual_agent", None, _given)
        _kids = []
        _head = "<VirtualAgent"
        if connector_name is not None:
            _v = (
                connector_name
                if connector_name.__class__ is str
                and connector_name.isprintable()
                and attr_special(connector_name) is None
                else "true"
                if connector_name is True
                else "false"
                if connector_name is False
                else attr_text(_spec, "connectorName", connector_name)
            )
            _head = f'{_head} connectorName="{_v}"'
        if language is not None:
            _v = (
                language
                if language.__class__ is str
                and language.isprintable()
                and attr_special(language) is None
                else "true"
                if language is True
                else "false"
                if language is False
                else attr_text(_spec, "language", language)
            )
            _head = f'{_head} language="{_v}"'
        if sentiment_analysis is not None:
            _v = (
                sentiment_analysis
                if sentiment_analysis.__class__ is str
                and sentiment_analysis.isprintable()
                and attr_special(sentiment_analysis) is None
                else "true"
                if sentiment_analysis is True
                else "false"
                if sentiment_analysis is False
                else attr_text(_spec, "sentimentAnalysis", sentiment_analysis)
            )
            _head = f'{_head} sentimentAnalysis="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        _node = VirtualAgent(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("w")
        if (
            _spec is not _VOICE_w
            or _unknown
            or extra
            or (text is not None and not (text.__class__ is str and text and text.isprintable()))
        ):
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<w"
        if role is not None:
            _v = (
                role
                if role.__class__ is str and role.isprintable() and attr_special(role) is None
                else "true"
                if role is True
                else "false"
                if role is False
                else attr_text(_spec, "role", role)
            )
            _head = f'{_head} role="{_v}"'
        _node = SsmlW(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def whats_app(
        self,
        text,
        /,
        *,
        method=None,
        status_callback=None,
        status_callback_event=None,
        status_callback_method=None,
        url=None,
        extra=None,
        **_unknown,
    ):
        """Dial a WhatsApp user."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("whats_app")
        if (
            _spec is not _VOICE_WhatsApp
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {
                "method": method,
                "status_callback": status_callback,
                "status_callback_event": status_callback_event,
                "status_callback_method": status_callback_method,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(WhatsApp, "whats_app", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<WhatsApp"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if status_callback_event is not None:
            _v = attr_text(_spec, "statusCallbackEvent", status_callback_event)
            _head = f'{_head} statusCallbackEvent="{_v}"'
        if status_callback_method is not None:
            _v = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else attr_text(_spec, "statusCallbackMethod", status_callback_method)
            )
            _head = f'{_head} statusCallbackMethod="{_v}"'
        if url is not None:
            _v = (
                url
                if url.__class__ is str and url.isprintable() and attr_special(url) is None
                else "true"
                if url is True
                else "false"
                if url is False
                else attr_text(_spec, "url", url)
            )
            _head = f'{_head} url="{_v}"'
        _node = WhatsApp(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node


class MessagingResponse(TwiMLResponse):
    """A messaging TwiML document; calls go to the innermost open block."""

    __slots__ = ()
    _grammar = MESSAGING

    def body(self, text, /, *, extra=None, **_unknown):
        """The text of the message."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("body")
        if (
            _spec is not _MESSAGING_Body
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Body, "body", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Body"
        _node = Body(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def media(self, text, /, *, extra=None, **_unknown):
        """The URL of a media file to send."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("media")
        if (
            _spec is not _MESSAGING_Media
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {**_unknown, "extra": extra}
            return _cur._add(Media, "media", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Media"
        _node = Media(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def message(
        self,
        text=None,
        /,
        *,
        action=None,
        from_=None,
        method=None,
        status_callback=None,
        to=None,
        extra=None,
        **_unknown,
    ):
        """Reply with a message; text is the body, or add <Body>/<Media> in a block."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("message")
        if (
            _spec is not _MESSAGING_Message
            or _unknown
            or extra
            or (
                text is not None
                and not (
                    text.__class__ is str and text and text.isprintable() and not text.isspace()
                )
            )
        ):
            _given = {
                "action": action,
                "from_": from_,
                "method": method,
                "status_callback": status_callback,
                "to": to,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Message, "message", text, _given)
        _kids = [] if text is None else [text if text_special(text) is None else escape_text(text)]
        _head = "<Message"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if from_ is not None:
            _v = (
                from_
                if from_.__class__ is str and from_.isprintable() and attr_special(from_) is None
                else "true"
                if from_ is True
                else "false"
                if from_ is False
                else attr_text(_spec, "from", from_)
            )
            _head = f'{_head} from="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if status_callback is not None:
            _v = (
                status_callback
                if status_callback.__class__ is str
                and status_callback.isprintable()
                and attr_special(status_callback) is None
                else "true"
                if status_callback is True
                else "false"
                if status_callback is False
                else attr_text(_spec, "statusCallback", status_callback)
            )
            _head = f'{_head} statusCallback="{_v}"'
        if to is not None:
            _v = (
                to
                if to.__class__ is str and to.isprintable() and attr_special(to) is None
                else "true"
                if to is True
                else "false"
                if to is False
                else attr_text(_spec, "to", to)
            )
            _head = f'{_head} to="{_v}"'
        _node = Message(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node

    def redirect(self, text, /, *, method=None, extra=None, **_unknown):
        """Fetch TwiML from another URL; text is the URL."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("redirect")
        if (
            _spec is not _MESSAGING_Redirect
            or _unknown
            or extra
            or not (text.__class__ is str and text and text.isprintable() and not text.isspace())
        ):
            _given = {"method": method, **_unknown, "extra": extra}
            return _cur._add(Redirect, "redirect", text, _given)
        _kids = [text if text_special(text) is None else escape_text(text)]
        _head = "<Redirect"
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        _node = Redirect(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node


class FaxResponse(TwiMLResponse):
    """A fax TwiML document; calls go to the innermost open block."""

    __slots__ = ()
    _grammar = FAX

    def receive(
        self,
        /,
        *,
        action=None,
        media_type=None,
        method=None,
        page_size=None,
        store_media=None,
        extra=None,
        **_unknown,
    ):
        """Receive a fax."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("receive")
        if _spec is not _FAX_Receive or _unknown or extra:
            _given = {
                "action": action,
                "media_type": media_type,
                "method": method,
                "page_size": page_size,
                "store_media": store_media,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Receive, "receive", None, _given)
        _kids = []
        _head = "<Receive"
        if action is not None:
            _v = (
                action
                if action.__class__ is str and action.isprintable() and attr_special(action) is None
                else "true"
                if action is True
                else "false"
                if action is False
                else attr_text(_spec, "action", action)
            )
            _head = f'{_head} action="{_v}"'
        if media_type is not None:
            _v = (
                media_type
                if media_type.__class__ is str
                and media_type.isprintable()
                and attr_special(media_type) is None
                else "true"
                if media_type is True
                else "false"
                if media_type is False
                else attr_text(_spec, "mediaType", media_type)
            )
            _head = f'{_head} mediaType="{_v}"'
        if method is not None:
            _v = (
                method
                if method == "POST" or method == "GET"
                else attr_text(_spec, "method", method)
            )
            _head = f'{_head} method="{_v}"'
        if page_size is not None:
            _v = (
                page_size
                if page_size.__class__ is str
                and page_size.isprintable()
                and attr_special(page_size) is None
                else "true"
                if page_size is True
                else "false"
                if page_size is False
                else attr_text(_spec, "pageSize", page_size)
            )
            _head = f'{_head} pageSize="{_v}"'
        if store_media is not None:
            _v = (
                store_media
                if store_media.__class__ is str
                and store_media.isprintable()
                and attr_special(store_media) is None
                else "true"
                if store_media is True
                else "false"
                if store_media is False
                else attr_text(_spec, "storeMedia", store_media)
            )
            _head = f'{_head} storeMedia="{_v}"'
        _node = Receive(_spec, self, _head, _kids)
        _cur._kids.append(_node)
        return _node
