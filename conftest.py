"""Every code example in README.md and docs/ runs in the test suite, through Sybil.

How a page's fenced blocks are checked:

- `python` blocks run top to bottom in one namespace per page, in a temporary working
  directory. What a block prints is kept for the block that follows it.
- `pycon` blocks are doctests: each `>>>` line runs and what it shows (a value, or an
  exception's last line) must match.
- An `xml` or `text` block right after a block that printed is that output and must match
  it exactly; `...` stands for any text, as with doctest's ELLIPSIS. An `xml` block with
  nothing printed before it is a document in its own right and must parse as TwiML.
- `console` blocks run each `$ command` in a shell and compare what it prints (stdout and
  stderr, interleaved) with the lines under it; `$ export NAME=value` sets a variable for
  the commands after it in the block. Commands see the checkout's virtual environment on
  PATH and the checkout on PYTHONPATH, as `make` would run them.
- Any other block (`sh`, `toml`, plain text, ...) fails the run unless the line before it
  says why it does not run: `<!-- skip: next "why it does not run" -->`.
- `<!-- invisible-code-block: python ... -->` holds setup or extra checks a reader does not
  need to see; it runs like a visible block. A page about the REST client starts with
  `loopback_twilio()`, which points `rest` at the test suite's Twilio-like server on
  127.0.0.1 (checked against Twilio's OpenAPI contract where the file is present), so its
  examples send real requests with the credentials they show.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sybil import Document, Example, Region, Sybil
from sybil.evaluators.doctest import DocTestEvaluator, OutputChecker
from sybil.evaluators.python import pad
from sybil.parsers.abstract.doctest import DocTestStringParser
from sybil.parsers.markdown import ClearNamespaceParser, SkipParser
from sybil.parsers.markdown.lexers import DirectiveInHTMLCommentLexer, FencedCodeBlockLexer

ROOT = Path(__file__).resolve().parent
PRINTED = "__printed__"  # what the last Python block printed, waiting for its output block
WORKDIR = "__workdir__"
CLEANUPS = "__cleanups__"
OPTIONS = doctest.ELLIPSIS
MODULE_PATH = re.compile(r"^(?:\w+\.)+(?=\w+:)", re.MULTILINE)


class _ExceptionsByName(OutputChecker):
    """An exception line is compared without its module path, so a page may write
    `twiml_dsl.webhooks.WebhookValidationError: ...` (where users import it from) for an
    exception defined in a private module."""

    def check_output(self, want: str, got: str, optionflags: int) -> bool:
        want, got = MODULE_PATH.sub("", want), MODULE_PATH.sub("", got)
        return super().check_output(want, got, optionflags)


CHECKER = _ExceptionsByName()


class _DocTests(DocTestEvaluator):
    """Sybil's doctest evaluator, run in the page's working directory with our checker."""

    def __init__(self) -> None:
        super().__init__(OPTIONS)
        self.runner._checker = CHECKER  # type: ignore[attr-defined]  # doctest has no setter

    def __call__(self, sybil_example: Example) -> str:
        with _in_workdir(sybil_example):
            return super().__call__(sybil_example)


@contextlib.contextmanager
def _in_workdir(example: Example) -> Iterator[None]:
    previous = os.getcwd()
    os.chdir(example.namespace[WORKDIR])
    try:
        yield
    finally:
        os.chdir(previous)


def _same(shown: str, got: str) -> bool:
    # Blank lines at the very end mean nothing on a page (print() of a pretty document
    # ends in two newlines; its block shows one).
    shown, got = shown.rstrip("\n") + "\n", got.rstrip("\n") + "\n"
    return shown == got or CHECKER.check_output(shown, got, OPTIONS)


def _difference(shown: str, got: str) -> str:
    example = doctest.Example("", shown)
    return CHECKER.output_difference(example, got, OPTIONS)


def _run_python(example: Example) -> None:
    """Run a block; keep what it printed for an output block right after it."""
    source = pad(example.parsed, example.line + example.parsed.line_offset)
    code = compile(source, example.path, "exec", dont_inherit=True)
    printed = io.StringIO()
    with _in_workdir(example), contextlib.redirect_stdout(printed):
        exec(code, example.namespace)
    example.namespace.pop("__builtins__", None)
    example.namespace[PRINTED] = printed.getvalue() or None


def _check_output(example: Example) -> str | None:
    """An output block matches what the block before it printed; XML alone must be TwiML."""
    shown = str(example.parsed)
    printed = example.namespace.pop(PRINTED, None)
    if printed is not None:
        return None if _same(shown, printed) else _difference(shown, printed)
    if example.region.lexemes.get("arguments") != "xml":
        return (
            "this text block follows no block that printed it: put it after the code that "
            'prints it, or mark it <!-- skip: next "why it does not run" -->'
        )
    from twiml_dsl import parse

    parse(shown)  # raises with the line of the first problem
    return None


def _run_console(example: Example) -> str | None:
    """Run each `$ command` and compare its output with the lines shown under it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TWILIO_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT)
    env["COLUMNS"] = "100"
    problems = []
    for command, shown in _commands(str(example.parsed)):
        if command.startswith("export "):
            name, _, value = command.removeprefix("export ").partition("=")
            env[name.strip()] = shlex.split(value)[0] if value else ""
            continue
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=example.namespace[WORKDIR],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # interleaved, as a terminal shows them
            text=True,
            timeout=120,
            check=False,
        )
        got = done.stdout
        if not _same(shown, got):
            problems.append(f"$ {command}\n{_difference(shown, got)}")
    return "\n".join(problems) or None


def _commands(block: str) -> Iterable[tuple[str, str]]:
    command: str | None = None
    shown: list[str] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            if command is not None:
                yield command, "".join(shown)
            command, shown = line[2:].strip(), []
        else:
            shown.append(line)
    if command is not None:
        yield command, "".join(shown)


def _refuse(example: Example) -> str:
    language = example.region.lexemes.get("arguments") or "plain"
    return (
        f"a {language} block does not run: mark it "
        '<!-- skip: next "why it does not run" --> on the line before it'
    )


class _Blocks:
    """Every fenced block, given the evaluator for its language (see the module docstring)."""

    def __init__(self) -> None:
        self.fences = FencedCodeBlockLexer(
            language=r"[^\n]*", mapping={"language": "arguments", "source": "source"}
        )
        self.invisible = DirectiveInHTMLCommentLexer(
            directive=r"invisible-code(-block)?", arguments="python"
        )
        self.doctests = DocTestStringParser(_DocTests())

    def __call__(self, document: Document) -> Iterable[Region]:
        for region in self.invisible(document):
            region.parsed = region.lexemes["source"]
            region.evaluator = _run_python
            yield region
        for region in self.fences(document):
            language = region.lexemes["arguments"].strip()
            source = region.lexemes["source"]
            if language == "pycon":
                for test in self.doctests(source, document.path):
                    test.adjust(region, source)
                    yield test
                continue
            region.parsed = source
            region.evaluator = {
                "python": _run_python,
                "xml": _check_output,
                "text": _check_output,
                "console": _run_console,
            }.get(language, _refuse)
            yield region


def _loopback_twilio(namespace: dict[str, Any]) -> None:
    """Send the page's REST requests to a Twilio-like server on 127.0.0.1 until it ends.

    `rest.Client`, `rest.AsyncClient` and `rest.configure()` keep their signatures; the
    credentials a page shows are swapped for the server's, and `base_url` points at it.
    """
    sys.path.insert(0, str(ROOT / "tests" / "rest"))
    from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio  # type: ignore[import-not-found]
    from rest_contract import load_contract  # type: ignore[import-not-found]

    import rest

    server = FakeTwilio(contract=load_contract()).start()
    originals = rest.Client, rest.AsyncClient

    class Client(rest.Client):
        def __init__(self, *credentials: Any, **options: Any) -> None:
            options["base_url"] = server.base_url
            super().__init__(MAIN_SID, MAIN_TOKEN, **options)

    class AsyncClient(rest.AsyncClient):
        def __init__(self, *credentials: Any, **options: Any) -> None:
            options["base_url"] = server.base_url
            super().__init__(MAIN_SID, MAIN_TOKEN, **options)

    def restore() -> None:
        rest.Client, rest.AsyncClient = originals  # type: ignore[misc]
        rest.configure()
        server.stop()
        contract = server.contract
        assert contract is None or not contract.errors, contract.errors[:5]

    rest.Client, rest.AsyncClient = Client, AsyncClient  # type: ignore[misc]
    rest.configure(account_sid=MAIN_SID, auth_token=MAIN_TOKEN, base_url=server.base_url)
    namespace[CLEANUPS].append(restore)
    namespace["twilio_server"] = server


def _setup(namespace: dict[str, Any]) -> None:
    namespace[WORKDIR] = tempfile.mkdtemp(prefix="twiml-dsl-docs-")
    namespace[CLEANUPS] = []
    namespace["__name__"] = "__docs__"
    namespace["loopback_twilio"] = lambda: _loopback_twilio(namespace)


def _teardown(namespace: dict[str, Any]) -> None:
    for cleanup in reversed(namespace[CLEANUPS]):
        cleanup()
    shutil.rmtree(namespace[WORKDIR], ignore_errors=True)


pytest_collect_file = Sybil(
    parsers=[_Blocks(), SkipParser(), ClearNamespaceParser()],
    patterns=["README.md", "docs/*.md"],
    setup=_setup,
    teardown=_teardown,
).pytest()
