"""Run every `benchmarks/bench_*.py` module's `run()` and print one table.

Each module returns rows with the keys name, unit, ours, official, ratio and target.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    rows: list[dict[str, object]] = []
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"running {path.name} ...", file=sys.stderr)
        rows.extend(module.run())
    name_width = max([len(str(r["name"])) for r in rows] + [9])
    columns = f"{'unit':<12} {'ours':>12} {'official':>12} {'ratio':>7}  target"
    print(f"{'benchmark':<{name_width}}  {columns}")
    for row in rows:
        official, ratio = row["official"], row["ratio"]
        print(
            f"{row['name']!s:<{name_width}}  {row['unit']!s:<12} {row['ours']!s:>12} "
            f"{'-' if official is None else official!s:>12} "
            f"{'-' if ratio is None else f'{ratio}x':>7}  {row['target']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
