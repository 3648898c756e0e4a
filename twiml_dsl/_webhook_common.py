"""What every framework integration shares: settings, the URL Twilio called, the checks.

An adapter reads four things off its framework's request (scheme, host, the raw request
target from `wsgi_raw_path`/`asgi_raw_path`, headers) and hands them to
`WebhookSettings.url()`, then the form (or raw body) to `verify()`. Every rule lives here,
so Flask, Quart, Django and FastAPI check the same URL for the same request and refuse
the same requests.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Protocol, TypeGuard
from urllib.parse import quote, urlsplit

from ._node import Element, TwiMLResponse
from ._signature import (
    _DEFAULT_PORTS,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    Params,
    RequestValidator,
    WebhookValidationError,
    _is_port,
    _split_netloc,
    algorithm_from_settings,
)

__all__ = [
    "DEFAULT_MAX_BODY",
    "TWIML_CONTENT_TYPE",
    "App",
    "HeaderLookup",
    "WebhookConfigurationError",
    "WebhookSettings",
    "asgi_raw_path",
    "body_too_large",
    "check_settings",
    "init_app",
    "is_form",
    "is_twiml",
    "request_url",
    "twiml_reply",
    "verify",
    "wsgi_raw_path",
]

logger = logging.getLogger("twiml_dsl.webhooks")

TWIML_CONTENT_TYPE: Final = "text/xml; charset=utf-8"
DEFAULT_MAX_BODY: Final = 1024 * 1024
"""The largest webhook body read, in bytes: far above Twilio's forms and JSON events."""
_FORBIDDEN: Final = (
    "Twilio signature check failed. The server log (logger twiml_dsl.webhooks) names the URL "
    "that was checked."
)
_FORM_TYPE: Final = "application/x-www-form-urlencoded"
_MULTIPART_TYPE: Final = "multipart/form-data"
# A host name or IPv4 address, or an IPv6 address in brackets, then an optional port.
_HOST_AND_PORT: Final = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?"
)
_ABSOLUTE_TARGET: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)")


class WebhookConfigurationError(RuntimeError):
    """Webhook validation is on, but no auth token is configured, or a setting is unusable."""


class HeaderLookup(Protocol):
    """Request headers: a dict, or a framework's case-insensitive headers object."""

    def get(self, key: str, /) -> str | None: ...


def is_twiml(value: object) -> TypeGuard[TwiMLResponse]:
    """Whether a view returned a TwiML response (`VoiceResponse`, `MessagingResponse`, ...).

    An element handle, such as the `<Say>` that `response.say(...)` returns, raises
    TypeError: sent alone it is not a TwiML document, and Twilio would refuse it mid-call.
    """
    if isinstance(value, Element):
        raise TypeError(
            f"the view returned a <{value.tag!s}> element handle, not a TwiML response: "
            f"return the response, not its <{value.tag!s}> element"
        )
    return isinstance(value, TwiMLResponse)


def twiml_reply(value: object, make: Callable[[str], object]) -> object:
    """A view's return value with its TwiML response, alone or first in a tuple such as
    `(response, 201, headers)`, replaced by `make(xml)`; any other value unchanged."""
    if isinstance(value, tuple) and value and is_twiml(value[0]):
        return (make(value[0].to_xml()), *value[1:])
    if is_twiml(value):
        return make(value.to_xml())
    return value


def mimetype(content_type: str | None) -> str:
    """The media type of a Content-Type header, without its parameters, lower case."""
    return (content_type or "").partition(";")[0].strip().lower()


def is_form(content_type: str | None) -> bool:
    """Whether a body is a form Twilio signs parameter by parameter (urlencoded only).

    Twilio never sends multipart: `verify()` refuses it, since its files are not signed.
    """
    return mimetype(content_type) == _FORM_TYPE


def _forwarded(headers: HeaderLookup, name: str, hops: int) -> str | None:
    """The value the `hops`-th proxy from us wrote into a comma-separated X-Forwarded header."""
    raw = headers.get(name)
    if not raw:
        return None
    values = [v.strip() for v in raw.split(",") if v.strip()]
    if not values:
        return None
    return values[-hops] if hops <= len(values) else values[0]


def _shown(value: str) -> str:
    """A header value for a log line: quoted, escaped, and cut to a readable length."""
    return repr(value if len(value) <= 80 else value[:80] + "...")


def _forwarded_problem(headers: HeaderLookup, hops: int) -> str | None:
    """Why the trusted X-Forwarded-* values cannot be used, or None when they can.

    The proto must be http or https, the host a host name or address with an optional
    port, the port a number: anything else (`example.com/app1`, `user@host`, `h?x=`) would
    move the checked URL to another path and let one endpoint's signature pass on another.
    """
    proto = _forwarded(headers, "X-Forwarded-Proto", hops)
    if proto is not None and proto.lower() not in _DEFAULT_PORTS:
        return f"X-Forwarded-Proto {_shown(proto)} is not http or https"
    host = _forwarded(headers, "X-Forwarded-Host", hops)
    if host is not None and not _HOST_AND_PORT.fullmatch(host):
        return f"X-Forwarded-Host {_shown(host)} is not a host with an optional port"
    port = _forwarded(headers, "X-Forwarded-Port", hops)
    if port is not None and not (_is_port(port) and len(port) <= 5):
        return f"X-Forwarded-Port {_shown(port)} is not a port number"
    return None


def quote_path(path: str) -> str:
    """A decoded request path percent-encoded again, keeping the characters URLs allow raw.

    Only for servers that do not pass on the raw path; the signature covers what Twilio sent.
    """
    return quote(path, safe="/;=,~!$&'()*+:@")


def wsgi_raw_path(environ: Mapping[str, Any]) -> str:
    """The request target a WSGI server received, percent-encoding kept when the server
    passes it on (REQUEST_URI, RAW_URI), else rebuilt from PATH_INFO and QUERY_STRING."""
    raw = environ.get("REQUEST_URI") or environ.get("RAW_URI")
    if raw:
        return str(raw)
    path = quote_path(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""))
    query = environ.get("QUERY_STRING", "")
    return path + (f"?{query}" if query else "")


def asgi_raw_path(scope: Mapping[str, Any]) -> str:
    """The request target an ASGI server received, from its `raw_path` when it gives one."""
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if raw else quote_path(scope.get("root_path", "") + scope["path"])
    query = scope.get("query_string", b"").decode("latin-1")
    return path + (f"?{query}" if query else "")


def _split_target(target: str) -> tuple[str | None, str | None, str]:
    """(scheme, host, path and query) of a request target; scheme and host only when the
    target is in absolute form (`http://host/voice`). An empty query loses its `?`: an ASGI
    server cannot pass it on, so no framework keeps it."""
    scheme = authority = None
    match = _ABSOLUTE_TARGET.match(target)
    if match:
        scheme, authority, target = match[1], match[2], target[match.end() :]
        if not target.startswith("/"):
            target = "/" + target
    path, mark, query = target.partition("?")
    if mark and not query:
        target = path
    return scheme, authority, target


def request_url(
    *,
    scheme: str,
    host: str,
    path: str,
    headers: HeaderLookup | None = None,
    trust_proxy: bool | int = False,
    public_url: str | None = None,
) -> str:
    """The URL Twilio called, rebuilt from what the app received.

    `path` is the request target as received: the raw path and query string (`/voice?x=1`),
    or an absolute-form target (`http://host/voice?x=1`), whose scheme and host then stand
    for `scheme` and `host`, as HTTP says. An empty query's `?` is dropped. With `public_url`
    (e.g. `https://example.ngrok.app`, or `https://example.com/prefix` when the proxy strips
    a prefix), that base plus the path is the answer; nothing from the headers is used.
    Otherwise `trust_proxy` (True for one proxy, or the number of proxies in front of the
    app) lets X-Forwarded-Proto, X-Forwarded-Host and X-Forwarded-Port replace `scheme` and
    `host`, but only when they are http/https, a host with an optional port and a number;
    otherwise none of them is used, and `verify()` refuses the request, saying why. Never
    trust those headers unless a proxy you control sets them: anyone can send them.
    """
    target_scheme, authority, path = _split_target(path)
    if public_url:
        return public_url.rstrip("/") + path
    if target_scheme and authority and _HOST_AND_PORT.fullmatch(authority):
        scheme, host = target_scheme, authority
    hops = int(trust_proxy)
    if hops > 0 and headers is not None and _forwarded_problem(headers, hops) is None:
        scheme = _forwarded(headers, "X-Forwarded-Proto", hops) or scheme
        host = _forwarded(headers, "X-Forwarded-Host", hops) or host
        port = _forwarded(headers, "X-Forwarded-Port", hops)
        if port:
            _, bare, _ = _split_netloc(host)
            host = bare if port == _DEFAULT_PORTS.get(scheme.lower()) else f"{bare}:{port}"
    return f"{scheme}://{host}{path}"


def _env_setting(name: str, expected: str, *, counts: bool) -> bool | int | None:
    """A setting from the environment: "true"/"false", "1"/"0", or with `counts` any number.

    None when the variable is unset or empty; anything else is a configuration error.
    """
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    if raw.lower() in {"true", "false"}:
        return raw.lower() == "true"
    if raw.isascii() and raw.isdigit() and (counts or raw in {"0", "1"}):
        return int(raw) if counts else raw == "1"
    raise WebhookConfigurationError(
        f"the environment variable {name} must be {expected}, not {raw!r}"
    )


def _env_validate() -> bool | None:
    value = _env_setting("TWILIO_WEBHOOK_VALIDATE", "true, false, 1 or 0", counts=False)
    return None if value is None else bool(value)


def _env_trust_proxy() -> bool | int | None:
    return _env_setting(
        "TWILIO_WEBHOOK_TRUST_PROXY", "true, false or a number of proxies", counts=True
    )


def _env_max_body() -> int | None:
    raw = os.environ.get("TWILIO_WEBHOOK_MAX_BODY", "").strip()
    if not raw:
        return None
    if raw.isascii() and raw.isdigit():
        return int(raw)
    raise WebhookConfigurationError(
        f"the environment variable TWILIO_WEBHOOK_MAX_BODY must be a number of bytes, not {raw!r}"
    )


def _first_set(
    given: Any, config: Mapping[str, Any], key: str, from_env: Callable[[], Any], default: Any
) -> Any:
    """The argument, else the app config's `key`, else the environment, else `default`
    (the environment is read only when needed: a bad value there is an error)."""
    for value in (given, config.get(key)):
        if value is not None:
            return value
    value = from_env()
    return default if value is None else value


@dataclass(frozen=True)
class WebhookSettings:
    """The decorator's settings, from its arguments, else the app config, else the environment.

    Config keys: TWILIO_AUTH_TOKEN (a token or a list of tokens), TWILIO_WEBHOOK_PUBLIC_URL,
    TWILIO_WEBHOOK_TRUST_PROXY (bool or number of proxies), TWILIO_WEBHOOK_VALIDATE (only
    the value False turns checking off), TWILIO_WEBHOOK_MAX_BODY (the largest body read, in
    bytes; a larger one gets 413). Environment variables of the same names are read as
    text: "true", "false", "1" or "0" (and for TWILIO_WEBHOOK_TRUST_PROXY any number of
    proxies, for TWILIO_WEBHOOK_MAX_BODY a number of bytes); an empty variable counts as
    unset, any other value is an error.
    """

    auth_token: str | tuple[str, ...] | None = field(default=None, repr=False)
    public_url: str | None = None
    trust_proxy: bool | int = False
    validate: bool = True
    max_body: int = DEFAULT_MAX_BODY

    @classmethod
    def resolve(
        cls,
        config: Mapping[str, Any],
        *,
        auth_token: str | list[str] | tuple[str, ...] | None = None,
        public_url: str | None = None,
        trust_proxy: bool | int | None = None,
        validate: bool | None = None,
        max_body: int | None = None,
    ) -> WebhookSettings:
        token = auth_token or config.get("TWILIO_AUTH_TOKEN") or os.environ.get("TWILIO_AUTH_TOKEN")
        return cls(
            auth_token=token if token is None or isinstance(token, str) else tuple(token),
            public_url=_checked_public_url(
                public_url
                or config.get("TWILIO_WEBHOOK_PUBLIC_URL")
                or os.environ.get("TWILIO_WEBHOOK_PUBLIC_URL")
                or None
            ),
            trust_proxy=_checked_trust_proxy(
                _first_set(
                    trust_proxy, config, "TWILIO_WEBHOOK_TRUST_PROXY", _env_trust_proxy, False
                )
            ),
            validate=_checked_validate(
                _first_set(validate, config, "TWILIO_WEBHOOK_VALIDATE", _env_validate, True)
            ),
            max_body=_checked_max_body(
                _first_set(
                    max_body, config, "TWILIO_WEBHOOK_MAX_BODY", _env_max_body, DEFAULT_MAX_BODY
                )
            ),
        )

    @staticmethod
    def check_arguments(
        *,
        public_url: str | None,
        trust_proxy: bool | int | None,
        validate: bool | None,
        max_body: int | None = None,
    ) -> None:
        """Refuse a decorator argument that cannot work when the decorator is applied (at
        import), not on the first webhook. The config and the environment are read later."""
        _checked_public_url(public_url)
        if trust_proxy is not None:
            _checked_trust_proxy(trust_proxy)
        if validate is not None:
            _checked_validate(validate)
        if max_body is not None:
            _checked_max_body(max_body)

    def token(self) -> str | tuple[str, ...]:
        """The auth token(s) to check with; WebhookConfigurationError when none is set."""
        if not self.auth_token:
            raise WebhookConfigurationError(
                "Twilio webhook validation needs an auth token: set TWILIO_AUTH_TOKEN in the "
                "app config or the environment, or pass auth_token= to the decorator. To "
                "switch validation off for local development, set TWILIO_WEBHOOK_VALIDATE = "
                "False."
            )
        return self.auth_token

    def url(self, scheme: str, host: str, path: str, headers: HeaderLookup) -> str:
        """`request_url()` with these settings; `path` is the raw request target."""
        return request_url(
            scheme=scheme,
            host=host,
            path=path,
            headers=headers,
            trust_proxy=self.trust_proxy,
            public_url=self.public_url,
        )


def _checked_validate(value: object) -> bool:
    if not isinstance(value, bool):
        raise WebhookConfigurationError(
            f"TWILIO_WEBHOOK_VALIDATE must be True or False, not {value!r}"
        )
    return value


def _checked_max_body(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise WebhookConfigurationError(
            f"TWILIO_WEBHOOK_MAX_BODY must be a positive number of bytes, not {value!r}"
        )
    return value


def _checked_trust_proxy(value: object) -> bool | int:
    if not isinstance(value, bool | int) or value < 0:
        raise WebhookConfigurationError(
            f"TWILIO_WEBHOOK_TRUST_PROXY must be a bool or a proxy count, not {value!r}"
        )
    return value


def _public_url_problem(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError as err:
        return str(err)
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        return "it needs http:// or https:// in front"
    if not parts.hostname:
        return "it has no host"
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return "a base URL takes no query or fragment"
    return None


def _checked_public_url(url: object) -> str | None:
    """The public base URL, if it is one: http(s), a host, no query or fragment."""
    if url is None:
        return None
    problem = _public_url_problem(url) if isinstance(url, str) else "it is not text"
    if problem is not None:
        raise WebhookConfigurationError(
            "TWILIO_WEBHOOK_PUBLIC_URL must be the public base URL Twilio calls, such as "
            f"https://example.com, not {url!r}: {problem}"
        )
    return str(url)


def check_settings(config: Mapping[str, Any]) -> WebhookSettings:
    """The webhook settings of an app's config and the environment, checked at start-up.

    Raises WebhookConfigurationError for any value that cannot work, including a missing
    token while validation is on, instead of a 500 or 403 on the first webhook.
    """
    settings = WebhookSettings.resolve(config)
    if settings.validate:
        settings.token()
    return settings


class App(Protocol):
    """A Flask or Quart app: its config and its extensions registry."""

    @property
    def config(self) -> Mapping[str, Any]: ...

    @property
    def extensions(self) -> dict[str, Any]: ...


def init_app(app: App) -> WebhookSettings:
    """Check the app's webhook settings now, when the app starts, and register them.

    Reads `app.config` and the environment like the decorator, and raises
    `WebhookConfigurationError` for a setting that cannot work (no auth token while
    validation is on, a public URL without `https://`, an unreadable value) instead of
    failing on the first webhook. The decorator keeps checking at each request, for apps
    that skip this call. The settings are stored in `app.extensions["twiml_dsl"]`.
    """
    settings = check_settings(app.config)
    app.extensions["twiml_dsl"] = settings
    return settings


def body_too_large(
    settings: WebhookSettings, url: str, length: int | str | None, *, read: bool = False
) -> str | None:
    """The body of a 413 response when a body of `length` bytes is over the cap, else None.

    `length` is the Content-Length header before reading (None or unreadable: not known, so
    the caller reads at most `max_body + 1` bytes and asks again with `read=True`). Each
    refusal is logged on the `twiml_dsl.webhooks` logger.
    """
    if isinstance(length, str):
        length = int(length) if length.strip().isascii() and length.strip().isdigit() else None
    if length is None or length <= settings.max_body:
        return None
    said = "more than" if read else "a Content-Length of"
    shown = settings.max_body if read else length
    reason = (
        f"the body is {said} {shown} bytes, over the limit of {settings.max_body} "
        "(TWILIO_WEBHOOK_MAX_BODY)"
    )
    logger.warning("Twilio webhook refused for %s: %s", url, reason)
    return f"Twilio webhook refused: {reason}."


def _refusal(settings: WebhookSettings, headers: HeaderLookup) -> str | None:
    """Why a request is refused before its signature is even checked, or None."""
    if mimetype(headers.get("Content-Type")) == _MULTIPART_TYPE:
        return (
            "the body is multipart/form-data, which Twilio never sends; "
            "its parts would not be covered by the signature"
        )
    hops = int(settings.trust_proxy)
    if hops > 0 and not settings.public_url:
        return _forwarded_problem(headers, hops)
    return None


def verify(
    settings: WebhookSettings,
    url: str,
    params: Params,
    headers: HeaderLookup,
    *,
    detailed: bool,
) -> str | None:
    """Check one request: None when it may proceed, else the body of the 403 response.

    Refused before the signature is checked: a multipart body (Twilio never sends one, and
    the signature would not cover its files) and, with `trust_proxy`, X-Forwarded-* values
    that are not http/https, a host with an optional port and a port number.

    The 403 body gives the reason only when `detailed` (debug or testing mode): the reason
    names the URL the app rebuilt, which may show internal hosts and ports, so in
    production it points to the warning on the `twiml_dsl.webhooks` logger instead.
    """
    if not settings.validate:
        logger.warning("Twilio signature NOT checked for %s: validation is switched off", url)
        return None
    token = settings.token()
    refusal = _refusal(settings, headers)
    if refusal is not None:
        logger.warning("Twilio webhook refused for %s: %s", url, refusal)
        return f"Twilio webhook refused: {refusal}." if detailed else _FORBIDDEN
    validator = RequestValidator(token)
    algorithm = algorithm_from_settings(headers.get(SIGNATURE_SETTINGS_HEADER))
    try:
        validator.check(url, params, headers.get(SIGNATURE_HEADER), algorithm=algorithm)
    except WebhookValidationError as err:
        logger.warning("%s", err)
        return str(err) if detailed else _FORBIDDEN
    return None
