"""Build, check and test Twilio TwiML with Python `with` blocks.

>>> from twiml_dsl import VoiceResponse
>>> r = VoiceResponse()
>>> with r.gather(action="/menu", num_digits=1):
...     _ = r.say("Press 1 for sales.")
>>> print(r.to_xml(xml_declaration=False))
<Response><Gather action="/menu" numDigits="1"><Say>Press 1 for sales.</Say></Gather></Response>
"""

from __future__ import annotations

from ._errors import (
    AttributeValueError,
    NestingError,
    TextError,
    TwiMLError,
    TwiMLParseError,
    UnknownAttributeError,
)
from ._node import Element, TwiMLResponse
from ._parse import parse
from .elements import FaxResponse, MessagingResponse, VoiceResponse

__all__ = [
    "AttributeValueError",
    "Element",
    "FaxResponse",
    "MessagingResponse",
    "NestingError",
    "TextError",
    "TwiMLError",
    "TwiMLParseError",
    "TwiMLResponse",
    "UnknownAttributeError",
    "VoiceResponse",
    "parse",
]
