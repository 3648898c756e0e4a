"""Capability and access tokens: decoded with PyJWT (signature verified, HS256 pinned) and
compared with the official `twilio` package's tokens for the same inputs."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from twilio.jwt.access_token import AccessToken as OfficialAccessToken
from twilio.jwt.access_token import grants as official_grants
from twilio.jwt.client import ClientCapabilityToken

import rest
from rest import (
    AccessToken,
    CapabilityToken,
    ChatGrant,
    ConfigurationError,
    PlaybackGrant,
    SyncGrant,
    TaskRouterGrant,
    VideoGrant,
    VoiceGrant,
)

ACCOUNT = "AC0123456789abcdef0123456789abcdef"
AUTH_TOKEN = "fedcba9876543210fedcba9876543210"
KEY_SID = "SK0123456789abcdef0123456789abcdef"
KEY_SECRET = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"
APP = "AP0123456789abcdef0123456789abcdef"
NOW = 1_800_000_000


def fixed_clock() -> float:
    return NOW + 0.75


def decode(token: str, key: str, *, at_fixed_clock: bool = True) -> dict[str, Any]:
    """Verify the signature with HS256 only. Tokens made at the fixed clock are checked
    for expiry by the tests themselves, since PyJWT compares against the real time."""
    options = {"verify_exp": False, "verify_nbf": False} if at_fixed_clock else {}
    claims: dict[str, Any] = jwt.decode(token, key, algorithms=["HS256"], options=options)
    return claims


@pytest.fixture(autouse=True)
def _no_configured_credentials() -> Any:
    rest.configure()  # the environment is cleared by the suite's own fixture
    yield
    rest.configure()


# --- capability tokens -------------------------------------------------------------------


def capability(**kwargs: Any) -> str:
    return CapabilityToken.create(
        account_sid=ACCOUNT, auth_token=AUTH_TOKEN, clock=fixed_clock, **kwargs
    )


def official_capability(**kwargs: Any) -> str:
    return ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, **kwargs).to_jwt()


@pytest.mark.parametrize(
    ("ours", "official"),
    [
        ({"allow_incoming": "alice"}, {"allow_client_incoming": {"client_name": "alice"}}),
        ({"allow_outgoing": APP}, {"allow_client_outgoing": {"application_sid": APP}}),
        (
            {"allow_outgoing": (APP, {"foo": "bar+baz&a", "n": ["1", "2"]})},
            {
                "allow_client_outgoing": {
                    "application_sid": APP,
                    "foo": "bar+baz&a",
                    "n": ["1", "2"],
                }
            },
        ),
        (
            {"allow_incoming": "alice smith/ü", "allow_outgoing": (APP, {"x": "1"})},
            {
                "allow_client_incoming": {"client_name": "alice smith/ü"},
                "allow_client_outgoing": {"application_sid": APP, "x": "1"},
            },
        ),
        ({"allow_event_stream": True}, {"allow_event_stream": {}}),
        ({"allow_event_stream": {"foo": "hey"}}, {"allow_event_stream": {"foo": "hey"}}),
        (
            {
                "allow_incoming": "bob",
                "allow_outgoing": APP,
                "allow_event_stream": {"foo": "bar"},
            },
            {
                "allow_client_incoming": {"client_name": "bob"},
                "allow_client_outgoing": {"application_sid": APP},
                "allow_event_stream": {"foo": "bar"},
            },
        ),
        ({}, {}),
    ],
    ids=[
        "incoming",
        "outgoing",
        "outgoing-params",
        "both",
        "events",
        "event-filters",
        "all",
        "none",
    ],
)
def test_capability_scope_matches_official(ours: dict[str, Any], official: dict[str, Any]) -> None:
    mine = decode(capability(**ours), AUTH_TOKEN)
    theirs = decode(official_capability(**official), AUTH_TOKEN, at_fixed_clock=False)
    assert mine["scope"] == theirs["scope"]
    assert mine["iss"] == theirs["iss"] == ACCOUNT


def test_capability_scope_encoding_spelled_out() -> None:
    claims = decode(
        capability(allow_incoming="alice smith", allow_outgoing=(APP, {"foo": "bar baz/1"})),
        AUTH_TOKEN,
    )
    assert claims["scope"].split(" ") == [
        f"scope:client:outgoing?appParams=foo%3Dbar%2Bbaz%252F1&appSid={APP}&clientName=alice+smith",
        "scope:client:incoming?clientName=alice+smith",
    ]


def test_capability_claims_and_header() -> None:
    token = capability(allow_incoming="alice")
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    assert decode(token, AUTH_TOKEN) == {
        "scope": "scope:client:incoming?clientName=alice",
        "iss": ACCOUNT,
        "nbf": NOW,
        "exp": NOW + 3600,
    }


@pytest.mark.parametrize(
    "expires",
    [
        datetime.fromtimestamp(NOW + 600, tz=UTC),
        timedelta(minutes=10),
        NOW + 600,
        float(NOW + 600),
    ],
    ids=["datetime", "timedelta", "epoch-int", "epoch-float"],
)
def test_capability_honours_an_explicit_expiry(expires: Any) -> None:
    assert decode(capability(allow_incoming="a", expires=expires), AUTH_TOKEN)["exp"] == NOW + 600


def test_official_package_ignores_an_explicit_expiry() -> None:
    """Why we do not delegate: the official token drops `valid_until`."""
    wanted = int(time.time()) + 60
    official = ClientCapabilityToken(ACCOUNT, AUTH_TOKEN, valid_until=wanted)
    official.allow_client_incoming("a")
    assert decode(official.to_jwt(), AUTH_TOKEN, at_fixed_clock=False)["exp"] != wanted


@pytest.mark.parametrize(
    ("expires", "error"),
    [
        (datetime(2027, 1, 1), ValueError),  # naive: which zone?
        (timedelta(seconds=-1), ValueError),
        (NOW - 1, ValueError),
        (True, TypeError),
        ("3600", TypeError),
    ],
)
def test_capability_rejects_bad_expiry(expires: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        capability(allow_incoming="a", expires=expires)


def test_capability_expires_at_the_injected_clock() -> None:
    token = CapabilityToken.create(
        allow_incoming="a",
        account_sid=ACCOUNT,
        auth_token=AUTH_TOKEN,
        clock=lambda: time.time() - 7200,
    )
    with pytest.raises(jwt.ExpiredSignatureError):
        jwt.decode(token, AUTH_TOKEN, algorithms=["HS256"])


def test_capability_made_now_verifies_fully() -> None:
    token = CapabilityToken.create(allow_incoming="a", account_sid=ACCOUNT, auth_token=AUTH_TOKEN)
    assert decode(token, AUTH_TOKEN, at_fixed_clock=False)["iss"] == ACCOUNT


def test_capability_signature_is_checked() -> None:
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(capability(allow_incoming="a"), "x" * 32, algorithms=["HS256"])


def test_capability_is_refused_under_another_algorithm() -> None:
    with pytest.raises(jwt.InvalidAlgorithmError):
        jwt.decode(capability(allow_incoming="a"), AUTH_TOKEN, algorithms=["HS512"])


def test_capability_uses_configured_credentials() -> None:
    rest.configure(account_sid=ACCOUNT, auth_token=AUTH_TOKEN)
    token = CapabilityToken.create(allow_incoming="alice", clock=fixed_clock)
    assert decode(token, AUTH_TOKEN)["iss"] == ACCOUNT


def test_capability_uses_environment_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    assert decode(CapabilityToken.create(clock=fixed_clock), AUTH_TOKEN)["iss"] == ACCOUNT


def test_capability_without_credentials_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match=r"rest\.configure"):
        CapabilityToken.create(allow_incoming="alice")


def test_capability_with_half_the_credentials_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="both"):
        CapabilityToken.create(allow_incoming="alice", account_sid=ACCOUNT)


# --- access tokens -----------------------------------------------------------------------


def access(**kwargs: Any) -> AccessToken:
    return AccessToken(ACCOUNT, KEY_SID, KEY_SECRET, clock=fixed_clock, **kwargs)


def test_access_token_header_and_claims() -> None:
    token = access(identity="alice", region="ie1")
    token.add_grant(
        VoiceGrant(
            incoming_allow=True,
            outgoing_application_sid=APP,
            outgoing_application_params={"a": "b"},
            push_credential_sid="CR123",
        )
    )
    text = token.to_jwt()
    assert jwt.get_unverified_header(text) == {
        "alg": "HS256",
        "typ": "JWT",
        "cty": "twilio-fpa;v=1",
        "twr": "ie1",
    }
    assert decode(text, KEY_SECRET) == {
        "jti": f"{KEY_SID}-{NOW}",
        "grants": {
            "voice": {
                "incoming": {"allow": True},
                "outgoing": {"application_sid": APP, "params": {"a": "b"}},
                "push_credential_sid": "CR123",
            },
            "identity": "alice",
        },
        "iss": KEY_SID,
        "sub": ACCOUNT,
        "nbf": NOW,
        "exp": NOW + 3600,
    }


def test_no_region_header_without_a_region() -> None:
    assert "twr" not in jwt.get_unverified_header(access().to_jwt())


OUR_GRANTS = [
    VoiceGrant(incoming_allow=True, outgoing_application_sid=APP, endpoint_id="e1"),
    ChatGrant(
        service_sid="IS1", endpoint_id="e2", deployment_role_sid="RL1", push_credential_sid="CR1"
    ),
    SyncGrant(service_sid="IS2", endpoint_id="e3"),
    VideoGrant(room="standup"),
    TaskRouterGrant(workspace_sid="WS1", worker_sid="WK1", role="worker"),
    PlaybackGrant(
        grant={"requestCredentials": None, "playbackUrl": "https://x", "playerStreamerSid": "VJ1"}
    ),
]
OFFICIAL_GRANTS = [
    official_grants.VoiceGrant(incoming_allow=True, outgoing_application_sid=APP, endpoint_id="e1"),
    official_grants.ChatGrant(
        service_sid="IS1", endpoint_id="e2", deployment_role_sid="RL1", push_credential_sid="CR1"
    ),
    official_grants.SyncGrant(service_sid="IS2", endpoint_id="e3"),
    official_grants.VideoGrant(room="standup"),
    official_grants.TaskRouterGrant(workspace_sid="WS1", worker_sid="WK1", role="worker"),
    official_grants.PlaybackGrant(
        grant={"requestCredentials": None, "playbackUrl": "https://x", "playerStreamerSid": "VJ1"}
    ),
]


@pytest.mark.parametrize(("ours", "official"), list(zip(OUR_GRANTS, OFFICIAL_GRANTS, strict=True)))
def test_each_grant_matches_official(ours: Any, official: Any) -> None:
    mine = decode(access(identity="alice", grants=[ours]).to_jwt(), KEY_SECRET)
    theirs_token = OfficialAccessToken(ACCOUNT, KEY_SID, KEY_SECRET, identity="alice")
    theirs_token.add_grant(official)
    theirs = decode(theirs_token.to_jwt(), KEY_SECRET, at_fixed_clock=False)
    assert mine["grants"] == theirs["grants"]
    assert (mine["iss"], mine["sub"]) == (theirs["iss"], theirs["sub"])
    assert theirs["jti"].startswith(f"{KEY_SID}-")


def test_all_grants_together_match_official() -> None:
    theirs_token = OfficialAccessToken(
        ACCOUNT, KEY_SID, KEY_SECRET, identity="bob", region="au1", grants=list(OFFICIAL_GRANTS)
    )
    theirs = theirs_token.to_jwt()
    mine = access(identity="bob", region="au1", grants=OUR_GRANTS).to_jwt()
    assert (
        decode(mine, KEY_SECRET)["grants"]
        == decode(theirs, KEY_SECRET, at_fixed_clock=False)["grants"]
    )
    assert jwt.get_unverified_header(mine) == jwt.get_unverified_header(theirs)


def test_empty_voice_grant_matches_official() -> None:
    assert VoiceGrant().to_payload() == official_grants.VoiceGrant().to_payload() == {}
    assert VoiceGrant(incoming_allow=False).to_payload() == {}


def test_access_token_expiry() -> None:
    assert decode(access(ttl=60).to_jwt(), KEY_SECRET)["exp"] == NOW + 60
    assert decode(access(expires=timedelta(hours=2)).to_jwt(), KEY_SECRET)["exp"] == NOW + 7200
    with pytest.raises(ValueError, match="ttl"):
        access(ttl=0)


def test_access_token_is_recomputed_at_each_call() -> None:
    ticks = iter([NOW, NOW + 10])
    token = AccessToken(ACCOUNT, KEY_SID, KEY_SECRET, clock=lambda: next(ticks))
    first, second = decode(token.to_jwt(), KEY_SECRET), decode(token.to_jwt(), KEY_SECRET)
    assert (first["nbf"], second["nbf"]) == (NOW, NOW + 10)
    assert first["jti"] != second["jti"]


def test_access_token_made_now_verifies_fully() -> None:
    token = AccessToken(ACCOUNT, KEY_SID, KEY_SECRET, identity="a", grants=[VideoGrant()])
    assert decode(token.to_jwt(), KEY_SECRET, at_fixed_clock=False)["grants"] == {
        "video": {},
        "identity": "a",
    }


def test_a_second_grant_of_the_same_type_is_refused() -> None:
    token = access(grants=[VoiceGrant(incoming_allow=True)])
    with pytest.raises(ValueError, match="VoiceGrant"):
        token.add_grant(VoiceGrant(outgoing_application_sid=APP))


def test_a_non_grant_is_refused() -> None:
    with pytest.raises(TypeError, match="not a grant"):
        access().add_grant({"voice": {}})  # type: ignore[arg-type]


def test_missing_key_material_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        AccessToken(ACCOUNT, KEY_SID, "")


def test_repr_hides_the_secret() -> None:
    assert KEY_SECRET not in repr(access(identity="a"))


def test_a_grant_class_is_refused_when_the_token_is_made() -> None:
    with pytest.raises(TypeError, match=r"VoiceGrant is a grant class: add an instance"):
        access(grants=[VoiceGrant])  # type: ignore[list-item]
    token = access()
    with pytest.raises(TypeError, match="grant class"):
        token.add_grant(ChatGrant)  # type: ignore[arg-type]


def test_an_integer_identity_is_sent_as_text() -> None:
    """The SDKs read identity as a string; twilio-node stringifies it (twilio-python does not)."""
    token = access(identity=42)
    assert token.identity == "42"
    assert decode(token.to_jwt(), KEY_SECRET)["grants"]["identity"] == "42"


@pytest.mark.parametrize("region", ["", None, 0, 1, ["ie1"]])
def test_a_region_that_is_not_a_non_empty_string_adds_no_header(region: Any) -> None:
    assert "twr" not in jwt.get_unverified_header(access(region=region).to_jwt())
    official = OfficialAccessToken(ACCOUNT, KEY_SID, KEY_SECRET, region=region)
    assert "twr" not in jwt.get_unverified_header(official.to_jwt())
