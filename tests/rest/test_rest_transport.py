"""An injected httpx client: one MockTransport handler serves both clients; requests are
checked against Twilio's OpenAPI contract."""

from __future__ import annotations

import httpx
import pytest
from rest_contract import Contract

import rest

pytestmark = pytest.mark.anyio
SID = "AC" + "1" * 32
TOKEN = "mock-token-value"
CALL_SID = "CA" + "e" * 32


class Recorder:
    """A MockTransport handler that validates each request and answers like Twilio."""

    def __init__(self, contract: Contract | None) -> None:
        self.contract = contract
        self.seen: list[httpx.Request] = []
        self.fail_first = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        body = request.content
        if self.contract is not None:
            target = request.url.raw_path.decode()
            self.contract.check_request(request.method, target, request.headers, body)
        if self.fail_first:
            self.fail_first -= 1
            return httpx.Response(429, headers={"Retry-After": "1"}, json={"code": 20429})
        if request.method == "POST":
            return httpx.Response(
                201, json={"sid": CALL_SID, "account_sid": SID, "status": "queued"}
            )
        return httpx.Response(200, json={"sid": CALL_SID, "account_sid": SID, "status": "queued"})


async def test_one_handler_serves_both_clients(contract: Contract | None) -> None:
    handler = Recorder(contract)
    delays: list[float] = []

    async def nap(seconds: float) -> None:
        delays.append(seconds)

    sync = rest.Client(
        SID,
        TOKEN,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        sleep=delays.append,
    )
    handler.fail_first = 1
    created = sync.calls.create(
        to="+12125551234",
        from_="+16465551234",
        url="http://example.com/voice",
        status_callback_event=["initiated", "completed"],
        record=True,
    )
    async with rest.AsyncClient(
        SID, TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), sleep=nap
    ) as aclient:
        handler.fail_first = 1
        found = await aclient.calls.find(CALL_SID)
    assert created.sid == found.sid == CALL_SID
    assert delays == [1.0, 1.0]
    methods = [r.method for r in handler.seen]
    assert methods == ["POST", "POST", "GET", "GET"]
    form = handler.seen[0].content.decode()
    assert "StatusCallbackEvent=initiated&StatusCallbackEvent=completed" in form
    assert "Record=true" in form
    assert str(handler.seen[0].url).startswith("https://api.twilio.com/2010-04-01/Accounts/")


def test_a_user_http_client_is_not_closed_by_ours(contract: Contract | None) -> None:
    http = httpx.Client(transport=httpx.MockTransport(Recorder(contract)))
    with rest.Client(SID, TOKEN, http_client=http) as client:
        client.calls.find(CALL_SID)
    assert not http.is_closed
    http.close()


def test_timeouts_default_to_15s_and_defer_to_a_user_http_client(
    contract: Contract | None,
) -> None:
    seen: list[dict[str, float | None]] = []
    recorder = Recorder(contract)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return recorder(request)

    transport = httpx.MockTransport(handler)
    ours = rest.Client(SID, TOKEN)
    ours._http = httpx.Client(transport=transport)  # keep our timeout, swap only the wire
    ours.calls.find(CALL_SID)
    theirs = httpx.Client(transport=transport, timeout=42.0)
    rest.Client(SID, TOKEN, http_client=theirs).calls.find(CALL_SID)
    rest.Client(SID, TOKEN, http_client=theirs, timeout=3).calls.find(CALL_SID)
    assert seen[0] == {"connect": 5.0, "read": 15.0, "write": 15.0, "pool": 15.0}
    assert seen[1]["read"] == 42.0
    assert seen[2]["read"] == 3.0
    theirs.close()
    ours.close()


def test_call_recordings_need_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    with pytest.raises(rest.ConfigurationError, match=r"use call\.recordings"):
        rest.CallRecording.all()


def test_contract_rejects_what_twilio_would(require_contract: Contract) -> None:
    """The checker is live: a request Twilio would refuse is reported."""
    path = f"/2010-04-01/Accounts/{SID}/Calls.json"
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Basic eA=="}
    require_contract.check_request("POST", path, headers, b"To=%2B1&From=%2B2&Record=maybe")
    require_contract.check_request("GET", path + "?Status=bogus", headers, None)
    assert len(require_contract.errors) == 2
    require_contract.errors.clear()
