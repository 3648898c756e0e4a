"""Test a call flow without a phone: an offline simulator that plays Twilio's part.

    from twiml_dsl.testing import CallSimulator

    sim = CallSimulator(app, url="https://example.com/voice", auth_token=TOKEN)
    call = sim.dial()                     # signed webhook, then the TwiML runs
    assert call.heard() == ["Welcome to Acme.", "Press 1 for sales."]
    call.press("1")                       # answers the waiting <Gather>
    assert call.dialed == ["+15559870000"]
    assert call.script() == twiml_snapshot

`app` is a WSGI app (Flask, Django) or an ASGI app (Quart, FastAPI, Starlette), run in
process through httpx's transports, or None to call `url` over real HTTP. Requests carry
the parameters Twilio sends and a valid `X-Twilio-Signature`, so an app that checks
signatures runs unchanged.

The package, one concern a module: `_errors` (the error tree), `_wire` (WSGI, ASGI, HTTP),
`_session` (signed requests and their checks), `_values` (attributes, with Twilio's defaults
from the grammar), `_voice` (the call and its verb table), `_messaging`, `_simulator`,
`_explore` (every branch), `_flowmap` (the map; text, Mermaid, DOT), `_html` (the HTML map),
`_coverage` (flow coverage for pytest).
"""

from __future__ import annotations

from ._errors import (
    CallStateError,
    RedirectLoopError,
    SimulatorError,
    UnsupportedTwiMLError,
    WebhookResponseError,
)
from ._explore import explore
from ._flowmap import FlowEdge, FlowMap, FlowState, Problem
from ._html import GraphvizNotFoundError
from ._messaging import MessageExchange
from ._session import API_VERSION, Exchange, SentMessage
from ._simulator import CallSimulator
from ._voice import Call

__all__ = [
    "API_VERSION",
    "Call",
    "CallSimulator",
    "CallStateError",
    "Exchange",
    "FlowEdge",
    "FlowMap",
    "FlowState",
    "GraphvizNotFoundError",
    "MessageExchange",
    "Problem",
    "RedirectLoopError",
    "SentMessage",
    "SimulatorError",
    "UnsupportedTwiMLError",
    "WebhookResponseError",
    "explore",
]
