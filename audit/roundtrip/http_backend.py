"""``--mt-url URL``: round trip through an HTTP MT service.

Two APIs (``--mt-api``; ``auto`` picks by the URL's path):

* **LibreTranslate** (``/translate``): ``POST {"q": text, "source": "hi", "target": "en",
  "format": "text"}`` → ``{"translatedText": "…"}``. ``auto`` uses it unless the URL mentions
  ``chat/completions`` or ends in ``/v1``; a bare server URL gets ``/translate`` appended.
* **OpenAI-compatible chat completions** (vLLM, llama.cpp ``server``, Ollama, …):
  ``POST {url}`` (``/v1/chat/completions`` appended to a bare server or ``/v1`` URL) with
  ``{"model": MODEL, "temperature": 0, "messages": [{"role": "system", "content": SYSTEM},
  {"role": "user", "content": text}]}`` → ``choices[0].message.content``. The prompt is
  :data:`SYSTEM_PROMPT` with the language names filled in; ``--mt-model`` names the served model.

One request per text, at most ``concurrency`` at a time; each with a ``timeout``; connection
errors, timeouts, HTTP 429 and 5xx are retried ``retries`` times with exponential backoff
(``backoff`` × 2^n seconds, or the server's ``Retry-After``). An API key, if the service needs
one, comes from ``$AUDIT_MT_API_KEY`` (never from the command line): ``api_key`` in the
LibreTranslate body, ``Authorization: Bearer`` for chat completions. Results go through the
same sqlite translation cache as local models (``audit cache clear`` empties it).
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from audit.roundtrip.base import BackendUnavailableError, RoundTripError

APIS = ("auto", "libretranslate", "openai")
LANG_NAMES = {"hi": "Hindi", "en": "English"}
SYSTEM_PROMPT = (
    "You are a translation engine. Translate the user's message from {src_name} to {tgt_name}. "
    "Reply with the translation only: no quotes, notes, explanations or transliteration."
)
API_KEY_ENV = "AUDIT_MT_API_KEY"


class HTTPTranslateError(RoundTripError):
    """The MT service failed after the retries, or answered something that is not a translation."""


def detect_api(url: str) -> str:
    path = urllib.parse.urlsplit(url).path.rstrip("/")
    if "chat/completions" in path or path.endswith("/v1") or path.endswith("/api"):
        return "openai"
    return "libretranslate"


def endpoint(url: str, api: str) -> str:
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    if api == "openai" and not path.endswith("chat/completions"):
        path = path + ("/chat/completions" if path.endswith("/v1") else "/v1/chat/completions")
    elif api == "libretranslate" and not path.endswith("/translate"):
        path = path + "/translate"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


class HTTPTranslator:
    """A :class:`~audit.roundtrip.base.Translator` over LibreTranslate or chat completions."""

    backend = "http"
    decoding = "remote"

    def __init__(
        self,
        url: str,
        *,
        api: str = "auto",
        model: str | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 0.5,
        concurrency: int = 4,
        api_key: str | None = None,
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise BackendUnavailableError(f"--mt-url {url!r}: expected an http:// or https:// URL")
        if api not in APIS:
            raise BackendUnavailableError(f"--mt-api must be one of {', '.join(APIS)}, not {api!r}")
        self.api = detect_api(url) if api == "auto" else api
        if self.api == "openai" and not model:
            raise BackendUnavailableError(
                "--mt-url with a chat-completions API needs --mt-model NAME (the model the server serves)"
            )
        self.url = endpoint(url, self.api)
        self.model = model
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = max(0.0, backoff)
        self.concurrency = max(1, concurrency)
        self.api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        self.model_id = f"{self.api}: {self.url}" + (f" ({model})" if model else "")
        self.revision = "remote"  # a service can change its model: `audit cache clear` forgets old answers
        self.decoding = "temperature0" if self.api == "openai" else "remote"
        self.direction = None
        self.requests = 0  # HTTP requests sent (retries included), for tests and progress
        self._lock = threading.Lock()

    # ---- one request ------------------------------------------------------------------
    def _payload(self, text: str, src_lang: str, tgt_lang: str) -> dict[str, Any]:
        if self.api == "libretranslate":
            body: dict[str, Any] = {"q": text, "source": src_lang, "target": tgt_lang, "format": "text"}
            if self.api_key:
                body["api_key"] = self.api_key
            return body
        system = SYSTEM_PROMPT.format(
            src_name=LANG_NAMES.get(src_lang, src_lang), tgt_name=LANG_NAMES.get(tgt_lang, tgt_lang)
        )
        return {
            "model": self.model,
            "temperature": 0,
            "stream": False,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": text}],
        }

    def _parse(self, data: Any) -> str:
        try:
            if self.api == "libretranslate":
                out = data["translatedText"]
            else:
                out = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            snippet = json.dumps(data, ensure_ascii=False)[:200]
            raise HTTPTranslateError(f"--mt-url {self.url}: unexpected answer {snippet}") from None
        if not isinstance(out, str):
            raise HTTPTranslateError(f"--mt-url {self.url}: translation is not a string")
        return out.strip()

    def _post(self, text: str, src_lang: str, tgt_lang: str) -> str:
        body = json.dumps(self._payload(text, src_lang, tgt_lang), ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": "hindi-mt-audit",
        }
        if self.api == "openai" and self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        last = ""
        for attempt in range(self.retries + 1):
            with self._lock:
                self.requests += 1
            wait = self.backoff * (2**attempt)
            try:
                req = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 (user's URL)
                    return self._parse(json.loads(resp.read().decode("utf-8")))
            except urllib.error.HTTPError as exc:
                last = f"HTTP {exc.code} {exc.reason}"
                if exc.code != 429 and exc.code < 500:
                    detail = exc.read().decode("utf-8", "replace")[:200]
                    raise HTTPTranslateError(f"--mt-url {self.url}: {last}: {detail}") from None
                retry_after = exc.headers.get("Retry-After") if exc.headers else None
                if retry_after and retry_after.strip().isdigit():
                    wait = min(60.0, float(retry_after))
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                last = f"{type(reason).__name__}: {reason}" if not isinstance(reason, str) else reason
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise HTTPTranslateError(f"--mt-url {self.url}: the answer is not JSON") from None
            if attempt < self.retries:
                time.sleep(wait)
        raise HTTPTranslateError(
            f"--mt-url {self.url}: no translation after {self.retries + 1} attempts ({last})"
        )

    # ---- Translator -------------------------------------------------------------------
    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        if not texts:
            return []
        if self.concurrency == 1 or len(texts) == 1:
            return [self._post(t, src_lang, tgt_lang) for t in texts]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(texts))) as pool:
            return list(pool.map(lambda t: self._post(t, src_lang, tgt_lang), texts))
