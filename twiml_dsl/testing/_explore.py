"""`explore()`: drive every branch of a phone app and map it.

At each point where the caller or the network decides (a waiting `<Gather>` or `<Record>`,
a `<Dial>` or `<Enqueue>` with an `action`), every choice is tried, each on its own copy of
the call (or a replay from the start), so the app sees a real caller on that path: its own
cookies, its own parameters. Points are explored breadth first, each once, so a problem is
reported with the shortest path that reaches it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree

from ._errors import RedirectLoopError, SimulatorError, UnsupportedTwiMLError, WebhookResponseError
from ._flowmap import FlowEdge, FlowMap, FlowState, Problem
from ._session import SMS_START, START, Conversation, Step, state_key
from ._simulator import CallSimulator
from ._values import attr, inputs, spoken, whole
from ._voice import Call, _Wait

__all__ = ["explore"]

_UNMATCHED = "something else"


@dataclass(frozen=True)
class Choice:
    """One thing the caller or the network can do at a decision point."""

    kind: str  # press, say, silence, record, hangup, dial, enqueue
    value: str
    label: str

    @property
    def step(self) -> str:
        """How the choice reads in a path: `press 1`, `say "sales"`, `dial: busy`."""
        if self.kind == "press":
            return f"press {self.value}"
        if self.kind == "say":
            return f'say "{self.value}"'
        if self.kind in {"dial", "enqueue"}:
            return f"{self.kind}: {self.value}"
        return {"silence": "stay silent", "record": "leave a message", "hangup": "hang up"}.get(
            self.kind, self.label
        )


@dataclass
class _Last:
    """The latest choice made on a path, and how many steps the call had made before it."""

    choice: Choice
    mark: int


class _Fork(Exception):
    """The path ran out at a network decision: these are the options there."""

    def __init__(self, kind: str, options: Sequence[str]) -> None:
        self.kind = kind
        self.options = options


def _gather_choices(el: etree._Element, url: str) -> list[Choice]:
    choices: list[Choice] = []
    listens = inputs(el)
    if "dtmf" in listens:
        count = whole(el, "numDigits", url)
        finish = attr(el, "finishOnKey") or ""
        if count == 1:
            choices += [Choice("press", k, k) for k in "123456789*0#"]
        else:
            end = finish[:1]
            choices += [Choice("press", d + end, d + end) for d in "1234567890"]
            if 1 < count <= 16:
                choices.append(Choice("press", "1" * count, "1" * count))
            if end:
                choices.append(Choice("press", end, end))
    if "speech" in listens:
        hints = [h.strip() for h in (attr(el, "hints") or "").split(",") if h.strip()]
        choices += [Choice("say", h, f'"{h}"') for h in hints]
        choices.append(Choice("say", _UNMATCHED, f'"{_UNMATCHED}"'))
    choices.append(Choice("silence", "", "timeout"))
    choices.append(Choice("hangup", "", "hang up"))
    return choices


def _record_choices(el: etree._Element) -> list[Choice]:
    finish = (attr(el, "finishOnKey") or "")[:1]
    choices = [Choice("record", finish or "", f"message{' + ' + finish if finish else ''}")]
    choices.append(Choice("silence", "", "silence"))
    choices.append(Choice("hangup", "hangup", "hang up"))
    return choices


def _apply(call: Call, choice: Choice) -> None:
    if choice.kind == "press":
        call.press(choice.value)
    elif choice.kind == "say":
        call.say_words(choice.value)
    elif choice.kind == "silence":
        call.silence()
    elif choice.kind == "record":
        call.leave_message(5, finish_key=choice.value or None)
    elif call.waiting_for == "record":
        call.leave_message(5, finish_key="hangup")
    else:
        call.hang_up()


def _problem_kind(err: SimulatorError, first: bool) -> str:
    if isinstance(err, WebhookResponseError):
        status = err.status_code
        if status in {404, 405}:
            return "http-status" if first else "not-routed"
        if status == 403:
            return "signature-refused"
        if not 200 <= status < 300:
            return "http-status"
        if "content type" in err.message:
            return "content-type"
        if "not XML" in err.message:
            return "not-twiml"
        return "invalid-twiml"
    if isinstance(err, RedirectLoopError):
        return "redirect-loop"
    if isinstance(err, UnsupportedTwiMLError):
        return "unsupported-verb"
    if "outside" in err.message:
        return "limit"
    return "app-error"


def _hears(root: etree._Element | None) -> str:
    """What the caller hears in a document, in a line."""
    if root is None:
        return "(empty answer)"
    parts: list[str] = []
    for el in root.iter():
        tag = el.tag
        if tag == "Say":
            parts.append(f'"{spoken(el)}"')
        elif tag == "Play":
            parts.append(f"plays {el.get('digits') or (el.text or '').strip()}")
        elif tag == "Message":
            body = el.find("Body")
            words = (body.text if body is not None else el.text) or ""
            parts.append(f'replies "{" ".join(words.split())}"')
        elif tag in {"Gather", "Record", "Dial", "Hangup", "Redirect", "Enqueue", "Reject"}:
            parts.append(f"<{tag}>")
    text = " ".join(parts) or "(nothing said)"
    return text if len(text) <= 160 else text[:159] + "…"


class _Explorer:
    def __init__(self, sim: CallSimulator, max_states: int, max_depth: int, replay: bool) -> None:
        self.sim = sim
        self.replay = replay
        self.max_states = max_states
        self.max_depth = max_depth
        self.states: dict[str, FlowState] = {}
        self.edges: dict[tuple[str, str], tuple[list[str], tuple[str, ...]]] = {}
        self.problems: dict[str, Problem] = {}
        self.requests = 0
        self.seen: set[tuple[str, str]] = set()
        self.queue: deque[tuple[Call | None, tuple[Choice, ...]]] = deque()
        self.truncated: str | None = None

    def edge(self, source: str, target: str, label: str, path: tuple[Choice, ...]) -> None:
        labels, _ = self.edges.setdefault((source, target), ([], _steps(path)))
        if label not in labels:
            labels.append(label)

    def state(self, step: Step, path: tuple[Choice, ...]) -> None:
        if step.target in self.states:
            return
        if step.target.startswith("end:"):
            reason = step.target.rsplit(":", 1)[1]
            self.states[step.target] = FlowState(
                step.target, "end", f"ends: {reason}", path=_steps(path)
            )
            return
        exchange = step.exchange
        root = step.root
        twiml = "" if root is None else etree.tostring(root, pretty_print=True, encoding="unicode")
        self.states[step.target] = FlowState(
            step.target,
            "twiml",
            _hears(root),
            method=exchange.method if exchange else "",
            url=exchange.url if exchange else "",
            twiml=twiml,
            request=dict(exchange.params) if exchange else {},
            path=_steps(path),
        )

    def record(
        self, exchange: Conversation, mark: int, label: str, path: tuple[Choice, ...]
    ) -> None:
        for n, step in enumerate(exchange.steps[mark:]):
            self.state(step, path)
            self.edge(step.source, step.target, label if n == 0 else step.cause, path)

    def problem(
        self, err: SimulatorError, at: str, label: str, path: tuple[Choice, ...], first: bool
    ) -> None:
        kind = _problem_kind(err, first)
        key = "problem:" + state_key(kind, f"{err.url} {err.message}", None)
        status = getattr(err, "status_code", None)
        problem = Problem(kind, str(err), err.url, _steps(path), status)
        if key not in self.states:
            self.states[key] = FlowState(
                key,
                "problem",
                f"{kind}: {err.message}",
                url=err.url or "",
                path=problem.path,
            )
            self.problems[key] = problem
        self.edge(at, key, label, path)

    def run_call(self, parent: Call | None, path: tuple[Choice, ...]) -> None:
        """Take the last choice of `path`: from `parent`, a copy of the call waiting where
        it was made, or (None) by replaying the whole path with a new call."""
        if parent is None:
            call = self.sim._call()
            remaining = iter(path)
            before = 0
        else:
            call = parent._fork()
            remaining = iter(path[-1:])
            before = len(call._session.requests)
        last = _Last(Choice("call", "", "call"), len(call.steps))

        def chooser(kind: str, el: etree._Element, options: Sequence[str]) -> str:
            picked = next(remaining, None)
            if picked is None:
                raise _Fork(kind, options)
            last.choice, last.mark = picked, len(call.steps)
            return picked.value

        call._chooser = chooser
        point: tuple[str, list[Choice]] | None = None
        replay = False
        try:
            try:
                if parent is None:
                    call._start()
                for choice in remaining:
                    last.choice, last.mark = choice, len(call.steps)
                    _apply(call, choice)
            finally:
                self.requests += len(call._session.requests) - before
            wait = call._wait
            if wait is not None:
                point = (f"{call._at}@{wait.doc.index}", self.choices(wait))
        except _Fork as fork:
            options = [Choice(fork.kind, o, o) for o in fork.options]
            point = (f"{call._at}@{fork.kind}{len(call.steps)}", options)
            replay = True  # a decision inside a verb: each option replays the path
        except SimulatorError as err:
            label = last.choice.label if len(call.steps) == last.mark else call._pending
            self.record(call, last.mark, last.choice.label, path)
            self.problem(err, call._at, label, path, first=not call.steps)
            return
        self.record(call, last.mark, last.choice.label, path)
        if point is not None:
            self.expand(point, None if replay or self.replay else call, path)

    def choices(self, wait: _Wait) -> list[Choice]:
        if wait.kind == "gather":
            return _gather_choices(wait.el, wait.doc.url)
        return _record_choices(wait.el)

    def expand(
        self, point: tuple[str, list[Choice]], call: Call | None, path: tuple[Choice, ...]
    ) -> None:
        key, options = point
        here = (key, "")
        if here in self.seen:
            return
        if len(self.seen) >= self.max_states:
            self.truncated = (
                f"max_states={self.max_states} decision points explored; raise max_states "
                "to map the rest"
            )
            return
        if len(path) >= self.max_depth:
            self.truncated = (
                f"max_depth={self.max_depth} choices in a row; raise max_depth to go deeper"
            )
            return
        self.seen.add(here)
        for option in options:
            self.queue.append((call, (*path, option)))

    def run_text(self, body: str) -> None:
        exchange = None
        try:
            exchange = self.sim.send_sms(body)
        except SimulatorError as err:
            self.problem(err, SMS_START, f'text "{body}"', (), first=True)
            return
        finally:
            self.requests += len(exchange.requests) if exchange else 0
        self.record(exchange, 0, f'text "{body}"', ())


def _steps(path: tuple[Choice, ...]) -> tuple[str, ...]:
    return tuple(choice.step for choice in path)


def explore(
    app: Any,
    *,
    url: str,
    auth_token: str,
    sms_url: str | None = None,
    sms_bodies: Sequence[str] = ("hello",),
    max_states: int = 1000,
    max_depth: int = 30,
    from_: str = "+15551230000",
    to: str = "+15559990000",
    timeout: float = 10.0,
    replay: bool = False,
) -> FlowMap:
    """Try every choice at every point where the caller or the network decides; map the app.

    `app`, `url`, `auth_token` and `timeout` are as for `CallSimulator`. With `sms_url`, each
    of `sms_bodies` is also texted to the app. `max_states` bounds the decision points
    explored and `max_depth` the choices in one path; when either stops the exploration,
    `FlowMap.truncated` says which. Problems come back in `FlowMap.problems`, each with the
    shortest path that reaches it; nothing is raised for them.

    Where the caller decides, each choice continues a copy of the waiting call: its own
    cookies, the same `CallSid`. An app that keeps state per `CallSid` on its server would
    see the copies as one caller; `replay=True` replays every path from the start with a
    new call instead (more requests, same map). A decision inside a verb (`<Dial>`,
    `<Enqueue>`) is always replayed.
    """
    started = time.perf_counter()
    sim = CallSimulator(
        app,
        url=url,
        auth_token=auth_token,
        from_=from_,
        to=to,
        sms_url=sms_url or "/sms",
        timeout=timeout,
    )
    explorer = _Explorer(sim, max_states, max_depth, replay)
    explorer.states[START] = FlowState(START, "start", "incoming call")
    explorer.queue.append((None, ()))
    while explorer.queue:
        explorer.run_call(*explorer.queue.popleft())
    if sms_url is not None:
        explorer.states[SMS_START] = FlowState(SMS_START, "start", "incoming text")
        for body in sms_bodies:
            explorer.run_text(body)
    edges = [
        FlowEdge(source, target, tuple(labels), path)
        for (source, target), (labels, path) in explorer.edges.items()
    ]
    return FlowMap(
        states=explorer.states,
        edges=edges,
        problems=list(explorer.problems.values()),
        requests=explorer.requests,
        seconds=time.perf_counter() - started,
        truncated=explorer.truncated,
    )
