"""Property tests: agreement with the official RequestValidator, and tamper detection.

The official validator is wrong for URLs with user info and a port, and for IPv6 hosts with
a port (it cuts the host at the first ':'), and it skips the body check when handed parsed
parameters for a JSON URL; those inputs are left out of the agreement properties and
covered by their own property and by the unit tests.
"""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import assume, given
from hypothesis import strategies as st
from multidict import MultiDict
from twilio.request_validator import RequestValidator as OfficialValidator

from twiml_dsl.webhooks import (
    HMAC_SHA1,
    HMAC_SHA256,
    RequestValidator,
    add_body_hash,
    sign,
    url_variants,
)

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
tokens = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
algorithms = st.sampled_from([HMAC_SHA1, HMAC_SHA256])
hosts = st.from_regex(r"[a-z0-9]{1,10}(\.[a-z0-9-]{1,8}){0,2}\.[a-z]{2,5}", fullmatch=True)
ports = st.none() | st.integers(min_value=1, max_value=65535)
paths = st.lists(text.map(lambda s: quote(s, safe="")), max_size=4).map(
    lambda parts: "".join("/" + p for p in parts)
)
queries = st.lists(st.tuples(text, text), max_size=3).map(
    lambda pairs: "?" + "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs) if pairs else ""
)


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https"]))
    port = draw(ports)
    netloc = draw(hosts) + ("" if port is None else f":{port}")
    return f"{scheme}://{netloc}{draw(paths)}{draw(queries)}"


@st.composite
def params(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Form pairs: Twilio-like names, random Unicode names, repeated names, empty values."""
    names = st.sampled_from(["Body", "Digits", "From", "To", "CallSid", "a", "A", "_"]) | text
    return draw(st.lists(st.tuples(names, text), max_size=8))


def _replace_one(draw: st.DrawFn, value: str) -> str:
    i = draw(st.integers(min_value=0, max_value=len(value) - 1))
    new = draw(st.characters(exclude_categories=("Cs",)).filter(lambda c: c != value[i]))
    return value[:i] + new + value[i + 1 :]


@given(url=urls(), form=params(), token=tokens, algorithm=algorithms, data=st.data())
def test_property_agrees_with_official_validator(
    url: str, form: list[tuple[str, str]], token: str, algorithm: str, data: st.DataObject
) -> None:
    ours, official = RequestValidator(token), OfficialValidator(token)
    multi = MultiDict(form)
    assert ours.compute_signature(url, multi, algorithm=algorithm) == (
        official.compute_signature(url, multi, algorithm)
    )
    # Whichever form of the URL (with or without port) Twilio signed, both accept it. (The
    # first two variants are those; the official validator knows no re-spelled characters.)
    signed_url = data.draw(st.sampled_from(url_variants(url)[:2]))
    signature = official.compute_signature(signed_url, multi, algorithm)
    assert official.validate(url, multi, signature, algorithm)
    assume("bodySHA256" not in url)  # a JSON webhook's URL: the property below
    assert ours.validate(url, multi, signature, algorithm=algorithm)
    assert ours.validate(url, form, signature, algorithm=algorithm)


@given(url=urls(), body=st.text(st.characters(exclude_categories=("Cs",))), token=tokens)
def test_property_json_body_agrees_with_official_validator(url: str, body: str, token: str) -> None:
    assume("bodySHA256" not in url)
    signed_url = add_body_hash(url, body)
    signature = OfficialValidator(token).compute_signature(signed_url, {})
    assert OfficialValidator(token).validate(signed_url, body, signature)
    assert RequestValidator(token).validate(signed_url, body, signature)
    assert RequestValidator(token).validate(signed_url, body.encode(), signature)
    # Handed parameters in place of the body, the official validator skips the body check;
    # ours refuses, so a forged body cannot pass.
    assert OfficialValidator(token).validate(signed_url, {}, signature)
    assert not RequestValidator(token).validate(signed_url, {}, signature)


@given(
    user=st.from_regex(r"[a-z]{1,6}(:[a-z0-9]{0,6})?", fullmatch=True),
    host=hosts | st.sampled_from(["[::1]", "[2001:db8::7]", "[fe80::1:2]"]),
    port=st.integers(min_value=1, max_value=65535),
    path=paths,
    form=params(),
    token=tokens,
)
def test_property_port_variants_keep_user_info_and_ipv6_hosts(
    user: str, host: str, port: int, path: str, form: list[tuple[str, str]], token: str
) -> None:
    with_port = f"https://{user}@{host}:{port}{path}"
    without_port = f"https://{user}@{host}{path}"
    assert url_variants(with_port)[:2] == [with_port, without_port]
    validator = RequestValidator(token)
    assert validator.validate(with_port, form, sign(without_port, form, token))
    assert validator.validate(
        without_port, form, sign(f"https://{user}@{host}:443{path}", form, token)
    )


@given(url=urls(), form=params(), token=tokens, data=st.data())
def test_property_any_changed_character_fails(
    url: str, form: list[tuple[str, str]], token: str, data: st.DataObject
) -> None:
    assume("bodySHA256" not in url)  # a JSON webhook's URL: parameters are refused there
    validator = RequestValidator(token)
    signature = sign(url, form, token)
    assert validator.validate(url, form, signature)

    targets = ["url", "signature"] + [
        f"{part}:{i}"
        for i, (name, value) in enumerate(form)
        for part in ("name", "value")
        if (name if part == "name" else value)
    ]
    target = data.draw(st.sampled_from(targets))
    if target == "url":
        assert not validator.validate(_replace_one(data.draw, url), form, signature)
    elif target == "signature":
        assert not validator.validate(url, form, _replace_one(data.draw, signature))
    else:
        part, _, index = target.partition(":")
        changed = list(form)
        name, value = changed[int(index)]
        if part == "name":
            changed[int(index)] = (_replace_one(data.draw, name), value)
        else:
            changed[int(index)] = (name, _replace_one(data.draw, value))
        assert not validator.validate(url, changed, signature)


@given(url=urls(), body=st.binary(min_size=1, max_size=200), token=tokens, data=st.data())
def test_property_any_changed_body_byte_fails(
    url: str, body: bytes, token: str, data: st.DataObject
) -> None:
    assume("bodySHA256" not in url)
    signed_url = add_body_hash(url, body)
    signature = sign(signed_url, None, token)
    validator = RequestValidator(token)
    assert validator.validate(signed_url, body, signature)
    i = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
    new = data.draw(st.integers(min_value=0, max_value=255).filter(lambda b: b != body[i]))
    tampered = body[:i] + bytes([new]) + body[i + 1 :]
    assert not validator.validate(signed_url, tampered, signature)
    assert not validator.validate(_replace_one(data.draw, signed_url), body, signature)
