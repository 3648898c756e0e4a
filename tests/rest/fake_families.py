"""The loopback server's other families: applications, conferences and participants, queues
and members, recordings and transcriptions, phone numbers, caller IDs, usage.

Each family's records have exactly the fields that Twilio's contract declares for it
(`SHAPES`, checked against the contract by `test_rest_families.py`): non-nullable enums and
integers start at a valid value, every other field at `null`, and create/update copy the
form fields whose snake_case names are fields of the record. What is specific to a family
(a dequeue leaves the queue, ending a conference, a validation request) is written out below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import unquote

from fake_twilio import V, error, new_sid, not_found, page, rfc2822

Answer = tuple[int, Any]


@dataclass(frozen=True)
class Shape:
    """A record schema: field -> kind (s text or object, b boolean, i integer, I integer that
    is never null, t RFC 2822 timestamp, e enum that is never null)."""

    schema: str
    spec: str

    @property
    def fields(self) -> dict[str, str]:
        return dict(item.split(":") for item in self.spec.split())


SHAPES = {
    "applications": Shape(
        "api.v2010.account.application",
        "account_sid:s api_version:s date_created:t date_updated:t friendly_name:s "
        "message_status_callback:s sid:s sms_fallback_method:s sms_fallback_url:s sms_method:s "
        "sms_status_callback:s sms_url:s status_callback:s status_callback_method:s uri:s "
        "voice_caller_id_lookup:b voice_fallback_method:s voice_fallback_url:s voice_method:s "
        "voice_url:s public_application_connect_enabled:b",
    ),
    "conferences": Shape(
        "api.v2010.account.conference",
        "account_sid:s date_created:t date_updated:t api_version:s friendly_name:s region:s "
        "sid:s status:e uri:s subresource_uris:s reason_conference_ended:e "
        "call_sid_ending_conference:s",
    ),
    "participants": Shape(
        "api.v2010.account.conference.participant",
        "account_sid:s call_sid:s label:s call_sid_to_coach:s coaching:b conference_sid:s "
        "date_created:t date_updated:t end_conference_on_exit:b muted:b hold:b "
        "start_conference_on_enter:b status:e queue_time:s uri:s",
    ),
    "queues": Shape(
        "api.v2010.account.queue",
        "date_updated:t current_size:I friendly_name:s uri:s account_sid:s "
        "average_wait_time:I sid:s date_created:t max_size:I",
    ),
    "queue_members": Shape(
        "api.v2010.account.queue.member",
        "call_sid:s date_enqueued:t position:I uri:s wait_time:I queue_sid:s",
    ),
    "recordings": Shape(
        "api.v2010.account.recording",
        "account_sid:s api_version:s call_sid:s conference_sid:s date_created:t "
        "date_updated:t start_time:t duration:s sid:s price:s price_unit:s status:e "
        "channels:i source:e error_code:i uri:s encryption_details:s subresource_uris:s "
        "media_url:s",
    ),
    "transcriptions": Shape(
        "api.v2010.account.transcription",
        "account_sid:s api_version:s date_created:t date_updated:t duration:s price:s "
        "price_unit:s recording_sid:s sid:s status:e transcription_text:s type:s uri:s",
    ),
    "incoming_phone_numbers": Shape(
        "api.v2010.account.incoming_phone_number",
        "account_sid:s address_sid:s address_requirements:e api_version:s beta:b "
        "capabilities:s date_created:t date_updated:t friendly_name:s identity_sid:s "
        "phone_number:s origin:s sid:s sms_application_sid:s sms_fallback_method:s "
        "sms_fallback_url:s sms_method:s sms_url:s status_callback:s status_callback_method:s "
        "trunk_sid:s uri:s voice_receive_mode:e voice_application_sid:s "
        "voice_caller_id_lookup:b voice_fallback_method:s voice_fallback_url:s voice_method:s "
        "voice_url:s emergency_status:e emergency_address_sid:s emergency_address_status:e "
        "bundle_sid:s status:s type:s",
    ),
    "outgoing_caller_ids": Shape(
        "api.v2010.account.outgoing_caller_id",
        "sid:s date_created:t date_updated:t friendly_name:s account_sid:s phone_number:s uri:s",
    ),
    "validation_requests": Shape(
        "api.v2010.account.validation_request",
        "account_sid:s call_sid:s friendly_name:s phone_number:s validation_code:s",
    ),
    "usage_records": Shape(
        "api.v2010.account.usage.usage_record",
        "account_sid:s api_version:s as_of:s category:s count:s count_unit:s description:s "
        "end_date:s price:s price_unit:s start_date:s subresource_uris:s uri:s usage:s "
        "usage_unit:s",
    ),
    "usage_triggers": Shape(
        "api.v2010.account.usage.usage_trigger",
        "account_sid:s api_version:s callback_method:s callback_url:s current_value:s "
        "date_created:t date_fired:t date_updated:t friendly_name:s recurring:e sid:s "
        "trigger_by:e trigger_value:s uri:s usage_category:s usage_record_uri:s",
    ),
}

FIRST = {
    ("conferences", "status"): "in-progress",
    ("conferences", "reason_conference_ended"): "conference-ended-via-api",
    ("participants", "status"): "connected",
    ("recordings", "status"): "completed",
    ("recordings", "source"): "RecordVerb",
    ("transcriptions", "status"): "completed",
    ("incoming_phone_numbers", "address_requirements"): "none",
    ("incoming_phone_numbers", "voice_receive_mode"): "voice",
    ("incoming_phone_numbers", "emergency_status"): "Inactive",
    ("incoming_phone_numbers", "emergency_address_status"): "unregistered",
    ("usage_triggers", "recurring"): "monthly",
    ("usage_triggers", "trigger_by"): "usage",
}
"""The starting value of each never-null enum (the contract allows no null there)."""

PREFIX = {
    "applications": "AP",
    "conferences": "CF",
    "queues": "QU",
    "recordings": "RE",
    "transcriptions": "TR",
    "incoming_phone_numbers": "PN",
    "outgoing_caller_ids": "PN",
    "usage_triggers": "UT",
}

USAGE_SUBSETS = {
    "AllTime": "all_time",
    "Daily": "daily",
    "LastMonth": "last_month",
    "Monthly": "monthly",
    "ThisMonth": "this_month",
    "Today": "today",
    "Yearly": "yearly",
    "Yesterday": "yesterday",
}

_DATES = {"DateCreated": "date_created", "DateUpdated": "date_updated"}
_SKIP = {"Page", "PageSize", "PageToken", "IncludeSubaccounts", "IncludeSoftDeleted"}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def blank(kind: str, acc: str, uri: str, **fields: Any) -> dict[str, Any]:
    """A record of `kind` with every field of its shape, as a fresh one would have."""
    now = rfc2822()
    rec: dict[str, Any] = {}
    for name, code in SHAPES[kind].fields.items():
        if code == "I":
            rec[name] = 0
        elif code == "e":
            rec[name] = FIRST[(kind, name)]
        elif code == "b":
            rec[name] = False
        elif code == "t" and name != "date_fired":
            rec[name] = now
        elif name.endswith("_method"):  # an enum of GET, POST, that allows no null
            rec[name] = "POST"
        else:
            rec[name] = None
    if "account_sid" in rec:
        rec["account_sid"] = acc
    if "api_version" in rec:
        rec["api_version"] = "2010-04-01"
    rec["uri"] = uri
    rec.update(fields)
    return rec


def absorb(kind: str, rec: dict[str, Any], form: list[tuple[str, str]]) -> None:
    """Copy the form fields that are fields of the record, typed as the shape says."""
    shape = SHAPES[kind].fields
    for key, value in form:
        name = snake(key)
        if name in ("sid", "account_sid", "uri") or name not in shape:
            continue
        code = shape[name]
        if code == "b":
            rec[name] = value == "true"
        elif code in "iI":
            rec[name] = int(value)
        else:
            rec[name] = value
    if "date_updated" in rec:
        rec["date_updated"] = rfc2822()


def _when(value: str) -> datetime:
    bound = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return bound if bound.tzinfo is not None else bound.replace(tzinfo=UTC)


def matches(rec: dict[str, Any], query: list[tuple[str, str]]) -> bool:
    """Equality filters on the record's fields; date ranges on its timestamps and dates."""
    for key, value in query:
        base, op = key.rstrip("<>"), key[len(key.rstrip("<>")) :]
        if base in _SKIP:
            continue
        if base in _DATES:
            raw = rec.get(_DATES[base])
            if raw is None:
                return False
            when, bound = parsedate_to_datetime(raw), _when(value)
            if (op == ">" and when < bound) or (op == "<" and when > bound):
                return False
            if op == "" and when.date() != bound.date():
                return False
        elif base == "StartDate":
            if date.fromisoformat(rec["start_date"]) < date.fromisoformat(value):
                return False
        elif base == "EndDate":
            if date.fromisoformat(rec["end_date"]) > date.fromisoformat(value):
                return False
        else:
            field = {"Category": "category"}.get(base, snake(base))
            have = rec.get(field)
            text = str(have).lower() if isinstance(have, bool) else have
            if field in rec and text != value:
                return False
    return True


class Families:
    """Routes and state of these families, for one `FakeTwilio` (whose lock is held)."""

    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.dequeued: list[tuple[str, str, str]] = []
        """(queue SID, call SID, URL) of every dequeue, in order."""
        self.validations: list[dict[str, Any]] = []
        base = r"/Accounts/(AC\w+)/"
        self.routes: list[tuple[re.Pattern[str], Callable[..., Answer]]] = [
            (re.compile(base + r"Conferences/([^/]+)/Participants(?:/([^/]+))?\.json"), self._par),
            (re.compile(base + r"Queues/(QU\w+)/Members(?:/([^/]+))?\.json"), self._members),
            (re.compile(base + r"Recordings/(RE\w+)/Transcriptions(?:/(\w+))?\.json"), self._rtr),
            (re.compile(base + r"IncomingPhoneNumbers/(Local|Mobile|TollFree)\.json"), self._typed),
            (re.compile(base + r"Usage/Records(?:/(\w+))?\.json"), self._usage),
            (re.compile(base + r"Usage/Triggers(?:/(\w+))?\.json"), self._plain("usage_triggers")),
            (re.compile(base + r"Applications(?:/(\w+))?\.json"), self._plain("applications")),
            (re.compile(base + r"Conferences(?:/(\w+))?\.json"), self._plain("conferences")),
            (re.compile(base + r"Queues(?:/(\w+))?\.json"), self._plain("queues")),
            (re.compile(base + r"Recordings(?:/(\w+))?\.json"), self._plain("recordings")),
            (re.compile(base + r"Transcriptions(?:/(\w+))?\.json"), self._plain("transcriptions")),
            (
                re.compile(base + r"IncomingPhoneNumbers(?:/(PN\w+))?\.json"),
                self._plain("incoming_phone_numbers"),
            ),
            (
                re.compile(base + r"OutgoingCallerIds(?:/(\w+))?\.json"),
                self._plain("outgoing_caller_ids"),
            ),
        ]

    # -- seeding (tests call these) -----------------------------------------------------------

    def store(self, kind: str, owner: str) -> dict[str, dict[str, Any]]:
        """An account's records of `kind`, or a parent's (a conference's participants)."""
        return self.fake.data.setdefault((owner, kind), {})

    def add(self, kind: str, acc: str, **fields: Any) -> dict[str, Any]:
        sid = new_sid(PREFIX[kind])
        rec = blank(kind, acc, f"{V}/Accounts/{acc}/{_segment(kind)}/{sid}.json", sid=sid)
        rec.update(fields)
        if kind == "conferences":
            rec["subresource_uris"] = {
                "participants": f"{V}/Accounts/{acc}/Conferences/{sid}/Participants.json",
                "recordings": f"{V}/Accounts/{acc}/Conferences/{sid}/Recordings.json",
            }
        if kind == "recordings":
            rec["subresource_uris"] = {
                "transcriptions": f"{V}/Accounts/{acc}/Recordings/{sid}/Transcriptions.json"
            }
        self.store(kind, acc)[sid] = rec
        return rec

    def enqueue(self, queue: dict[str, Any], call_sid: str | None = None) -> dict[str, Any]:
        """A caller waiting in `queue` (a call SID of its own unless given)."""
        call = call_sid or new_sid("CA")
        members = self.store("queue_members", queue["sid"])
        acc = queue["account_sid"]
        rec = blank(
            "queue_members",
            acc,
            f"{V}/Accounts/{acc}/Queues/{queue['sid']}/Members/{call}.json",
            call_sid=call,
            queue_sid=queue["sid"],
            position=len(members) + 1,
        )
        members[call] = rec
        queue["current_size"] = len(members)
        return rec

    def join(self, conference: dict[str, Any], label: str | None = None) -> dict[str, Any]:
        call = new_sid("CA")
        acc, cf = conference["account_sid"], conference["sid"]
        rec = blank(
            "participants",
            acc,
            f"{V}/Accounts/{acc}/Conferences/{cf}/Participants/{call}.json",
            call_sid=call,
            conference_sid=cf,
            label=label,
        )
        self.store("participants", cf)[call] = rec
        return rec

    def transcribe(self, recording: dict[str, Any], text: str) -> dict[str, Any]:
        rec = self.add(
            "transcriptions",
            recording["account_sid"],
            recording_sid=recording["sid"],
            transcription_text=text,
            duration=recording.get("duration"),
        )
        return rec

    def usage(self, acc: str, subset: str | None = None, **fields: Any) -> dict[str, Any]:
        rec = blank("usage_records", acc, f"{V}/Accounts/{acc}/Usage/Records.json", **fields)
        rec.pop("date_created", None)
        self.store(f"usage_records:{subset or ''}", acc)[new_sid("UR")] = rec
        return rec

    # -- routing ----------------------------------------------------------------------------

    def route(
        self, method: str, path: str, query: list[tuple[str, str]], form: list[tuple[str, str]]
    ) -> Answer | None:
        """The answer, or None when the path is none of these families'."""
        if not path.startswith(V + "/Accounts/"):
            return None
        tail = path[len(V) :]
        for pattern, handler in self.routes:
            m = pattern.fullmatch(tail)
            if m:
                return handler(method, path, query, form, *m.groups())
        return None

    def _plain(self, kind: str) -> Callable[..., Answer]:
        def handle(
            method: str,
            path: str,
            query: list[tuple[str, str]],
            form: list[tuple[str, str]],
            acc: str,
            sid: str | None,
        ) -> Answer:
            store = self.store(kind, acc)
            if sid is None:
                if method == "GET":
                    items = list(store.values())
                    if kind == "recordings":  # a call's recordings are the account's too
                        items += self._call_recordings(acc)
                    return page(
                        path, query, _list_key(kind), [r for r in items if matches(r, query)]
                    )
                if method == "POST":
                    return self._create(kind, acc, path, form)
                return _not_allowed()
            rec = store.get(sid)
            if rec is None and kind == "recordings":
                rec = next((r for r in self._call_recordings(acc) if r["sid"] == sid), None)
            if rec is None:
                return not_found(path)
            if method == "GET":
                return 200, rec
            if method == "DELETE" and kind not in ("conferences",):
                store.pop(sid, None)
                return 204, None
            if method == "POST" and kind not in ("recordings", "transcriptions"):
                return self._update(kind, rec, form)
            return _not_allowed()

        return handle

    def _call_recordings(self, acc: str) -> list[dict[str, Any]]:
        return [
            rec
            for (_, sub), store in self.fake.children.items()
            if sub == "recordings"
            for rec in store.values()
            if rec["account_sid"] == acc
        ]

    def _create(self, kind: str, acc: str, path: str, form: list[tuple[str, str]]) -> Answer:
        f = dict(form)
        if kind == "queues" and not f.get("FriendlyName"):
            return error(400, 21220, "FriendlyName is required")
        if kind == "usage_triggers":
            missing = {"CallbackUrl", "TriggerValue", "UsageCategory"} - f.keys()
            if missing:
                return error(400, 21219, f"Missing required parameter {sorted(missing)[0]}")
        if kind == "incoming_phone_numbers" and not ({"PhoneNumber", "AreaCode"} & f.keys()):
            return error(400, 21451, "A PhoneNumber or AreaCode is required")
        if kind == "outgoing_caller_ids":
            return self._validation(acc, f)
        if kind not in ("applications", "queues", "usage_triggers", "incoming_phone_numbers"):
            return _not_allowed()
        rec = self.add(kind, acc)
        if kind == "queues":
            rec["max_size"] = 1000
        if kind == "incoming_phone_numbers":
            rec["phone_number"] = f.get("PhoneNumber") or f"+1{f['AreaCode']}5550100"
            rec["friendly_name"] = rec["phone_number"]
            rec["capabilities"] = {"voice": True, "sms": True, "mms": True, "fax": False}
        absorb(kind, rec, form)
        return 201, rec

    def _validation(self, acc: str, f: dict[str, str]) -> Answer:
        if not f.get("PhoneNumber"):
            return error(400, 21450, "PhoneNumber is required")
        rec = blank(
            "validation_requests",
            acc,
            "",
            call_sid=new_sid("CA"),
            phone_number=f["PhoneNumber"],
            friendly_name=f.get("FriendlyName") or f["PhoneNumber"],
            validation_code=str(100000 + len(self.validations)),
        )
        rec.pop("uri")
        rec.pop("api_version", None)
        self.validations.append(rec)
        return 200, rec

    def _update(self, kind: str, rec: dict[str, Any], form: list[tuple[str, str]]) -> Answer:
        f = dict(form)
        if kind == "conferences":
            if f.get("Status") == "completed":
                rec["status"] = "completed"
                rec["reason_conference_ended"] = "conference-ended-via-api"
            rec["date_updated"] = rfc2822()
            return 200, rec
        if kind == "usage_triggers":  # only these can change
            form = [
                (k, v) for k, v in form if k in ("CallbackUrl", "CallbackMethod", "FriendlyName")
            ]
        absorb(kind, rec, form)
        return 200, rec

    def _par(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        acc: str,
        conference: str,
        who: str | None,
    ) -> Answer:
        conference, who = unquote(conference), unquote(who) if who else None
        conferences = self.store("conferences", acc)
        cf = conferences.get(conference) or next(
            (c for c in conferences.values() if c["friendly_name"] == conference), None
        )
        if cf is None:
            if method != "POST" or who is not None:
                return not_found(path)
            cf = self.add("conferences", acc, friendly_name=conference)
        people = self.store("participants", cf["sid"])
        if who is None:
            if method == "GET":
                return page(
                    path, query, "participants", [p for p in people.values() if matches(p, query)]
                )
            if method != "POST":
                return _not_allowed()
            f = dict(form)
            if not f.get("From") or not f.get("To"):
                return error(400, 21604, "From and To are required")
            rec = self.join(cf, f.get("Label"))
            absorb("participants", rec, [(k, v) for k, v in form if k != "Label"])
            return 201, rec
        rec = people.get(who) or next((p for p in people.values() if p["label"] == who), None)
        if rec is None:
            return not_found(path)
        if method == "GET":
            return 200, rec
        if method == "POST":
            absorb("participants", rec, form)
            return 200, rec
        if method == "DELETE":
            del people[rec["call_sid"]]
            return 204, None
        return _not_allowed()

    def _members(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        acc: str,
        queue_sid: str,
        who: str | None,
    ) -> Answer:
        queue = self.store("queues", acc).get(queue_sid)
        if queue is None:
            return not_found(path)
        members = self.store("queue_members", queue_sid)
        if who is None:
            if method == "GET":
                return page(path, query, "queue_members", list(members.values()))
            return _not_allowed()
        key = next(iter(members), None) if who == "Front" else who
        rec = members.get(key) if key else None
        if rec is None:
            return not_found(path)
        if method == "GET":
            return 200, rec
        if method != "POST":
            return _not_allowed()
        url = dict(form).get("Url")
        if not url:
            return error(400, 20001, "Url is required")
        del members[rec["call_sid"]]
        for position, other in enumerate(members.values(), 1):
            other["position"] = position
        queue["current_size"] = len(members)
        self.dequeued.append((queue_sid, rec["call_sid"], url))
        return 200, rec

    def _rtr(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        acc: str,
        recording: str,
        sid: str | None,
    ) -> Answer:
        texts = self.store("transcriptions", acc)
        mine = {k: t for k, t in texts.items() if t["recording_sid"] == recording}
        if sid is None:
            if method == "GET":
                return page(path, query, "transcriptions", list(mine.values()))
            return _not_allowed()
        rec = mine.get(sid)
        if rec is None:
            return not_found(path)
        if method == "GET":
            return 200, rec
        if method == "DELETE":
            del texts[sid]
            return 204, None
        return _not_allowed()

    def _typed(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        acc: str,
        which: str,
    ) -> Answer:
        kind = {"Local": "local", "Mobile": "mobile", "TollFree": "toll-free"}[which]
        store = self.store("incoming_phone_numbers", acc)
        if method == "GET":
            items = [r for r in store.values() if r["type"] == kind and matches(r, query)]
            return page(path, query, "incoming_phone_numbers", items)
        if method != "POST":
            return _not_allowed()
        if not dict(form).get("PhoneNumber"):
            return error(400, 21421, "PhoneNumber is required")
        status, rec = self._create("incoming_phone_numbers", acc, path, form)
        if status != 201:
            return status, rec
        rec["type"] = kind
        return status, {k: v for k, v in rec.items() if k != "type"}  # not in their schema

    def _usage(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        acc: str,
        subset: str | None,
    ) -> Answer:
        if subset is not None and subset not in USAGE_SUBSETS:
            return not_found(path)
        if method != "GET":
            return _not_allowed()
        store = self.store(f"usage_records:{USAGE_SUBSETS.get(subset or '', '')}", acc)
        return page(path, query, "usage_records", [r for r in store.values() if matches(r, query)])


def _segment(kind: str) -> str:
    return {
        "applications": "Applications",
        "conferences": "Conferences",
        "queues": "Queues",
        "recordings": "Recordings",
        "transcriptions": "Transcriptions",
        "incoming_phone_numbers": "IncomingPhoneNumbers",
        "outgoing_caller_ids": "OutgoingCallerIds",
        "usage_triggers": "Usage/Triggers",
    }[kind]


def _list_key(kind: str) -> str:
    return {"usage_triggers": "usage_triggers"}.get(kind, kind)


def _not_allowed() -> Answer:
    return error(405, 20004, "Method not allowed")
