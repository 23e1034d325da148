"""A phrasal verb made from a noun, rendered by that noun (HI512, with the source).

English makes many phrasal verbs from nouns of things: *pan out*, *hive off*, *rope in*, *jack
up*, *iron out*, *drum up*, *shell out*, *brush off*, *stamp out*, *cave in*. Their meaning has
nothing of the thing (*the talks panned out* is about no pan), so a Hindi MT that names the thing
— बातचीत कैसे *कड़ाही* से बाहर निकलती है, समूह कारोबार को *छत्ते* से बाहर करेगा, ब्रांड ने क्रिकेटर
को *रस्सी* से अंदर बाँधा — renders the verb word for word, whatever it does with the particle.

Both sides come from large resources read at run time, not from a list: the phrasal verbs are
WordNet's two-word verbs with a particle (``index.verb``: pan_out, hive_off, rope_in …) whose verb
is also a noun naming a physical thing that is no body part (:func:`concrete.image_thing`:
WordNet's lexicographer files); the thing's Hindi is FreeDict's for the noun (its noun senses of
at most three words: कड़ाही, छत्ता, रस्सी) and the project's idiom glossary, or a transcription of
the English (जैक, ब्रश). The source must use the word as a verb: it is followed by its particle
within three words and not preceded by a determiner, a possessive or a preposition other than *to* (*took the pan
out* is a pan). A verb used literally keeps its thing's Hindi: the object after the particle (or
between verb and particle) naming a physical thing or a place (*jacked up the car*, *hosed down
the truck*) is silent, and so is a Hindi word that also renders another word of the source or
that the dictionary reads mostly as an abstraction (:func:`abstract.abstract_keys`: सहारा for
*prop* is *support* too) or that is common (:data:`IMAGE_ZIPF`: जड़ से मिटाना is Hindi's own for
*root out*). The object after the particle is the head of its noun phrase (*bus fares*, *its
cement business*) in its commonest sense; a word after an adjective is a noun (*a wooden plank
over*); a thing glossed by a phrase is also its head word (मधुमक्खियों का छत्ता → छत्ता:
:func:`gloss_heads`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.abstract import abstract_keys
from audit.lang.bilingual.concrete import CONCRETE_FILES, THING_FILES, commonest_file, is_concrete, is_place
from audit.lang.bilingual.freedict import MAX_GLOSS_WORDS, Dictionary
from audit.lang.bilingual.hindi import content_words, fold, stem_key
from audit.lang.bilingual.idioms import glossary_keys
from audit.lang.frequency import zipf_hi
from audit.lang.function_words import HINDI_GENITIVES

#: the particles of the phrasal verbs looked at (those MT renders as a Hindi spatial word)
PARTICLES = frozenset(("up", "down", "out", "in", "off", "back", "away", "over"))
#: how many words after the verb its particle may stand (roped *a cricketer* in)
REACH = 3
#: words before a verb form that make it a noun (the pan, his brush, with a rope)
_NOUN_BEFORE = frozenset(
    """a an the this that these those his her its their our my your some any each every no
    of in on at with by from for into onto""".split()
)
#: how common (wordfreq Zipf) the thing's Hindi word may be: जड़ (4.6) is in Hindi's own जड़ से
#: मिटाना for *root out*, पानी and मांस are any sentence's; ढोल, गुफा, रस्सी, कड़ाही are rarer
IMAGE_ZIPF = 4.5
#: how many more tagged senses the verb may have than its noun (a verb made from the noun)
VERB_LEAD = 2
#: how many of the noun's most frequent senses are looked at for a thing
NOUN_SENSES = 3

Transcriber = Callable[[str, list[tuple[int, int, str]]], set[int]]


@lru_cache(maxsize=1)
def phrasal_pairs() -> frozenset[tuple[str, str]]:
    """(verb, particle) of WordNet's two-word verbs with a particle whose verb is first a noun
    naming a thing (a derived table keyed on WordNet's index files, built once per machine)."""
    from audit.core.derived import derived, fingerprint

    folder = wordnet.WORDNET_DIR
    if not (folder / "index.verb").is_file() or wordnet.index("verb") is None:
        return frozenset()
    key = fingerprint(str(folder / "index.verb"), str(folder / "index.noun"), "phrasal-image-2")
    return frozenset(tuple(p) for p in derived("phrasal-image-pairs", key, _read_pairs))


def _read_pairs() -> list[list[str]]:
    """The pairs of :func:`phrasal_pairs`: the verb is not much more frequent in WordNet's tagged
    senses than its noun (at most :data:`VERB_LEAD` more: *pan*, *hive*, *rope*, *churn*; not
    *fill*, *work*, *sink*, *shoot*), and one of the noun's :data:`NOUN_SENSES` most frequent
    senses names a physical thing that is no body part (lexicographer files 05, 06, 13, 17, 20,
    27)."""
    verbs: dict[str, set[str]] = {}
    tagged: dict[str, int] = {}
    for f in wordnet.index_fields("verb"):
        parts = f[0].split("_")
        if len(parts) == 2 and parts[1] in PARTICLES and parts[0].isalpha() and len(parts[0]) >= 3:
            verbs.setdefault(parts[0], set()).add(parts[1])
        elif len(parts) == 1:
            tagged[f[0]] = int(f[-int(f[2]) - 1])
    nouns = wordnet.index("noun") or {}
    files = wordnet.lexfiles("noun")
    things = CONCRETE_FILES - {"08"}
    out = []
    for f in wordnet.index_fields("noun"):
        v = f[0]
        if v in verbs and any(files.get(o) in things for o in nouns.get(v, ())[:NOUN_SENSES]):
            if tagged.get(v, 0) <= int(f[-int(f[2]) - 1]) + VERB_LEAD:
                out += [[v, p] for p in sorted(verbs[v])]
    return out


#: particles that are adverbs only, never a preposition's (an object or a place follows *in*,
#: *on*, *over*): a verb form right before one is a phrasal verb WordNet may not list
ADVERB_PARTICLES = frozenset("up down out off back away around ahead".split())


@lru_cache(maxsize=1)
def denominal_verbs() -> frozenset[str]:
    """Verbs made from a thing's noun, WordNet's phrasal verb or not (*tail*, *notch*, *elbow*,
    *monkey*): a derived table keyed on WordNet's index files, built once per machine."""
    from audit.core.derived import derived, fingerprint

    folder = wordnet.WORDNET_DIR
    if not (folder / "index.verb").is_file() or wordnet.index("verb") is None:
        return frozenset()
    key = fingerprint(str(folder / "index.verb"), str(folder / "index.noun"), "denominal-1")
    return frozenset(derived("denominal-verbs", key, _read_denominal))


def _read_denominal() -> list[str]:
    """The verbs of :func:`denominal_verbs`: as in :func:`_read_pairs`, a verb not much more
    frequent in WordNet's tagged senses than its noun, one of whose :data:`NOUN_SENSES` most
    frequent senses names a physical thing — a body part too (*elbow*, *tail*): only a verb form
    the source puts right before an adverb particle is read, where a body moves no thing."""
    tagged = {f[0]: int(f[-int(f[2]) - 1]) for f in wordnet.index_fields("verb") if "_" not in f[0]}
    nouns = wordnet.index("noun") or {}
    files = wordnet.lexfiles("noun")
    out = []
    for f in wordnet.index_fields("noun"):
        v = f[0]
        if v in tagged and len(v) >= 3 and v.isalpha():
            if any(files.get(o) in CONCRETE_FILES for o in nouns.get(v, ())[:NOUN_SENSES]):
                if tagged[v] <= int(f[-int(f[2]) - 1]) + VERB_LEAD:
                    out.append(v)
    return sorted(out)


def _pair_at(toks: list[str], i: int, verb: str, j: int) -> bool:
    """Whether the verb ``verb`` (token ``i``) and the particle at ``j`` make a phrasal verb made
    from a noun: WordNet's (:func:`phrasal_pairs`), or any verb of :func:`denominal_verbs` in a
    past or progressive form right before an adverb particle (*sales tailed off*, *notched up*,
    *was elbowed out*, *monkeying around*) — a form no noun takes."""
    if (verb, toks[j]) in phrasal_pairs():
        return True
    return (
        j == i + 1
        and toks[j] in ADVERB_PARTICLES
        and toks[i] != verb
        and toks[i].endswith(("ed", "ing"))
        and verb in denominal_verbs()
    )


def noun_keys(d: Dictionary, noun: str) -> set[tuple[str, ...]]:
    keys = set(glossary_keys(noun))
    for s in d.senses(noun):
        if s.pos.upper().startswith("N") and s.keys and len(s.keys) <= MAX_GLOSS_WORDS:
            keys.add(s.keys)
            keys |= {(stem_key(h),) for h in gloss_heads(s.hindi)}
    return keys


def gloss_heads(hindi: str) -> list[str]:
    """The one-word heads of a dictionary gloss of several words: each alternative of a gloss
    that lists them (कोई मोटी छड़ी या *डंडा*) and the noun after a genitive (मधुमक्खियों का *छत्ता*,
    a hive). Hindi puts a noun phrase's head last, so the MT's plain word for the thing is that
    word alone (समूह कारोबार को छत्ते से बाहर करेगा)."""
    out = []
    for alt in re.split(r"\s+या\s+|[,;]", hindi):
        words = alt.split()
        if len(words) < 2:
            continue
        genitive = max((n for n, w in enumerate(words) if w in HINDI_GENITIVES), default=-1)
        if genitive >= 0 and len(words) - genitive == 2:
            out.append(words[-1])
    alts = [a.split() for a in re.split(r"\s+या\s+", hindi)]
    if len(alts) > 1:
        out += [a[0] for a in alts if len(a) == 1]
    return out


def readings_elsewhere(
    d: Dictionary, toks: list[str], phrase: tuple[int, int], mt_keys: list[str], skip: str = ""
) -> set[int]:
    """MT word positions that render another content word of the source (its dictionary or
    glossary Hindi): the words outside the phrasal verb at ``phrase`` (verb, particle), and not
    ``skip``. A Hindi word found there translates the sentence, not the phrasal verb's image."""
    outside: set[int] = set()
    for x, t in enumerate(toks):
        if x not in phrase and E.is_content(t) and t != skip:
            for lemma in E.lemmas(t):
                outside |= gloss_positions(d.keys(lemma) | set(glossary_keys(lemma)), mt_keys)
    return outside


def spelled_elsewhere(
    toks: list[str], phrase: tuple[int, int], verb: str, mt_words: list[tuple[int, int, str]]
) -> set[int]:
    """MT word positions that spell another content word of the source (the dictionary module's
    transliteration test, :func:`audit.lang.engdict.is_transliteration`): फ़र्म for *farmed out
    the survey to a private firm* writes *firm*, not the phrasal verb's *farm*."""
    out: set[int] = set()
    for x, t in enumerate(toks):
        if x not in phrase and E.is_content(t) and t not in E.lemmas(verb):
            out |= {
                p for p, (_s, _e, w) in enumerate(mt_words) if engdict.is_transliteration(w, t, common=False)
            }
    return out


def gloss_positions(keys: set[tuple[str, ...]], mt_keys: list[str]) -> set[int]:
    """MT word positions where one of the glosses occurs (all its words within three words)."""
    out = set()
    for gloss in keys:
        for j, k in enumerate(mt_keys):
            if k == gloss[0] and all(
                any(mt_keys[x] == g for x in range(max(0, j - 3), min(len(mt_keys), j + 4)))
                for g in gloss[1:]
            ):
                out.add(j)
    return out


def _object_thing(tokens: list[tuple[int, int, str]], src: str, i: int, j: int) -> bool:
    """Whether the object between the verb ``i`` and its particle ``j``, or the head of the noun
    phrase right after the particle, names a physical thing or a place (jacked *the car* up, hosed
    down *the truck*). The head, not a modifier, is the object (*bus fares*, *its cement
    business*), read in its commonest sense (*his tenth goal*: an aim before a place, *the
    figures*: numbers before drawings); with no noun phrase there, the word after the particle is
    read as it stands."""
    from audit.lang.bilingual.phrasal_objects import head_after

    toks = [t[2].lower() for t in tokens]
    between = [t for t in toks[i + 1 : j] if t not in E.DETERMINERS]
    after, _k = head_after(tokens, j + 1, src)
    if after:
        if _commonest_thing(after):
            return True
    else:
        k = j + 1
        while k < len(toks) and toks[k] in E.DETERMINERS:
            k += 1
        between += [toks[k]] if k < len(toks) and toks[k].isalpha() else []
    return any(is_concrete(h) or is_place(h) for h in between[-2:])


def _commonest_thing(word: str) -> bool:
    """Whether the noun's commonest WordNet sense is a physical thing or a place."""
    return commonest_file(word) in THING_FILES


def _adjective_only(word: str) -> bool:
    """A word WordNet lists as an adjective and as no noun or verb (*wooden*, *loose*): the word
    after it is a noun (a wooden *plank* over the drain), not a verb."""
    adj, noun, verb = (wordnet.lemmas(p) or frozenset() for p in ("adj", "noun", "verb"))
    return word in adj and word not in noun and word not in verb


def verb_between(toks: list[str], i: int, j: int) -> bool:
    """Whether an inflected verb stands between the word ``i`` and the particle ``j``: the word is
    then a noun and the particle another verb's (the window glass *broke* in). A word right after
    a determiner is a noun (egged *the bowler* on: no form of *bowl*)."""
    index = wordnet.index("verb") or {}
    return any(
        t not in index and any(lem in index for lem in E.lemmas(t)) and toks[k - 1] not in E.DETERMINERS
        for k, t in enumerate(toks[i + 1 : j], i + 1)
    )


def find(
    src: str, mt: str, d: Dictionary, transcribed: Transcriber | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, the English phrasal verb as written, its noun) of the source's phrasal verbs
    made from a thing's noun whose Hindi (or transcription) the MT holds."""
    pairs = phrasal_pairs()
    if not pairs:
        return []
    tokens = E.tokens(src)
    toks = [t[2].lower() for t in tokens]
    found: list[tuple[int, int, str]] = []  # (verb token, particle token, verb)
    for i, tok in enumerate(toks):
        before = toks[i - 1] if i else ""
        if (
            before in _NOUN_BEFORE
            or before == "s"
            or before.endswith(("ing", "'s"))
            or _adjective_only(before)
            or before in E.NUMBER_WORDS
        ):
            continue  # the pan, the boy's cap, the frying pan, three punches: a noun
        verbs = [
            v for v in E.lemmas(tok) if v in denominal_verbs() or any((v, p) in pairs for p in PARTICLES)
        ]
        for v in verbs:
            j = next(
                (x for x in range(i + 1, min(len(toks), i + 1 + REACH)) if _pair_at(toks, i, v, x)),
                None,
            )
            if j is not None and not _object_thing(tokens, src, i, j) and not verb_between(toks, i, j):
                found.append((i, j, v))
                break
    if not found:
        return []
    mt_words = content_words(mt)
    mt_keys = [stem_key(w) for _, _, w in mt_words]
    out = []
    for i, j, verb in found:
        outside = readings_elsewhere(d, toks, (i, j), mt_keys, skip=verb)
        pos = gloss_positions(noun_keys(d, verb), mt_keys)
        if transcribed is not None:
            pos |= transcribed(verb, mt_words)
            outside |= spelled_elsewhere(toks, (i, j), verb, mt_words)
        # a Hindi word read mostly as an abstraction is the meaning (सहारा for *prop*: support)
        # and a common one as likely the sentence's own or Hindi's idiom (जड़ से मिटाना, root out)
        pos = {
            p
            for p in pos - outside
            if fold(mt_words[p][2]) not in abstract_keys() and zipf_hi(mt_words[p][2]) < IMAGE_ZIPF
        }
        if pos:
            p = min(pos)
            english = src[tokens[i][0] : tokens[j][1]]
            out.append((mt_words[p][0], mt_words[p][1], english, verb))
    return out
