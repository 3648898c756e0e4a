"""Write `rest/_params/<family>.py` from Twilio's OpenAPI description of the 2010-04-01 API.

    python -m rest._params._generate path/to/twilio_api_v2010.json [--out rest/_params] [--check]

Each generated module holds one family's paths, list key and, per operation, a `TypedDict` of
its parameters (snake_case names, Twilio's types) and the table that maps those names to
Twilio's (`from_` -> `From`, `start_time_after` -> `StartTime>`), plus thin typed operation
classes (sync and async) that delegate to `rest._operations`. The description itself is never
copied into the repository. `--check` exits 1 if a committed module differs from what the
description gives.

A new family is one entry in `FAMILIES`: its list path and item path as the description
spells them. Operations come from the methods those paths offer (POST on the list: create;
GET on the list: list; GET/POST/DELETE on an item: find/update/delete).
"""

from __future__ import annotations

import argparse
import json
import keyword
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = "/2010-04-01"
A = "/Accounts/{AccountSid}"


@dataclass(frozen=True)
class FamilySource:
    list_path: str
    item_path: str | None = None
    exclude: frozenset[str] = frozenset()
    """Operations of these paths that belong to another family (or that we do not offer)."""
    list_key: str | None = None
    """The page's records key, when the list response does not make it clear."""
    rename: dict[str, str] = field(default_factory=dict)
    """Twilio name -> our keyword, where the plain snake_case name is one we take ourselves."""
    variants: dict[str, str] = field(default_factory=dict)
    """Other list paths taking exactly the list's parameters (usage records' `Daily.json`)."""


_CREATE = frozenset({"create"})  # OutgoingCallerIds.json's POST is the validation request
_LIST = frozenset({"list"})

FAMILIES: dict[str, FamilySource] = {
    "accounts": FamilySource("/Accounts.json", "/Accounts/{Sid}.json"),
    "calls": FamilySource(A + "/Calls.json", A + "/Calls/{Sid}.json"),
    "messages": FamilySource(A + "/Messages.json", A + "/Messages/{Sid}.json"),
    "notifications": FamilySource(A + "/Notifications.json", A + "/Notifications/{Sid}.json"),
    "call_notifications": FamilySource(
        A + "/Calls/{CallSid}/Notifications.json", A + "/Calls/{CallSid}/Notifications/{Sid}.json"
    ),
    "call_recordings": FamilySource(
        A + "/Calls/{CallSid}/Recordings.json", A + "/Calls/{CallSid}/Recordings/{Sid}.json"
    ),
    "connect_apps": FamilySource(A + "/ConnectApps.json", A + "/ConnectApps/{Sid}.json"),
    "authorized_connect_apps": FamilySource(
        A + "/AuthorizedConnectApps.json", A + "/AuthorizedConnectApps/{ConnectAppSid}.json"
    ),
    "applications": FamilySource(A + "/Applications.json", A + "/Applications/{Sid}.json"),
    "conferences": FamilySource(A + "/Conferences.json", A + "/Conferences/{Sid}.json"),
    "conference_participants": FamilySource(
        A + "/Conferences/{ConferenceSid}/Participants.json",
        A + "/Conferences/{ConferenceSid}/Participants/{CallSid}.json",
    ),
    "queues": FamilySource(A + "/Queues.json", A + "/Queues/{Sid}.json"),
    "queue_members": FamilySource(
        A + "/Queues/{QueueSid}/Members.json", A + "/Queues/{QueueSid}/Members/{CallSid}.json"
    ),
    "recordings": FamilySource(A + "/Recordings.json", A + "/Recordings/{Sid}.json"),
    "recording_transcriptions": FamilySource(
        A + "/Recordings/{RecordingSid}/Transcriptions.json",
        A + "/Recordings/{RecordingSid}/Transcriptions/{Sid}.json",
    ),
    "transcriptions": FamilySource(A + "/Transcriptions.json", A + "/Transcriptions/{Sid}.json"),
    "incoming_phone_numbers": FamilySource(
        A + "/IncomingPhoneNumbers.json",
        A + "/IncomingPhoneNumbers/{Sid}.json",
        rename={"AccountSid": "new_account_sid"},
    ),
    "incoming_phone_numbers_local": FamilySource(A + "/IncomingPhoneNumbers/Local.json"),
    "incoming_phone_numbers_mobile": FamilySource(A + "/IncomingPhoneNumbers/Mobile.json"),
    "incoming_phone_numbers_toll_free": FamilySource(A + "/IncomingPhoneNumbers/TollFree.json"),
    "outgoing_caller_ids": FamilySource(
        A + "/OutgoingCallerIds.json", A + "/OutgoingCallerIds/{Sid}.json", exclude=_CREATE
    ),
    "validation_requests": FamilySource(A + "/OutgoingCallerIds.json", exclude=_LIST),
    "usage_records": FamilySource(
        A + "/Usage/Records.json",
        variants={
            "all_time": A + "/Usage/Records/AllTime.json",
            "daily": A + "/Usage/Records/Daily.json",
            "last_month": A + "/Usage/Records/LastMonth.json",
            "monthly": A + "/Usage/Records/Monthly.json",
            "this_month": A + "/Usage/Records/ThisMonth.json",
            "today": A + "/Usage/Records/Today.json",
            "yearly": A + "/Usage/Records/Yearly.json",
            "yesterday": A + "/Usage/Records/Yesterday.json",
        },
    ),
    "usage_triggers": FamilySource(A + "/Usage/Triggers.json", A + "/Usage/Triggers/{Sid}.json"),
}

RESERVED = {"account_sid", "connect", "extra_params", "limit", "page_size", "sid", "self"}
"""Keywords the operations take themselves; a Twilio parameter may not take these names."""

_SCALARS = {"integer": "int", "number": "float", "boolean": "bool"}


def python_name(twilio: str) -> str:
    """`StartTime>` -> `start_time_after`; `From` -> `from_`; `SipAuthUsername` -> `sip_...`."""
    suffix = ""
    if twilio.endswith(">"):
        twilio, suffix = twilio[:-1], "_after"
    elif twilio.endswith("<"):
        twilio, suffix = twilio[:-1], "_before"
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", twilio).lower()
    if keyword.iskeyword(snake):
        snake += "_"
    return snake + suffix


def class_prefix(family: str) -> str:
    return "".join(part.capitalize() for part in family.split("_"))


@dataclass
class Param:
    twilio: str
    python: str
    annotation: str
    required: bool
    date_only: bool


@dataclass
class Op:
    kind: str
    method: str
    path: str
    operation_id: str
    params: list[Param] = field(default_factory=list)


class Spec:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = self.doc["components"]["schemas"][name]
        return schema

    def annotation(self, schema: dict[str, Any]) -> tuple[str, bool]:
        """The Python type for a parameter schema, and whether it is a date without a time."""
        schema = self.resolve(schema)
        kind = schema.get("type", "string")
        if kind == "array":
            item, _ = self.annotation(schema.get("items", {}))
            return f"Sequence[{item}]", False
        if kind in _SCALARS:
            return _SCALARS[kind], False
        fmt = schema.get("format")
        if fmt == "date-time":
            return "datetime | date | str", False
        if fmt == "date":
            return "date | str", True
        return "str", False

    def operation(
        self, kind: str, method: str, path: str, rename: dict[str, str] | None = None
    ) -> Op | None:
        item = self.doc["paths"].get(ROOT + path)
        if item is None:
            raise SystemExit(f"the description has no path {ROOT + path}")
        raw = item.get(method.lower())
        if raw is None:
            return None
        op = Op(kind, method, path, raw.get("operationId", ""))
        for p in raw.get("parameters", []):
            if p["in"] != "query" or p["name"] == "PageSize":
                continue
            ann, date_only = self.annotation(p.get("schema", {}))
            name = (rename or {}).get(p["name"]) or python_name(p["name"])
            op.params.append(Param(p["name"], name, ann, bool(p.get("required")), date_only))
        body = raw.get("requestBody", {}).get("content", {})
        schema = body.get("application/x-www-form-urlencoded", {}).get("schema")
        if schema:
            schema = self.resolve(schema)
            required = set(schema.get("required", []))
            for name, prop in schema.get("properties", {}).items():
                ann, date_only = self.annotation(prop)
                ours = (rename or {}).get(name) or python_name(name)
                op.params.append(Param(name, ours, ann, name in required, date_only))
        for p in op.params:
            if p.python in RESERVED:
                raise SystemExit(
                    f"{op.operation_id}: Twilio's {p.twilio!r} would be called {p.python!r}, "
                    "which the operations take themselves; give it another name here"
                )
        return op

    def list_key(self, path: str) -> str:
        raw = self.doc["paths"][ROOT + path]["get"]
        schema = self.resolve(raw["responses"]["200"]["content"]["application/json"]["schema"])
        arrays: list[str] = [k for k, v in schema["properties"].items() if v.get("type") == "array"]
        if len(arrays) != 1:
            raise SystemExit(f"cannot tell the records key of {path}: {arrays}")
        return arrays[0]


def our_path(path: str, *, item: bool) -> str:
    """`/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json` -> our placeholders."""
    names = re.findall(r"\{(\w+)\}", path)
    out = path
    for i, name in enumerate(names):
        if name == "AccountSid":
            new = "{account_sid}"
        elif item and i == len(names) - 1:
            new = "{sid}"
        else:
            new = "{parent_sid}"
        out = out.replace("{" + name + "}", new, 1)
    return out


HEADER = '''"""{title}: paths and parameters, from Twilio's API description.

Generated by `python -m rest._params._generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, NoReturn, Required, TypedDict, Unpack

from .._operations import AsyncResources, Family, Operation, R, Resources
from .._paging import AsyncPager, Page, Pager

__all__ = [{exports}]
'''

SCOPE = "account_sid: str | None = None,\n        connect: bool = False,"
EXTRA = "extra_params: Mapping[str, object] | None = None,"


def render(family: str, source: FamilySource, spec: Spec) -> str:
    prefix = class_prefix(family)
    ops: dict[str, Op] = {}
    plan = [("create", "POST", source.list_path), ("list", "GET", source.list_path)]
    if source.item_path:
        plan += [
            ("find", "GET", source.item_path),
            ("update", "POST", source.item_path),
            ("delete", "DELETE", source.item_path),
        ]
    for kind, method, path in plan:
        if kind in source.exclude:
            continue
        op = spec.operation(kind, method, path, source.rename)
        if op is not None:
            ops[kind] = op
    for path in source.variants.values():
        other = spec.operation("list", "GET", path, source.rename)
        if other is None or other.params != ops["list"].params:
            raise SystemExit(f"{path} does not take the same parameters as {source.list_path}")
    list_key = source.list_key or (spec.list_key(source.list_path) if "list" in ops else "")
    typed = {k: f"{prefix}{k.capitalize()}Params" for k in ops}
    exports = sorted([f"{prefix}Ops", f"Async{prefix}Ops", "FAMILY", *typed.values()])
    if source.variants:
        exports = sorted([*exports, "VARIANTS"])
    out = [HEADER.format(title=prefix, exports=", ".join(f'"{name}"' for name in exports))]
    for kind, op in ops.items():
        out.append(f"\nclass {typed[kind]}(TypedDict, total=False):")
        out.append(
            f'    """Parameters of {op.operation_id}.\n\n    {op.method} {op.path}\n    """\n'
        )
        for p in op.params:
            ann = f"Required[{p.annotation}]" if p.required else p.annotation
            out.append(f"    {p.python}: {ann}")
    out.append("\n\nFAMILY = Family(")
    out.append(f'    name="{family}",')
    out.append(f'    list_path="{our_path(source.list_path, item=False)}",')
    item = our_path(source.item_path, item=True) if source.item_path else ""
    out.append(f'    item_path="{item}",')
    out.append(f'    list_key="{list_key}",')
    out.append("    operations={")
    for kind, op in ops.items():
        names = "".join(_entry(p) for p in op.params)
        required = "".join(f'"{p.python}", ' for p in op.params if p.required)
        date_only = ", ".join(f'"{p.twilio.rstrip("<>")}"' for p in op.params if p.date_only)
        out.append(f'        "{kind}": Operation(')
        out.append(f'            "{family}.{kind}",')
        out.append(f"            {{{names}}},")
        if required:
            out.append(f"            required=({required}),")
        if date_only:
            out.append(f"            date_only=frozenset({{{date_only}}}),")
        out.append("        ),")
    out.append("    },\n)\n")
    if source.variants:
        out.append("VARIANTS = {")
        for variant, path in source.variants.items():
            out.append(f'    "{variant}": "{our_path(path, item=False)}",')
        out.append("}")
        out.append('"""Other lists taking exactly the list\'s parameters: subset -> path."""\n')
    out.append(_ops_class(prefix, ops, typed, is_async=False))
    out.append(_ops_class(prefix, ops, typed, is_async=True))
    return "\n".join(out)


def _entry(p: Param) -> str:
    """One `ours: Twilio's` entry; a long one in parentheses, so that it fits the layout."""
    if len(p.python) + len(p.twilio) > 76:
        return f'"{p.python}": (\n"{p.twilio}"\n), '
    return f'"{p.python}": "{p.twilio}", '


def _ops_class(prefix: str, ops: dict[str, Op], typed: dict[str, str], *, is_async: bool) -> str:
    a = "async " if is_async else ""
    aw = "await " if is_async else ""
    base = "AsyncResources" if is_async else "Resources"
    name = f"{'Async' if is_async else ''}{prefix}Ops"
    pager = "AsyncPager" if is_async else "Pager"
    lines = [f"\nclass {name}({base}[R]):"]
    lines.append(f'    """Typed signatures of {prefix}; `{base}` checks and sends."""\n')
    lines.append("    family = FAMILY\n")

    def params(kind: str) -> str:
        if kind not in ops or not ops[kind].params:
            return ""
        return f"\n        **params: Unpack[{typed[kind]}],"

    def refuse(kind: str, signature: str) -> None:
        prefix = "" if kind == "all" else a  # `all()` returns a pager, even on AsyncClient
        lines.append(f"    {prefix}def {kind}(self, {signature}) -> NoReturn:")
        lines.append(
            f'        """Twilio\'s API has no {kind} here: raises `UnsupportedOperationError`."""'
        )
        lines.append(f'        raise self._unsupported("{kind}")\n')

    given = "params" if params("create") else "{}"
    if "create" in ops:
        lines.append(
            f"    {a}def create(\n        self,\n        *,\n        {SCOPE}\n        {EXTRA}"
            f"{params('create')}\n    ) -> R:"
        )
        lines.append(
            f"        return {aw}self._create({given}, account_sid, connect, extra_params)\n"
        )
    else:
        refuse("create", "*args: object, **kwargs: object")
    if "find" in ops:
        given = "params" if params("find") else "{}"
        lines.append(
            f"    {a}def find(\n        self,\n        sid: str,\n        *,\n        {SCOPE}"
            f"{params('find')}\n    ) -> R:"
        )
        lines.append(f"        return {aw}self._find(sid, {given}, account_sid, connect)\n")
    else:
        refuse("find", "*args: object, **kwargs: object")
    if "update" in ops:
        given = "params" if params("update") else "{}"
        lines.append(
            f"    {a}def update(\n        self,\n        sid: str,\n        *,\n        {SCOPE}\n"
            f"        {EXTRA}{params('update')}\n    ) -> R:"
        )
        lines.append(
            f"        return {aw}self._update(sid, {given}, account_sid, connect, extra_params)\n"
        )
    else:
        refuse("update", "*args: object, **kwargs: object")
    if "delete" in ops:
        lines.append(
            f"    {a}def delete(self, sid: str, *, account_sid: str | None = None, "
            "connect: bool = False) -> None:"
        )
        lines.append(f"        {aw}self._delete(sid, account_sid, connect)\n")
    else:
        refuse("delete", "*args: object, **kwargs: object")
    if "list" in ops:
        given = "params" if params("list") else "{}"
        lines.append(
            f"    def all(\n        self,\n        *,\n        limit: int | None = None,\n"
            f"        page_size: int | None = None,\n        {SCOPE}\n        {EXTRA}"
            f"{params('list')}\n    ) -> {pager}[R]:"
        )
        lines.append(
            '        """Lazy: nothing is sent until iteration starts; follows `next_page_uri`."""'
        )
        lines.append(
            f"        return self._all({given}, limit, page_size, account_sid, connect, "
            "extra_params)\n"
        )
        lines.append(
            f"    {a}def page(\n        self,\n        *,\n        page_size: int | None = None,\n"
            f"        {SCOPE}\n        {EXTRA}{params('list')}\n    ) -> Page[R]:"
        )
        lines.append('        """One page (the first, or the one `page=`/`page_token=` name)."""')
        lines.append(
            f"        return {aw}self._page({given}, page_size, account_sid, connect, "
            "extra_params)\n"
        )
    else:
        refuse("all", "*args: object, **kwargs: object")
        refuse("page", "*args: object, **kwargs: object")
    return "\n".join(lines)


def generate(spec_file: Path, out: Path) -> list[Path]:
    spec = Spec(json.loads(spec_file.read_text(encoding="utf-8")))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for family, source in FAMILIES.items():
        target = out / f"{family}.py"
        target.write_text(render(family, source, spec), encoding="utf-8")
        written.append(target)
    init = out / "__init__.py"
    init.write_text(
        '"""Generated parameter tables, one module per resource family.\n\n'
        'Written by `python -m rest._params._generate <spec>`; do not edit by hand.\n"""\n',
        encoding="utf-8",
    )
    written.append(init)
    files = [str(path) for path in written]
    # unused imports go, then the layout is ruff's: the committed files pass `ruff format --check`
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "format", "--quiet", *files], check=True)
    subprocess.run([*ruff, "check", "--fix", "--quiet", *files], check=True)
    subprocess.run([*ruff, "format", "--quiet", *files], check=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("spec", type=Path, help="Twilio's OpenAPI description (JSON)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    parser.add_argument("--check", action="store_true", help="only compare with --out")
    args = parser.parse_args(argv)
    if not args.check:
        generate(args.spec, args.out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        stale = [
            fresh.name
            for fresh in generate(args.spec, Path(tmp))
            if not (args.out / fresh.name).is_file()
            or (args.out / fresh.name).read_text(encoding="utf-8")
            != fresh.read_text(encoding="utf-8")
        ]
    if stale:
        print(f"out of date: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
