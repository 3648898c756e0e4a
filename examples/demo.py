"""`make demo`: scripted callers ring the Acme phone tree, all offline, in a few milliseconds;
then every branch of the tree is explored and printed as a map.

No network and no credentials: the Flask example runs in process, and the simulator signs
every webhook with the demo token, which the app checks as it would check Twilio's.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from twiml_dsl.testing import Call, CallSimulator, MessageExchange, explore

if __package__ is None or __package__ == "":  # run as `python examples/demo.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from examples.ivr_flask import create_app
from examples.phone_tree import DEMO_AUTH_TOKEN

URL = "https://example.com/voice"


def _simulator(caller: str, dial_status: str = "completed") -> CallSimulator:
    return CallSimulator(
        create_app(DEMO_AUTH_TOKEN),
        url=URL,
        sms_url="/sms",
        auth_token=DEMO_AUTH_TOKEN,
        from_=caller,
        dial_status=dial_status,
    )


def wants_sales() -> Call:
    return _simulator("+15551230001").dial().press("1")


def asks_support_by_voice() -> Call:
    return _simulator("+15551230002").dial().say_words("support please").leave_message(12)


def finds_sales_busy() -> Call:
    sim = _simulator("+15551230003", dial_status="busy")
    return sim.dial().press("1").leave_message(8)


def stays_silent() -> Call:
    return _simulator("+15551230004").dial().silence().silence()


def texts_for_a_callback() -> MessageExchange:
    return _simulator("+15551230002").send_sms("CALLBACK")


CALLERS: list[tuple[str, Callable[[], Call | MessageExchange]]] = [
    ("Caller 1 presses 1 for sales", wants_sales),
    ("Caller 2 says 'support' and leaves a message", asks_support_by_voice),
    ("Caller 3 wants sales, but sales is busy", finds_sales_busy),
    ("Caller 4 says nothing at all", stays_silent),
    ("Caller 2 texts CALLBACK", texts_for_a_callback),
]


def main() -> None:
    requests = 0
    started = time.perf_counter()
    for title, scenario in CALLERS:
        exchange = scenario()
        requests += len(exchange.requests)
        print(f"== {title}")
        print(exchange.script())
    elapsed = (time.perf_counter() - started) * 1000
    print(
        f"{len(CALLERS)} scripted callers, {requests} signed webhook requests, "
        f"no phone and no network: {elapsed:.0f} ms."
    )
    print()
    print("== Every branch of the phone tree (twiml-dsl explore)")
    app = create_app(DEMO_AUTH_TOKEN)
    flow = explore(app, url=URL, auth_token=DEMO_AUTH_TOKEN, sms_url="/sms")
    print(flow.to_text(), end="")
    print(f"explored in {flow.seconds * 1000:.0f} ms.")


if __name__ == "__main__":
    main()
