"""HI209 a literal idiom read back into English: the Hindi's words and postpositions spell an English idiom.

HI201 and HI205 go from a list to the Hindi: each idiom's Hindi is written (or taken from the
dictionary's first sense) and looked for. This rule goes the other way. Each Hindi content word
of a sentence is read back into English through the dictionary and the project's glossaries
(:mod:`audit.lang.bilingual.backdict`: every sense, every inflection — छत → roof, रक्षकों →
guard, अंगूठे → toe); a few neighbouring words whose English readings hold every image word of
an idiom of the inventories (the project's ``idioms_en.tsv``, WordNet's idioms in
``wordnet_idioms.tsv`` and those HI205 derives from WordNet) are that idiom rendered word for
word — *went through the roof* → कीमतें छत के पार चली गईं.

Guards, each a class rather than a case:

* two image words at least, one a noun, within a window of a few words;
* the idiom's spatial preposition rendered as a Hindi postposition *after* its noun (through
  the roof → छत *के पार*, over the moon → चांद *के ऊपर*, under the bus → बस *के नीचे*): a bag of
  the same words without it, or with the postposition before the noun (समुद्र के ऊपर पूरा चांद),
  is a literal scene;
* one matched Hindi word at least that is not among the commonest (wordfreq Zipf);
* an image word may be transliterated (शॉट्स, ऑर्डर: English look-alikes of
  :func:`audit.lang.resources.english_lookalikes`, spelled closely, common in English);
* idioms marked ``literal`` in the project's list need an abstract subject among the three content
  words before them (a WordNet abstraction: कीमत, योजना, बातचीत … छत के पार), never a thing;
* the grammar of a literal scene (a clause boundary, a postposition of no preposition of the
  idiom, the verb before its noun: :mod:`audit.lang.bilingual.scene`) and WordNet nouns that
  name a thing (*piece of ground*) stay silent, as do idioms HI205 switched off on clean Hindi
  (``idiom_dict_skip.txt``) and those established in Hindi (``source_evidence.toml``).

The dictionary is GPL and read at run time only; the backward index is built once per machine in
the cache folder (:func:`audit.core.derived.derived_object`); without it the rule is skipped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_text
from audit.core.derived import derived_object, fingerprint
from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.bilingual import backdict, scene
from audit.lang.bilingual.concrete import names_thing
from audit.lang.bilingual.hindi import fold, is_stop
from audit.lang.bilingual.idioms import Idiom, established, own_idioms, wordnet_idioms
from audit.lang.function_words import HINDI_GENITIVES
from audit.lang.segment_words import word_of
from audit.rules import idiom_dict, idiom_patterns, scene_frames
from audit.rules.registry import CheckContext, make_finding, register

#: English prepositions of idioms and the Hindi postpositions that render them
PREP_HI: dict[str, frozenset[str]] = {
    k: frozenset(fold(w) for w in v.split())
    for k, v in {
        "over": "ऊपर पर",
        "through": "पार होकर बीच",
        "under": "नीचे तले",
        "below": "नीचे",
        "above": "ऊपर",
        "behind": "पीछे",
        "across": "पार",
        "against": "खिलाफ़ ख़िलाफ़ खिलाफ विरुद्ध विरोध",
        "beyond": "परे पार",
        "around": "चारों आसपास इर्द",
        "between": "बीच",
        "without": "बिना",
        "close": "करीब क़रीब नज़दीक नजदीक पास",
        "in": "में अंदर भीतर",
        "into": "में अंदर भीतर",
        "on": "पर ऊपर",
        "at": "पर",
        "by": "से",
        "with": "से साथ",
        "out": "बाहर",
        "up": "ऊपर",
        "down": "नीचे",
    }.items()
}
#: the spatial prepositions whose postposition is no common case marker (पार, नीचे, ऊपर — not में,
#: पर, से): only these place a lone image noun (through the roof, under the bus, over the moon)
SPATIAL_HI: dict[str, frozenset[str]] = {
    p: frozenset(h for h in PREP_HI[p] if h not in {fold(w) for w in "में पर से पास".split()})
    for p in "over through under below above behind across against beyond around between without out".split()
}
#: prepositions never required (they render as the commonest case markers or not at all)
LOOSE = frozenset("of to for from off".split())
#: particles that only count before a noun (up *the wall*; give up, turned down are phrasal verbs)
PARTICLES = frozenset("up down out".split())
#: words after which an idiom's image word is a noun (*a* bed of roses, *one's* feet)
NOUN_BEFORE = frozenset("a an the one's someone's his her their my your our its".split())
#: what follows an idiom's verb: an article, a possessive, a person slot (*drive* someone up …)
VERB_NEXT = NOUN_BEFORE | frozenset("someone somebody oneself it".split())
ARTICLES = frozenset("a an the".split())
WINDOW_EXTRA = 2  # words allowed between the image words, in all
PREP_AFTER = 3  # a postposition lies this many words after its noun at most
DISTINCT_ZIPF = 4.6  # one matched Hindi word must be rarer than this
DISTINCT_ZIPF_SINGLE = 5.0  # a lone noun with its spatial postposition and a predicate after
#: WordNet noun lexicographer files of abstractions a thing cannot be: act, attribute, cognition,
#: communication, feeling, possession, quantity, relation (price, plan, talks — not time or state:
#: सर्दी is winter and a cold)
ABSTRACT_LEX = frozenset({4, 7, 9, 10, 12, 21, 23, 24})
_CACHE_VERSION = 13
#: what follows a predicate: copulas and the verbs of motion and arrival of idioms (चली गई, पहुंचा)
PREDICATE = frozenset(
    fold(w)
    for w in """है हैं था थी थे थीं हो होगा होगी होंगे हुआ हुई हुए गया गई गए गईं चला चली चले चलीं
    पहुंच पहुंचा पहुंची पहुंचे पहुँच पहुँचा पहुँची पहुँचे रहा रही रहे जा जाएगा जाएगी जाएंगे""".split()
)


@dataclass(frozen=True)
class Entry:
    english: str
    image: tuple[str, ...]  # English image words, in order
    preps: tuple[tuple[str, int], ...]  # (preposition, index in image of the noun it governs or -1)
    nouns: frozenset[int]  # image words that must be read as nouns (after an article or possessive)
    adjacent: tuple[int, ...]  # image word k stands right before k + 1 in the English (rock bottom)
    leading_verb: bool  # the first image word is the idiom's verb (*kick* the bucket, *run* a mile)
    genitive: tuple[int, ...]  # image word k is "k of k + 1" (a can of worms → कीड़ों का डिब्बा)
    literal_prone: bool
    sense: str


@dataclass(frozen=True)
class Tables:
    entries: tuple[Entry, ...]
    index: dict[str, dict[str, str]]  # Hindi stem key → {English word: parts of speech}
    by_word: dict[str, tuple[int, ...]]  # English image word → entries using it
    abstract: frozenset[str]  # Hindi stem keys whose English nouns are all abstractions
    pos: dict[str, str]  # English image word → every part of speech its Hindi readings have


def _entry(idiom: Idiom) -> Entry | None:
    words = idiom.words
    image: list[str] = []
    preps: list[tuple[str, int]] = []
    pending: list[str] = []
    nouns: set[int] = set()
    adjacent: list[int] = []
    genitive: list[int] = []
    last = -1  # position in ``words`` of the last image word
    for k, w in enumerate(words):
        if w in PREP_HI:
            pending.append(w)
            continue
        if w in idiom.image and w not in image:
            image.append(w)
            preps += [(p, len(image) - 1) for p in pending]
            pending = []
            if (k and words[k - 1] in NOUN_BEFORE) or words[k + 1 : k + 2] == ("of",):
                nouns.add(len(image) - 1)
            if k and len(image) > 1 and words[k - 1] == image[-2]:
                adjacent.append(len(image) - 2)
            between = words[last + 1 : k] if last >= 0 else ()
            if len(image) > 1 and "of" in between and set(between) <= NOUN_BEFORE | {"of"}:
                genitive.append(len(image) - 2)
            last = k
    preps += [(p, -1) for p in pending]
    preps = [(p, g) for p, g in preps if not (p in PARTICLES and g < 0)]
    leading = len(words) > 1 and words[0] == (image[0] if image else "") and words[1] in VERB_NEXT
    # two image words, or one noun placed by its preposition (through the roof, over the moon)
    if len(image) < 2 and not (image and any(g == 0 and p in SPATIAL_HI for p, g in preps)):
        return None
    return Entry(
        idiom.text,
        tuple(image),
        tuple(preps),
        frozenset(nouns),
        tuple(adjacent),
        leading,
        tuple(genitive),
        idiom.literal_prone,
        idiom.sense,
    )


def _inventory() -> list[Entry]:
    """The project's idioms, then WordNet's — only those with a phrasal frame (an article, a
    preposition or a possessive: toe *the* line; bare compounds such as *air cover*, *native
    land* are mostly compositional terms)."""
    items: list[Idiom] = list(own_idioms()) + [i for i in wordnet_idioms() if not names_thing(i.words)]
    items += [Idiom(tuple(p.english.replace("-", " ").split()), "wordnet") for p in idiom_patterns.patterns()]
    items += [Idiom(words, "wordnet") for words in _wordnet_phrases()]
    skip = idiom_patterns.skiplist() | established() | skiplist()
    same = {idiom_patterns.image_words(e) for e in established()}  # pull the leg of = pull someone's leg
    seen: set[tuple[str, ...]] = set()
    out = []
    for idiom in items:
        bare = tuple(w for w in idiom.words if w not in ARTICLES)
        if bare in seen or idiom.text in skip or idiom_patterns.image_words(idiom.text) in same:
            continue
        seen.add(bare)
        if idiom.source != "own" and not _framed(idiom.words):
            continue
        e = _entry(idiom)
        if e is not None:
            out.append(e)
    return out


def _wordnet_phrases() -> list[tuple[str, ...]]:
    """WordNet's multiword verbs, adverbs and adjectives with a phrasal frame (hit *the* books,
    *out of the* blue) none of whose definitions uses one of their content words (nouns are mostly
    names, taxa and terms: lily of the nile)."""
    if not engdict.wordnet_available():
        return []
    out = []
    for pos in ("verb", "adv", "adj"):
        data = wordnet.data_bytes(pos)
        for lemma, offsets in (wordnet.index(pos) or {}).items():
            if "_" not in lemma or not lemma.isascii() or lemma != lemma.lower():
                continue
            words = tuple(lemma.replace("-", "_").split("_"))
            if any(ch.isdigit() for ch in lemma) or not _framed(words):
                continue
            content = [w for w in words if idiom_patterns._content(w)]
            defs = " ".join(wordnet.synset(data, off)[2] for off in offsets)
            if not idiom_patterns._mentions(content, defs):
                out.append(words)
    return out


@lru_cache(maxsize=1)
def skiplist() -> frozenset[str]:
    """Idioms whose literal Hindi is an everyday Hindi phrase (``data/idiom_back_skip.txt``)."""
    text = data_text("idiom_back_skip.txt")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _framed(words: tuple[str, ...]) -> bool:
    return bool(set(words) & idiom_patterns.FRAME_WORDS) or any(w.endswith("'s") for w in words)


def _build() -> Tables:
    entries = _inventory()
    words = {w for e in entries for w in e.image}
    index = backdict.build(words)
    found: dict[str, str] = defaultdict(str)
    for en_words in index.values():
        for w, pos in en_words.items():
            found[w] += pos
    kept = [
        e for e in entries if all(w in found for w in e.image) and any("n" in found[w] for w in e.image)
    ]  # (a lone image word must be the noun: `any` over one word)
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(kept):
        for w in e.image:
            by_word[w].append(i)
    return Tables(
        tuple(kept),
        index,
        {k: tuple(v) for k, v in by_word.items()},
        frozenset(_abstract_keys()),
        {w: "".join(sorted(set(p))) for w, p in found.items()},
    )


def _abstract_keys() -> set[str]:
    """Hindi stem keys every English noun reading of which is an abstraction in WordNet (its
    first sense): कीमत (price), योजना (plan), बातचीत (talk)."""
    lex = _noun_lexnames()
    if not lex:
        return set()
    verdict: dict[str, set[bool]] = defaultdict(set)
    for en, key in backdict.noun_keys(lex):
        verdict[key].add(lex[en] in ABSTRACT_LEX)
    return {k for k, v in verdict.items() if v == {True}}


def _noun_lexnames() -> dict[str, int]:
    """English single-word noun → the lexicographer file of its first WordNet sense."""
    if not engdict.wordnet_available():
        return {}
    lexfile = wordnet.lexfiles("noun")
    out: dict[str, int] = {}
    for lemma, offsets in (wordnet.index("noun") or {}).items():
        if "_" not in lemma:
            out[lemma] = int(lexfile[offsets[0]])
    return out


def available() -> bool:
    return engdict.available()


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The inventory and the backward index, built once per dictionary/WordNet version and kept in
    the cache folder (the stamp is the dictionary file's, so the dictionary itself is only parsed
    when the table is built)."""
    index = engdict._index_path()
    if index is None:
        return Tables((), {}, {}, frozenset(), {})
    stamp = engdict.cache_key(index)
    key = f"{_CACHE_VERSION}-{fingerprint(wordnet.WORDNET_DIR / 'index.noun')}-{stamp}"
    return derived_object("idiomback", key, _build, accept=lambda obj: isinstance(obj, Tables))


def _readings(tok: str, t: Tables) -> dict[str, str]:
    """The English readings of a Hindi token, less closed compounds whose head is another reading
    (गेंद: ball, not curveball or hardball: the compound's own Hindi says more, घुमावदार गेंद)."""
    rs = t.index.get(backdict.token_key(tok), {})
    heads = [h for h in rs if len(h) >= 3]
    return {r: p for r, p in rs.items() if not any(len(r) > len(h) + 2 and r.endswith(h) for h in heads)}


@res.vocabulary_memo("idiom-back-hits", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}")
def _token_hits(tok: str) -> tuple[tuple[int, int], ...]:
    """(entry, image word) pairs a Hindi token can stand for (memoised: news repeats its words)."""
    t = tables()
    if is_stop(tok):
        return ()
    out = []
    readings = _readings(tok, t)
    for w, pos in backdict.translit_readings(tok, t.by_word).items():
        readings = {**readings, w: readings.get(w, "") + pos}
    for w, pos in readings.items():
        for ei in t.by_word.get(w, ()):
            e = t.entries[ei]
            si = e.image.index(w)
            if si in e.nouns and "n" not in pos:
                continue  # a bed of roses: पौधा (to bed = पौधा लगाना) is no bed
            if si == 0 and e.leading_verb and "v" not in pos and "v" in t.pos.get(w, ""):
                continue  # run a mile: दौड़ (a run) is no verb
            out.append((ei, si))
    return tuple(out)


def find(text: str) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) of idioms read back from ``text`` (NFC)."""
    t = tables()
    if not t.entries:
        return []
    found: list[tuple[int, int, Entry]] = []
    for sent in idiom_dict.sentence_tokens(text):
        hits = list(map(_token_hits, map(word_of, sent)))
        if not any(hits):
            continue  # the cheap prefilter: no word of the sentence reads as an image word
        cands: dict[int, dict[int, list[int]]] = {}
        for ti, h in enumerate(hits):
            for ei, si in h:
                cands.setdefault(ei, {}).setdefault(si, []).append(ti)
        for ei, slots in cands.items():
            e = t.entries[ei]
            if len(slots) < len(e.image):
                continue
            hit = _match(e, slots, sent, t)
            if hit is not None:
                found.append((sent[hit[0]][0], sent[hit[1]][1], e))
    # overlapping readings of one phrase: the longest (cry over spilt milk, not spilt milk)
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    kept: list[tuple[int, int, Entry]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    # a verb of a body moving through space right after the words makes the scene real
    # (बिल्ली थैले से बाहर कूदी, कमरे में हाथी घुस आया: HI205's test, shared)
    kept = [f for f in kept if not scene.literal_scene(text, f[0], f[1], f[2].english, f[2].leading_verb)]
    return sorted((f for f in kept if not idiom_dict._literal_scene(text, f[1])), key=lambda f: f[0])


def _match(
    e: Entry,
    slots: dict[int, list[int]],
    sent: list[tuple[int, int, str]],
    t: Tables,
) -> tuple[int, int] | None:
    n = len(e.image)
    if len(slots) < n:
        return None
    best = idiom_dict.tightest(slots, n)
    if best is None:
        return None
    lo, hi = best
    if hi - lo + 1 > n + WINDOW_EXTRA:
        return None
    if e.leading_verb and n > 1 and not idiom_dict.verb_after_object(slots, lo, hi):
        return None  # गिरी गेंद: a verb form before the noun is a participle or another clause
    rare = DISTINCT_ZIPF if n > 1 else DISTINCT_ZIPF_SINGLE
    if all(res.zipf_hi(sent[i][2]) >= rare for ti in slots.values() for i in ti if lo <= i <= hi):
        return None
    for k in e.adjacent:
        # a compound keeps its order in Hindi (rock bottom → चट्टानी तल, old guard → पुराने रक्षक);
        # a verb goes last (play second fiddle → दूसरी सारंगी बजाना), so a verb reading is not held to it
        first = [i for i in slots[k] if lo <= i <= hi]
        readings = [_readings(sent[i][2], t).get(e.image[k], "") for i in first]
        if "a" in t.pos.get(e.image[k], "") and not any("a" in r for r in readings):
            return None  # the cold shoulder: ठंड (the cold) is no adjective
        if all("v" not in r for r in readings) and not any(
            i < j for i in first for j in slots[k + 1] if j <= hi
        ):
            return None
    folded = [fold(tok) for _s, _e, tok in sent]
    for k in e.genitive:
        # "X of Y" is "Y का X" in Hindi: Y first, a genitive postposition between (गुलाबों का बिस्तर;
        # क्यारी में गुलाब is a flower bed)
        if not any(
            j < i and any(folded[m] in HINDI_GENITIVES for m in range(j + 1, i))
            for i in slots[k]
            if lo <= i <= hi
            for j in slots[k + 1]
            if lo <= j <= hi
        ):
            return None
    reach = PREP_AFTER if n > 1 else 2  # a lone noun: its postposition right after it (छत के पार)
    for prep, governed in e.preps:
        if prep in LOOSE or (n == 1 and prep not in SPATIAL_HI):
            continue
        targets = PREP_HI[prep] if n > 1 else SPATIAL_HI[prep]
        if governed >= 0:
            nouns = [i for i in slots[governed] if lo <= i <= hi]
            starts = [(i + 1, i + 1 + reach) for i in nouns]
        else:
            starts = [(max(0, lo - 1), hi + 1 + reach)]
        after = [j for a, b in starts for j in range(a, min(len(sent), b)) if folded[j] in targets]
        if not after:
            return None
        hi = max(hi, min(after))
    if n == 1 and not (hi + 1 == len(sent) or folded[hi + 1] in PREDICATE):
        return None  # a lone noun phrase must be the predicate (… छत के पार चली गई), not a place
    if e.literal_prone and not _abstract_subject(sent, lo, t):
        return None
    return lo, hi


#: content words before an idiom searched for its abstract subject (an adjective or adverb may
#: stand between: बंटवारा … राजनीतिक गर्म आलू, भुगतान चुपचाप रडार के नीचे)
SUBJECT_REACH = 3


def _abstract_subject(sent: list[tuple[int, int, str]], lo: int, t: Tables) -> bool:
    """Whether one of the nearest content words before ``lo`` reads back as an abstraction
    (कीमतें)."""
    seen = 0
    for _s, _e, tok in reversed(sent[:lo]):
        if is_stop(tok):
            continue
        if backdict.token_key(tok) in t.abstract:
            return True
        seen += 1
        if seen >= SUBJECT_REACH:
            break
    return False


@register(
    code="HI209",
    source_veto="expression",
    needs={"dictionary"},
    name="idiom-read-back",
    category="literal",
    severity="minor",
    summary="Hindi words that read back, through the dictionary, as an English idiom (छत के पार → through the roof)",
    examples=[
        ("इस हफ्ते प्याज़ की कीमतें छत के पार चली गईं।", "इस हफ्ते प्याज़ की कीमतें आसमान छूने लगीं।"),
    ],
)
def check_idiom_read_back(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """English idiom rendered word for word, found by reading the Hindi back into English.

    Every Hindi content word is read back into English through the dictionary (every sense,
    every inflection) and the project's glossaries; when a few neighbouring words read back as
    every image word of a known English idiom — with its preposition rendered as a postposition
    after its noun (छत *के पार*, चांद *के ऊपर*) — the Hindi is probably that idiom rendered
    literally (*went through the roof*: prices rose steeply). This finds idioms no list pairs
    with Hindi: only the English idiom has to be in an inventory (the project's list, WordNet).
    An image word MT transliterated instead counts too (दादी *शॉट्स* बुलाती हैं: calls the shots),
    when the Devanagari spells a common English word closely.

    Idioms whose words are often meant literally (``literal`` in ``data/idioms_en.tsv``) need an
    abstract subject among the three content words before them (कीमत, योजना, भुगतान चुपचाप …). With the English source given the rule stays
    silent: HI512 checks the source itself.

    HI205's literal scenes by grammar stay silent (:mod:`audit.rules.scene_frames`). Limits: a literal scene that happens to use an idiom's words and its postposition (गेंद
    खिड़की के पार) is flagged when the idiom is not marked literal-prone; idioms whose Hindi
    words the dictionary lacks are not found. Needs ``dict-freedict-eng-hin``; without it the
    rule is skipped and the run says so.
    """
    if (segment.src or "").strip():
        return
    view = nfc_view(segment.text)
    for start, end, e in find(view.text):
        s, en = view.span(start, end)
        if scene_frames.literal(segment.text, s, en, e.english):
            continue  # a literal scene by its grammar (ट्रक ड्राइवर ने हॉर्न बजाया): audit.rules.scene_frames
        yield make_finding(
            "HI209",
            segment.text,
            s,
            en,
            f"शब्दशः अनुवाद: “{segment.text[s:en]}” अंग्रेज़ी मुहावरे “{e.english}” का शब्द-दर-शब्द "
            "अनुवाद लगता है; हिंदी में इसका आशय लिखें।",
            suggestion=e.sense or None,
            english=e.english,
        )
