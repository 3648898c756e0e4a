"""Rebuilding the URL Twilio called, and the public names of the webhook modules."""

from __future__ import annotations

import importlib

import pytest

from twiml_dsl.webhooks import request_url

INTERNAL = {"scheme": "http", "host": "10.0.0.5:8000", "path": "/voice?x=%2F"}


def test_without_proxy_settings_the_request_is_taken_as_is() -> None:
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example"}
    assert request_url(**INTERNAL, headers=headers) == "http://10.0.0.5:8000/voice?x=%2F"


def test_public_url_wins_and_keeps_a_path_prefix() -> None:
    url = request_url(**INTERNAL, public_url="https://example.com/twilio/", trust_proxy=True)
    assert url == "https://example.com/twilio/voice?x=%2F"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"X-Forwarded-Proto": "https", "X-Forwarded-Host": "example.com"}, "https://example.com"),
        (
            {
                "X-Forwarded-Proto": "https",
                "X-Forwarded-Host": "example.com",
                "X-Forwarded-Port": "443",
            },
            "https://example.com",
        ),
        (
            {
                "X-Forwarded-Proto": "https",
                "X-Forwarded-Host": "example.com:80",
                "X-Forwarded-Port": "8443",
            },
            "https://example.com:8443",
        ),
        (
            {"X-Forwarded-Host": "[2001:db8::1]:80", "X-Forwarded-Port": "8080"},
            "http://[2001:db8::1]:8080",
        ),
        ({"X-Forwarded-Proto": "https"}, "https://10.0.0.5:8000"),
        ({"X-Forwarded-Port": "not-a-port"}, "http://10.0.0.5:8000"),
        ({}, "http://10.0.0.5:8000"),
    ],
)
def test_trusted_forwarded_headers(headers: dict[str, str], expected: str) -> None:
    assert request_url(**INTERNAL, headers=headers, trust_proxy=True) == expected + "/voice?x=%2F"


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "example.com/app1"},
        {"X-Forwarded-Proto": "https://example.com/app1?", "X-Forwarded-Host": "example.com"},
        {"X-Forwarded-Host": "example.com", "X-Forwarded-Port": "123456"},
    ],
)
def test_unusable_forwarded_values_are_not_used(headers: dict[str, str]) -> None:
    # None of them is used; the decorators' verify() refuses such a request.
    url = request_url(**INTERNAL, headers=headers, trust_proxy=True)
    assert url == "http://10.0.0.5:8000/voice?x=%2F"


@pytest.mark.parametrize(
    ("hops", "host"), [(1, "c.example"), (2, "b.example"), (3, "a.example"), (9, "a.example")]
)
def test_proxy_count_picks_the_value_that_proxy_wrote(hops: int, host: str) -> None:
    headers = {"X-Forwarded-Host": "a.example, b.example,c.example"}
    assert request_url(**INTERNAL, headers=headers, trust_proxy=hops).startswith(f"http://{host}/")


@pytest.mark.parametrize(
    "module", ["twiml_dsl.webhooks", "twiml_dsl.flask", "twiml_dsl.quart", "rest"]
)
def test_public_names_are_sorted_and_exist(module: str) -> None:
    mod = importlib.import_module(module)
    assert mod.__all__ == sorted(mod.__all__, key=lambda n: (not n.isupper(), n))
    assert all(hasattr(mod, name) for name in mod.__all__)
