"""The snapshot extension: where files go, what they hold, how they compare."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import twiml_dsl.snapshot as snapshot_module
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


def test_spaces_between_ssml_elements_count():
    def say(gap: str) -> str:
        r = VoiceResponse()
        with r.say() as s:
            s.emphasis("very")
            s.add_text(gap)
            s.emphasis("good")
        return r.to_xml(pretty=True)

    ext = TwiMLSnapshotExtension()
    assert not ext.matches(serialized_data=say(" "), snapshot_data=say(""))
    assert ext.matches(serialized_data=say(" "), snapshot_data=say(" "))


def test_layout_whitespace_between_verbs_does_not_count():
    ext = TwiMLSnapshotExtension()
    spaced = "<Response>\n\n    <Hangup/>\n</Response>\n"
    assert ext.matches(serialized_data="<Response><Hangup/></Response>", snapshot_data=spaced)


def test_two_test_modules_with_one_name_are_refused():
    def item(path: str, uses: bool = True) -> SimpleNamespace:
        names = ["twiml_snapshot"] if uses else ["snapshot"]
        return SimpleNamespace(path=Path(path), fixturenames=names)

    snapshot_module.pytest_collection_modifyitems(
        [item("/p/a/test_menu.py"), item("/p/a/test_menu.py"), item("/p/b/test_menu.py", False)]
    )
    with pytest.raises(pytest.UsageError, match=r"both named test_menu\.py"):
        snapshot_module.pytest_collection_modifyitems(
            [item("/p/a/test_menu.py"), item("/p/b/test_menu.py")]
        )


def _fresh_plugin(monkeypatch, version):
    """The plugin module loaded anew, as if syrupy `version` (None: absent) were installed."""
    from importlib import metadata, util

    def fake_version(name: str) -> str:
        if version is None:
            raise metadata.PackageNotFoundError(name)
        return version

    monkeypatch.setattr(metadata, "version", fake_version)
    spec = util.spec_from_file_location(
        "twiml_dsl._pytest_plugin_probe",
        Path(snapshot_module.__file__).with_name("_pytest_plugin.py"),
    )
    module = util.module_from_spec(spec)
    module.__package__ = "twiml_dsl"
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("version", "reason"),
    [(None, "syrupy is not installed"), ("4.9.1", "syrupy 4.9.1 is installed")],
)
def test_the_fixture_says_what_to_install_without_syrupy_7(monkeypatch, version, reason):
    plugin = _fresh_plugin(monkeypatch, version)
    assert plugin._problem.startswith(reason)
    with pytest.raises(pytest.fail.Exception, match=r"pip install 'twiml-dsl\[pytest\]'"):
        plugin.twiml_snapshot.__wrapped__()


def test_the_real_fixture_is_offered_with_syrupy_7(monkeypatch):
    plugin = _fresh_plugin(monkeypatch, "7.0.2")
    assert plugin._problem is None
    assert plugin.twiml_snapshot is snapshot_module.twiml_snapshot
