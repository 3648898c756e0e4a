"""Settings are checked where they are given: a `ConfigurationError` at construction, with
advice that works when followed, and reprs built only from safe fields."""

from __future__ import annotations

import math
from typing import Any

import pytest
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio, assert_no_token

import rest

pytestmark = pytest.mark.anyio
SID = "AC" + "1" * 32


def make(kind: str, *args: Any, **kwargs: Any) -> rest.Client | rest.AsyncClient:
    return (rest.Client if kind == "sync" else rest.AsyncClient)(*args, **kwargs)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_no_credentials_read_the_environment(
    kind: str, server: FakeTwilio, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", MAIN_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", MAIN_TOKEN)
    client = make(kind, base_url=server.base_url)
    assert client.account_sid == MAIN_SID
    assert make(kind, None, None, base_url=server.base_url).account_sid == MAIN_SID
    if isinstance(client, rest.AsyncClient):
        assert (await client.calls.page()).items == []
        await client.aclose()
    else:
        assert client.calls.page().items == []
        client.close()
    assert server.requests[-1].user == MAIN_SID


@pytest.mark.parametrize("args", [(), (None, None)])
async def test_missing_credentials_advise_what_works(
    kind: str, args: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(rest.ConfigurationError) as info:
        make(kind, *args)
    message = str(info.value)
    assert "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN not set" in message
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", SID)  # following the advice works
    with pytest.raises(rest.ConfigurationError, match=r"\(TWILIO_AUTH_TOKEN not set\)"):
        make(kind, *args)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "token")
    assert make(kind, *args).account_sid == SID


def test_half_the_credentials_is_refused(kind: str) -> None:
    with pytest.raises(rest.ConfigurationError, match="no auth token for 'AC1"):
        make(kind, SID, "")
    with pytest.raises(rest.ConfigurationError, match="no account SID"):
        make(kind, None, "token")


def test_a_token_passed_alone_is_not_shown(kind: str) -> None:
    token = "0123456789abcdef" * 2  # `rest.Client(token)`: the token lands in account_sid
    with pytest.raises(rest.ConfigurationError, match="no auth token") as info:
        make(kind, token)
    assert "01234567" not in str(info.value)


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"base_url": "api.twilio.com"}, "needs a scheme and a host"),
        ({"base_url": "not a url"}, "needs a scheme and a host"),
        ({"base_url": "ftp://api.twilio.com"}, "needs a scheme and a host"),
        ({"base_url": "https://"}, "needs a scheme and a host"),
        ({"base_url": "https://api.twilio.com:99999"}, "bad port"),
        ({"base_url": "https://api.twilio.com/?x=1"}, "no query"),
        ({"timeout": -1}, "positive, finite"),
        ({"timeout": 0}, "positive, finite"),
        ({"timeout": math.nan}, "positive, finite"),
        ({"timeout": math.inf}, "positive, finite"),
        ({"timeout": "5"}, "number of seconds"),
        ({"deadline": -1}, "deadline must be a positive"),
        ({"max_retries": -1}, "max_retries must be a whole number >= 0"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_response_bytes": 10}, "at least 1024"),
    ],
)
def test_unusable_settings_fail_at_construction(
    kind: str, options: dict[str, Any], match: str
) -> None:
    with pytest.raises(rest.ConfigurationError, match=match):
        make(kind, SID, "token", **options)


def test_httpx_timeout_parts_are_checked_too(kind: str) -> None:
    import httpx

    with pytest.raises(rest.ConfigurationError, match=r"timeout\.read"):
        make(kind, SID, "token", timeout=httpx.Timeout(5, read=-1))


def test_configure_checks_its_options() -> None:
    with pytest.raises(rest.ConfigurationError, match="needs a scheme"):
        rest.configure(SID, "token", base_url="api.twilio.com")
    with pytest.raises(rest.ConfigurationError, match="positive"):
        rest.configure(SID, "token", timeout=-1)
    rest.configure()


def test_the_repr_replaces_no_text(kind: str) -> None:
    """A one-letter token used to turn 'https' into 'h[redacted][redacted]ps'."""
    client = make(kind, SID, "t", base_url="https://127.0.0.1:8443/base/")
    assert repr(client).startswith(
        f"{type(client).__name__}(account_sid='{SID}', base_url='https://127.0.0.1:8443/base'"
    )
    assert "redacted" not in repr(client)


def test_a_base_url_holding_the_token_is_refused_without_showing_it(kind: str) -> None:
    with pytest.raises(rest.ConfigurationError) as info:
        make(kind, SID, MAIN_TOKEN, base_url=f"https://api.example.test/{MAIN_TOKEN}")
    assert_no_token(info.value, repr(info.value))
    with pytest.raises(rest.ConfigurationError) as info:
        make(kind, SID, MAIN_TOKEN, base_url=f"{SID}:{MAIN_TOKEN}@api.twilio.com")
    assert_no_token(info.value)
