"""The Acme phone tree as a Flask app, with Twilio's signature checked on every request.

Run it for a real number with `make serve` (set TWILIO_AUTH_TOKEN, and
TWILIO_WEBHOOK_PUBLIC_URL to the tunnel's URL), or without a phone through the simulator:

    sim = CallSimulator(create_app(), url="https://example.com/voice", auth_token=...)
"""

from __future__ import annotations

import os

from flask import Flask, request

from examples import phone_tree
from twiml_dsl import MessagingResponse, VoiceResponse
from twiml_dsl.flask import twilio_webhook


def create_app(auth_token: str | None = None) -> Flask:
    """The app; the token defaults to $TWILIO_AUTH_TOKEN, else the demo token."""
    app = Flask(__name__)
    app.config["TWILIO_AUTH_TOKEN"] = (
        auth_token or os.environ.get("TWILIO_AUTH_TOKEN") or phone_tree.DEMO_AUTH_TOKEN
    )

    @app.post("/voice")
    @twilio_webhook
    def voice() -> VoiceResponse:
        return phone_tree.welcome(request.args.get("attempt", 1, type=int))

    @app.post("/menu")
    @twilio_webhook
    def menu() -> VoiceResponse:
        form = request.form
        return phone_tree.menu(form.get("Digits", ""), form.get("SpeechResult", ""))

    @app.post("/sales-done")
    @twilio_webhook
    def sales_done() -> VoiceResponse:
        return phone_tree.sales_done(request.form.get("DialCallStatus", ""))

    @app.post("/voicemail")
    @twilio_webhook
    def voicemail() -> VoiceResponse:
        return phone_tree.voicemail_saved(request.form.get("RecordingDuration", "0"))

    @app.post("/sms")
    @twilio_webhook
    def sms() -> MessagingResponse:
        return phone_tree.sms_reply(request.form.get("Body", ""), request.form.get("From", ""))

    return app


app = create_app()
