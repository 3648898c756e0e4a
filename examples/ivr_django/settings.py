"""Settings of the example Django project; the Twilio settings come from the environment.

TWILIO_AUTH_TOKEN (and TWILIO_WEBHOOK_PUBLIC_URL for a tunnel) are read from the
environment by the decorator; `manage.py check` reports a missing token, because
`twiml_dsl.django` is installed below.
"""

from __future__ import annotations

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-no-sessions-or-signing-use-it")
DEBUG = False
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
INSTALLED_APPS = ["twiml_dsl.django"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",  # the webhooks are exempt: Twilio signs them
]
ROOT_URLCONF = "examples.ivr_django.urls"
WSGI_APPLICATION = "examples.ivr_django.wsgi.application"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
