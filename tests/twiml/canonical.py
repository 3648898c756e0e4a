"""XML canonicalisation for comparing documents written by different libraries."""

from __future__ import annotations

from lxml import etree


def c14n(xml: str) -> bytes:
    """`xml` in canonical form (C14N 2.0), read without entities or network access."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.tostring(etree.fromstring(xml.encode("utf-8"), parser), method="c14n2")
