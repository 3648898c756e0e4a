"""The WSGI app for a server: `waitress-serve examples.ivr_django.wsgi:application`."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "examples.ivr_django.settings")
application = get_wsgi_application()
