"""Differential tests: for the same call, our client sends what the official `twilio` client sends.

Both talk to the same loopback server (which checks every request against the OpenAPI contract);
the test compares what the server received.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio, Recorded

import rest

twilio_rest = pytest.importorskip("twilio.rest")


@pytest.fixture
def official(server: FakeTwilio) -> Iterator[Any]:
    client = twilio_rest.Client(MAIN_SID, MAIN_TOKEN)
    client.api.base_url = server.base_url
    yield client


def _last_two(server: FakeTwilio) -> tuple[Recorded, Recorded]:
    ours, theirs = server.requests[-2], server.requests[-1]
    return ours, theirs


def test_call_create_sends_the_same_form(
    client: rest.Client, official: Any, server: FakeTwilio
) -> None:
    args: dict[str, Any] = {
        "to": "+12125551234",
        "from_": "+16465551234",
        "url": "http://example.com/voice",
        "status_callback": "http://example.com/status",
        "status_callback_event": ["initiated", "ringing", "answered", "completed"],
        "record": True,
        "timeout": 20,
    }
    client.calls.create(**args)
    official.calls.create(**args)
    ours, theirs = _last_two(server)
    assert (ours.method, ours.path) == (theirs.method, theirs.path)
    assert sorted(ours.form) == sorted(theirs.form)


def test_message_create_with_media_sends_the_same_form(
    client: rest.Client, official: Any, server: FakeTwilio
) -> None:
    args: dict[str, Any] = {
        "to": "+12125551234",
        "from_": "+16465551234",
        "body": "Hi",
        "media_url": ["https://example.com/a.png", "https://example.com/b.png"],
    }
    client.messages.create(**args)
    official.messages.create(**args)
    ours, theirs = _last_two(server)
    assert ours.path == theirs.path and ours.path.endswith("/Messages.json")
    assert sorted(ours.form) == sorted(theirs.form)


def test_call_filters_send_the_same_query(
    client: rest.Client, official: Any, server: FakeTwilio
) -> None:
    when = datetime(2026, 1, 1, 9, 30, tzinfo=UTC)
    client.calls.all(status="completed", start_time_after=when, page_size=20).first_page()
    official.calls.page(status="completed", start_time_after=when, page_size=20)
    ours, theirs = _last_two(server)
    assert sorted(ours.query) == sorted(theirs.query)


def test_aware_datetimes_are_converted_to_utc_unlike_the_official_client(
    client: rest.Client, official: Any, server: FakeTwilio
) -> None:
    when = datetime(2026, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    client.calls.all(start_time_after=when).first_page()
    official.calls.page(start_time_after=when)
    ours, theirs = _last_two(server)
    assert dict(ours.query)["StartTime>"] == "2026-01-01T10:00:00Z"
    assert dict(theirs.query)["StartTime>"] == "2026-01-01T12:00:00Z"  # local clock, marked Z
