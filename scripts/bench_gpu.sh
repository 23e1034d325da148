#!/bin/sh
# GPU round-trip benchmark: one short command for a machine with a CUDA GPU (dev tool).
#
#   sh scripts/bench_gpu.sh            # writes gpu_roundtrip.json (and cpu_roundtrip.json) to $OUT or .
#
# Needs a Python with torch (CUDA build), transformers, sentencepiece and ctranslate2 (PYTHON=...,
# default python3); the repository is put on PYTHONPATH, nothing is installed or downloaded: the
# model is a random Marian of opus-mt's shape (d512, 6+6 layers) built on the spot.
# Both backends decode exactly 64 tokens per segment (min = max new tokens), so segments/s compare
# equal work: transformers bf16 (fp16 without bf16) vs CTranslate2 int8_float16, batch 32/128/256.
# A CTranslate2 that cannot load its CUDA libraries falls back to CPU: its row then says "fallback".
# Then the CPU baseline on all cores (transformers fp32 vs CTranslate2 int8), same model and length.
# About 3-6 minutes on an H100; `--device cuda` without a GPU stops with a one-line error (exit 2).
set -eu
PY=${PYTHON:-python3}
OUT=${OUT:-.}
export PYTHONPATH="$(pwd)${PYTHONPATH:+:$PYTHONPATH}"
"$PY" -c "import torch, ctranslate2; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else '-', '| ctranslate2', ctranslate2.__version__, 'cuda devices', ctranslate2.get_cuda_device_count())"
"$PY" -m audit.cli bench roundtrip --device cuda --tiny-dim 512 --tiny-layers 6 -n 1024 \
    --max-new-tokens 64 --batch-size 32,128,256 -o "$OUT/gpu_roundtrip.json"
"$PY" -m audit.cli bench roundtrip --device cpu --threads "$(nproc)" --tiny-dim 512 --tiny-layers 6 -n 256 \
    --max-new-tokens 64 --batch-size 32 -o "$OUT/cpu_roundtrip.json"
