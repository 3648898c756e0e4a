"""Test a call flow without a phone: an offline simulator that plays Twilio's part.

    from twiml_dsl.testing import CallSimulator

    sim = CallSimulator(app, url="https://example.com/voice", auth_token=TOKEN)
    call = sim.dial()                     # signed webhook, then the TwiML runs
    assert call.heard() == ["Welcome to Acme.", "Press 1 for sales."]
    call.press("1")                       # answers the waiting <Gather>
    assert call.dialed == ["+15559870000"]
    assert call.script() == twiml_snapshot

`app` is a Flask (WSGI) or Quart (ASGI) app, run in process through httpx's transports, or
None to call `url` over real HTTP. Requests carry the parameters Twilio sends and a valid
`X-Twilio-Signature`, so an app that checks signatures runs unchanged.
"""

from __future__ import annotations

from ._simulator import (
    API_VERSION,
    Call,
    CallSimulator,
    CallStateError,
    Exchange,
    MessageExchange,
    RedirectLoopError,
    SentMessage,
    SimulatorError,
    UnsupportedTwiMLError,
    WebhookResponseError,
)

__all__ = [
    "API_VERSION",
    "Call",
    "CallSimulator",
    "CallStateError",
    "Exchange",
    "MessageExchange",
    "RedirectLoopError",
    "SentMessage",
    "SimulatorError",
    "UnsupportedTwiMLError",
    "WebhookResponseError",
]
