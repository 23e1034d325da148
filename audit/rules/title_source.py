"""HI207's source path for titles no list holds: a capitalised name of the source (an office, an
institution, a place or its nickname) whose MT is the dictionary Hindi of its words.

The English source says which words form a name: a run of capitalised words (Royal Mint, Father of
the House, the Windy City, Greenpeace is left to the name rules). Each word of the run is looked up
in the English→Hindi dictionary (FreeDict, read at run time; its lemmas too) and in the title word
table of ``data/title_inventory.toml``; a run whose words the MT renders one by one, next to each
other (in either order, with के/का/की or वाला between: सदन के पिता, अकेले तारे वाले राज्य), is a
word-for-word rendering. Transliterated words of the run count as rendered too (अटॉर्नी सामान्य,
डाउनिंग गली).

A word-for-word rendering is the established Hindi of many names (सर्वोच्च न्यायालय, सुरक्षा परिषद,
लाल किला, काला सागर). It is a calque when at least one rendered word is an everyday word outside
the vocabulary Hindi uses in translated official names (``[names] conventional`` of the title
inventory, and the table's ``[plain]`` words): पुदीना in शाही पुदीना, देखें in पवित्र देखें, पिता in
सदन के पिता, शांति in हरी शांति. People's names (a run with a given name that is not an English
word) are left to the name rules (HI503/HI514). A Hindi word that reads as the English word
(सुल्तान: Sultan, शेख: Sheikh, गुरु: Guru; not the cognate सितारा: star) is one loanword of both languages, not an everyday
translation: it never makes a rendering a calque (स्विंग का सुल्तान).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual import english, freedict
from audit.lang.bilingual.hindi import fold, stem_key, words
from audit.lang.function_words import ENGLISH_STOP_WORDS
from audit.rules.source.roles import role_translated
from audit.rules.title_bodies import body_name_words
from audit.rules.title_guards import description, outside_words, people_epithet, renders_outside
from audit.rules.title_words import (
    common_word,
    gloss_tables,
    is_adjective,
    known_latin_names,
    place_english,
    renderings,
    renders,
    spells_word,
    word_synsets,
)

#: Hindi words allowed between the rendered words of a name (सदन के पिता, धूप वाले राज्य)
#: के/का/की/वाला as written; GLUE: folded
GLUE_WORDS = frozenset("के का की वाले वाला वाली".split())
GLUE = frozenset(fold(w) for w in GLUE_WORDS)
#: English words of a run that are not rendered (of the, and)
SKIP = frozenset("of the and for in on at a an de".split())
#: words that open a run without being part of a name: the capital of a sentence's first word
#: (As Father of the House), a modifier of a title (Former German foreign minister)
LEADING = ENGLISH_STOP_WORDS | frozenset("former late then acting interim outgoing incoming new".split())
#: a run opened by a person's title is a person's name (Mayor Andy Street, Mr Bean): the name rules'
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr sir dame lady prof professor senator governor president mayor coach
    captain detective inspector sergeant chancellor minister judge justice rev father brother
    sister saint st king queen prince princess general colonel major lieutenant""".split()
)
#: [literal] words that are everyday Hindi only after the word they qualify (Attorney General →
#: अटॉर्नी सामान्य), and the right Hindi when they open a name (General Assembly → सामान्य सभा)
POSTPOSITIVE = frozenset({"general"})
#: a source this capitalised is a headline (Police Arrest Man In Delhi): no runs are read
HEADLINE_SHARE = 0.75
MAX_WORDS = 5

_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:[ -]+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z](?:[a-z]+|[A-Z]+\b))+")
#: a capital inside a word (OpenAI, SpiceJet, MotoCorp): the name's words written together
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z](?:[a-z]|[A-Z]+\b))")
GAP_RE = re.compile(r"[\s\-]*")


def is_person(run: list[str]) -> bool:
    """A given name that is no English word of the dictionary or WordNet (Jeremy, not Windy,
    Royal or Sunshine)."""
    names = known_latin_names()
    d = freedict.load()
    return any("given" in names.get(w, "") and (d is None or w not in d) and not word_synsets(w) for w in run)


@lru_cache(maxsize=4096)
def capital_runs(src: str) -> tuple[tuple[str, ...], ...]:
    """The content words (lower case) of the source's capitalised runs (asked by the name and the
    team-head paths of one segment: memoised)."""
    toks = english.tokens(src)
    if len(toks) >= 5 and sum(t[2][0].isupper() for t in toks) / len(toks) >= HEADLINE_SHARE:
        return ()
    out: list[list[str]] = []
    # CamelCase words split (SpiceJet → spice jet) and, where that differs, whole (Hero MotoCorp:
    # मोटोकॉर्प spells one word of the name)
    texts = dict.fromkeys((_CAMEL_RE.sub(" ", src), src))
    for m in (m for t in texts for m in _RUN_RE.finditer(t)):
        run = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group())]
        if run and run[0] in LEADING:
            run = run[1:]  # the sentence's first word (The, As) or a modifier (Former)
            while run and run[0] in LEADING and run[0] not in ENGLISH_STOP_WORDS:
                run = run[1:]  # (The All Blacks: a capitalised stop word inside the run is the name's)
        # a person's title before a name (Father Francis, General Rawat), not an office (Father
        # of the House) nor a name the title word opens (General Motors: an English word follows)
        # — unless the run stands in quotes: a nickname whose title word is its own ('King Kohli')
        person = (
            bool(run)
            and run[0] in PERSON_TITLES
            and run[1:2] != ["of"]
            and not _english_word(run[1:2])
            and not _quoted(m.string, m.start(), m.end())
        )
        if len(run) > 2 and run[1] != "of" and is_role_noun(run[0]) and not is_adjective(run[0]):
            run = run[1:]  # a role before a name (Shooter Swapnil Kusale, Actress Amber Heard;
            # not White Hart Lane: an adjective opens it)
        run = [w for w in run if w not in SKIP]
        if len(run) >= 2 and not person and not is_person(run) and run not in out:
            out.append(run)
    for m in _CLOSED_RE.finditer(src):
        parts = _compound(m.group().lower())
        if parts:
            out.append(list(parts))
    return tuple(tuple(r) for r in out)


_OPEN_QUOTES = "'‘\"“"
_CLOSE_QUOTES = "'’\"”"


def _quoted(text: str, start: int, end: int) -> bool:
    """The span stands in quotes of its own ('King Kohli', “Captain Cool”)."""
    return start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


def _quantity(src: str, word: str) -> bool:
    """The source opens with the plural ``word`` and "of" (Millions of Americans, Shares of
    Alphabet): its capital is the sentence's, so its Hindi (लाखों) is no word of a name."""
    m = re.match(r"[\"“‘(]?\s*([A-Za-z]+)\s+of\b", src.strip())
    return m is not None and m.group(1).lower() == word and any(x != word for x in english.lemmas(word))


def _surface(phrase: list[str], src: str) -> str:
    """The name as the source writes it (Microsoft, OpenAI, Red Bull), else title case."""
    for sep in (r"[\s-]+(?:(?:of|and)\s+(?:the\s+)?)?", ""):
        m = re.search(sep.join(re.escape(w) for w in phrase), src, re.IGNORECASE)
        if m:
            return m.group()
    return " ".join(phrase).title()


_CLOSED_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{5,}(?![\w'’-])")
#: the parts of a closed compound name are this long at least (Micro|soft, Face|book)
MIN_PART = 3


@lru_cache(maxsize=16384)
def _compound(word: str) -> tuple[str, str] | None:
    """A capitalised word neither dictionary nor WordNet knows that is two English words of the dictionary written
    together (Microsoft → micro soft, Facebook → face book): a company's name made of words."""
    d = freedict.load()
    if (
        d is None
        or any(lemma in d for lemma in english.lemmas(word))
        or word in known_latin_names()
        or common_word(word)
    ):
        return None  # a word of the dictionary or WordNet (wildfire), a person's name
    for k in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        a, b = word[:k], word[k:]
        if a in d and any(x in d for x in english.lemmas(b)):
            return a, b
    return None


def _english_word(rest: list[str]) -> bool:
    """The word after a person's title is an English word of the dictionary and no listed given
    name or surname (Motors, Cool), so the title word opens a name, not a person's."""
    if not rest:
        return False
    d = freedict.load()
    return (
        d is not None
        and rest[0] not in known_latin_names()
        and any(lemma in d for lemma in english.lemmas(rest[0]))
    )


@lru_cache(maxsize=4096)
def is_role_noun(word: str) -> bool:
    """Most of the word's WordNet noun senses name a person (shooter, batsman, actress, wrestler):
    capitalised before a name it is the person's role, not a word of a title."""
    from audit.lang import wordnet

    if not wordnet.available():
        return False
    for lemma in english.lemmas(word):  # (the plural's singular: Actors, Shooters)
        files = wordnet.sense_files("noun", lemma)
        if files:
            return 2 * sum(f == "18" for f in files) > len(files)
    return False


def _compound_keys(phrase: list[str]) -> frozenset[str]:
    """Spelling keys of the dictionary's one-word Hindi of two adjacent words of the phrase taken
    together (life insurance → जीवन-बीमा): a field's established Hindi term, not a calque."""
    d = engdict.dictionary()
    out = set()
    for a, b in zip(phrase, phrase[1:]):
        for hindi in d.translations(f"{a} {b}"):
            out.add(re.sub(r"[\s\-]+", "", hindi))
    return frozenset(out)


def walk_rendering(
    text: str,
    mt: list[tuple[int, int, str]],
    start: int,
    count: int,
    renders: Callable[[int, int], bool],
    spelled_out: Callable[[int, int], bool],
    spelled: Callable[[int, int], bool],
    skip: Callable[[str], bool] = lambda _hindi: False,
) -> tuple[int, list[tuple[int, str, bool]]] | None:
    """Walk the MT from word ``start``: each word renders an unused one of ``count`` English words
    (``renders(j, k)``: MT word j translates English word k; ``spelled(j, k)``: it transliterates it)
    or is glue; a word ``skip`` names renders nothing. A rendering is a translation unless ``spelled_out`` (मील for mile is none).
    (index of the last rendered word, [(english index, hindi, translated)]) once every English word
    is rendered; None otherwise, and at punctuation between two words (not one name)."""
    left = list(range(count))
    got: list[tuple[int, str, bool]] = []
    j = start
    while j < len(mt) and left:
        if j > start and not GAP_RE.fullmatch(text[mt[j - 1][1] : mt[j][0]]):
            return None
        hindi = mt[j][2]
        hit, translated = None, False
        if not skip(hindi):
            hit = next((k for k in left if renders(j, k)), None)
            translated = hit is not None and not spelled_out(j, hit)
            if hit is None:
                hit = next((k for k in left if spelled(j, k)), None)
        if hit is not None:
            left.remove(hit)
            got.append((hit, hindi, translated))
        elif not got or fold(hindi) not in GLUE:
            return None
        j += 1
    return (j - 1, got) if not left else None


def _match(
    text: str,
    mt: list[tuple[int, int, str]],
    i: int,
    phrase: list[str],
    outside: tuple[str, ...] = (),
    unlinked: frozenset[str] = frozenset(),
    gap_word: Callable[[str], bool] = lambda _hindi: False,
) -> tuple[int, list[tuple[str, str, bool]]] | None:
    """:func:`walk_rendering` over the words of ``phrase``: [(english, hindi, translated)]. A Hindi
    word that translates a source word ``outside`` the name renders none of its words
    (:func:`audit.rules.title_guards.renders_outside`). An ``unlinked`` word of the phrase (one no
    MT word renders or spells, :func:`unlinked_words`) is rendered by a ``gap_word``
    (:func:`audit.rules.title_works.gap_word`) that renders no other word of the phrase nor of the
    source (बुधवार के आयोजन: event), while the others are rendered by the dictionary's own Hindi."""

    def spelled(j: int, k: int) -> bool:
        return spells_word(mt[j][2], phrase[k])

    def rendered(j: int, k: int) -> bool:
        h = mt[j][2]
        if phrase[k] in unlinked:
            others = [e for e in phrase if e not in unlinked] + list(outside)
            return gap_word(h) and not any(renders(h, e) or spells_word(h, e) for e in others)
        if unlinked and stem_key(h) not in renderings(phrase[k]):
            return False  # beside a gap, a word is the dictionary's own Hindi (not नया for good)
        return renders(h, phrase[k]) and not renders_outside(h, phrase[k], outside)

    m = walk_rendering(text, mt, i, len(phrase), rendered, spelled, spelled)
    return None if m is None else (m[0], [(phrase[k], h, tr) for k, h, tr in m[1]])


def unlinked_words(mt: list[tuple[int, int, str]], run: list[str]) -> frozenset[str]:
    """The words of a source run that no word of the MT renders or spells: the dictionary lacks
    their Hindi (throne → सिंहासन, heist → डकैती), so the word in their slot is read by its place."""
    return frozenset(
        e
        for e in run
        if e not in SKIP
        and any(pos in ("noun", "adj") for pos, _o in word_synsets(e))  # (not Hugh, Bigg, Beyond)
        and "given" not in known_latin_names().get(e, "")
        and not any(renders(h, e) or spells_word(h, e) for _s, _e, h in mt)
    )


def _label(run: list[str], src: str) -> bool:
    """The run stands with no article or possessive before it (Money Heist, Game of Thrones): a
    label, as works, brands and clubs are named; a name after "the" or a possessive is often a
    description Hindi translates in its own words (the Economic Offences Wing, the city's Upper
    Lake, the Iron Man of India), where a gap is no evidence."""
    first = re.escape(_surface(run[:1], src))
    return re.search(rf"(?:\bthe|['’]s?)\s+{first}\b", src, re.IGNORECASE) is None


def _hyphened(text: str, mt: list[tuple[int, int, str]], i: int, last: int) -> bool:
    """The matched words are one hyphened pair (पैसा-पंख, भालू-आदमी): Hindi's own names are not
    so joined, a name's English parts rendered one by one are."""
    return last == i + 1 and text[mt[i][1] : mt[last][0]] == "-"


def _anchor_repeated(
    mt: list[tuple[int, int, str]], got: list[tuple[str, str, bool]], gaps: frozenset[str]
) -> bool:
    """A gap's neighbour (the Hindi of a linked word of the name) stands more than once in the MT:
    the slot is not one place, and the word beside this copy may belong to another phrase (नामित
    तूफान … उपोष्णकटिबंधीय तूफान: *named storm* before *Subtropical Storm*)."""
    keys = [stem_key(w) for _s, _e, w in mt]
    return any(keys.count(stem_key(h)) > 1 for e, h, _tr in got if e not in gaps)


def joined_words(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text``, a hyphenated compound the dictionary writes as one word as one
    (समुद्र-तट → समुद्रतट, its word for beach; not भैंस-पिट्सबर्ग)."""
    if "-" not in text:
        return words(text)  # no hyphen: every word its own (most segments)
    out: list[tuple[int, int, str]] = []
    d = engdict.dictionary()
    for s, e, w in words(text):
        if out and text[out[-1][1] : s] == "-" and d.translates_as_word(out[-1][2] + w):
            ps, _pe, pw = out.pop()
            out.append((ps, e, pw + w))
        else:
            out.append((s, e, w))
    return out


#: a reading of the Hindi word this close to the English word spells the same loanword (सुल्तान:
#: sultan 1.0, शेख: sheikh 0.91); old cognates stay translations (सितारा: star 0.8, नाम: name 0.86)
LOANWORD_SIMILARITY = 0.9


def _loanword(hindi: str, word: str) -> bool:
    """The Hindi word reads as the English word letter for letter: one loanword of both languages."""
    from audit.lang import phonetic
    from audit.lang.distance import matching_ratio

    return any(matching_ratio(r, word) >= LOANWORD_SIMILARITY for r in phonetic.romanise(hindi))


_OWNER_RE = re.compile(r"([\u0900-\u097F]+) (?:का|की|के) ")


def _described(span: str, got: list[tuple[str, str, bool]]) -> bool:
    """A transliterated word of the name before का/की/के: Hindi describes a thing of a place in
    its own words (पीसा की झुकी मीनार, चीन की महान दीवार), it does not calque a name."""
    places = place_english()
    spelled = {h for e, h, tr in got if not tr and e in places}  # (not मार्च के पागलपन: a month)
    return any(m.group(1) in spelled for m in _OWNER_RE.finditer(span))


_OWNER_BEFORE_RE = re.compile(r"([\u0900-\u097F]+) (?:का|की|के) $")


def _owned(before: str, run: list[str]) -> bool:
    """The same after "X का/की/के" where X spells a word of the source's name (पीसा की झुकी
    मीनार for the Leaning Tower of Pisa; not भारत की छड़ परिषद, where India is translated)."""
    m = _OWNER_BEFORE_RE.search(before)
    return m is not None and any(spells_word(m.group(1), w) for w in run)


def _role_before_given(phrase: list[str], got: list[tuple[str, str, bool]]) -> bool:
    """The phrase opens with a word the MT translates as a Hindi person word and goes on with a
    listed given name the MT spells out (Veteran Stuart Broad → अनुभवी स्टुअर्ट ब्रॉड): a role, no
    word of a title (not Surgeon General → शल्य-चिकित्सक सेनापति: General is translated)."""
    return (
        len(phrase) >= 2
        and len(got) >= 2
        and got[0][0] == phrase[0]
        and got[0][2]
        and role_translated(phrase[0], got[0][1])
        and got[1][0] == phrase[1]
        and not got[1][2]
        and "given" in known_latin_names().get(phrase[1], "")
    )


@lru_cache(maxsize=4096)
def source_calques(
    text: str, src: str, gap_word: Callable[[str], bool] | None = None
) -> tuple[tuple[int, int, str, tuple[str, ...]], ...]:
    """(start, end, English name, everyday Hindi words) of names of ``src`` rendered word for word
    in ``text`` (NFC) with at least one everyday word. With ``gap_word``, one word of a run that no
    MT word renders may be rendered by a Hindi word in its slot that ``gap_word`` accepts, when the
    run is a label (no article before it) or the pair is hyphened."""
    if not engdict.available():
        return ()
    runs = [list(r) for r in capital_runs(src)]
    if not runs:
        return ()
    _, conventional = gloss_tables()
    d = freedict.load()
    mt = joined_words(text)
    found = []
    silent: list[tuple[int, int]] = []
    for run in runs:
        body = body_name_words(run)  # Enforcement Directorate: a public body's Hindi name
        outside = outside_words(src, tuple(run))
        unlinked = unlinked_words(mt, run)
        label = _label(run, src)
        for a in range(len(run)):
            for b in range(min(len(run), a + MAX_WORDS), a + 1, -1):
                phrase = run[a:b]
                gaps = unlinked & set(phrase)
                # a name written as one word (Fieldhouse) is a label only as a hyphened pair
                joined = re.search(rf"\b{''.join(phrase)}\b", src, re.IGNORECASE) is not None
                for i in range(len(mt)):
                    m = _match(text, mt, i, phrase, outside)
                    if m is None and gap_word and len(gaps) == 1 and len(phrase) > 1:
                        m = _match(text, mt, i, phrase, outside, frozenset(gaps), gap_word)  # (one gap)
                        if m and not _hyphened(text, mt, i, m[0]) and (joined or not label):
                            m = None
                        if m and _anchor_repeated(mt, m[1], gaps):
                            m = None
                    if m is None:
                        continue
                    last, got = m
                    if people_epithet(phrase[-1], got):
                        continue  # उड़न सिख, सीमांत गांधी: India's own epithet, translated back
                    if _role_before_given(phrase, got):
                        continue  # अनुभवी स्टुअर्ट ब्रॉड: a role before a person's name, translated
                    if description(_surface(phrase, src), got, text[mt[i][0] : mt[last][1]]):
                        continue  # फूलों की घाटी: what the place or event is of, in Hindi's words
                    if any(
                        not tr
                        and "given" in known_latin_names().get(e, "")
                        and (
                            e == phrase[0]
                            or (d is None or e not in d)
                            and "surname" not in known_latin_names()[e]
                        )
                        for e, _h, tr in got
                    ):
                        continue  # a person's name (Stuart Broad), a thing named so (Storm Jerry)
                    if _described(text[mt[i][0] : mt[last][1]], got) or _owned(text[: mt[i][0]], run):
                        continue  # पीसा की झुकी मीनार: a transliterated place and what it has
                    compounds = _compound_keys(phrase)
                    hs = [h for _e, h, _tr in got]
                    fixed = {
                        h for x, y in zip(hs, hs[1:]) if x + y in compounds for h in (x, y)
                    }  # जीवन बीमा: the dictionary's Hindi of "life insurance"
                    # General Assembly → सामान्य सभा, but General Motors → सामान्य मोटर्स: the
                    # opening word is right before a translated head only
                    head_translated = any(tr for e, _h, tr in got if e == phrase[-1])
                    # a name written as one word (Greenland, SpiceJet) is never Hindi's by its parts
                    quantity = phrase[0] if _quantity(src, phrase[0]) else None
                    one_word = re.search(rf"\b{''.join(phrase)}\b", src, re.IGNORECASE) is not None
                    everyday = tuple(
                        h
                        for e, h, tr in got
                        if tr
                        and h not in fixed
                        and (one_word or stem_key(h) not in conventional)
                        and e != quantity
                        and e not in body
                        and not (e in POSTPOSITIVE and e == phrase[0] and head_translated)
                        and not _loanword(h, e)  # सुल्तान for Sultan: one loanword in both languages
                        and e not in gaps  # a gap's word is read by its slot: no evidence alone
                    )
                    if everyday:
                        found.append((mt[i][0], mt[last][1], _surface(phrase, src), everyday))
                    else:
                        silent.append((mt[i][0], mt[last][1]))
    out: list[tuple[int, int, str, tuple[str, ...]]] = []
    for f in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if any(s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e in silent):
            continue  # a part of a longer name rendered right (जीवन बीमा कोष: not बीमा कोष)
        if not any(f[0] < e and s < f[1] for s, e, *_ in out):
            out.append(f)
    return tuple(sorted(out))
