"""The call-centre example: its TwiML queues callers, its REST half dequeues the first one."""

from __future__ import annotations

import pytest
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio
from lxml import etree

from examples import call_centre

AGENT_URL = "https://example.com/agent/alice"


def test_a_caller_is_greeted_and_put_in_the_queue() -> None:
    root = etree.fromstring(call_centre.incoming_call().to_xml().encode())
    assert [child.tag for child in root] == ["Say", "Enqueue"]
    enqueue = root.find("Enqueue")
    assert enqueue is not None and enqueue.text == call_centre.QUEUE
    assert enqueue.get("waitUrl") == "/hold" and enqueue.get("action") == "/left-queue"


def test_the_agent_url_bridges_the_caller_to_the_agent() -> None:
    root = etree.fromstring(call_centre.agent_bridge("alice").to_xml().encode())
    assert root.findtext("Dial/Client") == "alice"
    hold = etree.fromstring(call_centre.hold(3).to_xml().encode())
    assert hold.findtext("Say") == "You are number 3 in line."


def test_the_script_lists_the_queue_and_dequeues_the_first_caller(
    server: FakeTwilio, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", MAIN_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", MAIN_TOKEN)
    server.families.add("queues", MAIN_SID, friendly_name="sales")
    queue = server.families.add("queues", MAIN_SID, friendly_name="support")
    first = server.families.enqueue(queue)
    second = server.families.enqueue(queue)
    status = call_centre.main(["support", AGENT_URL, "--base-url", server.base_url])
    out = capsys.readouterr().out
    assert status == 0
    assert f"#1: {first['call_sid']}" in out and f"#2: {second['call_sid']}" in out
    assert server.families.dequeued == [(queue["sid"], first["call_sid"], AGENT_URL)]
    assert queue["current_size"] == 1
    assert call_centre.main(["support", AGENT_URL, "--base-url", server.base_url]) == 0
    assert call_centre.main(["support", AGENT_URL, "--base-url", server.base_url]) == 1
    assert "nobody is waiting in 'support'" in capsys.readouterr().out


def test_the_script_needs_credentials(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    assert call_centre.main(["support", AGENT_URL]) == 2
    assert "TWILIO_AUTH_TOKEN" in capsys.readouterr().err
