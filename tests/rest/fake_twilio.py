"""A small stateful Twilio-like server for tests and benchmarks (stdlib only, 127.0.0.1).

It keeps accounts, calls, messages, notifications, Connect apps and call recordings in memory,
pages lists with `next_page_uri`, answers errors in Twilio's `{code, message, more_info, status}`
form, records every request, and can inject faults (`server.inject(Fault(...))`).
With a `rest_contract.Contract`, every request it receives and every 2xx response it
sends is validated.
"""

from __future__ import annotations

import base64
import json
import re
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

V = "/2010-04-01"
MAIN_SID = "AC" + "0" * 31 + "1"
MAIN_TOKEN = "tok-" + "5ecret" * 5

KINDS = {
    "Calls": "calls",
    "Messages": "messages",
    "Notifications": "notifications",
    "ConnectApps": "connect_apps",
    "AuthorizedConnectApps": "authorized_connect_apps",
}
PREFIX = {
    "calls": "CA",
    "messages": "SM",
    "notifications": "NO",
    "connect_apps": "CN",
    "recordings": "RE",
    "accounts": "AC",
}
SUBRESOURCES = {
    "calls": "Calls",
    "messages": "Messages",
    "notifications": "Notifications",
    "recordings": "Recordings",
    "conferences": "Conferences",
    "queues": "Queues",
    "incoming_phone_numbers": "IncomingPhoneNumbers",
    "applications": "Applications",
    "outgoing_caller_ids": "OutgoingCallerIds",
    "transcriptions": "Transcriptions",
    "usage": "Usage",
    "connect_apps": "ConnectApps",
    "authorized_connect_apps": "AuthorizedConnectApps",
}
CREATABLE = {"calls", "messages"}
UPDATABLE = {"calls", "messages", "connect_apps"}
DELETABLE = {"calls", "messages", "connect_apps", "recordings"}


def assert_no_token(*texts: object) -> None:
    """Fail if the auth token appears in any of these (exception text, repr, log output)."""
    for text in texts:
        assert MAIN_TOKEN not in str(text)


def new_sid(prefix: str) -> str:
    return prefix + uuid.uuid4().hex


def rfc2822(when: datetime | None = None) -> str:
    return format_datetime(when or datetime.now(UTC))


@dataclass
class Fault:
    """One injected fault; applies to the next `times` requests matching `method`/`path`.

    kind: status | reset_before_read | reset_after_read | sleep | truncated | malformed_json
          | html | redirect | body. `act=True` makes the server carry out the request before
    failing. `body` answers `status` with exactly `body` (e.g. JSON that is not Twilio's shape).
    """

    kind: str
    status: int = 500
    method: str | None = None
    path: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    act: bool = False
    delay: float = 0.0
    times: int = 1
    code: int | None = None
    body: bytes = b""


@dataclass
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]
    user: str | None
    fault: str | None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 512
    fake: FakeTwilio


class FakeTwilio:
    """Start with `with FakeTwilio() as server:`; `server.base_url` is the root to point at."""

    def __init__(
        self,
        account_sid: str = MAIN_SID,
        auth_token: str = MAIN_TOKEN,
        *,
        contract: Any = None,
        record: bool = True,
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.contract = contract
        self.record = record
        self.lock = threading.Lock()
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        self.connected: set[str] = set()
        self.accounts: dict[str, dict[str, Any]] = {}
        self.data: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self.children: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self.accounts[account_sid] = self._account_record(account_sid, "Main", None)
        from fake_families import Families  # it builds on this module's helpers

        self.families = Families(self)
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeTwilio:
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.fake = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeTwilio:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- test helpers ------------------------------------------------------------------------

    def inject(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def count(self, method: str | None = None, path_contains: str = "") -> int:
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method) and path_contains in r.path
        )

    def records(self, kind: str, account_sid: str | None = None) -> dict[str, dict[str, Any]]:
        return self.data.setdefault((account_sid or self.account_sid, kind), {})

    def add_subaccount(self, friendly_name: str = "Sub", *, connected: bool = False) -> str:
        sid = new_sid("AC")
        self.accounts[sid] = self._account_record(sid, friendly_name, self.account_sid)
        if connected:
            self.connected.add(sid)
        return sid

    def seed(self, kind: str, account_sid: str | None = None, **fields: Any) -> dict[str, Any]:
        acc = account_sid or self.account_sid
        rec = self._new_record(kind, acc, fields)
        self.records(kind, acc)[rec.get("sid") or rec["connect_app_sid"]] = rec
        return rec

    def seed_child(self, call_sid: str, kind: str, **fields: Any) -> dict[str, Any]:
        call = self._find_call(call_sid)
        acc = call["account_sid"]
        rec = self._new_record(kind, acc, {"call_sid": call_sid, **fields})
        self.children.setdefault((call_sid, kind), {})[rec["sid"]] = rec
        return rec

    def seed_calls(self, n: int, account_sid: str | None = None) -> None:
        acc = account_sid or self.account_sid
        store = self.records("calls", acc)
        for _ in range(n):
            rec = self._new_record("calls", acc, {"to": "+12125551234", "from": "+16465551234"})
            store[rec["sid"]] = rec

    def _find_call(self, call_sid: str) -> dict[str, Any]:
        for (_, kind), store in self.data.items():
            if kind == "calls" and call_sid in store:
                return store[call_sid]
        raise KeyError(call_sid)

    # -- records -----------------------------------------------------------------------------

    def _account_record(self, sid: str, name: str, owner: str | None) -> dict[str, Any]:
        now = rfc2822()
        return {
            "sid": sid,
            "friendly_name": name,
            "status": "active",
            "type": "Full",
            "owner_account_sid": owner or sid,
            "auth_token": uuid.uuid4().hex,
            "date_created": now,
            "date_updated": now,
            "uri": f"{V}/Accounts/{sid}.json",
            "subresource_uris": {
                key: f"{V}/Accounts/{sid}/{segment}.json" for key, segment in SUBRESOURCES.items()
            },
        }

    def _new_record(self, kind: str, acc: str, fields: dict[str, Any]) -> dict[str, Any]:
        now = rfc2822()
        base = f"{V}/Accounts/{acc}"
        if kind == "calls":
            sid = new_sid("CA")
            rec: dict[str, Any] = {
                "sid": sid,
                "account_sid": acc,
                "date_created": now,
                "date_updated": now,
                "parent_call_sid": None,
                "to": None,
                "to_formatted": None,
                "from": None,
                "from_formatted": None,
                "phone_number_sid": None,
                "status": "queued",
                "start_time": now,
                "end_time": None,
                "duration": None,
                "price": None,
                "price_unit": "USD",
                "direction": "outbound-api",
                "answered_by": None,
                "api_version": "2010-04-01",
                "forwarded_from": None,
                "group_sid": None,
                "caller_name": None,
                "queue_time": "0",
                "trunk_sid": None,
                "uri": f"{base}/Calls/{sid}.json",
                "subresource_uris": {
                    "notifications": f"{base}/Calls/{sid}/Notifications.json",
                    "recordings": f"{base}/Calls/{sid}/Recordings.json",
                },
            }
        elif kind == "messages":
            sid = new_sid("SM")
            rec = {
                "sid": sid,
                "account_sid": acc,
                "messaging_service_sid": None,
                "to": None,
                "from": None,
                "body": None,
                "status": "queued",
                "direction": "outbound-api",
                "num_segments": "1",
                "num_media": "0",
                "price": None,
                "price_unit": "USD",
                "error_code": None,
                "error_message": None,
                "api_version": "2010-04-01",
                "date_created": now,
                "date_updated": now,
                "date_sent": None,
                "uri": f"{base}/Messages/{sid}.json",
                "subresource_uris": {"media": f"{base}/Messages/{sid}/Media.json"},
            }
        elif kind == "notifications":
            sid = new_sid("NO")
            rec = {
                "sid": sid,
                "account_sid": acc,
                "call_sid": None,
                "api_version": "2010-04-01",
                "error_code": "11200",
                "log": "0",
                "message_date": now,
                "message_text": "HTTP retrieval failure",
                "more_info": "https://www.twilio.com/docs/errors/11200",
                "request_method": "POST",
                "request_url": "https://example.com/voice",
                "date_created": now,
                "date_updated": now,
                "uri": f"{base}/Notifications/{sid}.json",
            }
        elif kind == "recordings":
            sid = new_sid("RE")
            rec = {
                "sid": sid,
                "account_sid": acc,
                "call_sid": None,
                "conference_sid": None,
                "api_version": "2010-04-01",
                "status": "completed",
                "source": "OutboundAPI",
                "channels": 1,
                "track": "both",
                "duration": "4",
                "price": None,
                "price_unit": "USD",
                "error_code": None,
                "start_time": now,
                "date_created": now,
                "date_updated": now,
                "uri": f"{base}/Recordings/{sid}.json",
                "encryption_details": None,
            }
        elif kind == "connect_apps":
            sid = new_sid("CN")
            rec = {
                "sid": sid,
                "account_sid": acc,
                "friendly_name": "My app",
                "company_name": "Acme",
                "description": "An app",
                "homepage_url": "https://example.com",
                "authorize_redirect_url": "https://example.com/authorize",
                "deauthorize_callback_url": "https://example.com/deauthorize",
                "deauthorize_callback_method": "POST",
                "permissions": ["get-all"],
                "uri": f"{base}/ConnectApps/{sid}.json",
            }
        elif kind == "authorized_connect_apps":
            sid = new_sid("CN")
            rec = {
                "connect_app_sid": sid,
                "account_sid": acc,
                "connect_app_friendly_name": "Their app",
                "connect_app_company_name": "Partner",
                "connect_app_description": "A partner app",
                "connect_app_homepage_url": "https://partner.example.com",
                "permissions": ["get-all", "post-all"],
                "uri": f"{base}/AuthorizedConnectApps/{sid}.json",
            }
        else:
            raise ValueError(kind)
        rec.update(fields)
        if kind == "calls":
            rec["to_formatted"] = rec["to"]
            rec["from_formatted"] = rec["from"]
        return rec

    # -- request handling (called from the handler thread) -----------------------------------

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if (fault.method is None or fault.method == method) and (
                    fault.path is None or fault.path in path
                ):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def authorize(self, header: str | None, account_sid: str | None) -> tuple[str | None, int]:
        """(user, verdict): 200 allowed, 401 bad credentials, 404 not this caller's account.

        Connect: a connected account's SID with our auth token reaches that account only.
        """
        if not header or not header.startswith("Basic "):
            return None, 401
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return None, 401
        if password != self.auth_token:
            return user, 401
        if user == self.account_sid:
            owned = account_sid is None or (
                account_sid in self.accounts
                and self.accounts[account_sid]["owner_account_sid"] == self.account_sid
            )
            return user, 200 if owned else 404
        if user in self.connected:
            return user, 200 if account_sid in (None, user) else 404
        return user, 401

    def respond(self, method: str, target: str, auth: str | None, body: bytes) -> tuple[int, Any]:
        """Authenticate and answer one request (no faults, no recording)."""
        parts = urlsplit(target)
        path, query = parts.path, parse_qsl(parts.query, keep_blank_values=True)
        form = parse_qsl(body.decode(), keep_blank_values=True) if body else []
        m = re.match(rf"{V}/Accounts/(AC\w+)", path)
        _, verdict = self.authorize(auth, m.group(1) if m else None)
        if verdict == 401:
            return _error(401, 20003, "Authenticate")
        if verdict == 404:
            return _not_found(path)
        return self.handle(method, path, query, form)

    def handle(
        self, method: str, path: str, query: list[tuple[str, str]], form: list[tuple[str, str]]
    ) -> tuple[int, Any]:
        """(status, JSON body or None) for one request, with the state lock held."""
        with self.lock:
            return self._route(method, path, query, form)

    def _route(
        self, method: str, path: str, query: list[tuple[str, str]], form: list[tuple[str, str]]
    ) -> tuple[int, Any]:
        f = dict(form)
        if path == f"{V}/Accounts.json":
            if method == "GET":
                subs = [
                    a for a in self.accounts.values() if a["owner_account_sid"] == self.account_sid
                ]
                return self._list(path, query, "accounts", subs)
            if method == "POST":
                sid = new_sid("AC")
                rec = self._account_record(
                    sid, f.get("FriendlyName", "SubAccount"), self.account_sid
                )
                self.accounts[sid] = rec
                return 201, rec
            return _error(405, 20004, "Method not allowed")
        m = re.fullmatch(rf"{V}/Accounts/(AC\w+)\.json", path)
        if m:
            rec = self.accounts.get(m.group(1))
            if rec is None:
                return _not_found(path)
            if method == "GET":
                return 200, rec
            if method == "POST":
                if rec["status"] == "closed":
                    return _error(400, 20006, "Cannot modify a closed account")
                if "Status" in f:
                    rec["status"] = f["Status"]
                if "FriendlyName" in f:
                    rec["friendly_name"] = f["FriendlyName"]
                rec["date_updated"] = rfc2822()
                return 200, rec
            return _error(405, 20004, "Method not allowed")
        m = re.fullmatch(
            rf"{V}/Accounts/(AC\w+)/Calls/(CA\w+)/(Notifications|Recordings)(?:/(\w+))?\.json", path
        )
        if m:
            call_sid, sub, item = m.group(2), m.group(3).lower(), m.group(4)
            try:
                self._find_call(call_sid)
            except KeyError:
                return _not_found(path)
            store = self.children.setdefault((call_sid, sub), {})
            if item is None:
                if method != "GET":
                    return _error(405, 20004, "Method not allowed")
                return self._list(
                    path, query, sub, [r for r in store.values() if _matches(r, query)]
                )
            return self._item(method, path, sub, store, item, form)
        m = re.fullmatch(rf"{V}/Accounts/(AC\w+)/(\w+?)(?:/(\w+))?\.json", path)
        if m and m.group(2) in KINDS:
            acc, kind, item = m.group(1), KINDS[m.group(2)], m.group(3)
            store = self.records(kind, acc)
            if item is None:
                if method == "GET":
                    items = [r for r in store.values() if _matches(r, query)]
                    return self._list(path, query, kind, items)
                if method == "POST" and kind in CREATABLE:
                    return self._create(kind, acc, f, form)
                return _error(405, 20004, "Method not allowed")
            return self._item(method, path, kind, store, item, form)
        answer = self.families.route(method, path, query, form)
        return answer if answer is not None else _not_found(path)

    def _create(
        self, kind: str, acc: str, f: dict[str, str], form: list[tuple[str, str]]
    ) -> tuple[int, Any]:
        to = f.get("To", "")
        if not re.fullmatch(r"\+?\d{5,15}|client:\w+|sip:.+", to):
            return _error(400, 21211, f"Invalid 'To' Phone Number: {to}")
        if kind == "calls":
            if not ({"Url", "Twiml", "ApplicationSid"} & f.keys()):
                return _error(400, 21205, "Url parameter is required.")
            rec = self._new_record("calls", acc, {"to": to, "from": f.get("From")})
        else:
            if not ({"From", "MessagingServiceSid"} & f.keys()):
                return _error(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required")
            media = [v for k, v in form if k == "MediaUrl"]
            if not f.get("Body") and not media and "ContentSid" not in f:
                return _error(400, 21602, "Message body is required.")
            rec = self._new_record(
                "messages",
                acc,
                {
                    "to": to,
                    "from": f.get("From"),
                    "body": f.get("Body"),
                    "messaging_service_sid": f.get("MessagingServiceSid"),
                    "num_media": str(len(media)),
                },
            )
        self.records(kind, acc)[rec["sid"]] = rec
        return 201, rec

    def _item(
        self,
        method: str,
        path: str,
        kind: str,
        store: dict[str, dict[str, Any]],
        sid: str,
        form: list[tuple[str, str]],
    ) -> tuple[int, Any]:
        f = dict(form)
        rec = store.get(sid)
        if rec is None:
            return _not_found(path)
        if method == "GET":
            return 200, rec
        if method == "DELETE":
            if kind not in DELETABLE:
                return _error(405, 20004, "Method not allowed")
            del store[sid]
            return 204, None
        if method == "POST" and kind in UPDATABLE:
            if kind == "calls" and f.get("Status") in ("completed", "canceled"):
                rec["status"] = f["Status"]
                rec["end_time"] = rfc2822()
            if kind == "messages":
                if "Body" in f:
                    rec["body"] = f["Body"]
                if f.get("Status") == "canceled":
                    rec["status"] = "canceled"
            if kind == "connect_apps":
                for key, value in f.items():
                    snake = re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower()
                    if snake == "permissions":  # an array: repeated keys
                        rec[snake] = [v for k, v in form if k == key]
                    elif snake in rec:
                        rec[snake] = value
            rec["date_updated"] = rfc2822() if "date_updated" in rec else None
            if rec.get("date_updated") is None:
                rec.pop("date_updated", None)
            return 200, rec
        return _error(405, 20004, "Method not allowed")

    def _list(
        self, path: str, query: list[tuple[str, str]], key: str, items: list[dict[str, Any]]
    ) -> tuple[int, Any]:
        return page(path, query, key, items)


def page(
    path: str, query: list[tuple[str, str]], key: str, items: list[dict[str, Any]]
) -> tuple[int, Any]:
    """One page of `items` in Twilio's list envelope, following `PageSize`/`PageToken`."""
    q = dict(query)
    size = int(q.get("PageSize", "50"))
    size = max(1, min(size, 1000))
    token = q.get("PageToken", "")
    offset = int(token[2:]) if token.startswith("PT") else int(q.get("Page", "0")) * size
    number = offset // size
    chunk = items[offset : offset + size]
    keep = [(k, v) for k, v in query if k not in ("Page", "PageToken", "PageSize")]

    def uri(page_no: int, tok: str | None) -> str:
        params = [*keep, ("PageSize", str(size)), ("Page", str(page_no))]
        if tok:
            params.append(("PageToken", tok))
        return f"{path}?{urlencode(params)}"

    has_next = offset + size < len(items)
    body = {
        key: chunk,
        "first_page_uri": uri(0, None),
        "next_page_uri": uri(number + 1, f"PT{offset + size}") if has_next else None,
        "previous_page_uri": uri(number - 1, f"PT{max(0, offset - size)}") if number else None,
        "uri": uri(number, token or None),
        "page": number,
        "page_size": size,
        "start": offset,
        "end": offset + max(len(chunk) - 1, 0),
    }
    return 200, body


def _error(status: int, code: int, message: str) -> tuple[int, Any]:
    return status, {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def _not_found(path: str) -> tuple[int, Any]:
    return _error(404, 20404, f"The requested resource {path} was not found")


error, not_found = _error, _not_found


_RANGE = {
    "StartTime": "start_time",
    "EndTime": "end_time",
    "DateSent": "date_sent",
    "DateCreated": "date_created",
}


def _matches(rec: dict[str, Any], query: list[tuple[str, str]]) -> bool:
    for key, value in query:
        if key in ("Status", "To", "From") and rec.get(key.lower()) != value:
            return False
        base, op = key.rstrip("<>"), key[len(key.rstrip("<>")) :]
        if base in _RANGE:
            raw = rec.get(_RANGE[base])
            if raw is None:
                return False
            when = parsedate_to_datetime(raw)
            bound = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if bound.tzinfo is None:
                bound = bound.replace(tzinfo=UTC)
            if (op == ">" and when < bound) or (op == "<" and when > bound):
                return False
            if op == "" and when.date() != bound.date():
                return False
    return True


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reset(self) -> None:
        """Abort the connection with a TCP RST."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str]) -> None:
        self.send_response(status)
        if body:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _dispatch(self) -> None:
        fake = self.server.fake
        method = self.command
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qsl(parts.query, keep_blank_values=True)
        fault = fake.take_fault(method, path)
        if fault is not None and fault.kind == "reset_before_read":
            self._record(method, path, query, [], None, fault)
            self._reset()
            return
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        form = parse_qsl(raw.decode(), keep_blank_values=True) if raw else []
        m = re.match(rf"{V}/Accounts/(AC\w+)", path)
        user, verdict = fake.authorize(self.headers.get("Authorization"), m.group(1) if m else None)
        self._record(method, path, query, form, user, fault)
        if fake.contract is not None:
            fake.contract.check_request(method, self.path, dict(self.headers.items()), raw or None)

        def act() -> tuple[int, Any]:
            if verdict == 401:
                return _error(401, 20003, "Authenticate")
            if verdict == 404:
                return _not_found(path)
            return fake.handle(method, path, query, form)

        if fault is not None:
            if fault.act:
                act()
            self._fault(fault, path)
            return
        status, body = act()
        payload = json.dumps(body).encode() if body is not None else b""
        if fake.contract is not None and 200 <= status < 300:
            fake.contract.check_response(
                method, self.path, status, {"Content-Type": "application/json"}, payload
            )
        self._send(status, payload, "application/json", {})

    def _record(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        user: str | None,
        fault: Fault | None,
    ) -> None:
        fake = self.server.fake
        if fake.record:
            with fake.lock:
                fake.requests.append(
                    Recorded(method, path, query, form, user, fault.kind if fault else None)
                )

    def _fault(self, fault: Fault, path: str) -> None:
        kind = fault.kind
        if kind == "reset_after_read":
            self._reset()
        elif kind == "sleep":
            time.sleep(fault.delay)
            self._reset()
        elif kind == "status":
            status = fault.status
            code = fault.code or (20429 if status == 429 else 20500)
            message = "Too Many Requests" if status == 429 else "Internal failure"
            body = json.dumps(_error(status, code, message)[1]).encode()
            self._send(status, body, "application/json", fault.headers)
        elif kind == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "4000")
            self.end_headers()
            self.wfile.write(b'{"sid": "CA')
            self.wfile.flush()
            self.close_connection = True
        elif kind == "body":
            self._send(fault.status, fault.body, "application/json", fault.headers)
        elif kind == "malformed_json":
            self._send(200, b'{"sid": "CA1", "status": ', "application/json", {})
        elif kind == "html":
            page = (
                b"<html><head><title>502 Bad Gateway</title></head>"
                b"<body><h1>Bad Gateway</h1></body></html>"
            )
            self._send(fault.status, page, "text/html", {})
        elif kind == "redirect":
            self._send(
                fault.status, b"", "text/plain", {"Location": "http://elsewhere.invalid" + path}
            )
        else:  # pragma: no cover - a typo in a test
            raise ValueError(kind)

    do_GET = do_POST = do_DELETE = _dispatch


_REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized"}


async def serve_asyncio(
    fake: FakeTwilio, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0
) -> Any:
    """The same fake on one asyncio loop (keep-alive HTTP/1.1, no faults): for benchmarks,
    where a thread per connection would measure the server's GIL contention, not the client.
    `latency` delays every answer, as a network round trip to Twilio would."""
    import asyncio

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                method, target, _ = line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while True:
                    raw = await reader.readline()
                    if raw in (b"\r\n", b"\n", b""):
                        break
                    key, _, value = raw.decode("latin-1").partition(":")
                    headers[key.strip().lower()] = value.strip()
                length = int(headers.get("content-length") or 0)
                body = await reader.readexactly(length) if length else b""
                if latency:
                    await asyncio.sleep(latency)
                status, payload = fake.respond(method, target, headers.get("authorization"), body)
                data = json.dumps(payload).encode() if payload is not None else b""
                head = (
                    f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
                )
                writer.write(head.encode() + data)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            return  # the client went away, or the benchmark is shutting the loop down
        finally:
            writer.close()

    return await asyncio.start_server(serve, host, port, backlog=1024)
