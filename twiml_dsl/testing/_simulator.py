"""`CallSimulator`: plays Twilio's part against a WSGI app, an ASGI app or a real URL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ._messaging import MessageExchange
from ._session import API_VERSION, resolve, sid, started
from ._voice import Call
from ._wire import sender

__all__ = ["CallSimulator"]

_DIAL_STATUSES = frozenset({"completed", "answered", "busy", "no-answer", "failed", "canceled"})


class CallSimulator:
    """Plays Twilio's part against your app, so a whole call flow runs in a unit test.

    `app` is a WSGI app (Flask), an ASGI app (Quart), or None to send real HTTP requests
    to `url`. Every request is signed with `auth_token` as Twilio signs it. Each ASGI app
    runs on a background event loop of its own, so async tests can use the simulator too;
    lifespan events (Quart's `before_serving`) are not sent.

    `url` is the voice webhook `dial()` calls; `sms_url` the messaging webhook `send_sms()`
    texts, resolved against `url` (default `/sms`, as on the command line).
    `dial_status` is what `<Dial>` reports (completed, busy, no-answer, failed, canceled),
    with `dial_outcomes` setting it per number; `queue_result` is what `<Enqueue>` reports.
    `max_requests` bounds the requests made between two actions of the caller; `timeout`
    bounds each request in seconds, an in-process app's as much as a real server's.
    """

    def __init__(
        self,
        app: Any = None,
        *,
        url: str,
        auth_token: str,
        from_: str = "+15551230000",
        to: str = "+15559990000",
        account_sid: str | None = None,
        method: str = "POST",
        sms_url: str = "/sms",
        dial_status: str = "completed",
        dial_outcomes: Mapping[str, str] | None = None,
        dial_duration: int = 42,
        queue_result: str = "bridged",
        max_requests: int = 20,
        timeout: float = 10.0,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"url must be an absolute http(s) URL, got {url!r}")
        for status in [dial_status, *(dial_outcomes or {}).values()]:
            if status not in _DIAL_STATUSES:
                allowed = ", ".join(sorted(_DIAL_STATUSES))
                raise ValueError(f"dial status {status!r} is not one of: {allowed}")
        if not timeout > 0:
            raise ValueError(f"timeout must be a number of seconds above 0, got {timeout!r}")
        self.app = app
        self.url = url
        self.sms_url = resolve(url, sms_url)
        self.auth_token = auth_token
        self.from_ = from_
        self.to = to
        self.account_sid = account_sid or sid("AC", "twiml-dsl simulator")
        self.method = method
        self.dial_status = dial_status
        self.dial_outcomes = dict(dial_outcomes or {})
        self.dial_duration = dial_duration
        self.queue_result = queue_result
        self.max_requests = max_requests
        self.timeout = timeout
        self._count = 0
        self._send = sender(app, timeout)

    def __repr__(self) -> str:
        return f"<CallSimulator {self.url}>"

    def dial(self, *, from_: str | None = None, to: str | None = None) -> Call:
        """Place a call to the app and run its TwiML until the caller has to act."""
        call = self._call(from_=from_, to=to)
        return started(call, call._start)

    def _call(self, *, from_: str | None = None, to: str | None = None) -> Call:
        """A call that has not rung yet: `explore()` sets it up before it starts."""
        self._count += 1
        caller, called = from_ or self.from_, to or self.to
        params = {
            "AccountSid": self.account_sid,
            "ApiVersion": API_VERSION,
            "CallSid": sid("CA", self.account_sid, caller, self._count),
            "CallStatus": "ringing",
            "Called": called,
            "Caller": caller,
            "Direction": "inbound",
            "From": caller,
            "To": called,
        }
        return Call(self, params)

    def send_sms(
        self, body: str, *, from_: str | None = None, to: str | None = None
    ) -> MessageExchange:
        """Text the app (at `sms_url`) and collect its `<Message>` replies."""
        self._count += 1
        params = {
            "AccountSid": self.account_sid,
            "ApiVersion": API_VERSION,
            "Body": body,
            "From": from_ or self.from_,
            "NumMedia": "0",
            "NumSegments": "1",
            "SmsStatus": "received",
            "To": to or self.to,
        }
        message_sid = sid("SM", self.account_sid, params["From"], self._count)
        params.update(MessageSid=message_sid, SmsMessageSid=message_sid, SmsSid=message_sid)
        exchange = MessageExchange(self, params)
        return started(exchange, lambda: exchange._start(body))
