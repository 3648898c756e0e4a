"""Validate requests and responses against Twilio's own OpenAPI description (openapi-core).

The spec is read from $TWILIO_OPENAPI_SPEC, else `<repo>/../shared/reference/twilio-api-2010/
openapi-subset.json`. It is never copied into this repository; where it is absent,
`load_contract()` returns None and the contract checks skip.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

REPO_ROOT = Path(__file__).resolve().parents[2]
TWILIO_HOST = "https://api.twilio.com"


def spec_path() -> Path:
    env = os.environ.get("TWILIO_OPENAPI_SPEC")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "reference" / "twilio-api-2010" / "openapi-subset.json"


@dataclass
class _Request:
    method: str
    path: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str
    host_url: str = TWILIO_HOST


@dataclass
class _Response:
    status_code: int
    data: bytes
    headers: Headers
    content_type: str


def _headers(pairs: Any) -> Headers:
    return Headers(list(pairs.items()) if hasattr(pairs, "items") else list(pairs))


@dataclass
class Contract:
    """Counts and records every check; `errors` must stay empty."""

    api: OpenAPI
    requests_validated: int = 0
    responses_validated: int = 0
    errors: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _request(self, method: str, target: str, headers: Any, body: bytes | None) -> _Request:
        parts = urlsplit(target)
        hdrs = _headers(headers)
        return _Request(
            method=method.lower(),
            path=parts.path,
            parameters=RequestParameters(
                query=ImmutableMultiDict(parse_qsl(parts.query, keep_blank_values=True)),
                header=hdrs,
            ),
            body=body or None,
            content_type=(hdrs.get("Content-Type") or "").lower(),
        )

    def check_request(self, method: str, target: str, headers: Any, body: bytes | None) -> None:
        """`target` is the path with its query string, as sent on the wire."""
        request = self._request(method, target, headers, body)
        try:
            self.api.validate_request(request)
        except Exception as err:  # every validation failure is recorded, not raised here
            with self._lock:
                self.errors.append(f"request {method} {target}: {_explain(err)}")
        with self._lock:
            self.requests_validated += 1

    def check_response(
        self, method: str, target: str, status: int, headers: Any, body: bytes
    ) -> None:
        request = self._request(method, target, {}, None)
        hdrs = _headers(headers)
        response = _Response(status, body, hdrs, (hdrs.get("Content-Type") or "").lower())
        try:
            self.api.validate_response(request, response)
        except Exception as err:
            with self._lock:
                self.errors.append(f"response {status} to {method} {target}: {_explain(err)}")
        with self._lock:
            self.responses_validated += 1


def _explain(err: Exception) -> str:
    inner = getattr(err, "__cause__", None)
    details = getattr(inner, "schema_errors", None) or getattr(err, "schema_errors", None)
    if details:
        return f"{err}: " + "; ".join(str(d.message) for d in details)
    return f"{type(err).__name__}: {err}" + (f" ({inner})" if inner else "")


_cached: OpenAPI | None = None


def load_contract() -> Contract | None:
    global _cached
    path = spec_path()
    if not path.is_file():
        return None
    if _cached is None:
        with path.open(encoding="utf-8") as fh:
            _cached = OpenAPI.from_dict(json.load(fh))
    return Contract(_cached)
