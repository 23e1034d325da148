"""HI505's guard on an added negation said in other words: the Hindi negates a predicate that
renders no word of the source.

A flipped sentence negates the source's own verb: *the government will raise taxes* → सरकार कर
नहीं बढ़ाएगी (बढ़ाना is the dictionary's Hindi of *raise*), *the shop stays open* → दुकान नहीं
खुलती. An English idiom or figure rendered by its sense often takes a Hindi negation whose
predicate is none of the source's words: *the landlord is pushing up daisies* → इस दुनिया में नहीं
है, *fell behind on their rent* → किराया नहीं चुका पाए, *keeping his cards close to his chest* →
खुलासा नहीं कर रहे, *has a glass jaw* → मुक्का भी नहीं झेल पाता, *as clear as mud* → समझ में नहीं
आते. The predicate is the verb right after the negator, or, where a light verb or an auxiliary
follows it (कर, हो, दे, ले, है, था), the word before it — the noun or adjective of a conjunct verb
(गिरफ़्तार नहीं किया, पसंद नहीं है). Read by
:func:`audit.rules.source.negation.negation_mismatch` with the MT's negators.
"""

from __future__ import annotations

from functools import lru_cache

from audit.core.text import words
from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key
from audit.lang.function_words import HINDI_STOP_WORDS
from audit.lang.inflection import verb_forms
from audit.rules.reduplication import IRREGULAR_PERFECTIVES
from audit.rules.source.common import bare, dictionary
from audit.rules.source.negation_frames import UNIVERSAL_RE
from audit.rules.source.sense_guards import hindi_infinitive

#: forms of the light verbs and auxiliaries that follow a conjunct verb's noun (गिरफ़्तार नहीं
#: किया, मंज़ूरी नहीं दी, पसंद नहीं है, हावी नहीं होने दिया): the predicate is the word before them
LIGHT_FORMS = frozenset(
    (*verb_forms("कर"), *verb_forms("हो"), *verb_forms("दे"), *verb_forms("ले"), *IRREGULAR_PERFECTIVES)
) | frozenset("है हैं हूं हो था थी थे थीं हुआ हुई हुए हुईं होगा होगी होंगे".split())
#: the Hindi infinitive ending a dictionary verb gloss ends with (बढ़ाना, खोलना)
_INFINITIVE = "ना"
#: a verb stem shorter than this starts too many words to be read by its prefix
_MIN_STEM = 2
#: a gloss of more stem keys than this is a definition, not a translation
_MAX_GLOSS_KEYS = 3
#: perfective endings of a Hindi verb form, replaced by ना to give its infinitive (खोला → खोलना)
_PERFECTIVE = ("या", "ये", "ए", "ईं", "ई", "ीं", "ी", "े", "ा")
#: irregular perfectives (गया → जाना)
_IRREGULAR = {"गया": "जाना", "गई": "जाना", "गए": "जाना", "गये": "जाना", "गईं": "जाना"}
#: how many WordNet senses of a source word give its synonyms
_SYNONYM_SENSES = 3
#: how far back the word a light verb follows is looked for (पसंद नहीं है, दुनिया में नहीं है)
_REACH_BACK = 2
#: the marks that end a clause, and the conjunction that opens a complement clause
_CLAUSE_MARKS = (",", ";", ":", "।", "?", "!")
_THAT = "कि"
#: number words and counts: a clause that renders only a number renders nothing of the source
_NUMBERS = E.NUMBER_WORDS | frozenset(("once", "twice", "thrice"))


def predicate_words(mt: str, start: int) -> tuple[str, ...]:
    """The words the negator at ``start`` negates: the verb after it, or, where a light verb or an
    auxiliary (or nothing) follows, the nearest word before it that is no function word (दुनिया
    में नहीं है → दुनिया)."""
    ws = words(mt)
    k = next((i for i, (s, _e, _w) in enumerate(ws) if s == start), None)
    if k is None:
        return ()
    after = bare(ws[k + 1][2]) if k + 1 < len(ws) else ""
    if after and after not in LIGHT_FORMS:
        return (after,)
    before = [bare(w) for _s, _e, w in ws[max(0, k - _REACH_BACK) : k]]
    return next(((w,) for w in reversed(before) if w not in HINDI_STOP_WORDS), ())


def _clause_words(mt: str, start: int) -> list[str]:
    """The words of the negator's clause (between punctuation marks or कि), function words left
    out."""
    left = max(mt.rfind(p, 0, start) for p in _CLAUSE_MARKS)
    rights = [i for i in (mt.find(p, start) for p in _CLAUSE_MARKS) if i >= 0]
    clause = mt[left + 1 : min(rights) if rights else len(mt)]
    out: list[str] = []
    for _s, _e, w in words(clause):
        if bare(w) == _THAT:
            out = []  # a clause after कि starts afresh
        elif bare(w) not in HINDI_STOP_WORDS:
            out.append(bare(w))
    return out


def _is_verb_form(word: str) -> bool:
    """Whether a lower-case English word can only be an inflected verb: a past, participle or
    -ing form of a WordNet verb (*paid*, *scored*, *sank*) that is no noun (*rent*, *fell*,
    *building*) and no function word (*during*)."""
    if not (word.endswith(("ed", "ing")) or word in E.irregular("verb")):
        return False
    if word in E.STOP or wordnet.senses("noun", word):
        return False
    return any(wordnet.senses("verb", base) for base in E.lemmas(word)[1:])


def _source_lemmas(src: str, verb_forms: bool = False) -> tuple[str, ...]:
    """Every word of the source (function words too: *less* → कम) and its lemmas, lower case;
    number words left out (दो of *twice* shows no clause renders the source). With
    ``verb_forms``, only the source's inflected verbs (*paid* → pay)."""
    out: list[str] = []
    for _s, _e, tok in E.tokens(src):
        low = tok.lower()
        if len(tok) < 2 or not tok.isalpha() or low in _NUMBERS or (verb_forms and not _is_verb_form(low)):
            continue
        out += [low, *E.lemmas(low)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _source_glosses(src: str, verb_forms: bool = False) -> tuple[frozenset[str], tuple[str, ...]]:
    """The stem keys of the dictionary's short Hindi glosses of the source's content words, and
    the stems of their one-word verb glosses (बढ़ाना → बढ़ा)."""
    d = dictionary()
    keys: set[str] = set()
    stems: set[str] = set()
    if d is None:
        return frozenset(), ()
    for lemma in _source_lemmas(src, verb_forms):
        for sense in d.senses(lemma):
            hindi = sense.hindi.split()
            if len(hindi) == 1 and hindi[0].endswith(_INFINITIVE):
                stem = hindi[0][: -len(_INFINITIVE)]
                if len(stem) >= _MIN_STEM:
                    stems.add(stem)  # (जाना → जा, though its stem key is none: a light verb)
            if sense.keys and len(sense.keys) <= _MAX_GLOSS_KEYS:
                keys.update(sense.keys)
    return frozenset(keys), tuple(sorted(stems))


@lru_cache(maxsize=4096)
def _source_synonyms(src: str, verb_forms: bool = False) -> frozenset[str]:
    """The source's content words, their lemmas and the WordNet synonyms of their first senses
    (*approve*: sanction; *attend*: go to, and its verb *go*)."""
    out: set[str] = set()
    for lemma in _source_lemmas(src, verb_forms):
        out.add(lemma)
        for pos in ("verb", "noun", "adj"):
            for offset in wordnet.senses(pos, lemma)[:_SYNONYM_SENSES]:
                for x in wordnet.synset_at(pos, offset).lemmas:
                    head, *rest = x.split("_")
                    out.add(" ".join((head, *rest)))
                    if rest and not any(E.is_content(r) for r in rest):
                        out.add(head)  # a phrasal synonym's verb (*attend*: go to → go)
    return frozenset(out)


def _dictionary_forms(word: str) -> tuple[str, ...]:
    """The word and the infinitives it may be a form of (खुलती → खुलना, खोला → खोलना, गए → जाना)."""
    out = [word, hindi_infinitive(word) or "", _IRREGULAR.get(word, "")]
    out += [word[: -len(e)] + _INFINITIVE for e in _PERFECTIVE if word.endswith(e) and len(word) > len(e)]
    return tuple(dict.fromkeys(w for w in out if w))


def renders_source(word: str, src: str, verb_forms: bool = False) -> bool:
    """Whether the Hindi ``word`` is the dictionary's Hindi of a content word of the source: a
    gloss's stem key (गिरफ़्तार of *arrest*: गिरफ्तार करना), a form of a one-word verb gloss
    (बढ़ाएगी of *raise*: बढ़ाना), or a word the dictionary reads (Hindi→English) as the source
    word or a WordNet synonym of it (मंज़ूरी: *sanction*, a synonym of *approve*). With
    ``verb_forms``, of the source's inflected verbs only."""
    keys, stems = _source_glosses(src, verb_forms)
    if stem_key(word) in keys or any(word.startswith(stem) for stem in stems):
        return True
    if stem_key(word) in _synonym_glosses(src, verb_forms):
        return True
    synonyms = _source_synonyms(src, verb_forms)
    readings = {
        s.english.lower()
        for form in _dictionary_forms(word)
        for s in engdict.dictionary().translates_as_word(form)
    }
    return bool(readings & synonyms) or any(
        _prefixed(synonym, reading) for reading in readings for synonym in synonyms
    )


@lru_cache(maxsize=4096)
def _synonym_glosses(src: str, verb_forms: bool = False) -> frozenset[str]:
    """The stem keys of the dictionary's short glosses of the source words' one-word WordNet
    synonyms, and of each synonym less a short prefix (*resume*: restart → *start* → शुरू करना)."""
    d = dictionary()
    if d is None:
        return frozenset()
    keys: set[str] = set()
    for synonym in _source_synonyms(src, verb_forms):
        if " " in synonym:
            continue
        forms = [synonym] + [
            synonym[k:] for k in range(1, _MAX_PREFIX + 1) if len(synonym) - k >= _MIN_PREFIXED_READING
        ]
        for form in forms:
            for sense in d.senses(form):
                if sense.keys and len(sense.keys) <= _MAX_GLOSS_KEYS:
                    keys.update(sense.keys)
    return frozenset(keys)


#: a reading this long at least may stand for a synonym that adds a prefix to it (*start* in *restart*)
_MIN_PREFIXED_READING = 4
#: the longest prefix (re-, un-, out-) a synonym may add to a reading
_MAX_PREFIX = 3


def _prefixed(synonym: str, reading: str) -> bool:
    """Whether ``synonym`` is ``reading`` with a short prefix (*restart*: *start*, a synonym of
    *resume*, which शुरू reads as)."""
    return (
        len(reading) >= _MIN_PREFIXED_READING
        and 0 < len(synonym) - len(reading) <= _MAX_PREFIX
        and synonym.endswith(reading)
    )


def paraphrased(src: str, mt: str, start: int) -> bool:
    """Whether the negator at ``start`` negates a predicate none of whose words renders a source
    word, in a clause that renders some other source word but none of its inflected verbs (a
    clause that renders none is an addition: *lock the door* → … कुत्ता बाहर न भाग जाए; one that
    renders the source's verb by a noun negates it: *the workers were paid* → वेतन नहीं मिला), and
    the source says no *all*, *every*, *always* (*every shepherd was paid* → किसी चरवाहे को पैसे
    नहीं मिले is a flip). Without the dictionary nothing is paraphrased."""
    if dictionary() is None or UNIVERSAL_RE.search(src):
        return False
    predicate = predicate_words(mt, start)
    if not predicate or any(renders_source(w, src) for w in predicate):
        return False
    others = [w for w in _clause_words(mt, start) if w not in predicate]
    if any(renders_source(w, src, verb_forms=True) for w in others):
        return False
    return any(renders_source(w, src) for w in others)
