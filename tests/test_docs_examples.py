"""The rules that check the examples in README.md and docs/ (the root conftest.py) catch
what they promise to: a wrong output, output with nothing that printed it, invalid TwiML, a
console run that prints something else, and a block that neither runs nor says why."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
# Every kind of block, right

```python
from twiml_dsl import VoiceResponse

r = VoiceResponse()
r.hangup()
print(r.to_xml(xml_declaration=False))
```

```xml
<Response><Hangup/></Response>
```

```xml
<Response><Say>A document shown on its own must be TwiML.</Say></Response>
```

```pycon
>>> r.gather(num_digit=1)
Traceback (most recent call last):
  ...
twiml_dsl.UnknownAttributeError: <Gather> has no attribute 'num_digit'; did you mean 'num_digits'?
```

```console
$ export GREETING=hello
$ echo "$GREETING ...$((6 * 7))"
hello ...42
```

<!-- skip: next "shows a command to type" -->
```sh
make demo
```
"""

BAD = """\
# Every kind of block, wrong

```python
print("one")
```

```text
two
```

```text
Nothing printed this.
```

```xml
<Response><Gather><Dial>+15550001111</Dial></Gather></Response>
```

```console
$ echo three
four
```

```sh
make demo
```
"""


def test_each_kind_of_block_is_checked(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    shutil.copy(ROOT / "conftest.py", tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n")
    (tmp_path / "docs" / "good.md").write_text(GOOD)
    (tmp_path / "docs" / "bad.md").write_text(BAD)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--tb=short", "-rfs"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    failed = re.findall(r"^FAILED docs/(\w+)\.md::line:(\d+)", done.stdout, re.MULTILINE)
    assert sorted((page, int(line)) for page, line in failed) == [
        ("bad", 7),  # printed "one", shows "two"
        ("bad", 11),  # text that nothing printed
        ("bad", 15),  # not valid TwiML
        ("bad", 19),  # the command prints "three"
        ("bad", 24),  # neither runs nor says why not
    ], done.stdout
    assert "5 failed, 7 passed, 1 skipped" in done.stdout, done.stdout  # a skip note is one
    assert "shows a command to type" in done.stdout
    assert "<Gather> may contain" in done.stdout  # parse()'s own message
    assert 'mark it <!-- skip: next "why it does not run" -->' in done.stdout
