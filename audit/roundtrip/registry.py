"""The backends by name (``--mt-backend``): importing this module registers the built-in ones.

A backend module registers its factory with :func:`audit.roundtrip.base.register_backend`; the
protocol module (``base``) never imports a backend, so the dependency runs one way:
``registry`` → backends → ``base``.
"""

from __future__ import annotations

import audit.roundtrip.ct2_backend  # noqa: F401  (registers "ctranslate2")
import audit.roundtrip.gloss  # noqa: F401  (registers "gloss")
import audit.roundtrip.transformers_backend  # noqa: F401  (registers "transformers")
from audit.roundtrip.base import BACKENDS, BackendFactory, UnknownModelError


def get_backend(name: str) -> BackendFactory:
    try:
        return BACKENDS[name]
    except KeyError:
        raise UnknownModelError(
            f"unknown MT backend {name!r}; choose from {', '.join(sorted(BACKENDS))}"
        ) from None
