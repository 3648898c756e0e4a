"""Webhook validation throughput: ours against the official `twilio.request_validator`.

Each row validates the same 10,000 signed requests with both validators in this run and
reports requests per second (best of a few rounds). Every validation must succeed, so
neither side is timed on a shortcut.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from typing import Any

from twilio.request_validator import RequestValidator as OfficialValidator

from twiml_dsl.webhooks import RequestValidator, add_body_hash, sign

TOKEN = "0123456789abcdef0123456789abcdef"
COUNT = 10_000
ROUNDS = 3

Case = tuple[str, Any, str]


def _call_params(rng: random.Random, i: int) -> dict[str, str]:
    """The parameters of a typical voice webhook (about 20 of them)."""
    return {
        "AccountSid": f"AC{rng.getrandbits(128):032x}",
        "ApiVersion": "2010-04-01",
        "CallSid": f"CA{rng.getrandbits(128):032x}",
        "CallStatus": rng.choice(["ringing", "in-progress", "completed"]),
        "Called": f"+1555{rng.randrange(10**7):07d}",
        "CalledCity": "SAN FRANCISCO",
        "CalledCountry": "US",
        "CalledState": "CA",
        "CalledZip": "94105",
        "Caller": f"+1555{rng.randrange(10**7):07d}",
        "CallerCity": "OAKLAND",
        "CallerCountry": "US",
        "CallerState": "CA",
        "CallerZip": "94612",
        "Digits": str(i % 10),
        "Direction": "inbound",
        "From": f"+1555{rng.randrange(10**7):07d}",
        "FromCountry": "US",
        "To": f"+1555{rng.randrange(10**7):07d}",
        "ToCountry": "US",
    }


def form_cases(*, signed_with_port: bool = False) -> list[Case]:
    rng = random.Random(1)
    cases = []
    for i in range(COUNT):
        url = f"https://example.com/voice/{i}?step=menu"
        params = _call_params(rng, i)
        signed_url = url.replace("example.com", "example.com:443") if signed_with_port else url
        cases.append((url, params, sign(signed_url, params, TOKEN)))
    return cases


def json_cases() -> list[Case]:
    rng = random.Random(2)
    cases = []
    for i in range(COUNT):
        sid = f"CA{rng.getrandbits(128):032x}"
        body = f'{{"CallSid": "{sid}", "status": "completed", "seq": {i}}}'
        url = add_body_hash(f"https://example.com/events/{i}", body)
        cases.append((url, body, sign(url, None, TOKEN)))
    return cases


def _rate(validate: Callable[[str, Any, str], bool], cases: Sequence[Case]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        ok = 0
        for url, params, signature in cases:
            ok += validate(url, params, signature)
        elapsed = time.perf_counter() - start
        if ok != len(cases):
            raise AssertionError(f"only {ok} of {len(cases)} requests validated")
        best = min(best, elapsed)
    return len(cases) / best


def run() -> list[dict[str, object]]:
    ours = RequestValidator(TOKEN)
    official = OfficialValidator(TOKEN)
    rows: list[dict[str, object]] = []
    for name, cases in [
        ("validate form webhook, 20 params", form_cases()),
        ("validate form webhook signed with :443", form_cases(signed_with_port=True)),
        ("validate JSON webhook (bodySHA256)", json_cases()),
    ]:
        mine = _rate(ours.validate, cases)
        theirs = _rate(official.validate, cases)
        rows.append(
            {
                "name": f"{name} ({len(cases):,} requests)",
                "unit": "requests/s",
                "ours": round(mine, 1),
                "official": round(theirs, 1),
                "ratio": round(mine / theirs, 2),
                "target": ">= 1.0x",
            }
        )
    return rows


def print_table(rows: Sequence[dict[str, object]]) -> None:
    header = f"{'benchmark':<58} {'unit':<11} {'ours':>11} {'official':>11} {'ratio':>7}  target"
    print(header)
    print("-" * len(header))
    for row in rows:
        official = row["official"]
        ratio = row["ratio"]
        print(
            f"{row['name']!s:<58} {row['unit']!s:<11} {row['ours']!s:>11} "
            f"{'-' if official is None else official!s:>11} "
            f"{'-' if ratio is None else f'{ratio}x':>7}  {row['target']}"
        )


if __name__ == "__main__":
    print_table(run())
