"""The HTML flow map, drawn by Graphviz and opened in a real headless Chromium."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from simulator_pages import TOKEN, URL, PageApp, twiml

from twiml_dsl.testing import FlowMap, GraphvizNotFoundError, explore

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None,
    reason="Graphviz's dot is not installed (apt-get install graphviz; .ci/run does it as root)",
)
needs_browser = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="headless Chromium and its driver are not installed "
    "(apt-get install chromium chromium-driver; .ci/run does it as root)",
)


def faulty_flow() -> FlowMap:
    def menu(params):
        if params["Digits"] == "9":
            return twiml("<Redirect>/nowhere</Redirect>")
        return twiml("<Say>Thanks.</Say><Hangup/>")

    app = PageApp(
        {
            "/voice": twiml('<Gather action="/menu" numDigits="1"><Say>Pick one.</Say></Gather>'),
            "/menu": menu,
        }
    )
    return explore(app.app, url=URL, auth_token=TOKEN)


def test_without_dot_the_html_map_says_how_to_install_it_and_other_formats_work(
    monkeypatch, tmp_path: Path
):
    flow = faulty_flow()
    monkeypatch.setenv("PATH", str(tmp_path))  # no dot anywhere on it
    with pytest.raises(GraphvizNotFoundError, match=r"apt-get install graphviz"):
        flow.to_html()
    assert flow.to_text().startswith("incoming call\n")
    assert flow.to_mermaid().startswith("flowchart TD\n")
    assert flow.to_dot().startswith("digraph flow {\n")


@needs_dot
def test_the_html_map_is_one_self_contained_file():
    page = faulty_flow().to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page
    assert "http://" not in page.replace("http://www.w3.org/", "")
    assert "https://" not in page.replace("https://example.com", "")
    assert "<script src" not in page and "<link" not in page


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="twiml-dsl-chromium-")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@needs_dot
@needs_browser
def test_the_html_map_draws_states_and_edges_and_a_click_shows_twiml(browser, tmp_path: Path):
    from selenium.webdriver.common.by import By

    flow = faulty_flow()
    covered = {(e.source, e.target) for e in flow.edges[:2]}
    page = tmp_path / "flow.html"
    page.write_text(flow.to_html(covered), encoding="utf-8")
    browser.get(page.as_uri())  # type: ignore[attr-defined]
    nodes = browser.find_elements(By.CSS_SELECTOR, "g.node")  # type: ignore[attr-defined]
    edges = browser.find_elements(By.CSS_SELECTOR, "g.edge")  # type: ignore[attr-defined]
    assert len(nodes) == len(flow.states)
    assert len(edges) == len(flow.edges)
    assert all(n.size["width"] > 0 for n in nodes)

    menu = next(s for s in flow.states.values() if s.url.endswith("/menu") and "Thanks" in s.title)
    browser.find_element(By.ID, f"state-{menu.id}").click()  # type: ignore[attr-defined]
    shown = browser.find_element(By.ID, "detail-twiml").text  # type: ignore[attr-defined]
    assert shown.startswith("<Response>") and "<Say>Thanks.</Say>" in shown
    details = browser.find_element(By.ID, "details").text  # type: ignore[attr-defined]
    assert "POST https://example.com/menu" in details and "Digits" in details

    [problem] = [s for s in flow.states.values() if s.kind == "problem"]
    drawn = browser.find_element(By.ID, f"state-{problem.id}")  # type: ignore[attr-defined]
    outline = drawn.find_element(By.CSS_SELECTOR, "path, polygon")
    assert outline.get_attribute("stroke").lower() == "#cf222e"
    summary = browser.find_element(By.ID, "summary").text  # type: ignore[attr-defined]
    assert f"flow coverage 2/{len(flow.edges)} branches" in summary
    legend = browser.find_element(By.CSS_SELECTOR, ".legend").text  # type: ignore[attr-defined]
    assert "edge driven by the tests" in legend and "edge no test drives" in legend
    shot = tmp_path / "flow.png"
    assert browser.save_screenshot(str(shot))  # type: ignore[attr-defined]
    assert shot.stat().st_size > 10_000
