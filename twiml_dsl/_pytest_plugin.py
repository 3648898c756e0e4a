"""The pytest entry point: the `twiml_snapshot` fixture, which needs syrupy 7.

Without a fitting syrupy the fixture still exists, and says what to install.
"""

from __future__ import annotations

from importlib import metadata

import pytest

__all__ = ["twiml_snapshot"]


def _syrupy_problem() -> str | None:
    try:
        version = metadata.version("syrupy")
    except metadata.PackageNotFoundError:
        return "syrupy is not installed"
    major = version.split(".")[0]
    if not major.isdigit() or int(major) != 7:
        return f"syrupy {version} is installed; twiml_snapshot works with syrupy 7"
    return None


_problem = _syrupy_problem()

if _problem is None:
    from .snapshot import pytest_collection_modifyitems, pytest_configure, twiml_snapshot

    __all__ += ["pytest_collection_modifyitems", "pytest_configure"]
else:

    @pytest.fixture
    def twiml_snapshot() -> None:
        """Fails with what to install: the real fixture needs syrupy 7."""
        pytest.fail(
            f"twiml_snapshot needs syrupy 7: pip install 'twiml-dsl[pytest]' ({_problem})",
            pytrace=False,
        )
