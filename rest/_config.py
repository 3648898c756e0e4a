"""Process-wide default credentials and client options, set by `configure()` or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ._errors import ConfigurationError

__all__ = ["ClientOptions", "Credentials", "configure", "default_credentials", "default_options"]

DEFAULT_BASE_URL = "https://api.twilio.com"
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_RETRIES = 2


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
        base_url=base_url if base_url is not None else DEFAULT_BASE_URL,
        timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
        max_retries=max_retries if max_retries is not None else DEFAULT_MAX_RETRIES,
    )
    if account_sid is None and auth_token is None:
        _configured = None
        return
    if not account_sid or not auth_token:
        raise ConfigurationError("configure() needs both account_sid and auth_token")
    _configured = Credentials(account_sid, auth_token)


def default_credentials() -> Credentials:
    """The configured credentials, else TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN."""
    if _configured is not None:
        return _configured
    sid = os.environ.get("TWILIO_ACCOUNT_SID")
    token = os.environ.get("TWILIO_AUTH_TOKEN")
    if sid and token:
        return Credentials(sid, token)
    raise ConfigurationError(
        "no Twilio credentials: call rest.configure(account_sid=..., auth_token=...) "
        "or set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"
    )


def default_options() -> ClientOptions:
    """The options `configure()` last set, or the defaults."""
    return _options
