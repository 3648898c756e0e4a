"""Run every benchmark and write one table: ours against the official `twilio` package,
measured in the same run on the same machine.

    make bench        # prints the table, writes benchmarks/results.md, the docs page and README
"""

from __future__ import annotations

import importlib
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

BENCHMARKS = [
    "bench_twiml",
    "bench_webhooks",
    "bench_rest",
    "bench_simulator",
    "bench_explore",
    "bench_import",
]


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    return "—" if value is None else str(value)


def _versions() -> str:
    names = ["twiml-dsl", "twilio", "lxml", "httpx", "PyJWT"]
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pass
    return ", ".join(found)


def main() -> int:
    header = "| benchmark | unit | ours | official | ratio | target |"
    lines = [header, "|---|---|---:|---:|---:|---|"]
    for name in BENCHMARKS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            continue
        start = time.perf_counter()
        rows = module.run()
        took = time.perf_counter() - start
        for row in rows:
            ratio = row.get("ratio")
            lines.append(
                f"| {row['name']} | {row['unit']} | {_fmt(row['ours'])} | "
                f"{_fmt(row.get('official'))} | "
                f"{'—' if ratio is None else f'{ratio:.2f}x'} | {row.get('target', '')} |"
            )
        print(f"{name}: {took:.1f} s", file=sys.stderr)
    machine = (
        f"{platform.machine()}, {platform.processor() or 'cpu'}, "
        f"{len(__import__('os').sched_getaffinity(0))} cores, "
        f"Python {platform.python_version()}; {_versions()}"
    )
    table = "\n".join(lines)
    text = f"Measured {time.strftime('%Y-%m-%d')} on {machine}.\n\n{table}\n"
    (HERE / "results.md").write_text(text, encoding="utf-8")
    for page in (HERE.parent / "README.md", HERE.parent / "docs" / "benchmarks.md"):
        _update_between_markers(page, text)
    print(text)
    return 0


def _update_between_markers(page: Path, text: str) -> None:
    """Put the table between a page's benchmark markers, so no copy disagrees with the run."""
    start, end = "<!-- benchmarks: written by `make bench` -->\n", "<!-- /benchmarks -->"
    old = page.read_text(encoding="utf-8")
    head, found, rest = old.partition(start)
    if not found or end not in rest:
        print(f"{page.name} has no benchmark markers; left as it is", file=sys.stderr)
        return
    body = f"{start}\n{text}\n{end}"
    page.write_text(head + body + rest.partition(end)[2], encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
