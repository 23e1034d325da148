"""Developer tools, not used by an audit: risk calibration, benchmarks, tiny test models."""
