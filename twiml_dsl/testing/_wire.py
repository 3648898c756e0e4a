"""How a request reaches the app: in process (WSGI, ASGI) or over real HTTP.

Every sender returns the response with its body read, or raises `SimulatorError` once
`timeout` seconds have passed. An in-process app runs off the caller's thread, so a stuck
app fails its own call and no other: WSGI apps on a worker thread of their simulator's,
replaced when one gets stuck; ASGI apps on an event loop of their own.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any

import httpx

from ._errors import SimulatorError

__all__ = ["Sender", "sender"]

Sender = Callable[[httpx.Request], httpx.Response]
"""Sends one request and returns the response, its body read."""


def sender(app: Any, timeout: float) -> Sender:
    """The sender for `app`: real HTTP when it is None, else the app's own interface."""
    if app is None:
        return _http_sender(timeout)
    if _is_asgi(app):
        return _asgi_sender(app, timeout)
    return _wsgi_sender(app, timeout)


def _is_asgi(app: object) -> bool:
    call = getattr(app, "__call__", None)  # noqa: B004 - the bound method is what we inspect
    return inspect.iscoroutinefunction(app) or inspect.iscoroutinefunction(call)


def _stuck(request: httpx.Request, timeout: float) -> SimulatorError:
    return SimulatorError(
        f"the app did not answer within {timeout:g}s (the simulator's timeout=)",
        url=str(request.url),
    )


def _loop_thread() -> asyncio.AbstractEventLoop:
    """A new event loop running in a daemon thread; closed once something stops it."""
    loop = asyncio.new_event_loop()

    def run() -> None:
        try:
            loop.run_forever()
        finally:
            loop.close()

    threading.Thread(target=run, name="twiml-dsl-simulator", daemon=True).start()
    return loop


_loops: weakref.WeakKeyDictionary[Any, asyncio.AbstractEventLoop] = weakref.WeakKeyDictionary()
_loops_lock = threading.Lock()


def _app_loop(app: Any) -> asyncio.AbstractEventLoop:
    """The event loop `app` runs on: its own, in a daemon thread, stopped when the app goes.

    A loop of its own serves sync tests and async tests alike (a test's own loop is busy
    waiting for the answer), keeps an app on one loop across its requests and simulators,
    and keeps an app that blocks its loop from stalling any other app.
    """
    with _loops_lock:
        loop = _loops.get(app)
        if loop is None:
            loop = _loop_thread()
            _loops[app] = loop
            weakref.finalize(app, loop.call_soon_threadsafe, loop.stop)
        return loop


def _asgi_sender(app: Any, timeout: float) -> Sender:
    transport = httpx.ASGITransport(app=app)
    try:
        loop = _app_loop(app)
    except TypeError:  # an app that takes no weak reference gets a loop per simulator
        loop = _loop_thread()

    async def exchange(request: httpx.Request) -> httpx.Response:
        response = await transport.handle_async_request(request)
        await response.aread()
        response.request = request
        return response

    def send(request: httpx.Request) -> httpx.Response:
        future = asyncio.run_coroutine_threadsafe(exchange(request), loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise _stuck(request, timeout) from None

    return send


class _Worker:
    """One daemon thread that runs calls in turn; given up on when a call gets stuck."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[
            tuple[Callable[[], httpx.Response], concurrent.futures.Future[httpx.Response]] | None
        ] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="twiml-dsl-wsgi", daemon=True).start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            work, future = job
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(work())
                except BaseException as err:  # handed to the caller, which re-raises it
                    future.set_exception(err)

    def submit(
        self, work: Callable[[], httpx.Response]
    ) -> concurrent.futures.Future[httpx.Response]:
        future: concurrent.futures.Future[httpx.Response] = concurrent.futures.Future()
        self._jobs.put((work, future))
        return future

    def stop(self) -> None:
        self._jobs.put(None)


def _wsgi_sender(app: Any, timeout: float) -> Sender:
    transport = httpx.WSGITransport(app=app)
    worker: list[_Worker] = []

    def exchange(request: httpx.Request) -> httpx.Response:
        response = transport.handle_request(request)
        response.read()
        response.request = request
        return response

    def send(request: httpx.Request) -> httpx.Response:
        if not worker:
            worker.append(_Worker())
            weakref.finalize(send, worker[0].stop)
        future = worker[0].submit(lambda: exchange(request))
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            worker.pop().stop()  # it may never come back: the next request gets a new one
            raise _stuck(request, timeout) from None

    return send


def _http_sender(timeout: float) -> Sender:
    def send(request: httpx.Request) -> httpx.Response:
        with httpx.Client(timeout=timeout) as client:
            return client.send(request)

    return send
