"""Resource behaviour over real HTTP, run through both the sync and the async client."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fake_twilio import MAIN_SID, FakeTwilio, rfc2822
from rest_driver import Driver

import rest

pytestmark = pytest.mark.anyio
CALL = {"to": "+12125551234", "from_": "+16465551234", "url": "http://example.com/voice"}


async def test_created_call_can_be_found(rc: Driver, server: FakeTwilio) -> None:
    call = await rc.create("calls", **CALL)
    found = await rc.find("calls", call.sid)
    assert isinstance(found, rest.Call if rc.kind == "sync" else rest.AsyncCall)
    assert (found.sid, found.to, found.from_, found.status) == (
        call.sid,
        "+12125551234",
        "+16465551234",
        "queued",
    )
    sent = dict(server.requests[0].form)
    assert sent == {"To": "+12125551234", "From": "+16465551234", "Url": "http://example.com/voice"}


async def test_timestamps_parse_to_aware_datetimes(rc: Driver) -> None:
    call = await rc.create("calls", **CALL)
    assert isinstance(call.date_created, datetime)
    assert call.date_created.tzinfo is not None


async def test_unknown_response_fields_are_kept_in_extra(rc: Driver, server: FakeTwilio) -> None:
    rec = server.seed("calls", to="+15550001", brand_new_field={"x": 1})
    call = await rc.find("calls", rec["sid"])
    assert call.extra == {"brand_new_field": {"x": 1}}


async def test_list_follows_next_page_uri_lazily(rc: Driver, server: FakeTwilio) -> None:
    server.seed_calls(25)
    calls = await rc.list("calls", page_size=10)
    assert len(calls) == 25
    assert len({c.sid for c in calls}) == 25
    pages = [r for r in server.requests if r.method == "GET"]
    assert len(pages) == 3
    assert ("PageToken", "PT10") in pages[1].query


async def test_limit_stops_early_and_sizes_the_page(rc: Driver, server: FakeTwilio) -> None:
    server.seed_calls(30)
    calls = await rc.list("calls", limit=12)
    assert len(calls) == 12
    assert server.count("GET") == 1
    assert ("PageSize", "12") in server.requests[0].query


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"limit": -1}, "limit must be >= 0"),
        ({"limit": -1, "page_size": 20}, "limit must be >= 0"),
        ({"page_size": 0}, "page_size must be between 1 and 1000"),
        ({"page_size": -10}, "page_size must be between 1 and 1000"),
    ],
)
async def test_bad_paging_sizes_are_refused_before_any_request(
    rc: Driver, server: FakeTwilio, options: dict[str, int], message: str
) -> None:
    server.seed_calls(3)
    with pytest.raises(rest.ConfigurationError, match=message):
        await rc.list("calls", **options)
    if "limit" not in options:
        with pytest.raises(rest.ConfigurationError, match=message):
            await rc.page("calls", **options)
    assert server.count() == 0


async def test_a_page_size_above_1000_is_capped(rc: Driver, server: FakeTwilio) -> None:
    server.seed_calls(3)
    page = await rc.page("calls", page_size=5000)
    assert len(page) == 3 and ("PageSize", "1000") in server.requests[-1].query


async def test_a_single_page_carries_its_metadata(rc: Driver, server: FakeTwilio) -> None:
    server.seed_calls(5)
    page = await rc.page("calls", page_size=2)
    assert len(page.items) == 2
    assert page.page == 0 and page.page_size == 2
    assert page.has_next_page() and page.next_page_uri.startswith("/2010-04-01/")


async def test_filters_become_twilio_query_names(rc: Driver, server: FakeTwilio) -> None:
    old = datetime(2020, 1, 1, tzinfo=UTC)
    server.seed("calls", status="completed", start_time=rfc2822(old))
    new = server.seed("calls", status="completed")
    server.seed("calls", status="in-progress")
    plus_two = datetime(2021, 1, 1, 2, 0, tzinfo=_tz(2))
    calls = await rc.list("calls", status="completed", start_time_after=plus_two)
    assert [c.sid for c in calls] == [new["sid"]]
    query = dict(server.requests[-1].query)
    assert query["Status"] == "completed"
    assert query["StartTime>"] == "2021-01-01T00:00:00Z"  # converted to UTC


def _tz(hours: int):  # type: ignore[no-untyped-def]
    from datetime import timezone

    return timezone(timedelta(hours=hours))


async def test_save_sends_only_changed_fields(rc: Driver, server: FakeTwilio) -> None:
    call = await rc.create("calls", **CALL)
    call.url = "http://example.com/new-handler"
    saved = await rc.save("calls", call)
    update = server.requests[-1]
    assert update.method == "POST" and update.path.endswith(f"/Calls/{call.sid}.json")
    assert update.form == [("Url", "http://example.com/new-handler")]
    assert saved.url == "http://example.com/new-handler"
    assert saved.changes() == {}


async def test_save_without_changes_sends_nothing(rc: Driver, server: FakeTwilio) -> None:
    call = await rc.create("calls", **CALL)
    await rc.save("calls", call)
    assert server.count() == 1


async def test_save_sends_a_list_changed_in_place(rc: Driver, server: FakeTwilio) -> None:
    rec = server.seed("connect_apps")
    app = await rc.find("connect_apps", rec["sid"])
    app.permissions.append("post-all")
    assert app.changes() == {"permissions": ["get-all", "post-all"]}
    await rc.save("connect_apps", app)
    update = server.requests[-1]
    assert update.method == "POST" and update.path.endswith(f"/ConnectApps/{rec['sid']}.json")
    assert update.form == [("Permissions", "get-all"), ("Permissions", "post-all")]
    assert app.permissions == ["get-all", "post-all"] and app.changes() == {}
    app.permissions.remove("get-all")  # the snapshot taken after the save is a copy too
    assert app.changes() == {"permissions": ["post-all"]}
    await rc.save("connect_apps", app)
    assert server.requests[-1].form == [("Permissions", "post-all")]
    assert server.records("connect_apps")[rec["sid"]]["permissions"] == ["post-all"]


async def test_update_ends_a_call(rc: Driver) -> None:
    call = await rc.create("calls", **CALL)
    done = await rc.update("calls", call.sid, status="completed")
    assert done.status == "completed" and done.end_time is not None


async def test_deleted_call_is_gone(rc: Driver) -> None:
    call = await rc.create("calls", **CALL)
    assert await rc.delete("calls", call.sid) is None
    with pytest.raises(rest.TwilioAPIError) as info:
        await rc.find("calls", call.sid)
    assert (info.value.status, info.value.code) == (404, 20404)
    assert info.value.more_info == "https://www.twilio.com/docs/errors/20404"


async def test_message_media_urls_are_repeated_keys(rc: Driver, server: FakeTwilio) -> None:
    msg = await rc.create(
        "messages",
        to="+12125551234",
        from_="+16465551234",
        body="Hi",
        media_url=["https://example.com/a.png", "https://example.com/b.png"],
    )
    assert isinstance(msg, rest.Message if rc.kind == "sync" else rest.AsyncMessage)
    assert msg.sid.startswith("SM")
    post = server.requests[0]
    assert post.path.endswith("/Messages.json")
    assert [v for k, v in post.form if k == "MediaUrl"] == [
        "https://example.com/a.png",
        "https://example.com/b.png",
    ]


async def test_sms_is_the_messages_resource(rc: Driver) -> None:
    assert rc.client.sms is rc.client.messages
    assert rest.SMS is rest.Message


async def test_message_body_can_be_redacted(rc: Driver, server: FakeTwilio) -> None:
    msg = await rc.create("messages", to="+12125551234", from_="+16465551234", body="secret")
    redacted = await rc.update("messages", msg.sid, body="")
    assert redacted.body == ""
    assert server.requests[-1].form == [("Body", "")]


async def test_messages_filter_by_date_sent_range(rc: Driver, server: FakeTwilio) -> None:
    server.seed("messages", date_sent=rfc2822(datetime(2025, 6, 1, tzinfo=UTC)))
    recent = server.seed("messages", date_sent=rfc2822(datetime(2026, 2, 1, tzinfo=UTC)))
    from datetime import date

    found = await rc.list("messages", date_sent_after=date(2026, 1, 1))
    assert [m.sid for m in found] == [recent["sid"]]
    assert dict(server.requests[-1].query)["DateSent>"] == "2026-01-01T00:00:00Z"


async def test_missing_body_is_a_typed_api_error(rc: Driver) -> None:
    with pytest.raises(rest.TwilioAPIError) as info:
        await rc.create("messages", to="+12125551234", from_="+16465551234")
    assert (info.value.status, info.value.code) == (400, 21602)


async def test_notifications_list_and_find(rc: Driver, server: FakeTwilio) -> None:
    rec = server.seed("notifications")
    listed = await rc.list("notifications")
    assert [n.sid for n in listed] == [rec["sid"]]
    found = await rc.find("notifications", rec["sid"])
    assert found.error_code == "11200"


async def test_notifications_cannot_be_deleted(rc: Driver, server: FakeTwilio) -> None:
    rec = server.seed("notifications")
    with pytest.raises(rest.UnsupportedOperationError, match="no 'delete' for notifications"):
        await rc.delete("notifications", rec["sid"])
    assert server.count() == 0


async def test_call_subresources(rc: Driver, server: FakeTwilio) -> None:
    call = server.seed("calls", to="+15550001")
    note = server.seed_child(call["sid"], "notifications")
    rec = server.seed_child(call["sid"], "recordings")
    notes = await rc.collect((await rc.sub("call_notifications", call["sid"])).all())
    recs = await rc.collect((await rc.sub("call_recordings", call["sid"])).all())
    assert [n.sid for n in notes] == [note["sid"]]
    assert [r.sid for r in recs] == [rec["sid"]]
    assert server.requests[-1].path.endswith(f"/Calls/{call['sid']}/Recordings.json")


async def test_subaccount_lifecycle(rc: Driver, server: FakeTwilio) -> None:
    sub = await rc.create("accounts", friendly_name="Customer 42")
    assert sub.friendly_name == "Customer 42" and sub.status == "active"
    assert "auth_token" not in repr(sub)
    assert server.accounts[sub.sid]["auth_token"] not in repr(sub)
    suspended = await rc.update("accounts", sub.sid, status="suspended")
    assert suspended.status == "suspended"
    closed = await rc.update("accounts", sub.sid, status="closed")
    assert closed.status == "closed"
    listed = await rc.list("accounts")
    assert sub.sid in {a.sid for a in listed}


async def test_account_sid_targets_a_subaccount(rc: Driver, server: FakeTwilio) -> None:
    sub = server.add_subaccount()
    msg = await rc.create(
        "messages", to="+12125551234", from_="+16465551234", body="Hi", account_sid=sub
    )
    assert msg.account_sid == sub
    req = server.requests[-1]
    assert req.path == f"/2010-04-01/Accounts/{sub}/Messages.json"
    assert req.user == MAIN_SID  # the parent's credentials


async def test_connect_authenticates_as_the_connected_account(
    rc: Driver, server: FakeTwilio
) -> None:
    other = server.add_subaccount("Customer", connected=True)
    server.seed("calls", other, to="+15550001")
    calls = await rc.list("calls", account_sid=other, connect=True)
    assert len(calls) == 1
    req = server.requests[-1]
    assert req.path == f"/2010-04-01/Accounts/{other}/Calls.json"
    assert req.user == other


async def test_records_read_through_connect_are_saved_through_connect(
    rc: Driver, server: FakeTwilio
) -> None:
    other = server.add_subaccount("Customer", connected=True)
    rec = server.seed("calls", other, to="+15550001")
    call = await rc.find("calls", rec["sid"], account_sid=other, connect=True)
    call.status = "completed"
    await rc.save("calls", call)
    req = server.requests[-1]
    assert (req.method, req.user, req.form) == ("POST", other, [("Status", "completed")])
    assert req.path == f"/2010-04-01/Accounts/{other}/Calls/{rec['sid']}.json"


async def test_connect_needs_an_account_sid(rc: Driver) -> None:
    with pytest.raises(rest.ConfigurationError, match="account_sid"):
        await rc.list("calls", connect=True)


async def test_connect_apps_list_update_delete(rc: Driver, server: FakeTwilio) -> None:
    app = server.seed("connect_apps")
    listed = await rc.list("connect_apps")
    assert [a.sid for a in listed] == [app["sid"]]
    updated = await rc.update("connect_apps", app["sid"], friendly_name="Renamed")
    assert updated.friendly_name == "Renamed"
    await rc.delete("connect_apps", app["sid"])
    assert await rc.list("connect_apps") == []
    with pytest.raises(rest.UnsupportedOperationError):
        await rc.create("connect_apps", friendly_name="x")


async def test_authorized_connect_apps_are_read_only(rc: Driver, server: FakeTwilio) -> None:
    app = server.seed("authorized_connect_apps")
    listed = await rc.list("authorized_connect_apps")
    assert listed[0].connect_app_sid == app["connect_app_sid"]
    found = await rc.find("authorized_connect_apps", app["connect_app_sid"])
    assert found.permissions == ["get-all", "post-all"]
    with pytest.raises(rest.UnsupportedOperationError):
        await rc.update("authorized_connect_apps", app["connect_app_sid"], permissions=[])


async def test_records_from_the_async_client_are_changed_through_it(
    server: FakeTwilio,
) -> None:
    async with rest.AsyncClient(
        server.account_sid, server.auth_token, base_url=server.base_url
    ) as aclient:
        call = await aclient.calls.create(**CALL)
        note = server.seed_child(call.sid, "notifications")
        call.url = "http://example.com/other"
        assert await call.save() is call
        assert server.requests[-1].form == [("Url", "http://example.com/other")]
        assert [n.sid async for n in call.notifications.all()] == [note["sid"]]
        await call.hangup()
        assert call.status == "completed"
        await call.destroy()
    assert [(r.method, r.path.rsplit("/", 1)[-1]) for r in server.requests[-2:]] == [
        ("POST", f"{call.sid}.json"),
        ("DELETE", f"{call.sid}.json"),
    ]
