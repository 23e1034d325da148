"""Source-aware checks (HI5xx): compare the Hindi MT with its English source.

They run only when ``segment.src`` is set (``needs_source=True``). Each rule's examples are
(incorrect MT, correct MT) pairs; the English source they translate is
``common.EXAMPLE_SOURCES[code][i]`` for ``examples[i]``.

Families: numbers (HI501), dates (HI502), names (HI503 calque, HI504 missing), negation
(HI505), omission (HI506) and addition (HI507) by length ratio and clause-level e5 similarity,
untranslated copies (HI508), wrong language / empty output (HI509), a noun written twice that
the source says once (HI516), a marked clause dropped (HI517).

Modules: ``common`` (source lexicon, NFC helpers, example sources), ``numbers`` (HI501),
``dates`` (HI502), ``names`` (HI503/HI504), ``negation`` (HI505), ``coverage`` (HI506/HI507,
HI510/HI511), ``untranslated`` (HI508), ``language`` (HI509), ``said_once`` (HI516), ``dropped_clauses`` (HI517), ``spelled`` (HI408's source path for a
word Hindi text never writes that spells an ordinary source word). The numeric features the risk model
reads from these helpers are in :mod:`audit.scoring.features`.
"""
