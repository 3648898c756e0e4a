"""Element handles and response classes, generated from the grammar.

Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.
"""

from __future__ import annotations

from lxml.etree import SubElement

from ._grammar import FAX, MESSAGING, VOICE
from ._node import Element, TwiMLResponse, format_value, text_value, with_extra

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
        if _spec is not _VOICE_ApplicationSid or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(ApplicationSid, "application_sid", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "ApplicationSid", _attrib)
        if _text is not None:
            _el.text = _text
        return ApplicationSid(_el, _spec, self._doc)

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Identity or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Identity, "identity", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Identity", _attrib)
        if _text is not None:
            _el.text = _text
        return Identity(_el, _spec, self._doc)

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_AiSession or _unknown:
            _given = {
                "ai_connector": ai_connector,
                "ai_session_configuration": ai_session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(AiSession, "ai_session", None, _given)
        _attrib = {}
        if ai_connector is not None:
            _attrib["aiConnector"] = (
                ai_connector
                if ai_connector.__class__ is str and ai_connector.isprintable()
                else str(ai_connector)
                if ai_connector.__class__ is int
                else format_value(_spec, "aiConnector", ai_connector)
            )
        if ai_session_configuration is not None:
            _attrib["aiSessionConfiguration"] = (
                ai_session_configuration
                if ai_session_configuration.__class__ is str
                and ai_session_configuration.isprintable()
                else str(ai_session_configuration)
                if ai_session_configuration.__class__ is int
                else format_value(_spec, "aiSessionConfiguration", ai_session_configuration)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "AiSession", _attrib)
        return AiSession(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Conversation or _unknown:
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
        _attrib = {}
        if inbound_autocreation is not None:
            _attrib["inboundAutocreation"] = (
                inbound_autocreation
                if inbound_autocreation.__class__ is str and inbound_autocreation.isprintable()
                else str(inbound_autocreation)
                if inbound_autocreation.__class__ is int
                else format_value(_spec, "inboundAutocreation", inbound_autocreation)
            )
        if inbound_timeout is not None:
            _attrib["inboundTimeout"] = (
                str(inbound_timeout)
                if inbound_timeout.__class__ is int and inbound_timeout >= 0
                else format_value(_spec, "inboundTimeout", inbound_timeout)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if record is not None:
            _attrib["record"] = (
                record
                if record.__class__ is str and record.isprintable()
                else str(record)
                if record.__class__ is int
                else format_value(_spec, "record", record)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if routing_assignment_timeout is not None:
            _attrib["routingAssignmentTimeout"] = (
                str(routing_assignment_timeout)
                if routing_assignment_timeout.__class__ is int and routing_assignment_timeout >= 0
                else format_value(_spec, "routingAssignmentTimeout", routing_assignment_timeout)
            )
        if service_instance_sid is not None:
            _attrib["serviceInstanceSid"] = (
                service_instance_sid
                if service_instance_sid.__class__ is str and service_instance_sid.isprintable()
                else str(service_instance_sid)
                if service_instance_sid.__class__ is int
                else format_value(_spec, "serviceInstanceSid", service_instance_sid)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if trim is not None:
            _attrib["trim"] = (
                trim
                if trim.__class__ is str and trim.isprintable()
                else str(trim)
                if trim.__class__ is int
                else format_value(_spec, "trim", trim)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Conversation", _attrib)
        return Conversation(_el, _spec, self._doc)

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
        if _spec is not _VOICE_ConversationRelay or _unknown:
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
        _attrib = {}
        if application_reconnect is not None:
            _attrib["applicationReconnect"] = (
                application_reconnect
                if application_reconnect.__class__ is str and application_reconnect.isprintable()
                else str(application_reconnect)
                if application_reconnect.__class__ is int
                else format_value(_spec, "applicationReconnect", application_reconnect)
            )
        if asr_smart_format is not None:
            _attrib["asrSmartFormat"] = (
                asr_smart_format
                if asr_smart_format.__class__ is str and asr_smart_format.isprintable()
                else str(asr_smart_format)
                if asr_smart_format.__class__ is int
                else format_value(_spec, "asrSmartFormat", asr_smart_format)
            )
        if background_noise_reduction is not None:
            _attrib["backgroundNoiseReduction"] = (
                background_noise_reduction
                if background_noise_reduction.__class__ is str
                and background_noise_reduction.isprintable()
                else str(background_noise_reduction)
                if background_noise_reduction.__class__ is int
                else format_value(_spec, "backgroundNoiseReduction", background_noise_reduction)
            )
        if customer_name is not None:
            _attrib["customerName"] = (
                customer_name
                if customer_name.__class__ is str and customer_name.isprintable()
                else str(customer_name)
                if customer_name.__class__ is int
                else format_value(_spec, "customerName", customer_name)
            )
        if debug is not None:
            _attrib["debug"] = format_value(_spec, "debug", debug)
        if deepgram_smart_format is not None:
            _attrib["deepgramSmartFormat"] = (
                deepgram_smart_format
                if deepgram_smart_format.__class__ is str and deepgram_smart_format.isprintable()
                else str(deepgram_smart_format)
                if deepgram_smart_format.__class__ is int
                else format_value(_spec, "deepgramSmartFormat", deepgram_smart_format)
            )
        if dtmf_detection is not None:
            _attrib["dtmfDetection"] = (
                dtmf_detection
                if dtmf_detection.__class__ is str and dtmf_detection.isprintable()
                else str(dtmf_detection)
                if dtmf_detection.__class__ is int
                else format_value(_spec, "dtmfDetection", dtmf_detection)
            )
        if eager_eot_threshold is not None:
            _attrib["eagerEotThreshold"] = (
                eager_eot_threshold
                if eager_eot_threshold.__class__ is str and eager_eot_threshold.isprintable()
                else str(eager_eot_threshold)
                if eager_eot_threshold.__class__ is int
                else format_value(_spec, "eagerEotThreshold", eager_eot_threshold)
            )
        if echo_prompt_filtering is not None:
            _attrib["echoPromptFiltering"] = (
                echo_prompt_filtering
                if echo_prompt_filtering.__class__ is str and echo_prompt_filtering.isprintable()
                else str(echo_prompt_filtering)
                if echo_prompt_filtering.__class__ is int
                else format_value(_spec, "echoPromptFiltering", echo_prompt_filtering)
            )
        if elevenlabs_language_text_normalization is not None:
            _attrib["elevenlabsLanguageTextNormalization"] = (
                elevenlabs_language_text_normalization
                if elevenlabs_language_text_normalization.__class__ is str
                and elevenlabs_language_text_normalization.isprintable()
                else str(elevenlabs_language_text_normalization)
                if elevenlabs_language_text_normalization.__class__ is int
                else format_value(
                    _spec,
                    "elevenlabsLanguageTextNormalization",
                    elevenlabs_language_text_normalization,
                )
            )
        if elevenlabs_text_normalization is not None:
            _attrib["elevenlabsTextNormalization"] = (
                elevenlabs_text_normalization
                if elevenlabs_text_normalization.__class__ is str
                and elevenlabs_text_normalization.isprintable()
                else str(elevenlabs_text_normalization)
                if elevenlabs_text_normalization.__class__ is int
                else format_value(
                    _spec, "elevenlabsTextNormalization", elevenlabs_text_normalization
                )
            )
        if events is not None:
            _attrib["events"] = format_value(_spec, "events", events)
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if ignore_backchannel is not None:
            _attrib["ignoreBackchannel"] = (
                ignore_backchannel
                if ignore_backchannel.__class__ is str and ignore_backchannel.isprintable()
                else str(ignore_backchannel)
                if ignore_backchannel.__class__ is int
                else format_value(_spec, "ignoreBackchannel", ignore_backchannel)
            )
        if include_in_prompt is not None:
            _attrib["includeInPrompt"] = (
                include_in_prompt
                if include_in_prompt.__class__ is str and include_in_prompt.isprintable()
                else str(include_in_prompt)
                if include_in_prompt.__class__ is int
                else format_value(_spec, "includeInPrompt", include_in_prompt)
            )
        if intelligence_service is not None:
            _attrib["intelligenceService"] = (
                intelligence_service
                if intelligence_service.__class__ is str and intelligence_service.isprintable()
                else str(intelligence_service)
                if intelligence_service.__class__ is int
                else format_value(_spec, "intelligenceService", intelligence_service)
            )
        if interrupt_sensitivity is not None:
            _attrib["interruptSensitivity"] = (
                interrupt_sensitivity
                if interrupt_sensitivity.__class__ is str and interrupt_sensitivity.isprintable()
                else str(interrupt_sensitivity)
                if interrupt_sensitivity.__class__ is int
                else format_value(_spec, "interruptSensitivity", interrupt_sensitivity)
            )
        if interruptible is not None:
            _attrib["interruptible"] = (
                interruptible
                if interruptible.__class__ is str and interruptible.isprintable()
                else str(interruptible)
                if interruptible.__class__ is int
                else format_value(_spec, "interruptible", interruptible)
            )
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if partial_prompt_on_hangup is not None:
            _attrib["partialPromptOnHangup"] = (
                partial_prompt_on_hangup
                if partial_prompt_on_hangup.__class__ is str
                and partial_prompt_on_hangup.isprintable()
                else str(partial_prompt_on_hangup)
                if partial_prompt_on_hangup.__class__ is int
                else format_value(_spec, "partialPromptOnHangup", partial_prompt_on_hangup)
            )
        if partial_prompts is not None:
            _attrib["partialPrompts"] = (
                partial_prompts
                if partial_prompts.__class__ is str and partial_prompts.isprintable()
                else str(partial_prompts)
                if partial_prompts.__class__ is int
                else format_value(_spec, "partialPrompts", partial_prompts)
            )
        if preemptible is not None:
            _attrib["preemptible"] = (
                preemptible
                if preemptible.__class__ is str and preemptible.isprintable()
                else str(preemptible)
                if preemptible.__class__ is int
                else format_value(_spec, "preemptible", preemptible)
            )
        if profanity_filter is not None:
            _attrib["profanityFilter"] = (
                profanity_filter
                if profanity_filter.__class__ is str and profanity_filter.isprintable()
                else str(profanity_filter)
                if profanity_filter.__class__ is int
                else format_value(_spec, "profanityFilter", profanity_filter)
            )
        if report_input_during_agent_speech is not None:
            _attrib["reportInputDuringAgentSpeech"] = (
                report_input_during_agent_speech
                if report_input_during_agent_speech.__class__ is str
                and report_input_during_agent_speech.isprintable()
                else str(report_input_during_agent_speech)
                if report_input_during_agent_speech.__class__ is int
                else format_value(
                    _spec, "reportInputDuringAgentSpeech", report_input_during_agent_speech
                )
            )
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if speech_timeout is not None:
            _attrib["speechTimeout"] = (
                speech_timeout
                if speech_timeout.__class__ is str and speech_timeout.isprintable()
                else str(speech_timeout)
                if speech_timeout.__class__ is int
                else format_value(_spec, "speechTimeout", speech_timeout)
            )
        if transcription_language is not None:
            _attrib["transcriptionLanguage"] = (
                transcription_language
                if transcription_language.__class__ is str and transcription_language.isprintable()
                else str(transcription_language)
                if transcription_language.__class__ is int
                else format_value(_spec, "transcriptionLanguage", transcription_language)
            )
        if transcription_provider is not None:
            _attrib["transcriptionProvider"] = (
                transcription_provider
                if transcription_provider.__class__ is str and transcription_provider.isprintable()
                else str(transcription_provider)
                if transcription_provider.__class__ is int
                else format_value(_spec, "transcriptionProvider", transcription_provider)
            )
        if tts_language is not None:
            _attrib["ttsLanguage"] = (
                tts_language
                if tts_language.__class__ is str and tts_language.isprintable()
                else str(tts_language)
                if tts_language.__class__ is int
                else format_value(_spec, "ttsLanguage", tts_language)
            )
        if tts_language_text_normalization is not None:
            _attrib["ttsLanguageTextNormalization"] = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                else str(tts_language_text_normalization)
                if tts_language_text_normalization.__class__ is int
                else format_value(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
        if tts_provider is not None:
            _attrib["ttsProvider"] = (
                tts_provider
                if tts_provider.__class__ is str and tts_provider.isprintable()
                else str(tts_provider)
                if tts_provider.__class__ is int
                else format_value(_spec, "ttsProvider", tts_provider)
            )
        if tts_text_normalization is not None:
            _attrib["ttsTextNormalization"] = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str and tts_text_normalization.isprintable()
                else str(tts_text_normalization)
                if tts_text_normalization.__class__ is int
                else format_value(_spec, "ttsTextNormalization", tts_text_normalization)
            )
        if turn_detection is not None:
            _attrib["turnDetection"] = (
                turn_detection
                if turn_detection.__class__ is str and turn_detection.isprintable()
                else str(turn_detection)
                if turn_detection.__class__ is int
                else format_value(_spec, "turnDetection", turn_detection)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if voice is not None:
            _attrib["voice"] = (
                voice
                if voice.__class__ is str and voice.isprintable()
                else str(voice)
                if voice.__class__ is int
                else format_value(_spec, "voice", voice)
            )
        if welcome_greeting is not None:
            _attrib["welcomeGreeting"] = (
                welcome_greeting
                if welcome_greeting.__class__ is str and welcome_greeting.isprintable()
                else str(welcome_greeting)
                if welcome_greeting.__class__ is int
                else format_value(_spec, "welcomeGreeting", welcome_greeting)
            )
        if welcome_greeting_interruptible is not None:
            _attrib["welcomeGreetingInterruptible"] = (
                welcome_greeting_interruptible
                if welcome_greeting_interruptible.__class__ is str
                and welcome_greeting_interruptible.isprintable()
                else str(welcome_greeting_interruptible)
                if welcome_greeting_interruptible.__class__ is int
                else format_value(
                    _spec, "welcomeGreetingInterruptible", welcome_greeting_interruptible
                )
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "ConversationRelay", _attrib)
        return ConversationRelay(_el, _spec, self._doc)

    def conversation_relay_session(
        self, /, *, connector=None, session_configuration=None, extra=None, **_unknown
    ):
        """Connect the call to a ConversationRelay session."""
        _cur = self
        _spec = _cur._spec.kids.get("conversation_relay_session")
        if _spec is not _VOICE_ConversationRelaySession or _unknown:
            _given = {
                "connector": connector,
                "session_configuration": session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(ConversationRelaySession, "conversation_relay_session", None, _given)
        _attrib = {}
        if connector is not None:
            _attrib["connector"] = (
                connector
                if connector.__class__ is str and connector.isprintable()
                else str(connector)
                if connector.__class__ is int
                else format_value(_spec, "connector", connector)
            )
        if session_configuration is not None:
            _attrib["sessionConfiguration"] = (
                session_configuration
                if session_configuration.__class__ is str and session_configuration.isprintable()
                else str(session_configuration)
                if session_configuration.__class__ is int
                else format_value(_spec, "sessionConfiguration", session_configuration)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "ConversationRelaySession", _attrib)
        return ConversationRelaySession(_el, _spec, self._doc)

    def room(self, text, /, *, participant_identity=None, extra=None, **_unknown):
        """Connect the call to a Video room."""
        _cur = self
        _spec = _cur._spec.kids.get("room")
        if _spec is not _VOICE_Room or _unknown:
            _given = {"participant_identity": participant_identity, **_unknown, "extra": extra}
            return _cur._add(Room, "room", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if participant_identity is not None:
            _attrib["participantIdentity"] = (
                participant_identity
                if participant_identity.__class__ is str and participant_identity.isprintable()
                else str(participant_identity)
                if participant_identity.__class__ is int
                else format_value(_spec, "participantIdentity", participant_identity)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Room", _attrib)
        if _text is not None:
            _el.text = _text
        return Room(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Stream or _unknown:
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
        _attrib = {}
        if audio_format is not None:
            _attrib["audioFormat"] = (
                audio_format
                if audio_format.__class__ is str and audio_format.isprintable()
                else str(audio_format)
                if audio_format.__class__ is int
                else format_value(_spec, "audioFormat", audio_format)
            )
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if sample_rate is not None:
            _attrib["sampleRate"] = (
                sample_rate
                if sample_rate.__class__ is str and sample_rate.isprintable()
                else str(sample_rate)
                if sample_rate.__class__ is int
                else format_value(_spec, "sampleRate", sample_rate)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Stream", _attrib)
        return Stream(_el, _spec, self._doc)

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
        if _spec is not _VOICE_VirtualAgent or _unknown:
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
        _attrib = {}
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if sentiment_analysis is not None:
            _attrib["sentimentAnalysis"] = (
                sentiment_analysis
                if sentiment_analysis.__class__ is str and sentiment_analysis.isprintable()
                else str(sentiment_analysis)
                if sentiment_analysis.__class__ is int
                else format_value(_spec, "sentimentAnalysis", sentiment_analysis)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "VirtualAgent", _attrib)
        return VirtualAgent(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Language or _unknown:
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
        _attrib = {}
        if asr_smart_format is not None:
            _attrib["asrSmartFormat"] = (
                asr_smart_format
                if asr_smart_format.__class__ is str and asr_smart_format.isprintable()
                else str(asr_smart_format)
                if asr_smart_format.__class__ is int
                else format_value(_spec, "asrSmartFormat", asr_smart_format)
            )
        if code is not None:
            _attrib["code"] = (
                code
                if code.__class__ is str and code.isprintable()
                else str(code)
                if code.__class__ is int
                else format_value(_spec, "code", code)
            )
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if transcription_provider is not None:
            _attrib["transcriptionProvider"] = (
                transcription_provider
                if transcription_provider.__class__ is str and transcription_provider.isprintable()
                else str(transcription_provider)
                if transcription_provider.__class__ is int
                else format_value(_spec, "transcriptionProvider", transcription_provider)
            )
        if tts_language_text_normalization is not None:
            _attrib["ttsLanguageTextNormalization"] = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                else str(tts_language_text_normalization)
                if tts_language_text_normalization.__class__ is int
                else format_value(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
        if tts_provider is not None:
            _attrib["ttsProvider"] = (
                tts_provider
                if tts_provider.__class__ is str and tts_provider.isprintable()
                else str(tts_provider)
                if tts_provider.__class__ is int
                else format_value(_spec, "ttsProvider", tts_provider)
            )
        if tts_text_normalization is not None:
            _attrib["ttsTextNormalization"] = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str and tts_text_normalization.isprintable()
                else str(tts_text_normalization)
                if tts_text_normalization.__class__ is int
                else format_value(_spec, "ttsTextNormalization", tts_text_normalization)
            )
        if voice is not None:
            _attrib["voice"] = (
                voice
                if voice.__class__ is str and voice.isprintable()
                else str(voice)
                if voice.__class__ is int
                else format_value(_spec, "voice", voice)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Language", _attrib)
        return Language(_el, _spec, self._doc)

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Application or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if copy_parent_to is not None:
            _attrib["copyParentTo"] = (
                copy_parent_to
                if copy_parent_to.__class__ is str and copy_parent_to.isprintable()
                else str(copy_parent_to)
                if copy_parent_to.__class__ is int
                else format_value(_spec, "copyParentTo", copy_parent_to)
            )
        if customer_id is not None:
            _attrib["customerId"] = (
                customer_id
                if customer_id.__class__ is str and customer_id.isprintable()
                else str(customer_id)
                if customer_id.__class__ is int
                else format_value(_spec, "customerId", customer_id)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Application", _attrib)
        if _text is not None:
            _el.text = _text
        return Application(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Client or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Client", _attrib)
        if _text is not None:
            _el.text = _text
        return Client(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Conference or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if beep is not None:
            _attrib["beep"] = (
                beep
                if beep.__class__ is str and beep.isprintable()
                else str(beep)
                if beep.__class__ is int
                else format_value(_spec, "beep", beep)
            )
        if coach is not None:
            _attrib["coach"] = (
                coach
                if coach.__class__ is str and coach.isprintable()
                else str(coach)
                if coach.__class__ is int
                else format_value(_spec, "coach", coach)
            )
        if end_conference_on_exit is not None:
            _attrib["endConferenceOnExit"] = (
                end_conference_on_exit
                if end_conference_on_exit.__class__ is str and end_conference_on_exit.isprintable()
                else str(end_conference_on_exit)
                if end_conference_on_exit.__class__ is int
                else format_value(_spec, "endConferenceOnExit", end_conference_on_exit)
            )
        if event_callback_url is not None:
            _attrib["eventCallbackUrl"] = (
                event_callback_url
                if event_callback_url.__class__ is str and event_callback_url.isprintable()
                else str(event_callback_url)
                if event_callback_url.__class__ is int
                else format_value(_spec, "eventCallbackUrl", event_callback_url)
            )
        if jitter_buffer_size is not None:
            _attrib["jitterBufferSize"] = (
                jitter_buffer_size
                if jitter_buffer_size.__class__ is str and jitter_buffer_size.isprintable()
                else str(jitter_buffer_size)
                if jitter_buffer_size.__class__ is int
                else format_value(_spec, "jitterBufferSize", jitter_buffer_size)
            )
        if max_participants is not None:
            _attrib["maxParticipants"] = (
                str(max_participants)
                if max_participants.__class__ is int and max_participants >= 0
                else format_value(_spec, "maxParticipants", max_participants)
            )
        if muted is not None:
            _attrib["muted"] = (
                muted
                if muted.__class__ is str and muted.isprintable()
                else str(muted)
                if muted.__class__ is int
                else format_value(_spec, "muted", muted)
            )
        if participant_label is not None:
            _attrib["participantLabel"] = (
                participant_label
                if participant_label.__class__ is str and participant_label.isprintable()
                else str(participant_label)
                if participant_label.__class__ is int
                else format_value(_spec, "participantLabel", participant_label)
            )
        if record is not None:
            _attrib["record"] = (
                record
                if record.__class__ is str and record.isprintable()
                else str(record)
                if record.__class__ is int
                else format_value(_spec, "record", record)
            )
        if recording_configuration_id is not None:
            _attrib["recordingConfigurationId"] = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                else str(recording_configuration_id)
                if recording_configuration_id.__class__ is int
                else format_value(_spec, "recordingConfigurationId", recording_configuration_id)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if region is not None:
            _attrib["region"] = (
                region
                if region.__class__ is str and region.isprintable()
                else str(region)
                if region.__class__ is int
                else format_value(_spec, "region", region)
            )
        if start_conference_on_enter is not None:
            _attrib["startConferenceOnEnter"] = (
                start_conference_on_enter
                if start_conference_on_enter.__class__ is str
                and start_conference_on_enter.isprintable()
                else str(start_conference_on_enter)
                if start_conference_on_enter.__class__ is int
                else format_value(_spec, "startConferenceOnEnter", start_conference_on_enter)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if trim is not None:
            _attrib["trim"] = format_value(_spec, "trim", trim)
        if wait_method is not None:
            _attrib["waitMethod"] = (
                wait_method
                if wait_method == "POST" or wait_method == "GET"
                else format_value(_spec, "waitMethod", wait_method)
            )
        if wait_url is not None:
            _attrib["waitUrl"] = (
                wait_url
                if wait_url.__class__ is str and wait_url.isprintable()
                else str(wait_url)
                if wait_url.__class__ is int
                else format_value(_spec, "waitUrl", wait_url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Conference", _attrib)
        if _text is not None:
            _el.text = _text
        return Conference(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Number or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if amd_status_callback is not None:
            _attrib["amdStatusCallback"] = (
                amd_status_callback
                if amd_status_callback.__class__ is str and amd_status_callback.isprintable()
                else str(amd_status_callback)
                if amd_status_callback.__class__ is int
                else format_value(_spec, "amdStatusCallback", amd_status_callback)
            )
        if amd_status_callback_method is not None:
            _attrib["amdStatusCallbackMethod"] = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else format_value(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
        if byoc is not None:
            _attrib["byoc"] = (
                byoc
                if byoc.__class__ is str and byoc.isprintable()
                else str(byoc)
                if byoc.__class__ is int
                else format_value(_spec, "byoc", byoc)
            )
        if machine_detection is not None:
            _attrib["machineDetection"] = (
                machine_detection
                if machine_detection.__class__ is str and machine_detection.isprintable()
                else str(machine_detection)
                if machine_detection.__class__ is int
                else format_value(_spec, "machineDetection", machine_detection)
            )
        if machine_detection_silence_timeout is not None:
            _attrib["machineDetectionSilenceTimeout"] = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else format_value(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
        if machine_detection_speech_end_threshold is not None:
            _attrib["machineDetectionSpeechEndThreshold"] = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else format_value(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
        if machine_detection_speech_threshold is not None:
            _attrib["machineDetectionSpeechThreshold"] = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else format_value(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
        if machine_detection_timeout is not None:
            _attrib["machineDetectionTimeout"] = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else format_value(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if send_digits is not None:
            _attrib["sendDigits"] = (
                send_digits
                if send_digits.__class__ is str and send_digits.isprintable()
                else str(send_digits)
                if send_digits.__class__ is int
                else format_value(_spec, "sendDigits", send_digits)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Number", _attrib)
        if _text is not None:
            _el.text = _text
        return Number(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Queue or _unknown:
            _given = {
                "method": method,
                "post_work_activity_sid": post_work_activity_sid,
                "reservation_sid": reservation_sid,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Queue, "queue", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if post_work_activity_sid is not None:
            _attrib["postWorkActivitySid"] = (
                post_work_activity_sid
                if post_work_activity_sid.__class__ is str and post_work_activity_sid.isprintable()
                else str(post_work_activity_sid)
                if post_work_activity_sid.__class__ is int
                else format_value(_spec, "postWorkActivitySid", post_work_activity_sid)
            )
        if reservation_sid is not None:
            _attrib["reservationSid"] = (
                reservation_sid
                if reservation_sid.__class__ is str and reservation_sid.isprintable()
                else str(reservation_sid)
                if reservation_sid.__class__ is int
                else format_value(_spec, "reservationSid", reservation_sid)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Queue", _attrib)
        if _text is not None:
            _el.text = _text
        return Queue(_el, _spec, self._doc)

    def sim(self, text, /, *, extra=None, **_unknown):
        """Dial a Programmable Wireless SIM."""
        _cur = self
        _spec = _cur._spec.kids.get("sim")
        if _spec is not _VOICE_Sim or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Sim, "sim", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Sim", _attrib)
        if _text is not None:
            _el.text = _text
        return Sim(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Sip or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if amd_status_callback is not None:
            _attrib["amdStatusCallback"] = (
                amd_status_callback
                if amd_status_callback.__class__ is str and amd_status_callback.isprintable()
                else str(amd_status_callback)
                if amd_status_callback.__class__ is int
                else format_value(_spec, "amdStatusCallback", amd_status_callback)
            )
        if amd_status_callback_method is not None:
            _attrib["amdStatusCallbackMethod"] = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else format_value(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
        if machine_detection is not None:
            _attrib["machineDetection"] = (
                machine_detection
                if machine_detection.__class__ is str and machine_detection.isprintable()
                else str(machine_detection)
                if machine_detection.__class__ is int
                else format_value(_spec, "machineDetection", machine_detection)
            )
        if machine_detection_silence_timeout is not None:
            _attrib["machineDetectionSilenceTimeout"] = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else format_value(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
        if machine_detection_speech_end_threshold is not None:
            _attrib["machineDetectionSpeechEndThreshold"] = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else format_value(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
        if machine_detection_speech_threshold is not None:
            _attrib["machineDetectionSpeechThreshold"] = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else format_value(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
        if machine_detection_timeout is not None:
            _attrib["machineDetectionTimeout"] = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else format_value(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if password is not None:
            _attrib["password"] = (
                password
                if password.__class__ is str and password.isprintable()
                else str(password)
                if password.__class__ is int
                else format_value(_spec, "password", password)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if username is not None:
            _attrib["username"] = (
                username
                if username.__class__ is str and username.isprintable()
                else str(username)
                if username.__class__ is int
                else format_value(_spec, "username", username)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Sip", _attrib)
        if _text is not None:
            _el.text = _text
        return Sip(_el, _spec, self._doc)

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
        if _spec is not _VOICE_WhatsApp or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "WhatsApp", _attrib)
        if _text is not None:
            _el.text = _text
        return WhatsApp(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Task or _unknown:
            _given = {"priority": priority, "timeout": timeout, **_unknown, "extra": extra}
            return _cur._add(Task, "task", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if priority is not None:
            _attrib["priority"] = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else format_value(_spec, "priority", priority)
            )
        if timeout is not None:
            _attrib["timeout"] = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else format_value(_spec, "timeout", timeout)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Task", _attrib)
        if _text is not None:
            _el.text = _text
        return Task(_el, _spec, self._doc)


class Gather(Element):
    """<Gather>: Collect digits or speech; `with` it to prompt with <Say>, <Play>, <Pause>."""

    __slots__ = ()

    def pause(self, /, *, length=None, extra=None, **_unknown):
        """Wait silently for `length` seconds."""
        _cur = self
        _spec = _cur._spec.kids.get("pause")
        if _spec is not _VOICE_Pause or _unknown:
            _given = {"length": length, **_unknown, "extra": extra}
            return _cur._add(Pause, "pause", None, _given)
        _attrib = {}
        if length is not None:
            _attrib["length"] = (
                str(length)
                if length.__class__ is int and length >= 0
                else format_value(_spec, "length", length)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Pause", _attrib)
        return Pause(_el, _spec, self._doc)

    def play(self, text=None, /, *, digits=None, loop=None, extra=None, **_unknown):
        """Play an audio file (text is its URL) or send `digits`."""
        _cur = self
        _spec = _cur._spec.kids.get("play")
        if _spec is not _VOICE_Play or _unknown:
            _given = {"digits": digits, "loop": loop, **_unknown, "extra": extra}
            return _cur._add(Play, "play", text, _given)
        _attrib = {}
        if digits is not None:
            _attrib["digits"] = (
                digits
                if digits.__class__ is str and digits.isprintable()
                else str(digits)
                if digits.__class__ is int
                else format_value(_spec, "digits", digits)
            )
        if loop is not None:
            _attrib["loop"] = (
                str(loop)
                if loop.__class__ is int and loop >= 0
                else format_value(_spec, "loop", loop)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text, _attrib)
        _el = SubElement(_cur._el, "Play", _attrib)
        if _text is not None:
            _el.text = _text
        return Play(_el, _spec, self._doc)

    def say(self, text=None, /, *, language=None, loop=None, voice=None, extra=None, **_unknown):
        """Speak text; `with` it to mix in SSML."""
        _cur = self
        _spec = _cur._spec.kids.get("say")
        if _spec is not _VOICE_Say or _unknown:
            _given = {
                "language": language,
                "loop": loop,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Say, "say", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if loop is not None:
            _attrib["loop"] = (
                str(loop)
                if loop.__class__ is int and loop >= 0
                else format_value(_spec, "loop", loop)
            )
        if voice is not None:
            _attrib["voice"] = (
                voice
                if voice.__class__ is str and voice.isprintable()
                else str(voice)
                if voice.__class__ is int
                else format_value(_spec, "voice", voice)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Say", _attrib)
        if _text is not None:
            _el.text = _text
        return Say(_el, _spec, self._doc)


class Hangup(Element):
    """<Hangup>: End the call."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Header or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Header, "header", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Header", _attrib)
        return Header(_el, _spec, self._doc)


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
        if _spec is not _MESSAGING_Body or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Body, "body", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Body", _attrib)
        if _text is not None:
            _el.text = _text
        return Body(_el, _spec, self._doc)

    def media(self, text, /, *, extra=None, **_unknown):
        """The URL of a media file to send."""
        _cur = self
        _spec = _cur._spec.kids.get("media")
        if _spec is not _MESSAGING_Media or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Media, "media", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Media", _attrib)
        if _text is not None:
            _el.text = _text
        return Media(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Prompt or _unknown:
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
        _attrib = {}
        if attempt is not None:
            _attrib["attempt"] = format_value(_spec, "attempt", attempt)
        if card_type is not None:
            _attrib["cardType"] = format_value(_spec, "cardType", card_type)
        if error_type is not None:
            _attrib["errorType"] = format_value(_spec, "errorType", error_type)
        if for_ is not None:
            _attrib["for"] = (
                for_
                if for_.__class__ is str and for_.isprintable()
                else str(for_)
                if for_.__class__ is int
                else format_value(_spec, "for", for_)
            )
        if require_matching_inputs is not None:
            _attrib["requireMatchingInputs"] = (
                require_matching_inputs
                if require_matching_inputs.__class__ is str
                and require_matching_inputs.isprintable()
                else str(require_matching_inputs)
                if require_matching_inputs.__class__ is int
                else format_value(_spec, "requireMatchingInputs", require_matching_inputs)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Prompt", _attrib)
        return Prompt(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Pause or _unknown:
            _given = {"length": length, **_unknown, "extra": extra}
            return _cur._add(Pause, "pause", None, _given)
        _attrib = {}
        if length is not None:
            _attrib["length"] = (
                str(length)
                if length.__class__ is int and length >= 0
                else format_value(_spec, "length", length)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Pause", _attrib)
        return Pause(_el, _spec, self._doc)

    def play(self, text=None, /, *, digits=None, loop=None, extra=None, **_unknown):
        """Play an audio file (text is its URL) or send `digits`."""
        _cur = self
        _spec = _cur._spec.kids.get("play")
        if _spec is not _VOICE_Play or _unknown:
            _given = {"digits": digits, "loop": loop, **_unknown, "extra": extra}
            return _cur._add(Play, "play", text, _given)
        _attrib = {}
        if digits is not None:
            _attrib["digits"] = (
                digits
                if digits.__class__ is str and digits.isprintable()
                else str(digits)
                if digits.__class__ is int
                else format_value(_spec, "digits", digits)
            )
        if loop is not None:
            _attrib["loop"] = (
                str(loop)
                if loop.__class__ is int and loop >= 0
                else format_value(_spec, "loop", loop)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text, _attrib)
        _el = SubElement(_cur._el, "Play", _attrib)
        if _text is not None:
            _el.text = _text
        return Play(_el, _spec, self._doc)

    def say(self, text=None, /, *, language=None, loop=None, voice=None, extra=None, **_unknown):
        """Speak text; `with` it to mix in SSML."""
        _cur = self
        _spec = _cur._spec.kids.get("say")
        if _spec is not _VOICE_Say or _unknown:
            _given = {
                "language": language,
                "loop": loop,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Say, "say", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if loop is not None:
            _attrib["loop"] = (
                str(loop)
                if loop.__class__ is int and loop >= 0
                else format_value(_spec, "loop", loop)
            )
        if voice is not None:
            _attrib["voice"] = (
                voice
                if voice.__class__ is str and voice.isprintable()
                else str(voice)
                if voice.__class__ is int
                else format_value(_spec, "voice", voice)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Say", _attrib)
        if _text is not None:
            _el.text = _text
        return Say(_el, _spec, self._doc)


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
        if _spec is not _VOICE_ReferSip or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Sip, "sip", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Sip", _attrib)
        if _text is not None:
            _el.text = _text
        return Sip(_el, _spec, self._doc)


class Reject(Element):
    """<Reject>: Refuse the call without answering it."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self._doc)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self._doc)

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if _spec is not _VOICE_lang or _unknown:
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if xml_lang is not None:
            _attrib["{http://www.w3.org/XML/1998/namespace}lang"] = (
                xml_lang
                if xml_lang.__class__ is str and xml_lang.isprintable()
                else str(xml_lang)
                if xml_lang.__class__ is int
                else format_value(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "lang", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlLang(_el, _spec, self._doc)

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self
        _spec = _cur._spec.kids.get("p")
        if _spec is not _VOICE_p or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "p", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlP(_el, _spec, self._doc)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self._doc)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self._doc)

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if _spec is not _VOICE_s or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "s", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlS(_el, _spec, self._doc)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self._doc)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self._doc)

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if _spec is not _VOICE_w or _unknown:
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if role is not None:
            _attrib["role"] = (
                role
                if role.__class__ is str and role.isprintable()
                else str(role)
                if role.__class__ is int
                else format_value(_spec, "role", role)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "w", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlW(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Headers or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Headers, "headers", None, _given)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Headers", _attrib)
        return Headers(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Uri or _unknown:
            _given = {
                "password": password,
                "priority": priority,
                "username": username,
                "weight": weight,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Uri, "uri", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if password is not None:
            _attrib["password"] = (
                password
                if password.__class__ is str and password.isprintable()
                else str(password)
                if password.__class__ is int
                else format_value(_spec, "password", password)
            )
        if priority is not None:
            _attrib["priority"] = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else format_value(_spec, "priority", priority)
            )
        if username is not None:
            _attrib["username"] = (
                username
                if username.__class__ is str and username.isprintable()
                else str(username)
                if username.__class__ is int
                else format_value(_spec, "username", username)
            )
        if weight is not None:
            _attrib["weight"] = (
                str(weight)
                if weight.__class__ is int and weight >= 0
                else format_value(_spec, "weight", weight)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Uri", _attrib)
        if _text is not None:
            _el.text = _text
        return Uri(_el, _spec, self._doc)


class Siprec(Element):
    """<Siprec>: Fork the call's media to a SIPREC recorder."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self._doc)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self._doc)

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if _spec is not _VOICE_lang or _unknown:
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if xml_lang is not None:
            _attrib["{http://www.w3.org/XML/1998/namespace}lang"] = (
                xml_lang
                if xml_lang.__class__ is str and xml_lang.isprintable()
                else str(xml_lang)
                if xml_lang.__class__ is int
                else format_value(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "lang", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlLang(_el, _spec, self._doc)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self._doc)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self._doc)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self._doc)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self._doc)

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if _spec is not _VOICE_w or _unknown:
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if role is not None:
            _attrib["role"] = (
                role
                if role.__class__ is str and role.isprintable()
                else str(role)
                if role.__class__ is int
                else format_value(_spec, "role", role)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "w", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlW(_el, _spec, self._doc)


class SsmlLang(Element):
    """<lang>: SSML: speak in another language."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self._doc)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self._doc)

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if _spec is not _VOICE_lang or _unknown:
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if xml_lang is not None:
            _attrib["{http://www.w3.org/XML/1998/namespace}lang"] = (
                xml_lang
                if xml_lang.__class__ is str and xml_lang.isprintable()
                else str(xml_lang)
                if xml_lang.__class__ is int
                else format_value(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "lang", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlLang(_el, _spec, self._doc)

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self
        _spec = _cur._spec.kids.get("p")
        if _spec is not _VOICE_p or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "p", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlP(_el, _spec, self._doc)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self._doc)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self._doc)

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if _spec is not _VOICE_s or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "s", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlS(_el, _spec, self._doc)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self._doc)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self._doc)

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if _spec is not _VOICE_w or _unknown:
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if role is not None:
            _attrib["role"] = (
                role
                if role.__class__ is str and role.isprintable()
                else str(role)
                if role.__class__ is int
                else format_value(_spec, "role", role)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "w", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlW(_el, _spec, self._doc)


class SsmlP(Element):
    """<p>: SSML: a paragraph."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self._doc)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self._doc)

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if _spec is not _VOICE_lang or _unknown:
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if xml_lang is not None:
            _attrib["{http://www.w3.org/XML/1998/namespace}lang"] = (
                xml_lang
                if xml_lang.__class__ is str and xml_lang.isprintable()
                else str(xml_lang)
                if xml_lang.__class__ is int
                else format_value(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "lang", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlLang(_el, _spec, self._doc)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self._doc)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self._doc)

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if _spec is not _VOICE_s or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "s", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlS(_el, _spec, self._doc)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self._doc)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self._doc)

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if _spec is not _VOICE_w or _unknown:
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if role is not None:
            _attrib["role"] = (
                role
                if role.__class__ is str and role.isprintable()
                else str(role)
                if role.__class__ is int
                else format_value(_spec, "role", role)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "w", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlW(_el, _spec, self._doc)


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
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self._doc)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self._doc)

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if _spec is not _VOICE_lang or _unknown:
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if xml_lang is not None:
            _attrib["{http://www.w3.org/XML/1998/namespace}lang"] = (
                xml_lang
                if xml_lang.__class__ is str and xml_lang.isprintable()
                else str(xml_lang)
                if xml_lang.__class__ is int
                else format_value(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "lang", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlLang(_el, _spec, self._doc)

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self
        _spec = _cur._spec.kids.get("p")
        if _spec is not _VOICE_p or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "p", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlP(_el, _spec, self._doc)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self._doc)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self._doc)

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self
        _spec = _cur._spec.kids.get("s")
        if _spec is not _VOICE_s or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "s", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlS(_el, _spec, self._doc)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self._doc)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self._doc)

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if _spec is not _VOICE_w or _unknown:
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if role is not None:
            _attrib["role"] = (
                role
                if role.__class__ is str and role.isprintable()
                else str(role)
                if role.__class__ is int
                else format_value(_spec, "role", role)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "w", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlW(_el, _spec, self._doc)


class SsmlS(Element):
    """<s>: SSML: a sentence."""

    __slots__ = ()

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self._doc)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self._doc)

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self
        _spec = _cur._spec.kids.get("lang")
        if _spec is not _VOICE_lang or _unknown:
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if xml_lang is not None:
            _attrib["{http://www.w3.org/XML/1998/namespace}lang"] = (
                xml_lang
                if xml_lang.__class__ is str and xml_lang.isprintable()
                else str(xml_lang)
                if xml_lang.__class__ is int
                else format_value(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "lang", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlLang(_el, _spec, self._doc)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self._doc)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self._doc)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self._doc)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self._doc)

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self
        _spec = _cur._spec.kids.get("w")
        if _spec is not _VOICE_w or _unknown:
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if role is not None:
            _attrib["role"] = (
                role
                if role.__class__ is str and role.isprintable()
                else str(role)
                if role.__class__ is int
                else format_value(_spec, "role", role)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "w", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlW(_el, _spec, self._doc)


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
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self._doc)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self._doc)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self._doc)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self._doc)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self._doc)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Recording or _unknown:
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
        _attrib = {}
        if channels is not None:
            _attrib["channels"] = (
                channels
                if channels.__class__ is str and channels.isprintable()
                else str(channels)
                if channels.__class__ is int
                else format_value(_spec, "channels", channels)
            )
        if recording_configuration_id is not None:
            _attrib["recordingConfigurationId"] = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                else str(recording_configuration_id)
                if recording_configuration_id.__class__ is int
                else format_value(_spec, "recordingConfigurationId", recording_configuration_id)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if trim is not None:
            _attrib["trim"] = format_value(_spec, "trim", trim)
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Recording", _attrib)
        return Recording(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Siprec or _unknown:
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
        _attrib = {}
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Siprec", _attrib)
        return Siprec(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Stream or _unknown:
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
        _attrib = {}
        if audio_format is not None:
            _attrib["audioFormat"] = (
                audio_format
                if audio_format.__class__ is str and audio_format.isprintable()
                else str(audio_format)
                if audio_format.__class__ is int
                else format_value(_spec, "audioFormat", audio_format)
            )
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if sample_rate is not None:
            _attrib["sampleRate"] = (
                sample_rate
                if sample_rate.__class__ is str and sample_rate.isprintable()
                else str(sample_rate)
                if sample_rate.__class__ is int
                else format_value(_spec, "sampleRate", sample_rate)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Stream", _attrib)
        return Stream(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Transcription or _unknown:
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
        _attrib = {}
        if enable_automatic_punctuation is not None:
            _attrib["enableAutomaticPunctuation"] = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                and enable_automatic_punctuation.isprintable()
                else str(enable_automatic_punctuation)
                if enable_automatic_punctuation.__class__ is int
                else format_value(_spec, "enableAutomaticPunctuation", enable_automatic_punctuation)
            )
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if inbound_track_label is not None:
            _attrib["inboundTrackLabel"] = (
                inbound_track_label
                if inbound_track_label.__class__ is str and inbound_track_label.isprintable()
                else str(inbound_track_label)
                if inbound_track_label.__class__ is int
                else format_value(_spec, "inboundTrackLabel", inbound_track_label)
            )
        if intelligence_service is not None:
            _attrib["intelligenceService"] = (
                intelligence_service
                if intelligence_service.__class__ is str and intelligence_service.isprintable()
                else str(intelligence_service)
                if intelligence_service.__class__ is int
                else format_value(_spec, "intelligenceService", intelligence_service)
            )
        if language_code is not None:
            _attrib["languageCode"] = (
                language_code
                if language_code.__class__ is str and language_code.isprintable()
                else str(language_code)
                if language_code.__class__ is int
                else format_value(_spec, "languageCode", language_code)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if outbound_track_label is not None:
            _attrib["outboundTrackLabel"] = (
                outbound_track_label
                if outbound_track_label.__class__ is str and outbound_track_label.isprintable()
                else str(outbound_track_label)
                if outbound_track_label.__class__ is int
                else format_value(_spec, "outboundTrackLabel", outbound_track_label)
            )
        if partial_results is not None:
            _attrib["partialResults"] = (
                partial_results
                if partial_results.__class__ is str and partial_results.isprintable()
                else str(partial_results)
                if partial_results.__class__ is int
                else format_value(_spec, "partialResults", partial_results)
            )
        if profanity_filter is not None:
            _attrib["profanityFilter"] = (
                profanity_filter
                if profanity_filter.__class__ is str and profanity_filter.isprintable()
                else str(profanity_filter)
                if profanity_filter.__class__ is int
                else format_value(_spec, "profanityFilter", profanity_filter)
            )
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if status_callback_url is not None:
            _attrib["statusCallbackUrl"] = (
                status_callback_url
                if status_callback_url.__class__ is str and status_callback_url.isprintable()
                else str(status_callback_url)
                if status_callback_url.__class__ is int
                else format_value(_spec, "statusCallbackUrl", status_callback_url)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if transcription_engine is not None:
            _attrib["transcriptionEngine"] = (
                transcription_engine
                if transcription_engine.__class__ is str and transcription_engine.isprintable()
                else str(transcription_engine)
                if transcription_engine.__class__ is int
                else format_value(_spec, "transcriptionEngine", transcription_engine)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Transcription", _attrib)
        return Transcription(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Siprec or _unknown:
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
        _attrib = {}
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Siprec", _attrib)
        return Siprec(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Stream or _unknown:
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
        _attrib = {}
        if audio_format is not None:
            _attrib["audioFormat"] = (
                audio_format
                if audio_format.__class__ is str and audio_format.isprintable()
                else str(audio_format)
                if audio_format.__class__ is int
                else format_value(_spec, "audioFormat", audio_format)
            )
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if sample_rate is not None:
            _attrib["sampleRate"] = (
                sample_rate
                if sample_rate.__class__ is str and sample_rate.isprintable()
                else str(sample_rate)
                if sample_rate.__class__ is int
                else format_value(_spec, "sampleRate", sample_rate)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Stream", _attrib)
        return Stream(_el, _spec, self._doc)

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
        if _spec is not _VOICE_Transcription or _unknown:
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
        _attrib = {}
        if enable_automatic_punctuation is not None:
            _attrib["enableAutomaticPunctuation"] = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                and enable_automatic_punctuation.isprintable()
                else str(enable_automatic_punctuation)
                if enable_automatic_punctuation.__class__ is int
                else format_value(_spec, "enableAutomaticPunctuation", enable_automatic_punctuation)
            )
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if inbound_track_label is not None:
            _attrib["inboundTrackLabel"] = (
                inbound_track_label
                if inbound_track_label.__class__ is str and inbound_track_label.isprintable()
                else str(inbound_track_label)
                if inbound_track_label.__class__ is int
                else format_value(_spec, "inboundTrackLabel", inbound_track_label)
            )
        if intelligence_service is not None:
            _attrib["intelligenceService"] = (
                intelligence_service
                if intelligence_service.__class__ is str and intelligence_service.isprintable()
                else str(intelligence_service)
                if intelligence_service.__class__ is int
                else format_value(_spec, "intelligenceService", intelligence_service)
            )
        if language_code is not None:
            _attrib["languageCode"] = (
                language_code
                if language_code.__class__ is str and language_code.isprintable()
                else str(language_code)
                if language_code.__class__ is int
                else format_value(_spec, "languageCode", language_code)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if outbound_track_label is not None:
            _attrib["outboundTrackLabel"] = (
                outbound_track_label
                if outbound_track_label.__class__ is str and outbound_track_label.isprintable()
                else str(outbound_track_label)
                if outbound_track_label.__class__ is int
                else format_value(_spec, "outboundTrackLabel", outbound_track_label)
            )
        if partial_results is not None:
            _attrib["partialResults"] = (
                partial_results
                if partial_results.__class__ is str and partial_results.isprintable()
                else str(partial_results)
                if partial_results.__class__ is int
                else format_value(_spec, "partialResults", partial_results)
            )
        if profanity_filter is not None:
            _attrib["profanityFilter"] = (
                profanity_filter
                if profanity_filter.__class__ is str and profanity_filter.isprintable()
                else str(profanity_filter)
                if profanity_filter.__class__ is int
                else format_value(_spec, "profanityFilter", profanity_filter)
            )
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if status_callback_url is not None:
            _attrib["statusCallbackUrl"] = (
                status_callback_url
                if status_callback_url.__class__ is str and status_callback_url.isprintable()
                else str(status_callback_url)
                if status_callback_url.__class__ is int
                else format_value(_spec, "statusCallbackUrl", status_callback_url)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if transcription_engine is not None:
            _attrib["transcriptionEngine"] = (
                transcription_engine
                if transcription_engine.__class__ is str and transcription_engine.isprintable()
                else str(transcription_engine)
                if transcription_engine.__class__ is int
                else format_value(_spec, "transcriptionEngine", transcription_engine)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Transcription", _attrib)
        return Transcription(_el, _spec, self._doc)


class Stream(Element):
    """<Stream>: Stream the call's audio to a WebSocket."""

    __slots__ = ()

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Config or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Config, "config", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Config", _attrib)
        return Config(_el, _spec, self._doc)

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_Config or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Config, "config", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Config", _attrib)
        return Config(_el, _spec, self._doc)

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self._doc)


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
        if _spec is not _VOICE_AiSession or _unknown:
            _given = {
                "ai_connector": ai_connector,
                "ai_session_configuration": ai_session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(AiSession, "ai_session", None, _given)
        _attrib = {}
        if ai_connector is not None:
            _attrib["aiConnector"] = (
                ai_connector
                if ai_connector.__class__ is str and ai_connector.isprintable()
                else str(ai_connector)
                if ai_connector.__class__ is int
                else format_value(_spec, "aiConnector", ai_connector)
            )
        if ai_session_configuration is not None:
            _attrib["aiSessionConfiguration"] = (
                ai_session_configuration
                if ai_session_configuration.__class__ is str
                and ai_session_configuration.isprintable()
                else str(ai_session_configuration)
                if ai_session_configuration.__class__ is int
                else format_value(_spec, "aiSessionConfiguration", ai_session_configuration)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "AiSession", _attrib)
        return AiSession(_el, _spec, self)

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
        if _spec is not _VOICE_Application or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if copy_parent_to is not None:
            _attrib["copyParentTo"] = (
                copy_parent_to
                if copy_parent_to.__class__ is str and copy_parent_to.isprintable()
                else str(copy_parent_to)
                if copy_parent_to.__class__ is int
                else format_value(_spec, "copyParentTo", copy_parent_to)
            )
        if customer_id is not None:
            _attrib["customerId"] = (
                customer_id
                if customer_id.__class__ is str and customer_id.isprintable()
                else str(customer_id)
                if customer_id.__class__ is int
                else format_value(_spec, "customerId", customer_id)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Application", _attrib)
        if _text is not None:
            _el.text = _text
        return Application(_el, _spec, self)

    def application_sid(self, text, /, *, extra=None, **_unknown):
        """The SID of the Application to dial."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("application_sid")
        if _spec is not _VOICE_ApplicationSid or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(ApplicationSid, "application_sid", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "ApplicationSid", _attrib)
        if _text is not None:
            _el.text = _text
        return ApplicationSid(_el, _spec, self)

    def break_(self, /, *, strength=None, time=None, extra=None, **_unknown):
        """SSML: a pause in speech."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("break_")
        if _spec is not _VOICE_break or _unknown:
            _given = {"strength": strength, "time": time, **_unknown, "extra": extra}
            return _cur._add(SsmlBreak, "break_", None, _given)
        _attrib = {}
        if strength is not None:
            _attrib["strength"] = (
                strength
                if strength.__class__ is str and strength.isprintable()
                else str(strength)
                if strength.__class__ is int
                else format_value(_spec, "strength", strength)
            )
        if time is not None:
            _attrib["time"] = (
                time
                if time.__class__ is str and time.isprintable()
                else str(time)
                if time.__class__ is int
                else format_value(_spec, "time", time)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "break", _attrib)
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlBreak(_el, _spec, self)

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
        if _spec is not _VOICE_Client or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Client", _attrib)
        if _text is not None:
            _el.text = _text
        return Client(_el, _spec, self)

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
        if _spec is not _VOICE_Conference or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if beep is not None:
            _attrib["beep"] = (
                beep
                if beep.__class__ is str and beep.isprintable()
                else str(beep)
                if beep.__class__ is int
                else format_value(_spec, "beep", beep)
            )
        if coach is not None:
            _attrib["coach"] = (
                coach
                if coach.__class__ is str and coach.isprintable()
                else str(coach)
                if coach.__class__ is int
                else format_value(_spec, "coach", coach)
            )
        if end_conference_on_exit is not None:
            _attrib["endConferenceOnExit"] = (
                end_conference_on_exit
                if end_conference_on_exit.__class__ is str and end_conference_on_exit.isprintable()
                else str(end_conference_on_exit)
                if end_conference_on_exit.__class__ is int
                else format_value(_spec, "endConferenceOnExit", end_conference_on_exit)
            )
        if event_callback_url is not None:
            _attrib["eventCallbackUrl"] = (
                event_callback_url
                if event_callback_url.__class__ is str and event_callback_url.isprintable()
                else str(event_callback_url)
                if event_callback_url.__class__ is int
                else format_value(_spec, "eventCallbackUrl", event_callback_url)
            )
        if jitter_buffer_size is not None:
            _attrib["jitterBufferSize"] = (
                jitter_buffer_size
                if jitter_buffer_size.__class__ is str and jitter_buffer_size.isprintable()
                else str(jitter_buffer_size)
                if jitter_buffer_size.__class__ is int
                else format_value(_spec, "jitterBufferSize", jitter_buffer_size)
            )
        if max_participants is not None:
            _attrib["maxParticipants"] = (
                str(max_participants)
                if max_participants.__class__ is int and max_participants >= 0
                else format_value(_spec, "maxParticipants", max_participants)
            )
        if muted is not None:
            _attrib["muted"] = (
                muted
                if muted.__class__ is str and muted.isprintable()
                else str(muted)
                if muted.__class__ is int
                else format_value(_spec, "muted", muted)
            )
        if participant_label is not None:
            _attrib["participantLabel"] = (
                participant_label
                if participant_label.__class__ is str and participant_label.isprintable()
                else str(participant_label)
                if participant_label.__class__ is int
                else format_value(_spec, "participantLabel", participant_label)
            )
        if record is not None:
            _attrib["record"] = (
                record
                if record.__class__ is str and record.isprintable()
                else str(record)
                if record.__class__ is int
                else format_value(_spec, "record", record)
            )
        if recording_configuration_id is not None:
            _attrib["recordingConfigurationId"] = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                else str(recording_configuration_id)
                if recording_configuration_id.__class__ is int
                else format_value(_spec, "recordingConfigurationId", recording_configuration_id)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if region is not None:
            _attrib["region"] = (
                region
                if region.__class__ is str and region.isprintable()
                else str(region)
                if region.__class__ is int
                else format_value(_spec, "region", region)
            )
        if start_conference_on_enter is not None:
            _attrib["startConferenceOnEnter"] = (
                start_conference_on_enter
                if start_conference_on_enter.__class__ is str
                and start_conference_on_enter.isprintable()
                else str(start_conference_on_enter)
                if start_conference_on_enter.__class__ is int
                else format_value(_spec, "startConferenceOnEnter", start_conference_on_enter)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if trim is not None:
            _attrib["trim"] = format_value(_spec, "trim", trim)
        if wait_method is not None:
            _attrib["waitMethod"] = (
                wait_method
                if wait_method == "POST" or wait_method == "GET"
                else format_value(_spec, "waitMethod", wait_method)
            )
        if wait_url is not None:
            _attrib["waitUrl"] = (
                wait_url
                if wait_url.__class__ is str and wait_url.isprintable()
                else str(wait_url)
                if wait_url.__class__ is int
                else format_value(_spec, "waitUrl", wait_url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Conference", _attrib)
        if _text is not None:
            _el.text = _text
        return Conference(_el, _spec, self)

    def config(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A name/value configuration setting."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("config")
        if _spec is not _VOICE_Config or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Config, "config", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Config", _attrib)
        return Config(_el, _spec, self)

    def connect(self, /, *, action=None, method=None, extra=None, **_unknown):
        """Connect the call to a stream, room, agent or relay."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("connect")
        if _spec is not _VOICE_Connect or _unknown:
            _given = {"action": action, "method": method, **_unknown, "extra": extra}
            return _cur._add(Connect, "connect", None, _given)
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Connect", _attrib)
        return Connect(_el, _spec, self)

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
        if _spec is not _VOICE_Conversation or _unknown:
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
        _attrib = {}
        if inbound_autocreation is not None:
            _attrib["inboundAutocreation"] = (
                inbound_autocreation
                if inbound_autocreation.__class__ is str and inbound_autocreation.isprintable()
                else str(inbound_autocreation)
                if inbound_autocreation.__class__ is int
                else format_value(_spec, "inboundAutocreation", inbound_autocreation)
            )
        if inbound_timeout is not None:
            _attrib["inboundTimeout"] = (
                str(inbound_timeout)
                if inbound_timeout.__class__ is int and inbound_timeout >= 0
                else format_value(_spec, "inboundTimeout", inbound_timeout)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if record is not None:
            _attrib["record"] = (
                record
                if record.__class__ is str and record.isprintable()
                else str(record)
                if record.__class__ is int
                else format_value(_spec, "record", record)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if routing_assignment_timeout is not None:
            _attrib["routingAssignmentTimeout"] = (
                str(routing_assignment_timeout)
                if routing_assignment_timeout.__class__ is int and routing_assignment_timeout >= 0
                else format_value(_spec, "routingAssignmentTimeout", routing_assignment_timeout)
            )
        if service_instance_sid is not None:
            _attrib["serviceInstanceSid"] = (
                service_instance_sid
                if service_instance_sid.__class__ is str and service_instance_sid.isprintable()
                else str(service_instance_sid)
                if service_instance_sid.__class__ is int
                else format_value(_spec, "serviceInstanceSid", service_instance_sid)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if trim is not None:
            _attrib["trim"] = (
                trim
                if trim.__class__ is str and trim.isprintable()
                else str(trim)
                if trim.__class__ is int
                else format_value(_spec, "trim", trim)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Conversation", _attrib)
        return Conversation(_el, _spec, self)

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
        if _spec is not _VOICE_ConversationRelay or _unknown:
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
        _attrib = {}
        if application_reconnect is not None:
            _attrib["applicationReconnect"] = (
                application_reconnect
                if application_reconnect.__class__ is str and application_reconnect.isprintable()
                else str(application_reconnect)
                if application_reconnect.__class__ is int
                else format_value(_spec, "applicationReconnect", application_reconnect)
            )
        if asr_smart_format is not None:
            _attrib["asrSmartFormat"] = (
                asr_smart_format
                if asr_smart_format.__class__ is str and asr_smart_format.isprintable()
                else str(asr_smart_format)
                if asr_smart_format.__class__ is int
                else format_value(_spec, "asrSmartFormat", asr_smart_format)
            )
        if background_noise_reduction is not None:
            _attrib["backgroundNoiseReduction"] = (
                background_noise_reduction
                if background_noise_reduction.__class__ is str
                and background_noise_reduction.isprintable()
                else str(background_noise_reduction)
                if background_noise_reduction.__class__ is int
                else format_value(_spec, "backgroundNoiseReduction", background_noise_reduction)
            )
        if customer_name is not None:
            _attrib["customerName"] = (
                customer_name
                if customer_name.__class__ is str and customer_name.isprintable()
                else str(customer_name)
                if customer_name.__class__ is int
                else format_value(_spec, "customerName", customer_name)
            )
        if debug is not None:
            _attrib["debug"] = format_value(_spec, "debug", debug)
        if deepgram_smart_format is not None:
            _attrib["deepgramSmartFormat"] = (
                deepgram_smart_format
                if deepgram_smart_format.__class__ is str and deepgram_smart_format.isprintable()
                else str(deepgram_smart_format)
                if deepgram_smart_format.__class__ is int
                else format_value(_spec, "deepgramSmartFormat", deepgram_smart_format)
            )
        if dtmf_detection is not None:
            _attrib["dtmfDetection"] = (
                dtmf_detection
                if dtmf_detection.__class__ is str and dtmf_detection.isprintable()
                else str(dtmf_detection)
                if dtmf_detection.__class__ is int
                else format_value(_spec, "dtmfDetection", dtmf_detection)
            )
        if eager_eot_threshold is not None:
            _attrib["eagerEotThreshold"] = (
                eager_eot_threshold
                if eager_eot_threshold.__class__ is str and eager_eot_threshold.isprintable()
                else str(eager_eot_threshold)
                if eager_eot_threshold.__class__ is int
                else format_value(_spec, "eagerEotThreshold", eager_eot_threshold)
            )
        if echo_prompt_filtering is not None:
            _attrib["echoPromptFiltering"] = (
                echo_prompt_filtering
                if echo_prompt_filtering.__class__ is str and echo_prompt_filtering.isprintable()
                else str(echo_prompt_filtering)
                if echo_prompt_filtering.__class__ is int
                else format_value(_spec, "echoPromptFiltering", echo_prompt_filtering)
            )
        if elevenlabs_language_text_normalization is not None:
            _attrib["elevenlabsLanguageTextNormalization"] = (
                elevenlabs_language_text_normalization
                if elevenlabs_language_text_normalization.__class__ is str
                and elevenlabs_language_text_normalization.isprintable()
                else str(elevenlabs_language_text_normalization)
                if elevenlabs_language_text_normalization.__class__ is int
                else format_value(
                    _spec,
                    "elevenlabsLanguageTextNormalization",
                    elevenlabs_language_text_normalization,
                )
            )
        if elevenlabs_text_normalization is not None:
            _attrib["elevenlabsTextNormalization"] = (
                elevenlabs_text_normalization
                if elevenlabs_text_normalization.__class__ is str
                and elevenlabs_text_normalization.isprintable()
                else str(elevenlabs_text_normalization)
                if elevenlabs_text_normalization.__class__ is int
                else format_value(
                    _spec, "elevenlabsTextNormalization", elevenlabs_text_normalization
                )
            )
        if events is not None:
            _attrib["events"] = format_value(_spec, "events", events)
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if ignore_backchannel is not None:
            _attrib["ignoreBackchannel"] = (
                ignore_backchannel
                if ignore_backchannel.__class__ is str and ignore_backchannel.isprintable()
                else str(ignore_backchannel)
                if ignore_backchannel.__class__ is int
                else format_value(_spec, "ignoreBackchannel", ignore_backchannel)
            )
        if include_in_prompt is not None:
            _attrib["includeInPrompt"] = (
                include_in_prompt
                if include_in_prompt.__class__ is str and include_in_prompt.isprintable()
                else str(include_in_prompt)
                if include_in_prompt.__class__ is int
                else format_value(_spec, "includeInPrompt", include_in_prompt)
            )
        if intelligence_service is not None:
            _attrib["intelligenceService"] = (
                intelligence_service
                if intelligence_service.__class__ is str and intelligence_service.isprintable()
                else str(intelligence_service)
                if intelligence_service.__class__ is int
                else format_value(_spec, "intelligenceService", intelligence_service)
            )
        if interrupt_sensitivity is not None:
            _attrib["interruptSensitivity"] = (
                interrupt_sensitivity
                if interrupt_sensitivity.__class__ is str and interrupt_sensitivity.isprintable()
                else str(interrupt_sensitivity)
                if interrupt_sensitivity.__class__ is int
                else format_value(_spec, "interruptSensitivity", interrupt_sensitivity)
            )
        if interruptible is not None:
            _attrib["interruptible"] = (
                interruptible
                if interruptible.__class__ is str and interruptible.isprintable()
                else str(interruptible)
                if interruptible.__class__ is int
                else format_value(_spec, "interruptible", interruptible)
            )
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if partial_prompt_on_hangup is not None:
            _attrib["partialPromptOnHangup"] = (
                partial_prompt_on_hangup
                if partial_prompt_on_hangup.__class__ is str
                and partial_prompt_on_hangup.isprintable()
                else str(partial_prompt_on_hangup)
                if partial_prompt_on_hangup.__class__ is int
                else format_value(_spec, "partialPromptOnHangup", partial_prompt_on_hangup)
            )
        if partial_prompts is not None:
            _attrib["partialPrompts"] = (
                partial_prompts
                if partial_prompts.__class__ is str and partial_prompts.isprintable()
                else str(partial_prompts)
                if partial_prompts.__class__ is int
                else format_value(_spec, "partialPrompts", partial_prompts)
            )
        if preemptible is not None:
            _attrib["preemptible"] = (
                preemptible
                if preemptible.__class__ is str and preemptible.isprintable()
                else str(preemptible)
                if preemptible.__class__ is int
                else format_value(_spec, "preemptible", preemptible)
            )
        if profanity_filter is not None:
            _attrib["profanityFilter"] = (
                profanity_filter
                if profanity_filter.__class__ is str and profanity_filter.isprintable()
                else str(profanity_filter)
                if profanity_filter.__class__ is int
                else format_value(_spec, "profanityFilter", profanity_filter)
            )
        if report_input_during_agent_speech is not None:
            _attrib["reportInputDuringAgentSpeech"] = (
                report_input_during_agent_speech
                if report_input_during_agent_speech.__class__ is str
                and report_input_during_agent_speech.isprintable()
                else str(report_input_during_agent_speech)
                if report_input_during_agent_speech.__class__ is int
                else format_value(
                    _spec, "reportInputDuringAgentSpeech", report_input_during_agent_speech
                )
            )
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if speech_timeout is not None:
            _attrib["speechTimeout"] = (
                speech_timeout
                if speech_timeout.__class__ is str and speech_timeout.isprintable()
                else str(speech_timeout)
                if speech_timeout.__class__ is int
                else format_value(_spec, "speechTimeout", speech_timeout)
            )
        if transcription_language is not None:
            _attrib["transcriptionLanguage"] = (
                transcription_language
                if transcription_language.__class__ is str and transcription_language.isprintable()
                else str(transcription_language)
                if transcription_language.__class__ is int
                else format_value(_spec, "transcriptionLanguage", transcription_language)
            )
        if transcription_provider is not None:
            _attrib["transcriptionProvider"] = (
                transcription_provider
                if transcription_provider.__class__ is str and transcription_provider.isprintable()
                else str(transcription_provider)
                if transcription_provider.__class__ is int
                else format_value(_spec, "transcriptionProvider", transcription_provider)
            )
        if tts_language is not None:
            _attrib["ttsLanguage"] = (
                tts_language
                if tts_language.__class__ is str and tts_language.isprintable()
                else str(tts_language)
                if tts_language.__class__ is int
                else format_value(_spec, "ttsLanguage", tts_language)
            )
        if tts_language_text_normalization is not None:
            _attrib["ttsLanguageTextNormalization"] = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                else str(tts_language_text_normalization)
                if tts_language_text_normalization.__class__ is int
                else format_value(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
        if tts_provider is not None:
            _attrib["ttsProvider"] = (
                tts_provider
                if tts_provider.__class__ is str and tts_provider.isprintable()
                else str(tts_provider)
                if tts_provider.__class__ is int
                else format_value(_spec, "ttsProvider", tts_provider)
            )
        if tts_text_normalization is not None:
            _attrib["ttsTextNormalization"] = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str and tts_text_normalization.isprintable()
                else str(tts_text_normalization)
                if tts_text_normalization.__class__ is int
                else format_value(_spec, "ttsTextNormalization", tts_text_normalization)
            )
        if turn_detection is not None:
            _attrib["turnDetection"] = (
                turn_detection
                if turn_detection.__class__ is str and turn_detection.isprintable()
                else str(turn_detection)
                if turn_detection.__class__ is int
                else format_value(_spec, "turnDetection", turn_detection)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if voice is not None:
            _attrib["voice"] = (
                voice
                if voice.__class__ is str and voice.isprintable()
                else str(voice)
                if voice.__class__ is int
                else format_value(_spec, "voice", voice)
            )
        if welcome_greeting is not None:
            _attrib["welcomeGreeting"] = (
                welcome_greeting
                if welcome_greeting.__class__ is str and welcome_greeting.isprintable()
                else str(welcome_greeting)
                if welcome_greeting.__class__ is int
                else format_value(_spec, "welcomeGreeting", welcome_greeting)
            )
        if welcome_greeting_interruptible is not None:
            _attrib["welcomeGreetingInterruptible"] = (
                welcome_greeting_interruptible
                if welcome_greeting_interruptible.__class__ is str
                and welcome_greeting_interruptible.isprintable()
                else str(welcome_greeting_interruptible)
                if welcome_greeting_interruptible.__class__ is int
                else format_value(
                    _spec, "welcomeGreetingInterruptible", welcome_greeting_interruptible
                )
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "ConversationRelay", _attrib)
        return ConversationRelay(_el, _spec, self)

    def conversation_relay_session(
        self, /, *, connector=None, session_configuration=None, extra=None, **_unknown
    ):
        """Connect the call to a ConversationRelay session."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("conversation_relay_session")
        if _spec is not _VOICE_ConversationRelaySession or _unknown:
            _given = {
                "connector": connector,
                "session_configuration": session_configuration,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(ConversationRelaySession, "conversation_relay_session", None, _given)
        _attrib = {}
        if connector is not None:
            _attrib["connector"] = (
                connector
                if connector.__class__ is str and connector.isprintable()
                else str(connector)
                if connector.__class__ is int
                else format_value(_spec, "connector", connector)
            )
        if session_configuration is not None:
            _attrib["sessionConfiguration"] = (
                session_configuration
                if session_configuration.__class__ is str and session_configuration.isprintable()
                else str(session_configuration)
                if session_configuration.__class__ is int
                else format_value(_spec, "sessionConfiguration", session_configuration)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "ConversationRelaySession", _attrib)
        return ConversationRelaySession(_el, _spec, self)

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
        if _spec is not _VOICE_Dial or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if answer_on_bridge is not None:
            _attrib["answerOnBridge"] = (
                answer_on_bridge
                if answer_on_bridge.__class__ is str and answer_on_bridge.isprintable()
                else str(answer_on_bridge)
                if answer_on_bridge.__class__ is int
                else format_value(_spec, "answerOnBridge", answer_on_bridge)
            )
        if caller_id is not None:
            _attrib["callerId"] = (
                caller_id
                if caller_id.__class__ is str and caller_id.isprintable()
                else str(caller_id)
                if caller_id.__class__ is int
                else format_value(_spec, "callerId", caller_id)
            )
        if events is not None:
            _attrib["events"] = format_value(_spec, "events", events)
        if hangup_on_star is not None:
            _attrib["hangupOnStar"] = (
                hangup_on_star
                if hangup_on_star.__class__ is str and hangup_on_star.isprintable()
                else str(hangup_on_star)
                if hangup_on_star.__class__ is int
                else format_value(_spec, "hangupOnStar", hangup_on_star)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if passports is not None:
            _attrib["passports"] = (
                passports
                if passports.__class__ is str and passports.isprintable()
                else str(passports)
                if passports.__class__ is int
                else format_value(_spec, "passports", passports)
            )
        if record is not None:
            _attrib["record"] = (
                record
                if record.__class__ is str and record.isprintable()
                else str(record)
                if record.__class__ is int
                else format_value(_spec, "record", record)
            )
        if recording_configuration_id is not None:
            _attrib["recordingConfigurationId"] = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                else str(recording_configuration_id)
                if recording_configuration_id.__class__ is int
                else format_value(_spec, "recordingConfigurationId", recording_configuration_id)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if recording_track is not None:
            _attrib["recordingTrack"] = (
                recording_track
                if recording_track.__class__ is str and recording_track.isprintable()
                else str(recording_track)
                if recording_track.__class__ is int
                else format_value(_spec, "recordingTrack", recording_track)
            )
        if refer_method is not None:
            _attrib["referMethod"] = (
                refer_method
                if refer_method == "POST" or refer_method == "GET"
                else format_value(_spec, "referMethod", refer_method)
            )
        if refer_url is not None:
            _attrib["referUrl"] = (
                refer_url
                if refer_url.__class__ is str and refer_url.isprintable()
                else str(refer_url)
                if refer_url.__class__ is int
                else format_value(_spec, "referUrl", refer_url)
            )
        if ring_tone is not None:
            _attrib["ringTone"] = (
                ring_tone
                if ring_tone.__class__ is str and ring_tone.isprintable()
                else str(ring_tone)
                if ring_tone.__class__ is int
                else format_value(_spec, "ringTone", ring_tone)
            )
        if sequential is not None:
            _attrib["sequential"] = (
                sequential
                if sequential.__class__ is str and sequential.isprintable()
                else str(sequential)
                if sequential.__class__ is int
                else format_value(_spec, "sequential", sequential)
            )
        if time_limit is not None:
            _attrib["timeLimit"] = (
                str(time_limit)
                if time_limit.__class__ is int and time_limit >= 0
                else format_value(_spec, "timeLimit", time_limit)
            )
        if timeout is not None:
            _attrib["timeout"] = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else format_value(_spec, "timeout", timeout)
            )
        if trim is not None:
            _attrib["trim"] = format_value(_spec, "trim", trim)
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Dial", _attrib)
        if _text is not None:
            _el.text = _text
        return Dial(_el, _spec, self)

    def echo(self, /, *, extra=None, **_unknown):
        """Echo the caller's audio back (for testing)."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("echo")
        if _spec is not _VOICE_Echo or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Echo, "echo", None, _given)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Echo", _attrib)
        return Echo(_el, _spec, self)

    def emphasis(self, text=None, /, *, level=None, extra=None, **_unknown):
        """SSML: speak with emphasis."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("emphasis")
        if _spec is not _VOICE_emphasis or _unknown:
            _given = {"level": level, **_unknown, "extra": extra}
            return _cur._add(SsmlEmphasis, "emphasis", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if level is not None:
            _attrib["level"] = (
                level
                if level.__class__ is str and level.isprintable()
                else str(level)
                if level.__class__ is int
                else format_value(_spec, "level", level)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "emphasis", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlEmphasis(_el, _spec, self)

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
        if _spec is not _VOICE_Enqueue or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if max_queue_size is not None:
            _attrib["maxQueueSize"] = (
                str(max_queue_size)
                if max_queue_size.__class__ is int and max_queue_size >= 0
                else format_value(_spec, "maxQueueSize", max_queue_size)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if wait_url is not None:
            _attrib["waitUrl"] = (
                wait_url
                if wait_url.__class__ is str and wait_url.isprintable()
                else str(wait_url)
                if wait_url.__class__ is int
                else format_value(_spec, "waitUrl", wait_url)
            )
        if wait_url_method is not None:
            _attrib["waitUrlMethod"] = (
                wait_url_method
                if wait_url_method == "POST" or wait_url_method == "GET"
                else format_value(_spec, "waitUrlMethod", wait_url_method)
            )
        if workflow_sid is not None:
            _attrib["workflowSid"] = (
                workflow_sid
                if workflow_sid.__class__ is str and workflow_sid.isprintable()
                else str(workflow_sid)
                if workflow_sid.__class__ is int
                else format_value(_spec, "workflowSid", workflow_sid)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Enqueue", _attrib)
        if _text is not None:
            _el.text = _text
        return Enqueue(_el, _spec, self)

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
        if _spec is not _VOICE_Gather or _unknown:
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
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if action_on_empty_result is not None:
            _attrib["actionOnEmptyResult"] = (
                action_on_empty_result
                if action_on_empty_result.__class__ is str and action_on_empty_result.isprintable()
                else str(action_on_empty_result)
                if action_on_empty_result.__class__ is int
                else format_value(_spec, "actionOnEmptyResult", action_on_empty_result)
            )
        if barge_in is not None:
            _attrib["bargeIn"] = (
                barge_in
                if barge_in.__class__ is str and barge_in.isprintable()
                else str(barge_in)
                if barge_in.__class__ is int
                else format_value(_spec, "bargeIn", barge_in)
            )
        if debug is not None:
            _attrib["debug"] = format_value(_spec, "debug", debug)
        if enhanced is not None:
            _attrib["enhanced"] = (
                enhanced
                if enhanced.__class__ is str and enhanced.isprintable()
                else str(enhanced)
                if enhanced.__class__ is int
                else format_value(_spec, "enhanced", enhanced)
            )
        if finish_on_key is not None:
            _attrib["finishOnKey"] = (
                finish_on_key
                if finish_on_key.__class__ is str and finish_on_key.isprintable()
                else str(finish_on_key)
                if finish_on_key.__class__ is int
                else format_value(_spec, "finishOnKey", finish_on_key)
            )
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if input is not None:
            _attrib["input"] = format_value(_spec, "input", input)
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if max_speech_time is not None:
            _attrib["maxSpeechTime"] = (
                str(max_speech_time)
                if max_speech_time.__class__ is int and max_speech_time >= 0
                else format_value(_spec, "maxSpeechTime", max_speech_time)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if num_digits is not None:
            _attrib["numDigits"] = (
                str(num_digits)
                if num_digits.__class__ is int and num_digits >= 0
                else format_value(_spec, "numDigits", num_digits)
            )
        if partial_result_callback is not None:
            _attrib["partialResultCallback"] = (
                partial_result_callback
                if partial_result_callback.__class__ is str
                and partial_result_callback.isprintable()
                else str(partial_result_callback)
                if partial_result_callback.__class__ is int
                else format_value(_spec, "partialResultCallback", partial_result_callback)
            )
        if partial_result_callback_method is not None:
            _attrib["partialResultCallbackMethod"] = (
                partial_result_callback_method
                if partial_result_callback_method == "POST"
                or partial_result_callback_method == "GET"
                else format_value(
                    _spec, "partialResultCallbackMethod", partial_result_callback_method
                )
            )
        if profanity_filter is not None:
            _attrib["profanityFilter"] = (
                profanity_filter
                if profanity_filter.__class__ is str and profanity_filter.isprintable()
                else str(profanity_filter)
                if profanity_filter.__class__ is int
                else format_value(_spec, "profanityFilter", profanity_filter)
            )
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if speech_timeout is not None:
            _attrib["speechTimeout"] = (
                speech_timeout
                if speech_timeout.__class__ is str and speech_timeout.isprintable()
                else str(speech_timeout)
                if speech_timeout.__class__ is int
                else format_value(_spec, "speechTimeout", speech_timeout)
            )
        if timeout is not None:
            _attrib["timeout"] = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else format_value(_spec, "timeout", timeout)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Gather", _attrib)
        return Gather(_el, _spec, self)

    def hangup(self, /, *, extra=None, **_unknown):
        """End the call."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("hangup")
        if _spec is not _VOICE_Hangup or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Hangup, "hangup", None, _given)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Hangup", _attrib)
        return Hangup(_el, _spec, self)

    def header(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom SIP header."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("header")
        if _spec is not _VOICE_Header or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Header, "header", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Header", _attrib)
        return Header(_el, _spec, self)

    def headers(self, /, *, extra=None, **_unknown):
        """Custom SIP headers for <Sip>."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("headers")
        if _spec is not _VOICE_Headers or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Headers, "headers", None, _given)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Headers", _attrib)
        return Headers(_el, _spec, self)

    def identity(self, text, /, *, extra=None, **_unknown):
        """The client identity to dial."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("identity")
        if _spec is not _VOICE_Identity or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Identity, "identity", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Identity", _attrib)
        if _text is not None:
            _el.text = _text
        return Identity(_el, _spec, self)

    def lang(self, text=None, /, *, xml_lang=None, extra=None, **_unknown):
        """SSML: speak in another language."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("lang")
        if _spec is not _VOICE_lang or _unknown:
            _given = {"xml_lang": xml_lang, **_unknown, "extra": extra}
            return _cur._add(SsmlLang, "lang", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if xml_lang is not None:
            _attrib["{http://www.w3.org/XML/1998/namespace}lang"] = (
                xml_lang
                if xml_lang.__class__ is str and xml_lang.isprintable()
                else str(xml_lang)
                if xml_lang.__class__ is int
                else format_value(_spec, "{http://www.w3.org/XML/1998/namespace}lang", xml_lang)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "lang", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlLang(_el, _spec, self)

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
        if _spec is not _VOICE_Language or _unknown:
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
        _attrib = {}
        if asr_smart_format is not None:
            _attrib["asrSmartFormat"] = (
                asr_smart_format
                if asr_smart_format.__class__ is str and asr_smart_format.isprintable()
                else str(asr_smart_format)
                if asr_smart_format.__class__ is int
                else format_value(_spec, "asrSmartFormat", asr_smart_format)
            )
        if code is not None:
            _attrib["code"] = (
                code
                if code.__class__ is str and code.isprintable()
                else str(code)
                if code.__class__ is int
                else format_value(_spec, "code", code)
            )
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if transcription_provider is not None:
            _attrib["transcriptionProvider"] = (
                transcription_provider
                if transcription_provider.__class__ is str and transcription_provider.isprintable()
                else str(transcription_provider)
                if transcription_provider.__class__ is int
                else format_value(_spec, "transcriptionProvider", transcription_provider)
            )
        if tts_language_text_normalization is not None:
            _attrib["ttsLanguageTextNormalization"] = (
                tts_language_text_normalization
                if tts_language_text_normalization.__class__ is str
                and tts_language_text_normalization.isprintable()
                else str(tts_language_text_normalization)
                if tts_language_text_normalization.__class__ is int
                else format_value(
                    _spec, "ttsLanguageTextNormalization", tts_language_text_normalization
                )
            )
        if tts_provider is not None:
            _attrib["ttsProvider"] = (
                tts_provider
                if tts_provider.__class__ is str and tts_provider.isprintable()
                else str(tts_provider)
                if tts_provider.__class__ is int
                else format_value(_spec, "ttsProvider", tts_provider)
            )
        if tts_text_normalization is not None:
            _attrib["ttsTextNormalization"] = (
                tts_text_normalization
                if tts_text_normalization.__class__ is str and tts_text_normalization.isprintable()
                else str(tts_text_normalization)
                if tts_text_normalization.__class__ is int
                else format_value(_spec, "ttsTextNormalization", tts_text_normalization)
            )
        if voice is not None:
            _attrib["voice"] = (
                voice
                if voice.__class__ is str and voice.isprintable()
                else str(voice)
                if voice.__class__ is int
                else format_value(_spec, "voice", voice)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Language", _attrib)
        return Language(_el, _spec, self)

    def leave(self, /, *, extra=None, **_unknown):
        """Take the caller out of the queue."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("leave")
        if _spec is not _VOICE_Leave or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Leave, "leave", None, _given)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Leave", _attrib)
        return Leave(_el, _spec, self)

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
        if _spec is not _VOICE_Number or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if amd_status_callback is not None:
            _attrib["amdStatusCallback"] = (
                amd_status_callback
                if amd_status_callback.__class__ is str and amd_status_callback.isprintable()
                else str(amd_status_callback)
                if amd_status_callback.__class__ is int
                else format_value(_spec, "amdStatusCallback", amd_status_callback)
            )
        if amd_status_callback_method is not None:
            _attrib["amdStatusCallbackMethod"] = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else format_value(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
        if byoc is not None:
            _attrib["byoc"] = (
                byoc
                if byoc.__class__ is str and byoc.isprintable()
                else str(byoc)
                if byoc.__class__ is int
                else format_value(_spec, "byoc", byoc)
            )
        if machine_detection is not None:
            _attrib["machineDetection"] = (
                machine_detection
                if machine_detection.__class__ is str and machine_detection.isprintable()
                else str(machine_detection)
                if machine_detection.__class__ is int
                else format_value(_spec, "machineDetection", machine_detection)
            )
        if machine_detection_silence_timeout is not None:
            _attrib["machineDetectionSilenceTimeout"] = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else format_value(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
        if machine_detection_speech_end_threshold is not None:
            _attrib["machineDetectionSpeechEndThreshold"] = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else format_value(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
        if machine_detection_speech_threshold is not None:
            _attrib["machineDetectionSpeechThreshold"] = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else format_value(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
        if machine_detection_timeout is not None:
            _attrib["machineDetectionTimeout"] = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else format_value(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if send_digits is not None:
            _attrib["sendDigits"] = (
                send_digits
                if send_digits.__class__ is str and send_digits.isprintable()
                else str(send_digits)
                if send_digits.__class__ is int
                else format_value(_spec, "sendDigits", send_digits)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Number", _attrib)
        if _text is not None:
            _el.text = _text
        return Number(_el, _spec, self)

    def p(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a paragraph."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("p")
        if _spec is not _VOICE_p or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlP, "p", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "p", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlP(_el, _spec, self)

    def parameter(self, /, *, name=None, value=None, extra=None, **_unknown):
        """A custom name/value parameter."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("parameter")
        if _spec is not _VOICE_Parameter or _unknown:
            _given = {"name": name, "value": value, **_unknown, "extra": extra}
            return _cur._add(Parameter, "parameter", None, _given)
        _attrib = {}
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if value is not None:
            _attrib["value"] = (
                value
                if value.__class__ is str and value.isprintable()
                else str(value)
                if value.__class__ is int
                else format_value(_spec, "value", value)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Parameter", _attrib)
        return Parameter(_el, _spec, self)

    def pause(self, /, *, length=None, extra=None, **_unknown):
        """Wait silently for `length` seconds."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("pause")
        if _spec is not _VOICE_Pause or _unknown:
            _given = {"length": length, **_unknown, "extra": extra}
            return _cur._add(Pause, "pause", None, _given)
        _attrib = {}
        if length is not None:
            _attrib["length"] = (
                str(length)
                if length.__class__ is int and length >= 0
                else format_value(_spec, "length", length)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Pause", _attrib)
        return Pause(_el, _spec, self)

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
        if _spec is not _VOICE_Pay or _unknown:
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
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if bank_account_type is not None:
            _attrib["bankAccountType"] = (
                bank_account_type
                if bank_account_type.__class__ is str and bank_account_type.isprintable()
                else str(bank_account_type)
                if bank_account_type.__class__ is int
                else format_value(_spec, "bankAccountType", bank_account_type)
            )
        if charge_amount is not None:
            _attrib["chargeAmount"] = (
                charge_amount
                if charge_amount.__class__ is str and charge_amount.isprintable()
                else str(charge_amount)
                if charge_amount.__class__ is int
                else format_value(_spec, "chargeAmount", charge_amount)
            )
        if currency is not None:
            _attrib["currency"] = (
                currency
                if currency.__class__ is str and currency.isprintable()
                else str(currency)
                if currency.__class__ is int
                else format_value(_spec, "currency", currency)
            )
        if description is not None:
            _attrib["description"] = (
                description
                if description.__class__ is str and description.isprintable()
                else str(description)
                if description.__class__ is int
                else format_value(_spec, "description", description)
            )
        if input is not None:
            _attrib["input"] = format_value(_spec, "input", input)
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if max_attempts is not None:
            _attrib["maxAttempts"] = (
                str(max_attempts)
                if max_attempts.__class__ is int and max_attempts >= 0
                else format_value(_spec, "maxAttempts", max_attempts)
            )
        if min_postal_code_length is not None:
            _attrib["minPostalCodeLength"] = (
                str(min_postal_code_length)
                if min_postal_code_length.__class__ is int and min_postal_code_length >= 0
                else format_value(_spec, "minPostalCodeLength", min_postal_code_length)
            )
        if payment_connector is not None:
            _attrib["paymentConnector"] = (
                payment_connector
                if payment_connector.__class__ is str and payment_connector.isprintable()
                else str(payment_connector)
                if payment_connector.__class__ is int
                else format_value(_spec, "paymentConnector", payment_connector)
            )
        if payment_method is not None:
            _attrib["paymentMethod"] = (
                payment_method
                if payment_method.__class__ is str and payment_method.isprintable()
                else str(payment_method)
                if payment_method.__class__ is int
                else format_value(_spec, "paymentMethod", payment_method)
            )
        if postal_code is not None:
            _attrib["postalCode"] = (
                postal_code
                if postal_code.__class__ is str and postal_code.isprintable()
                else str(postal_code)
                if postal_code.__class__ is int
                else format_value(_spec, "postalCode", postal_code)
            )
        if security_code is not None:
            _attrib["securityCode"] = (
                security_code
                if security_code.__class__ is str and security_code.isprintable()
                else str(security_code)
                if security_code.__class__ is int
                else format_value(_spec, "securityCode", security_code)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if timeout is not None:
            _attrib["timeout"] = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else format_value(_spec, "timeout", timeout)
            )
        if token_type is not None:
            _attrib["tokenType"] = (
                token_type
                if token_type.__class__ is str and token_type.isprintable()
                else str(token_type)
                if token_type.__class__ is int
                else format_value(_spec, "tokenType", token_type)
            )
        if valid_card_types is not None:
            _attrib["validCardTypes"] = format_value(_spec, "validCardTypes", valid_card_types)
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Pay", _attrib)
        return Pay(_el, _spec, self)

    def phoneme(self, text, /, *, alphabet=None, ph=None, extra=None, **_unknown):
        """SSML: a phonetic pronunciation."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("phoneme")
        if _spec is not _VOICE_phoneme or _unknown:
            _given = {"alphabet": alphabet, "ph": ph, **_unknown, "extra": extra}
            return _cur._add(SsmlPhoneme, "phoneme", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alphabet is not None:
            _attrib["alphabet"] = (
                alphabet
                if alphabet.__class__ is str and alphabet.isprintable()
                else str(alphabet)
                if alphabet.__class__ is int
                else format_value(_spec, "alphabet", alphabet)
            )
        if ph is not None:
            _attrib["ph"] = (
                ph
                if ph.__class__ is str and ph.isprintable()
                else str(ph)
                if ph.__class__ is int
                else format_value(_spec, "ph", ph)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "phoneme", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlPhoneme(_el, _spec, self)

    def play(self, text=None, /, *, digits=None, loop=None, extra=None, **_unknown):
        """Play an audio file (text is its URL) or send `digits`."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("play")
        if _spec is not _VOICE_Play or _unknown:
            _given = {"digits": digits, "loop": loop, **_unknown, "extra": extra}
            return _cur._add(Play, "play", text, _given)
        _attrib = {}
        if digits is not None:
            _attrib["digits"] = (
                digits
                if digits.__class__ is str and digits.isprintable()
                else str(digits)
                if digits.__class__ is int
                else format_value(_spec, "digits", digits)
            )
        if loop is not None:
            _attrib["loop"] = (
                str(loop)
                if loop.__class__ is int and loop >= 0
                else format_value(_spec, "loop", loop)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text, _attrib)
        _el = SubElement(_cur._el, "Play", _attrib)
        if _text is not None:
            _el.text = _text
        return Play(_el, _spec, self)

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
        if _spec is not _VOICE_Prompt or _unknown:
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
        _attrib = {}
        if attempt is not None:
            _attrib["attempt"] = format_value(_spec, "attempt", attempt)
        if card_type is not None:
            _attrib["cardType"] = format_value(_spec, "cardType", card_type)
        if error_type is not None:
            _attrib["errorType"] = format_value(_spec, "errorType", error_type)
        if for_ is not None:
            _attrib["for"] = (
                for_
                if for_.__class__ is str and for_.isprintable()
                else str(for_)
                if for_.__class__ is int
                else format_value(_spec, "for", for_)
            )
        if require_matching_inputs is not None:
            _attrib["requireMatchingInputs"] = (
                require_matching_inputs
                if require_matching_inputs.__class__ is str
                and require_matching_inputs.isprintable()
                else str(require_matching_inputs)
                if require_matching_inputs.__class__ is int
                else format_value(_spec, "requireMatchingInputs", require_matching_inputs)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Prompt", _attrib)
        return Prompt(_el, _spec, self)

    def prosody(self, text=None, /, *, pitch=None, rate=None, volume=None, extra=None, **_unknown):
        """SSML: change volume, rate or pitch."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("prosody")
        if _spec is not _VOICE_prosody or _unknown:
            _given = {"pitch": pitch, "rate": rate, "volume": volume, **_unknown, "extra": extra}
            return _cur._add(SsmlProsody, "prosody", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if pitch is not None:
            _attrib["pitch"] = (
                pitch
                if pitch.__class__ is str and pitch.isprintable()
                else str(pitch)
                if pitch.__class__ is int
                else format_value(_spec, "pitch", pitch)
            )
        if rate is not None:
            _attrib["rate"] = (
                rate
                if rate.__class__ is str and rate.isprintable()
                else str(rate)
                if rate.__class__ is int
                else format_value(_spec, "rate", rate)
            )
        if volume is not None:
            _attrib["volume"] = (
                volume
                if volume.__class__ is str and volume.isprintable()
                else str(volume)
                if volume.__class__ is int
                else format_value(_spec, "volume", volume)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "prosody", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlProsody(_el, _spec, self)

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
        if _spec is not _VOICE_Queue or _unknown:
            _given = {
                "method": method,
                "post_work_activity_sid": post_work_activity_sid,
                "reservation_sid": reservation_sid,
                "url": url,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Queue, "queue", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if post_work_activity_sid is not None:
            _attrib["postWorkActivitySid"] = (
                post_work_activity_sid
                if post_work_activity_sid.__class__ is str and post_work_activity_sid.isprintable()
                else str(post_work_activity_sid)
                if post_work_activity_sid.__class__ is int
                else format_value(_spec, "postWorkActivitySid", post_work_activity_sid)
            )
        if reservation_sid is not None:
            _attrib["reservationSid"] = (
                reservation_sid
                if reservation_sid.__class__ is str and reservation_sid.isprintable()
                else str(reservation_sid)
                if reservation_sid.__class__ is int
                else format_value(_spec, "reservationSid", reservation_sid)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Queue", _attrib)
        if _text is not None:
            _el.text = _text
        return Queue(_el, _spec, self)

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
        if _spec is not _VOICE_Record or _unknown:
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
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if finish_on_key is not None:
            _attrib["finishOnKey"] = (
                finish_on_key
                if finish_on_key.__class__ is str and finish_on_key.isprintable()
                else str(finish_on_key)
                if finish_on_key.__class__ is int
                else format_value(_spec, "finishOnKey", finish_on_key)
            )
        if max_length is not None:
            _attrib["maxLength"] = (
                str(max_length)
                if max_length.__class__ is int and max_length >= 0
                else format_value(_spec, "maxLength", max_length)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if play_beep is not None:
            _attrib["playBeep"] = (
                play_beep
                if play_beep.__class__ is str and play_beep.isprintable()
                else str(play_beep)
                if play_beep.__class__ is int
                else format_value(_spec, "playBeep", play_beep)
            )
        if recording_configuration_id is not None:
            _attrib["recordingConfigurationId"] = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                else str(recording_configuration_id)
                if recording_configuration_id.__class__ is int
                else format_value(_spec, "recordingConfigurationId", recording_configuration_id)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if timeout is not None:
            _attrib["timeout"] = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else format_value(_spec, "timeout", timeout)
            )
        if transcribe is not None:
            _attrib["transcribe"] = (
                transcribe
                if transcribe.__class__ is str and transcribe.isprintable()
                else str(transcribe)
                if transcribe.__class__ is int
                else format_value(_spec, "transcribe", transcribe)
            )
        if transcribe_callback is not None:
            _attrib["transcribeCallback"] = (
                transcribe_callback
                if transcribe_callback.__class__ is str and transcribe_callback.isprintable()
                else str(transcribe_callback)
                if transcribe_callback.__class__ is int
                else format_value(_spec, "transcribeCallback", transcribe_callback)
            )
        if trim is not None:
            _attrib["trim"] = format_value(_spec, "trim", trim)
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Record", _attrib)
        return Record(_el, _spec, self)

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
        if _spec is not _VOICE_Recording or _unknown:
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
        _attrib = {}
        if channels is not None:
            _attrib["channels"] = (
                channels
                if channels.__class__ is str and channels.isprintable()
                else str(channels)
                if channels.__class__ is int
                else format_value(_spec, "channels", channels)
            )
        if recording_configuration_id is not None:
            _attrib["recordingConfigurationId"] = (
                recording_configuration_id
                if recording_configuration_id.__class__ is str
                and recording_configuration_id.isprintable()
                else str(recording_configuration_id)
                if recording_configuration_id.__class__ is int
                else format_value(_spec, "recordingConfigurationId", recording_configuration_id)
            )
        if recording_status_callback is not None:
            _attrib["recordingStatusCallback"] = (
                recording_status_callback
                if recording_status_callback.__class__ is str
                and recording_status_callback.isprintable()
                else str(recording_status_callback)
                if recording_status_callback.__class__ is int
                else format_value(_spec, "recordingStatusCallback", recording_status_callback)
            )
        if recording_status_callback_event is not None:
            _attrib["recordingStatusCallbackEvent"] = format_value(
                _spec, "recordingStatusCallbackEvent", recording_status_callback_event
            )
        if recording_status_callback_method is not None:
            _attrib["recordingStatusCallbackMethod"] = (
                recording_status_callback_method
                if recording_status_callback_method == "POST"
                or recording_status_callback_method == "GET"
                else format_value(
                    _spec, "recordingStatusCallbackMethod", recording_status_callback_method
                )
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if trim is not None:
            _attrib["trim"] = format_value(_spec, "trim", trim)
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Recording", _attrib)
        return Recording(_el, _spec, self)

    def redirect(self, text, /, *, method=None, extra=None, **_unknown):
        """Fetch TwiML from another URL; text is the URL."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("redirect")
        if _spec is not _VOICE_Redirect or _unknown:
            _given = {"method": method, **_unknown, "extra": extra}
            return _cur._add(Redirect, "redirect", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Redirect", _attrib)
        if _text is not None:
            _el.text = _text
        return Redirect(_el, _spec, self)

    def refer(self, /, *, action=None, method=None, extra=None, **_unknown):
        """Transfer a SIP call with a SIP REFER."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("refer")
        if _spec is not _VOICE_Refer or _unknown:
            _given = {"action": action, "method": method, **_unknown, "extra": extra}
            return _cur._add(Refer, "refer", None, _given)
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Refer", _attrib)
        return Refer(_el, _spec, self)

    def reject(self, /, *, reason=None, extra=None, **_unknown):
        """Refuse the call without answering it."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("reject")
        if _spec is not _VOICE_Reject or _unknown:
            _given = {"reason": reason, **_unknown, "extra": extra}
            return _cur._add(Reject, "reject", None, _given)
        _attrib = {}
        if reason is not None:
            _attrib["reason"] = (
                reason
                if reason.__class__ is str and reason.isprintable()
                else str(reason)
                if reason.__class__ is int
                else format_value(_spec, "reason", reason)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Reject", _attrib)
        return Reject(_el, _spec, self)

    def room(self, text, /, *, participant_identity=None, extra=None, **_unknown):
        """Connect the call to a Video room."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("room")
        if _spec is not _VOICE_Room or _unknown:
            _given = {"participant_identity": participant_identity, **_unknown, "extra": extra}
            return _cur._add(Room, "room", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if participant_identity is not None:
            _attrib["participantIdentity"] = (
                participant_identity
                if participant_identity.__class__ is str and participant_identity.isprintable()
                else str(participant_identity)
                if participant_identity.__class__ is int
                else format_value(_spec, "participantIdentity", participant_identity)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Room", _attrib)
        if _text is not None:
            _el.text = _text
        return Room(_el, _spec, self)

    def s(self, text=None, /, *, extra=None, **_unknown):
        """SSML: a sentence."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("s")
        if _spec is not _VOICE_s or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(SsmlS, "s", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "s", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlS(_el, _spec, self)

    def say(self, text=None, /, *, language=None, loop=None, voice=None, extra=None, **_unknown):
        """Speak text; `with` it to mix in SSML."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("say")
        if _spec is not _VOICE_Say or _unknown:
            _given = {
                "language": language,
                "loop": loop,
                "voice": voice,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Say, "say", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if loop is not None:
            _attrib["loop"] = (
                str(loop)
                if loop.__class__ is int and loop >= 0
                else format_value(_spec, "loop", loop)
            )
        if voice is not None:
            _attrib["voice"] = (
                voice
                if voice.__class__ is str and voice.isprintable()
                else str(voice)
                if voice.__class__ is int
                else format_value(_spec, "voice", voice)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Say", _attrib)
        if _text is not None:
            _el.text = _text
        return Say(_el, _spec, self)

    def say_as(self, text, /, *, format=None, interpret_as=None, extra=None, **_unknown):
        """SSML: how to read a value (digits, date, ...)."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("say_as")
        if _spec is not _VOICE_say_as or _unknown:
            _given = {"format": format, "interpret_as": interpret_as, **_unknown, "extra": extra}
            return _cur._add(SsmlSayAs, "say_as", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if format is not None:
            _attrib["format"] = (
                format
                if format.__class__ is str and format.isprintable()
                else str(format)
                if format.__class__ is int
                else format_value(_spec, "format", format)
            )
        if interpret_as is not None:
            _attrib["interpret-as"] = (
                interpret_as
                if interpret_as.__class__ is str and interpret_as.isprintable()
                else str(interpret_as)
                if interpret_as.__class__ is int
                else format_value(_spec, "interpret-as", interpret_as)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "say-as", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSayAs(_el, _spec, self)

    def sim(self, text, /, *, extra=None, **_unknown):
        """Dial a Programmable Wireless SIM."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("sim")
        if _spec is not _VOICE_Sim or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Sim, "sim", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Sim", _attrib)
        if _text is not None:
            _el.text = _text
        return Sim(_el, _spec, self)

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
        if _spec is not _VOICE_Sip or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if amd_status_callback is not None:
            _attrib["amdStatusCallback"] = (
                amd_status_callback
                if amd_status_callback.__class__ is str and amd_status_callback.isprintable()
                else str(amd_status_callback)
                if amd_status_callback.__class__ is int
                else format_value(_spec, "amdStatusCallback", amd_status_callback)
            )
        if amd_status_callback_method is not None:
            _attrib["amdStatusCallbackMethod"] = (
                amd_status_callback_method
                if amd_status_callback_method == "POST" or amd_status_callback_method == "GET"
                else format_value(_spec, "amdStatusCallbackMethod", amd_status_callback_method)
            )
        if machine_detection is not None:
            _attrib["machineDetection"] = (
                machine_detection
                if machine_detection.__class__ is str and machine_detection.isprintable()
                else str(machine_detection)
                if machine_detection.__class__ is int
                else format_value(_spec, "machineDetection", machine_detection)
            )
        if machine_detection_silence_timeout is not None:
            _attrib["machineDetectionSilenceTimeout"] = (
                str(machine_detection_silence_timeout)
                if machine_detection_silence_timeout.__class__ is int
                and machine_detection_silence_timeout >= 0
                else format_value(
                    _spec, "machineDetectionSilenceTimeout", machine_detection_silence_timeout
                )
            )
        if machine_detection_speech_end_threshold is not None:
            _attrib["machineDetectionSpeechEndThreshold"] = (
                str(machine_detection_speech_end_threshold)
                if machine_detection_speech_end_threshold.__class__ is int
                and machine_detection_speech_end_threshold >= 0
                else format_value(
                    _spec,
                    "machineDetectionSpeechEndThreshold",
                    machine_detection_speech_end_threshold,
                )
            )
        if machine_detection_speech_threshold is not None:
            _attrib["machineDetectionSpeechThreshold"] = (
                str(machine_detection_speech_threshold)
                if machine_detection_speech_threshold.__class__ is int
                and machine_detection_speech_threshold >= 0
                else format_value(
                    _spec, "machineDetectionSpeechThreshold", machine_detection_speech_threshold
                )
            )
        if machine_detection_timeout is not None:
            _attrib["machineDetectionTimeout"] = (
                str(machine_detection_timeout)
                if machine_detection_timeout.__class__ is int and machine_detection_timeout >= 0
                else format_value(_spec, "machineDetectionTimeout", machine_detection_timeout)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if password is not None:
            _attrib["password"] = (
                password
                if password.__class__ is str and password.isprintable()
                else str(password)
                if password.__class__ is int
                else format_value(_spec, "password", password)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if username is not None:
            _attrib["username"] = (
                username
                if username.__class__ is str and username.isprintable()
                else str(username)
                if username.__class__ is int
                else format_value(_spec, "username", username)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Sip", _attrib)
        if _text is not None:
            _el.text = _text
        return Sip(_el, _spec, self)

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
        if _spec is not _VOICE_Siprec or _unknown:
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
        _attrib = {}
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Siprec", _attrib)
        return Siprec(_el, _spec, self)

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
        if _spec is not _VOICE_Sms or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if from_ is not None:
            _attrib["from"] = (
                from_
                if from_.__class__ is str and from_.isprintable()
                else str(from_)
                if from_.__class__ is int
                else format_value(_spec, "from", from_)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if to is not None:
            _attrib["to"] = (
                to
                if to.__class__ is str and to.isprintable()
                else str(to)
                if to.__class__ is int
                else format_value(_spec, "to", to)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Sms", _attrib)
        if _text is not None:
            _el.text = _text
        return Sms(_el, _spec, self)

    def start(self, /, *, action=None, method=None, extra=None, **_unknown):
        """Start a stream, SIPREC session, transcription or recording."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("start")
        if _spec is not _VOICE_Start or _unknown:
            _given = {"action": action, "method": method, **_unknown, "extra": extra}
            return _cur._add(Start, "start", None, _given)
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Start", _attrib)
        return Start(_el, _spec, self)

    def stop(self, /, *, extra=None, **_unknown):
        """Stop a stream, SIPREC session or transcription."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("stop")
        if _spec is not _VOICE_Stop or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Stop, "stop", None, _given)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Stop", _attrib)
        return Stop(_el, _spec, self)

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
        if _spec is not _VOICE_Stream or _unknown:
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
        _attrib = {}
        if audio_format is not None:
            _attrib["audioFormat"] = (
                audio_format
                if audio_format.__class__ is str and audio_format.isprintable()
                else str(audio_format)
                if audio_format.__class__ is int
                else format_value(_spec, "audioFormat", audio_format)
            )
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if sample_rate is not None:
            _attrib["sampleRate"] = (
                sample_rate
                if sample_rate.__class__ is str and sample_rate.isprintable()
                else str(sample_rate)
                if sample_rate.__class__ is int
                else format_value(_spec, "sampleRate", sample_rate)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Stream", _attrib)
        return Stream(_el, _spec, self)

    def sub(self, text, /, *, alias=None, extra=None, **_unknown):
        """SSML: say `alias` in place of the text."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("sub")
        if _spec is not _VOICE_sub or _unknown:
            _given = {"alias": alias, **_unknown, "extra": extra}
            return _cur._add(SsmlSub, "sub", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if alias is not None:
            _attrib["alias"] = (
                alias
                if alias.__class__ is str and alias.isprintable()
                else str(alias)
                if alias.__class__ is int
                else format_value(_spec, "alias", alias)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "sub", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlSub(_el, _spec, self)

    def task(self, text, /, *, priority=None, timeout=None, extra=None, **_unknown):
        """TaskRouter task attributes (JSON) for <Enqueue>."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("task")
        if _spec is not _VOICE_Task or _unknown:
            _given = {"priority": priority, "timeout": timeout, **_unknown, "extra": extra}
            return _cur._add(Task, "task", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if priority is not None:
            _attrib["priority"] = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else format_value(_spec, "priority", priority)
            )
        if timeout is not None:
            _attrib["timeout"] = (
                str(timeout)
                if timeout.__class__ is int and timeout >= 0
                else format_value(_spec, "timeout", timeout)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Task", _attrib)
        if _text is not None:
            _el.text = _text
        return Task(_el, _spec, self)

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
        if _spec is not _VOICE_Transcription or _unknown:
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
        _attrib = {}
        if enable_automatic_punctuation is not None:
            _attrib["enableAutomaticPunctuation"] = (
                enable_automatic_punctuation
                if enable_automatic_punctuation.__class__ is str
                and enable_automatic_punctuation.isprintable()
                else str(enable_automatic_punctuation)
                if enable_automatic_punctuation.__class__ is int
                else format_value(_spec, "enableAutomaticPunctuation", enable_automatic_punctuation)
            )
        if hints is not None:
            _attrib["hints"] = format_value(_spec, "hints", hints)
        if inbound_track_label is not None:
            _attrib["inboundTrackLabel"] = (
                inbound_track_label
                if inbound_track_label.__class__ is str and inbound_track_label.isprintable()
                else str(inbound_track_label)
                if inbound_track_label.__class__ is int
                else format_value(_spec, "inboundTrackLabel", inbound_track_label)
            )
        if intelligence_service is not None:
            _attrib["intelligenceService"] = (
                intelligence_service
                if intelligence_service.__class__ is str and intelligence_service.isprintable()
                else str(intelligence_service)
                if intelligence_service.__class__ is int
                else format_value(_spec, "intelligenceService", intelligence_service)
            )
        if language_code is not None:
            _attrib["languageCode"] = (
                language_code
                if language_code.__class__ is str and language_code.isprintable()
                else str(language_code)
                if language_code.__class__ is int
                else format_value(_spec, "languageCode", language_code)
            )
        if name is not None:
            _attrib["name"] = (
                name
                if name.__class__ is str and name.isprintable()
                else str(name)
                if name.__class__ is int
                else format_value(_spec, "name", name)
            )
        if outbound_track_label is not None:
            _attrib["outboundTrackLabel"] = (
                outbound_track_label
                if outbound_track_label.__class__ is str and outbound_track_label.isprintable()
                else str(outbound_track_label)
                if outbound_track_label.__class__ is int
                else format_value(_spec, "outboundTrackLabel", outbound_track_label)
            )
        if partial_results is not None:
            _attrib["partialResults"] = (
                partial_results
                if partial_results.__class__ is str and partial_results.isprintable()
                else str(partial_results)
                if partial_results.__class__ is int
                else format_value(_spec, "partialResults", partial_results)
            )
        if profanity_filter is not None:
            _attrib["profanityFilter"] = (
                profanity_filter
                if profanity_filter.__class__ is str and profanity_filter.isprintable()
                else str(profanity_filter)
                if profanity_filter.__class__ is int
                else format_value(_spec, "profanityFilter", profanity_filter)
            )
        if speech_model is not None:
            _attrib["speechModel"] = (
                speech_model
                if speech_model.__class__ is str and speech_model.isprintable()
                else str(speech_model)
                if speech_model.__class__ is int
                else format_value(_spec, "speechModel", speech_model)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if status_callback_url is not None:
            _attrib["statusCallbackUrl"] = (
                status_callback_url
                if status_callback_url.__class__ is str and status_callback_url.isprintable()
                else str(status_callback_url)
                if status_callback_url.__class__ is int
                else format_value(_spec, "statusCallbackUrl", status_callback_url)
            )
        if track is not None:
            _attrib["track"] = (
                track
                if track.__class__ is str and track.isprintable()
                else str(track)
                if track.__class__ is int
                else format_value(_spec, "track", track)
            )
        if transcription_engine is not None:
            _attrib["transcriptionEngine"] = (
                transcription_engine
                if transcription_engine.__class__ is str and transcription_engine.isprintable()
                else str(transcription_engine)
                if transcription_engine.__class__ is int
                else format_value(_spec, "transcriptionEngine", transcription_engine)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Transcription", _attrib)
        return Transcription(_el, _spec, self)

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
        if _spec is not _VOICE_Uri or _unknown:
            _given = {
                "password": password,
                "priority": priority,
                "username": username,
                "weight": weight,
                **_unknown,
                "extra": extra,
            }
            return _cur._add(Uri, "uri", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if password is not None:
            _attrib["password"] = (
                password
                if password.__class__ is str and password.isprintable()
                else str(password)
                if password.__class__ is int
                else format_value(_spec, "password", password)
            )
        if priority is not None:
            _attrib["priority"] = (
                str(priority)
                if priority.__class__ is int and priority >= 0
                else format_value(_spec, "priority", priority)
            )
        if username is not None:
            _attrib["username"] = (
                username
                if username.__class__ is str and username.isprintable()
                else str(username)
                if username.__class__ is int
                else format_value(_spec, "username", username)
            )
        if weight is not None:
            _attrib["weight"] = (
                str(weight)
                if weight.__class__ is int and weight >= 0
                else format_value(_spec, "weight", weight)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Uri", _attrib)
        if _text is not None:
            _el.text = _text
        return Uri(_el, _spec, self)

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
        if _spec is not _VOICE_VirtualAgent or _unknown:
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
        _attrib = {}
        if connector_name is not None:
            _attrib["connectorName"] = (
                connector_name
                if connector_name.__class__ is str and connector_name.isprintable()
                else str(connector_name)
                if connector_name.__class__ is int
                else format_value(_spec, "connectorName", connector_name)
            )
        if language is not None:
            _attrib["language"] = (
                language
                if language.__class__ is str and language.isprintable()
                else str(language)
                if language.__class__ is int
                else format_value(_spec, "language", language)
            )
        if sentiment_analysis is not None:
            _attrib["sentimentAnalysis"] = (
                sentiment_analysis
                if sentiment_analysis.__class__ is str and sentiment_analysis.isprintable()
                else str(sentiment_analysis)
                if sentiment_analysis.__class__ is int
                else format_value(_spec, "sentimentAnalysis", sentiment_analysis)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "VirtualAgent", _attrib)
        return VirtualAgent(_el, _spec, self)

    def w(self, text=None, /, *, role=None, extra=None, **_unknown):
        """SSML: a word with a part-of-speech role."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("w")
        if _spec is not _VOICE_w or _unknown:
            _given = {"role": role, **_unknown, "extra": extra}
            return _cur._add(SsmlW, "w", text, _given)
        if text.__class__ is str and text and text.isprintable():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if role is not None:
            _attrib["role"] = (
                role
                if role.__class__ is str and role.isprintable()
                else str(role)
                if role.__class__ is int
                else format_value(_spec, "role", role)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "w", _attrib)
        if _text is not None:
            _el.text = _text
        if _cur._spec.mixed and _cur._el.text is None:
            _cur._el.text = ""  # keeps pretty printing out of mixed content
        return SsmlW(_el, _spec, self)

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
        if _spec is not _VOICE_WhatsApp or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if status_callback_event is not None:
            _attrib["statusCallbackEvent"] = format_value(
                _spec, "statusCallbackEvent", status_callback_event
            )
        if status_callback_method is not None:
            _attrib["statusCallbackMethod"] = (
                status_callback_method
                if status_callback_method == "POST" or status_callback_method == "GET"
                else format_value(_spec, "statusCallbackMethod", status_callback_method)
            )
        if url is not None:
            _attrib["url"] = (
                url
                if url.__class__ is str and url.isprintable()
                else str(url)
                if url.__class__ is int
                else format_value(_spec, "url", url)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "WhatsApp", _attrib)
        if _text is not None:
            _el.text = _text
        return WhatsApp(_el, _spec, self)


class MessagingResponse(TwiMLResponse):
    """A messaging TwiML document; calls go to the innermost open block."""

    __slots__ = ()
    _grammar = MESSAGING

    def body(self, text, /, *, extra=None, **_unknown):
        """The text of the message."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("body")
        if _spec is not _MESSAGING_Body or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Body, "body", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Body", _attrib)
        if _text is not None:
            _el.text = _text
        return Body(_el, _spec, self)

    def media(self, text, /, *, extra=None, **_unknown):
        """The URL of a media file to send."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("media")
        if _spec is not _MESSAGING_Media or _unknown:
            _given = {**_unknown, "extra": extra}
            return _cur._add(Media, "media", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Media", _attrib)
        if _text is not None:
            _el.text = _text
        return Media(_el, _spec, self)

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
        if _spec is not _MESSAGING_Message or _unknown:
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
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if from_ is not None:
            _attrib["from"] = (
                from_
                if from_.__class__ is str and from_.isprintable()
                else str(from_)
                if from_.__class__ is int
                else format_value(_spec, "from", from_)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if status_callback is not None:
            _attrib["statusCallback"] = (
                status_callback
                if status_callback.__class__ is str and status_callback.isprintable()
                else str(status_callback)
                if status_callback.__class__ is int
                else format_value(_spec, "statusCallback", status_callback)
            )
        if to is not None:
            _attrib["to"] = (
                to
                if to.__class__ is str and to.isprintable()
                else str(to)
                if to.__class__ is int
                else format_value(_spec, "to", to)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Message", _attrib)
        if _text is not None:
            _el.text = _text
        return Message(_el, _spec, self)

    def redirect(self, text, /, *, method=None, extra=None, **_unknown):
        """Fetch TwiML from another URL; text is the URL."""
        _cur = self._stack[-1]
        _spec = _cur._spec.kids.get("redirect")
        if _spec is not _MESSAGING_Redirect or _unknown:
            _given = {"method": method, **_unknown, "extra": extra}
            return _cur._add(Redirect, "redirect", text, _given)
        if text.__class__ is str and text and text.isprintable() and not text.isspace():
            _text = text
        else:
            _text = text_value(_spec, text)
        _attrib = {}
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Redirect", _attrib)
        if _text is not None:
            _el.text = _text
        return Redirect(_el, _spec, self)


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
        if _spec is not _FAX_Receive or _unknown:
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
        _attrib = {}
        if action is not None:
            _attrib["action"] = (
                action
                if action.__class__ is str and action.isprintable()
                else str(action)
                if action.__class__ is int
                else format_value(_spec, "action", action)
            )
        if media_type is not None:
            _attrib["mediaType"] = (
                media_type
                if media_type.__class__ is str and media_type.isprintable()
                else str(media_type)
                if media_type.__class__ is int
                else format_value(_spec, "mediaType", media_type)
            )
        if method is not None:
            _attrib["method"] = (
                method
                if method == "POST" or method == "GET"
                else format_value(_spec, "method", method)
            )
        if page_size is not None:
            _attrib["pageSize"] = (
                page_size
                if page_size.__class__ is str and page_size.isprintable()
                else str(page_size)
                if page_size.__class__ is int
                else format_value(_spec, "pageSize", page_size)
            )
        if store_media is not None:
            _attrib["storeMedia"] = (
                store_media
                if store_media.__class__ is str and store_media.isprintable()
                else str(store_media)
                if store_media.__class__ is int
                else format_value(_spec, "storeMedia", store_media)
            )
        if extra:
            _attrib = with_extra(_spec, _attrib, extra)
        _el = SubElement(_cur._el, "Receive", _attrib)
        return Receive(_el, _spec, self)
