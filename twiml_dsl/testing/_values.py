"""Reading a verb's attributes as Twilio does: its defaults and limits come from the grammar."""

from __future__ import annotations

import math

from lxml import etree

from .._grammar import MESSAGING, VOICE, Spec
from ._errors import SimulatorError

__all__ = ["attr", "inputs", "number", "seconds", "spoken", "true", "whole"]


def _spec(el: etree._Element) -> Spec | None:
    tag = str(el.tag)
    return VOICE.specs.get(tag) or MESSAGING.specs.get(tag)


def attr(el: etree._Element, name: str) -> str | None:
    """The attribute `name` of `el`, or Twilio's default for it (None when it has none)."""
    value = el.get(name)
    if value is not None:  # even empty: `finishOnKey=""` means no key ends the input
        return value
    return _default(el, name)


def _default(el: etree._Element, name: str) -> str | None:
    spec = _spec(el)
    return None if spec is None else spec.defaults.get(name)


def number(el: etree._Element, name: str, fallback: float = 0) -> float:
    """A numeric attribute; Twilio's default when left out or unreadable, else `fallback`."""
    for value in (el.get(name), _default(el, name)):
        if value:
            try:
                return float(value)
            except ValueError:
                continue
    return fallback


def whole(el: etree._Element, name: str, url: str) -> int:
    """A whole-number attribute within Twilio's limits for it; 0 when left out.

    A value past the limit (`<Say loop="10000000">`) is a `SimulatorError`: Twilio would
    not act on it, and playing it out would take the simulator's time and memory.
    """
    if not (el.get(name) or _default(el, name)):
        return 0
    value = number(el, name)
    spec = _spec(el)
    low, high = (None, None) if spec is None else spec.limits.get(name, (None, None))
    too_low = low is not None and not value >= low  # NaN is out of range too
    if too_low or (high is not None and not value <= high):
        raise SimulatorError(
            f'<{el.tag!s} {name}="{el.get(name)}"> on line {el.sourceline} is outside '
            f"{low}-{high}, the range Twilio acts on",
            url=url,
        )
    return int(value) if math.isfinite(value) else 0


def inputs(gather: etree._Element) -> list[str]:
    """What a `<Gather>` listens for: dtmf, speech or both."""
    return (attr(gather, "input") or "dtmf").split()


def true(el: etree._Element, name: str) -> bool:
    return (attr(el, name) or "").strip().lower() == "true"


def seconds(value: float) -> str:
    return f"{value:g}s"


def spoken(el: etree._Element) -> str:
    """The words of a `<Say>`, with SSML reduced to what a caller hears."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == "sub":
            parts.append(" " + (child.get("alias") or child.text or "") + " ")
        elif tag != "break":
            parts.append(spoken(child))
        else:
            parts.append(" ")
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())
