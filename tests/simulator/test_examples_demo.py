"""`make demo` runs the example IVR for scripted callers and prints what happened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_prints_a_transcript_for_each_caller():
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("== Caller") == 5
    assert "caller presses 1\n> POST /menu  Digits=1\n" in out
    assert "dials +15559870000: busy" in out
    assert "> POST /voicemail  RecordingDuration=12  Digits=#" in out
    assert 'replies to +15551230002: "Acme: confirmed' in out
    assert "5 scripted callers, 13 signed webhook requests" in out
    assert result.stderr == ""


def test_demo_ends_with_the_example_apps_flow_map():
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    tail = result.stdout.split("== Every branch of the phone tree (twiml-dsl explore)\n", 1)[1]
    assert tail.startswith("incoming call\n  call -> POST /voice: ")
    assert ", 0 problems, " in tail
    assert tail.rstrip().endswith(" ms.")
