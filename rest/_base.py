"""Everything `Client` and `AsyncClient` share that does no I/O.

URL building, form encoding, Basic auth for subaccounts and Connect, the retry decision,
the mapping of error bodies to `TwilioAPIError`, and logging that never shows a token.
"""

from __future__ import annotations

import base64
import functools
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import httpx

from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    check_base_url,
    check_max_retries,
    check_seconds,
    environment_credentials,
)
from ._encoding import encode_params
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    MalformedResponseError,
    TwilioAPIError,
)
from ._paging import shape_problem
from ._retry import RetryPolicy, retry_delay, should_retry

__all__ = ["API_VERSION", "BaseClient", "PreparedRequest"]

API_VERSION = "2010-04-01"
USER_AGENT = "twiml-dsl-rest/0.1"
log = logging.getLogger("rest")


_url = functools.lru_cache(maxsize=512)(httpx.URL)
"""Parsing a URL costs httpx more than the rest of building a request; the same few (an
account's Messages.json, Calls.json) come back on every create. URLs are immutable."""


@dataclass(frozen=True)
class PreparedRequest:
    """One logical request, before any attempt is made; `url` is what errors and logs show.

    `list_key` marks a list read: its answer must be a page holding that list of records.
    """

    method: str
    url: str
    params: tuple[tuple[str, str], ...] | None
    content: bytes | None
    headers: dict[str, str] = field(repr=False)
    list_key: str | None = None


def _basic_auth(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


def _strip_userinfo(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    netloc = parts.netloc.rpartition("@")[2]  # keeps the port, and an IPv6 host's brackets
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")


def _body_excerpt(text: str, limit: int = 200) -> str:
    flat = _SPACES.sub(" ", _TAGS.sub(" ", text)).strip()
    return flat[:limit] + ("..." if len(flat) > limit else "")


def _timeout(seconds: float) -> httpx.Timeout:
    return httpx.Timeout(seconds, connect=min(seconds, 5.0))


class BaseClient:
    """Credentials, options and the pure request/response logic of both clients."""

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        inherit_timeout: bool = False,
    ) -> None:
        """Every setting is checked here: a `ConfigurationError` now, not at the first request.

        Without credentials, TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are read. With
        `inherit_timeout` and no `timeout`, requests use the http client's own timeout.
        """
        if account_sid is None and auth_token is None:
            creds = environment_credentials()
            account_sid, auth_token = creds.account_sid, creds.auth_token
        if not isinstance(account_sid, str) or not account_sid:
            raise ConfigurationError(
                "no account SID: pass rest.Client(account_sid, auth_token), or pass neither "
                "and set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"
            )
        if not isinstance(auth_token, str) or not auth_token:
            # `rest.Client(token)` puts the token here: name only what looks like a SID
            for_sid = f" for {account_sid!r}" if account_sid.startswith("AC") else ""
            raise ConfigurationError(
                f"no auth token{for_sid}: pass rest.Client(account_sid, auth_token), "
                "or pass neither and set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"
            )
        self.account_sid = account_sid
        self._auth_token = auth_token
        self._own_auth = _basic_auth(account_sid, auth_token)
        # user info in base_url would be shown by repr and sent by httpx in place of our own
        # Authorization header (Connect included): the explicit credentials are the ones used
        self.base_url = check_base_url(base_url or DEFAULT_BASE_URL, auth_token)
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = replace(policy, max_retries=check_max_retries(max_retries))
        self.retry_policy = policy
        self.timeout: httpx.Timeout | None
        if timeout is None:
            self.timeout = None if inherit_timeout else _timeout(DEFAULT_TIMEOUT)
        elif isinstance(timeout, httpx.Timeout):
            for name, value in timeout.as_dict().items():
                if value is not None:
                    check_seconds(f"timeout.{name}", value)
            self.timeout = timeout
        else:
            self.timeout = _timeout(check_seconds("timeout", timeout))
        self.deadline = None if deadline is None else check_seconds("deadline", deadline)
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int):
            raise ConfigurationError("max_response_bytes must be a whole number of bytes")
        if max_response_bytes < 1024:
            raise ConfigurationError(
                f"max_response_bytes must be at least 1024, got {max_response_bytes}"
            )
        self.max_response_bytes = max_response_bytes

    def __repr__(self) -> str:
        # built only from fields that cannot hold the token (base_url was checked for it)
        return (
            f"{type(self).__name__}(account_sid={self.account_sid!r}, base_url={self.base_url!r})"
        )

    # -- requests ---------------------------------------------------------------------------

    def _auth_header(self, username: str) -> str:
        if username == self.account_sid:
            return self._own_auth
        return _basic_auth(username, self._auth_token)  # a Connect account

    def prepare(
        self,
        method: str,
        path: str,
        *,
        query: Sequence[tuple[str, str]] | None = None,
        form: Sequence[tuple[str, str]] | None = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        account_sid: str | None = None,
        connect: bool = False,
        absolute_uri: str | None = None,
        list_key: str | None = None,
    ) -> PreparedRequest:
        """Build one request. `path` may hold `{account_sid}`; `absolute_uri` is a `next_page_uri`;
        `list_key` names the records' key when the answer is a page.

        `query` and `form` are Twilio-named pairs (as the resource operations encode them);
        `params` and `data` are snake_case keywords, encoded here.

        With `connect=True` the request authenticates as `account_sid` (the connected account)
        with this client's auth token, as Twilio Connect requires.
        """
        if connect and not account_sid:
            raise ConfigurationError(
                "connect=True needs account_sid= (the connected account's SID)"
            )
        target = quote(account_sid or self.account_sid, safe="")
        if absolute_uri is not None:
            # Only the path and query are taken, and the path always starts with "/", so the
            # credentials never leave base_url's host (`x@evil.example/...` is a path here).
            parts = urlsplit(absolute_uri)
            path = "/" + parts.path.lstrip("/")
            url = self.base_url + path + (f"?{parts.query}" if parts.query else "")
        else:
            url = f"{self.base_url}/{API_VERSION}{path.format(account_sid=target)}"
        headers = {
            "Authorization": self._auth_header(target if connect else self.account_sid),
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        if data is not None:
            form = [*(form or ()), *encode_params(data)]
        content = None
        if form is not None:
            content = urlencode(form).encode("ascii")
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if params:
            query = [*(query or ()), *encode_params(params)]
        pairs = tuple(query) if query else None
        return PreparedRequest(method.upper(), url, pairs, content, headers, list_key)

    def build(
        self, http: httpx.Client | httpx.AsyncClient | None, prepared: PreparedRequest
    ) -> httpx.Request:
        """The httpx request for one attempt; with `http`, merged with that client's defaults.

        Our own http clients carry no defaults, so their requests are built directly (cheaper).
        """
        if http is None:
            assert self.timeout is not None  # a client that owns its http client has one
            return httpx.Request(
                prepared.method,
                _url(prepared.url),
                params=prepared.params,
                content=prepared.content,
                headers=prepared.headers,
                extensions={"timeout": self.timeout.as_dict()},
            )
        return http.build_request(
            prepared.method,
            _url(prepared.url),
            params=prepared.params,
            content=prepared.content,
            headers=prepared.headers,
            timeout=self.timeout if self.timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )

    # -- retry decisions --------------------------------------------------------------------

    def delay_after_error(
        self, prepared: PreparedRequest, err: Exception, retries: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        policy = self.retry_policy
        if retries >= policy.max_retries or not should_retry(policy, prepared.method, error=err):
            return None
        delay = retry_delay(policy, retries)
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s failed (%s); retry %d in %.2fs",
                prepared.method,
                self.safe_url(prepared),
                type(err).__name__,
                retries + 1,
                delay,
            )
        return delay

    def delay_after_response(
        self, prepared: PreparedRequest, response: httpx.Response, retries: int
    ) -> float | None:
        """Seconds to wait before retrying after this response, or None to keep it."""
        policy = self.retry_policy
        status = response.status_code
        if retries >= policy.max_retries or not should_retry(
            policy, prepared.method, status=status
        ):
            return None
        delay = retry_delay(policy, retries, response.headers.get("Retry-After"))
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %d; retry %d in %.2fs",
                prepared.method,
                self.safe_url(prepared),
                status,
                retries + 1,
                delay,
            )
        return delay

    # -- responses --------------------------------------------------------------------------

    def safe_url(self, prepared: PreparedRequest) -> str:
        return self.redact(prepared.url, prepared)

    def redact(self, text: str, prepared: PreparedRequest | None = None) -> str:
        """`text` without the auth token, plain or inside the Basic auth header we sent."""
        sent = self._own_auth
        if prepared is not None:
            sent = prepared.headers.get("Authorization", sent)
        for secret in {self._auth_token, self._own_auth, sent}:
            text = text.replace(secret.removeprefix("Basic "), "[redacted]")
        return text

    def safe_cause(self, prepared: PreparedRequest, err: BaseException) -> BaseException | None:
        """`err`, to chain our error to, unless an exception in its chain shows the token
        (a parser quoting a header line a server echoed): then None, as the chain would be
        printed unredacted. Our own message already carries the redacted detail."""
        link: BaseException | None = err
        seen = 0
        while link is not None and seen < 20:
            text = f"{link} {link!r}"
            if self.redact(text, prepared) != text:
                return None
            link, seen = link.__cause__ or link.__context__, seen + 1
        return err

    def connection_error(
        self, prepared: PreparedRequest, err: Exception, attempts: int
    ) -> APIConnectionError:
        kind = APITimeoutError if isinstance(err, httpx.TimeoutException) else APIConnectionError
        url = self.safe_url(prepared)
        detail = self.redact(str(err), prepared) or type(err).__name__
        message = f"{prepared.method} {url} failed after {attempts} attempt(s): {detail}"
        log.debug("%s", message)
        return kind(message, method=prepared.method, url=url, attempts=attempts)

    def parse(
        self,
        prepared: PreparedRequest,
        response: httpx.Response,
        attempts: int,
        content: bytes | None = None,
    ) -> Any:
        """The JSON body of a 2xx response (None for an empty DELETE answer), else a typed error.

        `content` is the body as read (within `max_response_bytes`); None: `response.content`.

        Every GET and POST of the 2010-04-01 API answers with a JSON object (a list read: a page
        holding `list_key`); any other body, empty included, is a `MalformedResponseError`.
        Only a DELETE may answer with no body. A 404 to a retried DELETE counts as success:
        an earlier attempt did the deleting.
        """
        status = response.status_code
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %d (attempt %d)",
                prepared.method,
                self.safe_url(prepared),
                status,
                attempts,
            )
        if content is None:
            content = response.content
        if status == 404 and prepared.method == "DELETE" and attempts > 1:
            return None
        if 200 <= status < 300:
            if prepared.method == "DELETE" and (status == 204 or not content):
                return None
            if status == 204 or not content:
                raise self.malformed(prepared, status, "expected a JSON object, got no body")
            try:
                body = json.loads(content)
            except RecursionError as err:
                raise self.malformed(prepared, status, "JSON nested too deeply") from err
            except ValueError as err:
                excerpt = self._excerpt(prepared, content)
                raise self.malformed(prepared, status, f"body is not JSON: {excerpt!r}") from err
            if prepared.method != "DELETE":
                problem = shape_problem(body, prepared.list_key)
                if problem is not None:
                    raise self.malformed(prepared, status, problem)
            return body
        raise self.api_error(prepared, response, content)

    def _excerpt(self, prepared: PreparedRequest, content: bytes) -> str:
        """The start of a body for a message: redacted first, then cut, so no part of a
        token can show."""
        text = content.decode("utf-8", errors="replace")
        return _body_excerpt(self.redact(text, prepared))

    def too_large(self, prepared: PreparedRequest, status: int) -> MalformedResponseError:
        limit = self.max_response_bytes
        return self.malformed(
            prepared, status, f"body is larger than max_response_bytes ({limit}); not read on"
        )

    def expired(self, prepared: PreparedRequest, attempts: int) -> APITimeoutError:
        url = self.safe_url(prepared)
        message = (
            f"{prepared.method} {url} passed its deadline of {self.deadline:g} s "
            f"({attempts} attempt(s))"
        )
        return APITimeoutError(message, method=prepared.method, url=url, attempts=attempts)

    def malformed(
        self, prepared: PreparedRequest, status: int, problem: str
    ) -> MalformedResponseError:
        url = self.safe_url(prepared)
        return MalformedResponseError(
            f"{prepared.method} {url} -> {status}: {self.redact(problem, prepared)}",
            status=status,
            method=prepared.method,
            url=url,
        )

    def api_error(
        self, prepared: PreparedRequest, response: httpx.Response, content: bytes | None = None
    ) -> TwilioAPIError:
        status = response.status_code
        if content is None:
            content = response.content
        code: int | None = None
        more_info: str | None = None
        message = ""
        try:
            body = json.loads(content) if content else None
        except (ValueError, RecursionError):  # not JSON, or nested beyond Python's limit
            body = None
        if isinstance(body, dict):
            raw_code = body.get("code")
            code = (
                raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
            )
            message = _body_excerpt(self.redact(str(body.get("message") or ""), prepared), 1000)
            info = body.get("more_info")
            more_info = (
                _body_excerpt(self.redact(info, prepared), 1000) if isinstance(info, str) else None
            )
        if 300 <= status < 400:
            location = response.headers.get("Location", "?")
            message = f"unexpected redirect to {_strip_userinfo(location)} (not followed)"
        elif not message:
            reason = response.reason_phrase or "error"
            excerpt = self._excerpt(prepared, content) if content else ""
            message = f"{reason}" + (f": {excerpt}" if excerpt else "")
        return TwilioAPIError(
            status=status,
            code=code,
            message=self.redact(message, prepared),
            more_info=more_info,
            method=prepared.method,
            url=self.safe_url(prepared),
        )
