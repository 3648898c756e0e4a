"""Flow coverage: which edges of an app's flow map the test suite's simulated calls take.

While the tests run, every step of every simulated call or text is recorded. At the end,
the app is explored once and each edge of its map counts as covered when some test call
made the same move: from the same state (same URL, same TwiML) to the same next state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._flowmap import FlowMap, describe
from ._session import Step, listeners

__all__ = ["FlowCoverage", "coverage_report"]


@dataclass
class FlowCoverage:
    """Records the moves simulated calls make while it is started."""

    taken: set[tuple[str, str]] = field(default_factory=set)

    def start(self) -> None:
        listeners.append(self._record)

    def stop(self) -> None:
        if self._record in listeners:
            listeners.remove(self._record)

    def _record(self, step: Step) -> None:
        self.taken.add((step.source, step.target))

    def __enter__(self) -> FlowCoverage:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def percent(flow: FlowMap, taken: set[tuple[str, str]]) -> tuple[int, int, float]:
    """Covered edges, all edges, and the share covered in percent."""
    edges = flow.edge_keys()
    hit = len(edges & taken)
    return hit, len(edges), 100.0 * hit / len(edges) if edges else 100.0


def coverage_report(flow: FlowMap, taken: set[tuple[str, str]], name: str = "IVR") -> str:
    """`IVR flow coverage: 14/17 branches (82%)`, then each uncovered branch as its path."""
    hit, total, share = percent(flow, taken)
    lines = [f"{name} flow coverage: {hit}/{total} branches ({share:.0f}%)"]
    for edge in flow.edges:
        if (edge.source, edge.target) in taken:
            continue
        target = describe(flow.states[edge.target], 60)
        how = ", ".join(edge.path) if edge.path else "the call itself"
        lines.append(f"  not covered: {how} -> {target}")
    return "\n".join(lines)
