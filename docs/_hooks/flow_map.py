"""MkDocs hook: the flow-map page shows a map of the example phone tree, explored when the
site is built, so the picture always matches the code.

`<!-- flow-map -->` on a page becomes the text map and an embedded HTML map (written as
`example-flow-map.html` beside the pages). The HTML map needs Graphviz (the `graphviz`
package from the `explore` extra and its `dot` program); `extra.flow_map: false` in
mkdocs.yml turns the map into a note for a build without them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

MARKER = "<!-- flow-map -->"
HTML_NAME = "example-flow-map.html"
ROOT = Path(__file__).resolve().parents[2]
_explored: Any = None


def _flow() -> Any:
    """Explore the example Flask app once per build, in process, with signatures on."""
    global _explored
    if _explored is None:
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from examples.ivr_flask import create_app
        from examples.phone_tree import DEMO_AUTH_TOKEN
        from twiml_dsl.testing import explore

        app = create_app(DEMO_AUTH_TOKEN)
        url, token = "https://example.com/voice", DEMO_AUTH_TOKEN
        _explored = explore(app, url=url, sms_url="/sms", auth_token=token)
    return _explored


def on_files(files: Files, config: Any, **_: Any) -> Files:
    if config["extra"].get("flow_map"):
        files.append(File.generated(config, HTML_NAME, content=_flow().to_html()))
    return files


def on_page_markdown(markdown: str, config: Any, **_: Any) -> str:
    if MARKER not in markdown:
        return markdown
    if not config["extra"].get("flow_map"):
        note = "The map of the example app is drawn here when the site is built.\n"
        return markdown.replace(MARKER, note)
    flow = _flow()
    shown = (
        f"```text\n{flow.to_text()}```\n\n"
        f'<iframe src="../{HTML_NAME}" title="Flow map of the example phone tree" '
        'style="width: 100%; height: 36rem; border: 1px solid #ddd"></iframe>\n\n'
        f"[Open the map on its own page]({HTML_NAME}){{: target=_blank }}\n"
    )
    return markdown.replace(MARKER, shown)
