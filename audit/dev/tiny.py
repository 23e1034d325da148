"""Build tiny, randomly initialised MT models for tests and benchmarks.

The models are real checkpoints in every respect but their weights: a SentencePiece tokenizer
trained on shipped text, a vocabulary laid out like the real opus-mt checkpoints (``</s>`` = 0,
``<unk>`` = 1, ``<pad>`` last and also the decoder start token — CTranslate2's Marian converter
drops the last entry as ``<pad>``), saved with ``save_pretrained`` and loaded back through the
same code path as a downloaded model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]

# English sentences written for this project (generic news-style prose; no dev-data sentences).
ENGLISH_TEXT = """\
The minister said the new road will open next month.
Farmers in the northern districts are waiting for the rain.
The committee will meet again on Monday to discuss the budget.
Schools were closed for two days because of the heavy snow.
The company reported higher profits in the last quarter.
Police have arrested three men in connection with the theft.
The president thanked the volunteers for their hard work.
Prices of vegetables rose sharply after the floods.
The team won the final match by five wickets.
Doctors advised people to drink plenty of water in the heat.
The government announced a new scheme for small businesses.
Thousands of people gathered in the city square on Sunday.
The river has crossed the danger mark in several villages.
The court will hear the case again next week.
Students protested against the increase in fees.
The train was delayed by four hours due to fog.
The old bridge will be repaired before the monsoon.
The hospital has added fifty new beds this year.
Officials said that the situation is under control.
The leaders of both countries signed an agreement on trade.
She has written three books about the history of the region.
The festival brings visitors from many parts of the world.
Electricity supply was restored late in the evening.
The election results will be declared on Thursday.
The museum is open every day except Monday.
He did not attend the meeting because he was ill.
The bank raised its interest rate by a quarter point.
Workers are building a new school near the market.
The film was praised by critics and audiences alike.
Heavy traffic was reported on the highway this morning.
"""


def hindi_training_text() -> str:
    """Hindi prose shipped with the project (the seed documents)."""
    for folder in (REPO_ROOT / "seeds", REPO_ROOT.parent / "shared" / "seeds"):
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if files:
            return "\n".join(f.read_text(encoding="utf-8") for f in files)
    raise FileNotFoundError("no seed documents found to train the tiny tokenizer on")


def hindi_sentences(limit: int | None = None) -> list[str]:
    """Hindi sentences from the shipped seeds, split at the danda / full stop."""
    out: list[str] = []
    for line in hindi_training_text().splitlines():
        for sent in re.split(r"(?<=[।?!])\s+", line.strip()):
            if len(sent) > 10:
                out.append(sent)
    return out[:limit] if limit else out


def _train_spm(lines: Iterable[str], prefix: Path, vocab_size: int) -> Path:
    import sentencepiece as spm

    text_file = prefix.with_suffix(".txt")
    text_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text_file),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        # Same special-id layout as the Marian/opus-mt SentencePiece models.
        unk_id=1,
        eos_id=0,
        bos_id=-1,
        pad_id=-1,
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
    )
    text_file.unlink()
    return prefix.with_suffix(".model")


def build_tiny_marian(
    out_dir: Path,
    *,
    src_lang: str = "hi",
    tgt_lang: str = "en",
    d_model: int = 32,
    layers: int = 1,
    ffn: int = 64,
    heads: int = 2,
    vocab_size: int = 400,
    seed: int = 0,
    spm_from: Path | None = None,
) -> Path:
    """Save a randomly initialised Marian model + tokenizer for ``src_lang``→``tgt_lang`` in ``out_dir``."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    work = out_dir / "_spm"
    work.mkdir(exist_ok=True)
    text = {"hi": hindi_training_text().splitlines(), "en": ENGLISH_TEXT.splitlines()}
    # One shared SentencePiece model trained on both languages (like opus-mt's joint vocabularies).
    if spm_from is not None:  # reuse an already trained joint model (both directions share it)
        model_file = work / "joint.model"
        model_file.write_bytes((Path(spm_from) / "source.spm").read_bytes())
    else:
        lines = [ln for ln in text["hi"] + text["en"] if ln.strip()]
        model_file = _train_spm(lines, work / "joint", vocab_size)

    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(model_file))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for piece in pieces:
        if piece not in vocab:
            vocab[piece] = len(vocab)
    vocab["<pad>"] = len(vocab)  # last, as in real opus-mt checkpoints
    (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")

    tokenizer = MarianTokenizer(
        source_spm=str(model_file),
        target_spm=str(model_file),
        vocab=str(work / "vocab.json"),
        source_lang=src_lang,
        target_lang=tgt_lang,
        model_max_length=512,
    )
    pad_id = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=512,
        pad_token_id=pad_id,
        eos_token_id=0,
        decoder_start_token_id=pad_id,
        forced_eos_token_id=0,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        activation_function="swish",
        static_position_embeddings=True,  # type: ignore[call-arg]  # passed through **kwargs to the config
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    model.generation_config.bad_words_ids = [[pad_id]]
    model.generation_config.num_beams = 1
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    for f in work.iterdir():
        f.unlink()
    work.rmdir()
    return out_dir


def build_tiny_pair(root: Path, **kwargs: Any) -> Path:
    """A round-trip folder: ``root/hi-en`` and ``root/en-hi`` tiny Marian models."""
    root = Path(root)
    build_tiny_marian(root / "hi-en", src_lang="hi", tgt_lang="en", seed=kwargs.pop("seed", 0), **kwargs)
    build_tiny_marian(root / "en-hi", src_lang="en", tgt_lang="hi", seed=1, spm_from=root / "hi-en", **kwargs)
    return root


def build_tiny_nllb(
    out_dir: Path,
    *,
    d_model: int = 32,
    layers: int = 1,
    ffn: int = 64,
    heads: int = 2,
    vocab_size: int = 400,
    seed: int = 0,
) -> Path:
    """Save a randomly initialised NLLB-shaped model (M2M100 architecture + NllbTokenizer, language codes
    as special tokens, ``</s>`` as decoder start) in ``out_dir``. One model serves both directions."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [ln for ln in hindi_training_text().splitlines() + ENGLISH_TEXT.splitlines() if ln.strip()]
    bpe = Tokenizer(models.BPE(unk_token="<unk>"))
    bpe.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bpe.train_from_iterator(
        lines, trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=["<s>", "<pad>", "</s>", "<unk>"])
    )
    state = json.loads(bpe.to_str())["model"]
    merges = [tuple(m) if isinstance(m, list) else tuple(m.split(" ")) for m in state["merges"]]
    tokenizer = NllbTokenizer(
        vocab=state["vocab"],
        merges=merges,  # type: ignore[arg-type]  # pairs, as tokenizers' BPE takes them
        src_lang="hin_Deva",
        tgt_lang="eng_Latn",
    )
    config = M2M100Config(
        vocab_size=len(tokenizer),
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=512,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
        scale_embedding=True,
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    model = M2M100ForConditionalGeneration(config).eval()
    model.generation_config.num_beams = 1
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir
