"""Paging properties on in-memory pages: each record once, in order, fetched only as read."""

from __future__ import annotations

import anyio
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rest import AsyncPager, ConfigurationError, Page, Pager
from rest._paging import page_size_for


def _pages(n: int, size: int) -> tuple[list[str | None], dict[str | None, Page[int]]]:
    """A fetch log and the pages of 0..n-1, keyed by the uri that fetches them."""
    pages: dict[str | None, Page[int]] = {}
    starts = list(range(0, max(n, 1), size))
    for i, start in enumerate(starts):
        nxt = f"/next?PageToken=PT{start + size}" if i + 1 < len(starts) else None
        key = None if i == 0 else f"/next?PageToken=PT{start}"
        pages[key] = Page(items=list(range(start, min(start + size, n))), next_page_uri=nxt)
    return [], pages


@given(n=st.integers(0, 120), size=st.integers(1, 25), limit=st.none() | st.integers(0, 130))
def test_property_pager_yields_each_record_once_and_fetches_lazily(
    n: int, size: int, limit: int | None
) -> None:
    log, pages = _pages(n, size)

    def fetch(uri: str | None) -> Page[int]:
        log.append(uri)
        return pages[uri]

    got = list(Pager(fetch, limit))
    expected = list(range(n)) if limit is None else list(range(min(n, limit)))
    assert got == expected
    wanted = len(expected)
    if limit == 0:
        assert log == []
    elif limit is not None and wanted == limit:
        assert len(log) == max(1, -(-wanted // size))  # no page beyond the last one needed
    else:
        assert len(log) == len(pages)


@given(n=st.integers(0, 60), size=st.integers(1, 10))
def test_property_async_pager_matches_the_sync_pager(n: int, size: int) -> None:
    _, pages = _pages(n, size)

    async def fetch(uri: str | None) -> Page[int]:
        return pages[uri]

    async def collect() -> list[int]:
        return [item async for item in AsyncPager(fetch)]

    assert anyio.run(collect) == list(range(n))


def test_page_size_follows_the_limit_and_caps_at_1000() -> None:
    assert page_size_for(None, None) is None
    assert page_size_for(20, None) == 20
    assert page_size_for(5000, None) == 1000
    assert page_size_for(20, 50) == 50
    assert page_size_for(None, 4000) == 1000
    assert page_size_for(0, None) == 1  # nothing is fetched for limit=0 anyway


@pytest.mark.parametrize(
    ("limit", "page_size", "message"),
    [
        (-1, None, "limit must be >= 0"),
        (-1, 50, "limit must be >= 0"),
        (None, 0, "page_size must be between 1 and 1000"),
        (10, -5, "page_size must be between 1 and 1000"),
        (2.5, None, "limit must be a whole number, got 2.5"),
        (True, None, "limit must be a whole number, got True"),
        (None, 10.0, "page_size must be a whole number, got 10.0"),
    ],
)
def test_bad_sizes_are_refused(limit: int | None, page_size: int | None, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        page_size_for(limit, page_size)


def test_pagers_refuse_a_negative_limit() -> None:
    def fetch(uri: str | None) -> Page[int]:
        raise AssertionError("nothing may be fetched")

    async def afetch(uri: str | None) -> Page[int]:
        raise AssertionError("nothing may be fetched")

    with pytest.raises(ConfigurationError, match="limit must be >= 0"):
        Pager(fetch, -1)
    with pytest.raises(ConfigurationError, match="limit must be >= 0"):
        AsyncPager(afetch, -3)


def test_a_page_is_built_only_from_the_expected_list() -> None:
    page = Page.from_payload({"calls": [{"sid": "CA1"}], "page": 0}, "calls", lambda p: p["sid"])
    assert (page.items, page.page) == (["CA1"], 0)
    for payload in ({}, {"calls": None}, {"other": [{"sid": "CA1"}]}, {"calls": ["CA1"]}):
        with pytest.raises(ValueError, match="'calls'"):
            Page.from_payload(payload, "calls", lambda p: p["sid"])
