"""`make demo` installs only what the demo needs; `make test` installs everything."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _commands(target: str, venv: Path) -> list[str]:
    """The commands `make target` would run in a fresh virtualenv, without running them."""
    run = subprocess.run(
        ["make", "--dry-run", "--always-make", target, f"VENV={venv}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return run.stdout.splitlines()


def _installs(commands: list[str]) -> list[str]:
    return [line for line in commands if "pip install" in line and " -e " in line]


def test_make_demo_installs_only_the_runtime_and_the_flask_extra(tmp_path: Path) -> None:
    commands = _commands("demo", tmp_path / "venv")
    assert _installs(commands) == [
        f"{tmp_path}/venv/bin/python -m pip install --quiet -e '.[flask]'"
    ]
    assert not any("dev" in line for line in commands)
    assert f"touch {tmp_path}/venv/.installed-demo" in commands


def test_make_test_still_installs_every_extra(tmp_path: Path) -> None:
    [install] = _installs(_commands("test", tmp_path / "venv"))
    assert install.endswith("-e '.[dev,flask,quart]'")
