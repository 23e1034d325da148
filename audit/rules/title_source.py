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
word) are left to the name rules (HI503/HI514).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from audit.core.data import data_text, data_toml
from audit.lang import engdict
from audit.lang.bilingual import english, freedict
from audit.lang.bilingual.hindi import fold, stem_key, words
from audit.lang.function_words import ENGLISH_STOP_WORDS
from audit.lang.transcription import spells

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
#: dictionary glosses this long are definitions, not translations of the word
MAX_GLOSS_WORDS = 1

_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:[ -]+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z](?:[a-z]+|[A-Z]+\b))+")
#: a capital inside a word (OpenAI, SpiceJet, MotoCorp): the name's words written together
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z](?:[a-z]|[A-Z]+\b))")
_GAP_RE = re.compile(r"[\s\-]*")
_MACRO_RE = re.compile(r"\{[A-Z]+:([^}]+)\}")
_PLAIN_WORD_RE = re.compile(r"[\u0900-\u097F]+")


def _base_words(patterns: list[str]) -> set[str]:
    """Stem keys of the one-word forms of table patterns ({N:घर} → घर; regex patterns skipped)."""
    out = set()
    for p in patterns:
        w = _MACRO_RE.sub(r"\1", p)
        if _PLAIN_WORD_RE.fullmatch(w):
            out.add(stem_key(w))
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, set[str]], frozenset[str]]:
    """English word → stem keys of its table Hindi ([literal] and [plain]); the stem keys of the
    conventional vocabulary of translated names ([names] conventional and every [plain] word)."""
    raw = data_toml("title_inventory.toml")
    table: dict[str, set[str]] = {}
    plain_keys: set[str] = set()
    for section in ("literal", "plain"):
        for en, forms in raw.get(section, {}).items():
            keys = _base_words(forms)
            table.setdefault(en, set()).update(keys)
            if section == "plain":
                plain_keys |= keys
    names = raw.get("names", {}).get("conventional", [])
    conventional = frozenset(plain_keys | {stem_key(w) for w in names})
    return table, conventional


@lru_cache(maxsize=1)
def _extra() -> dict[str, set[str]]:
    """[names] renders: the Hindi a word has in translated names besides the table's (house → सदन)."""
    raw = data_toml("title_inventory.toml").get("names", {}).get("renders", {})
    return {en: _base_words(forms) for en, forms in raw.items()}


_NASAL_RE = re.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0928\u092a-\u092e])")


@lru_cache(maxsize=65536)
def nasal_key(hindi: str) -> str:
    """Stem key with a nasal consonant before a consonant written as anusvara (गुम्बद = गुंबद,
    लम्बा = लंबा, केन्द्रीय = केंद्रीय): the dictionary and MT spell them either way."""
    return stem_key(_NASAL_RE.sub("\u0902", hindi))


@lru_cache(maxsize=65536)
def renderings(word: str) -> frozenset[str]:
    """Stem keys of the one-word Hindi of an English word: the dictionary's (every lemma), the
    title table's and the everyday news word of the transliteration glossary (news → समाचार,
    easy → आसान, which FreeDict lacks)."""
    from audit.lang import translit_glossary

    table, _ = _tables()
    d = freedict.load()
    glossary = translit_glossary.entries()
    out: set[str] = set()
    for lemma in english.lemmas(word):
        out |= table.get(lemma, set()) | _extra().get(lemma, set())
        entry = glossary.get(lemma)
        if entry is not None:
            out |= {nasal_key(h) for h in entry.hindi if " " not in h}
        if d is not None:
            out |= {s.keys[0] for s in d.senses(lemma) if len(s.keys) == MAX_GLOSS_WORDS}
            out |= {nasal_key(s.hindi) for s in d.senses(lemma) if len(s.keys) == MAX_GLOSS_WORDS}
            for s in d.senses(lemma):
                out |= _phrase_heads(s.pos, s.hindi, s.keys)
    return frozenset(out)


_GLOSS_GLUE_RE = re.compile(r"\s+(?:का|की|के)$")


def _phrase_heads(pos: str, hindi: str, keys: tuple[str, ...]) -> set[str]:
    """A two-word noun gloss read as one word: written together (हाथी दाँत का → हाथीदाँत) and by
    its head, the last word in Hindi (समुद्र तट → तट); a verb phrase's last word (गरम करना) is none."""
    if len(keys) != 2 or not (pos.upper().startswith("N") or _GLOSS_GLUE_RE.search(hindi)):
        return set()
    phrase = _GLOSS_GLUE_RE.sub("", hindi)
    out = {nasal_key(phrase.replace(" ", "").replace("ँ", "ं"))}
    if not phrase.endswith("ना"):
        out.add(keys[-1])
    return out


def _is_person(run: list[str]) -> bool:
    """A given name that is no English word of the dictionary or WordNet (Jeremy, not Windy,
    Royal or Sunshine)."""
    names = _names()
    d = freedict.load()
    return any("given" in names.get(w, "") and (d is None or w not in d) and not _synsets(w) for w in run)


def _names() -> dict[str, str]:
    from audit.rules.name_data import latin_names

    return latin_names()


_POS = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=65536)
def _synsets(word: str) -> frozenset[tuple[str, int]]:
    """WordNet synsets of an English word (every lemma and part of speech)."""
    from audit.lang import wordnet

    out: set[tuple[str, int]] = set()
    for pos in _POS:
        idx = wordnet.index(pos) if wordnet.available() else None
        if idx:
            for lemma in english.lemmas(word):
                out.update((pos, o) for o in idx.get(lemma, ()))
    return frozenset(out)


@lru_cache(maxsize=65536)
def instance(offset: int) -> bool:
    """The noun synset at ``offset`` is an instance (WordNet's ``@i`` pointer: one person, place or
    work — Edgar Lee Masters, Phoenix the city), not a class English names with a capital: its
    name says nothing about how English writes the common word (masters, phoenix)."""
    from audit.lang import wordnet

    with (wordnet.WORDNET_DIR / "data.noun").open("rb") as fh:
        fh.seek(offset)
        fields = fh.readline().split(b"|")[0].split()
    n_words = int(fields[3], 16)
    k = 4 + 2 * n_words
    n_ptr = int(fields[k])
    return any(fields[k + 1 + 4 * j] == b"@i" for j in range(n_ptr))


def _base_forms(hindi: str) -> tuple[str, ...]:
    """The word and its likely dictionary forms (काले → काला, तारे → तारा, हेलमेटों → हेलमेट)."""
    out = [hindi]
    for suf, rep in (("ों", ""), ("ों", "ा"), ("ें", ""), ("े", "ा"), ("ी", "ा"), ("ें", "ना")):
        if hindi.endswith(suf) and len(hindi) > len(suf) + 1:
            out.append(hindi[: -len(suf)] + rep)
    return tuple(out)


@lru_cache(maxsize=65536)
def _english_of(hindi: str) -> frozenset[tuple[str, int]]:
    """WordNet synsets of the English words a Hindi word translates (the dictionary read
    backwards: घड़ी → clock, timepiece), so that a synonym of the source's word is found (watch)."""
    d = engdict.dictionary()
    out: set[tuple[str, int]] = set()
    for form in _base_forms(hindi):
        for sense in d.translates_as_word(form):
            out |= _synsets(sense.english)
    return frozenset(out)


def renders(hindi: str, word: str) -> bool:
    """The Hindi word translates the English word: the dictionary or the title table says so, or
    it translates a WordNet synonym of it, the kind it is (lady → औरत: woman) or a kind beside
    it (bull → बैल: ox, both cattle; lion → शेर: tiger, both big cats)."""
    keys = renderings(word)
    if stem_key(hindi) in keys or nasal_key(hindi) in keys or _short_form(hindi) in keys:
        return True
    back = _english_of(hindi)
    if back & _synsets(word):
        return True
    up = _kinds(_synsets(word))
    return bool(up and (back & up or _kinds(back) & up))


def _short_form(hindi: str) -> str:
    """The stem key of the word with chandrabindu as anusvara and without its diminutive -इया
    (कुटिया → कुटी): the dictionary's plain form."""
    hindi = hindi.replace("ँ", "ं")  # (दाँत = दांत)
    return nasal_key(hindi[:-3] + "ी") if hindi.endswith("िया") else nasal_key(hindi)


#: WordNet noun files of things named by kind: animals, artifacts, body, food, objects, plants
THING_FILES = frozenset({"05", "06", "08", "13", "17", "20"})
#: a kind this close to WordNet's root is too general to tell two words apart (person, object)
MIN_KIND_DEPTH = 8


@lru_cache(maxsize=65536)
def _kinds(synsets: frozenset[tuple[str, int]]) -> frozenset[tuple[str, int]]:
    """The direct hypernyms of the noun synsets of things (:data:`THING_FILES`) that are specific
    enough (:data:`MIN_KIND_DEPTH`)."""
    from audit.lang import wordnet

    out: set[tuple[str, int]] = set()
    files = wordnet.lexfiles("noun")
    for pos, offset in synsets:
        if pos == "noun" and files.get(offset) in THING_FILES:
            out.update(
                ("noun", h)
                for h in wordnet.synset_at("noun", offset).hypernyms
                if _depth(h) >= MIN_KIND_DEPTH
            )
    return frozenset(out)


@lru_cache(maxsize=65536)
def _depth(offset: int) -> int:
    """The length of the shortest hypernym path of a noun synset to WordNet's root."""
    from audit.lang import wordnet

    up = wordnet.synset_at("noun", offset).hypernyms
    return 1 + min(_depth(h) for h in up) if up else 0


def _runs(src: str) -> list[list[str]]:
    """The content words (lower case) of the source's capitalised runs."""
    toks = english.tokens(src)
    if len(toks) >= 5 and sum(t[2][0].isupper() for t in toks) / len(toks) >= HEADLINE_SHARE:
        return []
    out = []
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
        person = bool(run) and run[0] in PERSON_TITLES and run[1:2] != ["of"] and not _english_word(run[1:2])
        if len(run) > 2 and run[1] != "of" and _role_noun(run[0]) and not _adjective(run[0]):
            run = run[1:]  # a role before a name (Shooter Swapnil Kusale, Actress Amber Heard;
            # not White Hart Lane: an adjective opens it)
        run = [w for w in run if w not in SKIP]
        if len(run) >= 2 and not person and not _is_person(run) and run not in out:
            out.append(run)
    for m in _CLOSED_RE.finditer(src):
        parts = _compound(m.group().lower())
        if parts:
            out.append(list(parts))
    return out


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
    if d is None or any(lemma in d for lemma in english.lemmas(word)) or word in _names() or _common(word):
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
    return d is not None and rest[0] not in _names() and any(lemma in d for lemma in english.lemmas(rest[0]))


@lru_cache(maxsize=4096)
def _role_noun(word: str) -> bool:
    """Most of the word's WordNet noun senses name a person (shooter, batsman, actress, wrestler):
    capitalised before a name it is the person's role, not a word of a title."""
    from audit.lang import wordnet

    idx = wordnet.index("noun") if wordnet.available() else None
    offsets = idx.get(word, ()) if idx else ()
    if not offsets:
        return False
    files = wordnet.lexfiles("noun")
    return 2 * sum(files.get(o) == "18" for o in offsets) > len(offsets)


def _compound_keys(phrase: list[str]) -> frozenset[str]:
    """Spelling keys of the dictionary's one-word Hindi of two adjacent words of the phrase taken
    together (life insurance → जीवन-बीमा): a field's established Hindi term, not a calque."""
    d = engdict.dictionary()
    out = set()
    for a, b in zip(phrase, phrase[1:]):
        for hindi in d.translations(f"{a} {b}"):
            out.add(re.sub(r"[\s\-]+", "", hindi))
    return frozenset(out)


def _spells(hindi: str, word: str) -> bool:
    """The Hindi word spells the English word out (any of its lemmas), or its letters by their
    names, as Hindi writes an initialism (एआई: AI, बीबीसी: BBC)."""
    if len(word) <= MAX_INITIALS and hindi == "".join(LETTER_NAMES.get(c, "?") for c in word):
        return True
    if len(word) <= MAX_LETTERS_ONLY:
        return False  # (AI is not है)
    if any(spells(hindi, x) > 0 for x in english.lemmas(word)):
        return True
    if hindi in _place_spellings().get(word, ()):
        return True  # (मियामी: Miami)
    return _foreign(word) and _close(hindi, word)


#: a name that is no English word is spelled when a reading of the Hindi is this close to it
NAME_SPELLING_SIMILARITY = 0.75


@lru_cache(maxsize=16384)
def _foreign(word: str) -> bool:
    """No word of the dictionary, nor of WordNet but as a capitalised noun (Tata, Hyderabad, Rohit,
    Miami; not Americans, an adjective too): a name whose Hindi spelling follows its own language,
    with dentals (हैदराबाद) and short skeletons (टाटा)."""
    d = freedict.load()
    if d is None or any(x in d for x in english.lemmas(word)):
        return False
    return not _adjective(word) and not _common(word)


@lru_cache(maxsize=1)
def _place_spellings() -> dict[str, frozenset[str]]:
    """English place name (lower case) → its Devanagari spellings (``data/place_names_hi.tsv``)."""
    return {en.lower(): frozenset(hi) for en, hi in _place_rows() if en != "-"}


@lru_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    """WordNet has the word as an adjective (white, golden)."""
    return any(pos == "adj" for pos, _o in _synsets(word))


def _close(hindi: str, word: str) -> bool:
    """A reading of the Hindi word is close to the Latin letters of the name (मियामी ~ miami)."""
    from audit.lang import phonetic
    from audit.lang.distance import matching_ratio

    return any(matching_ratio(r, word) >= NAME_SPELLING_SIMILARITY for r in phonetic.romanise(hindi))


@lru_cache(maxsize=16384)
def _common(word: str) -> bool:
    """WordNet writes the word in lower case in one of its senses: a common word, not only a name
    (Yellowstone, Greenland, Miami are written with a capital in every sense)."""
    from audit.lang import wordnet

    forms = set(english.lemmas(word))
    return any(
        forms.intersection(w.replace("_", " ") for w in wordnet.lemmas_as_written(pos, o))
        for pos, o in _synsets(word)
    )


#: the Hindi names of the Latin letters (an initialism is spelled letter by letter: एआई, सीईओ)
_LETTERS = "ए बी सी डी ई एफ़ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई ज़ेड"
LETTER_NAMES = dict(zip("abcdefghijklmnopqrstuvwxyz", _LETTERS.split()))
MAX_INITIALS = 4
#: an English word this short is spelled by its letters' names only
MAX_LETTERS_ONLY = 2


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
        if j > start and not _GAP_RE.fullmatch(text[mt[j - 1][1] : mt[j][0]]):
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
    text: str, mt: list[tuple[int, int, str]], i: int, phrase: list[str]
) -> tuple[int, list[tuple[str, str, bool]]] | None:
    """:func:`walk_rendering` over the words of ``phrase``: [(english, hindi, translated)]."""

    def spelled(j: int, k: int) -> bool:
        return _spells(mt[j][2], phrase[k])

    m = walk_rendering(text, mt, i, len(phrase), lambda j, k: renders(mt[j][2], phrase[k]), spelled, spelled)
    return None if m is None else (m[0], [(phrase[k], h, tr) for k, h, tr in m[1]])


@lru_cache(maxsize=1)
def _place_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(English name, or "-" for none; its Devanagari spellings) of each row of the place table (``data/place_names_hi.tsv``)."""
    rows = []
    for line in data_text("place_names_hi.tsv").splitlines():
        if line and not line.startswith("#"):
            english, hindi, _source = (line.split("\t") + ["", ""])[:3]
            rows.append((english, tuple(h for h in hindi.split("|") if h)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _place_english() -> frozenset[str]:
    """The English names of the place table (lower case)."""
    return frozenset(english for english, _hindi in _place_rows() if english != "-")


def joined_words(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text``, a hyphenated compound the dictionary writes as one word as one
    (समुद्र-तट → समुद्रतट, its word for beach; not भैंस-पिट्सबर्ग)."""
    out: list[tuple[int, int, str]] = []
    d = engdict.dictionary()
    for s, e, w in words(text):
        if out and text[out[-1][1] : s] == "-" and d.translates_as_word(out[-1][2] + w):
            ps, _pe, pw = out.pop()
            out.append((ps, e, pw + w))
        else:
            out.append((s, e, w))
    return out


_OWNER_RE = re.compile(r"([\u0900-\u097F]+) (?:का|की|के) ")


def _described(span: str, got: list[tuple[str, str, bool]]) -> bool:
    """A transliterated word of the name before का/की/के: Hindi describes a thing of a place in
    its own words (पीसा की झुकी मीनार, चीन की महान दीवार), it does not calque a name."""
    places = _place_english()
    spelled = {h for e, h, tr in got if not tr and e in places}  # (not मार्च के पागलपन: a month)
    return any(m.group(1) in spelled for m in _OWNER_RE.finditer(span))


_OWNER_BEFORE_RE = re.compile(r"([\u0900-\u097F]+) (?:का|की|के) $")


def _owned(before: str, run: list[str]) -> bool:
    """The same after "X का/की/के" where X spells a word of the source's name (पीसा की झुकी
    मीनार for the Leaning Tower of Pisa; not भारत की छड़ परिषद, where India is translated)."""
    m = _OWNER_BEFORE_RE.search(before)
    return m is not None and any(_spells(m.group(1), w) for w in run)


@lru_cache(maxsize=4096)
def source_calques(text: str, src: str) -> tuple[tuple[int, int, str, tuple[str, ...]], ...]:
    """(start, end, English name, everyday Hindi words) of names of ``src`` rendered word for word
    in ``text`` (NFC) with at least one everyday word."""
    if not engdict.available():
        return ()
    runs = _runs(src)
    if not runs:
        return ()
    _, conventional = _tables()
    d = freedict.load()
    mt = joined_words(text)
    found = []
    silent: list[tuple[int, int]] = []
    for run in runs:
        for a in range(len(run)):
            for b in range(min(len(run), a + MAX_WORDS), a + 1, -1):
                phrase = run[a:b]
                for i in range(len(mt)):
                    m = _match(text, mt, i, phrase)
                    if m is None:
                        continue
                    last, got = m
                    if any(
                        not tr
                        and "given" in _names().get(e, "")
                        and (e == phrase[0] or (d is None or e not in d) and "surname" not in _names()[e])
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
                        and not (e in POSTPOSITIVE and e == phrase[0] and head_translated)
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
