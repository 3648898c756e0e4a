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

Because the files live outside the test directory, syrupy cannot tell from their paths
which tests a command line selected. This module tells it: a snapshot is offered to
syrupy's unused-snapshot check only when its test module ran, and, when the command line
named some of that module's tests (`test_flows.py::test_menu`), only when it belongs to
one of them. Snapshots of tests that were not selected are never reported unused and
never deleted; those of a test or module that no longer exists still are.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.data import SnapshotCollections
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode
from syrupy.location import PyTestLocation

from ._errors import TwiMLError
from ._parse import parse

__all__ = ["TranscriptSnapshotExtension", "TwiMLSnapshotExtension", "twiml_snapshot"]


@dataclass
class _Run:
    """What this pytest run selected: which modules ran, and which tests of the narrowed ones."""

    root: Path
    narrowed: frozenset[str] = frozenset()  # modules the command line named tests of
    modules: set[str] = field(default_factory=set)  # modules with a collected test
    test_names: dict[str, set[str]] = field(default_factory=dict)  # module -> snapshot names
    _stems_on_disk: frozenset[str] | None = None

    def offers(self, location: str) -> bool:
        """Whether syrupy may count the snapshot file at `location` as unused."""
        path = Path(location)
        module, stem = path.parent.name, path.stem
        if module not in self.modules:
            # Its module did not run: unused only if the module is gone (deleted or renamed),
            # not if it was left out with --ignore, a path, or a node id.
            return module not in self.stems_on_disk()
        if module not in self.narrowed:
            return True
        return any(_belongs_to(stem, name) for name in self.test_names.get(module, ()))

    def stems_on_disk(self) -> frozenset[str]:
        if self._stems_on_disk is None:
            self._stems_on_disk = frozenset(path.stem for path in _python_files(self.root))
        return self._stems_on_disk


def _belongs_to(stem: str, test_name: str) -> bool:
    """Whether a snapshot file named `stem` is one of the snapshots of test `test_name`.

    A test's first snapshot is `<name>`, the next `<name>.1`..., a named one `<name>[label]`.
    """
    return stem == test_name or stem.startswith((f"{test_name}.", f"{test_name}["))


def _python_files(root: Path) -> Iterator[Path]:
    """The `.py` files under `root`, skipping hidden folders, caches and virtualenvs."""
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [
            name
            for name in subfolders
            if not name.startswith((".", "__pycache__"))
            and name != "node_modules"
            and not (Path(folder, name) / "pyvenv.cfg").exists()
        ]
        yield from (Path(folder, name) for name in files if name.endswith(".py"))


def _narrowed_modules(config: pytest.Config) -> frozenset[str]:
    """The test modules of which the command line named single tests (`file.py::test`).

    A module also named whole, or inside a folder that was named, runs whole.
    """
    base = config.invocation_params.dir
    whole: list[Path] = []
    named: dict[Path, str] = {}
    for arg in config.args:
        target, separator, _ = str(arg).partition("::")
        path = (base / target).resolve()
        if not separator:
            whole.append(path)
        elif target.endswith(".py") or path.exists():
            named[path] = path.stem
        else:  # --pyargs package.module::test
            named[path] = target.rpartition(".")[2]
    return frozenset(
        stem
        for path, stem in named.items()
        if not any(path == other or path.is_relative_to(other) for other in whole)
    )


_run: _Run | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _run
    _run = _Run(root=Path(config.rootpath), narrowed=_narrowed_modules(config))


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
    _missing: str | None = None  # the file the last read looked for and did not find

    def read_snapshot_data_from_location(
        self, *, snapshot_location: str, snapshot_name: str, session_id: str
    ) -> Any:
        data = super().read_snapshot_data_from_location(
            snapshot_location=snapshot_location,
            snapshot_name=snapshot_name,
            session_id=session_id,
        )
        self._missing = snapshot_location if data is None else None
        return data

    def diff_lines(self, serialized_data: Any, snapshot_data: Any) -> Iterator[str]:
        """syrupy's diff, after the path of the file when the snapshot was not found."""
        if self._missing is not None:
            root = _run.root if _run else Path.cwd()
            yield (
                f"No file at {self._missing}. Snapshots are kept in snapshots/ under pytest's "
                f"root directory, here {root}: the folder of the project's pytest.ini, "
                "pyproject.toml, tox.ini or setup.cfg, or --rootdir; without them pytest picks "
                "one from where it runs. Run pytest in the project, or with --snapshot-update "
                "to write the file."
            )
        yield from super().diff_lines(serialized_data, snapshot_data)

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
        root = _run.root if _run else Path.cwd()
        return str(root / "snapshots" / test_location.basename)

    def discover_snapshots(
        self, *, test_location: PyTestLocation, ignore_extensions: list[str] | None = None
    ) -> SnapshotCollections:
        """syrupy's discovery, keeping only the files this run's selection may call unused."""
        found = super().discover_snapshots(
            test_location=test_location, ignore_extensions=ignore_extensions
        )
        if _run is None:
            return found
        offered = SnapshotCollections()
        for collection in found:
            if _run.offers(collection.location):
                offered.add(collection)
        return offered


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
    """Note which tests ran, and refuse two test modules with one name that keep snapshots.

    Two such modules would share `snapshots/<name>/` and overwrite each other's files.
    """
    if _run is not None:
        for item in items:
            module = Path(str(item.path)).stem
            _run.modules.add(module)
            if isinstance(item, pytest.Function):
                name = TwiMLSnapshotExtension.get_snapshot_name(test_location=PyTestLocation(item))
                _run.test_names.setdefault(module, set()).add(name)
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
