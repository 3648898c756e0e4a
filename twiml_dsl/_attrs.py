"""Keyword arguments of every element, for type checkers. Generated from the grammar.

Do not edit: change `_grammar.py`, then run `python -m twiml_dsl._codegen`.
"""

from __future__ import annotations

from typing import Literal, TypedDict

from ._node import Extra, Method, Scalar, Value

__all__ = [
    "AiSessionAttrs",
    "ApplicationAttrs",
    "ApplicationSidAttrs",
    "BodyAttrs",
    "ClientAttrs",
    "ConferenceAttrs",
    "ConfigAttrs",
    "ConnectAttrs",
    "ConversationAttrs",
    "ConversationRelayAttrs",
    "ConversationRelaySessionAttrs",
    "DialAttrs",
    "EchoAttrs",
    "EnqueueAttrs",
    "GatherAttrs",
    "HangupAttrs",
    "HeaderAttrs",
    "HeadersAttrs",
    "IdentityAttrs",
    "LanguageAttrs",
    "LeaveAttrs",
    "MediaAttrs",
    "MessageAttrs",
    "NumberAttrs",
    "ParameterAttrs",
    "PauseAttrs",
    "PayAttrs",
    "PlayAttrs",
    "PromptAttrs",
    "QueueAttrs",
    "ReceiveAttrs",
    "RecordAttrs",
    "RecordingAttrs",
    "RedirectAttrs",
    "ReferAttrs",
    "ReferSipAttrs",
    "RejectAttrs",
    "RoomAttrs",
    "SayAttrs",
    "SimAttrs",
    "SipAttrs",
    "SiprecAttrs",
    "SmsAttrs",
    "SsmlBreakAttrs",
    "SsmlEmphasisAttrs",
    "SsmlLangAttrs",
    "SsmlPAttrs",
    "SsmlPhonemeAttrs",
    "SsmlProsodyAttrs",
    "SsmlSAttrs",
    "SsmlSayAsAttrs",
    "SsmlSubAttrs",
    "SsmlWAttrs",
    "StartAttrs",
    "StopAttrs",
    "StreamAttrs",
    "TaskAttrs",
    "TranscriptionAttrs",
    "UriAttrs",
    "VirtualAgentAttrs",
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
    payment_method: Method
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
