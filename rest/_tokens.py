"""Tokens for Twilio's browser and mobile SDKs: access tokens and legacy capability tokens.

Both are HS256 JWTs made with PyJWT. Every constructor takes `clock` (seconds since the
epoch, `time.time` by default) so expiry can be tested without waiting.

`AccessToken` is the current format: signed with an API key secret, carrying grants
(`VoiceGrant`, `ChatGrant`, `SyncGrant`, `VideoGrant`, `TaskRouterGrant`, `PlaybackGrant`).
`CapabilityToken` is the Twilio Client format, signed with the account's auth token;
Twilio is retiring it in favour of access tokens.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, ClassVar, Final, Protocol, TypeAlias
from urllib.parse import urlencode

from ._config import default_credentials
from ._errors import ConfigurationError

__all__ = [
    "AccessToken",
    "CapabilityToken",
    "ChatGrant",
    "Grant",
    "PlaybackGrant",
    "SyncGrant",
    "TaskRouterGrant",
    "VideoGrant",
    "VoiceGrant",
]

ALGORITHM: Final = "HS256"
DEFAULT_TTL: Final = 3600
EVENTS_PATH: Final = "/2010-04-01/Events"

Clock: TypeAlias = Callable[[], float]
Expiry: TypeAlias = datetime | timedelta | int | float
"""When a token stops working: an aware datetime, a time from now, or epoch seconds."""
AppParams: TypeAlias = Mapping[str, str | Sequence[str]]


def _expiry(expires: Expiry | None, now: int) -> int:
    """The `exp` claim: one hour from `now` unless `expires` says otherwise."""
    if expires is None:
        exp = now + DEFAULT_TTL
    elif isinstance(expires, datetime):
        if expires.tzinfo is None:
            raise ValueError("expires must be a timezone-aware datetime, e.g. with tzinfo=UTC")
        exp = int(expires.timestamp())
    elif isinstance(expires, timedelta):
        exp = now + int(expires.total_seconds())
    elif isinstance(expires, int | float) and not isinstance(expires, bool):
        exp = int(expires)
    else:
        raise TypeError(f"expires must be a datetime, timedelta or epoch seconds, not {expires!r}")
    if exp <= now:
        raise ValueError(f"expires ({exp}) is not after the current time ({now})")
    return exp


def _encode(payload: dict[str, Any], key: str, headers: dict[str, str]) -> str:
    import jwt  # PyJWT is imported on first use, which keeps `import rest` quick

    return jwt.encode(payload, key, algorithm=ALGORITHM, headers=headers)


def _scope(service: str, privilege: str, params: Mapping[str, str]) -> str:
    query = f"?{urlencode(sorted(params.items()))}" if params else ""
    return f"scope:{service}:{privilege}{query}"


class CapabilityToken:
    """The Twilio Client capability token (legacy; prefer `AccessToken` with `VoiceGrant`)."""

    @staticmethod
    def scopes(
        *,
        allow_incoming: str | None = None,
        allow_outgoing: str | tuple[str, AppParams] | None = None,
        allow_event_stream: bool | Mapping[str, str] = False,
    ) -> list[str]:
        """The `scope` entries for these permissions, in the order Twilio's libraries use."""
        scopes = []
        if allow_outgoing is not None:
            app_sid, app_params = (
                (allow_outgoing, {}) if isinstance(allow_outgoing, str) else allow_outgoing
            )
            params = {"appSid": app_sid}
            if app_params:
                params["appParams"] = urlencode(app_params, doseq=True)
            if allow_incoming is not None:
                params["clientName"] = allow_incoming
            scopes.append(_scope("client", "outgoing", params))
        if allow_incoming is not None:
            scopes.append(_scope("client", "incoming", {"clientName": allow_incoming}))
        if allow_event_stream is not False:
            params = {"path": EVENTS_PATH}
            if isinstance(allow_event_stream, Mapping) and allow_event_stream:
                params["params"] = urlencode(allow_event_stream, doseq=True)
            scopes.append(_scope("stream", "subscribe", params))
        return scopes

    @classmethod
    def create(
        cls,
        *,
        allow_incoming: str | None = None,
        allow_outgoing: str | tuple[str, AppParams] | None = None,
        allow_event_stream: bool | Mapping[str, str] = False,
        expires: Expiry | None = None,
        account_sid: str | None = None,
        auth_token: str | None = None,
        clock: Clock = time.time,
    ) -> str:
        """A signed capability token.

        `allow_incoming`: the client name that may receive calls. `allow_outgoing`: the
        TwiML application SID that outgoing calls use, or `(sid, {"param": "value"})` to
        pass parameters to it. `allow_event_stream`: True, or a mapping of event filters.
        `expires` defaults to one hour and is honoured when given. The credentials default
        to those of `rest.configure()` or the environment.
        """
        if account_sid is None and auth_token is None:
            credentials = default_credentials()
            account_sid, auth_token = credentials.account_sid, credentials.auth_token
        elif not account_sid or not auth_token:
            raise ConfigurationError("pass both account_sid and auth_token, or neither")
        now = int(clock())
        payload = {
            "scope": " ".join(
                cls.scopes(
                    allow_incoming=allow_incoming,
                    allow_outgoing=allow_outgoing,
                    allow_event_stream=allow_event_stream,
                )
            ),
            "iss": account_sid,
            "nbf": now,
            "exp": _expiry(expires, now),
        }
        return _encode(payload, auth_token, {"typ": "JWT"})


class Grant(Protocol):
    """One permission inside an access token, stored under `key` in the `grants` claim."""

    key: ClassVar[str]

    def to_payload(self) -> dict[str, Any]: ...


def _present(**values: Any) -> dict[str, Any]:
    return {name: value for name, value in values.items() if value}


@dataclass(frozen=True)
class VoiceGrant:
    """Programmable Voice: receive calls, place calls through a TwiML app, push."""

    key: ClassVar[str] = "voice"
    incoming_allow: bool | None = None
    outgoing_application_sid: str | None = None
    outgoing_application_params: Mapping[str, Any] | None = None
    push_credential_sid: str | None = None
    endpoint_id: str | None = None

    def to_payload(self) -> dict[str, Any]:
        grant: dict[str, Any] = {}
        if self.incoming_allow is True:
            grant["incoming"] = {"allow": True}
        if self.outgoing_application_sid:
            outgoing: dict[str, Any] = {"application_sid": self.outgoing_application_sid}
            if self.outgoing_application_params:
                outgoing["params"] = dict(self.outgoing_application_params)
            grant["outgoing"] = outgoing
        return grant | _present(
            push_credential_sid=self.push_credential_sid, endpoint_id=self.endpoint_id
        )


@dataclass(frozen=True)
class ChatGrant:
    """Conversations / Programmable Chat."""

    key: ClassVar[str] = "chat"
    service_sid: str | None = None
    endpoint_id: str | None = None
    deployment_role_sid: str | None = None
    push_credential_sid: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return _present(
            service_sid=self.service_sid,
            endpoint_id=self.endpoint_id,
            deployment_role_sid=self.deployment_role_sid,
            push_credential_sid=self.push_credential_sid,
        )


@dataclass(frozen=True)
class SyncGrant:
    """Twilio Sync."""

    key: ClassVar[str] = "data_sync"
    service_sid: str | None = None
    endpoint_id: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return _present(service_sid=self.service_sid, endpoint_id=self.endpoint_id)


@dataclass(frozen=True)
class VideoGrant:
    """Twilio Video, optionally limited to one room."""

    key: ClassVar[str] = "video"
    room: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return _present(room=self.room)


@dataclass(frozen=True)
class TaskRouterGrant:
    """TaskRouter: a worker in a workspace, with a role."""

    key: ClassVar[str] = "task_router"
    workspace_sid: str | None = None
    worker_sid: str | None = None
    role: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return _present(
            workspace_sid=self.workspace_sid, worker_sid=self.worker_sid, role=self.role
        )


@dataclass(frozen=True)
class PlaybackGrant:
    """Twilio Live playback, carrying the grant the API returned."""

    key: ClassVar[str] = "player"
    grant: Mapping[str, Any] = field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        return dict(self.grant)


class AccessToken:
    """An access token for Twilio's client SDKs, signed with an API key.

    ::

        token = AccessToken("AC...", "SK...", secret, identity="alice")
        token.add_grant(VoiceGrant(incoming_allow=True, outgoing_application_sid="AP..."))
        jwt_text = token.to_jwt()

    `ttl` (seconds, default one hour) or `expires` set the expiry; `region` adds the
    `twr` header. Each grant type may appear once.
    """

    def __init__(
        self,
        account_sid: str,
        api_key_sid: str,
        api_key_secret: str,
        *,
        identity: str | int | None = None,
        ttl: int = DEFAULT_TTL,
        expires: Expiry | None = None,
        region: str | None = None,
        grants: Iterable[Grant] = (),
        clock: Clock = time.time,
    ) -> None:
        """An integer `identity` is sent as text; a `region` that is not a non-empty string
        adds no `twr` header (as Twilio's own libraries do)."""
        if not account_sid or not api_key_sid or not api_key_secret:
            raise ConfigurationError(
                "AccessToken needs account_sid, api_key_sid and api_key_secret"
            )
        if ttl <= 0:
            raise ValueError(f"ttl must be a positive number of seconds, not {ttl!r}")
        self.account_sid = account_sid
        self.api_key_sid = api_key_sid
        self._secret = api_key_secret
        self.identity = None if identity is None else str(identity)
        self.ttl = ttl
        self.expires = expires
        self.region = region
        self._clock = clock
        self._grants: dict[str, Grant] = {}
        for grant in grants:
            self.add_grant(grant)

    def __repr__(self) -> str:
        return (
            f"AccessToken(account_sid={self.account_sid!r}, api_key_sid={self.api_key_sid!r}, "
            f"identity={self.identity!r}, grants={list(self._grants)!r})"
        )

    @property
    def grants(self) -> tuple[Grant, ...]:
        return tuple(self._grants.values())

    def add_grant(self, grant: Grant) -> None:
        """Add a grant. A second grant of the same type is an error, not a silent overwrite."""
        if isinstance(grant, type):
            raise TypeError(
                f"{grant.__name__} is a grant class: add an instance, {grant.__name__}(...)"
            )
        key = getattr(grant, "key", None)
        if not isinstance(key, str) or not callable(getattr(grant, "to_payload", None)):
            raise TypeError(f"not a grant: {grant!r}")
        if key in self._grants:
            raise ValueError(f"the token already has a {type(self._grants[key]).__name__}")
        self._grants[key] = grant

    def headers(self) -> dict[str, str]:
        headers = {"typ": "JWT", "cty": "twilio-fpa;v=1"}
        if isinstance(self.region, str) and self.region:
            headers["twr"] = self.region
        return headers

    def payload(self) -> dict[str, Any]:
        """The claims `to_jwt()` signs, computed at the clock's current time."""
        now = int(self._clock())
        grants: dict[str, Any] = {key: grant.to_payload() for key, grant in self._grants.items()}
        if self.identity:
            grants["identity"] = self.identity
        expires = self.expires if self.expires is not None else timedelta(seconds=self.ttl)
        return {
            "jti": f"{self.api_key_sid}-{now}",
            "grants": grants,
            "iss": self.api_key_sid,
            "sub": self.account_sid,
            "nbf": now,
            "exp": _expiry(expires, now),
        }

    def to_jwt(self) -> str:
        return _encode(self.payload(), self._secret, self.headers())
