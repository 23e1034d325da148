"""Model manifest and resolution of ``--mt-model NAME|DIR`` to weights on disk.

The manifest ships inside the package (``audit/data/models.toml``), so an installed wheel knows
its models; downloaded weights live in the Hugging Face cache (``HF_HOME``) and CTranslate2
conversions in the user cache folder (``<user cache>/hindi-mt-audit/models/<name>-ct2/``,
``AUDIT_MODELS_DIR`` to put them elsewhere). A source checkout's ``models/`` folder is still
read for weights placed there by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from audit.core.data import data_text
from audit.roundtrip.base import BackendUnavailableError, ModelNotAvailableError, UnknownModelError

REPO_MODELS = Path(__file__).resolve().parents[2] / "models"
SIDECAR = "audit-model.json"  # written next to converted weights: family, languages, source revision
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.bin")


@dataclass(frozen=True)
class ModelSpec:
    """One manifest entry."""

    name: str
    hub_id: str
    revision: str
    licence: str
    size_mb: int
    languages: tuple[str, ...]
    backend: str
    family: str  # marian | nllb | m2m100
    direction: tuple[str, str] | None = None  # single-direction models (Marian)
    reverse: str | None = None  # manifest name of the model for the other direction
    default: bool = False


@dataclass
class ResolvedModel:
    """A model folder on disk, ready for a backend."""

    model_id: str
    path: Path
    family: str
    kind: str  # "transformers" | "ct2"
    direction: tuple[str, str] | None
    revision: str
    name: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def models_dir() -> Path:
    """Where converted weights go: ``AUDIT_MODELS_DIR`` or ``models/`` in the user cache folder."""
    env = os.environ.get("AUDIT_MODELS_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("hindi-mt-audit")) / "models"


def _model_folders(name: str) -> list[Path]:
    """Folders that may hold ``name``'s weights: the models folder, then a source checkout's ``models/``."""
    folders = [models_dir() / name]
    if not os.environ.get("AUDIT_MODELS_DIR") and (REPO_MODELS / name).is_dir():
        folders.append(REPO_MODELS / name)
    return folders


def load_manifest(path: Path | None = None) -> dict[str, ModelSpec]:
    """The model manifest: ``path``, a ``manifest.toml`` in the models folder, or the packaged one."""
    path = path or (models_dir() / "manifest.toml")
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    else:
        text = data_text("models.toml")
    data = tomllib.loads(text)
    specs: dict[str, ModelSpec] = {}
    for entry in data.get("model", []):
        direction = tuple(entry["direction"]) if entry.get("direction") else None
        specs[entry["name"]] = ModelSpec(
            name=entry["name"],
            hub_id=entry["hub_id"],
            revision=entry.get("revision", "main"),
            licence=entry["licence"],
            size_mb=int(entry.get("size_mb", 0)),
            languages=tuple(entry.get("languages", [])),
            backend=entry.get("backend", "transformers"),
            family=entry["family"],
            direction=direction,  # type: ignore[arg-type]
            reverse=entry.get("reverse"),
            default=bool(entry.get("default", False)),
        )
    return specs


def default_model_name(manifest: dict[str, ModelSpec] | None = None) -> str:
    manifest = manifest or load_manifest()
    return next((s.name for s in manifest.values() if s.default), "opus-mt-hi-en")


def find_spec(name: str, manifest: dict[str, ModelSpec] | None = None) -> ModelSpec | None:
    """A manifest entry by name or hub id."""
    manifest = manifest or load_manifest()
    if name in manifest:
        return manifest[name]
    return next((s for s in manifest.values() if s.hub_id.lower() == name.lower()), None)


# --------------------------------------------------------------------------- folders


def _json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def content_revision(folder: Path) -> str:
    """Revision of a local folder: the hub commit for cache snapshots, else a content hash."""
    if folder.parent.name == "snapshots" and len(folder.name) == 40:
        return folder.name
    side = _json(folder / SIDECAR)
    h = hashlib.sha256()
    for name in ("config.json", *WEIGHT_FILES):
        f = folder / name
        if not f.is_file():
            continue
        size = f.stat().st_size
        h.update(f"{name}:{size}".encode())
        with f.open("rb") as fh:
            h.update(fh.read(1 << 20))
            if size > 2 << 20:
                fh.seek(-(1 << 20), os.SEEK_END)
                h.update(fh.read())
    digest = h.hexdigest()[:16]
    return f"{side['revision']}+{digest}" if side.get("revision") else digest


def is_model_dir(folder: Path) -> bool:
    return folder.is_dir() and any((folder / w).is_file() for w in WEIGHT_FILES)


def detect_family(folder: Path) -> str:
    side = _json(folder / SIDECAR)
    if side.get("family"):
        return side["family"]
    tok_class = str(_json(folder / "tokenizer_config.json").get("tokenizer_class", "")).lower()
    model_type = str(_json(folder / "config.json").get("model_type", "")).lower()
    if "nllb" in tok_class:
        return "nllb"
    if "m2m100" in tok_class or model_type == "m2m_100":
        return "m2m100"
    if "marian" in tok_class or model_type == "marian" or (folder / "source.spm").is_file():
        return "marian"
    raise UnknownModelError(
        f"{folder}: cannot tell which model family this is (no Marian/NLLB/M2M100 config)"
    )


def detect_direction(folder: Path, family: str) -> tuple[str, str] | None:
    if family != "marian":
        return None
    side = _json(folder / SIDECAR)
    if side.get("direction"):
        return tuple(side["direction"])  # type: ignore[return-value]
    cfg = _json(folder / "tokenizer_config.json")
    if cfg.get("source_lang") and cfg.get("target_lang"):
        return (str(cfg["source_lang"]), str(cfg["target_lang"]))
    for a, b in (("hi", "en"), ("en", "hi")):
        if f"{a}-{b}" in folder.name:
            return (a, b)
    return None


def resolve_folder(folder: Path, name: str | None = None) -> ResolvedModel:
    """Describe a model folder (transformers ``save_pretrained`` output or a CTranslate2 conversion)."""
    folder = folder.resolve()
    if not is_model_dir(folder):
        raise UnknownModelError(
            f"{folder} holds no model weights (config.json + model.safetensors / model.bin)"
        )
    family = detect_family(folder)
    kind = "ct2" if (folder / "model.bin").is_file() else "transformers"
    side = _json(folder / SIDECAR)
    return ResolvedModel(
        model_id=side.get("model_id") or name or folder.name,
        path=folder,
        family=family,
        kind=kind,
        direction=detect_direction(folder, family),
        revision=content_revision(folder),
        name=name,
    )


class LocalModelBackend:
    """What the two backends of a local model folder (transformers, CTranslate2) record alike."""

    resolved: ResolvedModel
    model_id: str
    revision: str
    family: str
    direction: tuple[str, str] | None
    beam: int
    decoding: str
    max_new_tokens: int
    fixed_new_tokens: bool
    decoded_tokens: int

    def _adopt(
        self,
        model: ResolvedModel | Path,
        kind: str,
        wrong_kind: str,
        *,
        beam: int,
        max_new_tokens: int,
        fixed_new_tokens: bool,
    ) -> ResolvedModel:
        """The model folder described (refused, with ``wrong_kind`` after its path, if it is not of
        ``kind``) and its identity and decoding settings set on the backend."""
        resolved = model if isinstance(model, ResolvedModel) else resolve_folder(Path(model))
        if resolved.kind != kind:
            raise BackendUnavailableError(f"{resolved.path} {wrong_kind}")
        self.resolved = resolved
        self.model_id = resolved.model_id
        self.revision = resolved.revision
        self.family = resolved.family
        self.direction = resolved.direction
        self.beam = max(1, int(beam))
        self.decoding = "greedy" if self.beam == 1 else f"beam{self.beam}"
        self.max_new_tokens = max_new_tokens
        self.fixed_new_tokens = fixed_new_tokens
        self.decoded_tokens = 0  # output tokens generated so far (benchmarks compare backends on it)
        return resolved


# --------------------------------------------------------------------------- hub


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def hub_reachable(timeout: float = 1.5) -> bool:
    """False at once under ``HF_HUB_OFFLINE``; else a single short TCP connect to the endpoint."""
    if hub_offline():
        return False
    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        with socket.create_connection((url.hostname or "huggingface.co", port), timeout=timeout):
            return True
    except OSError:
        return False


def cached_snapshot(spec: ModelSpec) -> Path | None:
    """The model's folder in the local Hugging Face cache, without touching the network."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    try:
        path = Path(snapshot_download(spec.hub_id, revision=spec.revision, local_files_only=True))
    except Exception:  # not in the cache (LocalEntryNotFoundError and friends)
        return None
    return path if is_model_dir(path) else None


def fetch(spec: ModelSpec) -> Path:
    """Download ``spec`` into the Hugging Face cache (progress bar from huggingface_hub)."""
    from huggingface_hub import snapshot_download

    if hub_offline():
        raise ModelNotAvailableError(f"HF_HUB_OFFLINE is set; cannot download {spec.hub_id}")
    path = snapshot_download(
        spec.hub_id,
        revision=spec.revision,
        allow_patterns=["*.json", "*.spm", "*.model", "*.txt", "*.safetensors", "sentencepiece*"],
    )
    folder = Path(path)
    if not is_model_dir(folder):  # older repos ship only pytorch_model.bin
        folder = Path(snapshot_download(spec.hub_id, revision=spec.revision, allow_patterns=["*.bin"]))
    return folder


def ct2_dir(spec: ModelSpec) -> Path:
    return models_dir() / f"{spec.name}-ct2"


def locate(spec: ModelSpec, backend: str = "auto", download: bool = False) -> ResolvedModel:
    """Find ``spec`` on disk (CT2 conversion, ``models/<name>``, HF cache), downloading if allowed."""
    candidates: list[Path] = []
    if backend in ("auto", "ctranslate2"):
        candidates += _model_folders(f"{spec.name}-ct2")
    if backend in ("auto", "transformers"):
        candidates += _model_folders(spec.name)
    for folder in candidates:
        if is_model_dir(folder):
            resolved = resolve_folder(folder, spec.name)
            resolved.model_id = spec.hub_id
            return resolved
    if backend in ("auto", "transformers"):
        snap = cached_snapshot(spec)
        if snap is None and download and hub_reachable():
            snap = fetch(spec)
        if snap is not None:
            resolved = resolve_folder(snap, spec.name)
            resolved.model_id = spec.hub_id
            return resolved
    raise ModelNotAvailableError(f"{spec.name} is not on this machine")


def presence(spec: ModelSpec) -> dict[str, str | None]:
    """What of ``spec`` is on this machine (for ``audit models list``)."""
    local = next((f for f in _model_folders(spec.name) if is_model_dir(f)), None)
    snap = cached_snapshot(spec) or local
    conv = next((f for f in _model_folders(f"{spec.name}-ct2") if is_model_dir(f)), None)
    return {
        "transformers": str(snap) if snap else None,
        "ctranslate2": str(conv) if conv else None,
    }


# --------------------------------------------------------------------------- conversion


def convert_to_ct2(
    src: Path, out: Path, quantization: str = "int8", force: bool = False, model_id: str | None = None
) -> Path:
    """Convert a transformers model folder to CTranslate2 (tokenizer files copied alongside)."""
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError as exc:  # pragma: no cover - optional dependency
        raise BackendUnavailableError(
            "ctranslate2 is not installed (pip install 'hindi-mt-audit[ct2]')"
        ) from exc
    resolved = resolve_folder(src)
    if resolved.kind != "transformers":
        raise UnknownModelError(f"{src} is already a CTranslate2 model")
    copy = [
        f.name
        for f in sorted(src.iterdir())
        if f.is_file()
        and f.name not in WEIGHT_FILES
        and f.name not in ("config.json", "generation_config.json")
        and (f.suffix in (".json", ".spm", ".model", ".txt") or f.name.startswith("sentencepiece"))
    ]
    TransformersConverter(str(src), copy_files=copy).convert(str(out), quantization=quantization, force=force)
    side = {
        "model_id": model_id or resolved.model_id,
        "family": resolved.family,
        "direction": list(resolved.direction) if resolved.direction else None,
        "revision": resolved.revision,
        "quantization": quantization,
        "source": str(src),
    }
    (out / SIDECAR).write_text(json.dumps(side, indent=1), encoding="utf-8")
    return out
