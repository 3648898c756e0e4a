"""Retry policy as data, and the pure decisions built on it.

A request is retried when it cannot have had an effect twice: any method after a connect
failure or a 429, and idempotent methods (GET, DELETE) also after 5xx, 408, read errors and
timeouts. A POST that may have reached Twilio is never sent again, so no SMS goes out twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from ._config import DEFAULT_MAX_RETRIES
from ._encoding import parse_timestamp

__all__ = ["RetryPolicy", "backoff_delay", "parse_retry_after", "retry_delay", "should_retry"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry, on what, and how long to wait between tries."""

    max_retries: int = DEFAULT_MAX_RETRIES
    always_retry_statuses: frozenset[int] = frozenset({429})
    idempotent_retry_statuses: frozenset[int] = frozenset({408, 500, 502, 503, 504})
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    """A `Retry-After` longer than this is not trusted; capped backoff is used instead."""


_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def should_retry(
    policy: RetryPolicy,
    method: str,
    *,
    status: int | None = None,
    error: Exception | None = None,
) -> bool:
    """Whether one more attempt is safe and useful. Pass the status, or the transport error."""
    idempotent = method.upper() in IDEMPOTENT_METHODS
    if error is not None:
        if isinstance(error, _NEVER_SENT):
            return True
        return idempotent and isinstance(error, httpx.TransportError)
    if status is None:
        return False
    if status in policy.always_retry_statuses:
        return True
    return idempotent and status in policy.idempotent_retry_statuses


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from `Retry-After` (delta-seconds or HTTP date); None if unusable."""
    if value is None:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    when = parse_timestamp(text)
    if when is None:
        return None
    current = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def backoff_delay(policy: RetryPolicy, retries_taken: int, *, jitter: float | None = None) -> float:
    """Capped exponential backoff with up to 25% jitter taken off; `jitter` in [0, 1) for tests."""
    base: float = min(policy.initial_delay * 2.0**retries_taken, policy.max_delay)
    j: float = random.random() if jitter is None else jitter
    return base * (1 - 0.25 * j)


def retry_delay(
    policy: RetryPolicy,
    retries_taken: int,
    retry_after: str | None = None,
    *,
    now: datetime | None = None,
    jitter: float | None = None,
) -> float:
    """Honour `Retry-After` when it is within `max_retry_after`, else back off."""
    hinted = parse_retry_after(retry_after, now=now)
    if hinted is not None and hinted <= policy.max_retry_after:
        return hinted
    return backoff_delay(policy, retries_taken, jitter=jitter)
