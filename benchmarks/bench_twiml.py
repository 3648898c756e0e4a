"""Build and serialise a 20-element IVR document: ours, the official `twilio` package, and
plain lxml (`etree.SubElement`, no checks). Prints documents per second, our ratio to the
official package and to plain lxml, and the import time of `twiml_dsl` beside
`twilio.twiml.voice_response`. All three must write the same document.

Ours builds the same kind of tree as plain lxml (our elements are lxml elements), so the
plain-lxml row is the ceiling for any checks at all.

    python benchmarks/bench_twiml.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench_import import _compile_ours, best_of
from lxml import etree

from twiml_dsl import VoiceResponse


def ours() -> str:
    r = VoiceResponse()
    r.say("Welcome to Acme.", voice="Polly.Joanna")
    with r.gather(
        action="/menu", num_digits=1, input=["dtmf", "speech"], hints=["sales", "support"]
    ):
        r.say("Press 1 or say sales.")
        r.pause(length=1)
        r.say("Press 2 or say support.")
        r.play("https://example.com/hold.mp3", loop=1)
    r.say("We did not hear you.")
    r.redirect("/voice", method="POST")
    with r.dial(caller_id="+15551230000", timeout=20, action="/dial-done"):
        r.number("+15559870000", send_digits="ww1")
        r.client("alice")
        r.conference("Room 42", start_conference_on_enter=True)
    r.record(max_length=30, play_beep=True, action="/voicemail")
    with r.say("Your code is ") as s:
        s.say_as("1234", interpret_as="digits")
        s.break_(time="1s")
    r.sms("Thanks for calling", to="+15551230000")
    r.pause(length=2)
    r.say("Goodbye.")
    r.hangup()
    return r.to_xml()


def official() -> str:
    from twilio.twiml.voice_response import Gather
    from twilio.twiml.voice_response import VoiceResponse as TwilioVoiceResponse

    r = TwilioVoiceResponse()
    r.say("Welcome to Acme.", voice="Polly.Joanna")
    g = Gather(action="/menu", num_digits=1, input="dtmf speech", hints="sales,support")
    g.say("Press 1 or say sales.")
    g.pause(length=1)
    g.say("Press 2 or say support.")
    g.play("https://example.com/hold.mp3", loop=1)
    r.append(g)
    r.say("We did not hear you.")
    r.redirect("/voice", method="POST")
    d = r.dial(caller_id="+15551230000", timeout=20, action="/dial-done")
    d.number("+15559870000", send_digits="ww1")
    d.client("alice")
    d.conference("Room 42", start_conference_on_enter=True)
    r.record(max_length=30, play_beep=True, action="/voicemail")
    s = r.say("Your code is ")
    s.say_as("1234", interpret_as="digits")
    s.break_(time="1s")
    r.sms("Thanks for calling", to="+15551230000")
    r.pause(length=2)
    r.say("Goodbye.")
    r.hangup()
    return str(r.to_xml())


def plain_lxml() -> str:
    sub = etree.SubElement
    r = etree.Element("Response")
    sub(r, "Say", voice="Polly.Joanna").text = "Welcome to Acme."
    g = sub(r, "Gather", action="/menu", hints="sales,support", input="dtmf speech", numDigits="1")
    sub(g, "Say").text = "Press 1 or say sales."
    sub(g, "Pause", length="1")
    sub(g, "Say").text = "Press 2 or say support."
    sub(g, "Play", loop="1").text = "https://example.com/hold.mp3"
    sub(r, "Say").text = "We did not hear you."
    sub(r, "Redirect", method="POST").text = "/voice"
    d = sub(r, "Dial", action="/dial-done", callerId="+15551230000", timeout="20")
    sub(d, "Number", sendDigits="ww1").text = "+15559870000"
    sub(d, "Client").text = "alice"
    sub(d, "Conference", startConferenceOnEnter="true").text = "Room 42"
    sub(r, "Record", action="/voicemail", maxLength="30", playBeep="true")
    s = sub(r, "Say")
    s.text = "Your code is "
    sub(s, "say-as", **{"interpret-as": "digits"}).text = "1234"
    sub(s, "break", time="1s")
    sub(r, "Sms", to="+15551230000").text = "Thanks for calling"
    sub(r, "Pause", length="2")
    sub(r, "Say").text = "Goodbye."
    sub(r, "Hangup")
    return '<?xml version="1.0" encoding="UTF-8"?>' + etree.tostring(r, encoding="unicode")


def _round(build: Callable[[], str], n: int) -> float:
    start = time.process_time()
    for _ in range(n):
        build()
    return n / (time.process_time() - start)


def rates(builds: dict[str, Callable[[], str]], rounds: int = 5) -> dict[str, list[float]]:
    """Documents per second of each builder in `rounds` rounds of about 0.5 s each.

    The builders take turns within each round, so load on a shared machine hits all alike.
    """
    sizes: dict[str, int] = {}
    for name, build in builds.items():
        n = 1
        while n / _round(build, n) < 0.05:  # calibrate: about 0.05 s
            n *= 2
        sizes[name] = n * 10
    out: dict[str, list[float]] = {name: [] for name in builds}
    for _ in range(rounds):
        for name, build in builds.items():
            out[name].append(_round(build, sizes[name]))
    return out


def count_elements(xml: str) -> int:
    return sum(1 for _ in etree.fromstring(xml.encode()).iter()) - 1


def c14n(xml: str) -> bytes:
    return etree.tostring(etree.fromstring(xml.encode()), method="c14n")


def run() -> list[dict[str, object]]:
    assert count_elements(ours()) == 20
    assert c14n(ours()) == c14n(official()), "ours and the official package differ"
    assert ours() == plain_lxml(), "ours and plain lxml wrote different documents"
    measured = rates({"ours": ours, "official": official, "lxml": plain_lxml})
    # Ratios within each round (same load), then the median of the rounds.
    to_official = statistics.median(
        a / b for a, b in zip(measured["ours"], measured["official"], strict=True)
    )
    to_lxml = statistics.median(
        a / b for a, b in zip(measured["ours"], measured["lxml"], strict=True)
    )
    spread = [a / b for a, b in zip(measured["ours"], measured["official"], strict=True)]
    _compile_ours()
    import_ours, import_official = best_of("twiml_dsl", "twilio.twiml.voice_response")
    return [
        {
            "name": "TwiML build+serialise, 20-element IVR (all checks on)",
            "unit": "docs/s",
            "ours": statistics.median(measured["ours"]),
            "official": statistics.median(measured["official"]),
            "ratio": to_official,
            "target": f">= 3.0x (median of 5; rounds {min(spread):.2f}-{max(spread):.2f}x)",
        },
        {
            "name": "  same document with plain etree.SubElement (no checks)",
            "unit": "docs/s",
            "ours": statistics.median(measured["lxml"]),
            "official": statistics.median(measured["official"]),
            "ratio": statistics.median(
                a / b for a, b in zip(measured["lxml"], measured["official"], strict=True)
            ),
            "target": f"reference; ours is {to_lxml:.2f}x its speed",
        },
        {
            "name": "import twiml_dsl vs twilio.twiml.voice_response",
            "unit": "ms",
            "ours": import_ours,
            "official": import_official,
            "ratio": import_official / import_ours,
            "target": "lower is better (ratio = official/ours)",
        },
    ]


def print_rows(rows: list[dict[str, object]]) -> None:
    for row in rows:
        official_value = row["official"]
        ratio = row["ratio"]
        print(
            f"{row['name']:<58} {row['ours']:>12,.0f} {row['unit']:<6}"
            + (f" official {official_value:>10,.0f}" if isinstance(official_value, float) else "")
            + (f"  ratio {ratio:.2f}x" if isinstance(ratio, float) else "")
            + f"  target {row['target']}"
        )


if __name__ == "__main__":
    print_rows(run())
