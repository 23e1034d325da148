"""Where a transliteration sits (HI408/HI409, :mod:`audit.rules.translit_common`): beside a name or
another loan it is part of a name or a multiword English term (नॉर्थ कोरिया, सुप्रीम लीडर, वर्ल्ड कप),
and after an English compound of the source kept as a term (economy fare → इकॉनमी भाड़े) it is
the term's head; both are kept on purpose."""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, translit_xlit, wordnet
from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.lang.bilingual import english as E
from audit.lang.function_words import HINDI_LOAN_NEIGHBOUR_WORDS, HINDI_REPEAT_FUNCTION_WORDS
from audit.lang.transcription import native_letters, spells
from audit.rules.name_data import foreign_name, given_names, widespread_given
from audit.rules.names import lexicon, norm
from audit.rules.script import is_loanword, max_stem_zipf, word_stems
from audit.rules.translit_levels import hindi_word
from audit.rules.translit_places import in_place_name, joined
from audit.rules.translit_reading import english_reading, hindi_verb_form, reads_english

#: English look-alike thresholds (see audit.lang.resources.english_lookalikes): a close spelling of
#: an everyday English word (HI408's dictionary test and the neighbour test here)
MIN_SIMILARITY = 0.75
MIN_ENGLISH_ZIPF = 4.0
#: a dictionary Hindi word this common in Hindi text is not a foreign neighbour (unless a listed loan)
COMMON_HINDI_ZIPF = 4.5
#: a neighbour spelling a glossary word this closely is a second transliteration, no term
#: (लीडर 0.83, डिपार्टमेंट 0.9; not गार्ड ~ *growth* 0.75: सिक्योरिटी गार्ड is a term)
NEIGHBOUR_GLOSSARY_SIMILARITY = 0.8
#: a neighbour that spells a listed foreign given name and is this rare in Hindi text is a name
GIVEN_NAME_MAX_ZIPF = 4.0


@lru_cache(maxsize=50_000)
def _foreign(word: str) -> bool:
    """Not a Hindi word: neither in the dictionary's Hindi nor a function word (a name or a loan)."""
    if norm(word) in _FUNCTION or len(word) < 2:
        return False
    d = engdict.dictionary()
    if _common_hindi(word):
        return False  # a common Hindi word of the dictionary that reads as English too (बीच, साल)
    if engdict.is_transliteration(word):
        return True
    return not any(d.translates_as_word(st) for st in word_stems(word)) and res.zipf_hi(word) < 5.0


def noun_before_verb(text: str, toks: list[tuple[int, int, str]], i: int, english: str) -> bool:
    """Word ``i`` stands in a noun's slot — after a determiner, possessive or number (एक, उसका) —
    and a form of a Hindi verb follows it (एक आउल बैठा, एक बकेट उतारी, एक स्नेक छिपा): the verb is the
    clause's, not a word of an English term or name, whatever English it sounds like. Not an
    English adjective and nothing else (एक फ्रूटी मंगाई: *fruity*, a brand's name there)."""
    return (
        0 < i < len(toks) - 1
        and joined(text, toks, i - 1, i)
        and joined(text, toks, i, i + 1)
        and norm(toks[i - 1][2]) in DETERMINERS
        and hindi_verb_form(toks[i + 1][2])
        and not (english and adjective_only(english))
    )


#: a word in -ी whose form in -ा this common in Hindi text is that word's feminine (हल्की: हल्का)
FEMININE_BASE_MIN_ZIPF = 3.0


def hindi_feminine(word: str) -> bool:
    """The feminine of a Hindi adjective in -ा that Hindi text knows (हल्की of हल्का, पुरानी of
    पुराना): English words are not written with Hindi's -ी on an -ा base. Not a word the
    transliterator reads as English (मनी: *money*, not मना's form)."""
    return (
        word.endswith("\u0940")
        and len(word) > 2
        and res.zipf_hi(word[:-1] + "\u093e") >= FEMININE_BASE_MIN_ZIPF
        and not english_reading(word)
    )


def _common_hindi(word: str) -> bool:
    """A common Hindi word the dictionary gives for something (साल, बीच), not a listed loan."""
    d = engdict.dictionary()
    return (
        res.zipf_hi(word) >= COMMON_HINDI_ZIPF
        and not is_loanword(word)
        and any(d.translates_as_word(st) for st in word_stems(word))
    )


# what it holds and why: audit/lang/function_words.py
_FUNCTION = frozenset(norm(w) for w in HINDI_LOAN_NEIGHBOUR_WORDS)
#: a word after a loan that shows it is a noun of the sentence, not the head of a term
_TERM_BREAK = frozenset(norm(w) for w in HINDI_LOAN_NEIGHBOUR_WORDS | HINDI_REPEAT_FUNCTION_WORDS)


def beside_foreign(
    text: str,
    toks: list[tuple[int, int, str]],
    i: int,
    glossary_word: bool = False,
    src: str | None = None,
    english: str = "",
) -> bool:
    """A neighbour (space or hyphen between) that is a name or another loan: the word is part of a
    name or a multiword English term (नॉर्थ कोरिया, सुप्रीम लीडर, डार्क मैटर), kept on purpose.
    A glossary word asks for clearer evidence (:func:`_english_or_name`): the dictionary test
    reads many Hindi words FreeDict lacks (साल, तैनात, दिसंबर) as foreign. A neighbour that is
    itself a glossary transliteration is no term but a second transliteration (ऑपोजिशन लीडर for
    विपक्ष के नेता), and with the source a neighbour that spells a source word not next to the
    word's own English is no part of its term (प्लास्टिक एनवायरनमेंट for *plastic is harming the
    environment*)."""
    foreign = _english_or_name if glossary_word else _foreign
    near = [j for j in (i - 1, i + 1) if joined(text, toks, min(i, j), max(i, j))]
    if src and english and any(_name_in_source(src, english, toks[j][2]) for j in near):
        return True  # two words of a capitalised name of the source (Oyapock River Bridge)
    if any(english_compound(toks[min(i, j)][2], toks[max(i, j)][2]) for j in near):
        return True  # an English compound or name WordNet lists (गोल्ड कोस्ट, लेक डिस्ट्रिक्ट, हार्ट अटैक)
    for j in near:
        w = toks[j][2]
        if j > i and noun_before_verb(text, toks, i, english):
            continue  # the Hindi verb the noun is subject or object of (एक आउल बैठा, एक बकेट उतारी)
        if j < i and hindi_feminine(w):
            continue  # a Hindi adjective before its noun (हल्की ड्रिज़ल), no word of an English term
        if not foreign(w) or (src and english and _apart_in_source(src, english, w)) or native_letters(w):
            continue  # a Hindi word by its letters (मातृ, ऋण) makes no English term
        if not _glossary_transliteration(w) or (j > i and english.endswith("ing")):
            return True  # (a gerund before a loan is a compound: हाउसिंग सोसाइटी, पार्किंग स्पेस)
        # a second transliteration makes no term, unless a third English word follows: a run of
        # English words is a name kept in English (ह्यूमन राइट्स वॉच, not ऑपोजिशन लीडर अर्जुन)
        k = j + (j - i)
        if 0 <= k < len(toks) and joined(text, toks, min(j, k), max(j, k)) and _english_word(toks[k][2]):
            return True
    return False


#: how many English readings of each word of a pair :func:`english_compound` tries
COMPOUND_READINGS = 4


def _readings(word: str) -> list[str]:
    """The everyday English words ``word`` may spell (by letters or by sound), closest first."""
    looks = [
        (max(sim, spells(word, en)), en)
        for en, ez, sim in res.english_lookalikes(word, min_key_len=2)
        if ez >= MIN_ENGLISH_ZIPF - 1
    ]
    looks.sort(reverse=True)
    return [en for sim, en in looks[:COMPOUND_READINGS] if sim >= MIN_SIMILARITY]


@lru_cache(maxsize=20_000)
def english_compound(first: str, second: str) -> bool:
    """``first second`` spell an English compound or name that WordNet lists as one noun
    (*gold coast*, *lake district*, *heart attack*, *blood bank*): a fixed English term Hindi keeps
    as a loan, or a place name, not two words left untranslated. Without WordNet: never."""
    nouns = wordnet.lemmas("noun") if wordnet.available() else None
    if not nouns:
        return False
    seconds = _readings(second)
    if not seconds:
        return False
    for a in _readings(first):
        for b in seconds:
            for b_form in dict.fromkeys((b, *E.lemmas(b))):
                if f"{a}_{b_form}" in nouns:
                    return True
    return False


def _english_word(word: str) -> bool:
    """An everyday English word written out (not a name): a glossary transliteration, the
    transliterator's own spelling of an English word (पुलिस, फैक्ट्री), or a close look-alike, by
    letters or by sound, of a common English word that is rare in Hindi text (वॉच)."""
    if _glossary_transliteration(word) or translit_xlit.readings(word):
        return True
    return res.zipf_hi(word) < COMMON_HINDI_ZIPF and any(
        ez >= MIN_ENGLISH_ZIPF and max(sim, spells(word, en)) >= MIN_SIMILARITY
        for en, ez, sim in res.english_lookalikes(word, min_key_len=2)
    )


#: English function words written in Devanagari (*the*, *of*, *and*, *for*): the words around them
#: are an English title or name (द प्रेसिडेंट स्पीच, हाउस ऑफ कॉमन्स, बैंक ऑफ इंग्लैंड)
_ENGLISH_GLUE = frozenset({"द", "ऑफ", "ऑफ़", "एंड", "फॉर", "फ़ॉर"})
#: how many words from one of them count as the title
TITLE_WORDS = 3


def in_english_title(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """The word follows English *the* written out (द प्रेसिडेंट स्पीच), or stands on either side of
    *of*, *and* or *for* (हाउस ऑफ कॉमन्स), in a run of words with single spaces: a title or name
    kept in English."""
    for k in range(i - 1, max(-1, i - 1 - TITLE_WORDS), -1):
        if text[toks[k][1] : toks[k + 1][0]] != " ":
            break
        if toks[k][2] in _ENGLISH_GLUE:
            return True
    for k in range(i + 1, min(len(toks), i + 1 + TITLE_WORDS)):
        if text[toks[k - 1][1] : toks[k][0]] != " ":
            break
        if toks[k][2] in _ENGLISH_GLUE and toks[k][2] != "द":
            return True
    return False


@lru_cache(maxsize=50_000)
def _glossary_transliteration(word: str) -> bool:
    """``word`` closely spells a word of the transliteration glossary (any level) and is neither a
    listed loan nor a name of the gazetteer (लीडर, डिपार्टमेंट; not कप, कोरिया)."""
    if is_loanword(word) or norm(word) in lexicon().gazetteer or glossary.is_glossary_hindi(word):
        return False
    return any(sim >= NEIGHBOUR_GLOSSARY_SIMILARITY for _e, _f, sim in glossary.matches(word))


def _name_in_source(src: str, english: str, neighbour: str) -> bool:
    """``english`` is capitalised in the source next to a capitalised word the neighbour spells."""
    toks = [t for _s, _e, t in E.tokens(src)]
    return any(
        t.lower() == english
        and t[:1].isupper()
        and any(
            0 <= k + d < len(toks) and toks[k + d][:1].isupper() and spells(neighbour, toks[k + d].lower())
            for d in (-1, 1)
        )
        for k, t in enumerate(toks)
    )


def _apart_in_source(src: str, english: str, neighbour: str) -> bool:
    """The neighbour spells a word of the source that is not next to ``english`` there."""
    words = [t.lower() for _s, _e, t in E.tokens(src)]
    own = {k for k, t in enumerate(words) if t == english}
    spelled = {k for k, t in enumerate(words) if len(t) > 2 and spells(neighbour, t)}
    return bool(own and spelled) and not any(abs(a - b) == 1 for a in own for b in spelled)


@lru_cache(maxsize=50_000)
def _english_or_name(word: str) -> bool:
    """A listed loan, a name or title of the gazetteer, a word Hindi text does not know (a name),
    or one that reads closely as an everyday English word and is not common Hindi (रेट, कप)."""
    if norm(word) in _FUNCTION or len(word) < 2:
        return False
    # the allow-list of loans and the titles hold Hindi words too (आयोग, मंत्री): the Hindi word
    # the glossary says news uses is Hindi beside a transliteration (आयोग ट्रुथ का)
    if (is_loanword(word) or norm(word) in lexicon().titles) and not glossary.is_glossary_hindi(word):
        return True
    if norm(word) in lexicon().gazetteer:
        return True
    z = max_stem_zipf(word)
    if z == 0 or norm(word) in given_names():
        return True
    if z < GIVEN_NAME_MAX_ZIPF and (name := foreign_name(word)) is not None and "given" in name[1]:
        return True  # a foreign given name (स्टीव जॉब्स)
    # by letters or by sound (सर्टिफ़िकेट ~ *certificate* by sound only), as _english_word reads it,
    # or as the transliterator spells an English word or its sound does (प्रेशर, नेशनल, ड्यू, शो)
    return z < COMMON_HINDI_ZIPF and (
        any(
            ez >= MIN_ENGLISH_ZIPF and max(sim, spells(word, en)) >= MIN_SIMILARITY
            for en, ez, sim in res.english_lookalikes(word, min_key_len=2)
        )
        or reads_english(word)
    )


_NOT_NOUNS = frozenset(
    "against about across among despite towards without within during after before".split()
)


def _noun_like(word: str) -> bool:
    """A lowercase content word of the source that may head a compound (not a verb form in -ed/-ing/
    -s or an irregular one, not a preposition): *fare* in *economy fare*, not *dropped* in
    *temperature dropped* nor *grew* in *the economy grew*."""
    return (
        word.isalpha()
        and word.islower()
        and E.is_content(word)
        and word not in _NOT_NOUNS
        and not word.endswith(("ed", "ing", "s"))
        and not _verb_form(word)
    )


@lru_cache(maxsize=20_000)
def _verb_form(word: str) -> bool:
    """An irregular inflection of a verb the dictionary knows (grew, rose, fell): *prices rose* is
    no compound though *rose* is a noun too."""
    d = engdict.dictionary()
    return any(
        s.pos.startswith("V")
        for lemma in E.lemmas(word)[1:]
        if not word.startswith(lemma)  # an irregular form (rose → rise), not a suffix rule (leader)
        for s in d.senses.get(lemma, [])
    )


def source_compound(src: str, english: str, text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """The source word opens an English compound (*economy fare*, *peace process*) and the MT keeps
    it as a term: a Hindi content word follows the loan directly (इकॉनमी भाड़े), where the noun of
    a translation takes a postposition (इलेक्शन के नतीजे)."""
    if adjective_only(english):
        return False  # an adjective heads no compound term: डर्टी पानी is *dirty water* translated half
    words = [t for _s, _e, t in E.tokens(src)]
    after = {
        nxt for k, t in enumerate(words[:-1]) if t.lower() == english and _noun_like(nxt := words[k + 1])
    }
    if not after or i + 1 >= len(toks) or text[toks[i][1] : toks[i + 1][0]] != " ":
        return False
    # a second transliteration is no term kept but two words left in English (ऑपोजिशन लीडर)
    return norm(toks[i + 1][2]) not in _TERM_BREAK and not _glossary_transliteration(toks[i + 1][2])


#: lemmas an institution's first WordNet senses lie under: Hindi translates the institution of a
#: place (दिल्ली सरकार, पटना विश्वविद्यालय), never keeps it as part of a name
_INSTITUTION_LEMMAS = frozenset({"organization", "social_group", "gathering"})


@lru_cache(maxsize=20_000)
def _institution(english: str) -> bool:
    """One of the two first WordNet noun senses of ``english`` (or its lemma) is an organisation
    or a social group: *government*, *council*, *court*, *university*, *assembly* — not *heat*,
    *forest*, *indian*, *warrior*, *bull*, *city*."""
    if not wordnet.available():
        return True  # (no evidence: the word stays flagged)
    nouns = wordnet.index("noun") or {}
    for form in (english, *E.lemmas(english)):
        if any(wordnet.noun_under(o, _INSTITUTION_LEMMAS) for o in nouns.get(form, ())[:2]):
            return True
    return False


#: the English letters' names as Hindi writes them (बीटीएस is B-T-S, एनडीआरएफ N-D-R-F)
_LETTER_NAMES = frozenset(
    "ए बी सी डी ई एफ एफ़ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू डबल्यू एक्स वाई ज़ेड जेड".split()
)


@lru_cache(maxsize=20_000)
def spelled_acronym(word: str, parts: int = 0) -> bool:
    """The word is two or more English letters' names run together: an acronym said letter by
    letter (बीटीएस, एनडीआरएफ, सीबीआई), whatever English word its sounds make."""
    if not word:
        return parts >= 2
    return any(
        word.startswith(name) and spelled_acronym(word[len(name) :], parts + 1) for name in _LETTER_NAMES
    )


#: a word this common in Hindi text is a Hindi word first, whatever name it spells (हासिल: Hacile)
HINDI_FIRST_MIN_ZIPF = 4.5


def _hindi_first(word: str) -> bool:
    return hindi_word(word) or res.zipf_hi(word) >= HINDI_FIRST_MIN_ZIPF


def in_name_run(text: str, toks: list[tuple[int, int, str]], i: int, english: str, src: str | None) -> bool:
    """The word continues a name begun by the word before it (a space or hyphen between): a listed
    surname after a foreign given name (कोल पामर, बेन फोक्स: a surname that looks English) or a given
    name before one (विंस केबल), or, in
    a sentence about sport
    (HI207's team frame's context words), a place or a listed name (मुंबई इंडियंस, मियामी
    हीट, नॉटिंघम फ़ॉरेस्ट, केरला ब्लास्टर्स: a team or club named after it). An institution after
    a place (दिल्ली गवर्नमेंट, *Delhi government*) is Hindi's to translate, sport or not."""
    if in_place_name(text, toks, i, src):
        return True  # a place named in English words (दलाल स्ट्रीट, पार्लियामेंट स्क्वायर, न्यू ऑर्लियंस)
    word = toks[i][2]
    nxt = toks[i + 1][2] if joined(text, toks, i, i + 1) else ""
    if (
        nxt
        and widespread_given(word)
        and foreign_name(nxt) is not None
        and not (_hindi_first(nxt) or _english_word(nxt))
    ):
        return True  # a given name before a listed surname that is no Hindi word (विंस केबल, not हासिल)
    if not joined(text, toks, i - 1, i):
        return False
    from audit.lang.bilingual.hindi import is_stop
    from audit.lang.transcription import name_lookalikes
    from audit.rules.title_teams import is_place, place_spelling, sport_sentence

    prev = toks[i - 1][2]
    if is_stop(prev):
        return False
    if (
        widespread_given(prev)
        and foreign_name(word) is not None
        and not (_hindi_first(prev) or is_place(prev))
    ):
        return True  # a listed surname after a given name, English words both or not (कोल पामर)
    if _glossary_transliteration(prev) or _english_word(prev):
        return False  # a second transliteration (ऑपोजिशन लीडर): no name begins there
    if not sport_sentence(toks, src) or _institution(english):
        return False
    if place_spelling(prev) or is_place(prev):
        return True  # (a listed place's spelling, however common: मुंबई)
    return not _hindi_first(prev) and (foreign_name(prev) is not None or bool(name_lookalikes(prev)))


@lru_cache(maxsize=20_000)
def adjective_only(english: str) -> bool:
    """WordNet lists ``english`` as an adjective and never as a noun (*dirty*, *cheap*; not *gold*)."""
    if not wordnet.available():
        return False
    adjs, nouns = wordnet.lemmas("adj") or frozenset(), wordnet.lemmas("noun") or frozenset()
    return english in adjs and english not in nouns


#: determiners and possessives: the word after one is a noun of the Hindi sentence
DETERMINERS = frozenset(
    norm(w)
    for w in """इस उस इसी उसी यह वह ये वे एक कई हर किसी कोई अपना अपनी अपने उसका उसकी उसके उनका उनकी
    उनके इसका इसकी इसके हमारा हमारी हमारे मेरा मेरी मेरे आपका आपकी आपके""".split()
)
POSTPOSITIONS = frozenset(norm(w) for w in "का की के में से को पर तक ने".split())
_TERM_BREAK_RAW = frozenset(HINDI_LOAN_NEIGHBOUR_WORDS | HINDI_REPEAT_FUNCTION_WORDS) | _TERM_BREAK


def standalone(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """The word stands alone as a noun of the Hindi sentence: a Hindi function word before it, and
    a determiner or possessive before it or a postposition after it (इस सिटी में, उसका हाउस, भी
    जस्टिस का) — not in a name or an English term (व्हाइट हाउस, जस्टिस नागरत्ना, सिटी बस)."""
    if i == 0 or toks[i - 1][2] not in _TERM_BREAK_RAW or not joined(text, toks, i - 1, i):
        return False  # (the raw spelling first: this runs on every word)
    left = norm(toks[i - 1][2])
    if left in DETERMINERS:
        return True
    return joined(text, toks, i, i + 1) and norm(toks[i + 1][2]) in POSTPOSITIONS
