"""The Acme phone tree as a Quart (ASGI) app: the Flask example, with async views.

    sim = CallSimulator(create_app(token), url="https://example.com/voice", auth_token=token)

Serve it with any ASGI server: `hypercorn 'examples.ivr_quart:create_app()'`, with
TWILIO_AUTH_TOKEN set.
"""

from __future__ import annotations

from quart import Quart, request

from examples import phone_tree
from twiml_dsl import MessagingResponse, VoiceResponse
from twiml_dsl.quart import init_app, twilio_webhook


def create_app(auth_token: str | None = None) -> Quart:
    """The app, checking requests with `auth_token`, else with $TWILIO_AUTH_TOKEN.

    With neither it refuses to start: the demo token is public, so `make demo` and the
    tests pass it here themselves. The other webhook settings (TWILIO_WEBHOOK_PUBLIC_URL
    for a tunnel, ...) are read from the environment, and checked by `init_app` at once.
    """
    phone_tree.require_auth_token(auth_token)
    app = Quart(__name__)
    if auth_token:
        app.config["TWILIO_AUTH_TOKEN"] = auth_token
    init_app(app)

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
