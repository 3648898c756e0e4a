"""The async client under load: 500 concurrent requests with faults mixed in."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio, Fault

import rest

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_500_concurrent_requests_all_end_and_release_the_pool(
    server: FakeTwilio, transport: str
) -> None:
    server.seed_calls(5)
    sids = list(server.records("calls"))
    server.inject(
        Fault("status", 503, method="GET", times=40),
        Fault("status", 429, method="POST", headers={"Retry-After": "0"}, times=20),
        Fault("reset_before_read", method="GET", times=15),
        Fault("status", 500, method="POST", act=True, times=15),
        Fault("malformed_json", method="GET", times=5),
    )
    outcomes: list[Any] = []

    async def nap(seconds: float) -> None:
        await anyio.sleep(0)

    async with rest.AsyncClient(
        MAIN_SID,
        MAIN_TOKEN,
        base_url=server.base_url,
        timeout=30,  # the shared test machine can be slow; no timeout is under test here
        deadline=None,
        sleep=nap,
        transport=transport,
    ) as client:

        async def one(i: int) -> None:
            try:
                if i % 2:
                    outcomes.append(await client.calls.find(sids[i % len(sids)]))
                else:
                    outcomes.append(
                        await client.messages.create(
                            to="+12125551234", from_="+16465551234", body=f"n{i}"
                        )
                    )
            except rest.TwilioError as err:
                outcomes.append(err)

        with anyio.fail_after(60):
            async with anyio.create_task_group() as tg:
                for i in range(500):
                    tg.start_soon(one, i)

        assert client._slots is not None
        assert client._slots.value == 100  # every request gave its slot back
    assert client._http.is_closed

    errors = [o for o in outcomes if isinstance(o, rest.TwilioError)]
    results = [o for o in outcomes if not isinstance(o, rest.TwilioError)]
    # every result is the record that was asked for: a seeded call, or a message just sent
    assert {o.sid for o in results if isinstance(o, rest.AsyncCall)} <= set(sids)
    sent = {o.body for o in results if isinstance(o, rest.AsyncMessage)}
    assert sent <= {f"n{i}" for i in range(0, 500, 2)}
    assert errors, "some injected faults must surface as typed errors"
    assert {type(e) for e in errors} <= {
        rest.TwilioAPIError,  # retries used up on 503/429, or a 500 on POST
        rest.MalformedResponseError,
        rest.APIConnectionError,  # a GET reset on every attempt
    }
    post_errors = [e for e in errors if isinstance(e, rest.TwilioAPIError) and e.method == "POST"]
    assert {e.status for e in post_errors} <= {429, 500}
    assert sum(e.status == 500 for e in post_errors) == 15  # each acted-on 500 once, no retry
    # no message was stored twice; only POSTs that got 429 on every attempt stored none
    bodies = [m["body"] for m in server.records("messages").values()]
    assert len(bodies) == len(set(bodies))
    assert len(bodies) == 250 - sum(e.status == 429 for e in post_errors)
