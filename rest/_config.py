"""Process-wide default credentials and client options, set by `configure()` or the environment."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from ._errors import ConfigurationError

__all__ = [
    "ClientOptions",
    "Credentials",
    "check_base_url",
    "check_max_retries",
    "check_seconds",
    "configure",
    "default_credentials",
    "default_options",
    "environment_credentials",
]

DEFAULT_BASE_URL = "https://api.twilio.com"
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_DEADLINE = 60.0
"""Seconds one logical request (every attempt and wait) may take in all."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""A full page of 1,000 of Twilio's largest records is a few megabytes."""

_ENV_ADVICE = "or set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"


def check_base_url(url: object, auth_token: str | None = None) -> str:
    """`scheme://host[:port][/path]` without a trailing slash; user info is dropped (the
    explicit credentials are the ones sent). Anything else is a `ConfigurationError`."""
    if not isinstance(url, str):
        raise ConfigurationError("base_url must be a string like 'https://api.twilio.com'")
    shown = "a URL with user info" if "@" in url else repr(url)  # user info may hold a token
    parts = urlsplit(url.strip())
    try:
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError as err:
        raise ConfigurationError(f"base_url has a bad port: {shown}") from err
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"base_url needs a scheme and a host, like 'https://api.twilio.com', got {shown}"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError("base_url takes no query or fragment")
    netloc = parts.netloc.rpartition("@")[2]  # keeps the port, and an IPv6 host's brackets
    clean = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
    if auth_token and len(auth_token) >= 8 and auth_token in clean:
        raise ConfigurationError("base_url must not contain the auth token")
    return clean


def check_seconds(name: str, value: object) -> float:
    """A positive, finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(
            f"{name} must be a positive, finite number of seconds, got {value}"
        )
    return float(value)


def check_max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {value!r}")
    return value


@dataclass(frozen=True)
class Credentials:
    """An account SID and its auth token. The token never appears in `repr`."""

    account_sid: str
    auth_token: str = field(repr=False)


@dataclass(frozen=True)
class ClientOptions:
    """Options for the default client that the class-level helpers (`rest.Call.find`) use."""

    base_url: str = DEFAULT_BASE_URL
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES


_configured: Credentials | None = None
_options = ClientOptions()


def configure(
    account_sid: str | None = None,
    auth_token: str | None = None,
    *,
    base_url: str | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
) -> None:
    """Set the credentials (and optionally client options) that class-level helpers use.

    Calling it with no arguments clears everything, so the environment and defaults apply again.
    Options not passed keep their defaults.
    """
    global _configured, _options
    _options = ClientOptions(
        base_url=check_base_url(base_url, auth_token) if base_url is not None else DEFAULT_BASE_URL,
        timeout=check_seconds("timeout", timeout) if timeout is not None else DEFAULT_TIMEOUT,
        max_retries=(
            check_max_retries(max_retries) if max_retries is not None else DEFAULT_MAX_RETRIES
        ),
    )
    if account_sid is None and auth_token is None:
        _configured = None
        return
    if not account_sid or not auth_token:
        raise ConfigurationError("configure() needs both account_sid and auth_token")
    _configured = Credentials(account_sid, auth_token)


def environment_credentials(
    advice: str = "pass rest.Client(account_sid, auth_token)",
) -> Credentials:
    """TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN; a `ConfigurationError` naming what is missing."""
    sid = os.environ.get("TWILIO_ACCOUNT_SID")
    token = os.environ.get("TWILIO_AUTH_TOKEN")
    if sid and token:
        return Credentials(sid, token)
    missing = " and ".join(
        name
        for name, value in (("TWILIO_ACCOUNT_SID", sid), ("TWILIO_AUTH_TOKEN", token))
        if not value
    )
    raise ConfigurationError(f"no Twilio credentials ({missing} not set): {advice}, {_ENV_ADVICE}")


def default_credentials() -> Credentials:
    """The configured credentials, else TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN."""
    if _configured is not None:
        return _configured
    return environment_credentials("call rest.configure(account_sid=..., auth_token=...)")


def default_options() -> ClientOptions:
    """The options `configure()` last set, or the defaults."""
    return _options
