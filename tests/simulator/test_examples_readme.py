"""The README's first example prints what it shows in fresh processes, and the simulator
example of docs/testing.md passes with the real snapshot fixture. (Every documented example
also runs through Sybil; these add what Sybil cannot: hash seeds and the fixture.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _readme_block(marker: str, language: str = "python", page: str = "README.md") -> str:
    text = (ROOT / page).read_text()
    blocks = re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)
    return next(block for block in blocks if marker in block)


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_readme_first_example_prints_the_document_shown(hash_seed: str):
    # Run in a fresh process per hash seed: output must not depend on set or dict order.
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", _readme_block("response = VoiceResponse()")],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    shown = _readme_block("<Response>", language="xml")
    assert done.stdout == shown + "\n"  # print() adds a newline to to_xml()'s own


def test_readme_simulator_example_runs(twiml_snapshot):
    namespace: dict[str, object] = {}
    exec(_readme_block("CallSimulator", page="docs/testing.md"), namespace)
    test = namespace["test_busy_sales_goes_to_voicemail"]
    assert callable(test)
    test(twiml_snapshot)
