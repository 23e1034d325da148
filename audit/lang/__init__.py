"""Hindi/English language resources shared by rules and scores: word lists, frequencies,
the e5 sentence embedder. Depends only on :mod:`audit.core`.
"""
