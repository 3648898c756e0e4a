"""The grammar table is complete, and the typed methods agree with it."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Iterator

import pytest
from lxml import etree

import twiml_dsl.elements as elements
from twiml_dsl import FaxResponse, MessagingResponse, VoiceResponse, parse
from twiml_dsl._codegen import STUB_TARGET, generate_stub
from twiml_dsl._grammar import FAX, MESSAGING, VOICE, Grammar, Spec, TextRule, class_name

RESPONSES: list[tuple[Grammar, type]] = [
    (VOICE, VoiceResponse),
    (MESSAGING, MessagingResponse),
    (FAX, FaxResponse),
]
XML_NS = "{http://www.w3.org/XML/1998/namespace}"


def test_the_typed_stub_is_up_to_date():
    assert STUB_TARGET.read_text(encoding="utf-8") == generate_stub(), (
        "elements.pyi is stale: run python -m twiml_dsl._codegen"
    )


def test_the_stub_declares_exactly_the_runtime_classes_and_methods():
    tree = ast.parse(STUB_TARGET.read_text(encoding="utf-8"))
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    assert set(classes) == set(elements.__all__)
    for name, node in classes.items():
        typed = {f.name for f in node.body if isinstance(f, ast.FunctionDef)}
        runtime = {m for m in vars(getattr(elements, name)) if not m.startswith("_")}
        assert typed == runtime, name


def test_no_builder_method_shadows_the_lxml_element_api():
    lxml_api = set(dir(etree.ElementBase))
    for name in elements.__all__:
        methods = {m for m in vars(getattr(elements, name)) if not m.startswith("_")}
        assert not methods & lxml_api, name


def _all_specs() -> Iterator[tuple[Grammar, type, Spec]]:
    for grammar, response in RESPONSES:
        for spec in grammar.specs.values():
            if spec.key != "Response":
                yield grammar, response, spec


@pytest.mark.parametrize(
    ("grammar", "response", "spec"),
    list(_all_specs()),
    ids=lambda v: v.key if isinstance(v, Spec) else "",
)
def test_typed_methods_take_exactly_the_grammar_attributes(grammar, response, spec):
    parents = [p for p in grammar.specs.values() if spec.key in p.children.values()]
    assert parents, f"{spec.key} is unreachable"
    for parent in parents:
        method_name = next(m for m, k in parent.children.items() if k == spec.key)
        owner = response if parent.key == "Response" else getattr(elements, class_name(parent.tag))
        assert callable(getattr(owner, method_name))
        keywords, takes_text = _stub_signature(owner.__name__, method_name)
        if parent.key == "Response":  # the response offers the method wherever it may go
            holders = grammar.specs.values()
        else:
            holders = [parent]
        same_name = [c for p in holders for m, c in p.kids.items() if m == method_name]
        assert set(spec.attrs) <= keywords == set().union(*(c.attrs for c in same_name))
        assert takes_text == any(c.text is not TextRule.NONE for c in same_name)
    # The response offers every element of its grammar, wherever it may go.
    assert hasattr(
        response, next(m for p in parents for m, k in p.children.items() if k == spec.key)
    )


def _stub_signature(cls: str, method: str) -> tuple[set[str], bool]:
    """The keywords (but `extra`) `elements.pyi` declares for `cls.method`, and whether it
    takes text."""
    tree = ast.parse(STUB_TARGET.read_text(encoding="utf-8"))
    klass = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls)
    func = next(n for n in klass.body if isinstance(n, ast.FunctionDef) and n.name == method)
    for arg in func.args.kwonlyargs:
        assert arg.annotation is not None, f"{cls}.{method}({arg.arg}) has no type"
    keywords = {arg.arg for arg in func.args.kwonlyargs}
    assert "extra" in keywords
    return keywords - {"extra"}, [a.arg for a in func.args.posonlyargs] == ["self", "text"]


def _path_to(grammar: Grammar, key: str) -> list[tuple[str, Spec]]:
    """The chain of (method, spec) from the root to `key`, breadth first."""
    queue: list[list[tuple[str, Spec]]] = [[("", grammar.specs["Response"])]]
    while queue:
        path = queue.pop(0)
        for method, child_key in path[-1][1].children.items():
            child = grammar.specs[child_key]
            if child_key == key:
                return [*path[1:], (method, child)]
            if all(child is not s for _, s in path):
                queue.append([*path, (method, child)])
    raise AssertionError(f"no path to {key}")


def _sample(spec: Spec, keyword: str) -> object:
    name = spec.attrs[keyword]
    if name in spec.integers:
        return "7"
    choices = spec.choices.get(name)
    if choices:
        return sorted(choices)[0]
    if name in spec.separators:
        return ["a1", "b2"]
    return f"v-{keyword}"


@pytest.mark.parametrize(
    ("grammar", "response", "spec"),
    list(_all_specs()),
    ids=lambda v: v.key if isinstance(v, Spec) else "",
)
def test_every_element_with_every_attribute_builds_and_round_trips(grammar, response, spec):
    doc = response()
    handle = doc
    for method, step in _path_to(grammar, spec.key):
        text = "content" if step.text is not TextRule.NONE else None
        kwargs = {kw: _sample(step, kw) for kw in step.attrs} if step is spec else {}
        args = () if text is None else (text,)
        handle = getattr(handle, method)(*args, **kwargs)
    xml = doc.to_xml()
    el = etree.fromstring(xml.encode())
    found = [e for e in el.iter(spec.tag) if set(e.attrib) == set(spec.attrs.values())]
    assert found, f"<{spec.tag}> with all attributes not in {xml}"
    for keyword, name in spec.attrs.items():
        value = _sample(spec, keyword)
        expected = spec.separators[name].join(value) if isinstance(value, list) else value
        assert found[0].get(name) == expected
    assert parse(xml, grammar=grammar.name).to_xml() == xml


def _official_children(cls: type) -> Iterator[tuple[str, str, list[str]]]:
    """(method, created class, parameter names) for each child factory of an official class."""
    for name, func in vars(cls).items():
        if name.startswith("_") or not callable(func):
            continue
        created = re.search(r"self\.nest\(\s*(\w+)\(", inspect.getsource(func))
        if created is None:
            continue
        params = [p for p in inspect.signature(func).parameters if p not in ("self", "kwargs")]
        yield name, created.group(1), params


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z])([A-Z])", r"_\1", name).lower()


#: Where we differ from the official package on purpose.
DELIBERATE = {
    ("VoiceResponse", "prompt"): "<Prompt> belongs in <Pay>, not at the top level",
    ("VoiceResponse", "queue"): "<Queue> belongs in <Dial>, not at the top level",
    ("Connect", "autopilot"): "Autopilot was retired in 2023",
}


@pytest.mark.parametrize(
    ("grammar", "module"),
    [(VOICE, "voice_response"), (MESSAGING, "messaging_response"), (FAX, "fax_response")],
)
def test_grammar_covers_the_official_package(grammar, module):
    official = pytest.importorskip(f"twilio.twiml.{module}")
    root_cls = {"voice": "VoiceResponse", "messaging": "MessagingResponse", "fax": "FaxResponse"}
    todo = [(root_cls[grammar.name], grammar.specs["Response"])]
    seen: set[tuple[str, str]] = set()
    checked = 0
    while todo:
        cls_name, spec = todo.pop()
        for method, child_cls, params in _official_children(getattr(official, cls_name)):
            if (cls_name, method) in DELIBERATE or (cls_name, method) in seen:
                continue
            seen.add((cls_name, method))
            child = grammar.child(spec, method)
            assert child is not None, f"{cls_name}.{method}() has no place in our grammar"
            ours = set(child.attrs)
            theirs = {_snake(p) for p in params}
            if child.text is not TextRule.NONE:
                theirs -= {_snake(params[0])}
            assert theirs == ours, f"<{child.tag}> in <{spec.tag}>: {theirs ^ ours}"
            checked += 1
            todo.append((child_cls, child))
    assert checked >= {"voice": 80, "messaging": 4, "fax": 1}[grammar.name]


def test_xml_lang_is_written_with_the_xml_prefix():
    r = VoiceResponse()
    with r.say() as s:
        s.lang("Bonjour", xml_lang="fr-FR")
    assert '<lang xml:lang="fr-FR">Bonjour</lang>' in r.to_xml()
    assert etree.fromstring(r.to_xml().encode())[0][0].get(f"{XML_NS}lang") == "fr-FR"
