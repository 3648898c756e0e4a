"""Selecting some tests never reports or deletes the snapshots of the tests left out.

Each test builds a throwaway project with two test modules and their snapshot files, then
runs pytest on it in a child process, the way a user runs it from a shell.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from twiml_dsl import VoiceResponse

FLOWS = """
from twiml_dsl import VoiceResponse

def _say(text):
    r = VoiceResponse()
    r.say(text)
    return r

def test_welcome(twiml_snapshot):
    assert _say("welcome") == twiml_snapshot

def test_menu_confirm(twiml_snapshot):
    assert _say("menu_confirm") == twiml_snapshot

def test_goodbye(twiml_snapshot):
    assert _say("goodbye") == twiml_snapshot
"""

HOURS = """
import pytest
from twiml_dsl import VoiceResponse

@pytest.mark.parametrize("day", ["monday", "sunday"])
def test_hours(twiml_snapshot, day):
    r = VoiceResponse()
    r.say(day)
    assert r == twiml_snapshot
"""

SNAPSHOTS = {
    "test_flows/test_welcome.xml": "welcome",
    "test_flows/test_menu_confirm.xml": "menu_confirm",
    "test_flows/test_goodbye.xml": "goodbye",
    "test_hours/test_hours[monday].xml": "monday",
    "test_hours/test_hours[sunday].xml": "sunday",
}


def _say(text: str) -> str:
    r = VoiceResponse()
    r.say(text)
    return r.to_xml(pretty=True)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose five snapshots all match their tests."""
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_flows.py").write_text(FLOWS, encoding="utf-8")
    (tests / "test_hours.py").write_text(HOURS, encoding="utf-8")
    for name, text in SNAPSHOTS.items():
        path = tmp_path / "snapshots" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_say(text), encoding="utf-8")
    return tmp_path


def _pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
    command += ["-p", "no:hypothesispytest"]
    return subprocess.run(
        [*command, *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _snapshot_files(project: Path) -> set[str]:
    root = project / "snapshots"
    return {path.relative_to(root).as_posix() for path in root.rglob("*.xml")}


def test_one_test_selected_by_node_id_reports_no_other_snapshot_unused(project):
    run = _pytest(project, "tests/test_flows.py::test_menu_confirm")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 snapshot passed." in run.stdout
    assert "unused" not in run.stdout


def test_updating_selected_tests_keeps_the_other_tests_snapshots(project):
    run = _pytest(
        project,
        "--snapshot-update",
        "tests/test_flows.py::test_welcome",
        "tests/test_hours.py::test_hours[monday]",
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "deleted" not in run.stdout
    assert _snapshot_files(project) == set(SNAPSHOTS)


def test_updating_with_a_module_ignored_keeps_its_snapshots(project):
    run = _pytest(project, "--snapshot-update", "--ignore=tests/test_hours.py")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 snapshots passed." in run.stdout
    assert _snapshot_files(project) == set(SNAPSHOTS)


def test_snapshots_of_tests_that_are_gone_are_still_found(project):
    stale = {
        "test_flows/test_renamed.xml": "old",  # a test of a module that runs whole
        "test_flows/test_welcome.1.xml": "old",  # a second snapshot test_welcome no longer takes
        "test_deleted/test_a.xml": "old",  # a module that no longer exists
    }
    for name, text in stale.items():
        (project / "snapshots" / name).parent.mkdir(exist_ok=True)
        (project / "snapshots" / name).write_text(_say(text), encoding="utf-8")

    one_test = _pytest(project, "--snapshot-update", "tests/test_flows.py::test_welcome")
    assert "1 unused snapshot deleted." in one_test.stdout, one_test.stdout
    assert _snapshot_files(project) == set(SNAPSHOTS) | set(stale) - {
        "test_flows/test_welcome.1.xml"
    }

    everything = _pytest(project, "--snapshot-update")
    assert everything.returncode == 0, everything.stdout + everything.stderr
    assert "2 unused snapshots deleted." in everything.stdout
    assert _snapshot_files(project) == set(SNAPSHOTS)


def test_a_missing_snapshot_names_the_file_it_looked_for(tmp_path):
    # No pytest.ini, run from the parent folder: pytest's root directory is not the
    # project's, so the snapshot is looked for in the wrong place and the message says where.
    tests = tmp_path / "project" / "tests"
    tests.mkdir(parents=True)
    (tests / "test_flows.py").write_text(FLOWS, encoding="utf-8")
    run = _pytest(tmp_path, "project/tests/test_flows.py::test_welcome")
    assert run.returncode == 1
    [root_line] = [line for line in run.stdout.splitlines() if line.startswith("rootdir: ")]
    root = Path(root_line.removeprefix("rootdir: ").partition(",")[0])
    expected = root / "snapshots" / "test_flows" / "test_welcome.xml"
    assert f"No file at {expected}." in run.stdout
    assert f"pytest's root directory, here {root}:" in run.stdout
