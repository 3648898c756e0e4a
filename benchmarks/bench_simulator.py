"""Simulated calls per second through the example phone tree, Flask (WSGI) and Quart (ASGI).

One call is the five-request flow of a caller who presses a wrong key, hears the menu
again, presses 1 and is put through to sales: /voice, /menu, /voice?attempt=2, /menu,
/sales-done. Every request is signed, checked by the app, answered with TwiML, parsed
with the grammar and played. Best of a few rounds; the official package has no simulator.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the examples package

from examples import ivr_flask, ivr_quart, phone_tree
from twiml_dsl.testing import CallSimulator

ROUNDS = 5
URL = "https://example.com/voice"


def _one_call(sim: CallSimulator) -> None:
    call = sim.dial().press("9").press("1")
    assert call.ended and len(call.requests) == 5 and call.dialed == [phone_tree.SALES_NUMBER]


def _calls_per_second(app: Any, calls: int) -> float:
    sim = CallSimulator(app, url=URL, auth_token=phone_tree.DEMO_AUTH_TOKEN)
    _one_call(sim)  # warm up: first-request setup in the framework
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(calls):
            _one_call(sim)
        best = min(best, time.perf_counter() - start)
    return calls / best


def run() -> list[dict[str, object]]:
    token = phone_tree.DEMO_AUTH_TOKEN
    flask = _calls_per_second(ivr_flask.create_app(token), 200)
    quart = _calls_per_second(ivr_quart.create_app(token), 50)
    rows: list[dict[str, object]] = []
    for name, rate in (("Flask (WSGI)", flask), ("Quart (ASGI)", quart)):
        rows.append(
            {
                "name": f"simulated 5-step call, {name}",
                "unit": "calls/s",
                "ours": round(rate, 1),
                "official": None,
                "ratio": None,
                "target": "> 100 calls/s" if "Flask" in name else "reported",
            }
        )
        rows.append(
            {
                "name": f"simulated 5-step call, {name}",
                "unit": "ms/call",
                "ours": round(1000 / rate, 2),
                "official": None,
                "ratio": None,
                "target": "< 10 ms" if "Flask" in name else "reported",
            }
        )
    return rows


if __name__ == "__main__":
    results = run()
    width = max(len(str(row["name"])) for row in results)
    print(f"{'benchmark':<{width}}  {'unit':<8} {'ours':>10}  target")
    for row in results:
        print(f"{row['name']!s:<{width}}  {row['unit']!s:<8} {row['ours']!s:>10}  {row['target']}")
