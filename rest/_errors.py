"""The errors the REST client raises.

TwilioError                      root of everything raised here
├── ConfigurationError           no credentials, or unusable settings
└── ... (transport and API errors are added beside it)
"""

from __future__ import annotations

__all__ = ["ConfigurationError", "TwilioError"]


class TwilioError(Exception):
    """Root of every error this package raises."""


class ConfigurationError(TwilioError):
    """Credentials or settings are missing or unusable."""
