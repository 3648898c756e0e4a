"""A scripted HTTP peer on 127.0.0.1 for tests where the server itself is the subject.

Each connection runs `handler(conn, server)` in its own thread; the handler reads the request
with `read_request()` and writes whatever bytes the test wants, so framing, pacing and
hostility are exactly what a real peer could send. Works for sync and async clients alike.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

Handler = Callable[[socket.socket, "RawServer"], None]
RawFactory = Callable[..., AbstractContextManager["RawServer"]]
"""`raw(handler, tls=None)`: the `raw` fixture, a `raw_server` that checks the contract."""


@dataclass
class RawServer:
    url: str
    connections: int = 0
    requests: list[tuple[bytes, bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def read_request(self, conn: socket.socket) -> tuple[bytes, bytes] | None:
        """One request (head, body), or None when the peer closed the connection."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.lower().split(b"\r\n"):
            if line.startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            body += chunk
        with self.lock:
            self.requests.append((head, body))
        return head, body


def ok(body: bytes = b"{}", *extra: bytes, status: bytes = b"200 OK") -> bytes:
    headers = b"".join(h + b"\r\n" for h in extra)
    return b"HTTP/1.1 %b\r\nContent-Length: %d\r\n%b\r\n%b" % (status, len(body), headers, body)


def answering(*answers: bytes) -> Handler:
    """Keep-alive: answer each request with the next of `answers` (the last one repeats)."""

    def handle(conn: socket.socket, server: RawServer) -> None:
        n = 0
        while server.read_request(conn) is not None:
            conn.sendall(answers[min(n, len(answers) - 1)])
            n += 1

    return handle


def check_requests(server: RawServer, contract: Any) -> None:
    """Validate every request the server read against Twilio's contract (if there is one)."""
    if contract is None:
        return
    for head, body in server.requests:
        first, *lines = head.decode("latin-1").split("\r\n")
        method, target, _ = first.split(" ", 2)
        parts = urlsplit(target)  # a proxy is sent the absolute URL
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines if line]
        contract.check_request(method, path, headers, body)


@contextmanager
def raw_server(
    handler: Handler, tls: ssl.SSLContext | None = None, contract: Any = None
) -> Iterator[RawServer]:
    """`contract`: a `rest_contract.Contract` that checks every request read, at the end."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = RawServer(f"{'https' if tls else 'http'}://127.0.0.1:{port}")
    stop = threading.Event()
    open_conns: list[socket.socket] = []

    def run(conn: socket.socket) -> None:
        try:
            if tls is not None:
                conn = tls.wrap_socket(conn, server_side=True)
            with server.lock:
                server.connections += 1
            handler(conn, server)
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()

    listener.settimeout(0.05)  # so the accept loop sees `stop` soon

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            open_conns.append(conn)
            threading.Thread(target=run, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(5)
        listener.close()
        check_requests(server, contract)
        for conn in open_conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
