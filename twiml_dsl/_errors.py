"""The errors the TwiML builder and parser raise.

TwiMLError (ValueError)          root: anything Twilio would reject, caught before it is sent
├── NestingError                 an element where its parent may not hold it, or a block
│                                opened on an element that holds no children
├── UnknownAttributeError        a keyword the element does not take (names the close match)
├── AttributeValueError          a value of the wrong type or outside the values Twilio accepts
├── TextError                    text that XML cannot hold, or text where none is allowed
└── TwiMLParseError              `parse()` input that is not well-formed, unsafe or too large
"""

from __future__ import annotations

from typing import Self

__all__ = [
    "AttributeValueError",
    "NestingError",
    "TextError",
    "TwiMLError",
    "TwiMLParseError",
    "UnknownAttributeError",
]


class TwiMLError(ValueError):
    """Root of every error raised while building, checking or parsing TwiML.

    `line` is the source line when the error comes from `parse()`, else `None`.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)

    def _at(self, line: int | None) -> Self:
        """The same error, placed at a source line."""
        return type(self)(self.message, line=line)


class NestingError(TwiMLError):
    """An element was placed where its parent may not hold it."""


class UnknownAttributeError(TwiMLError):
    """An element was given a keyword it does not take."""


class AttributeValueError(TwiMLError):
    """An attribute value has the wrong type or is not one Twilio accepts."""


class TextError(TwiMLError):
    """Text that XML cannot hold, or text given to an element that takes none."""


class TwiMLParseError(TwiMLError):
    """Input to `parse()` that is not well-formed, is unsafe, or is too large."""
