"""The Acme phone tree as a FastAPI app: the Flask example, with a dependency for the check.

    sim = CallSimulator(create_app(token), url="https://example.com/voice", auth_token=token)

Serve it with any ASGI server, with TWILIO_AUTH_TOKEN set:
`uvicorn --factory examples.ivr_fastapi:create_app`.
"""

from __future__ import annotations

from fastapi import FastAPI

from examples import phone_tree
from twiml_dsl.fastapi import TwilioForm, TwiMLHTTPResponse, init_app


def create_app(auth_token: str | None = None) -> FastAPI:
    """The app, checking requests with `auth_token`, else with $TWILIO_AUTH_TOKEN.

    With neither it refuses to start: the demo token is public, so `make demo` and the
    tests pass it here themselves. The other webhook settings (TWILIO_WEBHOOK_PUBLIC_URL
    for a tunnel, ...) are read from the environment, and checked by `init_app` at once.
    """
    phone_tree.require_auth_token(auth_token)
    app = FastAPI(title="Acme phone tree")
    if auth_token:
        app.state.TWILIO_AUTH_TOKEN = auth_token
    init_app(app)

    @app.post("/voice")
    async def voice(form: TwilioForm, attempt: int = 1) -> TwiMLHTTPResponse:
        return TwiMLHTTPResponse(phone_tree.welcome(attempt))

    @app.post("/menu")
    async def menu(form: TwilioForm) -> TwiMLHTTPResponse:
        digits, speech = form.get("Digits", ""), form.get("SpeechResult", "")
        return TwiMLHTTPResponse(phone_tree.menu(str(digits), str(speech)))

    @app.post("/sales-done")
    async def sales_done(form: TwilioForm) -> TwiMLHTTPResponse:
        return TwiMLHTTPResponse(phone_tree.sales_done(str(form.get("DialCallStatus", ""))))

    @app.post("/voicemail")
    async def voicemail(form: TwilioForm) -> TwiMLHTTPResponse:
        duration = str(form.get("RecordingDuration", "0"))
        return TwiMLHTTPResponse(phone_tree.voicemail_saved(duration))

    @app.post("/sms")
    async def sms(form: TwilioForm) -> TwiMLHTTPResponse:
        body, sender = str(form.get("Body", "")), str(form.get("From", ""))
        return TwiMLHTTPResponse(phone_tree.sms_reply(body, sender))

    return app
