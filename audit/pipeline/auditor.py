"""The Auditor: segments in, scored results out. The CLI and the pytest plugin sit on it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import groupby
from pathlib import Path
from time import process_time
from typing import Any

from audit.core.gctune import fewer_collections
from audit.core.invisible import CleanView, clean_view, has_invisible, invisible_codes, strip_invisible
from audit.core.io import Columns, read_inputs
from audit.core.model import Finding, Segment, SegmentResult
from audit.core.segment import detect_language
from audit.glossary import as_glossary
from audit.glossary.match import compile_glossary
from audit.pipeline.result_cache import ResultCache
from audit.roundtrip import build_roundtripper
from audit.roundtrip.apply import mark_skipped
from audit.rules.names_reference import ReferenceCorpus
from audit.rules.registry import CheckContext, Rule, selected_rules, skipped_note, validate_rule_config
from audit.rules.source.coverage import prefetch
from audit.rules.source.veto import vetoed
from audit.scoring.consensus import add_similar_disagreement
from audit.scoring.features import add_source_scores
from audit.scoring.metrics import DEFAULT_REF_METRICS, ref_metric_names
from audit.scoring.risk import RiskModel, load_risk_model


class Auditor:
    """Run the selected checks over segments and score each one.

    ``translator`` (and optionally ``back_translator`` for en→hi) plugs in any MT object with
    ``translate(texts: list[str], src_lang: str, tgt_lang: str) -> list[str]`` — the
    :class:`audit.roundtrip.Translator` protocol; its ``model_id``/``revision``/``decoding``
    attributes are optional. Flagged segments are then round-tripped through it.

    ``rule_config`` overrides rules' declared settings, as ``[tool.audit.rules.CODE]`` does:
    ``Auditor(rule_config={"HI401": {"min_similarity": 0.8}})`` (ValueError for an unknown rule
    or setting or a wrongly typed value).

    >>> auditor = Auditor(select=["HI3"])
    >>> [r.flagged for r in auditor.check(["यह ठीक वाक्य है।"])]
    [False]
    """

    def __init__(
        self,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        *,
        reference_corpus: Sequence[str | Path] | None = None,
        threshold: float | None = None,
        risk_model: RiskModel | None = None,
        mt_model: str | None = None,
        roundtrip: str = "none",
        cache: bool = False,
        cache_dir: str | Path | None = None,
        translator: Any = None,
        back_translator: Any = None,
        glossary: Any = None,
        embeddings: bool = False,
        rule_config: Mapping[str, Mapping[str, Any]] | None = None,
        ref_metrics: str | Iterable[str] | None = None,
    ) -> None:
        if threshold is not None and not (isinstance(threshold, (int, float)) and 0.0 <= threshold <= 1.0):
            raise ValueError(f"threshold must be a number between 0 and 1, got {threshold!r}")
        self.rules: list[Rule] = selected_rules(select, ignore)
        # overrides of rules' declared settings ({"HI401": {"max_zipf_hi": 2.0}}, [tool.audit.rules])
        self.rule_config = validate_rule_config(rule_config or {})
        #: one line naming selected rules skipped for a missing optional resource (or None)
        self.resource_note: str | None = skipped_note(self.rules)
        # clause-level embeddings are costly: computed only when a rule that needs them runs
        self._clause_gains = any("embeddings" in r.needs for r in self.rules)
        # src↔MT (and ref↔MT) e5 similarity as a score: off by default, it costs ~95% of a
        # source-aware run for a small ranking gain (docs/performance.md); rules that need
        # embeddings (HI510/HI511) compute them whatever this says
        self.embeddings = bool(embeddings)
        #: the reference metrics of segments with a reference (chrF, chrF++, BLEU unless asked:
        #: TER costs ~6× the other three together, audit.scoring.metrics)
        self.ref_metrics: tuple[str, ...] = ref_metric_names(ref_metrics)
        self.reference = None
        if reference_corpus:
            self.reference = ReferenceCorpus.from_paths([Path(p) for p in reference_corpus])
        self.glossary = None  # a user's glossary for the HI8xx rules: paths or an audit.glossary.Glossary
        loaded = as_glossary(glossary)
        if loaded is not None and len(loaded):
            self.glossary = compile_glossary(loaded)
        else:  # rules that read a glossary have nothing to do without one (and stay out of reports)
            self.rules = [r for r in self.rules if "glossary" not in r.needs]
        self._dispatch: dict[tuple[bool, bool], list[Rule]] = {}  # see _run_rules
        self._dispatch_of: list[Rule] = self.rules
        #: CPU seconds spent in each rule (code → seconds) when :meth:`profile_rules` turned it on
        self.rule_seconds: dict[str, float] | None = None
        self.result_cache = None
        if cache:
            self.result_cache = ResultCache(Path(cache_dir) if cache_dir else None)
        self._reference_fingerprint = files_fingerprint(reference_corpus or [])
        self._risk_models: dict[str, RiskModel] = {}
        self._risk_override = risk_model
        self.threshold = threshold
        self.mt_model = mt_model
        self.roundtrip_mode = roundtrip
        self.roundtripper: Any = None
        self.roundtrip_note: str | None = None
        if translator is not None:
            # the user's own MT (any object with translate(texts, src_lang, tgt_lang)); round-trips
            # the flagged segments unless ``roundtrip`` says otherwise
            self.roundtrip_mode = "flagged" if roundtrip == "none" else roundtrip
            self.setup_roundtrip(None, translator=translator, back_translator=back_translator)
        elif roundtrip != "none":
            self.setup_roundtrip(mt_model)

    def setup_roundtrip(self, mt_model: str | None, **options: Any) -> None:
        """Build the round-tripper (None: the default model when present). Raises RoundTripError."""
        self.roundtripper, self.roundtrip_note = build_roundtripper(
            mt_model, enabled_codes={r.code for r in self.rules}, **options
        )

    # ---- scoring -----------------------------------------------------------------------
    def risk_model(self, with_source: bool) -> RiskModel:
        if self._risk_override is not None:
            return self._risk_override
        name = "with_source" if with_source else "hindi_only"
        if name not in self._risk_models:
            try:
                self._risk_models[name] = load_risk_model(name)
            except KeyError:
                self._risk_models[name] = load_risk_model("hindi_only")
        return self._risk_models[name]

    @property
    def effective_threshold(self) -> float:
        return self.threshold if self.threshold is not None else self.risk_model(False).threshold

    # ---- checking ----------------------------------------------------------------------
    def _check_document(self, segments: list[Segment]) -> list[SegmentResult]:
        for seg in segments:
            _warn_invisible(seg)
        key = None
        if self.result_cache is not None and self._risk_override is None:
            key = self.result_cache.key(segments, self._cache_settings())
            cached = self.result_cache.get(key, segments)
            if cached is not None:
                return cached
        input_warnings = [len(s.warnings) for s in segments]
        # the rules see the text without invisible characters (a zero-width space inside a name
        # must not hide it); their offsets are mapped back to the text as written
        views = [clean_view(s.text) for s in segments]
        seen = [
            s if v.text == s.text else replace(s, text=v.text, src=strip_invisible(s.src))
            for s, v in zip(segments, views)
        ]
        ctx = CheckContext(
            document=seen, reference=self.reference, glossary=self.glossary, rule_config=self.rule_config
        )
        self._prefetch(seen)
        results = []
        for seg, work, view in zip(segments, seen, views):
            findings = self._run_rules(work, ctx)
            if work is not seg:
                findings = [_map_back(f, view, seg.text) for f in findings]
            results.append(SegmentResult(segment=seg, findings=dedupe_findings(findings)))
        self._add_scores(results)
        for result in results:
            model = self.risk_model(with_source=bool(result.segment.src))
            model.score(result, self.threshold)
        if key is not None and self.result_cache is not None:
            self.result_cache.put(key, results, input_warnings)
        return results

    def _cache_settings(self) -> dict[str, Any]:
        settings: dict[str, Any] = {
            "rules": [r.code for r in self.rules],
            "threshold": self.threshold,
            "reference": self._reference_fingerprint,
            "embeddings": self.embeddings,
            "glossary": self.glossary.fingerprint if self.glossary is not None else None,
        }
        if self.rule_config:  # only when set: the keys of runs without overrides stay as they were
            settings["rule_config"] = self.rule_config
        if self.ref_metrics != DEFAULT_REF_METRICS:
            settings["ref_metrics"] = list(self.ref_metrics)
        return settings

    def profile_rules(self) -> dict[str, float]:
        """Time every rule's ``run`` from now on (CPU seconds per rule code, ``audit check --profile``);
        returns the table it fills. Off by default: timing costs two clock reads per rule and segment."""
        if self.rule_seconds is None:
            self.rule_seconds = {}
        return self.rule_seconds

    def _run_rules(self, seg: Segment, ctx: CheckContext) -> list[Finding]:
        """Hindi segments get every rule; others only source-aware ones (wrong language, copies)."""
        has_text = bool(seg.text.strip())
        if not has_text and not seg.src:
            return []
        # the rules to run, in registry order: source-aware ones need a source, the others
        # Hindi text; the four combinations are worked out once per rule selection
        key = (bool(seg.src), seg.is_hindi and has_text)
        if self._dispatch_of is not self.rules:  # the selection was replaced
            self._dispatch, self._dispatch_of = {}, self.rules
        rules = self._dispatch.get(key)
        if rules is None:
            rules = self._dispatch[key] = [r for r in self.rules if (key[0] if r.needs_source else key[1])]
        findings: list[Finding] = []
        timing = self.rule_seconds
        for rule in rules:
            try:
                if timing is None:
                    found = rule.run(seg, ctx)
                else:
                    began = process_time()
                    try:
                        found = rule.run(seg, ctx)
                    finally:
                        timing[rule.code] = timing.get(rule.code, 0.0) + process_time() - began
                if seg.src and rule.source_veto and found:
                    found = [f for f in found if not source_vetoed(rule.source_veto, f, seg.src)]
                findings.extend(found)
            except Exception as exc:  # one broken rule must not lose the whole run
                seg.warnings.append(
                    f"rule {rule.code} failed on this segment: "
                    f"{type(exc).__name__}: {exc} (please report this)"
                )
        return findings

    def _prefetch(self, segments: list[Segment]) -> None:
        """Embed in one batch what the embedding-based source rules will ask for."""
        if any(s.src for s in segments) and self._clause_gains:
            prefetch(segments)

    def _add_scores(self, results: list[SegmentResult]) -> None:
        """Scores shown beside the findings and used by the risk model: source-aware ones when
        the segment has ``src``, reference metrics when it has ``ref``."""
        scored = [r for r in results if (r.segment.src or r.segment.ref) and r.segment.is_hindi]
        if scored:
            add_source_scores(
                scored,
                clause_gains=self._clause_gains,
                embeddings=self.embeddings,
                ref_metrics=self.ref_metrics,
            )
        add_similar_disagreement([r for r in results if r.segment.is_hindi])  # needs no source

    def iter_check(self, segments: Iterable[Segment]) -> Iterator[SegmentResult]:
        """Audit a stream of segments document by document (consecutive segments of a doc).

        The garbage collector runs less often until the stream ends (:mod:`audit.core.gctune`)."""
        with fewer_collections():
            for _, group in groupby(segments, key=lambda s: s.doc):
                yield from self._check_document(list(group))

    def check_segments(self, segments: Iterable[Segment]) -> list[SegmentResult]:
        results = list(self.iter_check(segments))
        self.apply_roundtrip(results)
        return results

    def apply_roundtrip(self, results: list[SegmentResult]) -> None:
        """Round-trip the selected results (``roundtrip_mode``); HI6xx findings feed their risk."""
        if self.roundtrip_mode == "none":
            return
        if self.roundtripper is None:
            if self.roundtrip_note:
                mark_skipped(results, self.roundtrip_note, self.roundtrip_mode)
            return
        before = {id(r): len(r.findings) for r in results}
        self.roundtripper.run(results, self.roundtrip_mode, rule_config=self.rule_config)
        for r in results:
            if len(r.findings) != before[id(r)]:
                r.findings = dedupe_findings(r.findings)
                self.risk_model(with_source=bool(r.segment.src)).score(r, self.threshold)

    def check(
        self,
        texts: Sequence[str],
        sources: Sequence[str | None] | None = None,
        refs: Sequence[str | None] | None = None,
        ids: Sequence[str | None] | None = None,
        doc: str = "<input>",
    ) -> list[SegmentResult]:
        """Audit each text as one segment (no further splitting)."""
        texts = _text_list("texts", texts, optional=False)
        sources = _text_list("sources", sources) if sources is not None else None
        refs = _text_list("refs", refs) if refs is not None else None
        ids = _text_list("ids", ids) if ids is not None else None
        for name, seq in (("sources", sources), ("refs", refs), ("ids", ids)):
            if seq is not None and len(seq) != len(texts):
                raise ValueError(f"{name} has {len(seq)} items but texts has {len(texts)}")
        segments = [
            Segment(
                doc=doc,
                index=i + 1,
                text=text,
                src=sources[i] if sources is not None else None,
                ref=refs[i] if refs is not None else None,
                id=ids[i] if ids is not None else None,
                lang=detect_language(text) if text.strip() else "und",
            )
            for i, text in enumerate(texts)
        ]
        return self.check_segments(segments)

    def check_paths(self, paths: Sequence[str | Path], columns: Columns | None = None) -> list[SegmentResult]:
        return self.check_segments(read_inputs(paths, columns or Columns()))

    def check_frame(self, frame: Any, mt: str = "mt", src: str | None = None, ref: str | None = None) -> Any:
        """pandas in, pandas out: the frame plus ``risk``, ``flagged``, ``n_findings``, ``codes``."""
        for name, col in (("mt", mt), ("src", src), ("ref", ref)):
            if col is not None and col not in frame.columns:
                raise ValueError(
                    f"{name}={col!r}: no such column (columns: {', '.join(map(str, frame.columns))})"
                )
        texts = [_frame_cell(v) or "" for v in frame[mt].tolist()]
        sources = [_frame_cell(v) for v in frame[src].tolist()] if src else None
        refs = [_frame_cell(v) for v in frame[ref].tolist()] if ref else None
        results = self.check(texts, sources=sources, refs=refs)
        out = frame.copy()
        out["risk"] = [r.risk for r in results]
        out["flagged"] = [r.flagged for r in results]
        out["n_findings"] = [len(r.findings) for r in results]
        out["codes"] = [",".join(f.code for f in r.findings) for r in results]
        return out


def source_vetoed(kind: str, finding: Finding, src: str) -> bool:
    """Whether the English source rules out a Hindi-only finding (the rule's ``source_veto``
    declaration; audit/rules/source/veto.py)."""
    english = (finding.evidence or {}).get("english")
    return isinstance(english, str) and vetoed(kind, english, src, finding.span)


def _warn_invisible(seg: Segment) -> None:
    """Every entry point (CLI, API, pytest plugin) warns about invisible characters in the text."""
    if has_invisible(seg.text) and not any(w.startswith("contains invisible") for w in seg.warnings):
        seg.warnings.append(
            f"contains invisible characters ({', '.join(invisible_codes(seg.text))}); audited "
            "without them, offsets refer to the text as written"
        )


def _map_back(finding: Finding, view: CleanView, original: str) -> Finding:
    start, end = view.span(finding.start, finding.end)
    return replace(finding, start=start, end=end, span=original[start:end])


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _text_list(name: str, values: Any, optional: bool = True) -> list[Any]:
    """``values`` as a list of str (None allowed where ``optional``); anything else is a ValueError.

    One string would be audited character by character, a number or None as its repr.
    """
    if isinstance(values, (str, bytes)):
        raise ValueError(f"{name} must be a list of strings, not one string: use [{name[:-1]}]")
    try:
        items = list(values)
    except TypeError:
        raise ValueError(f"{name} must be a list of strings, got {type(values).__name__}") from None
    for i, v in enumerate(items):
        surrogate = _SURROGATE_RE.search(v) if isinstance(v, str) else None
        if surrogate is not None:
            raise ValueError(
                f"{name}[{i}] holds an unpaired surrogate ({surrogate.group()!r}); not valid Unicode text"
            )
        if isinstance(v, str) or (optional and v is None):
            continue
        raise ValueError(
            f"{name}[{i}] is {type(v).__name__} ({v!r:.40}); expected a string"
            + ("" if optional else " (use '' for an empty segment)")
        )
    return items


def _frame_cell(value: Any) -> str | None:
    """A pandas cell as text: None/NaN/NA are missing (never the text "nan"), numbers become text."""
    import pandas as pd

    if isinstance(value, (list, dict, tuple, set, bytes)):
        raise ValueError(f"cell {value!r:.40} is {type(value).__name__}; expected text")
    if pd.isna(value):
        return None
    return str(value)


def files_fingerprint(paths: Sequence[str | Path]) -> list[list[Any]]:
    """(path, mtime, size) of every reference-corpus file, read once: part of the cache key."""
    out: list[list[Any]] = []
    for name in sorted(str(p) for p in paths):
        path = Path(name)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        out += [[str(f), f.stat().st_mtime_ns, f.stat().st_size] for f in files if f.exists()]
    return out


def dedupe_findings(findings: list[Finding]) -> list[Finding]:
    """Drop exact duplicates and findings wholly inside a longer one of the same category.

    A finding that could not locate its error (``evidence.unlocated``: the whole segment)
    never hides another one.
    """
    findings = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), f.code))
    kept: list[Finding] = []
    # every kept finding starts at or before the current one (sorted), so it lies inside one of its
    # category iff the furthest end kept so far reaches its end: one pass, not all pairs
    reach: dict[str, int] = {}
    for f in findings:
        if reach.get(f.category, -1) >= f.end:
            continue
        kept.append(f)
        if not (f.evidence or {}).get("unlocated"):  # a whole-segment finding hides nothing
            reach[f.category] = max(reach.get(f.category, -1), f.end)
    return kept
