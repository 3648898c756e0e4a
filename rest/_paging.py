"""Pages of the 2010-04-01 list envelope, and lazy iterators that follow `next_page_uri`.

Only one page is held at a time, so memory stays flat however many records are read.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._errors import ConfigurationError

__all__ = ["MAX_PAGE_SIZE", "AsyncPager", "Page", "Pager", "page_size_for", "shape_problem"]

T = TypeVar("T")
MAX_PAGE_SIZE = 1000


def _whole(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be a whole number, got {value!r}")


def check_limit(limit: int | None) -> None:
    if limit is None:
        return
    _whole("limit", limit)
    if limit < 0:
        raise ConfigurationError(f"limit must be >= 0 (or None for every record), got {limit}")


def page_size_for(limit: int | None, page_size: int | None) -> int | None:
    """Twilio's PageSize for a read: the explicit size, else the limit, capped at 1000.

    A negative `limit` or a `page_size` below 1 is a `ConfigurationError`, not a quiet
    "no limit" or one request per record.
    """
    check_limit(limit)
    if page_size is not None:
        _whole("page_size", page_size)
        if page_size < 1:
            raise ConfigurationError(
                f"page_size must be between 1 and {MAX_PAGE_SIZE} (larger sizes are capped), "
                f"got {page_size}"
            )
    size = page_size if page_size is not None else limit
    return None if size is None else max(1, min(size, MAX_PAGE_SIZE))


def _kind(value: object) -> str:
    if value is None:
        return "null"
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a value")


def shape_problem(body: object, list_key: str | None) -> str | None:
    """What is wrong with a decoded response body, or None if it has the expected shape.

    A record is a JSON object; a page (`list_key` given) is an object whose `list_key` is an
    array of objects, with `next_page_uri` a string or null.
    """
    if not isinstance(body, dict):
        return f"expected a JSON object, got {_kind(body)}"
    if list_key is None:
        return None
    items = body.get(list_key)
    if not isinstance(items, list):
        got = f"no '{list_key}' key" if list_key not in body else _kind(items)
        return f"expected a page with a '{list_key}' array, got {got}"
    for item in items:
        if not isinstance(item, dict):
            return f"expected '{list_key}' to hold JSON objects, got {_kind(item)}"
    next_uri = body.get("next_page_uri")
    if next_uri is not None and not isinstance(next_uri, str):
        return f"expected 'next_page_uri' to be a string or null, got {_kind(next_uri)}"
    return None


@dataclass
class Page(Generic[T]):
    """One page of results with its envelope metadata."""

    items: list[T]
    page: int | None = None
    page_size: int | None = None
    start: int | None = None
    end: int | None = None
    uri: str | None = None
    first_page_uri: str | None = None
    next_page_uri: str | None = None
    previous_page_uri: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    """The other paging keys of older envelopes: `last_page_uri`, `num_pages`, `total`."""

    def has_next_page(self) -> bool:
        return bool(self.next_page_uri)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def from_payload(
        cls, payload: dict[str, Any], list_key: str, make: Callable[[dict[str, Any]], T]
    ) -> Page[T]:
        """A page from its decoded envelope; `ValueError` if it is not shaped like one."""
        problem = shape_problem(payload, list_key)
        if problem is not None:
            raise ValueError(problem)
        return cls._build(payload, list_key, make)

    @classmethod
    def _build(
        cls, payload: dict[str, Any], list_key: str, make: Callable[[dict[str, Any]], T]
    ) -> Page[T]:
        """A page from an envelope whose shape was already checked (the client's `parse()`)."""
        raw: list[dict[str, Any]] = payload[list_key]
        meta = {k: v for k, v in payload.items() if k in ("last_page_uri", "num_pages", "total")}
        return cls(
            items=[make(item) for item in raw],
            page=payload.get("page"),
            page_size=payload.get("page_size"),
            start=payload.get("start"),
            end=payload.get("end"),
            uri=payload.get("uri"),
            first_page_uri=payload.get("first_page_uri"),
            next_page_uri=payload.get("next_page_uri"),
            previous_page_uri=payload.get("previous_page_uri"),
            meta=meta,
        )


class Pager(Generic[T]):
    """Iterates records lazily across pages; `first_page()` gives the page itself."""

    def __init__(self, fetch: Callable[[str | None], Page[T]], limit: int | None = None) -> None:
        check_limit(limit)
        self._fetch = fetch
        self._limit = limit

    def first_page(self) -> Page[T]:
        return self._fetch(None)

    def pages(self) -> Iterator[Page[T]]:
        page = self._fetch(None)
        while True:
            yield page
            if not page.next_page_uri:
                return
            page = self._fetch(page.next_page_uri)

    def __iter__(self) -> Iterator[T]:
        remaining = -1 if self._limit is None else self._limit
        uri: str | None = None
        while remaining != 0:
            items = _take_items(self._fetch(uri))  # the previous page is gone by now
            uri = items.pop()
            while items and remaining != 0:
                remaining -= 1
                yield items.pop()  # released as soon as the caller drops it
            if not uri:
                return


def _take_items(page: Page[T]) -> list[Any]:
    """The page's items, last first, with its next_page_uri on top: popped in order."""
    items: list[Any] = page.items[::-1]
    items.append(page.next_page_uri)
    page.items = []
    return items


class AsyncPager(Generic[T]):
    """The async twin of `Pager`: `async for` over records, `await first_page()` for one page."""

    def __init__(
        self, fetch: Callable[[str | None], Awaitable[Page[T]]], limit: int | None = None
    ) -> None:
        check_limit(limit)
        self._fetch = fetch
        self._limit = limit

    async def first_page(self) -> Page[T]:
        return await self._fetch(None)

    async def pages(self) -> AsyncIterator[Page[T]]:
        page = await self._fetch(None)
        while True:
            yield page
            if not page.next_page_uri:
                return
            page = await self._fetch(page.next_page_uri)

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = -1 if self._limit is None else self._limit
        uri: str | None = None
        while remaining != 0:
            items = _take_items(await self._fetch(uri))
            uri = items.pop()
            while items and remaining != 0:
                remaining -= 1
                yield items.pop()
            if not uri:
                return
