"""What the English words of a name are and how Hindi renders them, for HI207's source paths
(:mod:`title_source`, :mod:`title_brands`, :mod:`title_teams`): the one-word Hindi of an English
word (FreeDict read at run time, the title table, WordNet synonyms and kinds), whether a Hindi word
spells an English word or a name (by sound, by the place table, or, for a name no dictionary
knows, by its letters), and what WordNet says of a capitalised word (an instance, a common word, an
adjective).
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.core.data import data_text, data_toml
from audit.lang import engdict
from audit.lang.bilingual import english, freedict
from audit.lang.bilingual.hindi import endings_replaced, stem_key
from audit.lang.transcription import spells

#: dictionary glosses this long are definitions, not translations of the word
MAX_GLOSS_WORDS = 1


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
def gloss_tables() -> tuple[dict[str, set[str]], frozenset[str]]:
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
def extra_renders() -> dict[str, set[str]]:
    """[names] renders: the Hindi a word has in translated names besides the table's (house → सदन)."""
    raw = data_toml("title_inventory.toml").get("names", {}).get("renders", {})
    return {en: _base_words(forms) for en, forms in raw.items()}


_NASAL_RE = re.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0928\u092a-\u092e])")


@lru_cache(maxsize=65536)
def nasal_key(hindi: str) -> str:
    """Stem key with a nasal consonant before a consonant written as anusvara (गुम्बद = गुंबद,
    लम्बा = लंबा, केन्द्रीय = केंद्रीय): the dictionary and MT spell them either way."""
    # (no virama, no half nasal: most words skip the regex)
    return stem_key(_NASAL_RE.sub("\u0902", hindi) if "\u094d" in hindi else hindi)


@lru_cache(maxsize=65536)
def renderings(word: str) -> frozenset[str]:
    """Stem keys of the one-word Hindi of an English word: the dictionary's (every lemma), the
    title table's and the everyday news word of the transliteration glossary (news → समाचार,
    easy → आसान, which FreeDict lacks)."""
    from audit.lang import translit_glossary

    table, _ = gloss_tables()
    d = freedict.load()
    glossary = translit_glossary.entries()
    out: set[str] = set()
    for lemma in english.lemmas(word):
        out |= table.get(lemma, set()) | extra_renders().get(lemma, set())
        entry = glossary.get(lemma)
        if entry is not None:
            out |= {nasal_key(h) for h in entry.hindi if " " not in h}
        if d is not None:
            out |= {s.keys[0] for s in d.senses(lemma) if len(s.keys) == MAX_GLOSS_WORDS}
            out |= {nasal_key(s.hindi) for s in d.senses(lemma) if len(s.keys) == MAX_GLOSS_WORDS}
            for s in d.senses(lemma):
                out |= _phrase_heads(s.pos, s.hindi, s.keys)
                m = _KIND_GLOSS_RE.match(s.hindi)
                if m:
                    out.add(nasal_key(m.group(1)))  # palm → ताड़ का पेड़: ताड़
    return frozenset(out)


#: a gloss that names a plant, flower, fruit, bird or colour by "X का <its kind>" (palm → ताड़ का
#: पेड़, rose → गुलाब का फूल, pine → चीड का पेड): X alone is the word's Hindi
_KIND_GLOSS_RE = re.compile(r"^([\u0900-\u097F]+) (?:का|की|के) (?:पेड़|पेड|वृक्ष|पौधा|पौधे|फूल|फल|पक्षी|रंग)\b")
#: Hindi spelling variants: the glide व before a vowel written as the vowel (कुंवारी = कुँआरी,
#: कौवा = कौआ), chandrabindu as anusvara
_GLIDES = (("वा", "आ"), ("वी", "ई"), ("वे", "ए"), ("ँ", "ं"))


#: the strengthened first vowel of a Hindi adjective in -इक and its plain vowel (समाज → सामाजिक,
#: विज्ञान → वैज्ञानिक, भूगोल → भौगोलिक, इतिहास → ऐतिहासिक)
_VRDDHI_SIGNS = {"\u093e": ("",), "\u0948": ("\u093f", "\u0947"), "\u094c": ("\u0941", "\u094b", "\u0942")}
_VRDDHI_INITIAL = {"आ": ("अ",), "ऐ": ("इ", "ए"), "औ": ("उ", "ओ", "ऊ")}


@lru_cache(maxsize=65536)
def adjective_bases(hindi: str) -> tuple[str, ...]:
    """The nouns a Hindi derived adjective is made from: -इक with its first vowel strengthened
    (सामुदायिक → समुदाय, वैज्ञानिक → विज्ञान) and -ईय (राष्ट्रीय → राष्ट्र): the adjective
    renders what its noun renders (Community Shield → सामुदायिक ढाल)."""
    out: list[str] = []
    if hindi.endswith("ीय") and len(hindi) > 4:
        out.append(hindi[:-2])
    if hindi.endswith("िक") and len(hindi) > 4:
        stem = hindi[:-2]
        if stem[:1] in _VRDDHI_INITIAL:
            out += [v + stem[1:] for v in _VRDDHI_INITIAL[stem[0]]]
        elif len(stem) > 2 and stem[1] in _VRDDHI_SIGNS:
            out += [stem[0] + v + stem[2:] for v in _VRDDHI_SIGNS[stem[1]]]
    return tuple(out)


def loose_key(hindi: str) -> str:
    """The nasal key with the glide व before a vowel and chandrabindu spelled one way."""
    out = nasal_key(hindi)
    for a, b in _GLIDES:
        out = out.replace(a, b)
    return out


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


def known_latin_names() -> dict[str, str]:
    from audit.rules.name_data import latin_names

    return latin_names()


_POS = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=65536)
def word_synsets(word: str) -> frozenset[tuple[str, int]]:
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


#: the plural, oblique and feminine endings of a translated name's words, and what their dictionary forms end in
_BASE_ENDINGS = (("ों", ""), ("ों", "ा"), ("ें", ""), ("े", "ा"), ("ी", "ा"), ("ें", "ना"))


def base_forms(hindi: str) -> tuple[str, ...]:
    """The word and its likely dictionary forms (काले → काला, तारे → तारा, हेलमेटों → हेलमेट)."""
    return endings_replaced(hindi, _BASE_ENDINGS)


@lru_cache(maxsize=65536)
def english_of(hindi: str) -> frozenset[tuple[str, int]]:
    """WordNet synsets of the English words a Hindi word translates (the dictionary read
    backwards: घड़ी → clock, timepiece), so that a synonym of the source's word is found (watch)."""
    d = engdict.dictionary()
    out: set[tuple[str, int]] = set()
    for form in base_forms(hindi):
        for sense in d.translates_as_word(form):
            out |= word_synsets(sense.english)
    return frozenset(out)


def renders(hindi: str, word: str) -> bool:
    """The Hindi word translates the English word: the dictionary or the title table says so, or
    it translates a WordNet synonym of it, the kind it is (lady → औरत: woman) or a kind beside
    it (bull → बैल: ox, both cattle; lion → शेर: tiger, both big cats), a kind of it (wanderer →
    घुमक्कड़: vagrant, a kind of wanderer) or the kind a person or thing is (hitman → हत्यारा:
    murderer)."""
    keys = renderings(word)
    if stem_key(hindi) in keys or nasal_key(hindi) in keys or _short_form(hindi) in keys:
        return True
    if loose_key(hindi) in {loose_key(k) for k in keys}:
        return True  # कुंवारी: कुँआरी (virgin)
    if any(nasal_key(b) in keys for b in adjective_bases(hindi)):
        return True  # सामुदायिक: समुदाय (community), राष्ट्रीय: राष्ट्र
    back = english_of(hindi)
    if (
        back & word_synsets(word)
        or _parents(back) & word_synsets(word)
        or _parents(word_synsets(word)) & back
    ):
        return True
    up = _kinds(word_synsets(word))
    return bool(up and (back & up or _kinds(back) & up))


@lru_cache(maxsize=65536)
def _parents(synsets: frozenset[tuple[str, int]]) -> frozenset[tuple[str, int]]:
    """The direct hypernyms of the noun synsets of things and people (not of acts: a task is work,
    but कार्य is no calque of action)."""
    from audit.lang import wordnet

    files = wordnet.lexfiles("noun")
    return frozenset(
        ("noun", h)
        for pos, o in synsets
        if pos == "noun" and (files.get(o) in THING_FILES or files.get(o) == wordnet.PERSON_FILE)
        for h in wordnet.synset_at("noun", o).hypernyms
    )


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


def spells_word(hindi: str, word: str) -> bool:
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
    return foreign_name(word) and _close(hindi, word)


#: a name that is no English word is spelled when a reading of the Hindi is this close to it
NAME_SPELLING_SIMILARITY = 0.75


@lru_cache(maxsize=16384)
def foreign_name(word: str) -> bool:
    """No word of the dictionary, nor of WordNet but as a capitalised noun (Tata, Hyderabad, Rohit,
    Miami; not Americans, an adjective too): a name whose Hindi spelling follows its own language,
    with dentals (हैदराबाद) and short skeletons (टाटा)."""
    d = freedict.load()
    if d is None or any(x in d for x in english.lemmas(word)):
        return False
    return not is_adjective(word) and not common_word(word)


@lru_cache(maxsize=1)
def _place_spellings() -> dict[str, frozenset[str]]:
    """English place name (lower case) → its Devanagari spellings (``data/place_names_hi.tsv``)."""
    return {en.lower(): frozenset(hi) for en, hi in place_rows() if en != "-"}


@lru_cache(maxsize=65536)
def is_adjective(word: str) -> bool:
    """WordNet has the word as an adjective (white, golden)."""
    return any(pos == "adj" for pos, _o in word_synsets(word))


def _close(hindi: str, word: str) -> bool:
    """A reading of the Hindi word is close to the Latin letters of the name (मियामी ~ miami)."""
    from audit.lang import phonetic
    from audit.lang.distance import matching_ratio

    n = len(word)
    return any(
        # the ratio's bound by length (difflib's real_quick_ratio) first: 2 × matched ≤ 2 × shorter
        2.0 * min(len(r), n) / (len(r) + n) >= NAME_SPELLING_SIMILARITY
        and matching_ratio(r, word) >= NAME_SPELLING_SIMILARITY
        for r in phonetic.romanise(hindi)
    )


@lru_cache(maxsize=16384)
def common_word(word: str) -> bool:
    """WordNet writes the word in lower case in one of its senses: a common word, not only a name
    (Yellowstone, Greenland, Miami are written with a capital in every sense)."""
    from audit.lang import wordnet

    forms = set(english.lemmas(word))
    return any(
        forms.intersection(w.replace("_", " ") for w in wordnet.lemmas_as_written(pos, o))
        for pos, o in word_synsets(word)
    )


#: the Hindi names of the Latin letters (an initialism is spelled letter by letter: एआई, सीईओ)
_LETTERS = "ए बी सी डी ई एफ़ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई ज़ेड"


LETTER_NAMES = dict(zip("abcdefghijklmnopqrstuvwxyz", _LETTERS.split()))


MAX_INITIALS = 4


#: an English word this short is spelled by its letters' names only
MAX_LETTERS_ONLY = 2


@lru_cache(maxsize=1)
def place_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(English name, or "-" for none; its Devanagari spellings) of each row of the place table (``data/place_names_hi.tsv``)."""
    rows = []
    for line in data_text("place_names_hi.tsv").splitlines():
        if line and not line.startswith("#"):
            english, hindi, _source = (line.split("\t") + ["", ""])[:3]
            rows.append((english, tuple(h for h in hindi.split("|") if h)))
    return tuple(rows)


@lru_cache(maxsize=1)
def place_english() -> frozenset[str]:
    """The English names of the place table (lower case)."""
    return frozenset(english for english, _hindi in place_rows() if english != "-")
