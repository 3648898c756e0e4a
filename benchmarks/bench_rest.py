"""REST client benchmark against one loopback Twilio-like server (in its own process).

Rows: 1,000 sequential creates (ours vs the official `twilio` client); 1,000 creates through
our async client at concurrency 50 over each of its transports (aiohttp via the extra, and
httpx's own pool), with no server latency and with 20 ms; and the peak traced memory of
iterating 20,000 records in pages of 1,000 with each library. Each rate is the best of five
rounds, taken the same way for both libraries. Run directly to print a table; `run()`
returns the rows.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing as mp
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "tests" / "rest"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import anyio  # noqa: E402
from fake_twilio import MAIN_SID, MAIN_TOKEN, FakeTwilio, serve_asyncio  # noqa: E402

import rest  # noqa: E402

CREATES = 1_000
LATENCY = 0.020
LATENCY_OFFICIAL_CREATES = 100
CONCURRENCY = 50
ROUNDS = 5
RECORDS = 20_000
PAGE = 1_000
MESSAGE = {"to": "+12125551234", "from_": "+16465551234", "body": "bench"}


def _serve(conn: Any, seed: int, latency: float) -> None:
    fake = FakeTwilio(record=False)
    fake.seed_calls(seed)

    async def main() -> None:
        server = await serve_asyncio(fake, latency=latency)
        host, port = server.sockets[0].getsockname()[:2]
        conn.send(f"http://{host}:{port}")
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, conn.recv)  # any message means stop
        server.close()

    asyncio.run(main())


@contextmanager
def loopback(seed: int = 0, latency: float = 0.0) -> Iterator[str]:
    """The Twilio-like server on one asyncio loop in a child process, so it shares no GIL."""
    ours, theirs = mp.Pipe()
    proc = mp.get_context("fork").Process(target=_serve, args=(theirs, seed, latency), daemon=True)
    proc.start()
    try:
        yield ours.recv()
    finally:
        ours.send("stop")
        proc.join(5)
        if proc.is_alive():
            proc.kill()


def _rate(n: int, fn: Callable[[], object]) -> float:
    best = 0.0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        best = max(best, n / (time.perf_counter() - start))
    return best


def _official(base_url: str) -> Any:
    from twilio.rest import Client as TwilioClient

    client = TwilioClient(MAIN_SID, MAIN_TOKEN)
    client.api.base_url = base_url
    return client


def bench_official(base_url: str, n: int) -> float:
    client = _official(base_url)
    client.messages.create(to=MESSAGE["to"], from_=MESSAGE["from_"], body="bench")

    def loop() -> None:
        for _ in range(n):
            client.messages.create(to=MESSAGE["to"], from_=MESSAGE["from_"], body="bench")

    return _rate(n, loop)


def bench_sync(base_url: str) -> tuple[float, float]:
    with rest.Client(MAIN_SID, MAIN_TOKEN, base_url=base_url) as ours:
        ours.messages.create(**MESSAGE)  # warm the connection

        def our_loop() -> None:
            for _ in range(CREATES):
                ours.messages.create(**MESSAGE)

        our_rate = _rate(CREATES, our_loop)
    return our_rate, bench_official(base_url, CREATES)


def bench_async(base_url: str, transport: Literal["aiohttp", "httpx"]) -> float:
    """Creates per second at concurrency 50 through the async client over `transport`."""

    async def main() -> float:
        async with rest.AsyncClient(
            MAIN_SID, MAIN_TOKEN, base_url=base_url, transport=transport
        ) as client:
            assert client.transport == transport
            await client.messages.create(**MESSAGE)
            per_worker = CREATES // CONCURRENCY

            async def worker() -> None:
                for _ in range(per_worker):
                    await client.messages.create(**MESSAGE)

            best = 0.0
            for _ in range(ROUNDS):
                start = time.perf_counter()
                async with anyio.create_task_group() as tg:
                    for _ in range(CONCURRENCY):
                        tg.start_soon(worker)
                best = max(best, (per_worker * CONCURRENCY) / (time.perf_counter() - start))
            return best

    return anyio.run(main)


def _peak_mb(fn: Callable[[], int]) -> tuple[float, int]:
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    count = fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return (peak - base) / 1e6, count


def bench_memory(base_url: str) -> tuple[float, float]:
    def ours() -> int:
        with rest.Client(MAIN_SID, MAIN_TOKEN, base_url=base_url) as client:
            return sum(1 for _ in client.calls.all(page_size=PAGE))

    def theirs() -> int:
        client = _official(base_url)
        return sum(1 for _ in client.calls.stream(page_size=PAGE))

    our_mb, n1 = _peak_mb(ours)
    their_mb, n2 = _peak_mb(theirs)
    assert n1 == n2 == RECORDS, (n1, n2)
    return our_mb, their_mb


def run() -> list[dict[str, object]]:
    with loopback() as url:
        sync_ours, sync_theirs = bench_sync(url)
        async_aiohttp = bench_async(url, "aiohttp")
        async_httpx = bench_async(url, "httpx")
    with loopback(seed=RECORDS) as url:
        mem_ours, mem_theirs = bench_memory(url)
    with loopback(latency=LATENCY) as url:
        far_aiohttp = bench_async(url, "aiohttp")
        far_httpx = bench_async(url, "httpx")
        far_official = bench_official(url, LATENCY_OFFICIAL_CREATES)
    far = f"{LATENCY * 1000:.0f} ms server latency"
    return [
        {
            "name": f"rest: {CREATES} sequential creates (sync)",
            "unit": "req/s",
            "ours": round(sync_ours, 1),
            "official": round(sync_theirs, 1),
            "ratio": round(sync_ours / sync_theirs, 2),
            "target": ">= 1.3x",
        },
        {
            "name": f"rest: {CREATES} creates, async c={CONCURRENCY} over aiohttp (the extra)",
            "unit": "req/s",
            "ours": round(async_aiohttp, 1),
            "official": round(sync_theirs, 1),
            "ratio": round(async_aiohttp / sync_theirs, 2),
            "target": ">= 2.5x (vs official sync)",
        },
        {
            "name": "  same, over httpx's own pool (without the extra)",
            "unit": "req/s",
            "ours": round(async_httpx, 1),
            "official": round(sync_theirs, 1),
            "ratio": round(async_httpx / sync_theirs, 2),
            "target": "(informational)",
        },
        {
            "name": f"rest: iterate {RECORDS} records, pages of {PAGE} (peak traced)",
            "unit": "MB",
            "ours": round(mem_ours, 2),
            "official": round(mem_theirs, 2),
            "ratio": round(mem_ours / mem_theirs, 2) if mem_theirs else None,
            "target": "< 20 MB",
        },
        {
            "name": f"rest: creates with {far}, async c={CONCURRENCY} over aiohttp",
            "unit": "req/s",
            "ours": round(far_aiohttp, 1),
            "official": round(far_official, 1),
            "ratio": round(far_aiohttp / far_official, 2),
            "target": ">= 30x (vs official sync)",
        },
        {
            "name": "  same, over httpx's own pool",
            "unit": "req/s",
            "ours": round(far_httpx, 1),
            "official": round(far_official, 1),
            "ratio": round(far_httpx / far_official, 2),
            "target": "(informational)",
        },
    ]


def _table(rows: list[dict[str, object]]) -> str:
    cols = ["name", "unit", "ours", "official", "ratio", "target"]
    cells = [[str(r.get(c, "")) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


if __name__ == "__main__":
    print(_table(run()))
