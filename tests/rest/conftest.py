"""Fixtures for the REST client: a loopback Twilio-like server, contract checks, both clients."""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio
from raw_server import RawFactory, raw_server
from rest_contract import Contract, load_contract, spec_path
from rest_driver import Driver

import rest

TOTALS = {"requests": 0, "responses": 0}


@pytest.fixture(autouse=True)
def no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clients choose their transport by the proxy environment; tests set their own."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def contract() -> Iterator[Contract | None]:
    """The OpenAPI contract, or None where the spec file is absent (checks then skip)."""
    checker = load_contract()
    yield checker
    if checker is not None:
        TOTALS["requests"] += checker.requests_validated
        TOTALS["responses"] += checker.responses_validated
        assert not checker.errors, "contract violations:\n" + "\n".join(checker.errors[:10])


@pytest.fixture
def require_contract(contract: Contract | None) -> Contract:
    if contract is None:
        pytest.skip(f"Twilio OpenAPI spec not found at {spec_path()} (set TWILIO_OPENAPI_SPEC)")
    return contract


@pytest.fixture
def raw(contract: Contract | None) -> RawFactory:
    """A scripted peer (`raw_server`) whose requests are checked against the contract."""
    return functools.partial(raw_server, contract=contract)


@pytest.fixture
def server(contract: Contract | None) -> Iterator[FakeTwilio]:
    with FakeTwilio(contract=contract) as fake:
        yield fake


@pytest.fixture
def sleeps() -> list[float]:
    """Delays the clients would have slept between retries (they do not actually sleep)."""
    return []


@pytest.fixture
def client(server: FakeTwilio, sleeps: list[float]) -> Iterator[rest.Client]:
    with rest.Client(
        MAIN_SID, MAIN_TOKEN, base_url=server.base_url, timeout=5, sleep=sleeps.append
    ) as c:
        yield c


@pytest.fixture(params=["sync", "aiohttp", "httpx"])
async def rc(
    request: pytest.FixtureRequest, server: FakeTwilio, sleeps: list[float]
) -> AsyncIterator[Driver]:
    """The sync client, and the async client over each of its two transports."""
    if request.param == "sync":
        with rest.Client(
            MAIN_SID, MAIN_TOKEN, base_url=server.base_url, timeout=5, sleep=sleeps.append
        ) as c:
            yield Driver("sync", c, sleeps)
    else:

        async def record(delay: float) -> None:
            sleeps.append(delay)

        async with rest.AsyncClient(
            MAIN_SID,
            MAIN_TOKEN,
            base_url=server.base_url,
            timeout=5,
            sleep=record,
            transport=request.param,
        ) as ac:
            assert ac.transport == request.param
            yield Driver("async", ac, sleeps)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TOTALS["requests"] or TOTALS["responses"]:
        terminalreporter.write_line(
            f"OpenAPI contract: {TOTALS['requests']} requests and "
            f"{TOTALS['responses']} responses validated"
        )
