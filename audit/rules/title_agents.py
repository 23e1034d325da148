"""HI207's Hindi-only agent frame: a phrase that names a thing — a tool, a garment, a stone, a
plant, a substance, animals — as the agent (ने) of an act only a firm, a team, a paper or a person
performs (buys, opens an office, signs a player, beats a side, cancels flights, publishes, releases
an album or performs on stage). A
thing does none of these: the MT translated a name made of common words (काला पत्थर ने दफ़्तर
ख़रीदा for Blackstone, लाल टोपी ने दफ़्तर खोला for Red Hat, काग़ज़ की नाव ने पूंजी जुटाई for
Paper Boat, बोस्टन लाल मोज़ों ने … अनुबंधित किया for the Red Sox). Hindi news transliterates such
names.

Resources, no list of names: the acts are ``data/agent_frame.toml`` (verbs of business, sport
and publishing); what the agent is comes from the English→Hindi dictionary read backwards and
WordNet: every English noun the head word translates has, among its first senses, a thing
(lexicographer files of artifacts, natural objects, plants, substances, food, body parts;
animals only in the oblique plural, a team's members) and none of a group, a person, a place, an
act or an event. Works, buildings and institutions are no things here (a film wins an award, a
hospital opens a ward, a market announces a sale: WordNet's creation, structure, facility and
establishment), and neither is a word that is no translation (a transliteration, a place, a
person's name: :func:`audit.rules.title_teams.translated`).

Animals that WordNet also gives a figurative person sense (a bull, a cat, a hawk) are no things;
in the oblique plural, as the agent of a team's act alone (``data/agent_frame.toml`` [acts]
sport), they are a team's members by its translated nickname (लोमड़ियों ने … को हराया:
:func:`team_animals`) — when their English nouns are animals more often than people by their
first WordNet sense (not बच्चों: child, kid, cub) and not Hindi's own names of national sides
(कंगारुओं ने, कीवियों ने).

Ordinary Hindi stays silent: one singular word alone (चाबी ने ताला खोला: a key can open a lock;
the name is two words or a plural), a phrase after a determiner or a possessive (उनकी फ़िल्म ने),
a phrase after a given name, an honorific or a person descriptor (a surname: the name rules').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import engdict
from audit.lang.bilingual.concrete import ANIMAL_FILE, CONCRETE_FILES
from audit.lang.bilingual.hindi import fold, is_stop, words
from audit.lang.function_words import HINDI_GENITIVES

#: WordNet lexicographer files of things: artifact, body, food, object, plant, substance — the
#: concrete files but animals, which are things too when plural (a team's members: बाज़ों ने)
THING_FILES = CONCRETE_FILES - {ANIMAL_FILE}
#: files of agents: group, location, person (any of the first senses: सितारा is a star and a
#: film star)
AGENT_FILES = frozenset({"14", "15", "18"})
#: files of happenings: act, event (the first sense only: a hat is also a role)
HAPPENING_FILES = frozenset({"04", "11"})
#: artifacts that stand for the people in or behind them (a film, a hospital, a market)
_INSTITUTION_KINDS = frozenset(
    {"creation", "representation", "structure", "facility", "establishment", "medium", "publication"}
)
#: senses of each English noun asked (the most frequent)
SENSES = 2
#: words of the phrase before ने: at most this many
MAX_WORDS = 4
#: words after ने in which the act must come
ACT_WINDOW = 8
#: a stem matches a word that extends it by at most this many letters
STEM_SUFFIX = 3

_NE = fold("ने")
_DETERMINERS = frozenset(
    fold(w) for w in "एक कई कोई किसी हर यह वह इस उस इन उन अपना अपनी अपने उनका उनकी उनके उसका उसकी उसके".split()
)
_CLAUSE_END_RE = re.compile(r"[।,;:!?|]")
#: nouns that make compound postpositions (के कारण, के बाद, के साथ): the phrase ends there
_POSTPOSITION_NOUNS = frozenset(
    fold(w)
    for w in "कारण बाद पहले साथ लिए बजाय दौरान तरह ओर तरफ़ तरफ पास बारे ज़रिए जरिए द्वारा अलावा सामने ऊपर नीचे अंदर बाहर बीच".split()
)


@lru_cache(maxsize=1)
def _acts() -> tuple[frozenset[str], frozenset[str]]:
    """The stems of every act and those of a team's acts alone."""
    acts = data_toml("agent_frame.toml")["acts"]
    sport = frozenset(fold(w) for w in acts["sport"])
    return frozenset(fold(w) for w in acts["hindi"]) | sport, sport


@lru_cache(maxsize=65536)
def _act(word: str, sport: bool = False) -> bool:
    w = fold(word)
    stems = _acts()[1 if sport else 0]
    return any(w[:k] in stems for k in range(max(1, len(w) - STEM_SUFFIX), len(w) + 1))


def _noun_readings(forms: Iterable[str]) -> set[str]:
    """The English nouns (WordNet's spelling: spaces as ``_``) the dictionary translates any of the
    Hindi ``forms`` as, whole (:func:`thing` and :func:`team_animals` read their senses)."""
    d = engdict.dictionary()
    return {
        s.english.lower().replace(" ", "_")
        for f in forms
        for s in d.translates_as_word(f)
        if s.pos.startswith("N")
    }


@lru_cache(maxsize=65536)
def thing(hindi: str, plural: bool) -> bool:
    """Every English noun the Hindi word translates names a thing among its first senses, and
    none an agent, a happening or an institution (पत्थर: stone, टोपी: cap, नाव: boat; not आनंद:
    joy, treat; not फ़िल्म, अस्पताल, सितारा); a word that spells its English (हैट) is none."""
    from audit.lang import wordnet
    from audit.rules import title_words
    from audit.rules.team_words import spells_english

    if not wordnet.available() or (engdict.is_transliteration(hindi) and spells_english(hindi)):
        return False
    readings = _noun_readings(title_words.base_forms(hindi))
    files_ok = set(THING_FILES) | ({ANIMAL_FILE} if plural else set())
    found = False
    for english in readings:
        offsets = wordnet.senses("noun", english)[:SENSES]
        files = [wordnet.synset_at("noun", o).lexfile for o in offsets]
        if not files:
            continue
        if AGENT_FILES.intersection(files) or files[0] in HAPPENING_FILES:
            return False
        if wordnet.noun_under(offsets[0], _INSTITUTION_KINDS):
            return False  # the first sense a work or a building (a boot is also a car's boot)
        if not files_ok.intersection(files):
            return False  # one reading is no thing (आनंद: joy)
        found = True
    return found


@lru_cache(maxsize=1)
def _own_nicknames() -> frozenset[str]:
    """Hindi's own names of national sides by an animal (कंगारू, कीवी), folded."""
    return frozenset(fold(w) for w in data_toml("agent_frame.toml")["acts"]["own_nicknames"])


@lru_cache(maxsize=65536)
def team_animals(hindi: str) -> bool:
    """The word's English nouns are animals more often than people by their first WordNet sense
    (लोमड़ियों: fox, vixen; बाज़ों: falcon, pugilist; भेड़ियों: wolf, coyote; not बच्चों: child,
    kid, cub … young): animals that WordNet also gives a figurative person sense (a bull, a cat,
    a hawk), which :func:`thing` refuses; as a side's members (लोमड़ियों ने … को हराया) they
    are a team's nickname — but for the animals Hindi news itself calls national sides (कंगारू,
    कीवी)."""
    from audit.lang import wordnet
    from audit.rules import team_words

    if not wordnet.available():
        return False
    if any(fold(f) in _own_nicknames() for f in team_words.team_base_forms(hindi)):
        return False  # कंगारुओं ने: Hindi's own name for a national side
    readings = _noun_readings(team_words.team_base_forms(hindi))
    files = []
    for english in readings:
        first = wordnet.first_sense("noun", english)
        if first is not None:
            files.append(wordnet.synset_at("noun", first).lexfile)
    animals = files.count(ANIMAL_FILE)
    return animals > 0 and animals >= sum(f in AGENT_FILES for f in files)


def _phrase(mt: list[tuple[int, int, str]], text: str, ne: int) -> int | None:
    """Index of the first word of the phrase before ``mt[ne]`` (ने): content words, with का/की/के
    between them, on one clause; None when a determiner or a possessive opens it."""
    from audit.rules.title_source import GAP_RE

    first = ne - 1
    k = ne - 1
    while k > 0 and ne - k < MAX_WORDS:
        if not GAP_RE.fullmatch(text[mt[k - 1][1] : mt[k][0]]):
            break
        prev = fold(mt[k - 1][2])
        if prev in _DETERMINERS:
            return None
        if prev in HINDI_GENITIVES and k - 2 >= 0 and _content(mt[k - 2][2]):
            k -= 2
            first = k
            continue
        if not _content(mt[k - 1][2]):
            break
        k -= 1
        first = k
    if first > 0 and fold(mt[first - 1][2]) in _DETERMINERS:
        return None
    return first


def _content(hindi: str) -> bool:
    """A Hindi noun or adjective: a translation (:func:`audit.rules.title_teams.translated`) or
    a word of the dictionary (नाव), no function word."""
    from audit.rules.team_words import is_dictionary_word
    from audit.rules.title_teams import is_verb_form, translated

    if is_stop(hindi) or fold(hindi) in _POSTPOSITION_NOUNS:
        return False
    return translated(hindi) or (is_dictionary_word(hindi) and not is_verb_form(hindi))


def _act_follows(mt: list[tuple[int, int, str]], text: str, ne: int, sport: bool = False) -> bool:
    for j in range(ne + 1, min(len(mt), ne + 1 + ACT_WINDOW)):
        if _CLAUSE_END_RE.search(text[mt[j - 1][1] : mt[j][0]]):
            return False
        if _act(mt[j][2], sport):
            return True
    return False


def _after_person(mt: list[tuple[int, int, str]], first: int) -> bool:
    """A given name, an honorific or a person descriptor before the phrase: a surname."""
    from audit.rules.title_compounds import person_word

    return first > 0 and person_word(mt[first - 1][2])


@lru_cache(maxsize=4096)
def agent_calques(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, phrase) of things named as the agent of a firm's, a team's or a paper's act,
    in ``text`` (NFC)."""
    if "ने" not in text or not engdict.available():
        return ()
    mt = words(text)
    from audit.rules.title_teams import is_plural_oblique

    found: list[tuple[int, int, str]] = []
    for i, (_s, _e, w) in enumerate(mt):
        if fold(w) != _NE or i == 0 or not _act_follows(mt, text, i):
            continue
        head = mt[i - 1][2]
        if not _content(head):
            continue
        first = _phrase(mt, text, i)
        if first is None:
            continue
        plural = is_plural_oblique(head)
        content = [x for _a, _b, x in mt[first:i] if fold(x) not in HINDI_GENITIVES]
        if len(content) < 2 and not plural:
            continue  # चाबी ने ताला खोला: one thing can act
        is_thing = thing(head, plural)
        if not is_thing and not (plural and team_animals(head) and _act_follows(mt, text, i, sport=True)):
            continue  # animals in the oblique plural, a team by its nickname, only in a team's act
        if _after_person(mt, first):
            continue
        found.append((mt[first][0], mt[i - 1][1], text[mt[first][0] : mt[i - 1][1]]))
    return tuple(found)
