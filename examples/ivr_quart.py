"""The Acme phone tree as a Quart (ASGI) app: the Flask example, with async views.

sim = CallSimulator(create_app(), url="https://example.com/voice", auth_token=...)
"""

from __future__ import annotations

import os

from quart import Quart, request

from examples import phone_tree
from twiml_dsl import MessagingResponse, VoiceResponse
from twiml_dsl.quart import twilio_webhook


def create_app(auth_token: str | None = None) -> Quart:
    """The app; the token defaults to $TWILIO_AUTH_TOKEN, else the demo token."""
    app = Quart(__name__)
    app.config["TWILIO_AUTH_TOKEN"] = (
        auth_token or os.environ.get("TWILIO_AUTH_TOKEN") or phone_tree.DEMO_AUTH_TOKEN
    )

    @app.post("/voice")
    @twilio_webhook
    async def voice() -> VoiceResponse:
        return phone_tree.welcome(request.args.get("attempt", 1, type=int))

    @app.post("/menu")
    @twilio_webhook
    async def menu() -> VoiceResponse:
        form = await request.form
        return phone_tree.menu(form.get("Digits", ""), form.get("SpeechResult", ""))

    @app.post("/sales-done")
    @twilio_webhook
    async def sales_done() -> VoiceResponse:
        form = await request.form
        return phone_tree.sales_done(form.get("DialCallStatus", ""))

    @app.post("/voicemail")
    @twilio_webhook
    async def voicemail() -> VoiceResponse:
        form = await request.form
        return phone_tree.voicemail_saved(form.get("RecordingDuration", "0"))

    @app.post("/sms")
    @twilio_webhook
    async def sms() -> MessagingResponse:
        form = await request.form
        return phone_tree.sms_reply(form.get("Body", ""), form.get("From", ""))

    return app


app = create_app()
