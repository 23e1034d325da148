"""Writing results: JSONL/JSON/CSV/table formats and the HTML report."""
