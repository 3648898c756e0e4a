"""Exploring every branch of a phone app: the example phone tree, and generated IVRs of
100, 300 and 1,000 states (menus of menus, `generated_ivr.py`) to show how time and
requests grow with the number of edges. Best of a few rounds; the official package has no
explorer, so there is no ratio.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # generated_ivr, and the examples package

from generated_ivr import create_app  # noqa: E402

from examples import ivr_flask, phone_tree  # noqa: E402
from twiml_dsl.testing import FlowMap, explore  # noqa: E402

TOKEN = phone_tree.DEMO_AUTH_TOKEN
SIZES = {100: 20, 300: 60, 1000: 200}
"""Target states -> menus in the generated IVR (each menu gives about five states)."""


def _best(app: Any, url: str, rounds: int) -> tuple[FlowMap, float]:
    explore(app, url=url, auth_token=TOKEN)  # warm up: first-request setup in Flask
    best, flow = float("inf"), None
    for _ in range(rounds):
        started = time.perf_counter()
        flow = explore(app, url=url, auth_token=TOKEN, max_states=10_000, max_depth=100)
        best = min(best, time.perf_counter() - started)
    assert flow is not None and flow.ok and flow.truncated is None
    return flow, best


def _row(name: str, unit: str, value: object, target: str = "reported") -> dict[str, object]:
    return {
        "name": name,
        "unit": unit,
        "ours": value,
        "official": None,
        "ratio": None,
        "target": target,
    }


def run() -> list[dict[str, object]]:
    flow, seconds = _best(ivr_flask.create_app(TOKEN), "https://example.com/voice", 5)
    name = "explore the example phone tree (Flask)"
    rows = [
        _row(name, "states", len(flow.states)),
        _row(name, "edges", len(flow.edges)),
        _row(name, "requests", flow.requests),
        _row(name, "ms", round(seconds * 1000, 1), "< 1000 ms"),
    ]
    for size, menus in SIZES.items():
        app = create_app(menus, TOKEN)
        flow, seconds = _best(app, "https://example.com/m/0", 3 if size < 1000 else 1)
        name = f"explore a generated IVR, {len(flow.states)} states, {len(flow.edges)} edges"
        rows.append(_row(name, "requests", flow.requests))
        rows.append(_row(name, "s", round(seconds, 2), "< 10 s" if size == 1000 else "reported"))
        rows.append(
            _row(name, "ms/edge", round(seconds * 1000 / len(flow.edges), 2), "flat = linear")
        )
    return rows


if __name__ == "__main__":
    results = run()
    width = max(len(str(row["name"])) for row in results)
    print(f"{'benchmark':<{width}}  {'unit':<9} {'ours':>10}  target")
    for row in results:
        print(f"{row['name']!s:<{width}}  {row['unit']!s:<9} {row['ours']!s:>10}  {row['target']}")
