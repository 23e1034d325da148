"""Round trip hi→en→hi through an open MT model (transformers, CTranslate2) or an offline gloss.

Entry point: :func:`build_roundtripper`, then ``RoundTripper.run(results, mode)``. Importing this
package does not import torch; backends load their libraries when first used.
"""

from audit.roundtrip.apply import MODES, RoundTripper, sacrebleu_signatures
from audit.roundtrip.base import (
    BackendUnavailableError,
    ModelNotAvailableError,
    RoundTripError,
    Translator,
    UnknownModelError,
)
from audit.roundtrip.build import build_roundtripper

__all__ = [
    "MODES",
    "BackendUnavailableError",
    "ModelNotAvailableError",
    "RoundTripError",
    "RoundTripper",
    "Translator",
    "UnknownModelError",
    "build_roundtripper",
    "sacrebleu_signatures",
]
