"""English↔Hindi resources for the source-aware rules: a dictionary read at run time
(FreeDict eng-hin), English lemmas and idioms (WordNet), a sense inventory and a word alignment.

Layering: these modules depend only on the standard library, wordfreq, ``audit.textutil`` and
their data files; the rules in ``audit/checks/source_evidence.py`` use them.
"""
