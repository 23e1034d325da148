"""HI513 beyond the sense inventory: a noun whose context selects a kind of thing — a person or
a body of people, a body part, a food, an animal — rendered by a dictionary translation whose
readings are all things of other kinds (*the board approved* → तख्ता, *a pool of reporters* →
तालाब, *worked as a hand* → हाथ, *bleeding gums* → गोंद, *a crane flew* → भारोत्तोलन यंत्र).

The context is read from the sentence, for any word (:func:`selected_role`):

* a person or group: the subject of a verb only people or bodies of people do (*the board
  approved*, *the anchor read out*), not a participle (*a letter signed by*); the subject of a
  passive only people undergo (*the conductor was arrested*) or the object of a verb only people
  undergo (*interviewed the* …); the possessor of a member (*the club's manager*); the role of
  *worked / served / joined … as a* …; a collective followed by *of* and people or animals (*a
  pool of reporters*, *a litter of puppies*);
* a body part: before *injury*, *pain*, *surgery* …, after *bleeding*, *swollen* …, after a
  verb and a possessive (*injured his* …, *bites her* …), *struck on the* …;
* a food: after a verb of eating or cooking (*ate*, *served*, *squeezed*; two modifiers allowed
  between) or before a dish (… *juice*, … *curry*);
* an animal: the subject of a verb only animals do (*flew*, *barked*, *grazed*, *hatched*).

The word must have such a sense in WordNet (noun.person or noun.group, noun.body, noun.food,
noun.animal), and the MT word must be one of the dictionary's translations of it (its head word)
whose English readings (the FreeDict entries it is the whole translation of) are WordNet nouns
whose first senses are all things of another kind — animals, artifacts, body parts, objects,
plants, substances, food, letters (तख्ता: plank, batten; तालाब: pond; डाक: mail). A Hindi agent
noun (शिक्षक, निर्देशक, -कार, -दार, -वाला) counts as a person; a translation with no such reading
(विश्वविद्यालय, शहर: the place for its people, a metonymy) or with an abstract or place reading is
left alone, and so is a sentence whose MT also holds a translation of the selected kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key
from audit.lang.bilingual.hindi import words as hindi_words
from audit.rules.source.common import dictionary
from audit.rules.source.sense_guards import defined_by_itself

#: verbs only people or bodies of people do (*the party won*, *the club has appointed*)
AGENT_VERBS = frozenset(
    "said says say announced announces announce appointed appoints elected elects won wins decided "
    "decides voted votes demanded demands urged urges claimed claims signed signs named names "
    "fielded fields rejected rejects accused accuses alleged alleges welcomed welcomes condemned "
    "condemns criticised criticized criticises criticizes promised promises sacked sacks hired hires "
    "issued issues nominated nominates opposed opposes supported supports approved approves backed "
    "backs expelled expels suspended suspends denied denies confirmed confirms unveiled unveils "
    "launched launches contested contests boycotted boycotts protested protests".split()
)
#: more verbs of speech and social acts only people do, for the subject of any noun
HUMAN_VERBS = AGENT_VERBS | frozenset(
    "read reads told tells asked asks leaked leaks advised advises performed performs sang sings "
    "spoke speaks wrote writes resigned resigns apologised apologized testified testifies confessed "
    "confesses complained complains argued argues negotiated negotiates married marries greeted "
    "greets thanked thanks interviewed interviews explained explains admitted admits insisted "
    "insists warned warns praised praises blamed blames invited invites hosted hosts addressed "
    "addresses recited recites campaigned campaigns".split()
)
#: passives only people undergo (*the conductor was arrested*)
PASSIVE_HUMAN = frozenset(
    "arrested appointed elected sacked interviewed questioned hired detained jailed sentenced "
    "convicted acquitted nominated honoured honored knighted".split()
)
#: what a body of people has (*the party's leader*, *the club's manager*)
MEMBER_NOUNS = frozenset(
    "leader leaders president chief chairman chairperson spokesperson spokesman spokeswoman members "
    "manager coach captain secretary treasurer founder headquarters office candidate candidates "
    "workers officials board owner owners chief executive ceo".split()
)
#: verbs whose object is a person (*interviewed the* …, *elected a new* … has an adjective: not read)
OBJECT_HUMAN = frozenset(
    "interviewed interviews interview arrested arrests arrest hired hires hire appointed appoints "
    "elected elects sacked sacks thanked thanks congratulated congratulates married marries "
    "questioned questions greeted greets consulted consults".split()
)
_DETERMINERS = frozenset("the a an his her their its our".split())
#: verbs of a role taken (*worked as a* hand, *joined as an* intern)
ROLE_VERBS = frozenset(
    "work works worked working serve serves served serving join joins joined employed hired job".split()
)
#: nouns after a body part (*calf injury*, *chest pain*) and adjectives before one (*bleeding gums*)
BODY_AFTER = frozenset("injury injuries pain pains surgery fracture transplant infection".split())
BODY_BEFORE = frozenset("bleeding swollen sore aching sprained fractured bruised".split())
#: verbs of what is done to one's own body part (*injured his knee*, *bites her nails*)
BODY_VERBS = frozenset(
    "broke breaks injured injures hurt hurts sprained sprains fractured fractures twisted twists "
    "bruised bruises bit bites bite scratched scratches washed washes brushed brushes".split()
)
#: blows landed *on the* body part (*struck on the temple*)
HIT_VERBS = frozenset("hit hits struck strikes punched punches kicked kicks slapped slaps stabbed".split())
_POSSESSIVES = frozenset("his her their my your its our".split())
#: verbs of eating and cooking before food (*ate dates*, *served fruit punch*) and dishes after it
FOOD_VERBS = frozenset(
    "ate eat eats eaten eating drink drinks drank drinking cooked cooks cook cooking served serves "
    "serve serving tasted tastes fried fries boiled boils baked bakes roasted roasts peeled peels "
    "sliced slices chopped chops squeezed squeezes grated grates".split()
)
FOOD_AFTER = frozenset("juice soup curry pickle chutney salad pie sauce smoothie sherbet".split())
#: what only animals do (*a bat flew out*, *the cattle grazed*)
ANIMAL_VERBS = frozenset(
    "flew flies fly barked barks grazed grazes grazing chirped chirps hissed hisses neighed hatched "
    "hatches swam swims buzzed buzzes stung stings nested nests roosted perched perches galloped "
    "howled howls purred purrs mooed croaked migrated migrate migrates".split()
)
_MODIFIERS = frozenset("a an the some fresh ripe green red black hot cold sweet few two three".split())
_AUX = frozenset("has have had will would also then later today was were is are be been".split())
_BE = frozenset("was were is are be been".split())
PERSON, GROUP, ANIMAL = "18", "14", "05"  # WordNet lexicographer files noun.person/group/animal
BODY, FOOD, PLANT = "08", "13", "20"  # noun.body, noun.food, noun.plant
#: lexicographer files of things, never people: animal, artifact, body, communication (a letter,
#: the mail), food, object, plant, substance
THINGS = frozenset({"05", "06", "08", "10", "13", "17", "20", "27"})
#: role → (lexicographer files the source word must have one of, those a right reading has)
ROLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "person": (frozenset({PERSON, GROUP}), frozenset({PERSON, GROUP})),
    "group": (frozenset({GROUP}), frozenset({PERSON, GROUP})),
    "body": (frozenset({BODY}), frozenset({BODY})),
    "food": (frozenset({FOOD}), frozenset({FOOD, PLANT})),
    "animal": (frozenset({ANIMAL}), frozenset({ANIMAL})),
}
#: Hindi agent nouns: -कार, -दार, -वाला, and a consonant + क (शिक्षक, निर्देशक; not डाक, तक)
_AGENT_END = ("कार", "कारों", "दार", "दारों", "वाला", "वाले", "वाली", "वालों")
_PLURAL_END = re.compile("(?:ों|ो|े|ें)$")


@dataclass(frozen=True)
class RoleClash:
    start: int
    end: int
    english: str
    role: str  # "person" or "group"
    correct: str  # a dictionary translation naming a person or group ("" when none)


@lru_cache(maxsize=20_000)
def _lexfiles(word: str, first: int = 99) -> frozenset[str]:
    offsets = wordnet.senses("noun", word)[:first]
    return frozenset(wordnet.synset_at("noun", o).lexfile for o in offsets)


@lru_cache(maxsize=20_000)
def _has_kind(lemma: str, role: str) -> bool:
    """Whether the noun ``lemma`` has a WordNet sense of the ``role``'s kind in its own right: a
    person or group sense defined through the word's other sense is a metonymy the Hindi of that
    sense carries too (*Time magazine named* …: "a business firm that publishes magazines" →
    पत्रिका), and an animal sense must be an animal, not a part of one (*flag*: "a conspicuously
    marked tail" does not make *a flag flew* a bird)."""
    offsets = [
        o for o in wordnet.senses("noun", lemma) if wordnet.synset_at("noun", o).lexfile in ROLES[role][0]
    ]
    if role == "animal":
        return any(wordnet.noun_under(o, _ANIMAL) for o in offsets)
    return any(not defined_by_itself("noun", o, lemma) for o in offsets)


_ANIMAL = frozenset({"animal"})


def _agent_noun(word: str) -> bool:
    w = _PLURAL_END.sub("", word)
    if word.endswith(_AGENT_END) or w.endswith(_AGENT_END):
        return True
    return len(w) >= 3 and w.endswith("क") and "क" <= w[-2] <= "ह"


@lru_cache(maxsize=20_000)
def _reads(hindi: str, lemma: str, role: str) -> bool | None:
    """Whether the dictionary's Hindi word has the ``role``'s reading: True when one of its English
    readings (``lemma`` itself left out) is a WordNet noun whose first sense is of that kind (or,
    for a person, it is a Hindi agent noun); False when they are all things of other kinds; None
    when it has no reading that is a WordNet noun, or an abstract one."""
    if role == "person" and _agent_noun(hindi):
        return True
    readings = {s.english for s in engdict.dictionary().translates_as_word(hindi)} - {lemma}
    nouns = [r for r in readings if (wordnet.index("noun") or {}).get(r)]
    if not nouns:
        return None
    first = frozenset().union(*(_lexfiles(r, 1) for r in nouns))
    if first & ROLES[role][1]:
        return True
    return False if first <= THINGS else None


def selected_role(toks: list[tuple[int, int, str]], i: int) -> str | None:
    """The kind (:data:`ROLES`) the context makes token ``i``: "person" or "group" (a person or
    a body of people), "body" (a body part), "food" or "animal"."""
    low = [t.lower().replace("’", "'") for _, _, t in toks]
    word = low[i]
    nxt = low[i + 1 : i + 6]
    if word.endswith("'s"):
        return "person" if nxt and nxt[0] in MEMBER_NOUNS else None
    k = 0
    while k < len(nxt) and nxt[k] in _AUX:
        k += 1
    if k < len(nxt):
        passive = k > 0 and nxt[k - 1] in _BE
        by = k + 1 < len(nxt) and nxt[k + 1] == "by"
        if nxt[k] in HUMAN_VERBS and not passive and not by:
            return "person"
        if nxt[k] in PASSIVE_HUMAN and passive:
            return "person"
    if i >= 2 and low[i - 1] in _DETERMINERS and low[i - 2] in OBJECT_HUMAN:
        return "person"
    if i >= 3 and low[i - 1] in ("a", "an") and low[i - 2] == "as" and low[i - 3] in ROLE_VERBS:
        return "person"
    if nxt[:1] and nxt[0] in BODY_AFTER or i and low[i - 1] in BODY_BEFORE:
        return "body"
    if i >= 2 and low[i - 1] in _POSSESSIVES and low[i - 2] in BODY_VERBS:
        return "body"
    if i >= 3 and low[i - 1] == "the" and low[i - 2] == "on" and low[i - 3] in HIT_VERBS:
        return "body"
    if nxt[:1] and nxt[0] in FOOD_AFTER:
        return "food"
    for j in range(i - 1, max(-1, i - 4), -1):  # ate some fresh dates, served fruit punch
        if low[j] in FOOD_VERBS:
            return "food"
        if low[j] not in _MODIFIERS and j != i - 1:
            break
    if k < len(nxt) and nxt[k] in ANIMAL_VERBS and not (k and nxt[k - 1] in _BE):
        return "animal"
    if nxt[:1] == ["of"]:
        for j in (i + 2, i + 3):  # of reporters, of skilled engineers
            if j >= len(toks) or not toks[j][2][:1].islower():
                break
            members = [x for x in E.lemmas(low[j])[1:] if _lexfiles(x, 2) & {PERSON, ANIMAL}]
            if low[j].endswith("s") and members:
                return "group"
    return None


@lru_cache(maxsize=4096)
def role_clashes(src: str, mt: str) -> tuple[RoleClash, ...]:
    """The MT words that render a source noun selected as a person or group by a translation
    naming neither."""
    d = dictionary()
    if d is None or not src or not wordnet.available():
        return ()
    toks = E.tokens(src)
    hws = hindi_words(mt)
    keys = [stem_key(w) for _, _, w in hws]
    key_set = set(keys)
    out: list[RoleClash] = []
    for i, (_, _, tok) in enumerate(toks):
        if not E.is_content(tok) or (i and tok[:1].isupper()) or tok.lower() in E.NUMBER_WORDS:
            continue
        role = selected_role(toks, i)
        if role is None:
            continue
        base = re.sub(r"['’]s$", "", tok.lower())
        lemma = next((x for x in (base, *E.lemmas(base)) if d.senses(x) and _lexfiles(x)), None)
        if lemma is None or not _has_kind(lemma, role):
            continue
        nouns = [s for s in d.senses(lemma) if s.pos.upper().startswith("N") and 1 <= len(s.keys) <= 2]
        primary = bool(_lexfiles(lemma, 1) & ROLES[role][1])
        # a word whose first WordNet sense is the selected kind (*meat*: food) has it in its first
        # noun translation (माँस), whatever that word's other readings (*flesh*: the body)
        rights = [
            s for k, s in enumerate(nouns) if primary and k == 0 or _reads(s.hindi.split()[-1], lemma, role)
        ]
        if any(s.keys[-1] in key_set for s in rights):
            continue  # the MT holds a translation of the selected kind
        for k, (start, end, _w) in enumerate(hws):
            sense = next((s for s in nouns if s.keys[-1] == keys[k]), None)
            if sense is None:
                continue
            agent = role == "person" and _agent_noun(hws[k][2])
            if _reads(sense.hindi.split()[-1], lemma, role) is False and not agent:
                out.append(RoleClash(start, end, tok, role, rights[0].hindi if rights else ""))
            break
    return tuple(out)
