"""Quart integration: check Twilio's signature, answer with TwiML.

Needs the extra: `pip install twiml-dsl[quart]`.

    from twiml_dsl.quart import twilio_webhook

    @app.post("/voice")
    @twilio_webhook
    async def voice():
        response = VoiceResponse()
        response.say("Hello")
        return response          # sent as text/xml; charset=utf-8

The settings are those of `twiml_dsl.flask`, read from the decorator's arguments, else
the Quart app's config, else the environment:
`TWILIO_AUTH_TOKEN` (a token or a list), `TWILIO_WEBHOOK_PUBLIC_URL`,
`TWILIO_WEBHOOK_TRUST_PROXY`, `TWILIO_WEBHOOK_MAX_BODY` (bytes; default 1 MiB), and
`TWILIO_WEBHOOK_VALIDATE = False` for local development only. `init_app(app)` checks them
when the app starts. A Content-Length over the cap gets 413 unread; a chunked body is
received by Quart, which stops buffering at the app's `MAX_CONTENT_LENGTH`, and gets 413
once it passes the cap. Failures, multipart bodies and
unusable X-Forwarded-* values get 403 and a log warning naming the checked URL (in debug
or testing mode the 403 body says it too). The URL is rebuilt by the same rule as in
`twiml_dsl.flask`, so both check the same URL for the same request. Async views are
awaited; plain functions run in Quart's thread pool, as Quart itself runs them.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, cast, overload

try:
    from quart import Response, current_app, request
    from quart.typing import ResponseReturnValue
    from werkzeug.exceptions import RequestEntityTooLarge
except ImportError as err:
    raise ImportError(
        "twiml_dsl.quart needs Quart: install it with `pip install twiml-dsl[quart]`"
    ) from err

from ._signature import Params
from ._webhook_common import (
    TWIML_CONTENT_TYPE,
    WebhookSettings,
    asgi_raw_path,
    body_too_large,
    init_app,
    is_form,
    twiml_reply,
    verify,
)

__all__ = ["init_app", "request_url", "twilio_webhook", "twiml_response"]

P = ParamSpec("P")


def request_url(settings: WebhookSettings | None = None) -> str:
    """The URL Twilio called for the current request, following the app's proxy settings."""
    settings = settings or WebhookSettings.resolve(current_app.config)
    target = asgi_raw_path(request.scope)
    return settings.url(request.scheme, request.host, target, request.headers)


async def _params() -> Params:
    if is_form(request.content_type):
        return await request.form
    return await request.get_data(as_text=False)


async def _oversized(settings: WebhookSettings, url: str) -> str | None:
    """The 413 text if the body is over the cap, else None with the body read and cached.

    A Content-Length over the cap is refused unread. Quart itself receives the body, and
    stops at the app's `MAX_CONTENT_LENGTH` (16 MiB unless set); a body that passed our cap
    is refused once received.
    """
    reason = body_too_large(settings, url, request.content_length)
    if reason is not None:
        return reason
    try:
        data = await request.get_data(cache=True, as_text=False)
    except RequestEntityTooLarge:
        data = None
    if data is None or len(data) > settings.max_body:
        return body_too_large(settings, url, settings.max_body + 1, read=True)
    return None


def twiml_response(value: object) -> object:
    """A TwiML response as a `text/xml; charset=utf-8` response; other values unchanged."""
    return twiml_reply(value, lambda xml: Response(xml, content_type=TWIML_CONTENT_TYPE))


@overload
def twilio_webhook(view: Callable[P, object], /) -> Callable[P, Awaitable[ResponseReturnValue]]: ...


@overload
def twilio_webhook(
    *,
    auth_token: str | list[str] | tuple[str, ...] | None = None,
    public_url: str | None = None,
    trust_proxy: bool | int | None = None,
    validate: bool | None = None,
    max_body: int | None = None,
) -> Callable[[Callable[P, object]], Callable[P, Awaitable[ResponseReturnValue]]]: ...


def twilio_webhook(
    view: Callable[P, object] | None = None,
    /,
    *,
    auth_token: str | list[str] | tuple[str, ...] | None = None,
    public_url: str | None = None,
    trust_proxy: bool | int | None = None,
    validate: bool | None = None,
    max_body: int | None = None,
) -> (
    Callable[P, Awaitable[ResponseReturnValue]]
    | Callable[[Callable[P, object]], Callable[P, Awaitable[ResponseReturnValue]]]
):
    """Check the request's Twilio signature (403 if wrong), then turn TwiML into XML.

    Use bare (`@twilio_webhook`) or with arguments that override the app config. Put it
    below `@app.route`.
    """

    def decorate(
        view: Callable[P, object],
    ) -> Callable[P, Awaitable[ResponseReturnValue]]:
        @functools.wraps(view)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> ResponseReturnValue:
            settings = WebhookSettings.resolve(
                current_app.config,
                auth_token=auth_token,
                public_url=public_url,
                trust_proxy=trust_proxy,
                validate=validate,
                max_body=max_body,
            )
            url = request_url(settings)
            too_large = await _oversized(settings, url)
            if too_large is not None:
                return Response(too_large, status=413, mimetype="text/plain")
            refusal = verify(
                settings,
                url,
                await _params(),
                request.headers,
                detailed=current_app.debug or current_app.testing,
            )
            if refusal is not None:
                return Response(refusal, status=403, mimetype="text/plain")
            # Quart runs a sync view in a thread, as it does for its own views.
            result: object = await current_app.ensure_async(view)(*args, **kwargs)
            return cast(ResponseReturnValue, twiml_response(result))

        return wrapper

    WebhookSettings.check_arguments(
        public_url=public_url, trust_proxy=trust_proxy, validate=validate, max_body=max_body
    )
    if view is not None:
        return decorate(view)
    return decorate
