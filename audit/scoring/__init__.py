"""Scores beside the findings: reference metrics (sacrebleu), source-aware features, the risk model."""
