"""TwiML snapshots for pytest, kept as readable `.xml` files.

Installing twiml-dsl registers this module as a pytest plugin, so any project gets the
`twiml_snapshot` fixture (it needs syrupy):

    def test_menu(twiml_snapshot):
        assert build_menu() == twiml_snapshot

Each snapshot is written, pretty printed by the same `to_xml()` users send to Twilio, to
`snapshots/<test module>/<test name>.xml` under the pytest root directory. Documents are
compared as `parse()` reads them, so a re-indented file still matches while the spaces
between words inside `<Say>` still count. Plain text, such as a simulated call's script,
is stored as `<test name>.txt` and compared as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode
from syrupy.location import PyTestLocation

from ._errors import TwiMLError
from ._parse import parse

__all__ = ["TranscriptSnapshotExtension", "TwiMLSnapshotExtension", "twiml_snapshot"]

_root_dir: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _root_dir
    _root_dir = Path(config.rootpath)


def _serialize(data: object) -> str:
    to_xml = getattr(data, "to_xml", None)  # a response, or one element of it
    if callable(to_xml):
        return str(to_xml(pretty=True))
    if isinstance(data, str):
        return data if data.endswith("\n") else data + "\n"
    raise TypeError(f"a TwiML snapshot takes a response or a string, not {type(data).__name__}")


def _canonical(text: str) -> str | None:
    """The compact form of a TwiML document, or None when `text` is not one.

    `parse()` drops only layout whitespace, between elements that hold no text; the spaces
    between words and SSML elements inside `<Say>` are content and still count.
    """
    try:
        return parse(text, strict=False).to_xml()
    except TwiMLError:
        return None


class TwiMLSnapshotExtension(SingleFileSnapshotExtension):
    """Stores each snapshot as `snapshots/<test module>/<test name>.xml`."""

    file_extension = "xml"
    _write_mode = WriteMode.TEXT

    def serialize(self, data: Any, **kwargs: Any) -> str:
        return _serialize(data)

    def matches(self, *, serialized_data: Any, snapshot_data: Any) -> bool:
        if serialized_data == snapshot_data:
            return True
        if not isinstance(serialized_data, str) or not isinstance(snapshot_data, str):
            return False
        ours, theirs = _canonical(serialized_data), _canonical(snapshot_data)
        return ours is not None and ours == theirs

    @classmethod
    def dirname(cls, *, test_location: PyTestLocation) -> str:
        root = _root_dir or Path.cwd()
        return str(root / "snapshots" / test_location.basename)


class TranscriptSnapshotExtension(TwiMLSnapshotExtension):
    """Stores plain text, such as a call's script, as `snapshots/<test module>/<test name>.txt`."""

    file_extension = "txt"

    def matches(self, *, serialized_data: Any, snapshot_data: Any) -> bool:
        return bool(serialized_data == snapshot_data)


def _is_text(data: object) -> bool:
    """Plain text, not a TwiML document: it goes in a `.txt` snapshot."""
    return isinstance(data, str) and not data.lstrip().startswith("<")


class _TwiMLSnapshotAssertion(SnapshotAssertion):
    """syrupy's assertion, picking `.txt` for plain text and `.xml` for TwiML."""

    def __eq__(self, other: Any) -> bool:
        if _is_text(other):
            return self(extension_class=TranscriptSnapshotExtension)._assert(other)
        return self._assert(other)

    __hash__ = None  # type: ignore[assignment]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Refuse two test modules with one name that both keep TwiML snapshots.

    Their snapshots would share `snapshots/<name>/` and overwrite each other.
    """
    owners: dict[str, Path] = {}
    for item in items:
        if "twiml_snapshot" not in getattr(item, "fixturenames", ()):
            continue
        path = Path(str(item.path))
        owner = owners.setdefault(path.stem, path)
        if owner != path:
            raise pytest.UsageError(
                f"{path} and {owner} are both named {path.name} and both use twiml_snapshot: "
                f"their snapshots would share snapshots/{path.stem}/; rename one of them"
            )


@pytest.fixture
def twiml_snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """syrupy's `snapshot`: TwiML stored as `.xml`, call scripts as `.txt`, under `snapshots/`."""
    return _TwiMLSnapshotAssertion(
        update_snapshots=snapshot.update_snapshots,
        update_new_snapshots_only=snapshot.update_new_snapshots_only,
        test_location=snapshot.test_location,
        extension_class=TwiMLSnapshotExtension,
        session=snapshot.session,
    )
