"""Flask integration: check Twilio's signature, answer with TwiML.

Needs the extra: `pip install twiml-dsl[flask]`.

    from twiml_dsl.flask import twilio_webhook

    @app.post("/voice")
    @twilio_webhook
    def voice():
        response = VoiceResponse()
        response.say("Hello")
        return response          # sent as text/xml; charset=utf-8

Settings come from the decorator's arguments, else `app.config`, else the environment:

- `TWILIO_AUTH_TOKEN`: the token, or a list of tokens (rotation, subaccounts).
- `TWILIO_WEBHOOK_PUBLIC_URL`: the public base URL Twilio calls, e.g.
  `https://example.ngrok.app`; use it behind a proxy or tunnel.
- `TWILIO_WEBHOOK_TRUST_PROXY`: True (or the number of proxies) to rebuild the URL from
  X-Forwarded-Proto/Host/Port. Only for a proxy you control, which overwrites those headers.
- `TWILIO_WEBHOOK_VALIDATE`: set to False to skip the check in local development.
- `TWILIO_WEBHOOK_MAX_BODY`: the largest body read, in bytes (default 1 MiB). A larger
  Content-Length, or a chunked body that runs past it, gets 413 and a log warning.

In the environment these are text: `true`, `false`, `1` or `0` (and for the proxy setting
any number of proxies); an empty variable counts as unset, anything else raises
`WebhookConfigurationError`.

Call `init_app(app)` when the app is made to check these settings at start-up: a value
that cannot work (no token, a public URL without `https://`) raises
`WebhookConfigurationError` then, not on the first webhook. The decorator checks them
again at each request, so apps that skip `init_app` are still protected.

A request that fails the check gets 403 and a warning on the `twiml_dsl.webhooks` logger
naming the URL that was checked; in debug or testing mode the 403 body says it too. A
multipart body (Twilio never sends one; its files would not be signed) and trusted
X-Forwarded-* values that are not http/https, a host with an optional port and a port
number are refused the same way.
A returned TwiML response (a `twiml_dsl.TwiMLResponse` such as `VoiceResponse`), alone or
as the first item of a `(body, status, headers)` tuple, becomes a `text/xml; charset=utf-8`
response; anything else is passed to Flask unchanged, except an element handle
(`return response.say(...)`), which raises TypeError: return the response itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast, overload

try:
    from flask import Response, current_app, request
    from flask.typing import ResponseReturnValue
    from werkzeug.exceptions import RequestEntityTooLarge
except ImportError as err:
    raise ImportError(
        "twiml_dsl.flask needs Flask: install it with `pip install twiml-dsl[flask]`"
    ) from err

from ._signature import Params
from ._webhook_common import (
    TWIML_CONTENT_TYPE,
    WebhookSettings,
    body_too_large,
    init_app,
    is_form,
    twiml_reply,
    verify,
    wsgi_raw_path,
)

__all__ = ["init_app", "request_url", "twilio_webhook", "twiml_response"]

P = ParamSpec("P")
R = TypeVar("R")


def request_url(settings: WebhookSettings | None = None) -> str:
    """The URL Twilio called for the current request, following the app's proxy settings."""
    settings = settings or WebhookSettings.resolve(current_app.config)
    target = wsgi_raw_path(request.environ)
    return settings.url(request.scheme, request.host, target, request.headers)


def _params() -> Params:
    if is_form(request.content_type):
        return request.form
    return request.get_data(cache=True)


def _oversized(settings: WebhookSettings, url: str) -> str | None:
    """Read the body, at most `max_body + 1` bytes, and the 413 text if it is over the cap.

    A Content-Length over the cap is refused unread. Otherwise Werkzeug reads through a
    stream that ends one byte past the cap (its `max_content_length`), which also stops a
    chunked body without end; what was read stays cached for the form and the view.
    """
    reason = body_too_large(settings, url, request.content_length)
    if reason is not None:
        return reason
    request.max_content_length = settings.max_body + 1
    try:
        data = request.get_data(cache=True, parse_form_data=False)
    except RequestEntityTooLarge:
        data = None
    if data is None or len(data) > settings.max_body:
        return body_too_large(settings, url, settings.max_body + 1, read=True)
    return None


def twiml_response(value: object) -> object:
    """A TwiML response as a `text/xml; charset=utf-8` response; other values unchanged."""
    return twiml_reply(value, lambda xml: Response(xml, content_type=TWIML_CONTENT_TYPE))


@overload
def twilio_webhook(view: Callable[P, R], /) -> Callable[P, ResponseReturnValue]: ...


@overload
def twilio_webhook(
    *,
    auth_token: str | list[str] | tuple[str, ...] | None = None,
    public_url: str | None = None,
    trust_proxy: bool | int | None = None,
    validate: bool | None = None,
    max_body: int | None = None,
) -> Callable[[Callable[P, R]], Callable[P, ResponseReturnValue]]: ...


def twilio_webhook(
    view: Callable[P, R] | None = None,
    /,
    *,
    auth_token: str | list[str] | tuple[str, ...] | None = None,
    public_url: str | None = None,
    trust_proxy: bool | int | None = None,
    validate: bool | None = None,
    max_body: int | None = None,
) -> (
    Callable[P, ResponseReturnValue] | Callable[[Callable[P, R]], Callable[P, ResponseReturnValue]]
):
    """Check the request's Twilio signature (403 if wrong), then turn TwiML into XML.

    Use bare (`@twilio_webhook`) or with arguments that override the app config
    (`@twilio_webhook(public_url="https://example.com")`). Put it below `@app.route`.
    """

    def decorate(view: Callable[P, R]) -> Callable[P, ResponseReturnValue]:
        @functools.wraps(view)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> ResponseReturnValue:
            settings = WebhookSettings.resolve(
                current_app.config,
                auth_token=auth_token,
                public_url=public_url,
                trust_proxy=trust_proxy,
                validate=validate,
                max_body=max_body,
            )
            url = request_url(settings)
            too_large = _oversized(settings, url)
            if too_large is not None:
                return Response(too_large, status=413, mimetype="text/plain")
            refusal = verify(
                settings,
                url,
                _params(),
                request.headers,
                detailed=current_app.debug or current_app.testing,
            )
            if refusal is not None:
                return Response(refusal, status=403, mimetype="text/plain")
            result = current_app.ensure_sync(view)(*args, **kwargs)
            return cast(ResponseReturnValue, twiml_response(result))

        return wrapper

    WebhookSettings.check_arguments(
        public_url=public_url, trust_proxy=trust_proxy, validate=validate, max_body=max_body
    )
    if view is not None:
        return decorate(view)
    return decorate
