"""The snapshot extension: where files go, what they hold, how they compare."""

from __future__ import annotations

from pathlib import Path

from twiml_dsl import VoiceResponse
from twiml_dsl.snapshot import TwiMLSnapshotExtension

ROOT = Path(__file__).resolve().parents[2]


def _menu() -> VoiceResponse:
    r = VoiceResponse()
    with r.gather(action="/menu", num_digits=1):
        r.say("Press 1 for sales.")
    r.hangup()
    return r


def test_snapshot_is_a_pretty_xml_file_under_snapshots(twiml_snapshot):
    assert _menu() == twiml_snapshot
    stored = ROOT / "snapshots" / "test_twiml_snapshot_plugin"
    path = stored / "test_snapshot_is_a_pretty_xml_file_under_snapshots.xml"
    assert path.read_text(encoding="utf-8") == _menu().to_xml(pretty=True)


def test_documents_compare_by_content_not_layout():
    ext = TwiMLSnapshotExtension()
    compact = _menu().to_xml()
    pretty = _menu().to_xml(pretty=True)
    assert ext.matches(serialized_data=pretty, snapshot_data=compact)
    other = VoiceResponse()
    other.hangup()
    assert not ext.matches(serialized_data=pretty, snapshot_data=other.to_xml(pretty=True))


def test_text_compares_exactly():
    ext = TwiMLSnapshotExtension()
    assert ext.matches(serialized_data="caller pressed 1\n", snapshot_data="caller pressed 1\n")
    assert not ext.matches(serialized_data="caller pressed 1\n", snapshot_data="caller pressed 2\n")


def test_plain_text_is_stored_as_is(twiml_snapshot):
    assert "heard: Welcome\npressed: 1" == twiml_snapshot
