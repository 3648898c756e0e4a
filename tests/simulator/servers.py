"""Each example app under a real server in its own process, on 127.0.0.1 and a free port."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
_LISTENING = re.compile(r"http://127\.0\.0\.1:([1-9]\d*)")

COMMANDS: dict[str, list[str]] = {
    "flask": ["flask", "--app", "examples.ivr_flask:create_app()", "run", "--port", "0"],
    "quart": ["hypercorn", "--bind", "127.0.0.1:0", "examples.ivr_quart:create_app()"],
    "django": ["waitress", "--listen=127.0.0.1:0", "examples.ivr_django.wsgi:application"],
    "fastapi": ["uvicorn", "--factory", "examples.ivr_fastapi:create_app", "--port", "0"],
}
"""How each example is served: werkzeug (flask run), hypercorn, waitress and uvicorn.

Every command binds 127.0.0.1 (flask run and uvicorn do by default) and port 0, and
prints the address it got."""


@contextmanager
def served(framework: str, auth_token: str, timeout: float = 60.0) -> Iterator[str]:
    """Start the example for `framework` with `auth_token` in its environment; yield its
    base URL (`http://127.0.0.1:PORT`), then stop the server."""
    env = {
        **os.environ,
        "TWILIO_AUTH_TOKEN": auth_token,
        "PYTHONUNBUFFERED": "1",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", *COMMANDS[framework]],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield _wait_for_address(process, log, timeout)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_address(process: subprocess.Popen[bytes], log: IO[str], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while True:
        log.seek(0)
        output = log.read()
        found = _LISTENING.search(output)
        if found:
            return f"http://127.0.0.1:{found.group(1)}"
        if process.poll() is not None or time.monotonic() > deadline:
            state = "exited" if process.returncode is not None else "did not start in time"
            raise RuntimeError(f"the server {state}; its output:\n{output}")
        time.sleep(0.05)
