"""One behaviour, either client: lets sync and async run the same tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import rest


class Driver:
    """Runs one behaviour through either client, so sync and async share their tests."""

    def __init__(
        self, kind: str, client: rest.Client | rest.AsyncClient, sleeps: list[float] | None = None
    ) -> None:
        self.kind = kind
        self.client = client
        self.sleeps = sleeps if sleeps is not None else []

    @asynccontextmanager
    async def variant(
        self, account_sid: str | None = None, auth_token: str | None = None, **options: Any
    ) -> AsyncIterator[Driver]:
        """A client of the same kind on the same server, with other options."""
        sid = account_sid or self.client.account_sid
        token = auth_token or self.client._auth_token
        options.setdefault("base_url", self.client.base_url)
        if self.kind == "sync":
            with rest.Client(sid, token, sleep=self.sleeps.append, **options) as c:
                yield Driver("sync", c, self.sleeps)
        else:

            async def record(delay: float) -> None:
                self.sleeps.append(delay)

            if isinstance(self.client, rest.AsyncClient) and "http_client" not in options:
                options.setdefault("transport", self.client.transport)
            async with rest.AsyncClient(sid, token, sleep=record, **options) as ac:
                yield Driver("async", ac, self.sleeps)

    def _res(self, name: str) -> Any:
        return getattr(self.client, name)

    async def _run(self, value: Any) -> Any:
        return await value if self.kind == "async" else value

    async def run(self, value: Any) -> Any:
        """The result of a call on either client (awaited on the async one)."""
        return await self._run(value)

    async def create(self, name: str, **kw: Any) -> Any:
        return await self._run(self._res(name).create(**kw))

    async def find(self, name: str, sid: str, **kw: Any) -> Any:
        return await self._run(self._res(name).find(sid, **kw))

    async def update(self, name: str, sid: str, **kw: Any) -> Any:
        return await self._run(self._res(name).update(sid, **kw))

    async def delete(self, name: str, sid: str, **kw: Any) -> Any:
        return await self._run(self._res(name).delete(sid, **kw))

    async def save(self, name: str, obj: Any) -> Any:
        return await self._run(self._res(name).save(obj))

    async def page(self, name: str, **kw: Any) -> Any:
        return await self._run(self._res(name).page(**kw))

    async def list(self, name: str, **kw: Any) -> list[Any]:
        return await self.collect(self._res(name).all(**kw))

    async def collect(self, pager: Any) -> list[Any]:
        if self.kind == "async":
            return [item async for item in pager]
        return list(pager)

    async def sub(self, which: str, call_sid: str, **kw: Any) -> Any:
        return getattr(self.client, which)(call_sid, **kw)
