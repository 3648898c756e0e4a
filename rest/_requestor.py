"""The one thing records and resource operations need from a client: `request()`.

`Client` and `AsyncClient` satisfy these protocols; nothing below the clients imports them.
The class-level helpers (`rest.Call.find(...)`) reach the default client through
`default_requestor()`, which `rest._client` registers when it is imported.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from ._errors import ConfigurationError

__all__ = ["AsyncRequestor", "Requestor", "default_requestor", "set_default_requestor"]


class Requestor(Protocol):
    """Sends one logical request (retries included) and returns the decoded JSON body.

    Options: `query` and `form` (lists of Twilio-named pairs), `account_sid`, `connect`,
    `absolute_uri` (a `next_page_uri`) and `list_key` (the answer is a page of that key).
    """

    def request(self, method: str, path: str, **options: Any) -> Any: ...


class AsyncRequestor(Protocol):
    """The same as `Requestor`, awaited."""

    def request(self, method: str, path: str, **options: Any) -> Awaitable[Any]: ...


_default: Callable[[], Requestor] | None = None


def set_default_requestor(factory: Callable[[], Requestor]) -> None:
    global _default
    _default = factory


def default_requestor() -> Requestor:
    """The client behind the class-level helpers (built from `rest.configure()` or the env)."""
    if _default is None:  # only if rest._client was never imported
        raise ConfigurationError("import rest (not only its records) to use the default client")
    return _default()
