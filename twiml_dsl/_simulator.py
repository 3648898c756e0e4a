"""The call simulator: plays Twilio's part against a WSGI app, an ASGI app or a real URL.

The simulator sends the webhooks Twilio sends, signed, and runs the TwiML that comes back
the way Twilio runs it, stopping whenever the caller has to act (a `<Gather>` or a
`<Record>` waits). Every request, every word heard and every key pressed goes into the
call's script, a plain-text transcript made for snapshot tests.

SimulatorError                   root: the call could not go on, with the URL at fault
├── WebhookResponseError         the app answered badly: status, content type, body, TwiML
├── RedirectLoopError            too many requests without the caller doing anything
├── UnsupportedTwiMLError        a verb the simulator cannot play (it never skips one)
└── CallStateError               the test asked for something the call cannot do now
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import math
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

import httpx
from lxml import etree

from ._errors import TwiMLError
from ._parse import checked_tree
from ._webhook_common import mimetype
from .webhooks import signed_request

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

API_VERSION = "2010-04-01"
_TWIML_TYPES = frozenset({"text/xml", "application/xml", "text/html"})
_DIAL_STATUSES = frozenset({"completed", "answered", "busy", "no-answer", "failed", "canceled"})
_KEYS = frozenset("0123456789*#")
#: Verbs that hand the call to something the simulator cannot stand in for.
_UNSUPPORTED = {
    "Echo": "an echo test needs real audio",
    "Pay": "card payments need Twilio's payment connectors",
    "Connect": "a <Connect> stream, room or agent needs a live media connection",
    "Refer": "a SIP REFER needs a SIP endpoint",
}

Sender = Callable[[httpx.Request], httpx.Response]
"""Sends one request and returns the response, its body read."""


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


def _sid(prefix: str, *parts: object) -> str:
    """A made-up but well-formed and repeatable SID: two letters and 32 hex digits."""
    text = "/".join(str(p) for p in parts)
    return prefix + hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def _is_asgi(app: object) -> bool:
    call = getattr(app, "__call__", None)  # noqa: B004 - the bound method is what we inspect
    return inspect.iscoroutinefunction(app) or inspect.iscoroutinefunction(call)


_loop: asyncio.AbstractEventLoop | None = None
_loop_lock = threading.Lock()


def _app_loop() -> asyncio.AbstractEventLoop:
    """The event loop ASGI apps run on: one, in a daemon thread, shared by all simulators.

    A loop of its own serves sync tests and async tests alike (a test's own loop is busy
    waiting for the answer), and keeps an app on one loop across its requests.
    """
    global _loop
    with _loop_lock:
        if _loop is None:
            loop = asyncio.new_event_loop()
            thread = threading.Thread(
                target=loop.run_forever, name="twiml-dsl-simulator", daemon=True
            )
            thread.start()
            _loop = loop
        return _loop


def _asgi_sender(app: Any) -> Sender:
    transport = httpx.ASGITransport(app=app)

    async def exchange(request: httpx.Request) -> httpx.Response:
        response = await transport.handle_async_request(request)
        await response.aread()
        response.request = request
        return response

    def send(request: httpx.Request) -> httpx.Response:
        return asyncio.run_coroutine_threadsafe(exchange(request), _app_loop()).result()

    return send


def _wsgi_sender(app: Any) -> Sender:
    transport = httpx.WSGITransport(app=app)

    def send(request: httpx.Request) -> httpx.Response:
        response = transport.handle_request(request)
        response.read()
        response.request = request
        return response

    return send


def _http_sender(timeout: float) -> Sender:
    def send(request: httpx.Request) -> httpx.Response:
        with httpx.Client(timeout=timeout) as client:
            return client.send(request)

    return send


def _spoken(el: etree._Element) -> str:
    """The words of a `<Say>`, with SSML reduced to what a caller hears."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == "sub":
            parts.append(" " + (child.get("alias") or child.text or "") + " ")
        elif tag != "break":
            parts.append(_spoken(child))
        else:
            parts.append(" ")
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _number(value: str | None, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        return float(value)
    except ValueError:
        return default


def _inputs(gather: etree._Element) -> list[str]:
    """What a `<Gather>` listens for; Twilio's default is dtmf."""
    return (gather.get("input") or "dtmf").split()


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def _seconds(value: float) -> str:
    return f"{value:g}s"


@dataclass
class _Document:
    url: str
    verbs: list[etree._Element]
    index: int = 0


def _document(url: str, root: etree._Element | None) -> _Document:
    """The verbs of a fetched `<Response>` (none for an empty answer), ready to run."""
    verbs = [] if root is None else [el for el in root if isinstance(el.tag, str)]
    return _Document(url, verbs)


@dataclass
class _Wait:
    kind: Literal["gather", "record"]
    el: etree._Element
    doc: _Document


@dataclass
class _Session:
    """What a call and a message exchange share: sending signed webhooks and the script."""

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
        method: str,
        extra: Mapping[str, str],
        *,
        grammar: Literal["voice", "messaging"],
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
        self.cookies.set_cookie_header(request)
        try:
            response = self.sim._send(request)
        except httpx.HTTPError as err:
            raise SimulatorError(f"the request failed: {err}", url=url) from err
        except Exception as err:
            raise SimulatorError(f"the app raised {type(err).__name__}: {err}", url=url) from err
        self.cookies.extract_cookies(response)
        self.requests.append(Exchange(method, url, params, response.status_code))
        return self._check(url, response, grammar)

    def _check(
        self, url: str, response: httpx.Response, grammar: Literal["voice", "messaging"]
    ) -> etree._Element | None:
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


def _resolve(base: str, target: str | None) -> str:
    """A URL from TwiML resolved as Twilio does: relative to the document's own URL."""
    if not target:
        return base
    return urljoin(base, target.strip())


class _Conversation:
    """What a call and a text exchange share: the webhook requests made and the transcript."""

    def __init__(self, sim: CallSimulator, params: dict[str, str]) -> None:
        self._session = _Session(sim, params)

    @property
    def requests(self) -> list[Exchange]:
        """Every webhook request made so far, in order."""
        return list(self._session.requests)

    def script(self) -> str:
        """The exchange as a readable transcript, one event a line, for snapshots and humans."""
        return "\n".join(self._session.lines) + "\n"


X = TypeVar("X", bound=_Conversation)


def _started(exchange: X, start: Callable[[], None]) -> X:
    """`exchange` once `start()` has run; a `SimulatorError` carries the transcript so far."""
    try:
        start()
    except SimulatorError as err:
        err.script = exchange.script()
        raise
    return exchange


class Call(_Conversation):
    """One simulated phone call. Made by `CallSimulator.dial()`; drive it with the caller's
    actions (`press`, `say_words`, `silence`, `leave_message`, `hang_up`) and read what
    happened (`heard()`, `dialed`, `played`, `messages`, `ended`, `script()`)."""

    def __init__(self, sim: CallSimulator, params: dict[str, str]) -> None:
        super().__init__(sim, params)
        self._heard: list[tuple[int, str]] = []
        self._inputs = 0
        self.played: list[str] = []
        """The audio URLs `<Play>` played, in order (digits played are shown as `digits:...`)."""
        self.dialed: list[str] = []
        """What `<Dial>` called: numbers as written, `client:name`, `conference:name`,
        `queue:name`, `sip:...`, `sim:...`, `application:...`, `whatsapp:...`."""
        self.enqueued: list[str] = []
        """The queues `<Enqueue>` put the caller in."""
        self.messages: list[SentMessage] = []
        """Texts sent with `<Sms>` during the call."""
        self.unsimulated: list[str] = []
        """Things the call asked for that ran in the background and were not simulated."""
        self.ended = False
        self.end_reason: str | None = None
        self._wait: _Wait | None = None

    @property
    def sid(self) -> str:
        return self._session.params["CallSid"]

    @property
    def waiting_for(self) -> str | None:
        """`"gather"` or `"record"` while the call waits for the caller, else None."""
        return None if self._wait is None else self._wait.kind

    def heard(self, *, since_input: bool = False) -> list[str]:
        """The sentences the caller heard from `<Say>`, in order.

        With `since_input=True`, only those heard since the caller's last action.
        """
        return [text for step, text in self._heard if not since_input or step == self._inputs]

    # The caller's actions

    def press(self, keys: str) -> Call:
        """Press keys on the phone to answer the waiting `<Gather>`; returns the call."""
        bad = sorted(set(keys) - _KEYS)
        if not keys or bad:
            raise CallStateError(f"press() takes keys from 0-9, * and #, got {keys!r}")
        wait = self._gather_taking(
            "dtmf", f"press {keys!r}", "pressed keys are ignored; use say_words()"
        )
        self._act(f"caller presses {keys}")
        finish = wait.el.get("finishOnKey", "#")
        limit = int(_number(wait.el.get("numDigits"), 0))
        digits = ""
        for position, key in enumerate(keys):
            if finish and key == finish:
                rest = keys[position + 1 :]
                break
            digits += key
            if limit and len(digits) >= limit:
                rest = keys[position + 1 :]
                break
        else:
            rest = ""
        if rest:
            self._note(f"keys {rest!r} come after the <Gather> finished and are ignored")
        if not digits:
            self._gather_empty(wait)
        else:
            self._answer(wait, {"Digits": digits}, ["Digits"])
        return self

    def say_words(self, words: str, *, confidence: float = 0.92) -> Call:
        """Speak to the waiting `<Gather>`: it posts SpeechResult and Confidence."""
        wait = self._gather_taking(
            "speech",
            f"say {words!r}",
            'speech is not heard; add input="dtmf speech" or use press()',
        )
        self._act(f'caller says "{words}"')
        if not words.strip():
            self._gather_empty(wait)
        else:
            params = {"SpeechResult": words, "Confidence": f"{confidence:.2f}"}
            self._answer(wait, params, ["SpeechResult", "Confidence"])
        return self

    def _gather_taking(self, kind: str, action: str, otherwise: str) -> _Wait:
        """The waiting `<Gather>`, if it takes `kind` of input (dtmf or speech)."""
        wait = self._need("gather", action)
        inputs = _inputs(wait.el)
        if kind not in inputs:
            shown = wait.el.get("input") or "dtmf"
            raise CallStateError(
                f"the waiting <Gather> takes input={shown!r}, so {otherwise}", url=wait.doc.url
            )
        return wait

    def silence(self) -> Call:
        """Do nothing until the waiting `<Gather>` or `<Record>` times out."""
        wait = self._need(None, "stay silent")
        timeout = _number(wait.el.get("timeout"), 5)
        self._act(f"caller stays silent ({_seconds(timeout)} timeout)")
        if wait.kind == "gather":
            self._gather_empty(wait)
        else:
            self._line("  no audio recorded: Twilio skips the action and goes on")
            self._resume(wait.doc)
        return self

    def leave_message(self, seconds: float = 5, *, finish_key: str | None = "#") -> Call:
        """Speak for `seconds` (a finite number, 0 or more) into the waiting `<Record>`, then
        press `finish_key`.

        `finish_key=None` stops talking and lets the silence timeout end the recording;
        `finish_key="hangup"` hangs up instead: Twilio still posts the recording, with
        `Digits=hangup`, and ignores the TwiML the app returns.
        """
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"seconds must be a finite number, 0 or more, not {seconds!r}")
        wait = self._need("record", "leave a message")
        allowed = wait.el.get("finishOnKey", "1234567890*#")
        if finish_key not in {None, "hangup"} and (not finish_key or finish_key not in allowed):
            raise CallStateError(
                f"{finish_key!r} does not end this <Record> (finishOnKey={allowed!r})",
                url=wait.doc.url,
            )
        endings = {None: ", then falls silent", "hangup": ", then hangs up"}
        self._act(
            f"caller speaks for {_seconds(seconds)}"
            + endings.get(finish_key, f", then presses {finish_key}")
        )
        params = self._recording(wait, seconds)
        if finish_key is not None:
            params["Digits"] = finish_key
        if finish_key != "hangup":
            self._answer(wait, params, ["RecordingDuration", "Digits"])
            return self
        params["CallStatus"] = "completed"
        self._session.fetch(
            _resolve(wait.doc.url, wait.el.get("action")),
            wait.el.get("method", "POST"),
            params,
            grammar="voice",
            shown=["RecordingDuration", "Digits"],
        )
        self._line("  (the caller is gone, so Twilio ignores the TwiML returned)")
        self._end("completed", "caller hung up")
        return self

    def hang_up(self) -> Call:
        """The caller hangs up, whatever the call is doing."""
        if self.ended:
            raise CallStateError(f"the call has already ended ({self.end_reason})")
        self._act("caller hangs up")
        self._end("completed", "caller hung up")
        return self

    # Running TwiML

    def _start(self) -> None:
        sim = self._session.sim
        root = self._session.fetch(
            sim.url, sim.method, {}, grammar="voice", shown=["From", "To", "CallStatus"]
        )
        self._session.params["CallStatus"] = "in-progress"
        self._run(sim.url, root)

    def _need(self, kind: str | None, action: str) -> _Wait:
        if self.ended:
            raise CallStateError(f"cannot {action}: the call has ended ({self.end_reason})")
        wait = self._wait
        if wait is None or (kind is not None and wait.kind != kind):
            expected = f"<{kind.capitalize()}>" if kind else "<Gather> or <Record>"
            current = f"a <{wait.kind.capitalize()}>" if wait else "nothing"
            raise CallStateError(
                f"cannot {action}: no {expected} is waiting (it waits for {current})"
            )
        return wait

    def _act(self, text: str) -> None:
        self._inputs += 1
        self._session.trail.clear()
        self._wait = None
        self._session.lines.append(text)

    def _line(self, text: str) -> None:
        self._session.lines.append(text)

    def _note(self, text: str) -> None:
        self._line(f"  note: {text}")

    def _end(self, status: str, reason: str) -> None:
        self.ended = True
        self.end_reason = reason
        self._wait = None
        self._session.params["CallStatus"] = status
        self._line(f"= call ended: {reason}")

    def _gather_empty(self, wait: _Wait) -> None:
        if _true(wait.el.get("actionOnEmptyResult")):
            self._answer(wait, {}, [])
        else:
            self._line("  no input: Twilio goes on to the verb after <Gather>")
            self._resume(wait.doc)

    def _answer(self, wait: _Wait, params: dict[str, str], shown: list[str]) -> None:
        url = _resolve(wait.doc.url, wait.el.get("action"))
        self._resume(self._fetch_doc(url, wait.el.get("method"), params, shown))

    def _recording(self, wait: _Wait, seconds: float) -> dict[str, str]:
        limit = _number(wait.el.get("maxLength"), 3600)
        duration = int(min(seconds, limit))
        params = self._session.params
        sid = _sid("RE", params["CallSid"], len(self._session.requests))
        if _true(wait.el.get("transcribe")) or wait.el.get("transcribeCallback"):
            self.unsimulated.append("transcription")
            self._note("transcription is not simulated")
        return {
            "RecordingUrl": (
                f"https://api.twilio.com/{API_VERSION}/Accounts/{params['AccountSid']}"
                f"/Recordings/{sid}"
            ),
            "RecordingSid": sid,
            "RecordingDuration": str(duration),
        }

    def _run(self, url: str, root: etree._Element | None) -> None:
        self._resume(_document(url, root))

    def _resume(self, doc: _Document) -> None:
        while not self.ended and self._wait is None:
            if doc.index >= len(doc.verbs):
                self._end("completed", "no more TwiML")
                return
            el = doc.verbs[doc.index]
            doc.index += 1
            follow = self._verb(el, doc)
            if follow is not None:
                doc = follow

    def _verb(self, el: etree._Element, doc: _Document) -> _Document | None:
        """Play one verb. Returns the next document when the verb fetched one."""
        tag = str(el.tag)
        handler = getattr(self, f"_do_{tag.lower()}", None)
        if handler is None:
            reason = _UNSUPPORTED.get(tag, "the simulator does not know it")
            raise UnsupportedTwiMLError(
                f"cannot simulate <{tag}> (line {el.sourceline}): {reason}", url=doc.url
            )
        result: _Document | None = handler(el, doc)
        return result

    def _fetch_doc(
        self, url: str, method: str | None, params: dict[str, str], shown: list[str]
    ) -> _Document:
        root = self._session.fetch(url, method or "POST", params, grammar="voice", shown=shown)
        return _document(url, root)

    def _follow(
        self, el: etree._Element, doc: _Document, params: dict[str, str], shown: list[str]
    ) -> _Document | None:
        """The request Twilio makes to a verb's `action` when it ends; None without one."""
        action = el.get("action")
        if action is None:
            return None
        return self._fetch_doc(_resolve(doc.url, action), el.get("method"), params, shown)

    def _do_say(self, el: etree._Element, doc: _Document) -> None:
        text = _spoken(el)
        loop = int(_number(el.get("loop"), 1))
        for _ in range(max(loop, 1)):
            self._heard.append((self._inputs, text))
        times = (
            f" (x{loop})" if loop > 1 else " (repeats until the caller acts)" if loop == 0 else ""
        )
        self._line(f'  says "{text}"{times}')

    def _do_play(self, el: etree._Element, doc: _Document) -> None:
        digits = el.get("digits")
        if digits:
            self.played.append(f"digits:{digits}")
            self._line(f"  plays digits {digits}")
            return
        url = _resolve(doc.url, el.text)
        self.played.append(url)
        self._line(f"  plays {self._session.show_url(url)}")

    def _do_pause(self, el: etree._Element, doc: _Document) -> None:
        self._line(f"  pauses {_seconds(_number(el.get('length'), 1))}")

    def _do_gather(self, el: etree._Element, doc: _Document) -> None:
        for child in el:
            self._verb(child, doc)
        details = [" and ".join(_inputs(el))]
        if el.get("numDigits"):
            count = el.get("numDigits")
            details.append(f"{count} digit" + ("" if count == "1" else "s"))
        details.append(f"timeout {_seconds(_number(el.get('timeout'), 5))}")
        self._line(f"  waits for input: {', '.join(details)}")
        self._wait = _Wait("gather", el, doc)

    def _do_record(self, el: etree._Element, doc: _Document) -> None:
        beep = "" if el.get("playBeep", "true").lower() == "false" else ", beep"
        limit = _seconds(_number(el.get("maxLength"), 3600))
        self._line(f"  records a message (max {limit}{beep})")
        self._wait = _Wait("record", el, doc)

    def _do_dial(self, el: etree._Element, doc: _Document) -> _Document | None:
        sim = self._session.sim
        targets = self._targets(el)
        if not targets:
            raise UnsupportedTwiMLError(
                f"<Dial> on line {el.sourceline} names nobody to call", url=doc.url
            )
        self.dialed.extend(targets)
        statuses = [sim.dial_outcomes.get(t, sim.dial_status) for t in targets]
        status = "completed" if "completed" in statuses else statuses[0]
        duration = sim.dial_duration if status in {"completed", "answered"} else 0
        self._line(f"  dials {', '.join(targets)}: {status}")
        params = {
            "DialCallStatus": status,
            "DialCallSid": _sid("CA", self.sid, "dial", len(self.dialed)),
            "DialCallDuration": str(duration),
        }
        return self._follow(el, doc, params, ["DialCallStatus"])

    @staticmethod
    def _targets(el: etree._Element) -> list[str]:
        targets: list[str] = []
        if el.text and el.text.strip():
            targets.append(el.text.strip())
        prefixes = {
            "Client": "client:",
            "Conference": "conference:",
            "Queue": "queue:",
            "Sim": "sim:",
            "Application": "application:",
            "WhatsApp": "whatsapp:",
        }
        for noun in el:
            tag = str(noun.tag)
            text = (noun.text or "").strip()
            if tag == "Client":
                identity = noun.find("Identity")
                text = (identity.text or "").strip() if identity is not None else text
            elif tag == "Application":
                sid = noun.find("ApplicationSid")
                text = (sid.text or "").strip() if sid is not None else text
            elif tag == "Sip" and not text:
                uri = noun.find("Uri")
                text = (uri.text or "").strip() if uri is not None else ""
            targets.append(prefixes.get(tag, "") + text)
        return targets

    def _do_hangup(self, el: etree._Element, doc: _Document) -> None:
        self._line("  hangs up")
        self._end("completed", "the app hung up")

    def _do_reject(self, el: etree._Element, doc: _Document) -> None:
        reason = el.get("reason", "rejected")
        self._line(f"  rejects the call ({reason})")
        self._end("busy" if reason == "busy" else "no-answer", f"rejected ({reason})")

    def _do_redirect(self, el: etree._Element, doc: _Document) -> _Document:
        url = _resolve(doc.url, el.text)
        self._line(f"  redirects to {self._session.show_url(url)}")
        return self._fetch_doc(url, el.get("method"), {}, [])

    def _do_enqueue(self, el: etree._Element, doc: _Document) -> _Document | None:
        sim = self._session.sim
        name = (el.text or "").strip() or (el.get("workflowSid") or "")
        self.enqueued.append(name)
        self._line(f"  puts the caller in queue {name}: {sim.queue_result}")
        if el.get("waitUrl"):
            self.unsimulated.append("waitUrl")
            self._note("the queue's waitUrl (hold music) is not fetched")
        params = {"QueueResult": sim.queue_result, "QueueSid": _sid("QU", name), "QueueTime": "0"}
        return self._follow(el, doc, params, ["QueueResult"])

    def _do_leave(self, el: etree._Element, doc: _Document) -> None:
        self._line("  <Leave>: the caller is in no queue, so nothing happens")

    def _do_sms(self, el: etree._Element, doc: _Document) -> _Document | None:
        params = self._session.params
        message = SentMessage(
            to=el.get("to") or params["From"],
            from_=el.get("from") or params["To"],
            body=(el.text or "").strip(),
        )
        self.messages.append(message)
        self._line(f'  texts {message.to}: "{message.body}"')
        extra = {"SmsSid": _sid("SM", self.sid, len(self.messages)), "SmsStatus": "sent"}
        return self._follow(el, doc, extra, ["SmsStatus"])

    def _background(self, el: etree._Element, doc: _Document) -> None:
        tag = str(el.tag)
        kinds = ", ".join(f"<{child.tag!s}>" for child in el) or "nothing"
        self.unsimulated.append(f"<{tag}>")
        self._line(f"  <{tag}> {kinds}: runs in the background, not simulated")

    _do_start = _background
    _do_stop = _background


class MessageExchange(_Conversation):
    """One inbound text message and the app's replies."""

    def __init__(self, sim: CallSimulator, params: dict[str, str]) -> None:
        super().__init__(sim, params)
        self.replies: list[SentMessage] = []

    def _start(self, body: str) -> None:
        session = self._session
        session.lines.append(f'texter sends "{body}"')
        url = session.sim.sms_url
        root = session.fetch(url, "POST", {}, grammar="messaging", shown=["From", "Body"])
        while root is not None:
            follow: tuple[str, str | None, dict[str, str], list[str]] | None = None
            for el in root:
                if el.tag == "Message":
                    message = self._message(el)
                    if el.get("action"):
                        extra = {"MessageStatus": "sent", "MessageSid": _sid("SM", message)}
                        follow = (_resolve(url, el.get("action")), el.get("method"), extra, [])
                        break
                elif el.tag == "Redirect":
                    follow = (_resolve(url, el.text), el.get("method"), {}, [])
                    session.lines.append(f"  redirects to {session.show_url(follow[0])}")
                    break
            if follow is None:
                break
            url, method, extra, shown = follow
            root = session.fetch(url, method or "POST", extra, grammar="messaging", shown=shown)
        count = len(self.replies)
        session.lines.append(f"= {count} repl{'y' if count == 1 else 'ies'}")

    def _message(self, el: etree._Element) -> SentMessage:
        params = self._session.params
        body_el = el.find("Body")
        body = (body_el.text if body_el is not None else el.text) or ""
        media = tuple((m.text or "").strip() for m in el.findall("Media"))
        message = SentMessage(
            to=el.get("to") or params["From"],
            from_=el.get("from") or params["To"],
            body=" ".join(body.split()),
            media=media,
        )
        self.replies.append(message)
        line = f'  replies to {message.to}: "{message.body}"'
        if media:
            line += f" with media {', '.join(media)}"
        self._session.lines.append(line)
        return message


class CallSimulator:
    """Plays Twilio's part against your app, so a whole call flow runs in a unit test.

    `app` is a WSGI app (Flask), an ASGI app (Quart), or None to send real HTTP requests
    to `url`. Every request is signed with `auth_token` as Twilio signs it. ASGI apps run
    on one background event loop, so async tests can use the simulator too; lifespan
    events (Quart's `before_serving`) are not sent.

    `dial_status` is what `<Dial>` reports (completed, busy, no-answer, failed, canceled),
    with `dial_outcomes` setting it per number; `queue_result` is what `<Enqueue>` reports.
    `max_requests` bounds the requests made between two actions of the caller.
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
        sms_url: str | None = None,
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
        self.app = app
        self.url = url
        self.sms_url = _resolve(url, sms_url) if sms_url else url
        self.auth_token = auth_token
        self.from_ = from_
        self.to = to
        self.account_sid = account_sid or _sid("AC", "twiml-dsl simulator")
        self.method = method
        self.dial_status = dial_status
        self.dial_outcomes = dict(dial_outcomes or {})
        self.dial_duration = dial_duration
        self.queue_result = queue_result
        self.max_requests = max_requests
        self._count = 0
        if app is None:
            self._send = _http_sender(timeout)
        elif _is_asgi(app):
            self._send = _asgi_sender(app)
        else:
            self._send = _wsgi_sender(app)

    def __repr__(self) -> str:
        return f"<CallSimulator {self.url}>"

    def dial(self, *, from_: str | None = None, to: str | None = None) -> Call:
        """Place a call to the app and run its TwiML until the caller has to act."""
        self._count += 1
        caller, called = from_ or self.from_, to or self.to
        params = {
            "AccountSid": self.account_sid,
            "ApiVersion": API_VERSION,
            "CallSid": _sid("CA", self.account_sid, caller, self._count),
            "CallStatus": "ringing",
            "Called": called,
            "Caller": caller,
            "Direction": "inbound",
            "From": caller,
            "To": called,
        }
        call = Call(self, params)
        return _started(call, call._start)

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
        sid = _sid("SM", self.account_sid, params["From"], self._count)
        params.update(MessageSid=sid, SmsMessageSid=sid, SmsSid=sid)
        exchange = MessageExchange(self, params)
        return _started(exchange, lambda: exchange._start(body))
