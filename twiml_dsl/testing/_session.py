"""What a call and a text exchange share: signed webhook requests, their checks, the script."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeVar
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

import httpx
from lxml import etree

from .._errors import TwiMLError
from .._parse import checked_tree
from .._webhook_common import mimetype
from ..webhooks import signed_request
from ._errors import RedirectLoopError, SimulatorError, WebhookResponseError

if TYPE_CHECKING:
    from ._simulator import CallSimulator

__all__ = ["API_VERSION", "Exchange", "SentMessage"]

API_VERSION = "2010-04-01"
_TWIML_TYPES = frozenset({"text/xml", "application/xml", "text/html"})


@dataclass(frozen=True)
class Exchange:
    """One webhook request the simulator made, and the status it got."""

    method: str
    url: str
    params: dict[str, str]
    status_code: int


@dataclass(frozen=True)
class SentMessage:
    """A text message the app sent: a `<Message>` reply or a `<Sms>` during a call."""

    to: str
    from_: str
    body: str
    media: tuple[str, ...] = ()


def sid(prefix: str, *parts: object) -> str:
    """A made-up but well-formed and repeatable SID: two letters and 32 hex digits."""
    text = "/".join(str(p) for p in parts)
    return prefix + hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def resolve(base: str, target: str | None) -> str:
    """A URL from TwiML resolved as Twilio does: relative to the document's own URL."""
    if not target:
        return base
    return urljoin(base, target.strip())


Grammar = Literal["voice", "messaging"]


@dataclass
class Session:
    """Sending signed webhooks as Twilio would, and the script of what happened."""

    sim: CallSimulator
    params: dict[str, str]
    lines: list[str] = field(default_factory=list)
    requests: list[Exchange] = field(default_factory=list)
    trail: list[str] = field(default_factory=list)
    #: Twilio keeps cookies across the webhooks of one call, as a browser would
    cookies: httpx.Cookies = field(default_factory=httpx.Cookies)

    def show_url(self, url: str) -> str:
        """A URL as the script shows it: path and query when on the simulator's host."""
        here, there = urlsplit(self.sim.url), urlsplit(url)
        if (here.scheme, here.netloc) == (there.scheme, there.netloc):
            return there.path + (f"?{there.query}" if there.query else "")
        return url

    def fetch(
        self,
        url: str,
        method: str | None,
        extra: Mapping[str, str],
        *,
        grammar: Grammar,
        shown: Iterable[str] = (),
    ) -> etree._Element | None:
        """Request `url` as Twilio would; return the checked `<Response>`, or None if empty."""
        method = (method or "POST").upper()
        if method not in {"GET", "POST"}:
            raise SimulatorError(f"method {method!r} is neither GET nor POST", url=url)
        self.trail.append(f"{method} {self.show_url(url)}")
        if len(self.trail) > self.sim.max_requests:
            raise RedirectLoopError(
                f"{self.sim.max_requests} requests in a row without the caller doing anything, "
                "so the call is probably in a loop: " + " -> ".join(self.trail[-6:]),
                url=url,
            )
        params = {**self.params, **extra}
        if method == "GET":
            parts = urlsplit(url)
            query = "&".join(q for q in (parts.query, urlencode(params)) if q)
            target = urlunsplit(parts._replace(query=query))
            signed = signed_request(target, None, self.sim.auth_token)
        else:
            target = url
            signed = signed_request(target, params, self.sim.auth_token)
        keys = [k for k in shown if k in params]
        summary = "  ".join(f"{k}={params[k]}" for k in keys)
        self.lines.append(f"> {method} {self.show_url(url)}" + (f"  {summary}" if summary else ""))
        request = httpx.Request(method, target, content=signed.body, headers=signed.headers)
        if self.cookies.jar:  # the cookie machinery is slow; most apps set none
            self.cookies.set_cookie_header(request)
        try:
            response = self.sim._send(request)
        except SimulatorError:
            raise
        except httpx.HTTPError as err:
            raise SimulatorError(f"the request failed: {err}", url=url) from err
        except Exception as err:
            raise SimulatorError(f"the app raised {type(err).__name__}: {err}", url=url) from err
        if "set-cookie" in response.headers:
            self.cookies.extract_cookies(response)
        self.requests.append(Exchange(method, url, params, response.status_code))
        return _check(url, response, grammar)


def _check(url: str, response: httpx.Response, grammar: Grammar) -> etree._Element | None:
    status = response.status_code
    if not 200 <= status < 300:
        snippet = " ".join(response.text.split())[:120]
        raise WebhookResponseError(
            f"answered HTTP {status}" + (f": {snippet}" if snippet else ""),
            url=url,
            status_code=status,
        )
    body = response.content
    if not body.strip():
        return None  # Twilio treats an empty answer as an empty <Response/>
    media_type = mimetype(response.headers.get("content-type"))
    if media_type not in _TWIML_TYPES:
        raise WebhookResponseError(
            f"answered with content type {media_type or 'none'!r}; TwiML comes as "
            "text/xml, application/xml or text/html",
            url=url,
            status_code=status,
        )
    if not body.lstrip().startswith(b"<"):
        snippet = " ".join(response.text.split())[:60]
        raise WebhookResponseError(
            f"answered a body that is not XML: {snippet!r}", url=url, status_code=status
        )
    try:
        root, _ = checked_tree(body, grammar=grammar)
    except TwiMLError as err:
        raise WebhookResponseError(
            f"answered invalid TwiML: {err}", url=url, status_code=status, line=err.line
        ) from err
    return root


START = "start"
"""The state before the first webhook of a call: the phone ringing."""
SMS_START = "start-sms"
"""The state before the first webhook of a text exchange: the text arriving."""


def state_key(method: str, url: str, root: etree._Element | None) -> str:
    """A short, repeatable name for the state a fetched document puts the call in.

    Two fetches are one state when they asked the same URL the same way and got the same
    TwiML back, whatever parameters they sent.
    """
    body = b"" if root is None else etree.tostring(root)
    digest = hashlib.sha1(f"{method} {url}\n".encode() + body, usedforsecurity=False)
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class Step:
    """One move of a call or text exchange: from a state to the next, and why.

    `target` is a state key, or `end:<source>:<reason>` when the call ended.
    """

    source: str
    target: str
    cause: str
    exchange: Exchange | None = None
    root: etree._Element | None = None


listeners: list[Callable[[Step], None]] = []
"""Told of every step of every call and text: flow coverage listens here during a test run."""


class Conversation:
    """What a call and a text exchange share: the webhook requests made and the transcript."""

    def __init__(self, sim: CallSimulator, params: dict[str, str]) -> None:
        self._session = Session(sim, params)
        self.steps: list[Step] = []
        """The states the exchange moved through, in order (what `explore()` maps)."""
        self._at = START
        self._pending = ""
        """Why the request under way was made, for a step that fails."""

    def _move(self, target: str, cause: str, root: etree._Element | None = None) -> None:
        """Record a move to the state `target`; a fetch's move carries its request."""
        requests = self._session.requests
        exchange = requests[-1] if requests and not target.startswith("end:") else None
        step = Step(self._at, target, cause, exchange, root)
        self.steps.append(step)
        for listener in listeners:
            listener(step)
        self._at = target

    @property
    def requests(self) -> list[Exchange]:
        """Every webhook request made so far, in order."""
        return list(self._session.requests)

    def script(self) -> str:
        """The exchange as a readable transcript, one event a line, for snapshots and humans."""
        return "\n".join(self._session.lines) + "\n"


X = TypeVar("X", bound=Conversation)


def started(exchange: X, start: Callable[[], None]) -> X:
    """`exchange` once `start()` has run; a `SimulatorError` carries the transcript so far."""
    try:
        start()
    except SimulatorError as err:
        err.script = exchange.script()
        raise
    return exchange
