"""HI207's awards: an award named after a coloured or a metal thing, rendered word for word and
won (सुनहरा जूता जीता for the Golden Boot, बैंगनी टोपी हासिल की for the Purple Cap, चांदी का शंख जीता
for the Silver Shell, सुनहरी रसभरी के लिए नामांकित for the Golden Raspberry). Hindi news keeps such
names transliterated (गोल्डन बूट, पर्पल कैप, सिल्वर शेल).

The colours and metals are English words whose Hindi comes from the dictionary (a colour as an
adjective before the thing; a metal as a noun with का/की/के: चांदी का शंख, सोने का जूता); the thing
is a noun whose first WordNet sense is an artifact, an animal, a body part, a natural object or a
plant and no award itself (पदक: medal — स्वर्ण पदक, चाँदी का पदक are right); the verb is one of
winning or being nominated. The conventional award words (रजत, स्वर्ण: रजत कमल) are no metal here.
Split out of :mod:`audit.rules.title_teams`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual.hindi import fold, is_stop, stem_key, words
from audit.lang.function_words import HINDI_GENITIVES
from audit.rules.team_words import team_base_forms
from audit.rules.title_source import GAP_RE

#: English colours and metals that open the names of awards won in sport and film (Golden Boot,
#: Golden Bear, Purple Cap, Green Jacket, Yellow Jersey); their Hindi comes from the dictionary
AWARD_COLOURS = ("golden", "purple", "orange", "pink", "yellow", "green", "red", "blue", "black", "white")
#: WordNet lexicographer files of the thing an award is named after: artifacts, animals, body,
#: natural objects, plants (a boot, a bear, a ball, a lion, a glove, a palm)
AWARD_THINGS = frozenset({"06", "05", "08", "17", "20"})
#: metals that open award names, as nouns with का/की/के in Hindi (Silver Shell → चांदी का शंख)
AWARD_METALS = ("silver", "gold", "bronze", "crystal", "diamond")
#: stems of the verbs of winning an award or being nominated for one (जीता, हासिल की, से नवाज़ा,
#: सम्मानित, के लिए नामांकित)
_WIN_RE = re.compile(r"^(?:जीत|हासिल|नवाज|सम्मानित|नामांकित|नामित)")
_NOMINATED_RE = re.compile(r"^(?:नामांकित|नामित)")
#: the same anywhere in a text as written (a nukta or not)
_WON_RE = re.compile("जीत|हासिल|नवा[ज़ज]|सम्मानित|नामांकित|नामित")
#: how far after the award the verb may come (सुनहरा जूता अपने नाम किया is left out)
WIN_WINDOW = 3


@lru_cache(maxsize=1)
def _colours() -> frozenset[str]:
    """Stem keys of the Hindi of :data:`AWARD_COLOURS` (सुनहरा, बैंगनी, नारंगी, पीला …)."""
    d = engdict.dictionary()
    out: set[str] = set()
    for en in AWARD_COLOURS:
        for sense in d.senses.get(en, ()):
            if sense.rank > 1:
                continue
            ws = sense.hindi.split()
            if len(ws) == 1 or (len(ws) >= 2 and ws[1] == "रंग"):
                out.add(stem_key(ws[0]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _metals() -> frozenset[str]:
    """Stem keys of the first-sense Hindi nouns of :data:`AWARD_METALS` (चाँदी, सोना, काँसा …), in
    every form (सोने का)."""
    d = engdict.dictionary()
    return frozenset(
        stem_key(s.hindi)
        for en in AWARD_METALS
        for s in d.senses.get(en, ())
        if s.rank == 1 and s.pos.startswith("N") and " " not in s.hindi
    )


@lru_cache(maxsize=65536)
def _award_thing(hindi: str) -> bool:
    """The Hindi noun translates an English noun whose first WordNet sense is a thing
    (:data:`AWARD_THINGS`) and no award itself (पदक: medal is one — स्वर्ण पदक is right)."""
    from audit.lang import wordnet

    if not wordnet.available() or is_stop(hindi):
        return False
    d = engdict.dictionary()
    things = False
    for f in team_base_forms(hindi):
        for s in d.translates_as_word(f):
            first = wordnet.first_sense("noun", s.english.lower())
            if (
                not s.pos.startswith("N")
                or first is None
                or engdict.is_transliteration(hindi, s.english, False)
            ):
                continue
            if _is_award(first):
                return False
            things = things or wordnet.synset_at("noun", first).lexfile in AWARD_THINGS
    return things


def _is_award(offset: int) -> bool:
    """The noun synset at ``offset`` is an award or a prize, or a kind of one (8 levels up)."""
    from audit.lang import wordnet

    return wordnet.noun_under(offset, _AWARD_LEMMAS, depth=8)


_AWARD_LEMMAS = frozenset({"award", "prize"})


@lru_cache(maxsize=4096)
def award_calques(text: str, src: str | None = None) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of awards named after a coloured or a metal thing rendered word for word
    and won (सुनहरा जूता जीता for the Golden Boot, बैंगनी टोपी हासिल की for the Purple Cap, चांदी
    का शंख जीता for the Silver Shell): Hindi news keeps them transliterated (गोल्डन बूट, पर्पल
    कैप). With the source, a capitalised run of it must open with a colour or a metal."""
    if not engdict.available():
        return ()
    if not _WON_RE.search(text):
        return ()  # no award was won: nothing to look up
    mt = words(text)
    colours, metals = _colours(), _metals()
    found: list[tuple[int, int, str]] = []
    for i in range(len(mt) - 2):
        key = stem_key(mt[i][2])
        if key in colours:
            t = i + 1  # सुनहरा जूता
        elif key in metals and fold(mt[i + 1][2]) in HINDI_GENITIVES:
            t = i + 2  # चांदी का शंख
        else:
            continue
        if t >= len(mt) or not all(GAP_RE.fullmatch(text[mt[k][1] : mt[k + 1][0]]) for k in range(i, t)):
            continue
        after = [fold(w) for _s, _e, w in mt[t + 1 : t + 1 + WIN_WINDOW]]
        if not any(_WIN_RE.match(w) for w in after) or not _award_thing(mt[t][2]):
            continue
        if i and fold(mt[i - 1][2]) in _DETERMINERS and not any(_NOMINATED_RE.match(w) for w in after):
            continue  # एक लाल गेंद जीती: a thing, not a name; one is nominated for no thing
        name = text[mt[i][0] : mt[t][1]]
        if src:
            runs = [
                m.group()
                for m in _CAP_RUN_RE.finditer(src)
                if m.group().split()[0].lower() in AWARD_COLOURS + AWARD_METALS
            ]
            if not runs:
                continue
            name = runs[0]
        found.append((mt[i][0], mt[t][1], name))
    return tuple(found)


_DETERMINERS = frozenset(fold(w) for w in "एक कई कोई किसी हर यह वह इस उस अपना अपनी अपने".split())
_CAP_RUN_RE = re.compile(r"\b[A-Z][A-Za-z]+(?:[ -]+[A-Z][A-Za-z]+)+")
