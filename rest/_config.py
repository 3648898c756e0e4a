"""Process-wide default credentials, set by `configure()` or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ._errors import ConfigurationError

__all__ = ["Credentials", "configure", "default_credentials"]


@dataclass(frozen=True)
class Credentials:
    """An account SID and its auth token. The token never appears in `repr`."""

    account_sid: str
    auth_token: str = field(repr=False)


_configured: Credentials | None = None


def configure(account_sid: str | None = None, auth_token: str | None = None) -> None:
    """Set the credentials that class-level helpers use when none are passed.

    Calling it with no arguments clears them, so the environment applies again.
    """
    global _configured
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
