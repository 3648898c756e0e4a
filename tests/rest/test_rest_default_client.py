"""Class-level helpers on the default client, instance methods, and configuration."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio

import rest

CALL = {"to": "+12125551234", "from_": "+16465551234", "url": "http://example.com/voice"}


@pytest.fixture
def configured(server: FakeTwilio, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTwilio]:
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    rest.configure(MAIN_SID, MAIN_TOKEN, base_url=server.base_url, timeout=5)
    yield server
    rest.configure()


def test_class_helpers_use_the_configured_client(configured: FakeTwilio) -> None:
    call = rest.Call.create(**CALL)
    assert rest.Call.find(call.sid).sid == call.sid
    assert [c.sid for c in rest.Call.all(status="queued")] == [call.sid]
    updated = rest.Call.update(call.sid, status="canceled")
    assert updated.status == "canceled"
    rest.Call.delete(call.sid)
    assert configured.records("calls") == {}


def test_instance_save_update_destroy(configured: FakeTwilio) -> None:
    call = rest.Call.create(**CALL)
    call.url = "http://example.com/new-handler"
    call.method = "GET"
    assert call.save() is call
    assert dict(configured.requests[-1].form) == {
        "Url": "http://example.com/new-handler",
        "Method": "GET",
    }
    call.update(status="completed")
    assert call.status == "completed"
    call.destroy()
    assert configured.requests[-1].method == "DELETE"
    assert call.sid not in configured.records("calls")


def test_notifications_destroy_is_a_clear_error(configured: FakeTwilio) -> None:
    configured.seed("notifications")
    (note,) = rest.Notification.all()
    with pytest.raises(rest.UnsupportedOperationError, match="no 'delete' for notifications"):
        note.destroy()
    assert configured.count("DELETE") == 0


def test_call_subresources_from_the_instance(configured: FakeTwilio) -> None:
    rec = configured.seed("calls", to="+15550001")
    note = configured.seed_child(rec["sid"], "notifications")
    call = rest.Call.find(rec["sid"])
    assert [n.sid for n in call.notifications.all()] == [note["sid"]]
    assert call.notifications.find(note["sid"]).call_sid == rec["sid"]
    assert list(call.recordings.all()) == []


def test_subaccount_helpers(configured: FakeTwilio) -> None:
    sub = rest.Account.create(friendly_name="Customer 42")
    assert sub.suspend().status == "suspended"
    assert sub.reactivate().status == "active"
    assert sub.close().status == "closed"
    rest.Message.create(to="+12125551234", from_="+16465551234", body="Hi", account_sid=sub.sid)
    assert configured.requests[-1].path.endswith(f"/Accounts/{sub.sid}/Messages.json")


def test_environment_credentials(server: FakeTwilio, monkeypatch: pytest.MonkeyPatch) -> None:
    rest.configure(base_url=server.base_url)
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", MAIN_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", MAIN_TOKEN)
    try:
        assert list(rest.Message.all()) == []
        assert server.requests[-1].user == MAIN_SID
    finally:
        rest.configure()


def test_no_credentials_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    rest.configure()
    with pytest.raises(rest.ConfigurationError, match=r"rest\.configure\(account_sid=") as info:
        rest.Call.find("CA" + "0" * 32)
    assert "TWILIO_ACCOUNT_SID" in str(info.value)


def test_public_names_are_sorted_and_exported() -> None:
    def isort_key(name: str) -> tuple[int, str]:  # the order ruff's RUF022 keeps
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert rest.__all__ == sorted(rest.__all__, key=isort_key)
    assert issubclass(rest.TwilioAPIError, rest.TwilioError)
    assert issubclass(rest.APITimeoutError, rest.APIConnectionError)


def test_the_clients_offer_the_same_resources() -> None:
    import inspect

    def public(cls: type) -> set[str]:
        return {n for n, _ in inspect.getmembers(cls, inspect.isfunction) if not n.startswith("_")}

    sync = rest.Client("AC" + "1" * 32, "t")
    names = {"accounts", "calls", "messages", "sms", "notifications", "connect_apps"}
    names |= {"authorized_connect_apps"}
    assert all(isinstance(getattr(sync, n), rest.Resources) for n in names)
    assert public(rest.Client) - {"close"} == public(rest.AsyncClient) - {"aclose"}
    sync.close()


def test_class_helpers_of_the_other_families(configured: FakeTwilio) -> None:
    queue = rest.Queue.create(friendly_name="support")
    assert rest.Queue.find(queue.sid).max_size == 1000
    configured.families.enqueue(configured.families.store("queues", MAIN_SID)[queue.sid])
    assert [m.position for m in rest.Queue.find(queue.sid).members.all()] == [1]
    app = rest.Application.create(friendly_name="IVR")
    rest.Application.update(app.sid, voice_url="https://example.com/voice")
    assert [a.voice_url for a in rest.Application.all()] == ["https://example.com/voice"]
    room = configured.families.add("conferences", MAIN_SID)
    assert rest.Conference.update(room["sid"], status="completed").status == "completed"
    with pytest.raises(rest.UnsupportedOperationError, match="conferences"):
        rest.Conference.create(friendly_name="x")
    trigger = rest.UsageTrigger.create(
        callback_url="https://example.com/alert", trigger_value="100", usage_category="calls"
    )
    rest.UsageTrigger.delete(trigger.sid)
    assert [q.sid for q in rest.Account.find(MAIN_SID).queues.all()] == [queue.sid]
    assert configured.families.store("usage_triggers", MAIN_SID) == {}
