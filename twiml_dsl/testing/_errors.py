"""The simulator's errors.

SimulatorError                   root: the call could not go on, with the URL at fault
├── WebhookResponseError         the app answered badly: status, content type, body, TwiML
├── RedirectLoopError            too many requests without the caller doing anything
├── UnsupportedTwiMLError        a verb the simulator cannot play (it never skips one)
└── CallStateError               the test asked for something the call cannot do now
"""

from __future__ import annotations

__all__ = [
    "CallStateError",
    "RedirectLoopError",
    "SimulatorError",
    "UnsupportedTwiMLError",
    "WebhookResponseError",
]


class SimulatorError(Exception):
    """The simulated call could not go on. `url` is the webhook at fault, when there is one."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        self.message = message
        self.url = url
        self.script = ""
        """The script up to the failure, when the call or message never got going."""
        super().__init__(f"{url}: {message}" if url else message)


class WebhookResponseError(SimulatorError):
    """The app answered a webhook with something Twilio would refuse.

    `status_code` is the HTTP status; `line` is the TwiML line for invalid TwiML.
    """

    def __init__(
        self, message: str, *, url: str, status_code: int, line: int | None = None
    ) -> None:
        self.status_code = status_code
        self.line = line
        super().__init__(message, url=url)


class RedirectLoopError(SimulatorError):
    """The app kept the call busy with request after request, the caller doing nothing."""


class UnsupportedTwiMLError(SimulatorError):
    """The TwiML holds a verb the simulator cannot play; it never skips one silently."""


class CallStateError(SimulatorError):
    """The test asked the call for something it cannot do now, such as pressing keys
    when no `<Gather>` is waiting."""
