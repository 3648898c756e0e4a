"""Import time of our packages against the official package's, from `python -X importtime`.

Each import runs in a fresh interpreter, several times; the best run counts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PAIRS = [
    ("rest", "twilio.rest", "import rest vs twilio.rest"),
]  # bench_twiml reports twiml_dsl beside twilio.twiml.voice_response


def import_ms(module: str) -> float:
    """Cumulative import time of `module` in a fresh interpreter, in milliseconds."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in proc.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package"
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == module:
            return int(parts[1].strip()) / 1000
    raise RuntimeError(f"no import time reported for {module}")


def best_of(ours: str, official: str, runs: int = 7) -> tuple[float, float]:
    """Best of `runs`, alternating the two so that machine load hits both alike."""
    a, b = float("inf"), float("inf")
    for _ in range(runs):
        a = min(a, import_ms(ours))
        b = min(b, import_ms(official))
    return a, b


def _compile_ours() -> None:
    """Write our bytecode first, as `pip install` does for the official package.

    Without it an editable install under PYTHONDONTWRITEBYTECODE compiles on every import.
    """
    root = Path(__file__).resolve().parents[1]
    for package in ("twiml_dsl", "rest"):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / package)], check=True)


def run() -> list[dict[str, object]]:
    _compile_ours()
    rows: list[dict[str, object]] = []
    for ours, official, name in PAIRS:
        ours_ms, official_ms = best_of(ours, official)
        rows.append(
            {
                "name": name,
                "unit": "ms",
                "ours": ours_ms,
                "official": official_ms,
                "ratio": official_ms / ours_ms,
                "target": "lower is better (ratio = official/ours)",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
