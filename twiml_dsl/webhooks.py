"""Check that a webhook really came from Twilio, and sign requests the way Twilio does.

Checking::

    validator = RequestValidator(auth_token)            # or [new_token, old_token]
    validator.validate(url, request.form, request.headers["X-Twilio-Signature"])

The signature is base64(HMAC-SHA1(token, url + name1 + value1 + name2 + value2 ...)), with
parameters sorted by name and then by value, repeated names kept. HMAC-SHA256 is used
instead when the X-Twilio-Webhooks-Signature-Settings header says so: pass
`algorithm=algorithm_from_settings(header)`. A JSON webhook is checked by passing its raw
body (`str` or `bytes`) as `params`: the body must match the URL's `bodySHA256` query
parameter, and the signature covers the URL alone. The URL is accepted with and without
its port, because Twilio has signed both; user info and IPv6 hosts are handled. It is also
accepted with the characters that Twilio and proxies spell either raw or percent-encoded
(space, `"`, `<`, `>`; `` ` ``, `{`, `}` in the path; `'` in the query) all encoded or all
decoded, as twilio-node does, and in no other spelling: `url_variants(url)` lists them.

`url` must be the URL Twilio called, which is not what your app sees behind a proxy, a
load balancer or a tunnel. `request_url()` rebuilds it from a configured public base URL,
or from X-Forwarded-Proto/Host/Port when you say the proxy is trusted.
`RequestValidator.check()` raises `WebhookValidationError`, whose message names the URLs
that were checked, so a proxy problem is visible at once.

Signing (for tests, and for anything that plays Twilio's part)::

    sign(url, params, auth_token) -> str                      # the X-Twilio-Signature value
    signature_headers(url, params_or_body, auth_token) -> dict[str, str]
    signed_request(url, params_or_body, auth_token) -> SignedRequest   # .url .headers .body
    add_body_hash(url, body) -> str                            # adds bodySHA256 for JSON

`signed_request` form-encodes parameters, or for a `str`/`bytes` JSON body adds
`bodySHA256` to the URL and sets `Content-Type: application/json`.
"""

from __future__ import annotations

from ._signature import (
    HMAC_SHA1,
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    Params,
    RequestValidator,
    SignedRequest,
    WebhookValidationError,
    add_body_hash,
    algorithm_from_settings,
    sign,
    signature_headers,
    signed_request,
    url_variants,
)
from ._webhook_common import WebhookConfigurationError, request_url

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "Params",
    "RequestValidator",
    "SignedRequest",
    "WebhookConfigurationError",
    "WebhookValidationError",
    "add_body_hash",
    "algorithm_from_settings",
    "request_url",
    "sign",
    "signature_headers",
    "signed_request",
    "url_variants",
]
