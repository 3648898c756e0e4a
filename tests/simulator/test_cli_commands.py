"""The `twiml-dsl` command, run for real: `python -m twiml_dsl` and the installed script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from simulator_pages import PageApp, served, twiml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "twiml-dsl"
VALID = '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Say>Hi</Say>\n</Response>\n'
MISSPELT = '<Response>\n  <Say>Hi</Say>\n  <Gather numDigts="1"/>\n</Response>\n'


#: The example apps check requests with $TWILIO_AUTH_TOKEN, and the command signs with it.
EXAMPLE_TOKEN = {"TWILIO_AUTH_TOKEN": "cli-test-token-0123456789abcdef0"}
FLASK_EXAMPLE = "examples.ivr_flask:create_app()"


def run(
    *args: str,
    cwd: Path = ROOT,
    stdin: str | None = None,
    environment: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    env.update(environment or {})
    return subprocess.run(
        [sys.executable, "-m", "twiml_dsl", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        input=stdin,
        timeout=60,
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "good.xml").write_text(VALID)
    (tmp_path / "bad.xml").write_text(MISSPELT)
    (tmp_path / "broken.xml").write_text("<Response>\n<Say>Hi</Sai>\n</Response>")
    return tmp_path


def test_the_installed_script_runs_the_same_command(files: Path):
    result = subprocess.run(
        [str(SCRIPT), "--help"], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0
    for command in ("lint", "render", "simulate"):
        assert command in result.stdout
    result = subprocess.run(
        [str(SCRIPT), "lint", "bad.xml"], capture_output=True, text=True, check=False, cwd=files
    )
    assert result.returncode == 1 and result.stdout.startswith("bad.xml:3: ")


def test_a_closed_pipe_ends_the_command_quietly():
    command = [sys.executable, "-m", "twiml_dsl", "render", "examples.phone_tree:welcome"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        stderr = proc.stderr.read()
        proc.wait(timeout=60)
    assert stderr == b""


def test_no_command_is_a_usage_error():
    result = run()
    assert result.returncode == 2
    assert "usage: twiml-dsl" in result.stderr


def test_version_is_printed():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("twiml-dsl ")


def test_lint_passes_valid_files(files: Path):
    result = run("lint", str(files / "good.xml"))
    assert (result.returncode, result.stdout) == (0, "1 file checked: all valid TwiML.\n")


def test_lint_reports_file_and_line_and_exits_1(files: Path):
    result = run("lint", "good.xml", "bad.xml", "broken.xml", cwd=files)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "bad.xml:3: <Gather> has no attribute 'numDigts'; did you mean 'numDigits'?"
    assert lines[1].startswith("broken.xml:2: not well-formed XML")
    assert lines[2] == "Found problems in 2 of 3 files."


def test_lint_reports_every_problem_in_a_file_in_order():
    several = (
        "<Response>\n"
        '  <Say voise="x">hi</Say>\n'
        "  <Gather>\n    <Dail/>\n  </Gather>\n"
        '  <Gather method="PUT"/>\n'
        "</Response>\n"
    )
    result = run("lint", "-", stdin=several)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "<stdin>:2: <Say> has no attribute 'voise'; did you mean 'voice'?",
        "<stdin>:4: <Dail> is not allowed inside <Gather>; <Gather> may contain <Say>, <Play>,"
        " <Pause> (<Dail> is not part of voice TwiML)",
        "<stdin>:6: <Gather> attribute 'method' is 'PUT'; Twilio accepts one of: GET, POST",
        "Found problems in 1 of 1 file.",
    ]


def test_lint_reads_stdin():
    result = run("lint", "-", stdin=MISSPELT)
    assert result.returncode == 1 and result.stdout.startswith("<stdin>:3: ")


def test_lint_checks_against_the_grammar_asked_for(files: Path):
    result = run("lint", "--grammar", "messaging", str(files / "good.xml"))
    assert result.returncode == 1
    assert "<Say> is not allowed inside <Response>" in result.stdout


def test_lint_of_a_missing_file_is_a_usage_error(files: Path):
    result = run("lint", "nowhere.xml", cwd=files)
    assert result.returncode == 2
    assert result.stderr == (
        "twiml-dsl lint: error: cannot read nowhere.xml: No such file or directory\n"
    )


def test_render_prints_the_twiml_a_function_returns():
    result = run("render", "examples.phone_tree:welcome")
    assert result.returncode == 0
    assert result.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n')
    assert "  <Say>Welcome to Acme.</Say>\n" in result.stdout


def test_render_compact_prints_one_line():
    result = run("render", "--compact", "examples.phone_tree:welcome")
    assert result.returncode == 0 and result.stdout.count("\n") == 1


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("no_colon_here", "expected MODULE:NAME"),
        ("not_a_module_xyz:f", "cannot import 'not_a_module_xyz'"),
        ("examples.phone_tree:nothing", "has no attribute 'nothing'"),
        ("examples.phone_tree:sales_done", "cannot call examples.phone_tree:sales_done"),
    ],
)
def test_render_usage_errors_exit_2(target: str, message: str):
    result = run("render", target)
    assert result.returncode == 2 and message in result.stderr


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        (
            'raise RuntimeError("boom at import")\n',
            "broken:app",
            "broken:app: cannot import 'broken': RuntimeError: boom at import",
        ),
        ("def f(:\n", "broken:app", "broken:app: cannot import 'broken': SyntaxError: "),
        (
            'def create_app():\n    raise RuntimeError("factory failed")\n',
            "broken:create_app()",
            "broken:create_app(): RuntimeError: factory failed",
        ),
        (
            "def create_app(config):\n    pass\n",
            "broken:create_app()",
            "broken:create_app(): TypeError: create_app() missing 1 required positional",
        ),
    ],
)
@pytest.mark.parametrize("command", ["simulate", "render"])
def test_a_failing_import_or_factory_exits_2_without_a_traceback(
    tmp_path: Path, command: str, source: str, target: str, message: str
):
    (tmp_path / "broken.py").write_text(source)
    result = run(command, target, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"twiml-dsl {command}: error: {message}")
    assert "Traceback" not in result.stderr


def test_render_of_something_that_is_not_twiml_exits_1(tmp_path: Path):
    (tmp_path / "numbers.py").write_text("def seven():\n    return 7\n")
    result = run("render", "numbers:seven", cwd=tmp_path)
    assert result.returncode == 1
    assert "returned int, not a TwiML response" in result.stderr


def test_simulate_prints_the_calls_script():
    result = run(
        "simulate", FLASK_EXAMPLE, "--url", "/voice", "--press", "1", environment=EXAMPLE_TOKEN
    )
    assert result.returncode == 0, result.stderr
    assert "caller presses 1\n> POST /menu  Digits=1\n" in result.stdout
    assert "dials +15559870000: completed" in result.stdout
    assert result.stdout.endswith("= call ended: the app hung up\n")


def test_simulate_keeps_the_callers_actions_in_order_and_runs_a_quart_factory():
    result = run(
        "simulate",
        "examples.ivr_quart:create_app()",
        "--say",
        "support",
        "--record",
        "4",
        environment=EXAMPLE_TOKEN,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index('caller says "support"') < out.index("caller speaks for 4s")
    assert "> POST /voicemail  RecordingDuration=4  Digits=#" in out


@pytest.mark.parametrize("seconds", ["nan", "inf", "-4", "four"])
def test_simulate_refuses_an_impossible_recording_length(seconds: str):
    result = run("simulate", FLASK_EXAMPLE, "--press", "2", "--record", seconds)
    assert result.returncode == 2
    assert f"argument --record: invalid seconds: {seconds!r}" in result.stderr
    assert "Traceback" not in result.stderr


def test_simulate_signs_with_the_first_of_a_list_of_tokens(tmp_path: Path):
    (tmp_path / "rotating.py").write_text(
        "from flask import Flask\n"
        "from twiml_dsl import VoiceResponse\n"
        "from twiml_dsl.flask import twilio_webhook\n"
        "app = Flask(__name__)\n"
        'app.config["TWILIO_AUTH_TOKEN"] = ["new-token-aaaaaaaa", "old-token-bbbbbbbb"]\n'
        '@app.post("/voice")\n'
        # The view accepts only the first token, so signing with another one fails.
        '@twilio_webhook(auth_token="new-token-aaaaaaaa")\n'
        "def voice():\n"
        "    response = VoiceResponse()\n"
        '    response.say("Hi")\n'
        "    return response\n"
    )
    result = run("simulate", "rotating:app", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert 'says "Hi"' in result.stdout


def test_simulate_sends_a_text():
    result = run("simulate", FLASK_EXAMPLE, "--sms", "CALLBACK", environment=EXAMPLE_TOKEN)
    assert result.returncode == 0
    assert 'replies to +15551230000: "Acme: confirmed' in result.stdout


def test_a_failed_call_prints_its_script_and_the_error_and_exits_1():
    result = run(
        "simulate", FLASK_EXAMPLE, "--press", "1", "--press", "2", environment=EXAMPLE_TOKEN
    )
    assert result.returncode == 1
    assert "= call ended: the app hung up" in result.stdout
    assert result.stderr.startswith("twiml-dsl simulate: cannot press '2': the call has ended")


def test_a_wrong_token_shows_the_apps_refusal(tmp_path: Path):
    result = run(
        "simulate",
        FLASK_EXAMPLE,
        "--auth-token",
        "wrong-token-0123456789abcdef",
        environment=EXAMPLE_TOKEN,
    )
    assert result.returncode == 1
    assert "https://example.com/voice: answered HTTP 403" in result.stderr


def test_the_example_app_will_not_start_without_a_token():
    result = run("simulate", FLASK_EXAMPLE, "--auth-token", "whatever-0123456789abcdef")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"twiml-dsl simulate: error: {FLASK_EXAMPLE}: WebhookConfigurationError: "
        "set TWILIO_AUTH_TOKEN"
    )


def test_simulate_without_a_token_says_how_to_give_one(tmp_path: Path):
    (tmp_path / "bare.py").write_text("def app(environ, start_response):\n    return []\n")
    result = run("simulate", "bare:app", cwd=tmp_path)
    assert result.returncode == 2
    assert "no auth token to sign with: pass --auth-token" in result.stderr


def test_simulate_calls_a_real_url_when_no_app_is_given():
    pages = PageApp({"/voice": twiml("<Say>Hello over HTTP.</Say>")}, token="cli-token")
    with served(pages.app) as url:
        result = run("simulate", "--url", url, "--auth-token", "cli-token")
    assert result.returncode == 0, result.stderr
    assert 'says "Hello over HTTP."' in result.stdout
    assert pages.seen[0][2]["CallStatus"] == "ringing"


def test_simulate_without_an_app_needs_a_full_url():
    result = run("simulate", "--url", "/voice", "--auth-token", "t")
    assert result.returncode == 2
    assert "without an app, --url must be a full http(s) URL" in result.stderr


def test_simulate_can_stay_silent_and_hang_up():
    result = run("simulate", FLASK_EXAMPLE, "--silence", "--hangup", environment=EXAMPLE_TOKEN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "= call ended: caller hung up"
    assert "caller stays silent (5s timeout)" in lines
    assert lines.index("caller stays silent (5s timeout)") < lines.index("caller hangs up")


def test_render_refuses_an_element_handle(tmp_path: Path):
    (tmp_path / "screens.py").write_text(
        "from twiml_dsl import VoiceResponse\n"
        "def goodbye():\n"
        "    return VoiceResponse().say('Goodbye')\n"
    )
    result = run("render", "screens:goodbye", cwd=tmp_path)
    assert result.returncode == 1
    assert "return the response, not its <Say> element" in result.stderr
    assert result.stdout == ""


def test_simulate_signs_with_the_token_the_app_checks(tmp_path: Path):
    # The decorators prefer the app's config to the environment; so does the command.
    (tmp_path / "configured.py").write_text(
        "from flask import Flask\n"
        "from twiml_dsl import VoiceResponse\n"
        "from twiml_dsl.flask import twilio_webhook\n"
        "app = Flask(__name__)\n"
        'app.config["TWILIO_AUTH_TOKEN"] = "config-token-aaaaaaaa"\n'
        '@app.post("/voice")\n'
        "@twilio_webhook\n"
        "def voice():\n"
        "    response = VoiceResponse()\n"
        '    response.say("Hi")\n'
        "    return response\n"
    )
    environment = {"TWILIO_AUTH_TOKEN": "environment-token-bbbbbbbb"}
    result = run("simulate", "configured:app", cwd=tmp_path, environment=environment)
    assert result.returncode == 0, result.stderr
    assert 'says "Hi"' in result.stdout
