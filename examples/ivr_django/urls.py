"""The phone tree's views: each reads the form Twilio posted and returns the shared TwiML."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import path

from examples import phone_tree
from twiml_dsl import MessagingResponse, VoiceResponse
from twiml_dsl.django import twilio_webhook


@twilio_webhook
def voice(request: HttpRequest) -> VoiceResponse:
    attempt = request.GET.get("attempt", "1")
    return phone_tree.welcome(int(attempt) if attempt.isdigit() else 1)


@twilio_webhook
def menu(request: HttpRequest) -> VoiceResponse:
    return phone_tree.menu(request.POST.get("Digits", ""), request.POST.get("SpeechResult", ""))


@twilio_webhook
def sales_done(request: HttpRequest) -> VoiceResponse:
    return phone_tree.sales_done(request.POST.get("DialCallStatus", ""))


@twilio_webhook
def voicemail(request: HttpRequest) -> VoiceResponse:
    return phone_tree.voicemail_saved(request.POST.get("RecordingDuration", "0"))


@twilio_webhook
def sms(request: HttpRequest) -> MessagingResponse:
    return phone_tree.sms_reply(request.POST.get("Body", ""), request.POST.get("From", ""))


urlpatterns = [
    path("voice", voice),
    path("menu", menu),
    path("sales-done", sales_done),
    path("voicemail", voicemail),
    path("sms", sms),
]
