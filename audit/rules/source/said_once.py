"""HI516 a noun the MT writes twice where the source says it once.

Hindi doubles nouns on purpose — घर-घर (door to door), जगह जगह (at many places), गांव गांव
(every village) — so without the source a doubled noun is a guess and HI301/HI302 stay silent on
the ordinary Hindi shapes (नदी नदी, यात्री यात्री, बारिश बारिश; उत्सव … उत्सव). The source settles
it: a distributive doubling translates an English that says so (*every*, *each*, *many*, *door to
door*, *village after village* — the word twice), while a decoder loop writes twice a noun the
English names once. This rule reads the source for exactly that: a Hindi noun written twice in one
clause (back to back, or with at most :data:`MAX_BETWEEN` words between), which the dictionary reads
back (:mod:`audit.lang.bilingual.backdict`, any inflection) to an English noun the source holds
exactly once, in a source with no distributive or repeating word (:data:`DISTRIBUTIVE`). A
hyphenated pair is one word (अलग-अलग) and never counts; words between that make a reduplication
frame (साल दर साल, बारिश ही बारिश) or a new clause (और, या, लेकिन) keep it silent, and so does a mention
that opens an agent noun with वाला (ढोल वाले ने ढोल: the drummer, the drum); repeats HI301/HI302
already report are left to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang.bilingual import backdict
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import fold
from audit.lang.engdict import dictionary
from audit.lang.phonetic import devanagari_key, keys_match, phonetic_key
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.repetition import FUNCTION_WORDS, find_loops, repeats_content_word, token_sentences, tokens
from audit.rules.repetition_around import GENITIVES, MODIFIERS, find_gapped_repeats, find_tail_echoes
from audit.rules.source.common import at_sentence_start

#: at most this many words between the two mentions (one clause)
MAX_BETWEEN = 3
#: English words that make a doubled Hindi noun the translation (every house → घर घर; one by one;
#: again and again; various/different kinds; many places → जगह जगह)
DISTRIBUTIVE = frozenset(
    """every each all many various different several both across throughout around again
    repeatedly constantly kept keep keeps lots plenty numerous countless""".split()
)
#: Hindi words between two mentions that make a reduplication frame or a new clause
FRAME_WORDS = frozenset(
    fold(w)
    for w in """दर ब ही से पर तक और या व तथा एवं लेकिन परंतु किंतु मगर बल्कि तो फिर न ना नहीं भी
    बनाम""".split()
)
MIN_LEN = 2  # letters of a word that may count (no single-letter particles)
#: a word before the second mention that gives it a determiner or possessor of its own (ख़ून की
#: कमी … इस्त्री की कमी): a second thing
OWN_MODIFIERS = frozenset(fold(w) for w in MODIFIERS)
#: second words of compound postpositions (के साथ, के बाद, की ओर): a genitive before one of them
#: opens no possessive phrase
POSTPOSITION_HEADS = frozenset(
    fold(w)
    for w in """साथ बाद लिए लिये पास बीच ओर तरफ़ तरफ कारण दौरान बजाय अलावा ऊपर नीचे अंदर बाहर पहले सामने
    पीछे ख़िलाफ़ खिलाफ वजह द्वारा बारे ज़रिए जरिए मुताबिक़ मुताबिक अनुसार बावजूद""".split()
)


@lru_cache(maxsize=20_000)
def _nouns_of(lemma: str) -> frozenset[str]:
    """Folded Hindi forms of the dictionary's noun translations of the English ``lemma``; not a
    form that is also an adjective or adverb (पुरानी, धीरे): those reduplicate as Hindi does."""
    return frozenset(
        key for key, poss in backdict.hindi_keys(lemma).items() if "n" in poss and not poss & {"a", "r"}
    )


@lru_cache(maxsize=20_000)
def _any_word_of(lemma: str) -> frozenset[str]:
    """Folded words of every translation of the English ``lemma``, heads or not (concert → संगीत
    समारोह gives संगीत too; tributary → सहायक नदी gives नदी)."""
    return frozenset(
        fold(w)
        for hindi in dictionary().translations(lemma)
        for w in hindi.replace("~", " ").replace("-", " ").split()
    )


def _source_counts(src: str) -> tuple[dict[str, int], dict[str, int], list[str], bool]:
    """For each folded Hindi form: how many source tokens it translates as a noun, and how many
    hold it in any word of a translation; the capitalised source words not opening a sentence;
    whether the source has a distributive or repeating word. A Hindi word that spells one of those
    capitalised words is that name (राष्ट्रपति भवन for Rashtrapati Bhavan), not the noun."""
    heads: dict[str, int] = {}
    anywhere: dict[str, int] = {}
    names: list[str] = []
    distributive = False
    for start, _e, tok in E.tokens(src):
        low = tok.lower()
        if low in DISTRIBUTIVE:
            distributive = True
        if not E.is_content(tok):
            continue
        if tok[:1].isupper() and not at_sentence_start(src, start):
            names.append(tok)
        keys: set[str] = set()
        words: set[str] = set()
        for lemma in E.lemmas(tok):
            keys |= _nouns_of(lemma)
            words |= _any_word_of(lemma)
        for key in keys:
            heads[key] = heads.get(key, 0) + 1
        for w in words:
            anywhere[w] = anywhere.get(w, 0) + 1
    return heads, anywhere, names, distributive


#: the agent suffix: X वाला is a word of its own (ढोल वाले: a drummer; सब्ज़ी वाली: a vegetable seller)
AGENT_SUFFIXES = frozenset(fold(w) for w in "वाला वाले वाली वालों".split())


def _agent_compound(words: list[str], k: int) -> bool:
    """Whether the mention at ``k`` opens an agent noun with वाला (ढोल वाले ने ढोल की …)."""
    return k + 1 < len(words) and words[k + 1] in AGENT_SUFFIXES


def _second_thing(words: list[str], i: int, j: int) -> bool:
    """Whether the mention at ``j`` is a noun phrase of its own: a determiner or possessor right
    before it, or a genitive between the two mentions that opens a possessive phrase (नदी की
    सहायक नदी: the river's tributary river), not a compound postposition (उत्सव … के साथ उत्सव)."""
    if words[j - 1] in OWN_MODIFIERS:
        return True
    return any(
        words[k] in GENITIVES and (k + 1 >= j or words[k + 1] not in POSTPOSITION_HEADS)
        for k in range(i + 1, j)
    )


def said_once(src: str, mt: str) -> list[tuple[int, int, str]]:
    """(start, end, word) in ``mt`` (NFC) of a noun written twice that the source says once."""
    if not src.strip() or not backdict.available() or not repeats_content_word(mt):
        return []
    pairs: list[tuple[int, int, str]] = []
    for sent in token_sentences(tokens(mt)):
        words = [fold(t.text) for t in sent]
        for i, w in enumerate(words):
            if w in FUNCTION_WORDS or len(w) < MIN_LEN or "-" in w or not w[0].isalpha():
                continue
            for j in range(i + 1, min(i + 2 + MAX_BETWEEN, len(words))):
                if any(sent[k].brk_before for k in range(i + 1, j + 1)):
                    break
                if words[j] in FRAME_WORDS:
                    break
                if words[j] == w:
                    if _agent_compound(words, i) or _agent_compound(words, j):
                        break
                    if j == i + 1 or not _second_thing(words, i, j):
                        pairs.append((sent[i].start, sent[j].end, sent[i].text))
                    break
    if not pairs:
        return []
    heads, anywhere, names, distributive = _source_counts(src)
    if distributive:
        return []
    taken = [(a, b) for a, b, _p in find_gapped_repeats(mt) + find_tail_echoes(mt)]
    taken += [(lp.start, lp.end) for lp in find_loops(mt)]
    return [
        (s, e, w)
        for s, e, w in pairs
        if heads.get(fold(w)) == 1
        and anywhere.get(fold(w), 0) <= 1
        and not any(keys_match(phonetic_key(name), devanagari_key(w)) for name in names)
        and not any(a < e and s < b for a, b in taken)
    ]


@register(
    code="HI516",
    name="repeated-said-once",
    category="repetition",
    severity="major",
    summary="A noun written twice in one clause of the MT that the source says once (पेड़ पेड़ for “the tree”).",
    needs_source=True,
    needs={"dictionary"},
    examples=[
        ("लड़की पेड़ पेड़ पर चढ़ गई।", "लड़की पेड़ पर चढ़ गई।"),
    ],
)
def check_said_once(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A noun the decoder wrote twice where the English names it once.

    Hindi reduplicates nouns to say *every* or *many* (घर घर, जगह जगह), so a doubled noun is
    left alone without the source. With it, a Hindi noun written twice in one clause — back to back
    (यात्री यात्री) or with up to three words between (उत्सव आतिशबाज़ी के साथ उत्सव) — is a loop when
    the dictionary reads it back to an English noun the source holds exactly once and the source
    has no distributive or repeating word (every, each, many, various, again …). A hyphenated pair
    (घर-घर) is one word; a reduplication frame or a new clause between (साल दर साल, बारिश ही बारिश;
    और, लेकिन) keeps it silent, and repeats HI301/HI302 report are theirs. The span covers both
    mentions; keep one.
    """
    src = segment.src or ""
    view = nfc_view(segment.text)
    for start, end, word in said_once(src, view.text):
        s, e = view.span(start, end)
        yield make_finding(
            "HI516",
            segment.text,
            s,
            e,
            f"“{word}” is written twice here, but the English names it once — probably a decoding loop; keep one.",
            repeated=word,
        )
