"""Pure conversions between Python values and Twilio's wire forms.

Requests: snake_case keywords become PascalCase form or query fields (`from_` -> `From`,
`start_time_after` -> `StartTime>`), lists become repeated keys, booleans `true`/`false`,
datetimes ISO 8601 in UTC. Responses: RFC 2822 timestamps become aware datetimes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["encode_pairs", "encode_params", "parse_timestamp", "pascal_name"]

_RANGE_SUFFIXES = (("_after", ">"), ("_before", "<"))


@functools.lru_cache(maxsize=1024)
def pascal_name(name: str) -> str:
    """`status_callback_event` -> `StatusCallbackEvent`; `from_` -> `From`; range suffixes kept."""
    for suffix, op in _RANGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return pascal_name(name[: -len(suffix)]) + op
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def _encode_scalar(value: Any, *, date_only: bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        utc = aware.astimezone(UTC)
        return utc.date().isoformat() if date_only else utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat() if date_only else f"{value.isoformat()}T00:00:00Z"
    return str(value)


def encode_pairs(
    items: Iterable[tuple[str, Any]], *, date_only: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """`(TwilioName, value)` items as ordered text pairs; `None` values are dropped.

    `date_only` names the Twilio fields (without `<`/`>`) whose contract wants `YYYY-MM-DD`;
    other dates are sent as midnight UTC. Naive datetimes are taken to be UTC. Lists, tuples
    and sets become repeated keys.
    """
    date_fields = frozenset(date_only)
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        if value is None:
            continue
        is_date_only = key.rstrip("<>") in date_fields
        if isinstance(value, list | tuple | set | frozenset):
            pairs.extend((key, _encode_scalar(v, date_only=is_date_only)) for v in value)
        else:
            pairs.append((key, _encode_scalar(value, date_only=is_date_only)))
    return pairs


def encode_params(
    params: Mapping[str, Any], *, date_only: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """Like `encode_pairs`, for snake_case keywords (`from_` -> `From`, `x_after` -> `X>`)."""
    return encode_pairs(((pascal_name(k), v) for k, v in params.items()), date_only=date_only)


_RFC2822 = re.compile(
    r"(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"
)
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def parse_timestamp(value: object) -> datetime | None:
    """Twilio's RFC 2822 (`Tue, 31 Aug 2010 20:36:28 +0000`) or ISO 8601 text -> aware datetime."""
    if not isinstance(value, str) or not value:
        return None
    m = _RFC2822.fullmatch(value)  # Twilio's own form, read in half the time email takes
    if m is not None and m[2] in _MONTHS:
        day, month, year, hh, mm, ss, sign, oh, om = m.groups()
        offset = int(oh) * 60 + int(om)
        try:
            tz = (
                UTC
                if not offset
                else timezone(timedelta(minutes=-offset if sign == "-" else offset))
            )
            return datetime(int(year), _MONTHS[month], int(day), int(hh), int(mm), int(ss), 0, tz)
        except ValueError:  # no such day, or an offset of a day or more
            return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
