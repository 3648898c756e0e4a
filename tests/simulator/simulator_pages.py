"""Helpers for the simulator tests: small Flask apps that serve fixed TwiML."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from flask import Flask, Response, request
from werkzeug.serving import make_server

from twiml_dsl.flask import twilio_webhook

TOKEN = "0123456789abcdef0123456789abcdef"
URL = "https://example.com/voice"

Page = str | Callable[[Mapping[str, str]], str] | Response


def twiml(body: str) -> str:
    """A `<Response>` document around `body`."""
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{body}</Response>'


class PageApp:
    """A Flask app that answers each path with a fixed page (or a function of the params),
    checks Twilio's signature, and remembers what each request carried."""

    def __init__(
        self, pages: Mapping[str, Page], *, token: str = TOKEN, testing: bool = False
    ) -> None:
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        app = Flask(__name__)
        app.config.update(TWILIO_AUTH_TOKEN=token, TESTING=testing)

        @app.route("/<path:path>", methods=["GET", "POST"])
        @twilio_webhook
        def page(path: str) -> Any:
            params = dict(request.values.items())
            self.seen.append((request.method, "/" + path, params))
            found = pages.get("/" + path)
            if found is None:
                return Response("no such page", status=404)
            if isinstance(found, Response):
                return found
            text = found(params) if callable(found) else found
            return Response(text, content_type="text/xml; charset=utf-8")

        self.app = app

    def params(self, path: str) -> dict[str, str]:
        """The parameters of the last request to `path`."""
        for _, seen_path, params in reversed(self.seen):
            if seen_path == path:
                return params
        raise AssertionError(f"{path} was never requested; seen: {[s[1] for s in self.seen]}")


@contextmanager
def served(app: Any, path: str = "/voice") -> Iterator[str]:
    """Serve a WSGI app over real HTTP on 127.0.0.1; yields the URL of `path`."""
    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{path}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
