"""Test the package as users get it: build it, check it, install it, use it.

    make smoke        (make test runs it)

Builds the sdist and, from the sdist, the wheel with the standard build front end; checks
both with `twine check --strict`; installs the wheel with every extra (but `dev` and `docs`)
into a new virtual environment in a temporary directory, so nothing can import the checkout;
then runs `tests/smoke/test_installed.py` there with that environment's Python (the suite's
own pytest run leaves this folder alone). uv (from the `dev` extra) makes the environments
and installs from its cache, so a run takes seconds, not a minute of pip resolving on a busy
machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_USERS = {"dev", "docs"}
TOOLS = ["pytest>=8", "mypy>=1.10"]


def _run(
    command: Sequence[str | Path],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    quiet: bool = False,
) -> None:
    shown = " ".join(str(part) for part in command)
    print(f"smoke: {shown}", file=sys.stderr, flush=True)
    start = time.perf_counter()
    stdout = subprocess.DEVNULL if quiet else None
    subprocess.run([str(part) for part in command], cwd=cwd, env=env, stdout=stdout, check=True)
    print(f"smoke: ({time.perf_counter() - start:.1f} s)", file=sys.stderr, flush=True)


def _extras(wheel: Path) -> list[str]:
    """The extras the wheel declares, read from its own metadata."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
    return sorted(set(metadata.get_all("Provides-Extra") or []) - NOT_FOR_USERS)


def _clean_environment(bin_dir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"} and not key.startswith("TWILIO_")
    }
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return env


def main() -> int:
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="twiml-dsl-smoke-") as temp:
        tmp = Path(temp)
        dist = tmp / "dist"
        # No --sdist/--wheel: build makes the sdist, then the wheel from the unpacked sdist,
        # which proves the sdist holds everything the wheel needs.
        build: list[str | Path] = [sys.executable, "-m", "build", "--installer", "uv"]
        build += ["--outdir", dist, ROOT]
        _run(build, quiet=True)
        built = sorted(dist.iterdir())
        _run([sys.executable, "-m", "twine", "check", "--strict", *built])
        wheel = next(path for path in built if path.suffix == ".whl")
        extras = _extras(wheel)

        environment = tmp / "venv"
        uv = [sys.executable, "-m", "uv", "--quiet"]
        _run([*uv, "venv", "--python", sys.executable, environment])
        python = environment / "bin" / "python"
        requirement = f"{wheel}[{','.join(extras)}]"
        _run([*uv, "pip", "install", "--python", python, requirement, *TOOLS])

        project = tmp / "project"
        project.mkdir()
        shutil.copy(ROOT / "tests" / "smoke" / "test_installed.py", project)
        shutil.copy(ROOT / "README.md", project)
        shutil.copytree(
            ROOT / "examples", project / "examples", ignore=shutil.ignore_patterns("__pycache__")
        )
        env = _clean_environment(environment / "bin")
        env["SMOKE_EXTRAS"] = ",".join(extras)
        pytest = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", "--durations=4"]
        _run([python, *pytest, "test_installed.py"], cwd=project, env=env)
    print(f"smoke: the installed package passed in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
