"""Usage records (lists only, by period) and usage triggers (webhooks on a threshold).

`client.usage.records.all(category="calls", start_date=date(2026, 1, 1))` reads every
period; `client.usage.records.daily`, `.monthly`, `.this_month`, ... read one subset with the
same filters. `StartDate` and `EndDate` are dates, sent as `YYYY-MM-DD`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, ClassVar, Self

from .._operations import Family
from .._params import usage_records, usage_triggers
from .._record import AsyncRecord, Record, SyncRecord

__all__ = [
    "AsyncUsage",
    "AsyncUsageRecords",
    "AsyncUsageTrigger",
    "AsyncUsageTriggers",
    "Usage",
    "UsageRecord",
    "UsageRecords",
    "UsageTrigger",
    "UsageTriggers",
]


@dataclass(kw_only=True, repr=False)
class UsageRecord(Record):
    """One category's usage over a period; plain data (records have no SID and no path)."""

    family: ClassVar[Family] = usage_records.FAMILY
    account_sid: str | None = None
    category: str | None = None
    description: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    as_of: str | None = None
    count: str | None = None
    count_unit: str | None = None
    usage: str | None = None
    usage_unit: str | None = None
    price: str | float | None = None
    price_unit: str | None = None
    api_version: str | None = None
    uri: str | None = None
    subresource_uris: dict[str, str] | None = None


class _Subsets:
    """The eight period subsets, each a list with the same filters as the whole."""

    def _subset(self, name: str) -> Self:
        ops: Any = self
        family = replace(
            ops._family, name=f"usage_records.{name}", list_path=usage_records.VARIANTS[name]
        )
        made: Self = type(ops)(
            ops.requestor, family=family, account_sid=ops._account_sid, connect=ops._connect
        )
        return made

    @property
    def all_time(self) -> Self:
        return self._subset("all_time")

    @property
    def daily(self) -> Self:
        return self._subset("daily")

    @property
    def last_month(self) -> Self:
        return self._subset("last_month")

    @property
    def monthly(self) -> Self:
        return self._subset("monthly")

    @property
    def this_month(self) -> Self:
        return self._subset("this_month")

    @property
    def today(self) -> Self:
        return self._subset("today")

    @property
    def yearly(self) -> Self:
        return self._subset("yearly")

    @property
    def yesterday(self) -> Self:
        return self._subset("yesterday")


class UsageRecords(usage_records.UsageRecordsOps[UsageRecord], _Subsets):
    record = UsageRecord


class AsyncUsageRecords(usage_records.AsyncUsageRecordsOps[UsageRecord], _Subsets):
    record = UsageRecord


@dataclass(kw_only=True, repr=False)
class _TriggerData(Record):
    family: ClassVar[Family] = usage_triggers.FAMILY
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    usage_category: str | None = None
    trigger_by: str | None = None
    trigger_value: str | None = None
    recurring: str | None = None
    current_value: str | None = None
    callback_url: str | None = None
    callback_method: str | None = None
    usage_record_uri: str | None = None
    api_version: str | None = None
    date_fired: datetime | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None


class UsageTrigger(_TriggerData, SyncRecord):
    """A webhook fired when a usage category crosses `trigger_value`.

    Only the callback URL, its method and the friendly name can change: to change the value,
    category or recurrence, delete the trigger and create another.
    """


class AsyncUsageTrigger(_TriggerData, AsyncRecord):
    """A usage trigger read through an `AsyncClient`."""


class UsageTriggers(usage_triggers.UsageTriggersOps[UsageTrigger]):
    record = UsageTrigger


class AsyncUsageTriggers(usage_triggers.AsyncUsageTriggersOps[AsyncUsageTrigger]):
    record = AsyncUsageTrigger


class Usage:
    """`usage.records` and `usage.triggers` of one account."""

    def __init__(
        self, requestor: Any, *, account_sid: str | None = None, connect: bool = False
    ) -> None:
        self.records = UsageRecords(requestor, account_sid=account_sid, connect=connect)
        self.triggers = UsageTriggers(requestor, account_sid=account_sid, connect=connect)


class AsyncUsage:
    """`usage.records` and `usage.triggers` of one account, through an `AsyncClient`."""

    def __init__(
        self, requestor: Any, *, account_sid: str | None = None, connect: bool = False
    ) -> None:
        self.records = AsyncUsageRecords(requestor, account_sid=account_sid, connect=connect)
        self.triggers = AsyncUsageTriggers(requestor, account_sid=account_sid, connect=connect)
