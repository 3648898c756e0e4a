"""The errors the REST client raises.

    TwilioError                      root of everything raised here
    ├── ConfigurationError           no credentials, or unusable settings
    ├── UnsupportedOperationError    the API has no such operation (e.g. deleting a Notification)
    ├── APIConnectionError           no usable HTTP response: refused, reset, truncated
    │   └── APITimeoutError          connect, read, write or pool timeout
    ├── MalformedResponseError       a 2xx response whose body is not the JSON Twilio sends
    └── TwilioAPIError               error status or redirect: status, code, message, more_info

Every error raised while handling another one is chained with `raise ... from err`,
except where that exception's text would show the auth token.
No message or repr contains an auth token.
"""

from __future__ import annotations

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ConfigurationError",
    "MalformedResponseError",
    "TwilioAPIError",
    "TwilioError",
    "UnsupportedOperationError",
]


class TwilioError(Exception):
    """Root of every error this package raises."""


class ConfigurationError(TwilioError):
    """Credentials or settings are missing or unusable."""


class UnsupportedOperationError(TwilioError):
    """The 2010-04-01 API does not offer this operation on this resource."""


class APIConnectionError(TwilioError):
    """The request got no usable HTTP response.

    `method` and `url` say which request failed; `attempts` counts the tries made.
    """

    def __init__(self, message: str, *, method: str, url: str, attempts: int = 1) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.attempts = attempts


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class MalformedResponseError(TwilioError):
    """A success status came with a body that is not valid JSON, or not the shape Twilio sends:
    no JSON object where a record was expected, or a page without its list of records."""

    def __init__(self, message: str, *, status: int, method: str, url: str) -> None:
        super().__init__(message)
        self.status = status
        self.method = method
        self.url = url


class TwilioAPIError(TwilioError):
    """Twilio answered with an HTTP error status.

    `code` is Twilio's error code (e.g. 20404), or None when the body carried none;
    `more_info` links to Twilio's page for that code.
    """

    def __init__(
        self,
        *,
        status: int,
        code: int | None,
        message: str,
        more_info: str | None,
        method: str,
        url: str,
    ) -> None:
        super().__init__(
            f"HTTP {status} {method} {url}: {message}" + (f" (code {code})" if code else "")
        )
        self.status = status
        self.code = code
        self.message = message
        self.more_info = more_info
        self.method = method
        self.url = url

    def __repr__(self) -> str:
        return (
            f"TwilioAPIError(status={self.status}, code={self.code}, "
            f"message={self.message!r}, method={self.method!r}, url={self.url!r})"
        )
