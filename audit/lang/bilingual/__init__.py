"""English↔Hindi resources for the source-aware rules: a dictionary read at run time
(FreeDict eng-hin), English lemmas and idioms (WordNet), a sense inventory and a word alignment.

Layering: these modules depend only on the standard library, wordfreq, ``audit.core.text`` and
their data files; the rules in ``audit/rules/source/`` (idioms, senses, name_translation,
alignment) use them.
"""
