"""Fault injection over real HTTP: what is retried, how often, and what the caller sees.

Each test asserts the number and kind of requests the server received, the outcome, and that
the auth token appears in no exception text, repr or DEBUG log line.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from fake_twilio import MAIN_TOKEN, FakeTwilio, Fault, assert_no_token
from rest_driver import Driver

import rest

pytestmark = pytest.mark.anyio
CALL = {"to": "+12125551234", "from_": "+16465551234", "url": "http://example.com/voice"}


@pytest.fixture(autouse=True)
def logs_never_hold_the_token(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test here runs with DEBUG logging; afterwards no record may contain the token."""
    caplog.set_level(logging.DEBUG, logger="rest")
    yield
    records = caplog.get_records("call")
    assert records, "the client logs its requests at DEBUG"
    assert_no_token(*(r.getMessage() for r in records))


def no_secrets(err: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    assert_no_token(str(err), repr(err), caplog.text, err.__cause__)


async def test_429_on_post_is_retried_after_retry_after_seconds(
    rc: Driver, server: FakeTwilio, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.inject(Fault("status", 429, method="POST", headers={"Retry-After": "3"}))
    call = await rc.create("calls", **CALL)
    assert call.sid.startswith("CA")
    assert server.count("POST") == 2
    assert len(server.records("calls")) == 1
    assert rc.sleeps == [3.0]
    assert "retry 1" in debug_logs.text
    assert_no_token(debug_logs.text)


async def test_429_retry_after_as_http_date(rc: Driver, server: FakeTwilio) -> None:
    when = datetime.now(UTC) + timedelta(seconds=4)
    server.inject(
        Fault("status", 429, method="GET", headers={"Retry-After": format_datetime(when, True)})
    )
    rec = server.seed("calls", to="+15550001")
    await rc.find("calls", rec["sid"])
    assert server.count("GET") == 2
    assert 2.0 <= rc.sleeps[0] <= 4.0


async def test_429_without_retry_after_backs_off(rc: Driver, server: FakeTwilio) -> None:
    server.inject(Fault("status", 429, method="POST"))
    await rc.create("calls", **CALL)
    assert server.count("POST") == 2
    assert 0.375 <= rc.sleeps[0] <= 0.5


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_5xx_on_get_is_retried(rc: Driver, server: FakeTwilio, status: int) -> None:
    rec = server.seed("calls", to="+15550001")
    server.inject(Fault("status", status, method="GET"))
    call = await rc.find("calls", rec["sid"])
    assert call.sid == rec["sid"]
    assert server.count("GET") == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_5xx_on_post_is_never_repeated(
    rc: Driver, server: FakeTwilio, status: int, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.inject(Fault("status", status, method="POST", act=True))
    with pytest.raises(rest.TwilioAPIError) as info:
        await rc.create("messages", to="+12125551234", from_="+16465551234", body="once")
    assert info.value.status == status and info.value.code == 20500
    assert server.count("POST") == 1
    assert len(server.records("messages")) == 1  # the server acted: a retry would send twice
    no_secrets(info.value, debug_logs)


async def test_a_retried_delete_that_already_succeeded_is_a_success(
    rc: Driver, server: FakeTwilio
) -> None:
    rec = server.seed("calls", to="+15550001")
    server.inject(Fault("status", 500, method="DELETE", act=True))
    assert await rc.delete("calls", rec["sid"]) is None
    assert server.count("DELETE") == 2
    assert rec["sid"] not in server.records("calls")


async def test_retries_stop_at_max_retries(rc: Driver, server: FakeTwilio) -> None:
    server.inject(Fault("status", 503, method="GET", times=5))
    with pytest.raises(rest.TwilioAPIError) as info:
        await rc.list("calls")
    assert info.value.status == 503
    assert server.count("GET") == 3  # 1 + max_retries (2)
    assert len(rc.sleeps) == 2


async def test_reset_before_read_on_get_is_retried(rc: Driver, server: FakeTwilio) -> None:
    server.seed_calls(3)
    server.inject(Fault("reset_before_read", method="GET"))
    calls = await rc.list("calls")
    assert len(calls) == 3
    assert server.count("GET") == 2


async def test_reset_on_post_is_not_repeated(
    rc: Driver, server: FakeTwilio, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.inject(Fault("reset_before_read", method="POST"))
    with pytest.raises(rest.APIConnectionError) as info:
        await rc.create("calls", **CALL)
    assert server.count("POST") == 1
    assert info.value.attempts == 1 and info.value.method == "POST"
    no_secrets(info.value, debug_logs)


async def test_reset_after_post_was_acted_on_is_not_repeated(
    rc: Driver, server: FakeTwilio, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.inject(Fault("reset_after_read", method="POST", act=True))
    with pytest.raises(rest.APIConnectionError) as info:
        await rc.create("messages", to="+12125551234", from_="+16465551234", body="once")
    assert server.count("POST") == 1
    assert len(server.records("messages")) == 1
    no_secrets(info.value, debug_logs)


async def test_read_timeout_on_get_is_retried_then_typed(
    rc: Driver, server: FakeTwilio, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.inject(Fault("sleep", method="GET", delay=0.6, times=2))
    async with rc.variant(timeout=0.2, max_retries=1) as fast:
        with pytest.raises(rest.APITimeoutError) as info:
            await fast.find("calls", "CA" + "0" * 32)
    assert server.count("GET") == 2
    assert info.value.attempts == 2
    no_secrets(info.value, debug_logs)


async def test_read_timeout_on_post_is_not_repeated(rc: Driver, server: FakeTwilio) -> None:
    server.inject(Fault("sleep", method="POST", delay=0.6, act=True))
    async with rc.variant(timeout=0.2) as fast:
        with pytest.raises(rest.APITimeoutError):
            await fast.create("calls", **CALL)
    assert server.count("POST") == 1


async def test_truncated_body_on_get_is_retried(rc: Driver, server: FakeTwilio) -> None:
    rec = server.seed("calls", to="+15550001")
    server.inject(Fault("truncated", method="GET"))
    call = await rc.find("calls", rec["sid"])
    assert call.sid == rec["sid"]
    assert server.count("GET") == 2


async def test_truncated_body_on_post_is_a_connection_error(rc: Driver, server: FakeTwilio) -> None:
    server.inject(Fault("truncated", method="POST", act=True))
    with pytest.raises(rest.APIConnectionError):
        await rc.create("calls", **CALL)
    assert server.count("POST") == 1


async def test_malformed_json_is_a_typed_error(
    rc: Driver, server: FakeTwilio, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.inject(Fault("malformed_json", method="GET"))
    with pytest.raises(rest.MalformedResponseError) as info:
        await rc.find("calls", "CA" + "0" * 32)
    assert info.value.status == 200
    assert server.count("GET") == 1
    no_secrets(info.value, debug_logs)


NOT_A_RECORD = [
    (200, b"", "got no body"),
    (204, b"", "got no body"),
    (200, b"[]", "got an array"),
    (200, b'["not", "a", "dict"]', "got an array"),
    (200, b"null", "got null"),
    (200, b'"CA1"', "got a string"),
    (201, b"42", "got a number"),
]


@pytest.mark.parametrize(("status", "body", "problem"), NOT_A_RECORD)
async def test_a_record_read_that_is_not_an_object_is_a_typed_error(
    rc: Driver,
    server: FakeTwilio,
    status: int,
    body: bytes,
    problem: str,
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    server.inject(Fault("body", status, method="GET", body=body))
    with pytest.raises(rest.MalformedResponseError, match=problem) as info:
        await rc.find("calls", "CA" + "0" * 32)
    assert (info.value.status, info.value.method) == (status, "GET")
    assert info.value.url.endswith(f"/Calls/{'CA' + '0' * 32}.json")
    assert server.count("GET") == 1
    no_secrets(info.value, debug_logs)


@pytest.mark.parametrize(("status", "body", "problem"), NOT_A_RECORD)
async def test_a_create_or_update_answered_without_an_object_is_a_typed_error(
    rc: Driver, server: FakeTwilio, status: int, body: bytes, problem: str
) -> None:
    server.inject(Fault("body", status, method="POST", body=body, act=True, times=2))
    with pytest.raises(rest.MalformedResponseError, match=problem):
        await rc.create("calls", **CALL)
    (sid,) = server.records("calls")
    with pytest.raises(rest.MalformedResponseError, match=problem):
        await rc.update("calls", sid, status="completed")
    assert server.count("POST") == 2


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"", "got no body"),
        (b"[]", "expected a JSON object, got an array"),
        (b"{}", "expected a page with a 'calls' array, got no 'calls' key"),
        (b'{"calls": null}', "expected a page with a 'calls' array, got null"),
        (b'{"calls": {"sid": "CA1"}}', "expected a page with a 'calls' array, got an object"),
        (b'{"records": [{"sid": "CA1"}]}', "got no 'calls' key"),
        (b'{"calls": [{"sid": "CA1"}, "CA2"]}', "'calls' to hold JSON objects, got a string"),
        (b'{"calls": [], "next_page_uri": 2}', "'next_page_uri' to be a string or null"),
    ],
)
async def test_a_page_without_the_expected_list_is_a_typed_error(
    rc: Driver, server: FakeTwilio, body: bytes, problem: str
) -> None:
    server.inject(Fault("body", 200, method="GET", body=body))
    with pytest.raises(rest.MalformedResponseError, match=problem):
        await rc.list("calls")
    server.inject(Fault("body", 200, method="GET", body=body))
    with pytest.raises(rest.MalformedResponseError, match=problem):
        await rc.page("calls")
    assert server.count("GET") == 2


async def test_a_later_page_without_the_expected_list_is_a_typed_error(
    rc: Driver, server: FakeTwilio
) -> None:
    server.seed_calls(3)
    pager = rc.client.calls.all(page_size=2)
    seen = []
    with pytest.raises(rest.MalformedResponseError, match="no 'calls' key"):
        if rc.kind == "async":
            async for call in pager:
                seen.append(call.sid)
                if len(seen) == 2:
                    server.inject(Fault("body", 200, method="GET", body=b"{}"))
        else:
            for call in pager:
                seen.append(call.sid)
                if len(seen) == 2:
                    server.inject(Fault("body", 200, method="GET", body=b"{}"))
    assert len(seen) == 2 and server.count("GET") == 2
    assert ("PageToken", "PT2") in server.requests[-1].query


@pytest.mark.parametrize("status", [200, 202, 204])
async def test_a_delete_may_answer_without_a_body(
    rc: Driver, server: FakeTwilio, status: int
) -> None:
    rec = server.seed("calls", to="+15550001")
    server.inject(Fault("body", status, method="DELETE", body=b"", act=True))
    assert await rc.delete("calls", rec["sid"]) is None
    assert rec["sid"] not in server.records("calls")


async def test_html_error_page_keeps_a_readable_message(rc: Driver, server: FakeTwilio) -> None:
    server.inject(Fault("html", 502, method="GET"))
    async with rc.variant(max_retries=0) as once:
        with pytest.raises(rest.TwilioAPIError) as info:
            await once.list("calls")
    err = info.value
    assert (err.status, err.code, err.more_info) == (502, None, None)
    assert "Bad Gateway" in err.message and "<html" not in err.message


async def test_html_error_page_on_get_is_retried(rc: Driver, server: FakeTwilio) -> None:
    server.inject(Fault("html", 503, method="GET"))
    assert await rc.list("calls") == []
    assert server.count("GET") == 2


async def test_redirect_is_not_followed(rc: Driver, server: FakeTwilio) -> None:
    server.inject(Fault("redirect", 301, method="GET"))
    with pytest.raises(rest.TwilioAPIError) as info:
        await rc.list("calls")
    assert info.value.status == 301
    assert "elsewhere.invalid" in info.value.message
    assert server.count() == 1


async def test_bad_credentials_give_401_without_the_token(
    rc: Driver, server: FakeTwilio, debug_logs: pytest.LogCaptureFixture
) -> None:
    wrong = "not-" + MAIN_TOKEN
    async with rc.variant(auth_token=wrong) as bad:
        with pytest.raises(rest.TwilioAPIError) as info:
            await bad.list("calls")
        assert wrong not in repr(bad.client)
    assert (info.value.status, info.value.code) == (401, 20003)
    assert server.count() == 1
    assert wrong not in str(info.value) + repr(info.value) + debug_logs.text


async def test_unknown_sid_gives_404(rc: Driver) -> None:
    with pytest.raises(rest.TwilioAPIError) as info:
        await rc.find("messages", "SM" + "f" * 32)
    assert (info.value.status, info.value.code) == (404, 20404)
    assert "was not found" in info.value.message


async def test_connection_refused_is_retried_even_for_post(
    rc: Driver, debug_logs: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with rc.variant(base_url=f"http://127.0.0.1:{port}") as dead:
        with pytest.raises(rest.APIConnectionError) as info:
            await dead.create("calls", **CALL)
    assert info.value.attempts == 3  # nothing reached a server, so POST could be retried
    assert not isinstance(info.value, rest.APITimeoutError)
    no_secrets(info.value, debug_logs)
