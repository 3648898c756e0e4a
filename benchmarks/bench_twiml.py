"""Build and serialise a 20-element IVR document: ours, the official `twilio` package, and
plain lxml with no checks (the floor). Prints documents per second and the ratio to the
official package. All three must write the same document.

    python benchmarks/bench_twiml.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

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


def docs_per_second(build: Callable[[], str], seconds: float = 1.0, rounds: int = 5) -> float:
    """Best of `rounds` timed runs of about `seconds` each."""
    build()
    n = 1
    while True:
        start = time.process_time()
        for _ in range(n):
            build()
        if time.process_time() - start > 0.1:
            break
        n *= 2
    per_round = max(1, int(n * seconds / 0.1 / 2))
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(per_round):
            build()
        best = max(best, per_round / (time.process_time() - start))
    return best


def count_elements(xml: str) -> int:
    return sum(1 for _ in etree.fromstring(xml.encode()).iter()) - 1


def c14n(xml: str) -> bytes:
    return etree.tostring(etree.fromstring(xml.encode()), method="c14n")


def run() -> list[dict[str, object]]:
    assert count_elements(ours()) == 20
    assert c14n(ours()) == c14n(official()), "ours and the official package differ"
    assert ours() == plain_lxml(), "ours and plain lxml wrote different documents"
    ours_rate = docs_per_second(ours)
    official_rate = docs_per_second(official)
    lxml_rate = docs_per_second(plain_lxml)
    return [
        {
            "name": "TwiML build+serialise, 20-element IVR (all checks on)",
            "unit": "docs/s",
            "ours": ours_rate,
            "official": official_rate,
            "ratio": ours_rate / official_rate,
            "target": ">= 3.0x",
        },
        {
            "name": "  same document with plain lxml (floor, no checks)",
            "unit": "docs/s",
            "ours": lxml_rate,
            "official": official_rate,
            "ratio": lxml_rate / official_rate,
            "target": "reference",
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
