"""The flow map as one self-contained HTML page: an SVG laid out by Graphviz, and a panel
that shows the TwiML and the request of the state clicked. No network, no CDN."""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

from ._flowmap import COVERED, UNCOVERED

if TYPE_CHECKING:
    from ._flowmap import FlowMap

__all__ = ["GraphvizNotFoundError", "html", "svg"]

_INSTALL = (
    "install Graphviz's dot program (Debian/Ubuntu: apt-get install graphviz; macOS: brew "
    "install graphviz; Windows: winget install graphviz) and the graphviz Python package "
    "(pip install 'twiml-dsl[explore]'); the text, Mermaid and DOT formats need neither"
)


class GraphvizNotFoundError(RuntimeError):
    """The HTML map needs Graphviz to lay out the graph, and it is not installed."""


def svg(dot: str) -> str:
    """The SVG Graphviz's `dot` lays out for a DOT graph, without its XML prolog."""
    try:
        import graphviz  # type: ignore[import-untyped]
    except ImportError:
        raise GraphvizNotFoundError(f"the HTML map needs Graphviz: {_INSTALL}") from None
    try:
        out = graphviz.Source(dot).pipe(format="svg", engine="dot", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        raise GraphvizNotFoundError(
            f"the HTML map needs Graphviz's dot program, which is not on PATH: {_INSTALL}"
        ) from None
    return str(out[out.index("<svg") :])


_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: flex; height: 100vh; }
main { flex: 1; overflow: auto; padding: 1em; }
aside { width: 34em; overflow: auto; padding: 1em; border-left: 1px solid #d0d7de;
        background: #f6f8fa; }
h1 { font-size: 1.2em; margin: 0 0 .5em; }
pre { background: #fff; border: 1px solid #d0d7de; padding: .5em; overflow: auto;
      white-space: pre-wrap; }
.legend span { display: inline-block; margin-right: 1.2em; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle;
          border: 1px solid #888; margin-right: .3em; }
.problems li { color: #cf222e; }
g.node { cursor: pointer; }
#map svg { max-width: 100%; height: auto; }
g.node.selected polygon, g.node.selected ellipse, g.node.selected path { stroke-width: 3;
          stroke: #0969da; }
table { border-collapse: collapse; } td { padding: 0 .5em 0 0; vertical-align: top; }
"""

_SCRIPT = """
const data = JSON.parse(document.getElementById('flow-data').textContent);
const panel = document.getElementById('details');
function show(id) {
  const s = data[id];
  if (!s) return;
  document.querySelectorAll('g.node.selected').forEach(n => n.classList.remove('selected'));
  const node = document.getElementById('state-' + id);
  if (node) node.classList.add('selected');
  const row = (k, v) => '<tr><td>' + k + '</td><td>' + v + '</td></tr>';
  const esc = t => t.replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'})[c]);
  let html = '<h2 id="detail-title">' + esc(s.title) + '</h2>';
  const path = s.path.length ? s.path.join(', ') : '(the call starts)';
  html += '<p><b>Path:</b> ' + esc(path) + '</p>';
  if (s.url) html += '<p><b>Request:</b> ' + esc(s.method + ' ' + s.url) + '</p>';
  const params = Object.entries(s.request);
  const rows = params.map(([k, v]) => row(esc(k), esc(v))).join('');
  if (params.length) html += '<table>' + rows + '</table>';
  if (s.twiml) html += '<h3>TwiML</h3><pre id="detail-twiml">' + esc(s.twiml) + '</pre>';
  panel.innerHTML = html;
}
document.querySelectorAll('g.node').forEach(node => {
  node.addEventListener('click', () => show(node.id.replace(/^state-/, '')));
});
"""


def html(flow: FlowMap, covered: set[tuple[str, str]] | None) -> str:
    """The page for `flow`; with `covered`, edges are green where tests went, red where not."""
    picture = svg(flow.to_dot(covered))
    data = {
        sid: {
            "title": state.title,
            "kind": state.kind,
            "method": state.method,
            "url": state.url,
            "twiml": state.twiml,
            "request": dict(state.request),
            "path": list(state.path),
        }
        for sid, state in flow.states.items()
    }
    payload = json.dumps(data, ensure_ascii=True).replace("</", "<\\/")
    legend = [
        '<span><i class="swatch" style="background:#ddf4ff"></i>start</span>',
        '<span><i class="swatch" style="background:#f6f8fa"></i>TwiML state</span>',
        '<span><i class="swatch" style="background:#eeeeee"></i>end of call</span>',
        '<span><i class="swatch" style="background:#ffebe9;border:2px solid #cf222e"></i>'
        "problem</span>",
    ]
    summary = flow.summary()
    if covered is not None:
        keys = flow.edge_keys()
        hit = len(keys & covered)
        percent = 100 * hit / len(keys) if keys else 100.0
        legend += [
            f'<span><i class="swatch" style="background:{COVERED}"></i>'
            "edge driven by the tests</span>",
            f'<span><i class="swatch" style="background:{UNCOVERED}"></i>'
            "edge no test drives (dashed)</span>",
        ]
        summary += f"; flow coverage {hit}/{len(keys)} branches ({percent:.0f}%)"
    problems = "".join(f"<li>{escape(str(p))}</li>" for p in flow.problems)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Call flow map</title>
<style>{_STYLE}</style></head>
<body><main>
<h1>Call flow map</h1>
<p id="summary">{escape(summary)}</p>
<p class="legend">{"".join(legend)}</p>
{f'<ul class="problems">{problems}</ul>' if problems else ""}
<div id="map">{picture}</div>
</main>
<aside id="details"><p>Click a state to see its TwiML and the request that fetched it.</p></aside>
<script type="application/json" id="flow-data">{payload}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
