"""`twiml-dsl explore`, and factory calls with literal arguments for every command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "cli-test-token-0123456789abcdef0"
FLASK_EXAMPLE = f'examples.ivr_flask:create_app("{TOKEN}")'
FAULTY = """
from flask import Flask
from twiml_dsl import VoiceResponse
from twiml_dsl.flask import twilio_webhook

def create_app(token, broken_key="7"):
    app = Flask(__name__)
    app.config["TWILIO_AUTH_TOKEN"] = token

    @app.post("/voice")
    @twilio_webhook
    def voice():
        r = VoiceResponse()
        with r.gather(action="/menu", num_digits=1):
            r.say("Press a key.")
        return r

    @app.post("/menu")
    @twilio_webhook
    def menu():
        from flask import request
        if request.form["Digits"] == broken_key:
            raise RuntimeError("planted")
        r = VoiceResponse()
        if request.form["Digits"] == "3":
            with r.gather(action="/nowhere", num_digits=1):
                r.say("A sub-menu whose action goes nowhere.")
        r.hangup()
        return r

    return app
"""


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    return subprocess.run(
        [sys.executable, "-m", "twiml_dsl", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_explore_prints_the_example_apps_map_and_exits_0():
    result = run("explore", FLASK_EXAMPLE, "--url", "/voice", "--sms-url", "/sms")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "incoming call"
    assert any(line.startswith('    1, "sales" -> POST /menu:') for line in lines)
    assert "incoming text" in lines
    assert ", 0 problems, " in result.stdout


def test_explore_finds_a_planted_500_and_a_dead_action_url_and_exits_1(tmp_path: Path):
    (tmp_path / "faulty.py").write_text(FAULTY)
    result = run("explore", f'faulty:create_app("{TOKEN}", broken_key="4")', cwd=tmp_path)
    assert result.returncode == 1
    assert "4 -> PROBLEM: http-status: answered HTTP 500" in result.stdout
    assert "(press 4)" in result.stdout
    assert "-> PROBLEM: not-routed: answered HTTP 404" in result.stdout
    assert "https://example.com/nowhere: answered HTTP 404" in result.stdout
    assert "(press 3, press 1)" in result.stdout


@pytest.mark.parametrize(("fmt", "start"), [("mermaid", "flowchart TD"), ("dot", "digraph")])
def test_explore_writes_mermaid_and_dot(tmp_path: Path, fmt: str, start: str):
    out = tmp_path / f"map.{fmt}"
    result = run("explore", FLASK_EXAMPLE, "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith(start)
    assert result.stdout.startswith(f"{out}: ")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ('examples.ivr_flask:create_app(__import__("os"))', "must be Python literals"),
        ("examples.ivr_flask:create_app(**{})", "**arguments are not accepted"),
        ("examples.ivr_flask:create_app(", "cannot read 'create_app(' as a call"),
        ("examples.ivr_flask:(lambda: 1)()", "is not a name to call"),
    ],
)
@pytest.mark.parametrize("command", ["explore", "simulate", "render"])
def test_factory_arguments_are_literals_never_code(command: str, target: str, message: str):
    result = run(command, target)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_simulate_takes_a_factory_with_literal_arguments():
    result = run("simulate", FLASK_EXAMPLE, "--press", "1")
    assert result.returncode == 0, result.stderr
    assert "> POST /menu  Digits=1" in result.stdout


def test_render_calls_a_function_with_literal_arguments():
    result = run("render", "examples.phone_tree:welcome(2)")
    assert result.returncode == 0, result.stderr
    assert "Please call again later. Goodbye." in result.stdout
    assert "Welcome to Acme." not in result.stdout


def test_explore_to_an_unwritable_file_is_a_usage_error(tmp_path: Path):
    result = run("explore", FLASK_EXAMPLE, "-o", str(tmp_path / "no" / "such" / "dir.txt"))
    assert result.returncode == 2
    assert "cannot write" in result.stderr
