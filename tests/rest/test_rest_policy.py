"""The pure parts: retry decisions and delays, wire encoding, request building, error mapping."""

from __future__ import annotations

import base64
import socket
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime

import httpx
import pytest
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio, assert_no_token
from hypothesis import given
from hypothesis import strategies as st

import rest
from rest._base import BaseClient
from rest._encoding import encode_params, parse_timestamp, pascal_name
from rest._retry import RetryPolicy, backoff_delay, parse_retry_after, retry_delay, should_retry

SID = "AC" + "a" * 32
TOKEN = "sekrit-token-value"
POLICY = RetryPolicy()


@pytest.mark.parametrize(
    ("method", "status", "expected"),
    [
        ("GET", 429, True),
        ("POST", 429, True),
        ("GET", 500, True),
        ("GET", 503, True),
        ("DELETE", 504, True),
        ("POST", 500, False),
        ("POST", 503, False),
        ("GET", 400, False),
        ("GET", 404, False),
        ("POST", 401, False),
        ("GET", 200, False),
    ],
)
def test_should_retry_status(method: str, status: int, expected: bool) -> None:
    assert should_retry(POLICY, method, status=status) is expected


@pytest.mark.parametrize(
    ("method", "error", "expected"),
    [
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectTimeout("slow"), True),
        ("POST", httpx.PoolTimeout("busy"), True),
        ("POST", httpx.ReadTimeout("slow"), False),
        ("POST", httpx.RemoteProtocolError("reset"), False),
        ("POST", httpx.ReadError("reset"), False),
        ("GET", httpx.ReadTimeout("slow"), True),
        ("GET", httpx.RemoteProtocolError("reset"), True),
        ("DELETE", httpx.ReadError("reset"), True),
    ],
)
def test_should_retry_transport_error(method: str, error: Exception, expected: bool) -> None:
    assert should_retry(POLICY, method, error=error) is expected


NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3", 3.0),
        ("0.5", 0.5),
        ("0", 0.0),
        ("-4", 0.0),
        ("Thu, 01 Jan 2026 12:00:10 GMT", 10.0),
        ("Thu, 01 Jan 2026 11:59:00 GMT", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, now=NOW) == expected


def test_retry_after_beyond_the_bound_falls_back_to_backoff() -> None:
    assert retry_delay(POLICY, 0, "3600", jitter=0.0) == 0.5
    assert retry_delay(POLICY, 0, "60", jitter=0.0) == 60.0


def test_backoff_grows_and_caps() -> None:
    delays = [backoff_delay(POLICY, n, jitter=0.0) for n in range(6)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff_delay(POLICY, 0, jitter=0.999) > 0.375


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("from_", "From"),
        ("to", "To"),
        ("status_callback_event", "StatusCallbackEvent"),
        ("start_time_after", "StartTime>"),
        ("end_time_before", "EndTime<"),
        ("date_sent_after", "DateSent>"),
        ("messaging_service_sid", "MessagingServiceSid"),
        ("page_size", "PageSize"),
    ],
)
def test_pascal_names(name: str, wire: str) -> None:
    assert pascal_name(name) == wire


@given(st.lists(st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True), min_size=1, max_size=4))
def test_property_pascal_names_have_no_underscores_and_keep_letters(words: list[str]) -> None:
    name = "_".join(words)
    wire = pascal_name(name)
    if not name.endswith(("_after", "_before")):
        assert "_" not in wire
        assert wire.lower() == name.replace("_", "")


def test_encoding_values() -> None:
    plus_two = timezone(timedelta(hours=2))
    pairs = encode_params(
        {
            "record": True,
            "trim": False,
            "status_callback_event": ["initiated", "answered"],
            "timeout": 30,
            "send_at": datetime(2026, 3, 1, 14, 0, tzinfo=plus_two),
            "naive": datetime(2026, 3, 1, 14, 0),
            "day": date(2026, 1, 2),
            "skipped": None,
        }
    )
    assert pairs == [
        ("Record", "true"),
        ("Trim", "false"),
        ("StatusCallbackEvent", "initiated"),
        ("StatusCallbackEvent", "answered"),
        ("Timeout", "30"),
        ("SendAt", "2026-03-01T12:00:00Z"),
        ("Naive", "2026-03-01T14:00:00Z"),
        ("Day", "2026-01-02T00:00:00Z"),
    ]


def test_date_only_fields_are_sent_as_dates() -> None:
    pairs = encode_params(
        {"message_date_after": datetime(2026, 1, 2, 23, 0, tzinfo=UTC)},
        date_only=["MessageDate"],
    )
    assert pairs == [("MessageDate>", "2026-01-02")]


def test_rfc2822_timestamps_parse_aware() -> None:
    parsed = parse_timestamp("Tue, 31 Aug 2010 20:36:28 +0000")
    assert parsed == datetime(2010, 8, 31, 20, 36, 28, tzinfo=UTC)
    assert parse_timestamp(None) is None
    assert parse_timestamp("not a date") is None


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.integers(-14 * 60, 14 * 60),
)
def test_property_timestamps_read_as_the_email_module_reads_them(
    moment: datetime, offset: int
) -> None:
    """Twilio's own RFC 2822 form takes a fast path; it must agree with the email module."""
    aware = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=offset)))
    text = format_datetime(aware)
    parsed = parse_timestamp(text)
    assert parsed == parsedate_to_datetime(text) == aware
    assert parsed is not None and parsed.utcoffset() == aware.utcoffset()


def test_timestamps_outside_the_fast_path_still_parse() -> None:
    assert parse_timestamp("31 Aug 2010 20:36:28 GMT") == datetime(
        2010, 8, 31, 20, 36, 28, tzinfo=UTC
    )
    assert parse_timestamp("Tue, 31 Aug 2010 20:36:28 -0000") == datetime(
        2010, 8, 31, 20, 36, 28, tzinfo=UTC
    )
    assert parse_timestamp("2010-08-31T20:36:28Z") == datetime(2010, 8, 31, 20, 36, 28, tzinfo=UTC)
    assert parse_timestamp("Tue, 31 Feb 2010 20:36:28 +0000") is None  # no such day
    assert parse_timestamp("Tue, 31 Abc 2010 20:36:28 +0000") is None
    assert parse_timestamp("Tue, 31 Aug 2010 20:36:28 +2400") is None  # a day or more off
    assert parse_timestamp("Tue, 31 Aug 2010 20:36:28 -9999") is None
    assert parse_retry_after("Tue, 31 Aug 2010 20:36:28 +2400") is None  # a bad header, no crash


def _base() -> BaseClient:
    return BaseClient(SID, TOKEN, base_url="https://api.example.test/")


def _basic_user(header: str) -> str:
    return base64.b64decode(header.removeprefix("Basic ")).decode().partition(":")[0]


def test_subaccount_uses_the_parent_credentials() -> None:
    sub = "AC" + "b" * 32
    req = _base().prepare("GET", "/Accounts/{account_sid}/Calls.json", account_sid=sub)
    assert req.url == f"https://api.example.test/2010-04-01/Accounts/{sub}/Calls.json"
    assert _basic_user(req.headers["Authorization"]) == SID


def test_connect_authenticates_as_the_connected_account() -> None:
    other = "AC" + "c" * 32
    req = _base().prepare(
        "GET", "/Accounts/{account_sid}/Calls.json", account_sid=other, connect=True
    )
    assert _basic_user(req.headers["Authorization"]) == other


def test_next_page_uri_is_followed_verbatim() -> None:
    uri = f"/2010-04-01/Accounts/{SID}/Calls.json?PageSize=2&Page=1&PageToken=PA1"
    req = _base().prepare("GET", "/ignored", absolute_uri=uri)
    assert req.url == "https://api.example.test" + uri and req.params is None


def test_an_absolute_next_page_uri_cannot_send_credentials_elsewhere() -> None:
    req = _base().prepare("GET", "/ignored", absolute_uri="https://evil.example/steal?PageToken=1")
    assert req.url == "https://api.example.test/steal?PageToken=1"


@pytest.mark.parametrize(
    "uri", ["x@evil.example/steal?PageToken=1", ".evil.example/steal", ":1@evil.example/steal"]
)
def test_a_next_page_uri_without_a_leading_slash_stays_on_our_host(uri: str) -> None:
    req = _base().prepare("GET", "/ignored", absolute_uri=uri)
    assert httpx.URL(req.url).host == "api.example.test"
    assert req.url.startswith("https://api.example.test/")


def test_missing_credentials_say_how_to_set_them() -> None:
    with pytest.raises(rest.ConfigurationError, match="TWILIO_AUTH_TOKEN"):
        rest.Client(SID, "")


@pytest.mark.parametrize(
    ("response", "status", "code", "message"),
    [
        (
            httpx.Response(
                400,
                json={
                    "code": 21211,
                    "message": "Invalid 'To' Phone Number",
                    "more_info": "https://www.twilio.com/docs/errors/21211",
                    "status": 400,
                },
            ),
            400,
            21211,
            "Invalid 'To' Phone Number",
        ),
        (
            httpx.Response(503, text="upstream overloaded"),
            503,
            None,
            "Service Unavailable: upstream overloaded",
        ),
        (httpx.Response(500), 500, None, "Internal Server Error"),
        (httpx.Response(502, json=["unexpected"]), 502, None, 'Bad Gateway: ["unexpected"]'),
    ],
)
def test_error_bodies_map_to_twilio_api_error(
    response: httpx.Response, status: int, code: int | None, message: str
) -> None:
    base = _base()
    prepared = base.prepare("POST", "/Accounts/{account_sid}/Calls.json", data={"to": "+1"})
    with pytest.raises(rest.TwilioAPIError) as info:
        base.parse(prepared, response, 1)
    assert (info.value.status, info.value.code, info.value.message) == (status, code, message)


def test_token_echoed_in_an_error_body_is_redacted() -> None:
    base = _base()
    prepared = base.prepare("GET", "/Accounts/{account_sid}/Calls.json")
    response = httpx.Response(
        400,
        json={
            "code": 1,
            "message": f"bad token {TOKEN}",
            "more_info": f"https://errors.example.test/{TOKEN}",
        },
    )
    err = base.api_error(prepared, response)
    assert TOKEN not in str(err) and "[redacted]" in err.message
    assert err.more_info == "https://errors.example.test/[redacted]"


def test_authorization_header_echoed_in_an_error_body_is_redacted() -> None:
    base = _base()
    prepared = base.prepare("GET", "/Accounts/{account_sid}/Calls.json")
    sent = prepared.headers["Authorization"]
    assert sent.startswith("Basic ")
    response = httpx.Response(502, text=f"proxy saw Authorization: {sent}")
    err = base.api_error(prepared, response)
    assert sent.removeprefix("Basic ") not in str(err)
    assert "[redacted]" in str(err)


def test_reprs_hide_the_token() -> None:
    client = rest.Client(SID, TOKEN)
    try:
        assert TOKEN not in repr(client)
        assert TOKEN not in repr(rest.Credentials(SID, TOKEN))
    finally:
        client.close()


@pytest.mark.parametrize(
    ("base_url", "stored"),
    [
        (f"https://{SID}:{TOKEN}@api.example.test/", "https://api.example.test"),
        (f"https://:{TOKEN}@api.example.test:8443", "https://api.example.test:8443"),
        (f"http://{SID}:{TOKEN}@[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_user_info_is_dropped_from_base_url(base_url: str, stored: str) -> None:
    assert BaseClient(SID, TOKEN, base_url=base_url).base_url == stored


@pytest.mark.anyio
async def test_a_token_in_base_url_user_info_shows_nowhere(
    server: FakeTwilio, debug_logs: pytest.LogCaptureFixture
) -> None:
    with_token = server.base_url.replace("http://", f"http://{MAIN_SID}:{MAIN_TOKEN}@")
    connected = server.add_subaccount("Customer", connected=True)
    errors: list[rest.TwilioError] = []
    with rest.Client(MAIN_SID, MAIN_TOKEN, base_url=with_token) as client:
        async with rest.AsyncClient(MAIN_SID, MAIN_TOKEN, base_url=with_token) as aclient:
            for c in (client, aclient):
                assert c.base_url == server.base_url
                assert_no_token(repr(c), str(c))
            with pytest.raises(rest.TwilioAPIError) as sync_error:
                client.calls.find("CA" + "0" * 32)
            with pytest.raises(rest.TwilioAPIError) as async_error:
                await aclient.calls.find("CA" + "0" * 32)
            errors += [sync_error.value, async_error.value]
            # the explicit credentials are sent, not the user info: Connect still applies
            client.calls.page(account_sid=connected, connect=True)
            await aclient.calls.page(account_sid=connected, connect=True)
    assert [r.user for r in server.requests[-2:]] == [connected, connected]
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"http://{MAIN_SID}:{MAIN_TOKEN}@127.0.0.1:{sock.getsockname()[1]}"
    with rest.Client(MAIN_SID, MAIN_TOKEN, base_url=dead, max_retries=1, sleep=_no_sleep) as c:
        with pytest.raises(rest.APIConnectionError) as refused:
            c.calls.find("CA" + "0" * 32)
    errors.append(refused.value)
    for err in errors:
        assert_no_token(str(err), repr(err), getattr(err, "url", ""), err.__cause__)
    assert {"rest", "httpx"} <= {r.name for r in debug_logs.records}  # httpx logs URLs too
    assert_no_token(debug_logs.text, *(r.getMessage() for r in debug_logs.records))


def _no_sleep(seconds: float) -> None:
    pass
