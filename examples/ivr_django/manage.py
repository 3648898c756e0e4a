"""Django's command line for the example: `python examples/ivr_django/manage.py check`."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the project root
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "examples.ivr_django.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
