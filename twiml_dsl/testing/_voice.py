"""A simulated phone call: the caller's actions, and one handler per verb in an explicit table.

The call runs the TwiML it fetches the way Twilio does and stops whenever the caller has to
act (a `<Gather>` or a `<Record>` waits). Every document fetched moves the call to a new
*state*; the moves are kept as steps, which `explore()` and flow coverage read.
"""

from __future__ import annotations

import copy
import dataclasses
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import httpx
from lxml import etree

from ._errors import CallStateError, UnsupportedTwiMLError
from ._session import API_VERSION, Conversation, SentMessage, resolve, sid, state_key
from ._values import attr, inputs, number, spoken, true, whole
from ._values import seconds as show_seconds

if TYPE_CHECKING:
    from ._simulator import CallSimulator

__all__ = ["Call"]

_KEYS = frozenset("0123456789*#")
#: Verbs that hand the call to something the simulator cannot stand in for.
_UNSUPPORTED = {
    "Echo": "an echo test needs real audio",
    "Pay": "card payments need Twilio's payment connectors",
    "Connect": "a <Connect> stream, room or agent needs a live media connection",
    "Refer": "a SIP REFER needs a SIP endpoint",
}

Chooser = Callable[[str, etree._Element, Sequence[str]], str]
"""Decides what the network does at a verb: `(kind, element, options) -> option`."""


@dataclass
class _Document:
    url: str
    key: str
    verbs: list[etree._Element]
    index: int = 0


@dataclass
class _Wait:
    kind: Literal["gather", "record"]
    el: etree._Element
    doc: _Document


Handler = Callable[["Call", etree._Element, _Document], "_Document | None"]
"""Plays one verb; returns the next document when the verb fetched one."""


class Call(Conversation):
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
        self._chooser: Chooser | None = None

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

    def press(self, keys: str | int) -> Call:
        """Press keys on the phone to answer the waiting `<Gather>`; returns the call.

        `keys` is a string of 0-9, `*` and `#` (`"1"`, `"42#"`); a whole number 0 or more is
        taken as its digits.
        """
        if isinstance(keys, int) and not isinstance(keys, bool) and keys >= 0:
            keys = str(keys)
        if not isinstance(keys, str):
            raise CallStateError(
                f"press() takes keys as a string of 0-9, * and # (such as '1' or '42#'), "
                f"got {keys!r}"
            )
        bad = sorted(set(keys) - _KEYS)
        if not keys or bad:
            raise CallStateError(f"press() takes keys from 0-9, * and #, got {keys!r}")
        wait = self._gather_taking(
            "dtmf", f"press {keys!r}", "pressed keys are ignored; use say_words()"
        )
        self._act(f"caller presses {keys}")
        finish = attr(wait.el, "finishOnKey") or ""
        limit = whole(wait.el, "numDigits", wait.doc.url)
        digits = ""
        rest = ""
        for position, key in enumerate(keys):
            if finish and key == finish:
                rest = keys[position + 1 :]
                break
            digits += key
            if limit and len(digits) >= limit:
                rest = keys[position + 1 :]
                break
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
        if kind not in inputs(wait.el):
            shown = attr(wait.el, "input")
            raise CallStateError(
                f"the waiting <Gather> takes input={shown!r}, so {otherwise}", url=wait.doc.url
            )
        return wait

    def silence(self) -> Call:
        """Do nothing until the waiting `<Gather>` or `<Record>` times out."""
        wait = self._need(None, "stay silent")
        timeout = number(wait.el, "timeout")
        self._act(f"caller stays silent ({show_seconds(timeout)} timeout)")
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
        allowed = attr(wait.el, "finishOnKey") or ""
        if finish_key not in {None, "hangup"} and (not finish_key or finish_key not in allowed):
            raise CallStateError(
                f"{finish_key!r} does not end this <Record> (finishOnKey={allowed!r})",
                url=wait.doc.url,
            )
        endings = {None: ", then falls silent", "hangup": ", then hangs up"}
        self._act(
            f"caller speaks for {show_seconds(seconds)}"
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
            resolve(wait.doc.url, wait.el.get("action")),
            attr(wait.el, "method"),
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
        doc = self._fetch_doc(sim.url, sim.method, {}, ["From", "To", "CallStatus"], "call")
        self._session.params["CallStatus"] = "in-progress"
        self._resume(doc)

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
        self._move(f"end:{self._at}:{reason}", "then")

    def _gather_empty(self, wait: _Wait) -> None:
        if true(wait.el, "actionOnEmptyResult"):
            self._answer(wait, {}, [])
        else:
            self._line("  no input: Twilio goes on to the verb after <Gather>")
            self._resume(wait.doc)

    def _answer(self, wait: _Wait, params: dict[str, str], shown: list[str]) -> None:
        url = resolve(wait.doc.url, wait.el.get("action"))
        self._resume(self._fetch_doc(url, attr(wait.el, "method"), params, shown))

    def _recording(self, wait: _Wait, spoken_for: float) -> dict[str, str]:
        limit = whole(wait.el, "maxLength", wait.doc.url)
        duration = int(min(spoken_for, limit))
        params = self._session.params
        recording = sid("RE", params["CallSid"], len(self._session.requests))
        if true(wait.el, "transcribe") or wait.el.get("transcribeCallback"):
            self.unsimulated.append("transcription")
            self._note("transcription is not simulated")
        return {
            "RecordingUrl": (
                f"https://api.twilio.com/{API_VERSION}/Accounts/{params['AccountSid']}"
                f"/Recordings/{recording}"
            ),
            "RecordingSid": recording,
            "RecordingDuration": str(duration),
        }

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
        handler = VERBS.get(tag)
        if handler is None:
            reason = _UNSUPPORTED.get(tag, "the simulator does not know it")
            raise UnsupportedTwiMLError(
                f"cannot simulate <{tag}> (line {el.sourceline}): {reason}", url=doc.url
            )
        return handler(self, el, doc)

    def _fetch_doc(
        self,
        url: str,
        method: str | None,
        params: dict[str, str],
        shown: list[str],
        cause: str = "",
    ) -> _Document:
        session = self._session
        self._pending = cause
        root = session.fetch(url, method, params, grammar="voice", shown=shown)
        verb = (method or "POST").upper()
        key = state_key(verb, url, root)
        self._move(key, cause, root)
        verbs = [] if root is None else [el for el in root if isinstance(el.tag, str)]
        return _Document(url, key, verbs)

    def _follow(
        self,
        el: etree._Element,
        doc: _Document,
        params: dict[str, str],
        shown: list[str],
        cause: str,
    ) -> _Document | None:
        """The request Twilio makes to a verb's `action` when it ends; None without one."""
        action = el.get("action")
        if action is None:
            return None
        return self._fetch_doc(resolve(doc.url, action), attr(el, "method"), params, shown, cause)

    def _fork(self) -> Call:
        """An independent copy of this call, waiting where it waits: the same caller, who
        may now do something else. Its cookies, script and history are its own."""
        twin = copy.copy(self)
        session = self._session
        twin._session = dataclasses.replace(
            session,
            params=dict(session.params),
            lines=list(session.lines),
            requests=list(session.requests),
            trail=list(session.trail),
            cookies=httpx.Cookies(session.cookies),
        )
        for name in ("_heard", "played", "dialed", "enqueued", "messages", "unsimulated", "steps"):
            setattr(twin, name, list(getattr(self, name)))
        wait = self._wait
        if wait is not None:
            twin._wait = _Wait(wait.kind, wait.el, dataclasses.replace(wait.doc))
        return twin

    def _choose(self, kind: str, el: etree._Element, options: Sequence[str], default: str) -> str:
        """What the network does at `el`: the simulator's setting, or the explorer's pick."""
        if self._chooser is None or el.get("action") is None:
            return default
        return self._chooser(kind, el, options)


def _say(call: Call, el: etree._Element, doc: _Document) -> None:
    text = spoken(el)
    loop = whole(el, "loop", doc.url)
    for _ in range(max(loop, 1)):
        call._heard.append((call._inputs, text))
    times = f" (x{loop})" if loop > 1 else " (repeats until the caller acts)" if loop == 0 else ""
    call._line(f'  says "{text}"{times}')


def _play(call: Call, el: etree._Element, doc: _Document) -> None:
    whole(el, "loop", doc.url)
    digits = el.get("digits")
    if digits:
        call.played.append(f"digits:{digits}")
        call._line(f"  plays digits {digits}")
        return
    url = resolve(doc.url, el.text)
    call.played.append(url)
    call._line(f"  plays {call._session.show_url(url)}")


def _pause(call: Call, el: etree._Element, doc: _Document) -> None:
    call._line(f"  pauses {show_seconds(whole(el, 'length', doc.url))}")


def _gather(call: Call, el: etree._Element, doc: _Document) -> None:
    for child in el:
        call._verb(child, doc)
    details = [" and ".join(inputs(el))]
    count = whole(el, "numDigits", doc.url)
    if count:
        details.append(f"{count} digit" + ("" if count == 1 else "s"))
    details.append(f"timeout {show_seconds(whole(el, 'timeout', doc.url))}")
    call._line(f"  waits for input: {', '.join(details)}")
    call._wait = _Wait("gather", el, doc)


def _record(call: Call, el: etree._Element, doc: _Document) -> None:
    beep = ", beep" if true(el, "playBeep") else ""
    limit = show_seconds(whole(el, "maxLength", doc.url))
    call._line(f"  records a message (max {limit}{beep})")
    call._wait = _Wait("record", el, doc)


DIAL_OUTCOMES = ("completed", "busy", "no-answer", "failed")
QUEUE_RESULTS = ("bridged", "queue-full", "leave", "hangup", "error", "system-error")


def _dial(call: Call, el: etree._Element, doc: _Document) -> _Document | None:
    sim = call._session.sim
    targets = _targets(el)
    if not targets:
        raise UnsupportedTwiMLError(
            f"<Dial> on line {el.sourceline} names nobody to call", url=doc.url
        )
    call.dialed.extend(targets)
    statuses = [sim.dial_outcomes.get(t, sim.dial_status) for t in targets]
    status = "completed" if "completed" in statuses else statuses[0]
    status = call._choose("dial", el, DIAL_OUTCOMES, status)
    duration = sim.dial_duration if status in {"completed", "answered"} else 0
    call._line(f"  dials {', '.join(targets)}: {status}")
    params = {
        "DialCallStatus": status,
        "DialCallSid": sid("CA", call.sid, "dial", len(call.dialed)),
        "DialCallDuration": str(duration),
    }
    return call._follow(el, doc, params, ["DialCallStatus"], f"dial {status}")


_PREFIXES = {
    "Client": "client:",
    "Conference": "conference:",
    "Queue": "queue:",
    "Sim": "sim:",
    "Application": "application:",
    "WhatsApp": "whatsapp:",
}


def _targets(el: etree._Element) -> list[str]:
    targets: list[str] = []
    if el.text and el.text.strip():
        targets.append(el.text.strip())
    for noun in el:
        tag = str(noun.tag)
        text = (noun.text or "").strip()
        if tag == "Client":
            identity = noun.find("Identity")
            text = (identity.text or "").strip() if identity is not None else text
        elif tag == "Application":
            app_sid = noun.find("ApplicationSid")
            text = (app_sid.text or "").strip() if app_sid is not None else text
        elif tag == "Sip" and not text:
            uri = noun.find("Uri")
            text = (uri.text or "").strip() if uri is not None else ""
        targets.append(_PREFIXES.get(tag, "") + text)
    return targets


def _hangup(call: Call, el: etree._Element, doc: _Document) -> None:
    call._line("  hangs up")
    call._end("completed", "the app hung up")


def _reject(call: Call, el: etree._Element, doc: _Document) -> None:
    reason = attr(el, "reason") or "rejected"
    call._line(f"  rejects the call ({reason})")
    call._end("busy" if reason == "busy" else "no-answer", f"rejected ({reason})")


def _redirect(call: Call, el: etree._Element, doc: _Document) -> _Document:
    url = resolve(doc.url, el.text)
    call._line(f"  redirects to {call._session.show_url(url)}")
    return call._fetch_doc(url, attr(el, "method"), {}, [], "redirect")


def _enqueue(call: Call, el: etree._Element, doc: _Document) -> _Document | None:
    sim = call._session.sim
    name = (el.text or "").strip() or (el.get("workflowSid") or "")
    call.enqueued.append(name)
    result = call._choose("enqueue", el, QUEUE_RESULTS, sim.queue_result)
    call._line(f"  puts the caller in queue {name}: {result}")
    if el.get("waitUrl"):
        call.unsimulated.append("waitUrl")
        call._note("the queue's waitUrl (hold music) is not fetched")
    params = {"QueueResult": result, "QueueSid": sid("QU", name), "QueueTime": "0"}
    return call._follow(el, doc, params, ["QueueResult"], f"queue {result}")


def _leave(call: Call, el: etree._Element, doc: _Document) -> None:
    call._line("  <Leave>: the caller is in no queue, so nothing happens")


def _sms(call: Call, el: etree._Element, doc: _Document) -> _Document | None:
    params = call._session.params
    message = SentMessage(
        to=el.get("to") or params["From"],
        from_=el.get("from") or params["To"],
        body=(el.text or "").strip(),
    )
    call.messages.append(message)
    call._line(f'  texts {message.to}: "{message.body}"')
    extra = {"SmsSid": sid("SM", call.sid, len(call.messages)), "SmsStatus": "sent"}
    return call._follow(el, doc, extra, ["SmsStatus"], "text sent")


def _background(call: Call, el: etree._Element, doc: _Document) -> None:
    tag = str(el.tag)
    kinds = ", ".join(f"<{child.tag!s}>" for child in el) or "nothing"
    call.unsimulated.append(f"<{tag}>")
    call._line(f"  <{tag}> {kinds}: runs in the background, not simulated")


VERBS: dict[str, Handler] = {
    "Say": _say,
    "Play": _play,
    "Pause": _pause,
    "Gather": _gather,
    "Record": _record,
    "Dial": _dial,
    "Hangup": _hangup,
    "Reject": _reject,
    "Redirect": _redirect,
    "Enqueue": _enqueue,
    "Leave": _leave,
    "Sms": _sms,
    "Start": _background,
    "Stop": _background,
}
"""The verbs the simulator plays, each with its handler; any other verb is refused."""
