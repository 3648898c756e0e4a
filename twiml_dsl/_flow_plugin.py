"""The pytest options for flow coverage: how much of a phone app's flow the tests drive.

    pytest --twiml-flow='examples.ivr_flask:create_app("token")' --twiml-flow-url=/voice

records every move the session's simulated calls make, explores the app once at the end,
and prints `IVR flow coverage: 14/17 branches (82%)` with each branch no test drives.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

__all__ = ["pytest_addoption", "pytest_configure"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("twiml-flow", "flow coverage of a phone app (twiml-dsl)")
    group.addoption(
        "--twiml-flow",
        metavar="MODULE:APP",
        help="measure how much of this app's call flow the tests drive; 'mod:create_app(...)' "
        "calls a factory with literal arguments",
    )
    group.addoption(
        "--twiml-flow-url",
        metavar="URL",
        default="/voice",
        help="the voice webhook the tests call; a path is joined to https://example.com "
        "(default: /voice)",
    )
    group.addoption(
        "--twiml-flow-sms-url", metavar="URL", help="also map the app's messaging webhook"
    )
    group.addoption(
        "--twiml-flow-auth-token",
        metavar="TOKEN",
        help="sign with this token (default: the app's TWILIO_AUTH_TOKEN, else the environment's)",
    )
    group.addoption(
        "--twiml-flow-fail-under",
        metavar="N",
        type=float,
        help="fail the run when flow coverage is below N percent",
    )
    group.addoption(
        "--twiml-flow-html", metavar="FILE", help="write the flow map with coverage to FILE"
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("twiml_flow", None):
        config.pluginmanager.register(_FlowCoveragePlugin(config), "twiml-dsl-flow-coverage")


class _FlowCoveragePlugin:
    def __init__(self, config: pytest.Config) -> None:
        from .testing._coverage import FlowCoverage

        self.config = config
        self.coverage = FlowCoverage()
        self.report: list[str] = []
        self.coverage.start()

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.coverage.stop()
        try:
            self.report = self._measure(session)
        except Exception as err:  # a broken option or app: say so, fail the run
            self.report = [f"IVR flow coverage could not be measured: {err}"]
            session.exitstatus = pytest.ExitCode.USAGE_ERROR

    def _measure(self, session: pytest.Session) -> list[str]:
        from urllib.parse import urljoin

        from ._cli import DEFAULT_BASE, _import, _token
        from .testing import explore
        from .testing._coverage import coverage_report, percent

        option = self.config.getoption
        app = _import(option("twiml_flow"), "app")
        token = _token(argparse.Namespace(auth_token=option("twiml_flow_auth_token")), app)
        flow = explore(
            app,
            url=urljoin(DEFAULT_BASE, option("twiml_flow_url")),
            auth_token=token,
            sms_url=option("twiml_flow_sms_url"),
        )
        taken = self.coverage.taken
        lines = coverage_report(flow, taken).splitlines()
        if flow.problems:
            lines += [f"  problem: {problem}" for problem in flow.problems]
        html = option("twiml_flow_html")
        if html:
            Path(html).write_text(flow.to_html(taken), encoding="utf-8")
            lines.append(f"  flow map with coverage written to {html}")
        floor = option("twiml_flow_fail_under")
        share = percent(flow, taken)[2]
        if floor is not None and share < floor:
            lines.append(
                f"FAIL: flow coverage {share:.0f}% is below --twiml-flow-fail-under={floor:g}"
            )
            if session.exitstatus == pytest.ExitCode.OK:
                session.exitstatus = pytest.ExitCode.TESTS_FAILED
        return lines

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.section("twiml-dsl flow coverage")
        for line in self.report:
            terminalreporter.write_line(line)
