"""The `twiml-dsl` command: lint TwiML files, render TwiML functions, simulate calls, explore
every branch of an app.

Exit status: 0 success, 1 when the work found problems (invalid TwiML, a failed call),
2 when the command itself could not run (bad arguments, unreadable files, failed imports).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urljoin, urlsplit

from ._errors import TwiMLError
from ._parse import MAX_BYTES
from ._parse import problems as problems_in
from ._webhook_common import WebhookConfigurationError, WebhookSettings, is_twiml

if TYPE_CHECKING:
    from .testing import Call

__all__ = ["main"]

DEFAULT_BASE = "https://example.com"
OK, PROBLEMS, USAGE = 0, 1, 2


class _UsageError(Exception):
    """The command could not run; the message says why (exit status 2)."""


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("twiml-dsl")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


class _Version(argparse.Action):
    """--version, looked up only when asked for (importlib.metadata is slow to import)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


class _Step(argparse.Action):
    """Collects the caller's actions in the order they were given on the command line."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        steps = list(getattr(namespace, "steps", None) or [])
        steps.append((self.dest, values))
        namespace.steps = steps


def _seconds(text: str) -> float:
    """A recording length for --record: a finite number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(
            f"invalid seconds: {text!r} (give a number of seconds, 0 or more)"
        )
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="twiml-dsl",
        description="Build, check and test Twilio TwiML.",
        epilog="Run 'twiml-dsl COMMAND --help' for a command's options.",
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show program's version number and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    lint = commands.add_parser(
        "lint",
        help="check TwiML files against the grammar",
        description="Check TwiML files against Twilio's grammar. Prints FILE:LINE: MESSAGE "
        "for each problem and exits 1 if there is any.",
    )
    lint.add_argument("files", nargs="+", metavar="FILE", help="TwiML files; '-' reads stdin")
    lint.add_argument(
        "--grammar",
        choices=["voice", "messaging", "fax"],
        help="the kind of TwiML (default: guessed from each file's content)",
    )
    lint.add_argument(
        "--lenient",
        action="store_true",
        help="accept elements and attributes the grammar does not know",
    )

    render = commands.add_parser(
        "render",
        help="print the TwiML a Python function returns",
        description="Import MODULE, call FUNCTION (with no arguments, or with the literal "
        "arguments given: 'mod:welcome(2)') and print the TwiML it returns, indented. The "
        "current directory is importable.",
    )
    render.add_argument("target", metavar="MODULE:FUNCTION[(ARGS)]")
    render.add_argument("--compact", action="store_true", help="print on one line")

    simulate = commands.add_parser(
        "simulate",
        help="run a simulated call against a web app and print its script",
        description="Call a Flask (WSGI) or Quart (ASGI) app in process, or a real URL, as "
        "Twilio would, signing every request, then act as the caller in the order given "
        "(--press, --say, --silence, --record, --hangup) and print the call's script.",
        epilog="example: twiml-dsl simulate 'examples.ivr_flask:create_app()' --url /voice "
        "--press 1",
    )
    simulate.add_argument(
        "target",
        nargs="?",
        metavar="MODULE[:APP]",
        help="the app to call (APP defaults to 'app'; 'create_app()' calls a factory, with "
        "literal arguments if given: 'create_app(\"token\")'); leave out to call --url over "
        "the network",
    )
    simulate.add_argument(
        "--url",
        metavar="URL",
        default="/voice",
        help=f"the voice webhook; a path is joined to {DEFAULT_BASE} (default: /voice)",
    )
    simulate.add_argument(
        "--sms-url", metavar="URL", default="/sms", help="the messaging webhook (default: /sms)"
    )
    simulate.add_argument(
        "--from",
        dest="from_",
        metavar="NUMBER",
        default="+15551230000",
        help="the caller (default: +15551230000)",
    )
    simulate.add_argument(
        "--to", metavar="NUMBER", default="+15559990000", help="the number called"
    )
    simulate.add_argument(
        "--auth-token",
        metavar="TOKEN",
        help="the token to sign with (default: the one the app checks: its TWILIO_AUTH_TOKEN "
        "config, the first one if it is a list, else $TWILIO_AUTH_TOKEN)",
    )
    simulate.add_argument(
        "--dial-status",
        metavar="STATUS",
        default="completed",
        choices=["completed", "busy", "no-answer", "failed", "canceled"],
        help="what <Dial> reports: completed, busy, no-answer, failed or canceled "
        "(default: completed)",
    )
    steps = simulate.add_argument_group("the caller's actions, in order")
    steps.add_argument("--press", action=_Step, metavar="KEYS", help="press keys")
    steps.add_argument("--say", action=_Step, metavar="WORDS", help="answer by voice")
    steps.add_argument("--silence", action=_Step, nargs=0, help="let the input time out")
    steps.add_argument(
        "--record", action=_Step, metavar="SECONDS", type=_seconds, help="leave a message"
    )
    steps.add_argument("--hangup", action=_Step, nargs=0, help="hang up")
    simulate.add_argument(
        "--sms", metavar="TEXT", help="send a text message to --sms-url instead of calling"
    )
    simulate.set_defaults(steps=[])

    explore = commands.add_parser(
        "explore",
        help="try every branch of a phone app and print its flow map",
        description="Call a Flask (WSGI) or Quart (ASGI) app in process, as Twilio would, and "
        "try every choice wherever the caller or the network decides: each key, speech hint, "
        "silence, hanging up, each <Dial> and <Enqueue> outcome. Prints the map and every "
        "problem found with the shortest path to it; exits 1 when there are problems.",
        epilog="example: twiml-dsl explore 'examples.ivr_flask:create_app()' --url /voice "
        "--format html -o flow.html",
    )
    explore.add_argument("target", metavar="MODULE[:APP]", help="the app, as for simulate")
    explore.add_argument(
        "--url", metavar="URL", default="/voice", help="the voice webhook (default: /voice)"
    )
    explore.add_argument(
        "--sms-url", metavar="URL", help="also text the app at this messaging webhook"
    )
    explore.add_argument(
        "--format",
        choices=["text", "mermaid", "dot", "html"],
        default="text",
        help="text (an indented tree, the default), mermaid, dot, or html (needs Graphviz)",
    )
    explore.add_argument("-o", "--output", metavar="FILE", help="write the map to FILE")
    explore.add_argument(
        "--auth-token", metavar="TOKEN", help="the token to sign with (as for simulate)"
    )
    explore.add_argument(
        "--max-states", metavar="N", type=int, default=1000, help="decision points to explore"
    )
    explore.add_argument(
        "--max-depth", metavar="N", type=int, default=30, help="choices in one path at most"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "lint":
            status = _lint(args.files, args.grammar, not args.lenient, sys.stdout)
        elif args.command == "render":
            status = _render(args.target, args.compact, sys.stdout)
        elif args.command == "explore":
            status = _explore(args, sys.stdout)
        else:
            status = _simulate(args, sys.stdout)
        sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
        return status
    except _UsageError as err:
        print(f"twiml-dsl {args.command}: error: {err}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return PROBLEMS


def _read(name: str, shown: str) -> bytes:
    """The bytes of a file (or stdin), read no further than `parse()` would accept."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with Path(name).open("rb") as file:
                data = file.read(MAX_BYTES + 1)
    except OSError as err:
        raise _UsageError(f"cannot read {name}: {err.strerror}") from None
    if len(data) > MAX_BYTES:
        raise _UsageError(f"{shown} is larger than {MAX_BYTES:,} bytes, the limit for TwiML")
    return data


def _lint(files: list[str], grammar: Any, strict: bool, out: TextIO) -> int:
    problems = 0
    for name in files:
        shown = "<stdin>" if name == "-" else name
        data = _read(name, shown)
        found = problems_in(data, grammar=grammar, strict=strict)
        if found:
            problems += 1
        for problem in found:
            where = f"{shown}:{problem.line}" if problem.line is not None else shown
            print(f"{where}: {problem.message}", file=out)
    count = len(files)
    files_word = "file" if count == 1 else "files"
    if problems:
        print(f"Found problems in {problems} of {count} {files_word}.", file=out)
        return PROBLEMS
    print(f"{count} {files_word} checked: all valid TwiML.", file=out)
    return OK


def _call_parts(attr: str, where: str) -> tuple[str, list[Any], dict[str, Any]] | None:
    """`name(1, "a", key=True)` split into the name and its literal arguments; None without
    parentheses. Arguments are read with `ast.literal_eval`: never run as code."""
    if "(" not in attr and ")" not in attr:
        return None
    try:
        tree = ast.parse(attr, mode="eval").body
    except SyntaxError:
        raise _UsageError(f"{where}: cannot read {attr!r} as a call") from None
    if not isinstance(tree, ast.Call):
        raise _UsageError(f"{where}: cannot read {attr!r} as a call")
    name = ast.unparse(tree.func)
    if not all(part.isidentifier() for part in name.split(".")):
        raise _UsageError(f"{where}: {name!r} is not a name to call")
    try:
        args = [ast.literal_eval(arg) for arg in tree.args]
        kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in tree.keywords if kw.arg}
    except ValueError:
        raise _UsageError(
            f"{where}: the arguments must be Python literals (strings, numbers, lists, ...)"
        ) from None
    if len(kwargs) != len(tree.keywords):
        raise _UsageError(f"{where}: **arguments are not accepted")
    return name, args, kwargs


def _import(target: str, default: str | None) -> Any:
    """The object `MODULE:NAME` names; `MODULE:NAME(args)` calls it with literal arguments."""
    module_name, _, attr = target.partition(":")
    attr = attr or (default or "")
    if not module_name or not attr:
        raise _UsageError(f"expected MODULE:NAME, got {target!r}")
    where = f"{module_name}:{attr}"
    call = _call_parts(attr, where)
    name = call[0] if call else attr
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    try:
        module = importlib.import_module(module_name)
    except Exception as err:  # the module's own code runs here: anything can go wrong
        raise _UsageError(f"{where}: cannot import {module_name!r}: {_described(err)}") from None
    obj: Any = module
    for part in name.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise _UsageError(f"{where}: {module_name!r} has no attribute {name!r}") from None
        except Exception as err:  # a module __getattr__ or a property that fails
            raise _UsageError(f"{where}: {_described(err)}") from None
    if call is None:
        return obj
    try:
        return obj(*call[1], **call[2])
    except Exception as err:  # a factory that fails, or needs other arguments
        raise _UsageError(f"{where}: {_described(err)}") from None


def _described(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}"


def _render(target: str, compact: bool, out: TextIO) -> int:
    function = _import(target, None)
    if "(" in target and _is_response(function):
        result = function  # `MODULE:FUNCTION(args)` already called it
    else:
        if not callable(function):
            raise _UsageError(f"{target} is not a function")
        try:
            inspect.signature(function).bind()
        except TypeError as err:
            raise _UsageError(f"cannot call {target} without arguments: {err}") from None
        except ValueError:  # no signature to inspect (some builtins): just try the call
            pass
        try:
            result = function()
        except Exception as err:
            print(f"twiml-dsl render: {target} raised {type(err).__name__}: {err}", file=sys.stderr)
            return PROBLEMS
    try:
        whole = is_twiml(result)  # an element handle is refused, as the web decorators do
    except TypeError as err:
        print(f"twiml-dsl render: {target}: {err}", file=sys.stderr)
        return PROBLEMS
    if not whole:
        print(
            f"twiml-dsl render: {target} returned {type(result).__name__}, not a TwiML response",
            file=sys.stderr,
        )
        return PROBLEMS
    try:
        text = result.to_xml(pretty=not compact)
    except TwiMLError as err:
        print(f"twiml-dsl render: {target}: {err}", file=sys.stderr)
        return PROBLEMS
    out.write(text if text.endswith("\n") else text + "\n")
    return OK


def _is_response(value: Any) -> bool:
    """Whether `value` is a whole TwiML response (an element handle or anything else: no)."""
    try:
        return bool(is_twiml(value))
    except TypeError:
        return False


def _token(args: argparse.Namespace, app: Any) -> str:
    """The token to sign with: --auth-token, else the one the app's decorators will check."""
    config = getattr(app, "config", None)
    try:
        token = args.auth_token or WebhookSettings.resolve(config or {}).auth_token
    except WebhookConfigurationError as err:
        raise _UsageError(str(err)) from None
    if isinstance(token, tuple) and token:
        token = token[0]  # the current token of a rotation; the app accepts any of them
    if not token or not isinstance(token, str):
        raise _UsageError("no auth token to sign with: pass --auth-token or set TWILIO_AUTH_TOKEN")
    return token


def _simulate(args: argparse.Namespace, out: TextIO) -> int:
    from .testing import CallSimulator, SimulatorError  # httpx: only this command needs it

    app = _import(args.target, "app") if args.target else None
    url = urljoin(DEFAULT_BASE, args.url)
    if app is None and urlsplit(args.url).scheme not in {"http", "https"}:
        raise _UsageError("without an app, --url must be a full http(s) URL to call")
    sim = CallSimulator(
        app,
        url=url,
        sms_url=args.sms_url,
        auth_token=_token(args, app),
        from_=args.from_,
        to=args.to,
        dial_status=args.dial_status,
    )
    call: Call | None = None
    try:
        if args.sms is not None:
            if args.steps:
                raise _UsageError("--sms sends a text; it takes no caller actions")
            out.write(sim.send_sms(args.sms).script())
            return OK
        call = sim.dial()
        for action, value in args.steps:
            if action == "press":
                call.press(value)
            elif action == "say":
                call.say_words(value)
            elif action == "silence":
                call.silence()
            elif action == "record":
                call.leave_message(value)
            else:
                call.hang_up()
    except SimulatorError as err:
        script = call.script() if call is not None else err.script
        out.write(script)
        out.flush()
        print(f"twiml-dsl simulate: {err}", file=sys.stderr)
        return PROBLEMS
    out.write(call.script())
    return OK


def _explore(args: argparse.Namespace, out: TextIO) -> int:
    from .testing import GraphvizNotFoundError, SimulatorError, explore

    app = _import(args.target, "app")
    try:
        flow = explore(
            app,
            url=urljoin(DEFAULT_BASE, args.url),
            auth_token=_token(args, app),
            sms_url=args.sms_url,
            max_states=args.max_states,
            max_depth=args.max_depth,
        )
    except (SimulatorError, ValueError) as err:
        raise _UsageError(str(err)) from None
    if args.format == "html":
        try:
            text = flow.to_html()
        except GraphvizNotFoundError as err:
            raise _UsageError(str(err)) from None
    else:
        text = {"text": flow.to_text, "mermaid": flow.to_mermaid, "dot": flow.to_dot}[args.format]()
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as err:
            raise _UsageError(f"cannot write {args.output}: {err.strerror}") from None
        print(f"{args.output}: {flow.summary()}", file=out)
    else:
        out.write(text)
    for problem in flow.problems if args.output or args.format != "text" else ():
        print(f"problem: {problem}", file=sys.stderr)
    if flow.truncated:
        print(f"twiml-dsl explore: stopped early: {flow.truncated}", file=sys.stderr)
    return PROBLEMS if flow.problems else OK
