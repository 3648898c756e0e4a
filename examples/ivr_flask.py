"""The Acme phone tree as a Flask app, with Twilio's signature checked on every request.

Run it for a real number with `make serve` (set TWILIO_AUTH_TOKEN, and
TWILIO_WEBHOOK_PUBLIC_URL to the tunnel's URL; without a token it refuses to start), or
without a phone through the simulator:

    sim = CallSimulator(create_app(token), url="https://example.com/voice", auth_token=token)
"""

from __future__ import annotations

from flask import Flask, request

from examples import phone_tree
from twiml_dsl import MessagingResponse, VoiceResponse
from twiml_dsl.flask import init_app, twilio_webhook


def create_app(auth_token: str | None = None) -> Flask:
    """The app, checking requests with `auth_token`, else with $TWILIO_AUTH_TOKEN.

    With neither it refuses to start: the demo token is public, so `make demo` and the
    tests pass it here themselves. The other webhook settings (TWILIO_WEBHOOK_PUBLIC_URL
    for a tunnel, ...) are read from the environment, and checked by `init_app` at once.
    """
    phone_tree.require_auth_token(auth_token)
    app = Flask(__name__)
    if auth_token:
        app.config["TWILIO_AUTH_TOKEN"] = auth_token
    init_app(app)

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
