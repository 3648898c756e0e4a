"""The public surface: every listed name exists, nothing private is listed, modules import."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

PUBLIC_MODULES = [
    "twiml_dsl",
    "twiml_dsl.django",
    "twiml_dsl.elements",
    "twiml_dsl.fastapi",
    "twiml_dsl.flask",
    "twiml_dsl.quart",
    "twiml_dsl.snapshot",
    "twiml_dsl.testing",
    "twiml_dsl.webhooks",
    "rest",
]
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_lists_existing_public_names_once(name):
    module = importlib.import_module(name)
    listed = module.__all__
    assert len(listed) == len(set(listed))
    assert not [n for n in listed if n.startswith("_")]
    assert not [n for n in listed if not hasattr(module, n)]


def test_every_other_module_is_private():
    for package in ("twiml_dsl", "rest"):
        modules = {p.stem for p in (ROOT / package).glob("*.py")} - {"__init__", "__main__"}
        modules |= {p.parent.name for p in (ROOT / package).glob("*/__init__.py")}
        public = {m.rpartition(".")[2] for m in PUBLIC_MODULES if m.startswith(package + ".")}
        assert {m for m in modules if not m.startswith("_")} == public


def test_the_simulator_package_keeps_its_modules_private():
    modules = {p.stem for p in (ROOT / "twiml_dsl" / "testing").glob("*.py")} - {"__init__"}
    assert modules
    assert not [m for m in modules if not m.startswith("_")]


def test_both_packages_ship_type_information():
    for package in ("twiml_dsl", "rest"):
        assert (ROOT / package / "py.typed").is_file()
    assert (ROOT / "twiml_dsl" / "elements.pyi").is_file()
