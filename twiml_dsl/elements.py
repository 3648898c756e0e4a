"""The element classes and response classes, built from the grammar table at import.

Each tag has a public class (`Say`, `Gather`, `SsmlBreak`) with one builder method per
child it may hold; each grammar has a subclass of it holding that grammar's spec, which the
grammar's parser makes for that tag (an lxml class lookup). Every builder method comes from
one factory, `builder()` in `_node.py`, where the checks live.

Type checkers and editors read the precise signatures from `elements.pyi`, which
`python -m twiml_dsl._codegen` writes from the same table (the tests check it is current).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ._grammar import FAX, MESSAGING, VOICE, Grammar, Spec, class_name
from ._node import Element, Root, TwiMLResponse, Unknown, builder, new_parser

__all__: list[str] = []  # filled in below: every element class and response class

LOOKUPS: dict[str, etree.ElementNamespaceClassLookup] = {}
"""Each grammar's class lookup, by grammar name; `parse()` makes its parsers with these."""
_PUBLIC: dict[str, type[Element]] = {}


def _methods(specs: list[Spec], on_cursor: bool) -> dict[str, Callable[..., Element]]:
    return {
        method: builder(method, child.tag, on_cursor)
        for spec in specs
        for method, child in spec.kids.items()
    }


def _assemble(grammar: Grammar, response: str) -> type[TwiMLResponse]:
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(element=Unknown))
    registry = lookup.get_namespace(None)
    by_tag: dict[str, list[Spec]] = {}
    for spec in grammar.specs.values():
        by_tag.setdefault(spec.tag, []).append(spec)
    for tag, specs in by_tag.items():
        main = max(specs, key=lambda s: len(s.children))  # `<Sip>` in `<Dial>`, not `<Refer>`
        others = {
            parent.tag: spec
            for spec in specs
            if spec is not main
            for parent in grammar.specs.values()
            if spec in parent.kids.values()
        }
        name = "Root" if tag == "Response" else class_name(tag)
        # The first grammar's class is the public one; another grammar's is a subclass of it.
        base = Root if tag == "Response" else _PUBLIC.get(name, Element)
        namespace = {
            "__slots__": (),
            "__doc__": f"<{tag}>, an lxml element; its methods append children to it.",
            "__module__": __name__,
            "_spec": main,
            "_kids": {} if others else main.kids,
            "_by_parent": others,
            "_mixed": main.mixed,
            "_grammar": grammar,
            **_methods(specs, False),
        }
        registry[tag] = cls = type(name, (base,), namespace)
        if base is Element:
            _PUBLIC[name] = cls
            globals()[name] = cls
            __all__.append(name)
    registry[None] = type("Unknown", (Unknown,), {"__slots__": (), "_grammar": grammar})
    LOOKUPS[grammar.name] = lookup
    doc = f"A {grammar.name} TwiML document; calls go to the innermost open block."
    namespace = {
        "__slots__": (),
        "__doc__": doc,
        "__module__": __name__,
        "_grammar": grammar,
        "_maker": new_parser(lookup),
        **_methods(list(grammar.specs.values()), True),
    }
    cls = type(response, (TwiMLResponse,), namespace)
    __all__.append(response)
    return cls


VoiceResponse = _assemble(VOICE, "VoiceResponse")
MessagingResponse = _assemble(MESSAGING, "MessagingResponse")
FaxResponse = _assemble(FAX, "FaxResponse")
__all__.sort()
