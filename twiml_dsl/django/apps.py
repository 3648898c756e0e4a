"""The Django app that `INSTALLED_APPS = [..., "twiml_dsl.django"]` installs: its system checks."""

from __future__ import annotations

from django.apps import AppConfig


class TwimlDslConfig(AppConfig):
    """Registers the webhook settings check, so `manage.py check` reports a missing token."""

    name = "twiml_dsl.django"
    label = "twiml_dsl"
    verbose_name = "twiml-dsl Twilio webhooks"
