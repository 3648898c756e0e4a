"""Hostile input to `parse()`: each document is refused with a clear error.

Entity expansion (billion laughs, quadratic blowup), external entities and DTDs pointing
at a file and at a local HTTP server, XInclude and stylesheet instructions, deep nesting
and oversized input. Every one also goes in as `str` and as `bytes`. Around each call the
tests watch for file and network access (a marker file, a server that records visits, a
recording lxml resolver, a tripwire on `socket.connect`) and bound the memory used.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from twiml_dsl import TwiMLError, TwiMLParseError, parse
from twiml_dsl import _parse as parse_module

MARKER = "twiml-hostile-marker-7f3a"
DTD_REFUSED = "DTDs and entity declarations are not allowed in TwiML"
MiB = 1024 * 1024


# --- Watching for file and network access -----------------------------------------------------


class RecordingHandler(http.server.BaseHTTPRequestHandler):
    visits: list[str]

    def do_GET(self) -> None:
        self.visits.append(self.path)
        body = f'<!ENTITY leak "{MARKER}">'.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request it gets; yields (base URL, visits)."""
    visits: list[str] = []
    handler = type("Handler", (RecordingHandler,), {"visits": visits})
    httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", visits
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_the_server_records_a_visit(server: tuple[str, list[str]]):
    # The watcher itself works: a real request is recorded.
    url, visits = server
    before = len(visits)
    with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1]))) as conn:
        conn.sendall(b"GET /probe HTTP/1.0\r\n\r\n")
        assert conn.recv(64).startswith(b"HTTP/1.0 200")
    assert visits[before:] == ["/probe"]


@pytest.fixture
def marker_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(MARKER, encoding="utf-8")
    return path


class Resolver(etree.Resolver):
    def __init__(self, requests: list[str]) -> None:
        super().__init__()
        self.requests = requests

    def resolve(self, system_url: str | None, public_id: str | None, context: Any) -> Any:
        self.requests.append(str(system_url))
        return self.resolve_string(MARKER, context)


def permissive_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def test_the_marker_file_would_leak_through_a_resolving_parser(marker_file: Path):
    # The watchers are meaningful: a parser that resolves entities does read the file.
    document = f'<!DOCTYPE R [<!ENTITY leak SYSTEM "{marker_file.as_uri()}">]><R>&leak;</R>'
    assert etree.fromstring(document, permissive_parser()).text == MARKER


def test_the_resolver_watch_sees_a_resolving_parser():
    requests: list[str] = []
    parser = permissive_parser()
    parser.resolvers.add(Resolver(requests))
    document = '<!DOCTYPE R [<!ENTITY leak SYSTEM "http://127.0.0.1:9/e">]><R>&leak;</R>'
    assert etree.fromstring(document, parser).text == MARKER
    assert requests == ["http://127.0.0.1:9/e"]


@dataclass
class Watch:
    """What happened during one guarded `parse()` call."""

    connects: list[object] = field(default_factory=list)
    resolver_requests: list[str] = field(default_factory=list)
    peak: int = 0


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch) -> Callable[..., tuple[BaseException, Watch]]:
    """Call `parse()` expecting a TwiMLError; record sockets, resolver calls and memory."""

    def run(source: str | bytes, **kwargs: Any) -> tuple[BaseException, Watch]:
        watch = Watch()
        make_parser = parse_module._parser

        def parser_with_resolver(grammar: str) -> etree.XMLParser:
            parser = make_parser(grammar)
            parser.resolvers.add(Resolver(watch.resolver_requests))
            return parser

        def tripwire(sock: socket.socket, address: object) -> None:
            watch.connects.append(address)
            raise OSError("network access during parse()")

        with monkeypatch.context() as patch:
            patch.setattr(parse_module, "_parser", parser_with_resolver)
            patch.setattr(socket.socket, "connect", tripwire)
            patch.setattr(socket.socket, "connect_ex", tripwire)
            tracemalloc.start()
            try:
                with pytest.raises(TwiMLError) as caught:
                    parse(source, **kwargs)
                watch.peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
        assert watch.connects == []
        assert watch.resolver_requests == []
        assert MARKER not in str(caught.value)
        return caught.value, watch

    return run


def forms(document: str) -> list[str | bytes]:
    """The document as `str` and as UTF-8 `bytes`."""
    return [document, document.encode("utf-8")]


# --- Entity expansion -------------------------------------------------------------------------


def billion_laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)
    ]  # 10**levels copies once expanded
    return (
        '<?xml version="1.0"?>\n'
        f"<!DOCTYPE Response [\n{chr(10).join(entities)}\n]>\n"
        f"<Response><Say>&lol{levels - 1};</Say></Response>"
    )


def quadratic_blowup(size: int = 50_000, uses: int = 10_000) -> str:
    return (
        f'<!DOCTYPE Response [<!ENTITY big "{"x" * size}">]>'
        f"<Response><Say>{'&big;' * uses}</Say></Response>"
    )  # 500 MB once expanded


@pytest.mark.parametrize("source", forms(billion_laughs()), ids=["str", "bytes"])
def test_billion_laughs_is_refused_before_expansion(source: str | bytes, guarded):
    error, watch = guarded(source)
    assert isinstance(error, TwiMLParseError)
    assert error.message == DTD_REFUSED
    assert error.line == 2
    assert watch.peak < 1 * MiB


@pytest.mark.parametrize("source", forms(quadratic_blowup()), ids=["str", "bytes"])
def test_quadratic_blowup_is_refused_before_expansion(source: str | bytes, guarded):
    error, watch = guarded(source)
    assert error.message == DTD_REFUSED
    # The input is about 100 kB; expanded it would be 500 MB.
    assert watch.peak < 2 * MiB


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_entity_expansion_in_other_encodings_is_refused(encoding: str, guarded):
    document = billion_laughs().replace('<?xml version="1.0"?>', "")
    error, watch = guarded(document.encode(encoding))
    assert error.message == DTD_REFUSED
    assert watch.peak < 1 * MiB


def test_entity_expansion_hidden_by_utf7_stays_bounded_and_is_refused():
    # No byte scan can see `+ADw-!DOCTYPE`. Were libxml2 to read it, its C allocations
    # would be invisible to tracemalloc: run it in a child process and read its peak RSS.
    entities = '+ADw-!ENTITY a "' + "x" * 1000 + '"+AD4-'
    entities += "".join(
        f'+ADw-!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '"+AD4-' for i in range(8)
    )
    document = (
        '<?xml version="1.0" encoding="UTF-7"?>'
        f"+ADw-!DOCTYPE Response +AFs-{entities}+AF0-+AD4-"
        "<Response><Say>&i;</Say></Response>"
    ).encode("ascii")
    script = (
        "import sys\n"
        "from twiml_dsl import TwiMLParseError, parse\n"
        "try:\n"
        "    parse(sys.stdin.buffer.read())\n"
        "except TwiMLParseError as err:\n"
        "    print(err.message)\n"
        # VmHWM starts afresh at exec; ru_maxrss would count the parent's peak too.
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=document, capture_output=True, check=True
    )
    message, max_rss_kib = done.stdout.decode().splitlines()
    # 10**8 kB once expanded: refused for its encoding before libxml2 reads a byte.
    assert message.startswith("the document declares encoding 'UTF-7'")
    assert int(max_rss_kib) < 200 * 1024


# --- External entities and DTDs ---------------------------------------------------------------


def external_documents(file_url: str, http_url: str) -> dict[str, str]:
    return {
        "entity-file": (
            f'<!DOCTYPE Response [<!ENTITY leak SYSTEM "{file_url}">]>'
            "<Response><Say>&leak;</Say></Response>"
        ),
        "entity-http": (
            f'<!DOCTYPE Response [<!ENTITY leak SYSTEM "{http_url}/entity">]>'
            "<Response><Say>&leak;</Say></Response>"
        ),
        "entity-public": (
            f'<!DOCTYPE Response [<!ENTITY leak PUBLIC "-//X//Y" "{http_url}/public">]>'
            "<Response><Say>&leak;</Say></Response>"
        ),
        "parameter-entity-http": (
            f'<!DOCTYPE Response [<!ENTITY % remote SYSTEM "{http_url}/param"> %remote;]>'
            "<Response><Say>&leak;</Say></Response>"
        ),
        "external-dtd-http": (
            f'<!DOCTYPE Response SYSTEM "{http_url}/twiml.dtd">'
            "<Response><Say>&leak;</Say></Response>"
        ),
        "external-dtd-file": (
            f'<!DOCTYPE Response SYSTEM "{file_url}"><Response><Say>hi</Say></Response>'
        ),
        "external-dtd-lowercase": (f'<!doctype Response system "{http_url}/lower.dtd"><Response/>'),
    }


EXTERNAL_KINDS = list(external_documents("file:///x", "http://x"))


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("kind", EXTERNAL_KINDS)
def test_external_entities_and_dtds_are_refused_without_access(
    kind: str, strict: bool, as_bytes: bool, marker_file: Path, server, guarded
):
    url, visits = server
    document = external_documents(marker_file.as_uri(), url)[kind]
    source: str | bytes = document.encode() if as_bytes else document
    visits_before = len(visits)
    error, _ = guarded(source, strict=strict)
    assert isinstance(error, TwiMLParseError)
    assert error.message == DTD_REFUSED
    assert visits[visits_before:] == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32-be"])
def test_external_entity_in_a_wide_encoding_is_refused_without_access(
    encoding: str, marker_file: Path, server, guarded
):
    url, visits = server
    document = external_documents(marker_file.as_uri(), url)["entity-http"]
    visits_before = len(visits)
    error, _ = guarded(document.encode(encoding), strict=False)
    assert error.message == DTD_REFUSED
    assert visits[visits_before:] == []


def test_undeclared_entity_reference_is_not_well_formed(guarded):
    error, _ = guarded("<Response><Say>&leak;</Say></Response>")
    assert isinstance(error, TwiMLParseError)
    assert "Entity 'leak' not defined" in error.message


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_xinclude_is_refused_as_a_foreign_element(as_bytes: bool, marker_file: Path, guarded):
    document = (
        '<Response xmlns:xi="http://www.w3.org/2001/XInclude">'
        f'<xi:include href="{marker_file.as_uri()}" parse="text"/></Response>'
    )
    error, _ = guarded(document.encode() if as_bytes else document)
    assert "{http://www.w3.org/2001/XInclude}include> is not allowed inside <Response>" in str(
        error
    )


def test_xinclude_kept_by_lenient_parsing_is_never_expanded(marker_file: Path, server):
    url, visits = server
    visits_before = len(visits)
    document = (
        '<Response xmlns:xi="http://www.w3.org/2001/XInclude">'
        f'<xi:include href="{marker_file.as_uri()}" parse="text"/>'
        f'<xi:include href="{url}/xinclude" parse="text"/></Response>'
    )
    xml = parse(document, strict=False).to_xml()
    assert MARKER not in xml
    assert xml.count("<xi:include ") == 2
    assert visits[visits_before:] == []


def test_stylesheet_instruction_is_dropped_without_access(server):
    url, visits = server
    visits_before = len(visits)
    document = f'<?xml-stylesheet type="text/xsl" href="{url}/style.xsl"?><Response/>'
    assert parse(document).to_xml(xml_declaration=False) == "<Response/>"
    assert visits[visits_before:] == []


# --- Deep nesting -----------------------------------------------------------------------------


def nested_ssml(levels: int) -> str:
    return (
        "<Response><Say>" + "<prosody>" * levels + "x" + "</prosody>" * levels + "</Say></Response>"
    )


@pytest.mark.parametrize("source", forms(nested_ssml(100)), ids=["str", "bytes"])
def test_grammar_valid_nesting_beyond_the_limit_is_refused(source: str | bytes, guarded):
    error, _ = guarded(source)
    assert isinstance(error, TwiMLParseError)
    assert error.message == f"elements nest deeper than {parse_module.MAX_DEPTH} levels"


def test_nesting_at_the_limit_is_accepted():
    # <Response> is level 1 and <Say> level 2, so 62 <prosody> reach exactly 64.
    assert parse(nested_ssml(62)).to_xml(xml_declaration=False) == nested_ssml(62)


@pytest.mark.parametrize(
    ("levels", "strict", "expected"),
    [
        (200, True, "<x> is not allowed inside <Response>"),  # unknown: refused at once
        (200, False, "elements nest deeper than 64 levels"),
        (100_000, True, "Excessive depth in document"),  # libxml2's own limit, 256
        (100_000, False, "Excessive depth in document"),
    ],
)
def test_deep_unknown_nesting_is_refused(levels: int, strict: bool, expected: str, guarded):
    document = "<Response>" + "<x>" * levels + "</x>" * levels + "</Response>"
    for source in forms(document):
        error, watch = guarded(source, strict=strict)
        assert expected in error.message
        assert watch.peak < 3 * MiB


# --- Oversized input --------------------------------------------------------------------------


def test_oversized_input_is_refused_before_parsing(guarded, monkeypatch):
    def no_parsing(*args: object) -> None:
        raise AssertionError("lxml was called")

    monkeypatch.setattr(etree, "fromstring", no_parsing)
    filler = "<Say>" + "a" * 1000 + "</Say>"
    document = "<Response>" + filler * 1000 + "</Response>"
    for source in forms(document):
        error, watch = guarded(source)
        size = "at least " if isinstance(source, str) else ""
        assert error.message == f"input is {size}{len(document):,} bytes; the limit is 1,000,000"
        # A str that is too long is refused by its length, before any copy is made.
        assert watch.peak < (64 * 1024 if isinstance(source, str) else len(document) + 64 * 1024)


def test_size_limit_counts_utf8_bytes_not_characters(guarded):
    document = "<Response><Say>" + "\u20ac" * 400_000 + "</Say></Response>"
    assert len(document) < 1_000_000
    error, _ = guarded(document)
    assert error.message.startswith("input is 1,200,032 bytes")


def test_size_limit_is_adjustable(guarded):
    error, _ = guarded("<Response><Say>hello</Say></Response>", max_bytes=16)
    assert error.message == "input is at least 37 bytes; the limit is 16"


def test_input_just_under_the_limit_is_accepted():
    document = "<Response><Say>" + "a" * (1_000_000 - 32) + "</Say></Response>"
    assert len(document.encode()) == 1_000_000
    assert parse(document).to_xml(xml_declaration=False) == document
