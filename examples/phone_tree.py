"""The Acme phone tree as plain functions that return TwiML; the web apps only route to them.

Keeping the TwiML apart from Flask or Quart makes each screen easy to read, to render
(`twiml-dsl render examples.phone_tree:welcome`) and to share between the two apps.
"""

from __future__ import annotations

import os

from twiml_dsl import MessagingResponse, VoiceResponse
from twiml_dsl.webhooks import WebhookConfigurationError

SALES_NUMBER = "+15559870000"
MAX_ATTEMPTS = 2
DEMO_AUTH_TOKEN = "demo-token-0123456789abcdef01234"
"""A made-up auth token for the demo and the tests; a real app reads its own."""


def require_auth_token(auth_token: str | None) -> None:
    """Refuse to build an app that would have no token to check requests with."""
    if not (auth_token or os.environ.get("TWILIO_AUTH_TOKEN")):
        raise WebhookConfigurationError(
            "set TWILIO_AUTH_TOKEN to your Twilio auth token: the app checks every request "
            "with it, and will not fall back to the public demo token"
        )


def welcome(attempt: int = 1) -> VoiceResponse:
    """The greeting and the main menu, answered by keypad or by voice."""
    response = VoiceResponse()
    if attempt == 1:
        response.say("Welcome to Acme.")
    with response.gather(
        input=["dtmf", "speech"],
        num_digits=1,
        action="/menu",
        timeout=5,
        hints=["sales", "support"],
    ):
        response.say("Press 1 or say sales for sales. Press 2 or say support for support.")
    if attempt < MAX_ATTEMPTS:
        response.say("Sorry, we did not get that.")
        response.redirect(f"/voice?attempt={attempt + 1}")
    else:
        response.say("Please call again later. Goodbye.")
        response.hangup()
    return response


def choose(digits: str = "", speech: str = "") -> str | None:
    """The branch a caller chose: "sales", "support", or None."""
    words = speech.lower()
    if digits == "1" or "sales" in words:
        return "sales"
    if digits == "2" or "support" in words or "help" in words:
        return "support"
    return None


def menu(digits: str = "", speech: str = "") -> VoiceResponse:
    """Where the caller's choice leads: a transfer to sales, or support's voicemail."""
    branch = choose(digits, speech)
    if branch == "sales":
        response = VoiceResponse()
        response.say("Connecting you to sales.")
        with response.dial(action="/sales-done", timeout=20):
            response.number(SALES_NUMBER)
        return response
    if branch == "support":
        return voicemail_prompt("Our support team is helping other callers.")
    response = VoiceResponse()
    response.say("Sorry, that is not an option.")
    response.redirect("/voice?attempt=2")
    return response


def voicemail_prompt(reason: str) -> VoiceResponse:
    """Ask for a message and record it; a caller who says nothing is sent off politely."""
    response = VoiceResponse()
    response.say(f"{reason} Please leave a message after the beep, then press pound.")
    response.record(action="/voicemail", max_length=120, finish_on_key="#", play_beep=True)
    response.say("We did not receive a message. Goodbye.")
    response.hangup()
    return response


def sales_done(dial_status: str) -> VoiceResponse:
    """After the transfer: goodbye, or voicemail when sales did not answer."""
    if dial_status in {"completed", "answered"}:
        response = VoiceResponse()
        response.say("Thank you for calling Acme. Goodbye.")
        response.hangup()
        return response
    return voicemail_prompt("Sales cannot take your call right now.")


def voicemail_saved(duration: str) -> VoiceResponse:
    """Thank the caller for the message and promise a text."""
    response = VoiceResponse()
    response.say(f"Thanks, we got your {duration} second message.")
    response.say("Text CALLBACK to this number and we will call you back. Goodbye.")
    response.hangup()
    return response


def sms_reply(body: str, sender: str) -> MessagingResponse:
    """The answer to a text: a callback confirmation, or how to ask for one."""
    response = MessagingResponse()
    if body.strip().upper() == "CALLBACK":
        response.message(f"Acme: confirmed, we will call you back at {sender} within one day.")
    else:
        response.message("Acme: reply CALLBACK and we will call you back, or call us any time.")
    return response
