"""Smoke tests for the installed wheel, run by `tests/smoke/run.py` in a fresh environment.

The directory these tests run in holds a copy of README.md and examples/, as a user's
project would; the package itself comes only from the environment's site-packages.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
import sysconfig
import textwrap
from importlib import metadata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SITE_PACKAGES = Path(sysconfig.get_paths()["purelib"]).resolve()


def _run(
    *command: str, cwd: Path = HERE, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _readme_blocks(language: str) -> list[str]:
    text = (HERE / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.DOTALL | re.MULTILINE)


@pytest.mark.parametrize("name", ["twiml_dsl", "rest"])
def test_packages_come_from_site_packages_not_a_checkout(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert Path(module.__file__).resolve().is_relative_to(SITE_PACKAGES)
    assert (Path(module.__file__).parent / "py.typed").is_file()


def test_every_public_module_imports_with_the_extras_installed() -> None:
    extras = [name for name in os.environ.get("SMOKE_EXTRAS", "").split(",") if name]
    assert {"flask", "quart", "pytest"} <= set(extras)
    imported = []
    for package in ("twiml_dsl", "rest"):
        path = importlib.import_module(package).__path__
        for info in pkgutil.walk_packages(path, prefix=f"{package}."):
            if not any(part.startswith("_") for part in info.name.split(".")):
                importlib.import_module(info.name)
                imported.append(info.name)
    assert {"twiml_dsl.flask", "twiml_dsl.quart", "twiml_dsl.snapshot"} <= set(imported)


def test_readme_first_example_prints_the_xml_it_shows() -> None:
    example, shown = _readme_blocks("python")[0], _readme_blocks("xml")[0]
    done = _run(sys.executable, "-c", example)
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown + "\n"  # print() adds a newline to to_xml()'s own


def test_cli_version_is_the_installed_version() -> None:
    done = _run("twiml-dsl", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"twiml-dsl {metadata.version('twiml-dsl')}\n"


def test_cli_lint_passes_valid_twiml_and_reports_a_misplaced_verb(tmp_path: Path) -> None:
    (tmp_path / "good.xml").write_text("<Response><Say>Hi</Say><Hangup/></Response>")
    (tmp_path / "bad.xml").write_text(
        "<Response>\n<Gather>\n<Dial>+15550001111</Dial>\n</Gather>\n</Response>\n"
    )
    good = _run("twiml-dsl", "lint", "good.xml", cwd=tmp_path)
    assert (good.returncode, good.stdout) == (0, "1 file checked: all valid TwiML.\n")
    bad = _run("twiml-dsl", "lint", "good.xml", "bad.xml", cwd=tmp_path)
    assert bad.returncode == 1
    assert re.search(r"^bad\.xml:3: .*<Dial> is not allowed inside <Gather>", bad.stdout, re.M)


def test_twiml_snapshot_fixture_works_in_a_new_project(tmp_path: Path) -> None:
    # The plugin comes from the wheel's pytest11 entry point: the project does not name it.
    (tmp_path / "pyproject.toml").write_text(
        "[tool.pytest.ini_options]\naddopts = '-p no:cacheprovider'\n"
    )
    test = tmp_path / "test_menu.py"
    template = """
from twiml_dsl import VoiceResponse

def menu(prompt):
    r = VoiceResponse()
    with r.gather(num_digits=1):
        r.say(prompt)
    return r

def test_same(twiml_snapshot) -> None:
    assert menu("Press 1.") == twiml_snapshot

def test_changed(twiml_snapshot) -> None:
    assert menu("PROMPT") == twiml_snapshot
"""
    test.write_text(template.replace("PROMPT", "Press 1."))
    pytest_command = (sys.executable, "-m", "pytest", "-q")
    created = _run(*pytest_command, "--snapshot-update", cwd=tmp_path)
    assert created.returncode == 0, created.stdout
    stored = tmp_path / "snapshots" / "test_menu" / "test_same.xml"
    assert '<Gather numDigits="1">' in stored.read_text(encoding="utf-8")
    test.write_text(template.replace("PROMPT", "Press 2."))
    checked = _run(*pytest_command, cwd=tmp_path)
    assert checked.returncode == 1
    assert "1 failed, 1 passed" in checked.stdout
    assert "Press 2." in checked.stdout


def test_simulated_call_against_the_flask_example() -> None:
    env = {**os.environ, "TWILIO_AUTH_TOKEN": "smoke-test-token"}
    app = "examples.ivr_flask:create_app()"
    done = _run("twiml-dsl", "simulate", app, "--url", "/voice", "--press", "2", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "caller presses 2" in done.stdout
    assert "> POST /menu" in done.stdout


def test_mypy_reads_the_shipped_types(tmp_path: Path) -> None:
    # Without py.typed and the stubs, mypy --strict reports the imports themselves; with
    # them it checks keyword arguments and return types from the package.
    (tmp_path / "good.py").write_text(
        textwrap.dedent(
            """
            import rest
            from twiml_dsl import VoiceResponse, parse


            def menu() -> str:
                response = VoiceResponse()
                with response.gather(action="/menu", num_digits=1):
                    response.say("Press 1.")
                return response.to_xml()


            def first_sid(client: rest.Client) -> str | None:
                return client.calls.create(to="+1", from_="+1", url="https://e.x/v").sid


            parse(menu())
            """
        )
    )
    (tmp_path / "bad.py").write_text(
        textwrap.dedent(
            """
            from twiml_dsl import VoiceResponse

            response = VoiceResponse()
            response.gather(num_digit=1)
            length: int = response.to_xml()
            """
        )
    )
    done = _run(sys.executable, "-m", "mypy", "--strict", "good.py", "bad.py", cwd=tmp_path)
    assert done.returncode == 1, done.stdout
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[:2] for line in errors] == [["bad.py", "5"], ["bad.py", "6"]], (
        done.stdout
    )
    assert 'Unexpected keyword argument "num_digit"' in errors[0]
    assert 'has type "str", variable has type "int"' in errors[1]
