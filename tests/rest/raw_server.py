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
from contextlib import contextmanager
from dataclasses import dataclass, field

Handler = Callable[[socket.socket, "RawServer"], None]


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


@contextmanager
def raw_server(handler: Handler, tls: ssl.SSLContext | None = None) -> Iterator[RawServer]:
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
        for conn in open_conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
