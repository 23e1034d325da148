"""Building the round-tripper: a local model (``--mt-model NAME|DIR``, transformers or
CTranslate2), the offline gloss, or the user's own MT (``--mt-command``, ``--mt-url``, objects)."""

from __future__ import annotations

from pathlib import Path

from audit.roundtrip.apply import RoundTripper
from audit.roundtrip.base import (
    BackendUnavailableError,
    ModelNotAvailableError,
    RoundTripError,
    Translator,
    UnknownModelError,
)
from audit.roundtrip.cache import CachedTranslator, TranslationCache
from audit.roundtrip.device import cuda_available
from audit.roundtrip.gloss import GlossTranslator
from audit.roundtrip.models import (
    ModelSpec,
    ResolvedModel,
    default_model_name,
    find_spec,
    is_model_dir,
    load_manifest,
    locate,
    resolve_folder,
)
from audit.roundtrip.registry import get_backend

#: Files of which a model folder needs at least one for its tokenizer.
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "source.spm",
    "sentencepiece.bpe.model",
    "spiece.model",
    "vocab.json",
    "shared_vocabulary.json",
    "shared_vocabulary.txt",
)


def _make(resolved: ResolvedModel, backend: str, options: dict) -> Translator:
    if backend == "auto":
        backend = "ctranslate2" if resolved.kind == "ct2" else "transformers"
    if backend == "ctranslate2" and resolved.kind != "ct2":
        raise BackendUnavailableError(
            f"{resolved.path} is a transformers model; run `audit models convert` first or use --mt-backend transformers"
        )
    if backend == "transformers" and resolved.kind == "ct2":
        raise BackendUnavailableError(f"{resolved.path} is a CTranslate2 model; use --mt-backend ctranslate2")
    if not any((resolved.path / name).is_file() for name in TOKENIZER_FILES):
        raise BackendUnavailableError(
            f"{resolved.path}: model folder without a tokenizer (none of "
            f"{', '.join(TOKENIZER_FILES)}); copy the tokenizer files beside the weights"
        )
    try:
        return get_backend(backend)(resolved, **options)
    except RoundTripError:
        raise
    except Exception as exc:  # third-party loaders raise anything: OSError, TypeError, RuntimeError, …
        # a folder without a tokenizer, truncated weights, a CUDA failure: one line, not a traceback
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise BackendUnavailableError(f"{resolved.path}: cannot load the {backend} model ({first})") from None


def _cuda_available(backend: str) -> bool:
    """A GPU that ``backend`` can use: torch's, or CTranslate2's own CUDA runtime."""
    if cuda_available("torch"):
        return True
    return backend in ("auto", "ctranslate2") and cuda_available("ctranslate2")


def _local_pair(folder: Path) -> tuple[ResolvedModel, ResolvedModel | None]:
    """A model folder, or a folder with ``hi-en/`` and ``en-hi/`` model sub-folders."""
    if is_model_dir(folder):
        model = resolve_folder(folder)
        if model.direction not in (None, ("hi", "en")):
            raise UnknownModelError(
                f"{folder} translates {model.direction[0]}→{model.direction[1]}, not hi→en"
            )
        return model, (model if model.direction is None else None)
    fwd, back = folder / "hi-en", folder / "en-hi"
    if is_model_dir(fwd):
        return resolve_folder(fwd), (resolve_folder(back) if is_model_dir(back) else None)
    raise UnknownModelError(f"--mt-model {folder}: no model weights in this folder (nor in hi-en/, en-hi/)")


def build_roundtripper(
    mt_model: str | None,
    backend: str = "auto",
    device: str = "auto",
    cache_dir: Path | None = None,
    threads: int | None = None,
    beam: int = 1,
    *,
    max_new_tokens: int = 256,
    download: bool = True,
    embed: bool = True,
    enabled_codes: set[str] | None = None,
    batch_size: int | None = None,
    mt_command: str | None = None,
    mt_url: str | None = None,
    mt_api: str = "auto",
    mt_timeout: float | None = None,
    mt_retries: int = 3,
    mt_concurrency: int = 4,
    translator: Translator | None = None,
    back_translator: Translator | None = None,
) -> tuple[RoundTripper | None, str | None]:
    """The round-tripper for ``--mt-model NAME|DIR`` (None: the default model), and a skip note.

    Returns ``(roundtripper, None)`` with a neural model; ``(gloss_roundtripper, note)`` when no
    model is present but the FreeDict dictionary is; ``(None, note)`` when neither is. Raises
    :class:`UnknownModelError` when ``mt_model`` names no known model and no existing folder, and
    :class:`BackendUnavailableError` when the chosen backend cannot run it (both usage errors), and
    :class:`ModelNotAvailableError` when ``mt_model`` explicitly names a known model that is not on
    this machine (the message says how to fetch it; only the *default* model is silently skipped).

    The user's own MT instead of a local model: ``mt_command`` (:mod:`audit.roundtrip.command`),
    ``mt_url`` (:mod:`audit.roundtrip.http_backend`; ``mt_model`` then names the served model) or
    ``translator``/``back_translator`` objects (:func:`audit.roundtrip.external.as_translator`).
    """
    if backend not in ("auto", "transformers", "ctranslate2", "gloss"):
        raise UnknownModelError(
            f"--mt-backend must be auto, transformers, ctranslate2 or gloss, not {backend!r}"
        )
    cache = TranslationCache(cache_dir)
    # checked before a model is looked for: the gloss fallback would otherwise ignore the request
    if device not in ("auto", "cpu", "cuda"):
        raise BackendUnavailableError(f"--device must be auto, cpu or cuda, not {device!r}")
    if device == "cuda" and not _cuda_available(backend):
        raise BackendUnavailableError(
            "--device cuda: no CUDA device is available here; use --device cpu or auto"
        )
    options = {
        "device": device,
        "beam": beam,
        "threads": threads,
        "max_new_tokens": max_new_tokens,
        "batch_size": batch_size,
    }  # None: chosen per device (audit.roundtrip.device)

    def wrap(t: Translator) -> Translator:
        return CachedTranslator(t, cache)

    def gloss_or_none(note: str) -> tuple[RoundTripper | None, str | None]:
        try:
            gloss = GlossTranslator()
        except ModelNotAvailableError:
            return None, note
        return RoundTripper(wrap(gloss), label=gloss.model_id, note=note, enabled_codes=enabled_codes), note

    user = _user_translators(
        mt_command,
        mt_url,
        mt_api,
        mt_model,
        mt_timeout,
        mt_retries,
        mt_concurrency,
        translator,
        back_translator,
    )
    if user is not None:
        user_fwd, user_back, cached = user
        fwd_u = wrap(user_fwd) if cached else user_fwd
        back_u = (
            None
            if user_back is None
            else (fwd_u if user_back is user_fwd else (wrap(user_back) if cached else user_back))
        )
        return RoundTripper(
            fwd_u, back_u, label=user_fwd.model_id, enabled_codes=enabled_codes, embed=embed
        ), None

    if backend == "gloss":
        gloss = GlossTranslator()  # ModelNotAvailableError if the dictionary is missing
        return RoundTripper(wrap(gloss), label=gloss.model_id, enabled_codes=enabled_codes), None

    manifest = load_manifest()
    target = mt_model or default_model_name(manifest)
    path = Path(target).expanduser()
    spec = find_spec(target, manifest)
    if spec is None and path.is_dir():
        fwd_model, back_model = _local_pair(path)
        hi_en = _make(fwd_model, backend, options)
        en_hi = (
            None
            if back_model is None
            else (hi_en if back_model is fwd_model else _make(back_model, backend, options))
        )
    elif spec is not None:
        try:
            fwd_model = locate(spec, backend, download=download)
        except ModelNotAvailableError as exc:
            if mt_model:  # named explicitly: an error, not a silent skip
                raise ModelNotAvailableError(
                    f"--mt-model {mt_model}: {exc}; {fetch_hint(spec, manifest)}"
                ) from None
            return gloss_or_none(f"round-trip skipped: no model; {fetch_hint(spec, manifest)}")
        hi_en = _make(fwd_model, backend, options)
        en_hi = hi_en if spec.direction is None else None
        if spec.reverse and spec.reverse in manifest:
            try:
                en_hi = _make(locate(manifest[spec.reverse], backend, download=download), backend, options)
            except ModelNotAvailableError:
                en_hi = None
    else:
        raise UnknownModelError(
            f"--mt-model {target!r} names no known model (see `audit models list`) and no existing folder"
        )
    fwd_c = wrap(hi_en)
    back_c = None if en_hi is None else (fwd_c if en_hi is hi_en else wrap(en_hi))
    return RoundTripper(fwd_c, back_c, label=hi_en.model_id, enabled_codes=enabled_codes, embed=embed), None


def fetch_hint(spec: ModelSpec, manifest: dict[str, ModelSpec]) -> str:
    """``run `audit models fetch X` (hi→en) and `audit models fetch Y` (en→hi)``: both directions."""
    parts = [f"`audit models fetch {spec.name}`" + (" (hi→en)" if spec.direction == ("hi", "en") else "")]
    if spec.reverse and spec.reverse in manifest:
        parts.append(f"`audit models fetch {spec.reverse}` (en→hi)")
    return "run " + " and ".join(parts)


def _user_translators(
    mt_command: str | None,
    mt_url: str | None,
    mt_api: str,
    mt_model: str | None,
    timeout: float | None,
    retries: int,
    concurrency: int,
    translator: Translator | None,
    back_translator: Translator | None,
) -> tuple[Translator, Translator | None, bool] | None:
    """(hi→en, en→hi or None, whether to cache) for the user's own MT, or None for a local model."""
    chosen = [
        name
        for name, v in (("--mt-command", mt_command), ("--mt-url", mt_url), ("translator=", translator))
        if v
    ]
    if len(chosen) > 1:
        raise UnknownModelError(f"{' and '.join(chosen)} both name a translator; use one")
    if translator is not None:
        from audit.roundtrip.external import as_translator

        fwd = as_translator(translator)
        return fwd, (as_translator(back_translator) if back_translator is not None else None), False
    if mt_command:
        from audit.roundtrip.command import DEFAULT_TIMEOUT, CommandTranslator

        cmd = CommandTranslator(mt_command, timeout=timeout or DEFAULT_TIMEOUT)
        return cmd, (cmd if cmd.both_directions else None), True
    if mt_url:
        from audit.roundtrip.http_backend import HTTPTranslator

        http = HTTPTranslator(
            mt_url,
            api=mt_api,
            model=mt_model,
            timeout=timeout or 60.0,
            retries=retries,
            concurrency=concurrency,
        )
        return http, http, True
    return None
