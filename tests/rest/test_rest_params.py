"""Every operation's parameters are declared: typed for mypy, checked before anything is sent."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fake_twilio import FakeTwilio
from rest_contract import REPO_ROOT, spec_path
from rest_driver import Driver

import rest
import rest._params

pytestmark = pytest.mark.anyio
CALL = {"to": "+12125551234", "from_": "+16465551234", "url": "http://example.com/voice"}


async def test_an_unknown_keyword_names_the_close_match_before_sending(
    rc: Driver, server: FakeTwilio
) -> None:
    with pytest.raises(
        TypeError,
        match=r"^`account` is not a parameter of calls\.create; did you mean `account_sid`\?$",
    ):
        await rc.create("calls", **CALL, account="AC" + "2" * 32)
    with pytest.raises(TypeError, match=r"`bdy` is not a parameter of messages\.create.*`body`"):
        await rc.create("messages", to="+12125551234", from_="+16465551234", bdy="x")
    with pytest.raises(TypeError, match=r"`stauts` .* calls\.list; did you mean `status`"):
        rc.client.calls.all(stauts="queued")
    assert server.requests == []


async def test_twilio_spellings_point_at_ours(rc: Driver, server: FakeTwilio) -> None:
    with pytest.raises(TypeError, match=r"`StatusCallback` .* did you mean `status_callback`"):
        await rc.create("calls", **CALL, StatusCallback="http://example.com/cb")
    assert server.requests == []


async def test_a_missing_required_parameter_is_a_type_error(rc: Driver, server: FakeTwilio) -> None:
    with pytest.raises(TypeError, match=r"calls\.create needs `from_`"):
        await rc.create("calls", to="+12125551234", url="http://example.com/voice")
    assert server.requests == []


async def test_a_keyword_with_no_close_match_points_at_extra_params(rc: Driver) -> None:
    with pytest.raises(TypeError, match=r"`zzz` is not .* extra_params=\{\.\.\.\}"):
        await rc.create("calls", **CALL, zzz=1)


async def test_extra_params_go_out_verbatim(rc: Driver, server: FakeTwilio) -> None:
    await rc.create(
        "messages",
        to="+12125551234",
        from_="+16465551234",
        body="Hi",
        extra_params={"Tags": ["a", "b"], "RiskCheck": "disable"},
    )
    form = server.requests[-1].form
    assert form[-3:] == [("Tags", "a"), ("Tags", "b"), ("RiskCheck", "disable")]


async def test_date_only_filters_come_from_the_definition(rc: Driver, server: FakeTwilio) -> None:
    from datetime import UTC, datetime

    when = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)
    await rc.list("notifications", message_date_after=when)
    await rc.list("calls", start_time_after=when)
    assert server.requests[0].query[0] == ("MessageDate>", "2026-03-04")
    assert server.requests[1].query[0] == ("StartTime>", "2026-03-04T23:30:00Z")


def test_class_helpers_and_record_shortcuts_check_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "t")
    with pytest.raises(TypeError, match="did you mean `body`"):
        rest.Message.create(to="+1", from_="+2", bdy="x")
    call = rest.Call(sid="CA" + "1" * 32)
    with pytest.raises(TypeError, match=r"`stauts` is not a parameter of calls\.update"):
        call.update(stauts="completed")


def _families() -> list[str]:
    return [m.name for m in pkgutil.iter_modules(rest._params.__path__) if m.name[0] != "_"]


@pytest.mark.parametrize("family", _families())
def test_sync_and_async_operations_have_the_same_signatures(family: str) -> None:
    module = importlib.import_module(f"rest._params.{family}")
    prefix = "".join(part.capitalize() for part in family.split("_"))
    sync, async_ = getattr(module, f"{prefix}Ops"), getattr(module, f"Async{prefix}Ops")

    def public(cls: type) -> dict[str, inspect.Signature]:
        return {
            name: inspect.signature(member).replace(return_annotation=inspect.Signature.empty)
            for name, member in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_")
        }

    assert public(sync) == public(async_)
    assert {"create", "find", "update", "delete", "all", "page"} <= public(sync).keys()


def test_the_generated_tables_match_the_definition() -> None:
    spec = spec_path()
    if not spec.is_file():
        pytest.skip(f"Twilio OpenAPI spec not found at {spec} (set TWILIO_OPENAPI_SPEC)")
    done = subprocess.run(
        [sys.executable, "-m", "rest._params._generate", str(spec), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    assert done.returncode == 0, done.stderr


def test_mypy_flags_a_misspelt_keyword(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    snippet = tmp_path / "typo.py"
    snippet.write_text(
        textwrap.dedent(
            """
            import rest

            async def main(client: rest.Client, aclient: rest.AsyncClient) -> None:
                client.messages.create(to="+1", from_="+2", bdy="x")
                call = await aclient.calls.find("CA1")
                await call.save()
                async for note in call.notifications.all():
                    reveal_type(note)
                client.queues.create(friendly_nam="support")
                queue = await aclient.queues.find("QU1")
                reveal_type(await queue.members.front())
            """
        )
    )
    out, _, status = api.run(
        ["--strict", "--cache-dir", str(REPO_ROOT / ".mypy_cache"), str(snippet)]
    )
    assert status == 1
    assert 'Unexpected keyword argument "bdy"' in out and 'did you mean "body"' in out
    assert 'Revealed type is "rest._resources.notifications.AsyncNotification"' in out
    assert 'Unexpected keyword argument "friendly_nam"' in out
    assert 'Revealed type is "rest._resources.queues.AsyncMember"' in out
    assert out.count("error:") == 2, out
