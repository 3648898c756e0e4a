"""Phone numbers, caller IDs and validation requests, usage records and triggers, an
account's own families, and the test server's record shapes against the contract."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from fake_families import SHAPES
from fake_twilio import MAIN_SID, FakeTwilio
from rest_contract import Contract, spec_path
from rest_driver import Driver

import rest

pytestmark = pytest.mark.anyio
VOICE = "https://example.com/voice"


async def test_a_number_is_bought_pointed_at_the_app_and_released(
    rc: Driver, server: FakeTwilio
) -> None:
    number = await rc.create("incoming_phone_numbers", area_code="415", voice_url=VOICE)
    assert server.requests[-1].form == [("AreaCode", "415"), ("VoiceUrl", VOICE)]
    assert number.phone_number.startswith("+1415") and number.voice_url == VOICE
    number.sms_url = "https://example.com/sms"
    number.voice_method = "GET"
    await rc.run(number.save())
    assert server.requests[-1].form == [
        ("SmsUrl", "https://example.com/sms"),
        ("VoiceMethod", "GET"),
    ]
    listed = await rc.list("incoming_phone_numbers", phone_number=number.phone_number)
    assert [n.sid for n in listed] == [number.sid]
    await rc.run(number.release())
    assert server.requests[-1].method == "DELETE"
    assert await rc.list("incoming_phone_numbers") == []


async def test_typed_number_lists_buy_and_the_numbers_change_at_their_own_path(
    rc: Driver, server: FakeTwilio
) -> None:
    numbers = rc.client.incoming_phone_numbers
    local = await rc.run(numbers.local.create(phone_number="+14155550100", voice_url=VOICE))
    await rc.run(numbers.toll_free.create(phone_number="+18005550100"))
    assert server.requests[-1].path.endswith("/IncomingPhoneNumbers/TollFree.json")
    assert [n.sid for n in await rc.collect(numbers.local.all())] == [local.sid]
    assert await rc.collect(numbers.mobile.all()) == []
    local.friendly_name = "Front desk"
    await rc.run(local.save())
    assert server.requests[-1].path.endswith(f"/IncomingPhoneNumbers/{local.sid}.json")
    with pytest.raises(rest.UnsupportedOperationError, match="incoming_phone_numbers_local"):
        await rc.run(numbers.local.find(local.sid))
    with pytest.raises(TypeError, match=r"incoming_phone_numbers_mobile\.create needs `phone"):
        await rc.run(numbers.mobile.create(friendly_name="Mobile"))
    with pytest.raises(TypeError, match=r"`area_code` is not a parameter of incoming_phone_nu"):
        await rc.run(numbers.mobile.create(phone_number="+14155550101", area_code="415"))


async def test_a_number_moves_to_another_account(rc: Driver, server: FakeTwilio) -> None:
    sub = server.add_subaccount()
    number = await rc.create("incoming_phone_numbers", phone_number="+14155550100")
    await rc.update("incoming_phone_numbers", number.sid, new_account_sid=sub)
    assert server.requests[-1].form == [("AccountSid", sub)]
    with pytest.raises(TypeError, match="did you mean `new_account_sid`"):
        await rc.update("incoming_phone_numbers", number.sid, AccountSid=sub)


async def test_caller_ids_are_listed_renamed_and_deleted(rc: Driver, server: FakeTwilio) -> None:
    made = server.families.add("outgoing_caller_ids", MAIN_SID, phone_number="+14155550100")
    server.families.add("outgoing_caller_ids", MAIN_SID, phone_number="+14155550199")
    found = await rc.list("outgoing_caller_ids", phone_number="+14155550100")
    assert [c.sid for c in found] == [made["sid"]]
    await rc.update("outgoing_caller_ids", made["sid"], friendly_name="Office")
    assert made["friendly_name"] == "Office"
    with pytest.raises(rest.UnsupportedOperationError, match=r"use validation_requests\.create"):
        await rc.create("outgoing_caller_ids", phone_number="+14155550100")
    await rc.delete("outgoing_caller_ids", made["sid"])
    assert len(await rc.list("outgoing_caller_ids")) == 1


async def test_a_validation_request_answers_a_code_and_has_no_sid(
    rc: Driver, server: FakeTwilio
) -> None:
    req = await rc.create("validation_requests", phone_number="+14155550100", call_delay=5)
    sent = server.requests[-1]
    assert (sent.method, sent.path.rsplit("/", 1)[-1]) == ("POST", "OutgoingCallerIds.json")
    assert sent.form == [("PhoneNumber", "+14155550100"), ("CallDelay", "5")]
    assert isinstance(req, rest.ValidationRequest)
    assert req.validation_code == server.families.validations[0]["validation_code"]
    assert req.call_sid.startswith("CA")
    assert not hasattr(req, "save") and not hasattr(req, "destroy")
    with pytest.raises(rest.UnsupportedOperationError, match="offers: create"):
        await rc.list("validation_requests")
    with pytest.raises(TypeError, match=r"validation_requests\.create needs `phone_number`"):
        await rc.create("validation_requests", friendly_name="x")


async def test_usage_records_filter_by_category_and_dates(rc: Driver, server: FakeTwilio) -> None:
    fam = server.families
    fam.usage(MAIN_SID, category="calls", start_date="2026-01-01", end_date="2026-01-31")
    fam.usage(MAIN_SID, category="sms", start_date="2026-01-01", end_date="2026-01-31")
    fam.usage(MAIN_SID, category="calls", start_date="2025-01-01", end_date="2025-01-31")
    records = rc.client.usage.records
    found = await rc.collect(
        records.all(category="calls", start_date=datetime(2026, 1, 1, 9, tzinfo=UTC))
    )
    assert server.requests[-1].query == [("Category", "calls"), ("StartDate", "2026-01-01")]
    assert [(r.category, r.start_date) for r in found] == [("calls", "2026-01-01")]
    assert len(await rc.collect(records.all(end_date=date(2025, 12, 31)))) == 1
    assert server.requests[-1].query == [("EndDate", "2025-12-31")]


async def test_usage_record_subsets_are_lists_with_the_same_filters(
    rc: Driver, server: FakeTwilio
) -> None:
    server.families.usage(MAIN_SID, "daily", category="calls", start_date="2026-01-02",
                          end_date="2026-01-02")  # fmt: skip
    records = rc.client.usage.records
    daily = await rc.collect(records.daily.all(category="calls"))
    assert server.requests[-1].path.endswith("/Usage/Records/Daily.json")
    assert [r.start_date for r in daily] == ["2026-01-02"]
    for name in ("all_time", "last_month", "monthly", "this_month", "today", "yearly"):
        assert await rc.collect(getattr(records, name).all(include_subaccounts=True)) == []
    assert await rc.run(records.yesterday.page(page_size=5)) is not None
    assert server.requests[-1].path.endswith("/Usage/Records/Yesterday.json")
    with pytest.raises(rest.UnsupportedOperationError, match=r"usage_records\.daily"):
        await rc.run(records.daily.find("x"))


async def test_usage_triggers_change_only_their_callback_and_name(
    rc: Driver, server: FakeTwilio
) -> None:
    triggers = rc.client.usage.triggers
    trigger = await rc.run(
        triggers.create(
            callback_url="https://example.com/alert",
            trigger_value="+30",
            usage_category="totalprice",
            recurring="daily",
        )
    )
    assert ("TriggerValue", "+30") in server.requests[-1].form
    assert (trigger.trigger_value, trigger.recurring) == ("+30", "daily")
    trigger.trigger_value = "100"
    trigger.friendly_name = "Spend alert"
    await rc.run(trigger.save())
    assert server.requests[-1].form == [("FriendlyName", "Spend alert")]
    with pytest.raises(TypeError, match=r"`trigger_value` is not a parameter of usage_triggers"):
        await rc.run(triggers.update(trigger.sid, trigger_value="5"))
    assert [t.sid for t in await rc.collect(triggers.all(recurring="daily"))] == [trigger.sid]
    found = await rc.run(triggers.find(trigger.sid))
    await rc.run(found.destroy())
    assert await rc.collect(triggers.all()) == []


async def test_an_account_lists_and_creates_in_its_own_scope(
    rc: Driver, server: FakeTwilio
) -> None:
    sub = server.add_subaccount("Customer")
    server.seed("calls", sub, to="+15550001")
    account = await rc.find("accounts", sub)
    calls = await rc.collect(account.calls.all())
    assert [c.to for c in calls] == ["+15550001"]
    queue = await rc.run(account.queues.create(friendly_name="support"))
    assert queue.account_sid == sub
    assert await rc.collect(account.usage.records.all()) == []
    await rc.run(account.messages.create(to="+15550002", from_="+15550003", body="hi"))
    paths = [r.path for r in server.requests[-4:]]
    assert all(p.startswith(f"/2010-04-01/Accounts/{sub}/") for p in paths), paths
    assert {r.user for r in server.requests} == {MAIN_SID}
    members = await rc.collect(account.queue_members(queue.sid).all())
    assert members == [] and server.requests[-1].path.endswith(f"{queue.sid}/Members.json")


async def test_a_connected_account_uses_connect_authentication(
    rc: Driver, server: FakeTwilio
) -> None:
    other = server.add_subaccount("Partner", connected=True)
    server.seed("notifications", other)
    account = await rc.run(rc.client.accounts.find(other, connect=True))
    assert server.requests[-1].user == other
    assert len(await rc.collect(account.notifications.all())) == 1
    await rc.run(account.applications.create(friendly_name="Partner app"))
    assert await rc.collect(account.conferences.all()) == []
    assert [r.user for r in server.requests[-3:]] == [other, other, other]
    assert all(f"/Accounts/{other}/" in r.path for r in server.requests[-3:])


async def test_a_connected_account_record_changes_itself_as_itself(
    rc: Driver, server: FakeTwilio
) -> None:
    other = server.add_subaccount("Partner", connected=True)
    account = await rc.run(rc.client.accounts.find(other, connect=True))
    account.friendly_name = "Renamed"
    await rc.run(account.save())
    await rc.run(account.suspend())
    assert (account.friendly_name, account.status) == ("Renamed", "suspended")
    assert [(r.method, r.user) for r in server.requests[-2:]] == [("POST", other)] * 2
    assert all(r.path.endswith(f"/Accounts/{other}.json") for r in server.requests[-2:])


def test_account_families_match_its_subresource_uris() -> None:
    families = {
        name
        for name in dir(rest.Account)
        if isinstance(getattr(rest.Account, name), property) and not name.startswith("_")
    }
    keys = {
        "calls", "messages", "notifications", "recordings", "conferences", "queues",
        "incoming_phone_numbers", "applications", "outgoing_caller_ids", "transcriptions",
        "usage", "connect_apps", "authorized_connect_apps",
    }  # fmt: skip
    assert families == keys | {"validation_requests", "identifier"}
    assert {n for n in dir(rest.AsyncAccount) if n in families} == families


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_the_test_server_shapes_are_the_contracts(kind: str, contract: Contract | None) -> None:
    if contract is None:
        pytest.skip(f"Twilio OpenAPI spec not found at {spec_path()} (set TWILIO_OPENAPI_SPEC)")
    with spec_path().open(encoding="utf-8") as fh:
        schemas = json.load(fh)["components"]["schemas"]
    declared = schemas[SHAPES[kind].schema]["properties"]
    ours = SHAPES[kind].fields
    assert list(ours) == list(declared)
    for name, code in ours.items():
        prop = declared[name]
        if code in "bt":
            expected = {"b": "boolean", "t": "date-time-rfc-2822"}[code]
            assert expected in (prop.get("type"), prop.get("format")), name
        if code in "iI":
            assert prop["type"] == "integer" and bool(prop.get("nullable")) == (code == "i")
        if code == "e":
            assert "$ref" in prop, name
