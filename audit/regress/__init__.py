"""Baseline-vs-candidate comparison (``compare``) and its text/HTML/JSON/JUnit rendering (``render``)."""
