"""FastAPI and Starlette integration: check Twilio's signature, answer with TwiML.

Needs the extra: `pip install twiml-dsl[fastapi]`.

    from fastapi import FastAPI
    from twiml_dsl.fastapi import TwilioForm, TwiMLHTTPResponse

    @app.post("/voice")
    async def voice(form: TwilioForm) -> TwiMLHTTPResponse:
        response = VoiceResponse()
        response.say(f"You pressed {form.get('Digits')}")
        return TwiMLHTTPResponse(response)     # text/xml; charset=utf-8

`TwilioForm` is the form parameters, given only after the signature passed (else 403);
it is `Annotated[FormData, Depends(twilio_webhook)]`. `Depends(TwilioWebhook(public_url=...))`
overrides the settings for one route; `APIRouter(dependencies=[Depends(twilio_webhook)])`
checks every route of a router. The form is read once: FastAPI's own `Form()` parameters
and the check share Starlette's cached copy. A JSON webhook is checked against its body,
and gets an empty form (read the body with `await request.json()`).

In a plain Starlette app, call the dependency yourself: `form = await twilio_webhook(request)`.

Settings come from `TwilioWebhook`'s arguments, else attributes of the app's state
(`app.state.TWILIO_AUTH_TOKEN = ...`), else the environment, with the names and meaning
they have for Flask: `TWILIO_AUTH_TOKEN` (a token or a list), `TWILIO_WEBHOOK_PUBLIC_URL`,
`TWILIO_WEBHOOK_TRUST_PROXY`, `TWILIO_WEBHOOK_MAX_BODY` (bytes, default 1 MiB) and
`TWILIO_WEBHOOK_VALIDATE = False` (local development only). Starlette sets no body limit,
so the dependency does: a Content-Length over the cap, or a streamed body that runs past
it, raises `HTTPException(413)` after reading at most one byte more than the cap.
`init_app(app)` checks them when the app is built. A request that fails the check, a
multipart body and (with a trusted proxy) unusable X-Forwarded-* values raise
`HTTPException(403)` and log a warning on the `twiml_dsl.webhooks` logger naming the URL
that was checked; with `app.debug` the 403 detail says it too. The URL is rebuilt by the
rule every integration shares.
"""

from __future__ import annotations

from typing import Annotated, Any

try:
    from fastapi import Depends
    from starlette.applications import Starlette
    from starlette.datastructures import FormData
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import Response
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError(
        "twiml_dsl.fastapi needs FastAPI: install it with `pip install twiml-dsl[fastapi]`"
    ) from err

from ._signature import Params
from ._webhook_common import (
    WebhookSettings,
    asgi_raw_path,
    body_too_large,
    check_settings,
    is_form,
    is_twiml,
    mimetype,
    verify,
)

__all__ = [
    "TwiMLHTTPResponse",
    "TwilioForm",
    "TwilioWebhook",
    "init_app",
    "request_url",
    "twilio_webhook",
]

_SETTING_NAMES = (
    "TWILIO_AUTH_TOKEN",
    "TWILIO_WEBHOOK_PUBLIC_URL",
    "TWILIO_WEBHOOK_TRUST_PROXY",
    "TWILIO_WEBHOOK_VALIDATE",
    "TWILIO_WEBHOOK_MAX_BODY",
)


class TwiMLHTTPResponse(Response):
    """A TwiML response (`VoiceResponse`, `MessagingResponse`, ...) sent as
    `text/xml; charset=utf-8`. Other content is sent as it is, with the same type.

    Named apart from `twiml_dsl.TwiMLResponse`, the document it sends.
    """

    media_type = "text/xml"

    def render(self, content: Any) -> bytes | memoryview:
        if is_twiml(content):
            return content.to_xml().encode("utf-8")
        return super().render(content)


def _config(app: Any) -> dict[str, Any]:
    return {name: getattr(app.state, name, None) for name in _SETTING_NAMES}


def init_app(app: Starlette) -> WebhookSettings:
    """Check the app's webhook settings now, when the app is built, not on the first webhook.

    Reads the app's state and the environment like the dependency, and raises
    `WebhookConfigurationError` for a setting that cannot work (no auth token while
    validation is on, a public URL without `https://`, an unreadable value). The
    dependency keeps checking at each request, for apps that skip this call.
    """
    return check_settings(_config(app))


def request_url(request: Request, settings: WebhookSettings | None = None) -> str:
    """The URL Twilio called for `request`, following the app's proxy settings."""
    settings = settings or WebhookSettings.resolve(_config(request.app))
    return settings.url(
        request.url.scheme, request.url.netloc, asgi_raw_path(request.scope), request.headers
    )


class TwilioWebhook:
    """A dependency that checks the request's Twilio signature and returns its form.

    Its arguments override the app's settings; one that cannot work raises
    WebhookConfigurationError here, when the route is defined. `twilio_webhook` is the one
    without.
    """

    def __init__(
        self,
        *,
        auth_token: str | list[str] | tuple[str, ...] | None = None,
        public_url: str | None = None,
        trust_proxy: bool | int | None = None,
        validate: bool | None = None,
        max_body: int | None = None,
    ) -> None:
        WebhookSettings.check_arguments(
            public_url=public_url, trust_proxy=trust_proxy, validate=validate, max_body=max_body
        )
        self._overrides: dict[str, Any] = {
            "auth_token": auth_token,
            "public_url": public_url,
            "trust_proxy": trust_proxy,
            "validate": validate,
            "max_body": max_body,
        }

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{k}={v!r}" for k, v in self._overrides.items() if v is not None and k != "auth_token"
        )
        return f"TwilioWebhook({shown})"

    async def __call__(self, request: Request) -> FormData:
        settings = WebhookSettings.resolve(_config(request.app), **self._overrides)
        url = request_url(request, settings)
        await _read_capped(request, settings, url)
        form = FormData()
        params: Params = None
        content_type = request.headers.get("content-type")
        if is_form(content_type):
            form = params = await request.form()  # cached: FastAPI's Form() reads the same
        elif mimetype(content_type) != "multipart/form-data":  # multipart: refused unread
            params = await request.body()
        reason = verify(
            settings,
            url,
            params,
            request.headers,
            detailed=bool(getattr(request.app, "debug", False)),
        )
        if reason is not None:
            raise HTTPException(status_code=403, detail=reason)
        return form


async def _read_capped(request: Request, settings: WebhookSettings, url: str) -> None:
    """Receive the body, at most `max_body + 1` bytes, or raise HTTPException(413).

    A Content-Length over the cap is refused unread. The body read is kept as the request's
    body, so `request.body()`, `request.form()` and FastAPI's `Form()` read it again. A body
    FastAPI already read for the route's own `Form()`/`Body()` parameters is not read again.
    """
    reason = body_too_large(settings, url, request.headers.get("content-length"))
    if reason is None and not hasattr(request, "_body") and request._form is None:
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            chunks.append(chunk)
            size += len(chunk)
            if size > settings.max_body:
                reason = body_too_large(settings, url, size, read=True)
                break
        else:
            # Starlette's own cache of the body: its stream(), body() and form() use it.
            request._body = b"".join(chunks)
    if reason is not None:
        raise HTTPException(status_code=413, detail=reason)


twilio_webhook = TwilioWebhook()
"""The dependency with the app's settings: `Depends(twilio_webhook)`."""

TwilioForm = Annotated[FormData, Depends(twilio_webhook)]
"""A view parameter holding the checked request's form: `async def voice(form: TwilioForm)`."""
