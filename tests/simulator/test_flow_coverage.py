"""Flow coverage in pytest: `--twiml-flow` and its options, run in a real pytest process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "demo-token-0123456789abcdef01234"
FLOW = f'--twiml-flow=examples.ivr_flask:create_app("{TOKEN}")'
SMALL_APP = """
from flask import Flask
from twiml_dsl import VoiceResponse
from twiml_dsl.flask import twilio_webhook

def create_app(token):
    app = Flask(__name__)
    app.config["TWILIO_AUTH_TOKEN"] = token

    @app.post("/voice")
    @twilio_webhook
    def voice():
        r = VoiceResponse()
        with r.gather(action="/menu", num_digits=1):
            r.say("Press 1.")
        return r

    @app.post("/menu")
    @twilio_webhook
    def menu():
        r = VoiceResponse()
        r.say("Bye.")
        return r

    return app
"""
SMALL_TEST = f"""
from small_app import create_app
from twiml_dsl.testing import CallSimulator

def test_pressing_1():
    app = create_app("{TOKEN}")
    sim = CallSimulator(app, url="https://example.com/voice", auth_token="{TOKEN}")
    assert sim.dial().press("1").ended
"""


def pytest_run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def test_the_example_apps_tests_drive_every_branch(tmp_path: Path):
    html = tmp_path / "flow.html"
    result = pytest_run(
        "tests/simulator/test_examples_ivr.py",
        FLOW,
        "--twiml-flow-url=/voice",
        "--twiml-flow-fail-under=100",
        f"--twiml-flow-html={html}",
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    [line] = [ln for ln in result.stdout.splitlines() if ln.startswith("IVR flow coverage:")]
    hit, _, total = line.split()[3].partition("/")
    assert hit == total and line.endswith("branches (100%)")
    assert "not covered" not in result.stdout
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_uncovered_branches_are_listed_and_fail_under_fails_the_run(tmp_path: Path):
    (tmp_path / "small_app.py").write_text(SMALL_APP)
    (tmp_path / "test_small.py").write_text(SMALL_TEST)
    result = pytest_run(
        f'--twiml-flow=small_app:create_app("{TOKEN}")', "--twiml-flow-fail-under=90", cwd=tmp_path
    )
    out = result.stdout
    assert "1 passed" in out
    assert "IVR flow coverage: 3/5 branches (60%)" in out
    assert "  not covered: press # -> ends: no more TwiML" in out
    assert "  not covered: hang up -> ends: caller hung up" in out
    assert "FAIL: flow coverage 60% is below --twiml-flow-fail-under=90" in out
    assert result.returncode == 1


def test_without_the_option_nothing_is_measured(tmp_path: Path):
    (tmp_path / "small_app.py").write_text(SMALL_APP)
    (tmp_path / "test_small.py").write_text(SMALL_TEST)
    result = pytest_run(cwd=tmp_path)
    assert result.returncode == 0
    assert "flow coverage" not in result.stdout
