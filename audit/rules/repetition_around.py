"""HI302 repetition around a word: a phrase the decoder wrote again one or two words later.

Besides back-to-back loops (HI301), MT repeats a place, time or attribution phrase with a word
or two between: दिल्ली में बैठक दिल्ली में, शुक्रवार को बैठक शुक्रवार को हुई, प्रधानमंत्री ने कहा
प्रधानमंत्री ने कि. The repeated phrase has at least two words, at least one a content word, and
does not end in a genitive (चीन की सेना चीन की सीमा पर is ordinary Hindi) nor hold a verb
auxiliary (a restated verb phrase is deliberate); the words between
contain no conjunction (दिल्ली से मुंबई और मुंबई से दिल्ली, …, पर मुंबई में; पर only as the first
word between, elsewhere it is the postposition "on"), no bracket or quote and no sentence end.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.repetition import FUNCTION_WORDS, _repeats_content_word, _sentences, tokens

#: a phrase ending in these is a possessor (चीन की सेना … चीन की सीमा): repeating it is normal
GENITIVES = frozenset({"का", "की", "के", "केे"})
#: words between two mentions that make the second a new clause, not a loop
CLAUSE_WORDS = frozenset(
    {
        "और",
        "या",
        "व",
        "तथा",
        "एवं",
        "अथवा",
        "लेकिन",
        "परंतु",
        "किंतु",
        "मगर",
        "बल्कि",
        "तो",
        "फिर",
        "न",
        "ना",
        "नहीं",
        "भी",
        "ही",
        "पर",
    }
)
#: verb auxiliaries: a repeated verb phrase (… छोड़ते हैं (यानी साँस छोड़ते हैं) is usually deliberate
AUXILIARIES = frozenset(
    "है हैं था थे थी थीं हो हों होता होती होते होगा होगी होंगे जाता जाती जाते जाए जाएगा रहा रही रहे गया गई गए सकता सकती सकते चुका चुकी चुके".split()
)
MAX_GAP = 3
MAX_PHRASE = 4


def find_gapped_repeats(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of phrases repeated after 1–3 other words, in ``text`` (NFC)."""
    out: list[tuple[int, int, str]] = []
    if not _repeats_content_word(text):  # cheap pre-test shared with HI301
        return out
    for sent in _sentences(tokens(text)):
        words = [t.text for t in sent]
        last_seen: dict[str, list[int]] = {}
        for k, w in enumerate(words):
            last_seen.setdefault(w, []).append(k)
        i = 0
        while i < len(words):
            hit = None
            later = last_seen[words[i]]  # ascending positions of this word
            nxt = bisect_left(later, i + 3)
            if nxt == len(later) or later[nxt] > i + MAX_PHRASE + MAX_GAP:
                i += 1
                continue  # the first word never comes back in reach: no repeat starts here
            for n in range(MAX_PHRASE, 1, -1):
                phrase = tuple(words[i : i + n])
                if len(phrase) < n or phrase[-1] in GENITIVES:
                    continue
                if all(w in FUNCTION_WORDS or w.isdigit() for w in phrase) or any(
                    w in AUXILIARIES for w in phrase
                ):
                    continue
                if any(sent[k].brk_before for k in range(i + 1, i + n)):
                    continue
                for gap in range(1, MAX_GAP + 1):
                    j = i + n + gap
                    if tuple(words[j : j + n]) != phrase:
                        continue
                    between = words[i + n : j]
                    clause = [
                        w
                        for k, w in enumerate(between)
                        if w in CLAUSE_WORDS and (w != "पर" or k == 0 or sent[i + n + k].brk_before)
                    ]
                    if clause or words[i + n] == words[i + n - 1]:
                        continue
                    if any(c in text[sent[i + n - 1].end : sent[j].start] for c in '()[]"“”'):
                        continue  # a parenthesis or quotation restates on purpose
                    hit = (sent[i].start, sent[j + n - 1].end, " ".join(phrase), j + n)
                    break
                if hit:
                    break
            if hit:
                out.append(hit[:3])
                i = hit[3]
            else:
                i += 1
    return out


@register(
    code="HI302",
    name="phrase-repeated-around-word",
    category="repetition",
    severity="major",
    summary="A phrase repeated with a word or two between (दिल्ली में बैठक दिल्ली में).",
    examples=[
        ("मुंबई में बारिश मुंबई में जारी है।", "मुंबई में बारिश जारी है।"),
        ("शुक्रवार को बैठक शुक्रवार को हुई।", "शुक्रवार को बैठक हुई।"),
    ],
)
def check_phrase_repeated_around_word(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A phrase written again one to three words later.

    The decoder sometimes restarts a clause and emits its opening phrase again: दिल्ली में
    बैठक दिल्ली में, पुलिस के अनुसार आरोपी पुलिस के अनुसार फरार है. Flagged when a phrase of two to
    four words (not only function words, not ending in a genitive का/की/के) recurs after one to
    three other words in the same sentence and no conjunction or particle (और, या, पर, भी …)
    stands between. The span covers both mentions; keep one.
    """
    view = nfc_view(segment.text)
    for start, end, phrase in find_gapped_repeats(view.text):
        s, e = view.span(start, end)
        yield make_finding(
            "HI302",
            segment.text,
            s,
            e,
            f"“{phrase}” is written again a few words later — probably a decoding loop; keep one.",
            repeated=phrase,
        )
