"""The simulator test shown in the README runs as written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_block(marker: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)
    return next(block for block in blocks if marker in block)


def test_readme_simulator_example_runs(twiml_snapshot):
    namespace: dict[str, object] = {}
    exec(_readme_block("CallSimulator"), namespace)
    test = namespace["test_busy_sales_goes_to_voicemail"]
    assert callable(test)
    test(twiml_snapshot)
