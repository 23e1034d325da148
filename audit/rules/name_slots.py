"""HI104's grammatical name slots: a common Hindi word where Hindi grammar reads a person's name.

:mod:`audit.rules.name_class` knows the name parts that are English words (Smith, Cook, Rice)
and finds their translations beside foreign names. A surname can be any English word, though
(Banks, Swift, Sugar, Paz), and the dictionary of name words never holds them all. What does
not change is the grammar: after a foreign given name, Hindi has the surname, and a common
noun or adjective there is a translated surname when the sentence treats the pair as a person:

* a foreign given name, a common word and the ergative ने (जिम बैंकों ने, ऑक्टावियो शांति ने):
  a bare given name and a noun cannot take ने together (माइकल शिकार ने is not Hindi), and a
  plural noun (बैंकों, फाटकों) never names one person;
* a foreign given name and an adjective that a case marker follows (टेलर तेज़ के दौरे,
  बेट्टी सफ़ेद का निधन): an adjective takes no postposition unless it is a name;
* a word translating a name word right before a foreign surname that ने/का/की/के/को follows
  (बाघ वुड्स ने, आस्था किपयेगोन ने);
* an English personal honorific, a common word and ने/का/की/के/को (लॉर्ड चीनी ने);
* a romanised syllable that is an English word before a hyphenated East Asian given name
  (माँ यिंग-जिउ ने for Ma Ying-jeou);
* the second word of a name whose first word was found translated (डॉ. आशा मिलें ने).

Ordinary Hindi stays silent (see HI104's doc): जॉन भाई, मोहन लाल, ट्रंप प्रशासन ने, जेम्स तेज़ दौड़ा.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.function_words import ENGLISH_STOP_WORDS, HINDI_GENITIVES
from audit.lang.segment_words import segment_words
from audit.rules import name_data, plain_hindi
from audit.rules.name_class import (
    DETERMINERS,
    FOREIGN_GIVEN_MAX_ZIPF,
    HINDI_TITLES,
    HONORIFICS,
    NAME_MAX_ZIPF,
    Hit,
    after_name_word,
    calque_of,
    calque_of_key,
    described_given,
    find_class_calques,
    is_descriptor,
    is_foreign_surname,
    is_given,
    name_context,
    native_word,
    slot_words,
)
from audit.rules.name_data import FUNCTION_WORDS, all_given_names, given_names, stem_keys, surnames
from audit.rules.name_finders import FRAME_FINDERS
from audit.rules.name_forms import spells_name
from audit.rules.name_frames import FRAME_MARKERS as PERSON_MARKERS
from audit.rules.name_frames import person_word
from audit.rules.name_kinds import kind_noun
from audit.rules.names import Unit, key_zipf, next_unit, norm, spelling_key, units
from audit.rules.registry import CheckContext, make_finding, register

# PERSON_MARKERS (what follows a name part the sentence treats as a person) and HINDI_GENITIVES (an
# adjective takes them only as a noun, a name; not से/को: a colour is a noun too — पीटर सफ़ेद से
# ज़्यादा नीला पसंद करता है) are name_frames' FRAME_MARKERS and function_words' HINDI_GENITIVES.
ERGATIVE = norm("ने")
#: person words before a name besides the descriptors (कांग्रेस सदस्य जिम, सदन प्रतिनिधि)
MEMBER_WORDS = frozenset(norm(w) for w in ("सदस्य", "प्रतिनिधि", "सांसद"))
#: an East Asian given-name syllable: this short and rare in Hindi (यिंग, जिउ, जे)
SYLLABLE_MAX_LEN = 4
#: a plural noun in the surname slot: its stem is a common Hindi word (बैंक, फाटक)
PLURAL_STEM_MIN_ZIPF = 3.5
PLURAL_ENDINGS = ("ों", "ियों", "ें", "एं", "ियां")


def _plural_noun(key: str) -> bool:
    """A plural noun (बैंकों, फाटकों, मिलें): a common stem, a plural ending; before ने, where the
    oblique is due, a direct plural is no Hindi noun phrase either."""
    return any(
        key.endswith(end)
        and max((key_zipf(k) for k in stem_keys(key)[1:]), default=0.0) >= PLURAL_STEM_MIN_ZIPF
        for end in PLURAL_ENDINGS
    )


@res.vocabulary_memo("name-slot-word-v2", key=engdict.stamp)
def _may_be_word(key: str) -> bool:
    """A quick look before the slot is weighed: a name word, a word with a noun or adjective sense
    in the dictionary, or a plural (dictionary look-ups only, no spelling comparison)."""
    if key in FUNCTION_WORDS or len(key) < 3:
        return False
    if name_data.glossary_word(key) is not None or _plural_noun(key):
        return True
    d = engdict.dictionary()
    return any(
        k in name_data.calque_words() or any(s.pos.startswith(("N", "Adj")) for s in d.translates_as_word(k))
        for k in stem_keys(spelling_key(key))
    )


@lru_cache(maxsize=65536)
def _may_be_adjective(key: str) -> bool:
    """A word with an adjective sense in the dictionary, any inflection: what :func:`native_word`
    needs to answer "Adj" (dictionary look-ups only)."""
    if key in FUNCTION_WORDS:
        return False
    d = engdict.dictionary()
    keys = stem_keys(spelling_key(key))
    keys += name_data.masculine_keys(keys[0])  # नीली: नीला
    return any(s.pos.startswith("Adj") for k in keys for s in d.translates_as_word(k))


def _name_english(english: str) -> bool:
    return (
        bool(english)
        and english not in ENGLISH_STOP_WORDS
        and ("given" in name_data.latin_names().get(english, "") or english in name_data.glossary())
    )


@res.vocabulary_memo("name-slot-translates-v2", key=engdict.stamp)
def _may_translate_name(key: str) -> bool:
    """Whether :func:`_translated_first` can answer for a one-part word of this key: its calque or
    one of its noun/adjective senses is a name word (look-ups only, before any spelling comparison)."""
    if len(key) < 3 or key in FUNCTION_WORDS or key in HINDI_TITLES:
        return False
    if _name_english(calque_of_key(key) or ""):
        return True
    d = engdict.dictionary()
    return any(
        _name_english(s.english)
        for k in stem_keys(spelling_key(key))
        for s in d.translates_as_word(k)
        if s.pos.startswith(("N", "Adj"))
    )


def _slot_english(u: Unit) -> str | None:
    """The English a common word in a name slot translates ("" for a plural the dictionary lacks),
    or None when it is no common word or may be a name (cheap look-ups first)."""
    if len(u.parts) != 1 or len(u.key) < 3 or u.key in FUNCTION_WORDS or u.key in HINDI_TITLES:
        return None
    plural = _plural_noun(u.key)
    english = calque_of(u)
    if english is None:
        native = native_word(u.key)
        english = native[0] if native else None
    if english is None and plural:
        english = ""  # a plural noun whose stem the dictionary lacks or spells out (बैंकों)
    if english is None:
        return None
    # a plural never follows a name as a kinship word, Indian surname or institution (जिम बैंकों
    # ने is no bank of Jim's): only the plurals listed (समर्थकों) are ordinary there
    if u.key in slot_words()[0] if plural else after_name_word(u.key):
        return None
    if is_descriptor(u) or u.key in surnames() or is_given(u):
        return None
    spelt = None if plural or not spells_name(u) else name_data.foreign_name(u.key)
    if spelt is not None and "surname" in spelt[1]:
        return None  # the surname spelled closely (गैरेथ बेल: Bale), not loosely (पैसे ~ Pace); no plural
    return english


def _clearly_given(u: Unit) -> bool:
    """A foreign given name beyond doubt: a listed spelling, or a word almost unknown to Hindi text
    that spells a listed given name (ऑक्टावियो); not a demonym that also spells one (फ़्रांसीसी)."""
    return u.key in given_names() or (key_zipf(u.key) < FOREIGN_GIVEN_MAX_ZIPF and is_given(u))


def _plural_owner(us: list[Unit], g: int) -> bool:
    """``us[g]`` is a given name before a plural noun and ने: a clear one, or a short form that is
    a Hindi word too (बिल, जिम) listed or after a person word (कांग्रेस सदस्य जिम बैंकों ने) — not a
    demonym or a
    transliterated adjective (अमेरिकी बैंकों ने, फेलो पहलवानों ने)."""
    u = us[g]
    if _clearly_given(u) or u.key in all_given_names():
        return True
    person = name_context(us, g) or (g > 0 and us[g].joined_before and us[g - 1].key in MEMBER_WORDS)
    return person and described_given(u) and not engdict.dictionary().translates_as_word(u.key)


def _introduced_given(us: list[Unit], g: int) -> bool:
    """``us[g]`` is a given name a person word introduces (मुक्केबाज़ जोश, विंगर राफेल): after a
    person word a given name may be a Hindi word too, when it spells a listed given name; not an
    Indian given name (कवि कुमार)."""
    u = us[g]
    if g == 0 or not u.joined_before or name_data.indian_name(u.key, "given"):
        return False
    return described_given(u) and person_word(us[g - 1].key)


def _syllable_name(unit: Unit) -> bool:
    """A hyphenated East Asian given name: short syllables unknown to Hindi text (यिंग-जिउ)."""
    return len(unit.parts) > 1 and all(
        len(p) <= SYLLABLE_MAX_LEN and key_zipf(p) < NAME_MAX_ZIPF for p in unit.parts
    )


def _translated_first(u: Unit) -> str | None:
    """The English a word before a surname translates when that English is a name word: a listed
    name word (बाघ → Tiger, आस्था → Faith) or a dictionary word whose English is a listed given
    name (आनंद → Felicity is not, but सद्भाव → Harmony would be)."""
    if len(u.parts) != 1 or len(u.key) < 3 or u.key in FUNCTION_WORDS or u.key in HINDI_TITLES:
        return None
    if is_descriptor(u) or u.key in slot_words()[1] or is_given(u) or u.key in surnames():
        return None
    if any(key_zipf(k) >= NAME_MAX_ZIPF for k in stem_keys(u.key)[1:]):
        return None  # inflected (रूस के हिस्से कुर्स्क को): names do not inflect
    # the English must be a name: a given name of the lists or a word of the name glossary (Tiger,
    # Faith), not any English surname (More, Back: ज्यादा, वापस are everyday words)
    if name_data.indian_name(u.key, "given"):
        return None  # an Indian given name that is a word (आशा पारेख)
    native = native_word(u.key)
    if native is not None and native[1] == "Adj":
        return None  # an adjective before a name describes it (कपास किसान गुलाबी सुंडी)
    for english in (calque_of(u), (native or ("", ""))[0]):
        if not english or english in ENGLISH_STOP_WORDS:
            continue  # Over is a listed given name, ज्यादा no first name
        if "given" in name_data.latin_names().get(english, "") or english in name_data.glossary():
            return english
    return None


def _surname_after(us: list[Unit], i: int) -> bool:
    """``us[i]`` is a foreign surname unknown to Hindi text (as written too: मोड़ने is a verb form)
    that a person marker follows."""
    if i >= len(us) or not us[i].joined_before:
        return False
    nxt, after = us[i], next_unit(us, i)
    if after is None or after.key not in PERSON_MARKERS or len(nxt.parts) != 1:
        return False
    if max(key_zipf(nxt.key), key_zipf(nxt.surface)) >= NAME_MAX_ZIPF or not is_foreign_surname(nxt):
        return False
    hit = name_data.foreign_name(nxt.key)
    return hit is not None and "surname" in hit[1]


def find_slot_calques(text: str, found: frozenset[int] = frozenset()) -> list[Hit]:
    """Common words in the name slots of ``text`` (NFC); ``found``: unit indices already reported
    as translated name words (their next word may be the name's translated second part)."""
    layer = segment_words(text)
    us = list(layer.units)
    _after, honorifics, syllables = slot_words()
    hits: list[Hit] = []
    taken = set(found)
    # every slot ends on a person marker one or two words on, or is a listed syllable (the
    # layer's indices of those words)
    markers = layer.at(PERSON_MARKERS)
    marker_at = frozenset(markers)
    candidates = sorted({m - 1 for m in markers} | {m - 2 for m in markers} | set(layer.at(syllables)))
    for i in candidates:
        if i < 0 or i in taken:
            continue
        u = us[i]
        prev = us[i - 1] if i > 0 and u.joined_before else None
        nxt = next_unit(us, i)
        if nxt is None:
            continue
        hit = None
        if prev is not None and nxt.key in PERSON_MARKERS and _may_be_word(u.key):
            # the slot first (set look-ups; a given name is rare in Hindi text or listed), then
            # the word's English
            ergative = nxt.key == ERGATIVE
            slot = (
                (ergative and (i - 1 in taken or _clearly_given(prev)))  # ऑक्टावियो शांति ने
                or (ergative and _plural_noun(u.key) and _plural_owner(us, i - 1))  # जिम बैंकों ने
                or prev.key in honorifics  # लॉर्ड चीनी ने
                or prev.key.rstrip(".") in honorifics
                or (ergative and _introduced_given(us, i - 1))  # मुक्केबाज़ जोश दर्ज़ी ने
            )
            adjective = (  # टेलर तेज़ के
                not slot and nxt.key in HINDI_GENITIVES and _may_be_adjective(u.key) and _clearly_given(prev)
            )
            english = _slot_english(u) if slot or adjective else None
            if english is not None and (slot or (native_word(u.key) or ("", ""))[1] == "Adj"):
                hit = Hit(i - 1, i + 1, i, english)
        if (
            hit is None
            and i + 2 in marker_at  # _surname_after's marker, then _translated_first's look-ups
            and len(u.parts) == 1
            and _may_translate_name(u.key)
            and _surname_after(us, i + 1)
            and (prev is None or (prev.key not in DETERMINERS and not is_given(prev)))
            # after a modifier a person noun is a role before the name (पूर्व विजेता हान ने); not
            # after a postposition (… मिलने पर विजेता ओसिमेन को: Victor Osimhen)
            and (prev is None or prev.key in FUNCTION_WORDS or not person_word(u.key))
        ):
            english = _translated_first(u)
            if english is not None:
                hit = Hit(i, i + 2, i, english)  # बाघ वुड्स ने, आस्था किपयेगोन ने
        if (
            hit is None
            and u.key in syllables
            and _syllable_name(nxt)
            and (prev is None or not is_given(prev))
        ):
            english = syllables[u.key]
            if english is not None:
                hit = Hit(i, i + 2, i, english)  # माँ यिंग-जिउ ने
        if hit is not None:
            hits.append(hit)
            taken.add(i)
    return hits


def _kind_word(us: tuple[Unit, ...], i: int) -> bool:
    """``us[i]`` is a place, group, activity or time noun in its slot (:func:`kind_noun`)."""
    nxt, before = next_unit(us, i), (us[i - 1].surface if i > 0 and us[i].joined_before else None)
    return kind_noun(us[i].key, before, nxt.key if nxt is not None else None)


def _indian_given(key: str) -> bool:
    return name_data.indian_name(key, "given") and key not in HONORIFICS and key not in slot_words()[1]


def all_name_calques(text: str) -> list[Hit]:
    """HI104's hits: the name-word classes (:mod:`audit.rules.name_class`) and the slots."""
    us = units(text)
    # a word that follows names in ordinary Hindi after a given name (सुनीता लाल ने) is no calque
    hits = [
        h for h in find_class_calques(text) if h.start != h.word - 1 or not after_name_word(us[h.word].key)
    ]
    for finder in (find_slot_calques, *FRAME_FINDERS):  # each skips the words an earlier one reported
        hits += finder(text, frozenset(h.word for h in hits))
    # a place, group, activity, quantity or time noun that no name list holds, in a surname's place
    # (after the name's first word): no surname reading (:mod:`audit.rules.name_kinds`); after an
    # Indian given name no rule read as a translation, an Indian surname that is a word (सरिता मोर)
    words = {h.word for h in hits}
    hits = [
        h
        for h in hits
        if (h.word == h.start or not _kind_word(us, h.word))
        and (h.word != h.start + 1 or h.start in words or not _indian_given(us[h.start].key))
    ]
    hits.sort(key=lambda h: h.start)
    return hits


@register(
    code="HI104",
    source_veto="name",
    needs={"dictionary"},
    name="name-word-translated",
    category="name-calque",
    severity="major",
    summary="A given name or surname that is also an English word was translated (Tim Cook → टिम रसोइया).",
    examples=[
        ("अभिनेता जेम्स लोहार ने पुरस्कार जीता।", "अभिनेता जेम्स स्मिथ ने पुरस्कार जीता।"),
        ("श्रीमती लोहार ने संसद में भाषण दिया।", "श्रीमती स्मिथ ने संसद में भाषण दिया।"),
        ("लॉर्ड चीनी ने दो उम्मीदवारों को बाहर किया।", "जेम्स तेज़ दौड़ा और बस पकड़ ली।"),
    ],
)
def check_name_word_translated(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A name part that is an English word, translated as a word.

    Many given names and surnames are ordinary English words — Smith, Cook, Stone, Rice, King,
    Hunter, Mark. MT then writes the Hindi word for them: Tim Cook → टिम रसोइया, Condoleezza
    Rice → कोंडोलीज़ा चावल, Hunter Biden → शिकारी बाइडेन. The class of such name parts comes from
    Faker's given-name and surname lists of many locales intersected with an English word list
    (``data/name_class_words.tsv``) and a hand-written glossary of name words with the Hindi MT
    writes for them (``data/name_word_glossary.toml``: trades, colours, animals, nature and
    virtue words); their Hindi translations also come from the English–Hindi dictionary at run
    time. Given names are the listed spellings (``data/name_class_given.tsv``, the gazetteer)
    and any word that spells one of 32,000 Latin-script names of many origins
    (``data/name_class_latin.tsv``, matched by consonant skeleton and romanisation) and is rare
    in Hindi. A translation is flagged

    * right after a personal honorific (श्री, श्रीमती, डॉ.);
    * right after a foreign given name that a person word introduces (अभिनेता टिम रसोइया,
      also across a name particle: नेता मरीन ले कलम) or that the ergative ने follows (जो जड़ ने);
      a bare given name and a noun is another reading (माइकल शिकार के शौकीन हैं, केविन प्यार से
      बोला) and stays silent;
    * right before a foreign surname-like word, uninflected (शिकारी बाइडेन; not अजूबे हेनरी;
      at a sentence start also an unlisted word that spells a listed surname: शिकारी थॉम्पसन),
      or after a person word and before a word that spells a foreign name (धाविका आस्था
      किपयेगोन, प्रधानमंत्री निशान रुटे) or, before ने, a listed name (अभिनेत्री भोर फ्रेंच
      ने; virtue names of the glossary count: उपहार, आशीर्वाद) — translated given names and
      surname-first names (गीत कांग-हो).

    Any English word can be a surname (Banks, Swift, Sugar, Paz), so the rule also reads the
    grammar of the name slots, with any common noun or adjective of the dictionary in them:

    * a foreign given name, a common word and the ergative ने (ऑक्टावियो शांति ने), or a plural
      noun and ने (जिम बैंकों ने, बिल फाटकों ने: a plural never names one person);
    * a foreign given name and an adjective before का/की/के (टेलर तेज़ के दौरे, बेट्टी सफ़ेद का):
      an adjective takes a genitive only as a name;
    * a name word before a foreign surname that ने/का/की/के/को follows (बाघ वुड्स ने);
    * an English honorific and a common word before ने/का/की/के/को (लॉर्ड चीनी ने);
    * the syllable Ma as माँ before a hyphenated East Asian given name (माँ यिंग-जिउ ने);
    * the second word of a name whose first was found translated (डॉ. आशा मिलें ने).

    Name frames (:mod:`audit.rules.name_frames`) take any noun or adjective of the dictionary:

    * a foreign given name beyond doubt, a common word and ने/का/की/के (ट्रैविस सिर ने, जूड
      कानून की नई फिल्म), unless the word is followed by a compound postposition (जॉन खाने के
      बाद, माइकल शिकार के शौकीन), is a thing before a genitive (कपास की खेती), a time word, or
      spells a listed name (गैरेथ बेल ने); also before को when the clause has its subject with
      ने already (कोच ने … जर्सी एंड्रयू कुली को दी; not लैरी चिड़िया को दाना डालता था);
    * a person word (a descriptor, or any word whose English is a person noun in WordNet:
      धावक, लेखिका, स्केटर), a noun whose English is a listed given name and a word unknown
      to Hindi text that spells a foreign surname (धावक आशीर्वाद ओटिएनो; at the start of a
      sentence with ने/का/की/के/को after it: नियति उडोगी ने).

    * the open frame: a foreign given name beyond doubt (a listed spelling, or a rare word that
      spells a given name of several locales) and a common noun of the dictionary in any position
      of the sentence, with no case marker after it (कैरेन तीतर पुस्तक मेले का उद्घाटन करेंगी,
      एलिस संगमरमर तीसरे दौर में, जैक काला और): a bare given name is followed by a common noun
      only as the object or predicate of the verb right after it (डेविड किताब पढ़ रहे थे, लॉरा
      पानी लेने गई, चेतावनी जारी की है) or before a postposition (केंजी जंगल में); an adjective
      counts only before a conjunction or a determiner (कप्तान बेन पिछले मैच में stays silent).

    * the verb slot (:mod:`audit.rules.name_verbs`): a direct infinitive in -ना after a foreign
      given name beyond doubt, before a postposition (a postposition takes the oblique
      infinitive: स्टीफ़न तलना ने for Stephen Fry) or with no verb in the next two words (यूअन
      जागना विजयी गोल दागा); not before a verb (जॉन तैरना सीख रहे हैं) and not for words that are
      nouns too (खाना, गाना).
    * the agent phrase (:mod:`audit.rules.name_verbs`): an occupation surname rendered as a noun,
      an oblique infinitive and वाला/वाली/वाले (मार्गरेट छप्पर छाने वाली, एलन ऊन कतरने वाले) or a
      noun and वाला (जूलियन कील वाले ने) after a foreign given name, before ने; before a genitive
      only when a person word opens the name or the clause has its subject already; with no
      marker only before a determiner or a number. Silent before से/में/पर (लिसा दूध बेचने वाले
      से), before an auxiliary (जॉन खाना खाने वाले थे) or a noun it may describe (पीटर चाय बेचने
      वाले लड़के को).

    * the form slot (:mod:`audit.rules.name_forms`): a plural or oblique noun, an imperfective
      participle or an agent noun in -वाला/-इन of a Hindi word after a foreign given name, closed by
      ने (पाब्लो मोहल्लों ने, आर्दा हंसता ने) or by a genitive/को after the clause's subject (अदालत
      ने … पावेल बिल्लियों की); names do not inflect. Silent: रोड्रिगो तोतों को दाना डालते हैं.

    * the surname-first slot (:mod:`audit.rules.name_surname_first`): a person word, an East Asian
      surname of the gazetteer with the shape of one romanised syllable, and a Hindi word before
      a case marker (बैडमिंटन स्टार ली उजाला ने for Li Ming, लेखक ली बच्चे की for Lee Child).

    * the introduced name (:mod:`audit.rules.name_unknown`): a person word, a word Hindi text and
      the dictionary never use (a given name no list holds) and a Hindi noun or adjective before
      ने, को or a conjunction (वॉलीबॉल खिलाड़ी मेलिस तड़ित और, ब्राज़ीली कोच पाउलो चूज़ा को); before ने
      also with no person word, and a Hindi word no dictionary holds after a given name beyond doubt
      before ने (:mod:`audit.rules.name_unlisted`: इल्काय सूर्योदय ने, क्लेयर परिंदा ने).

    * the clause frames (:mod:`audit.rules.name_clause`): a foreign given name and a common word the
      clause leaves no subject-and-object reading — an item of a list whose next item is a person (दाविदे
      हथौड़ा और लूका लोहे), a pair between commas, a pair before को in a passive or मिलना clause (पेनेलोपे सलीब
      को सम्मानित किया गया), a pair before से or a compound postposition after the clause's ने (प्रशंसकों ने
      लुकास गिलहरी के लिए). Silent: एशले बढ़ई को बुलाने गईं, ज़ोर से, a clause opener or a verb after ने.

    A noun of a kind that is no surname reading in a surname's place (:mod:`audit.rules.name_kinds`)
    stays silent: a place or a body of people (याएल शहर ने, मार्गरेट नगर पालिका पहुँचीं), and, unless ने
    or a genitive binds the pair into one name (हांसी झटका ने), an activity, a number or a time
    (व्हेल्स तैराकी टीम, मार्गरेट बुनाई सिखाती थीं, ग्रेटा रात को) — unless its English is a listed name part.

    A person noun after a modifier is a role before the name (नोबेल विजेता हान कांग, पूर्व विजेता हान ने), a Hindi
    adjective made from a noun (त्योहारी, मैदानी, जिस्मानी) no given name, and a surname with an Indian ending
    (-आवत, -वाल: अमन सहरावत) no foreign one.

    Indian and Nepali given names that are Hindi words (``data/name_class_indian.tsv``, Faker's hi_IN/mr_IN/ne_NP
    lists) stay silent before a surname (अभिनेत्री तारा सुतारिया, आशा पारेख) and after a person word (कवि कुमार
    विश्वास), and a Hindi word after an Indian given name no rule read as a translation is an Indian surname that
    is a word (पहलवान सरिता मोर); a word the dictionary gives for an English word it merely spells (लिली for lily,
    कांग्रेस) is no translation; a role word before a name is no translated given name (विनिर्माण प्रमुख हेलेन पाला).

    Ordinary uses stay silent: मंडी में चावल के दाम, गांव का लोहार, राजा जनक (a Hindi title),
    तूफ़ान जेरी (a noun before a name it describes), words that follow names in Hindi
    (``data/name_slots.toml``: जॉन भाई, मोहन लाल, ट्रंप प्रशासन ने, मेट पुलिस ने), an adjective as
    an adverb (जेम्स तेज़ दौड़ा), a demonym (अमेरिकी बैंकों ने), a word that spells a listed
    surname (गैरेथ बेल ने), and a common Hindi noun before a plural noun of people — a Hindi
    compound, a plural naming no one person (वन रक्षकों ने), a trade's compound with no given name
    before it (फल-विक्रेता), a participle of a Hindi verb before its noun (मरी गाय को:
    :mod:`audit.rules.plain_hindi`). Needs
    the dictionary (``dict-freedict-eng-hin``).
    """
    if not engdict.available():
        return
    view = nfc_view(segment.text)
    us = list(units(view.text))
    for h in all_name_calques(view.text):
        s, e = view.span(us[h.start].start, us[h.end - 1].end)
        ws, we = view.span(us[h.word].start, us[h.word].end)
        word = segment.text[ws:we]
        if plain_hindi.ordinary(segment.text, s, e):
            continue  # ordinary Hindi of a name calque's shape (वन रक्षकों): audit.rules.plain_hindi
        if h.english:
            message = (
                f"“{word}” in the name “{segment.text[s:e]}” looks like the English name part "
                f"“{h.english.title()}” translated as a word; names are transliterated, not translated."
            )
            yield make_finding("HI104", segment.text, s, e, message, english=h.english.title(), word=word)
        else:  # no English to name (nor for the source veto to look for)
            message = (
                f"“{word}” in the name “{segment.text[s:e]}” is a common Hindi word where the sentence "
                f"reads a name; names are transliterated, not translated."
            )
            yield make_finding("HI104", segment.text, s, e, message, word=word)
