"""A call flow as a graph: states (TwiML documents at URLs), the choices between them, and
the problems found; written as an indented text tree, Mermaid or Graphviz DOT."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["FlowEdge", "FlowMap", "FlowState", "Problem"]

StateKind = Literal["start", "twiml", "end", "problem"]


@dataclass(frozen=True)
class Problem:
    """Something Twilio would refuse or the simulator cannot play, and the shortest way there.

    `kind` is one of: `http-status`, `not-routed` (404/405 at an action URL),
    `signature-refused` (403), `content-type`, `not-twiml`, `invalid-twiml`, `redirect-loop`,
    `unsupported-verb`, `app-error` (the app raised or did not answer), `limit`.
    """

    kind: str
    message: str
    url: str | None
    path: tuple[str, ...]
    status_code: int | None = None

    def __str__(self) -> str:
        how = ", ".join(self.path) if self.path else "at once"
        return f"{self.message} ({how})"


@dataclass(frozen=True)
class FlowState:
    """One state of the flow: a TwiML document at a URL, the start, an end or a problem."""

    id: str
    kind: StateKind
    title: str
    """What the caller hears there, or what happened, in a line."""
    method: str = ""
    url: str = ""
    twiml: str = ""
    """The document, pretty printed."""
    request: Mapping[str, str] = field(default_factory=dict)
    """The parameters of the first request that fetched it."""
    path: tuple[str, ...] = ()
    """The shortest list of choices that reaches it."""


@dataclass(frozen=True)
class FlowEdge:
    """A move between two states, with every choice that makes it (merged)."""

    source: str
    target: str
    choices: tuple[str, ...]
    path: tuple[str, ...] = ()
    """The shortest list of choices that takes this edge."""

    @property
    def label(self) -> str:
        """The choices, with runs of keys shortened: `2-6, 8, 9, #, timeout`."""
        return merge_labels(self.choices)


@dataclass
class FlowMap:
    """Every branch of a phone app: its states, the edges between them and its problems.

    `requests` counts the webhook requests the exploration made; `truncated` says which
    bound stopped it early (None when every branch was explored).
    """

    states: dict[str, FlowState]
    edges: list[FlowEdge]
    problems: list[Problem]
    requests: int = 0
    seconds: float = 0.0
    truncated: str | None = None

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def summary(self) -> str:
        """`21 states, 24 edges, 0 problems, 171 requests`."""
        problems = len(self.problems)
        return (
            f"{len(self.states)} states, {len(self.edges)} edges, "
            f"{problems} problem{'' if problems == 1 else 's'}, {self.requests} requests"
        )

    def edge_keys(self) -> set[tuple[str, str]]:
        return {(e.source, e.target) for e in self.edges}

    def to_text(self, covered: Iterable[tuple[str, str]] | None = None) -> str:
        """An indented tree from the start; states already shown are referred to, not repeated."""
        return _text(self, None if covered is None else set(covered))

    def to_mermaid(self) -> str:
        """A Mermaid `flowchart` of the map."""
        return _mermaid(self)

    def to_dot(self, covered: Iterable[tuple[str, str]] | None = None) -> str:
        """The map in Graphviz's DOT language; with `covered`, edges are coloured by it."""
        return _dot(self, None if covered is None else set(covered))

    def to_html(self, covered: Iterable[tuple[str, str]] | None = None) -> str:
        """One self-contained HTML page: the map laid out by Graphviz, each state clickable.

        Needs the `graphviz` Python package and Graphviz's `dot` program.
        """
        from ._html import html

        return html(self, None if covered is None else set(covered))


_KEY_ORDER = "0123456789*#"


def merge_labels(choices: Iterable[str]) -> str:
    """Single keys in keypad order with runs joined (`2-6`), then every other choice."""
    unique = list(dict.fromkeys(choices))
    keys = sorted((c for c in unique if len(c) == 1 and c in _KEY_ORDER), key=_KEY_ORDER.index)
    others = [c for c in unique if c not in keys]
    parts: list[str] = []
    run: list[str] = []
    digits = [k for k in keys if k.isdigit()]
    for key in digits:
        if run and int(key) == int(run[-1]) + 1:
            run.append(key)
            continue
        if run:
            parts.append(_run(run))
        run = [key]
    if run:
        parts.append(_run(run))
    parts += [k for k in keys if not k.isdigit()]
    return ", ".join(parts + others)


def _run(run: list[str]) -> str:
    if len(run) > 2:
        return f"{run[0]}-{run[-1]}"
    return ", ".join(run)


def _children(flow: FlowMap) -> dict[str, list[FlowEdge]]:
    out: dict[str, list[FlowEdge]] = {}
    for edge in flow.edges:
        out.setdefault(edge.source, []).append(edge)
    return out


def _describe(state: FlowState) -> str:
    if state.kind == "twiml":
        return f"{state.method} {_short_url(state.url)}: {state.title}"
    if state.kind == "problem":
        return f"PROBLEM: {state.title}"
    return state.title


def describe(state: FlowState, limit: int) -> str:
    """A state in a line of at most `limit` characters: `POST /menu: "Sales." <Dial>`."""
    return _quoted(_describe(state), limit)


def _short_url(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url) or "/"


def _text(flow: FlowMap, covered: set[tuple[str, str]] | None) -> str:
    children = _children(flow)
    lines: list[str] = []
    shown: set[str] = set()

    def walk(state_id: str, depth: int) -> None:
        for edge in children.get(state_id, []):
            target = flow.states[edge.target]
            mark = ""
            if covered is not None:
                mark = "[x] " if (edge.source, edge.target) in covered else "[ ] "
            lead = "  " * depth + mark + f"{edge.label} -> "
            if edge.target in shown:
                lines.append(lead + f"(again) {_quoted(_describe(target), 72)}")
                continue
            shown.add(edge.target)
            lines.append(lead + _quoted(_describe(target), 100))
            walk(edge.target, depth + 1)

    starts = [s for s in flow.states.values() if s.kind == "start"]
    for start in starts:
        shown.add(start.id)
        lines.append(start.title)
        walk(start.id, 1)
    lines.append(flow.summary())
    for problem in flow.problems:
        lines.append(f"problem: {problem}")
    if flow.truncated:
        lines.append(f"stopped early: {flow.truncated}")
    return "\n".join(lines) + "\n"


def _quoted(text: str, limit: int = 60) -> str:
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _mermaid_text(text: str) -> str:
    return '"' + _quoted(text).replace('"', "#quot;") + '"'


def _mermaid(flow: FlowMap) -> str:
    ids = {sid: f"s{n}" for n, sid in enumerate(flow.states)}
    lines = ["flowchart TD"]
    for sid, state in flow.states.items():
        text = _mermaid_text(_describe(state))
        shape = {
            "start": f"(({text}))",
            "end": f"([{text}])",
            "problem": "{{" + text + "}}",
        }.get(state.kind, f"[{text}]")
        lines.append(f"    {ids[sid]}{shape}")
    for edge in flow.edges:
        lines.append(f"    {ids[edge.source]} -->|{_mermaid_text(edge.label)}| {ids[edge.target]}")
    problems = [ids[s.id] for s in flow.states.values() if s.kind == "problem"]
    if problems:
        lines.append("    classDef problem fill:#fdd,stroke:#c00,stroke-width:2px")
        lines.append(f"    class {','.join(problems)} problem")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _dot_label(state: FlowState) -> str:
    """A node's label: the request on one line, then what the caller hears, wrapped."""
    lines = textwrap.wrap(state.title, 38, max_lines=4, placeholder=" …")
    if state.kind == "twiml":
        lines.insert(0, f"{state.method} {_short_url(state.url)}")
    elif state.kind == "problem":
        lines.insert(0, "PROBLEM")
    return "\n".join(lines)


COVERED, UNCOVERED = "#1a7f37", "#cf222e"


def _dot(flow: FlowMap, covered: set[tuple[str, str]] | None) -> str:
    lines = [
        "digraph flow {",
        '  graph [rankdir=TB, fontname="Helvetica"];',
        '  node [shape=box, style="rounded,filled", fillcolor="#f6f8fa", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
    ]
    for sid, state in flow.states.items():
        attrs = [f"label={_dot_text(_dot_label(state))}", f'id="state-{sid}"']
        if state.kind == "start":
            attrs += ["shape=oval", 'fillcolor="#ddf4ff"']
        elif state.kind == "end":
            attrs += ["shape=oval", 'fillcolor="#eeeeee"']
        elif state.kind == "problem":
            attrs += ['fillcolor="#ffebe9"', 'color="#cf222e"', "penwidth=3"]
        lines.append(f'  "{sid}" [{", ".join(attrs)}];')
    for n, edge in enumerate(flow.edges):
        attrs = [f"label={_dot_text(edge.label)}", f'id="edge-{n}"']
        if covered is not None:
            hit = (edge.source, edge.target) in covered
            colour = COVERED if hit else UNCOVERED
            attrs += [f'color="{colour}"', f'fontcolor="{colour}"']
            attrs.append("penwidth=2" if hit else 'style="dashed"')
        lines.append(f'  "{edge.source}" -> "{edge.target}" [{", ".join(attrs)}];')
    lines.append("}")
    return "\n".join(lines) + "\n"
