"""Applications, conferences and participants, queues and members, recordings and
transcriptions: every operation on both clients, over the loopback server."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from fake_twilio import MAIN_SID, FakeTwilio
from rest_driver import Driver

import rest

pytestmark = pytest.mark.anyio
AGENT = "https://example.com/agent"


async def test_applications_create_find_update_list_delete(rc: Driver, server: FakeTwilio) -> None:
    app = await rc.create(
        "applications",
        friendly_name="IVR",
        voice_url="https://example.com/voice",
        voice_caller_id_lookup=True,
    )
    assert server.requests[-1].form == [
        ("FriendlyName", "IVR"),
        ("VoiceUrl", "https://example.com/voice"),
        ("VoiceCallerIdLookup", "true"),
    ]
    assert app.sid.startswith("AP") and app.voice_caller_id_lookup is True
    found = await rc.find("applications", app.sid)
    found.sms_url = "https://example.com/sms"
    await rc.run(found.save())
    assert server.requests[-1].form == [("SmsUrl", "https://example.com/sms")]
    assert [a.sid for a in await rc.list("applications", friendly_name="IVR")] == [app.sid]
    assert await rc.list("applications", friendly_name="other") == []
    await rc.run(found.destroy())
    assert server.families.store("applications", MAIN_SID) == {}


async def test_conferences_list_with_date_filters_find_and_end(
    rc: Driver, server: FakeTwilio
) -> None:
    room = server.families.add("conferences", MAIN_SID, friendly_name="room")
    when = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)
    assert await rc.list("conferences", date_created_after=date(2000, 1, 1)) != []
    assert await rc.list("conferences", date_updated_before=when, status="in-progress") == []
    assert server.requests[-2].query == [("DateCreated>", "2000-01-01")]
    assert server.requests[-1].query == [("DateUpdated<", "2026-03-04"), ("Status", "in-progress")]
    conf = await rc.find("conferences", room["sid"])
    assert conf.status == "in-progress" and conf.friendly_name == "room"
    await rc.run(conf.announce("https://example.com/announce"))
    assert server.requests[-1].form == [("AnnounceUrl", "https://example.com/announce")]
    await rc.run(conf.end())
    assert conf.status == "completed"
    assert conf.reason_conference_ended == "conference-ended-via-api"


async def test_conferences_have_no_create_or_delete(rc: Driver, server: FakeTwilio) -> None:
    with pytest.raises(rest.UnsupportedOperationError, match="no 'create' for conferences"):
        await rc.run(rc.client.conferences.create(friendly_name="x"))
    with pytest.raises(rest.UnsupportedOperationError, match="offers: find, list, update"):
        await rc.delete("conferences", "CF" + "1" * 32)
    assert server.requests == []


async def test_participants_join_by_conference_name_and_are_found_by_label(
    rc: Driver, server: FakeTwilio
) -> None:
    participants = rc.client.conference_participants("Sales room")
    agent = await rc.run(
        participants.create(from_="+15550001", to="client:alice", label="agent", muted=True)
    )
    req = server.requests[-1]
    assert req.path.endswith("/Conferences/Sales%20room/Participants.json")
    assert req.form == [("From", "+15550001"), ("To", "client:alice"), ("Label", "agent"),
                        ("Muted", "true")]  # fmt: skip
    assert agent.call_sid.startswith("CA") and agent.muted is True
    conf = (await rc.list("conferences", friendly_name="Sales room"))[0]
    found = await rc.run(conf.participants.find("agent"))
    assert server.requests[-1].path.endswith("/Participants/agent.json")
    assert found.call_sid == agent.call_sid


async def test_participants_mute_hold_coach_and_kick(rc: Driver, server: FakeTwilio) -> None:
    room = server.families.add("conferences", MAIN_SID)
    caller = server.families.join(room)
    coach = server.families.join(room, label="coach")
    conf = await rc.find("conferences", room["sid"])
    assert len(await rc.collect(conf.participants.all(muted=False))) == 2
    person = await rc.run(conf.participants.find(caller["call_sid"]))
    await rc.run(person.mute())
    await rc.run(person.hold_call(hold_url="https://example.com/music"))
    assert server.requests[-1].form == [("Hold", "true"), ("HoldUrl", "https://example.com/music")]
    assert (person.muted, person.hold) == (True, True)
    assert [p.call_sid for p in await rc.collect(conf.participants.all(muted=True))] == [
        caller["call_sid"]
    ]
    await rc.run(
        conf.participants.update("coach", coaching=True, call_sid_to_coach=caller["call_sid"])
    )
    assert coach["coaching"] is True and coach["call_sid_to_coach"] == caller["call_sid"]
    await rc.run(person.kick())
    assert server.requests[-1].method == "DELETE"
    assert list(server.families.store("participants", room["sid"])) == [coach["call_sid"]]


async def test_a_participant_needs_from_and_to_before_sending(
    rc: Driver, server: FakeTwilio
) -> None:
    with pytest.raises(TypeError, match=r"conference_participants\.create needs `from_`, `to`"):
        await rc.run(rc.client.conference_participants("room").create(label="x"))
    assert server.requests == []


async def test_queues_create_update_list_delete(rc: Driver, server: FakeTwilio) -> None:
    queue = await rc.create("queues", friendly_name="support", max_size=50)
    assert server.requests[-1].form == [("FriendlyName", "support"), ("MaxSize", "50")]
    assert (queue.current_size, queue.max_size) == (0, 50)
    await rc.update("queues", queue.sid, friendly_name="billing")
    assert [q.friendly_name for q in await rc.list("queues")] == ["billing"]
    await rc.delete("queues", queue.sid)
    assert await rc.list("queues") == []


async def test_queue_create_needs_a_friendly_name(rc: Driver, server: FakeTwilio) -> None:
    with pytest.raises(TypeError, match=r"queues\.create needs `friendly_name`"):
        await rc.create("queues", max_size=10)
    assert server.requests == []


async def test_members_are_listed_and_the_front_one_dequeued(
    rc: Driver, server: FakeTwilio
) -> None:
    queue = server.families.add("queues", MAIN_SID, friendly_name="support")
    first = server.families.enqueue(queue)
    second = server.families.enqueue(queue)
    q = await rc.find("queues", queue["sid"])
    members = await rc.collect(q.members.all())
    assert [(m.call_sid, m.position) for m in members] == [
        (first["call_sid"], 1),
        (second["call_sid"], 2),
    ]
    assert server.requests[-1].path.endswith(f"/Queues/{queue['sid']}/Members.json")
    front = await rc.run(q.members.front())
    assert server.requests[-1].path.endswith("/Members/Front.json")
    assert front.call_sid == first["call_sid"]
    await rc.run(q.members.dequeue_front(AGENT))
    assert server.requests[-1].form == [("Url", AGENT)]
    assert server.families.dequeued == [(queue["sid"], first["call_sid"], AGENT)]
    rest_of_line = await rc.collect(q.members.all())
    await rc.run(rest_of_line[0].dequeue(AGENT, method="GET"))
    assert server.requests[-1].path.endswith(f"/Members/{second['call_sid']}.json")
    assert server.requests[-1].form == [("Url", AGENT), ("Method", "GET")]
    assert queue["current_size"] == 0


async def test_members_cannot_be_added_or_removed(rc: Driver, server: FakeTwilio) -> None:
    members = rc.client.queue_members("QU" + "1" * 32)
    with pytest.raises(rest.UnsupportedOperationError, match="queue_members"):
        await rc.run(members.create())
    with pytest.raises(rest.UnsupportedOperationError, match="offers: find, list, update"):
        await rc.run(members.delete("Front"))
    with pytest.raises(TypeError, match=r"queue_members\.update needs `url`"):
        await rc.run(members.update("Front"))
    assert server.requests == []


async def test_account_recordings_filter_by_date_time(rc: Driver, server: FakeTwilio) -> None:
    rec = server.families.add("recordings", MAIN_SID, duration="7")
    when = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)
    assert await rc.list("recordings", date_created_before=when) == []
    assert server.requests[-1].query == [("DateCreated<", "2026-03-04T23:30:00Z")]
    found = await rc.list("recordings", date_created_after=date(2000, 1, 1))
    assert server.requests[-1].query == [("DateCreated>", "2000-01-01T00:00:00Z")]
    assert [r.sid for r in found] == [rec["sid"]]
    assert isinstance(found[0], rest.Recording | rest.AsyncRecording)


async def test_call_recordings_filter_by_date_and_show_at_account_level(
    rc: Driver, server: FakeTwilio
) -> None:
    call = server.seed("calls")
    made = server.seed_child(call["sid"], "recordings")
    recs = await rc.collect(
        (await rc.sub("call_recordings", call["sid"])).all(date_created=datetime(2026, 3, 4, 5))
    )
    assert server.requests[-1].query == [("DateCreated", "2026-03-04")]
    assert recs == []
    found = await rc.find("recordings", made["sid"])
    assert found.call_sid == call["sid"]
    await rc.delete("recordings", made["sid"])
    assert server.requests[-1].method == "DELETE"


async def test_account_recordings_have_no_create_or_update(rc: Driver, server: FakeTwilio) -> None:
    with pytest.raises(rest.UnsupportedOperationError, match="offers: delete, find, list"):
        await rc.update("recordings", "RE" + "1" * 32, status="paused")
    with pytest.raises(rest.UnsupportedOperationError):
        await rc.create("recordings")
    assert server.requests == []


async def test_a_recordings_transcriptions(rc: Driver, server: FakeTwilio) -> None:
    made = server.families.add("recordings", MAIN_SID)
    text = server.families.transcribe(made, "Hello, I would like a callback")
    server.families.transcribe(server.families.add("recordings", MAIN_SID), "Other")
    rec = await rc.find("recordings", made["sid"])
    listed = await rc.collect(rec.transcriptions.all())
    assert [t.transcription_text for t in listed] == ["Hello, I would like a callback"]
    assert server.requests[-1].path.endswith(f"/Recordings/{made['sid']}/Transcriptions.json")
    one = await rc.run(rec.transcriptions.find(text["sid"]))
    assert one.recording_sid == made["sid"] and one.status == "completed"
    await rc.run(rec.transcriptions.delete(text["sid"]))
    assert len(await rc.list("transcriptions")) == 1


async def test_transcriptions_find_list_delete_only(rc: Driver, server: FakeTwilio) -> None:
    text = server.families.transcribe(server.families.add("recordings", MAIN_SID), "Hi")
    assert [t.sid for t in await rc.list("transcriptions")] == [text["sid"]]
    found = await rc.find("transcriptions", text["sid"])
    with pytest.raises(rest.UnsupportedOperationError, match="transcriptions"):
        await rc.run(found.update(status="completed"))
    await rc.run(found.destroy())
    assert await rc.list("transcriptions") == []


async def test_a_member_listed_in_another_account_is_dequeued_there(
    rc: Driver, server: FakeTwilio
) -> None:
    sub = server.add_subaccount("Customer")
    queue = server.families.add("queues", sub, friendly_name="support")
    caller = server.families.enqueue(queue)
    members = rc.client.queue_members(queue["sid"])
    [member] = await rc.collect(members.all(account_sid=sub))
    await rc.run(member.dequeue(AGENT))
    assert server.requests[-1].path.endswith(
        f"/Accounts/{sub}/Queues/{queue['sid']}/Members/{caller['call_sid']}.json"
    )
    assert server.families.dequeued == [(queue["sid"], caller["call_sid"], AGENT)]
