"""Django integration: check Twilio's signature, answer with TwiML.

Needs the extra: `pip install twiml-dsl[django]`.

    from twiml_dsl.django import twilio_webhook

    @twilio_webhook
    def voice(request):
        response = VoiceResponse()
        response.say(f"You pressed {request.POST.get('Digits')}")
        return response          # sent as text/xml; charset=utf-8

The view is CSRF-exempt (Twilio sends no CSRF token; the signature stands in for it).
For a class-based view, decorate `dispatch`: `@method_decorator(twilio_webhook, name="dispatch")`.
Async views (`async def`) are awaited.

Settings come from the decorator's arguments, else `django.conf.settings`, else the
environment, with the names and meaning they have for Flask: `TWILIO_AUTH_TOKEN` (a token
or a list), `TWILIO_WEBHOOK_PUBLIC_URL`, `TWILIO_WEBHOOK_TRUST_PROXY` and
`TWILIO_WEBHOOK_VALIDATE = False` (local development only), and
`TWILIO_WEBHOOK_MAX_BODY` (bytes, default 1 MiB: a larger body gets 413). The URL starts from what
Django sees (`request.scheme` and `request.get_host()`, so `SECURE_PROXY_SSL_HEADER`,
`USE_X_FORWARDED_HOST` and `ALLOWED_HOSTS` apply first).

Add `"twiml_dsl.django"` to `INSTALLED_APPS` and `manage.py check` reports unusable
settings before the first request: no token while checking is on (`twiml_dsl.E001`), or
a setting that cannot work, such as a public URL without `https://` (`twiml_dsl.E002`);
`check --deploy` warns when checking is off (`twiml_dsl.W001`). Tokens passed to the
decorator itself are not seen by these checks.

A request that fails the check, a multipart body and (with a trusted proxy) unusable
X-Forwarded-* values get 403 and a warning on the `twiml_dsl.webhooks` logger naming the
URL that was checked; with `DEBUG = True` the 403 body says it too. The URL is rebuilt by
the rule every integration shares. A returned TwiML response becomes an `HttpResponse`;
any other value is passed to Django unchanged, except an element handle
(`return response.say(...)`), which raises TypeError.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, Concatenate, Final, ParamSpec, overload

try:
    from django.conf import settings as django_settings
    from django.core import checks
    from django.http import HttpRequest, HttpResponse, HttpResponseBase
    from django.views.decorators.csrf import csrf_exempt
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError(
        "twiml_dsl.django needs Django: install it with `pip install twiml-dsl[django]`"
    ) from err

from .._signature import Params
from .._webhook_common import (
    TWIML_CONTENT_TYPE,
    WebhookConfigurationError,
    WebhookSettings,
    asgi_raw_path,
    body_too_large,
    is_form,
    is_twiml,
    verify,
    wsgi_raw_path,
)

__all__ = ["request_url", "twilio_webhook", "twiml_response"]

P = ParamSpec("P")
View = Callable[Concatenate[HttpRequest, P], Any]
SETTING_NAMES: Final = (
    "TWILIO_AUTH_TOKEN",
    "TWILIO_WEBHOOK_PUBLIC_URL",
    "TWILIO_WEBHOOK_TRUST_PROXY",
    "TWILIO_WEBHOOK_VALIDATE",
    "TWILIO_WEBHOOK_MAX_BODY",
)


def _config() -> dict[str, Any]:
    return {name: getattr(django_settings, name, None) for name in SETTING_NAMES}


def _raw_path(request: HttpRequest) -> str:
    scope = getattr(request, "scope", None)  # an ASGIRequest keeps its ASGI scope
    if isinstance(scope, dict):
        return asgi_raw_path(scope)
    return wsgi_raw_path(request.META)


def request_url(request: HttpRequest, settings: WebhookSettings | None = None) -> str:
    """The URL Twilio called for `request`, following the project's proxy settings."""
    settings = settings or WebhookSettings.resolve(_config())
    return settings.url(
        request.scheme or "http", request.get_host(), _raw_path(request), request.headers
    )


def _params(request: HttpRequest) -> Params:
    if is_form(request.content_type):
        return request.POST
    return request.body


def twiml_response(value: object) -> object:
    """A TwiML response as an `HttpResponse` (`text/xml; charset=utf-8`); other values unchanged."""
    if is_twiml(value):
        return HttpResponse(value.to_xml(), content_type=TWIML_CONTENT_TYPE)
    return value


@overload
def twilio_webhook(view: View[P], /) -> View[P]: ...


@overload
def twilio_webhook(
    *,
    auth_token: str | list[str] | tuple[str, ...] | None = None,
    public_url: str | None = None,
    trust_proxy: bool | int | None = None,
    validate: bool | None = None,
    max_body: int | None = None,
) -> Callable[[View[P]], View[P]]: ...


def twilio_webhook(
    view: View[P] | None = None,
    /,
    *,
    auth_token: str | list[str] | tuple[str, ...] | None = None,
    public_url: str | None = None,
    trust_proxy: bool | int | None = None,
    validate: bool | None = None,
    max_body: int | None = None,
) -> View[P] | Callable[[View[P]], View[P]]:
    """Check the request's Twilio signature (403 if wrong), then turn TwiML into a response.

    Use bare (`@twilio_webhook`) or with arguments that override the settings
    (`@twilio_webhook(public_url="https://example.com")`); an argument that cannot work
    raises WebhookConfigurationError here, when the view module is imported.
    """

    def refusal(request: HttpRequest) -> HttpResponseBase | None:
        settings = WebhookSettings.resolve(
            _config(),
            auth_token=auth_token,
            public_url=public_url,
            trust_proxy=trust_proxy,
            validate=validate,
            max_body=max_body,
        )
        url = request_url(request, settings)
        # A Content-Length over the cap is refused unread. Without one, WSGI Django reads
        # no body at all, and ASGI Django has received the body (spooled to disk past
        # FILE_UPLOAD_MAX_MEMORY_SIZE) before the view runs: its size is checked here.
        too_large = body_too_large(settings, url, request.META.get("CONTENT_LENGTH"))
        params = None if too_large else _params(request)
        if too_large is None and len(request.body) > settings.max_body:
            too_large = body_too_large(settings, url, settings.max_body + 1, read=True)
        if too_large is not None:
            return HttpResponse(too_large, status=413, content_type="text/plain; charset=utf-8")
        reason = verify(
            settings,
            url,
            params,
            request.headers,
            detailed=bool(django_settings.DEBUG),
        )
        if reason is None:
            return None
        return HttpResponse(reason, status=403, content_type="text/plain; charset=utf-8")

    def decorate(view: View[P]) -> View[P]:
        if inspect.iscoroutinefunction(view):
            async_view: Callable[..., Awaitable[object]] = view

            @functools.wraps(view)
            async def async_wrapper(
                request: HttpRequest, /, *args: P.args, **kwargs: P.kwargs
            ) -> object:
                refused = refusal(request)
                if refused is not None:
                    return refused
                return twiml_response(await async_view(request, *args, **kwargs))

            return csrf_exempt(async_wrapper)

        @functools.wraps(view)
        def wrapper(request: HttpRequest, /, *args: P.args, **kwargs: P.kwargs) -> object:
            refused = refusal(request)
            if refused is not None:
                return refused
            return twiml_response(view(request, *args, **kwargs))

        return csrf_exempt(wrapper)

    WebhookSettings.check_arguments(
        public_url=public_url, trust_proxy=trust_proxy, validate=validate, max_body=max_body
    )
    if view is not None:
        return decorate(view)
    return decorate


@checks.register("twilio")
def check_webhook_settings(**kwargs: Any) -> list[checks.CheckMessage]:
    """`manage.py check`: the webhook settings, as the decorator will read them."""
    try:
        settings = WebhookSettings.resolve(_config())
    except WebhookConfigurationError as err:
        return [checks.Error(str(err), id="twiml_dsl.E002")]
    if settings.validate and not settings.auth_token:
        return [
            checks.Error(
                "Twilio webhook validation is on, but no auth token is configured.",
                hint="Set TWILIO_AUTH_TOKEN in the settings or the environment; for local "
                "development only, TWILIO_WEBHOOK_VALIDATE = False switches checking off.",
                id="twiml_dsl.E001",
            )
        ]
    return []


@checks.register("twilio", deploy=True)
def check_webhook_validation_on(**kwargs: Any) -> list[checks.CheckMessage]:
    """`manage.py check --deploy`: webhooks must not run unchecked in production."""
    try:
        settings = WebhookSettings.resolve(_config())
    except WebhookConfigurationError:
        return []  # reported by check_webhook_settings
    if settings.validate:
        return []
    return [
        checks.Warning(
            "Twilio webhook signatures are not checked: TWILIO_WEBHOOK_VALIDATE is False.",
            hint="Anyone can call the webhooks; remove the setting before deploying.",
            id="twiml_dsl.W001",
        )
    ]
