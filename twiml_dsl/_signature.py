"""The X-Twilio-Signature algorithm: computing, checking and producing signatures.

Public names are re-exported by `twiml_dsl.webhooks`; see its docstring for the rules.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeAlias
from urllib.parse import parse_qs, urlencode, urlsplit

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "Params",
    "RequestValidator",
    "SignedRequest",
    "WebhookValidationError",
    "add_body_hash",
    "algorithm_from_settings",
    "sign",
    "signature_headers",
    "signed_request",
    "url_variants",
]

SIGNATURE_HEADER: Final = "X-Twilio-Signature"
SIGNATURE_SETTINGS_HEADER: Final = "X-Twilio-Webhooks-Signature-Settings"
HMAC_SHA1: Final = "HMAC_SHA1"
HMAC_SHA256: Final = "HMAC_SHA256"

_DIGESTS: Final = {HMAC_SHA1: "sha1", HMAC_SHA256: "sha256"}
# The characters a WHATWG URL parser (browsers, Node.js, and so twilio-node) percent-encodes
# when it finds them raw, and which Twilio and proxies therefore spell either way.
_RESPELLED_IN_PATH: Final = frozenset(' "<>`{}')
_RESPELLED_IN_QUERY: Final = frozenset(" \"<>'")
_ESCAPE: Final = re.compile(r"%([0-9A-Fa-f]{2})")
_DEFAULT_PORTS: Final = {"https": "443", "http": "80"}
_BODY_HASH: Final = "bodySHA256"

Params: TypeAlias = Mapping[str, Any] | Iterable[tuple[str, Any]] | str | bytes | None
"""What a request carried: form parameters (a dict, a multi-dict with repeated keys, a dict of
lists, or (name, value) pairs), or the raw body of a JSON webhook as `str` or `bytes`."""


class WebhookValidationError(Exception):
    """A request's signature did not match. The message names every URL that was checked.

    It never contains a token or an expected signature (an expected signature would be a
    valid forgery for that URL).
    """

    def __init__(self, reason: str, url: str, urls_checked: Sequence[str] = ()) -> None:
        self.reason = reason
        self.url = url
        self.urls_checked = tuple(urls_checked) or (url,)
        checked = ", ".join(self.urls_checked)
        super().__init__(
            f"Twilio webhook validation failed: {reason}. URL checked: {checked}. "
            "If Twilio called a different public URL (a proxy, load balancer or tunnel "
            "in front of this app), configure the public base URL or trust the proxy's "
            "X-Forwarded-* headers."
        )


def _digest_name(algorithm: str | None) -> str:
    name = _DIGESTS.get((algorithm or HMAC_SHA1).upper())
    if name is None:
        raise ValueError(
            f"unsupported webhook signature algorithm {algorithm!r}; "
            f"use {HMAC_SHA1!r} or {HMAC_SHA256!r}"
        )
    return name


def algorithm_from_settings(header: str | None) -> str:
    """The algorithm named by an X-Twilio-Webhooks-Signature-Settings header value.

    `key=KS...,algorithm=HMAC_SHA256` gives `"HMAC_SHA256"`; a missing header, or one without
    `algorithm=`, means the classic `"HMAC_SHA1"`. The name is returned as given (upper-cased);
    an unknown one makes validation fail.
    """
    for part in (header or "").split(","):
        name, sep, value = part.partition("=")
        if sep and name.strip() == "algorithm" and value.strip():
            return value.strip().upper()
    return HMAC_SHA1


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _pairs(params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None) -> list[tuple[str, str]]:
    """Every (name, value) the parameters hold, repeated names kept."""
    if not params:
        return []
    if isinstance(params, Mapping):
        getlist = getattr(params, "getlist", None) or getattr(params, "getall", None)
        pairs: list[tuple[str, str]] = []
        for name in dict.fromkeys(params):  # a multidict repeats names as it iterates
            if getlist is not None:
                values = getlist(name)
            else:
                value = params[name]
                values = value if isinstance(value, list | tuple) else [value]
            pairs.extend((_text(name), _text(v)) for v in values)
        return pairs
    return [(_text(name), _text(value)) for name, value in params]


def _payload(url: str, pairs: list[tuple[str, str]], *, dedupe: bool = True) -> bytes:
    """The signed text: the URL, then each name+value, sorted by name and then value.

    Python's default string order is code point order, which is what Twilio uses. With
    `dedupe`, a name=value pair that occurs twice counts once, as in twilio-python (its
    published repeated-key vector depends on it). Twilio's documentation does not settle
    the point, so validation accepts either form.
    """
    if not pairs:
        return url.encode("utf-8")
    ordered = sorted(set(pairs) if dedupe else pairs)
    return "".join([url, *(name + value for name, value in ordered)]).encode("utf-8")


def _b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def _is_port(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _split_netloc(netloc: str) -> tuple[str, str, str | None]:
    """(userinfo with its '@' or '', host, port or None); IPv6 hosts keep their brackets."""
    userinfo, at, hostport = netloc.rpartition("@")
    prefix = userinfo + at
    if hostport.startswith("["):
        end = hostport.find("]")
        if end != -1:
            host, rest = hostport[: end + 1], hostport[end + 1 :]
            if rest.startswith(":") and _is_port(rest[1:]):
                return prefix, host, rest[1:]
            return prefix, hostport, None
    host, colon, port = hostport.rpartition(":")
    if colon and _is_port(port):
        return prefix, host, port
    return prefix, hostport, None


def _encode(text: str, chars: frozenset[str]) -> str:
    return "".join(f"%{ord(c):02X}" if c in chars else c for c in text)


def _decode(text: str, chars: frozenset[str]) -> str:
    return _ESCAPE.sub(lambda m: c if (c := chr(int(m[1], 16))) in chars else m[0], text)


def _spellings(tail: str) -> list[str]:
    """The path and query as given, with every re-spelled character encoded, and decoded.

    Only the characters a WHATWG parser encodes change (space " < > and, in the path,
    ` { }, in the query '); all of them at once, so no other URL is ever produced.
    """
    cut = min((i for i in (tail.find("?"), tail.find("#")) if i != -1), default=len(tail))
    path, rest = tail[:cut], tail[cut:]
    query, hash_, fragment = rest.partition("#") if rest.startswith("?") else ("", "", rest)
    spellings = [tail]
    for respell in (_encode, _decode):
        spelled = respell(path, _RESPELLED_IN_PATH) + respell(query, _RESPELLED_IN_QUERY)
        spellings.append(spelled + hash_ + fragment)
    return list(dict.fromkeys(spellings))


def url_variants(url: str) -> list[str]:
    """Every spelling of `url` a signature is accepted for, the URL as given first.

    Port: Twilio has signed URLs with and without the default port, so both are tried, and
    like twilio-python a URL with any explicit port is also tried without it. Only the host
    part changes: user info (`https://user:pass@host:8443/`) and IPv6 hosts (`[::1]:8443`)
    are kept intact.

    Re-encoded characters: Twilio, twilio-node and common proxies spell a few characters
    raw or percent-encoded (`?q=it's` or `?q=it%27s`), so each port form is also tried with
    all of them encoded and with all of them decoded: space, `"`, `<` and `>` anywhere,
    `` ` ``, `{` and `}` in the path, `'` in the query, the characters a WHATWG URL parser
    encodes. Nothing else after the host changes.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        return [url]
    end = len(rest)
    for stop in "/?#":
        i = rest.find(stop)
        if i != -1 and i < end:
            end = i
    netloc, tail = rest[:end], rest[end:]
    prefix, host, port = _split_netloc(netloc)
    heads = [scheme + sep + netloc]
    if port is not None:
        heads.append(scheme + sep + prefix + host)
    elif (default := _DEFAULT_PORTS.get(scheme.lower())) is not None:
        heads.append(f"{scheme}{sep}{prefix}{host}:{default}")
    return [head + spelled for spelled in _spellings(tail) for head in heads]


def _query(url: str) -> str:
    """The query string, found without a URL parser, which rejects some hosts (`[`)."""
    return url.partition("#")[0].partition("?")[2]


def _body_hash(url: str) -> str | None:
    if _BODY_HASH not in url:
        return None
    values = parse_qs(_query(url)).get(_BODY_HASH)
    return values[0] if values else None


def _sha256_hex(body: str | bytes) -> str:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return hashlib.sha256(data).hexdigest()


def add_body_hash(url: str, body: str | bytes) -> str:
    """`url` with the `bodySHA256` query parameter Twilio adds when it posts a JSON body."""
    sep = "&" if _query(url) else ("" if url.endswith("?") else "?")
    return f"{url}{sep}{_BODY_HASH}={_sha256_hex(body)}"


class RequestValidator:
    """Checks X-Twilio-Signature headers against one or more auth tokens.

    `RequestValidator("token")`, or `RequestValidator(["new", "old"])` while rotating a
    token, or with each subaccount's token when subaccounts share an endpoint: a request
    signed with any of them is accepted.
    """

    __slots__ = ("_keys",)

    def __init__(self, auth_token: str | Iterable[str]) -> None:
        tokens = [auth_token] if isinstance(auth_token, str) else list(auth_token)
        if not tokens or not all(isinstance(t, str) and t for t in tokens):
            raise ValueError("RequestValidator needs at least one non-empty auth token")
        self._keys = tuple(t.encode("utf-8") for t in tokens)

    def __repr__(self) -> str:
        return f"RequestValidator(<{len(self._keys)} token(s)>)"

    def compute_signature(
        self,
        url: str,
        params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
        *,
        algorithm: str | None = None,
    ) -> str:
        """The signature Twilio would send for `url` and form `params`, using the first token.

        `url` is used exactly as given, query string included.
        """
        digest = _digest_name(algorithm)
        return _b64(hmac.digest(self._keys[0], _payload(url, _pairs(params)), digest))

    def validate(
        self, url: str, params: Params, signature: str | None, *, algorithm: str | None = None
    ) -> bool:
        """True when `signature` is what Twilio sends for this URL and these parameters.

        `params` is the form (dict, multi-dict, pairs) or, for a JSON webhook, the raw body
        as `str`/`bytes`, which must match the URL's `bodySHA256`. `algorithm` comes from
        `algorithm_from_settings(headers.get(SIGNATURE_SETTINGS_HEADER))`.
        """
        return self._check(url, params, signature, algorithm) is None

    def check(
        self, url: str, params: Params, signature: str | None, *, algorithm: str | None = None
    ) -> None:
        """Like `validate`, but raise `WebhookValidationError` saying what was checked."""
        reason = self._check(url, params, signature, algorithm)
        if reason is not None:
            raise WebhookValidationError(reason, url, url_variants(url))

    def _check(
        self, url: str, params: Params, signature: str | None, algorithm: str | None
    ) -> str | None:
        """None when valid, else the reason it is not."""
        if not signature:
            return f"the {SIGNATURE_HEADER} header is missing"
        try:
            digest = _digest_name(algorithm)
        except ValueError as err:
            return str(err)
        try:
            given = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            return "the signature is not base64"
        if _b64(given) != signature:  # unused low bits set: another spelling of the same bytes
            return "the signature is not canonical base64"

        expected_hash = _body_hash(url)
        pairs: list[tuple[str, str]] = []
        if params is None:
            params = b""
        if isinstance(params, str | bytes):
            if expected_hash is not None:
                if not hmac.compare_digest(
                    _sha256_hex(params).encode(), expected_hash.encode("utf-8")
                ):
                    return "the body does not match the URL's bodySHA256"
            elif params:
                return "a raw body was given but the URL has no bodySHA256 to check it against"
        else:
            pairs = _pairs(params)
            if expected_hash is not None:
                return "the URL has bodySHA256; pass the raw body text to check, not parameters"

        payloads = self._payloads(url, pairs)
        for payload in payloads:
            for key in self._keys:
                if hmac.compare_digest(hmac.digest(key, payload, digest), given):
                    return None
        return "the signature does not match"

    @staticmethod
    def _payloads(url: str, pairs: list[tuple[str, str]]) -> Iterator[bytes]:
        has_duplicates = len(set(pairs)) != len(pairs)
        for variant in url_variants(url):
            yield _payload(variant, pairs)
            if has_duplicates:  # the same name=value twice, counted twice
                yield _payload(variant, pairs, dedupe=False)


def sign(
    url: str,
    params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None,
    auth_token: str,
    *,
    algorithm: str | None = None,
) -> str:
    """The X-Twilio-Signature value Twilio would send for this URL and form parameters."""
    return RequestValidator(auth_token).compute_signature(url, params, algorithm=algorithm)


def signature_headers(
    url: str,
    params_or_body: Params,
    auth_token: str,
    *,
    algorithm: str | None = None,
) -> dict[str, str]:
    """The signature headers Twilio would send for this URL and form or JSON body.

    For a JSON body the URL must already carry `bodySHA256` (see `add_body_hash`, or use
    `signed_request`, which does it for you).
    """
    if isinstance(params_or_body, str | bytes):
        expected = _body_hash(url)
        if expected is None:
            if params_or_body:
                raise ValueError("a JSON body is signed through bodySHA256: use add_body_hash(url)")
        elif expected != _sha256_hex(params_or_body):
            raise ValueError("the URL's bodySHA256 does not match this body")
        params = None
    else:
        params = params_or_body
    headers = {SIGNATURE_HEADER: sign(url, params, auth_token, algorithm=algorithm)}
    chosen = (algorithm or HMAC_SHA1).upper()
    if chosen != HMAC_SHA1:
        headers[SIGNATURE_SETTINGS_HEADER] = f"algorithm={chosen}"
    return headers


@dataclass(frozen=True)
class SignedRequest:
    """A request as Twilio would send it: post `body` to `url` with `headers`."""

    url: str
    headers: dict[str, str]
    body: bytes = field(default=b"")

    @property
    def path(self) -> str:
        """The path and query string, for test clients that want a relative URL."""
        parts = urlsplit(self.url)
        return parts.path + (f"?{parts.query}" if parts.query else "")


def signed_request(
    url: str,
    params_or_body: Params,
    auth_token: str,
    *,
    algorithm: str | None = None,
) -> SignedRequest:
    """Everything needed to send a signed webhook: URL, headers and encoded body.

    Form parameters are form-encoded (repeated names kept). A `str`/`bytes` body is sent as
    JSON, and `bodySHA256` is added to the URL as Twilio does. `None` gives an empty body
    (use it for GET webhooks, whose parameters live in the URL).
    """
    if isinstance(params_or_body, str | bytes):
        body = params_or_body.encode("utf-8") if isinstance(params_or_body, str) else params_or_body
        if _body_hash(url) is None:
            url = add_body_hash(url, body)
        headers = signature_headers(url, body, auth_token, algorithm=algorithm)
        headers["Content-Type"] = "application/json"
        return SignedRequest(url, headers, body)
    headers = signature_headers(url, params_or_body, auth_token, algorithm=algorithm)
    if params_or_body is None:
        return SignedRequest(url, headers)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return SignedRequest(url, headers, urlencode(_pairs(params_or_body)).encode("ascii"))
