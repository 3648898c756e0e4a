"""X-Twilio-Signature: Twilio's published vectors, tampering, ports, JSON bodies, tokens."""

from __future__ import annotations

import hashlib

import pytest
from multidict import MultiDict
from werkzeug.datastructures import MultiDict as WerkzeugMultiDict

from twiml_dsl.webhooks import (
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    WebhookValidationError,
    add_body_hash,
    algorithm_from_settings,
    sign,
    signature_headers,
    signed_request,
    url_variants,
)

TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
    "Caller": "+14158675309",
}
EXPECTED = "RSOYDt4T1cUTdK1PDd93/VVr8B8="
BODY = '{"property": "value", "boolean": true}'
BODY_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
JSON_URL = URL + "&bodySHA256=" + BODY_HASH
JSON_SIGNATURE = "a9nBmqA0ju/hNViExpshrM61xv4="


@pytest.fixture
def validator() -> RequestValidator:
    return RequestValidator(TOKEN)


# --- the published vectors -------------------------------------------------------------


def test_computes_the_published_signature(validator: RequestValidator) -> None:
    assert validator.compute_signature(URL, PARAMS) == EXPECTED


def test_validates_the_published_signature(validator: RequestValidator) -> None:
    assert validator.validate(URL, PARAMS, EXPECTED)


@pytest.mark.parametrize(
    ("url", "signature"),
    [
        ("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w="),
        ("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="),
        ("http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4="),
    ],
)
def test_published_port_vectors(validator: RequestValidator, url: str, signature: str) -> None:
    assert validator.validate(url, PARAMS, signature)


@pytest.mark.parametrize(
    "params",
    [
        MultiDict(
            [
                ("Sid", "CA123"),
                ("SidAccount", "AC123"),
                ("Digits", "5678"),
                ("Digits", "1234"),
                ("Digits", "1234"),
            ]
        ),
        WerkzeugMultiDict(
            [
                ("Sid", "CA123"),
                ("SidAccount", "AC123"),
                ("Digits", "5678"),
                ("Digits", "1234"),
                ("Digits", "1234"),
            ]
        ),
        [
            ("Sid", "CA123"),
            ("SidAccount", "AC123"),
            ("Digits", "5678"),
            ("Digits", "1234"),
            ("Digits", "1234"),
        ],
        {"Sid": "CA123", "SidAccount": "AC123", "Digits": ["5678", "1234", "1234"]},
    ],
    ids=["multidict", "werkzeug", "pairs", "dict-of-lists"],
)
def test_published_repeated_key_vector(validator: RequestValidator, params: object) -> None:
    assert validator.validate(URL, params, "IK+Dwps556ElfBT0I3Rgjkr1wJU=")  # type: ignore[arg-type]


def test_published_json_body_vector(validator: RequestValidator) -> None:
    assert hashlib.sha256(BODY.encode()).hexdigest() == BODY_HASH
    assert validator.validate(JSON_URL, BODY, JSON_SIGNATURE)
    assert validator.validate(JSON_URL, BODY.encode(), JSON_SIGNATURE)


# --- tampering ---------------------------------------------------------------------------


def test_changed_parameter_fails(validator: RequestValidator) -> None:
    assert not validator.validate(URL, {**PARAMS, "Digits": "1235"}, EXPECTED)


def test_added_parameter_fails(validator: RequestValidator) -> None:
    assert not validator.validate(URL, {**PARAMS, "Extra": ""}, EXPECTED)


def test_removed_parameter_fails(validator: RequestValidator) -> None:
    params = dict(PARAMS)
    del params["Digits"]
    assert not validator.validate(URL, params, EXPECTED)


def test_changed_url_fails(validator: RequestValidator) -> None:
    assert not validator.validate(URL.replace("foo=1", "foo=2"), PARAMS, EXPECTED)
    assert not validator.validate(URL.replace("https", "http"), PARAMS, EXPECTED)


def test_changed_body_fails(validator: RequestValidator) -> None:
    assert not validator.validate(JSON_URL, BODY.replace("true", "false"), JSON_SIGNATURE)


def test_json_url_with_parsed_params_instead_of_body_fails(validator: RequestValidator) -> None:
    # The official package accepts this, so a forged body passes with a stolen URL signature.
    assert not validator.validate(JSON_URL, {}, JSON_SIGNATURE)


def test_raw_body_without_body_hash_fails(validator: RequestValidator) -> None:
    signature = validator.compute_signature(URL)
    assert validator.validate(URL, "", signature)
    assert not validator.validate(URL, BODY, signature)


@pytest.mark.parametrize("signature", [None, "", "not base64!", EXPECTED[:-2]])
def test_missing_or_malformed_signature_fails(
    validator: RequestValidator, signature: str | None
) -> None:
    assert not validator.validate(URL, PARAMS, signature)


def test_wrong_token_fails() -> None:
    assert not RequestValidator("54321").validate(URL, PARAMS, EXPECTED)


def test_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="auth token"):
        RequestValidator("")
    with pytest.raises(ValueError, match="auth token"):
        RequestValidator([])


# --- ports -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "variants"),
    [
        ("https://h/p?x=1", ["https://h/p?x=1", "https://h:443/p?x=1"]),
        ("http://h", ["http://h", "http://h:80"]),
        ("https://h:8443/p", ["https://h:8443/p", "https://h/p"]),
        (
            "https://user:pa:ss@example.com:8443/path?x=1",
            [
                "https://user:pa:ss@example.com:8443/path?x=1",
                "https://user:pa:ss@example.com/path?x=1",
            ],
        ),
        ("https://u@[::1]:8443/p", ["https://u@[::1]:8443/p", "https://u@[::1]/p"]),
        ("https://[2001:db8::1]/p", ["https://[2001:db8::1]/p", "https://[2001:db8::1]:443/p"]),
        (
            "https://h/p?next=http://x:1/",
            ["https://h/p?next=http://x:1/", "https://h:443/p?next=http://x:1/"],
        ),
    ],
)
def test_url_variants(url: str, variants: list[str]) -> None:
    assert url_variants(url) == variants


@pytest.mark.parametrize(
    ("signed", "received"),
    [
        ("https://user:pass@example.com/p?x=1", "https://user:pass@example.com:443/p?x=1"),
        ("https://user:pass@example.com:443/p?x=1", "https://user:pass@example.com/p?x=1"),
        ("https://[::1]/p", "https://[::1]:443/p"),
        ("https://[::1]:443/p", "https://[::1]/p"),
    ],
)
def test_port_variants_validate_with_user_info_and_ipv6(signed: str, received: str) -> None:
    signature = sign(signed, PARAMS, TOKEN)
    assert RequestValidator(TOKEN).validate(received, PARAMS, signature)


def test_different_port_fails() -> None:
    signature = sign("https://example.com:8443/p", PARAMS, TOKEN)
    assert not RequestValidator(TOKEN).validate("https://example.com:9443/p", PARAMS, signature)


# --- characters proxies re-encode --------------------------------------------------------

QUOTED = "https://example.com/path?test=param'WithQuote"
ESCAPED = "https://example.com/path?test=param%27WithQuote"


@pytest.mark.parametrize(("signed", "received"), [(QUOTED, ESCAPED), (ESCAPED, QUOTED)])
def test_a_quote_signed_in_one_spelling_validates_in_the_other(signed: str, received: str) -> None:
    signature = sign(signed, PARAMS, TOKEN)
    assert RequestValidator(TOKEN).validate(received, PARAMS, signature)


def test_twilio_node_special_characters_vector(validator: RequestValidator) -> None:
    # twilio-node signs this URL as its WHATWG parser spells it: `It%27s+amazing`.
    url = URL + "&Body=It's+amazing"
    assert validator.validate(url, PARAMS, "TfZzewPq8wqrGlMfyAud8+/IvJ0=")
    assert validator.validate(url, PARAMS, sign(url, PARAMS, TOKEN))


@pytest.mark.parametrize(
    ("signed", "received"),
    [
        ("https://h/a%20b?q=%22%3C%3E", 'https://h/a b?q="<>'),
        ("https://h/%60%7B%7D", "https://h/`{}"),
    ],
)
def test_every_character_a_whatwg_parser_encodes_is_accepted_both_ways(
    signed: str, received: str
) -> None:
    validator = RequestValidator(TOKEN)
    assert validator.validate(received, PARAMS, sign(signed, PARAMS, TOKEN))
    assert validator.validate(signed, PARAMS, sign(received, PARAMS, TOKEN))


def test_a_lower_case_escape_received_is_decoded() -> None:
    signature = sign("https://h/x?q=<", PARAMS, TOKEN)
    assert RequestValidator(TOKEN).validate("https://h/x?q=%3c", PARAMS, signature)


@pytest.mark.parametrize(
    ("signed", "received"),
    [
        ("https://h/p?q=a%2Fb", "https://h/p?q=a/b"),  # / is not re-spelled
        ("https://h/p?q=a%26b", "https://h/p?q=a&b"),  # & would split the parameter
        ("https://h/p?q=a%20b", "https://h/p?q=a+b"),  # + is not a space in the URL
        ("https://h/p?q=%41", "https://h/p?q=A"),  # unreserved letters stay as sent
        ("https://h/it%27s", "https://h/it's"),  # a WHATWG parser keeps ' raw in paths
        ("https://h/p?q=%3C", "https://h/p?q=%3c"),  # hex case is not re-spelled
        ("https://h/p?a='&b=%27", "https://h/p?a='&b='"),  # all or none, not a mix
    ],
)
def test_no_other_spelling_is_accepted(signed: str, received: str) -> None:
    assert not RequestValidator(TOKEN).validate(received, PARAMS, sign(signed, PARAMS, TOKEN))


def test_respelled_variants_keep_the_port_variants() -> None:
    assert url_variants("https://h/p?q='") == [
        "https://h/p?q='",
        "https://h:443/p?q='",
        "https://h/p?q=%27",
        "https://h:443/p?q=%27",
    ]


# --- tokens and algorithms ---------------------------------------------------------------


def test_any_of_several_tokens_validates() -> None:
    validator = RequestValidator(["new-token", TOKEN, "subaccount-token"])
    assert validator.validate(URL, PARAMS, EXPECTED)
    assert validator.validate(URL, PARAMS, sign(URL, PARAMS, "subaccount-token"))
    assert not validator.validate(URL, PARAMS, sign(URL, PARAMS, "unknown-token"))


def test_hmac_sha256_signature(validator: RequestValidator) -> None:
    signature = validator.compute_signature(URL, PARAMS, algorithm=HMAC_SHA256)
    assert signature != EXPECTED
    assert len(signature) == 44
    assert validator.validate(URL, PARAMS, signature, algorithm=HMAC_SHA256)
    assert not validator.validate(URL, PARAMS, signature)  # checked as SHA-1
    assert not validator.validate(URL, PARAMS, EXPECTED, algorithm=HMAC_SHA256)


def test_unknown_algorithm_fails_validation_and_refuses_to_sign(
    validator: RequestValidator,
) -> None:
    assert not validator.validate(URL, PARAMS, EXPECTED, algorithm="HMAC_MD5")
    with pytest.raises(ValueError, match="unsupported"):
        validator.compute_signature(URL, PARAMS, algorithm="HMAC_MD5")


@pytest.mark.parametrize(
    ("header", "algorithm"),
    [
        (None, "HMAC_SHA1"),
        ("", "HMAC_SHA1"),
        ("key=KS123", "HMAC_SHA1"),
        ("key=KS123,algorithm=HMAC_SHA256", "HMAC_SHA256"),
        (" algorithm = hmac_sha256 , key=KS1", "HMAC_SHA256"),
    ],
)
def test_algorithm_from_settings(header: str | None, algorithm: str) -> None:
    assert algorithm_from_settings(header) == algorithm


# --- the error message -------------------------------------------------------------------


def test_check_names_the_urls_it_tried_and_hides_secrets(validator: RequestValidator) -> None:
    url = "http://internal:8000/voice"
    with pytest.raises(WebhookValidationError) as caught:
        validator.check(url, PARAMS, EXPECTED)
    message = str(caught.value)
    assert "http://internal:8000/voice" in message
    assert "http://internal/voice" in message
    assert "proxy" in message
    assert TOKEN not in message
    assert sign(url, PARAMS, TOKEN) not in message
    assert caught.value.urls_checked == ("http://internal:8000/voice", "http://internal/voice")


def test_check_passes_silently_when_valid(validator: RequestValidator) -> None:
    assert validator.check(URL, PARAMS, EXPECTED) is None


def test_repr_hides_the_token() -> None:
    assert "secret" not in repr(RequestValidator("secret"))


# --- signing -----------------------------------------------------------------------------


def test_sign_matches_the_published_vector() -> None:
    assert sign(URL, PARAMS, TOKEN) == EXPECTED


def test_signature_headers_for_sha1_and_sha256() -> None:
    assert signature_headers(URL, PARAMS, TOKEN) == {SIGNATURE_HEADER: EXPECTED}
    headers = signature_headers(URL, PARAMS, TOKEN, algorithm=HMAC_SHA256)
    assert headers[SIGNATURE_SETTINGS_HEADER] == "algorithm=HMAC_SHA256"
    algorithm = algorithm_from_settings(headers[SIGNATURE_SETTINGS_HEADER])
    assert RequestValidator(TOKEN).validate(
        URL, PARAMS, headers[SIGNATURE_HEADER], algorithm=algorithm
    )


def test_signature_headers_for_a_json_body_need_the_body_hash() -> None:
    assert signature_headers(JSON_URL, BODY, TOKEN) == {SIGNATURE_HEADER: JSON_SIGNATURE}
    with pytest.raises(ValueError, match="add_body_hash"):
        signature_headers(URL, BODY, TOKEN)
    with pytest.raises(ValueError, match="does not match"):
        signature_headers(JSON_URL, BODY + " ", TOKEN)


def test_add_body_hash() -> None:
    assert add_body_hash(URL, BODY) == JSON_URL
    assert add_body_hash("https://h/p", b"{}").startswith("https://h/p?bodySHA256=44136fa3")


def test_signed_form_request() -> None:
    request = signed_request(URL, [("Digits", "1"), ("Digits", "2")], TOKEN)
    assert request.url == URL
    assert request.path == "/myapp.php?foo=1&bar=2"
    assert request.body == b"Digits=1&Digits=2"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert RequestValidator(TOKEN).validate(
        URL, [("Digits", "1"), ("Digits", "2")], request.headers[SIGNATURE_HEADER]
    )


def test_signed_json_request_matches_the_published_vector() -> None:
    request = signed_request(URL, BODY, TOKEN)
    assert request.url == JSON_URL
    assert request.body == BODY.encode()
    assert request.headers == {
        SIGNATURE_HEADER: JSON_SIGNATURE,
        "Content-Type": "application/json",
    }


def test_signed_request_without_parameters_has_no_body() -> None:
    request = signed_request("https://h/status?CallSid=CA1", None, TOKEN)
    assert request.body == b""
    assert "Content-Type" not in request.headers
    assert RequestValidator(TOKEN).validate(request.url, None, request.headers[SIGNATURE_HEADER])


def test_non_string_values_are_signed_as_text() -> None:
    assert sign(URL, {"Digits": 1234}, TOKEN) == sign(URL, {"Digits": "1234"}, TOKEN)


def test_non_ascii_body_hash_in_url_fails_cleanly(validator: RequestValidator) -> None:
    url = URL + "&bodySHA256=\u00e9"
    assert not validator.validate(url, BODY, validator.compute_signature(url))


@pytest.mark.parametrize("host", ["[", "]", "[::1", "exa[mple.com"])
def test_malformed_host_fails_instead_of_raising(validator: RequestValidator, host: str) -> None:
    # The host comes from the request; a bad one must give "invalid", not an exception.
    url = f"https://{host}/p?bodySHA256={BODY_HASH}"
    assert not validator.validate(url, BODY, JSON_SIGNATURE)
    assert validator.validate(url, BODY, validator.compute_signature(url))


def test_decorator_settings_do_not_show_the_token() -> None:
    from twiml_dsl._webhook_common import WebhookSettings

    settings = WebhookSettings.resolve({"TWILIO_AUTH_TOKEN": "s3cr3t-token-value"})
    assert settings.auth_token is not None
    assert "s3cr3t" not in repr(settings) and "s3cr3t" not in str(settings)
