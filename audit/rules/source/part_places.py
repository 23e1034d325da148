"""Where the unplaced parts of a source name sit in the MT, and the calques found there (HI503).

HI503 (:mod:`audit.rules.source.names`) places each part of a source name by its phonetic key.
A part left unplaced has a **slot**: next to the nearest part that was placed (its distance in the
name, less the particles the MT dropped: *Maria das Dores* → मारिया ◻), or, when none was, after the
honorific (*Dr*, *Lord*) or the role noun (*the painter*, a sentence-initial *Bassist*) the source
puts before the name, found in the MT by its translation (चित्रकार, गायिका for *singer*), a Hindi word
that reads back to a WordNet synonym or kind of it (पर्वतारोही → *mountaineer* for *climber*), or its
spelling (बेसिस्ट). A hyphened Hindi compound in the slot (भगवान-पास-है) is judged by its first
content word. What the word in the slot says about the part is :mod:`audit.rules.source.part_slots`'
business (a dictionary translation, an English plural, an ordinary Hindi word nothing else accounts
for); a particle (*ten*, *del*) is a calque only as a dictionary translation (*Erik ten Hag* → एरिक
दस हाग).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from audit.lang import wordnet
from audit.lang.bilingual.concrete import is_concrete, is_person
from audit.lang.bilingual.hindi import is_stop, stem_key
from audit.lang.frequency import zipf_en, zipf_hi
from audit.lang.phonetic import devanagari_key, keys_match, phonetic_key
from audit.rules import name_data
from audit.rules.source.common import bare
from audit.rules.source.part_slots import (
    ANCHOR_MAX_ZIPF,
    FOREIGN_PART_MAX_ZIPF,
    calque_of,
    dictionary_word,
    english_word,
    hindi_word,
    honorifics,
    place_words,
    read_back,
    spells_part,
    titles,
    translates,
)
from audit.rules.source.roles import agent_noun, role_translated
from audit.rules.source.unread_slots import reads_part, spells_word, unread_slot_word

_HONORIFIC_BEFORE_RE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_JOIN_RE = re.compile(r"\.?[ \-]{1,2}")


def _honorific_slot(
    src: str, first_start: int, mt_words: Sequence[tuple[int, int, str]], used: set[int]
) -> int | None:
    """MT position of the honorific written right before the name in the source (Dr, Lord), or None."""
    m = _HONORIFIC_BEFORE_RE.search(src[:first_start])
    english, hindi = honorifics()
    if not m or m.group(1).lower() not in english:
        return None
    key = phonetic_key(m.group(1))
    for j, (_, _, w) in enumerate(mt_words):
        word = w.rstrip("।॥")
        if j in used:
            continue
        if (
            word in hindi
            or word.rstrip(".") in hindi
            or (len(key) >= 3 and keys_match(key, devanagari_key(word)))
        ):
            return j
    return None


_ROLE_BEFORE_RE = re.compile(r"\b([A-Za-z]+)\s+$")


def _role_slot(
    src: str, first_start: int, mt_words: Sequence[tuple[int, int, str]], used: set[int]
) -> int | None:
    """MT position of the translation of the role noun right before the name in the source (*the
    painter* Bai Yun → चित्रकार), or None: the name's slot follows it."""
    m = _ROLE_BEFORE_RE.search(src[:first_start])
    if not m or not agent_noun(m.group(1).lower()):
        return None
    return role_position(m.group(1), mt_words, used)


def role_position(role: str, mt_words: Sequence[tuple[int, int, str]], used: set[int]) -> int | None:
    """MT position of the one word that renders the role noun ``role``: its translation
    (*painter* → चित्रकार) or the English word spelled out (*rapper* → रैपर); when none does, a word
    that reads back to a synonym or kind of it (पर्वतारोही for *climber*); None when none or several do."""
    free = [(j, bare(w)) for j, (_, _, w) in enumerate(mt_words) if j not in used]
    found = [j for j, w in free if _renders_role(role, w)] or [j for j, w in free if _synonym_role(role, w)]
    return found[0] if len(found) == 1 else None


#: feminine agent-noun endings and their masculine (गायिका → गायक, लेखिका → लेखक, अभिनेत्री → अभिनेता)
_FEMININE_AGENT = (("िका", "क"), ("त्री", "ता"))


def _renders_role(role: str, hindi: str) -> bool:
    """``hindi`` translates the role noun, in the masculine or the feminine (गायिका for *singer*),
    or spells it out."""
    forms = [hindi] + [
        hindi[: -len(f)] + m for f, m in _FEMININE_AGENT if hindi.endswith(f) and len(hindi) > len(f) + 1
    ]
    return any(translates(role, f) for f in forms) or _spells_role(role, hindi)


def _synonym_role(role: str, hindi: str) -> bool:
    """A noun sense of the role is one of an English word ``hindi`` reads back to (FreeDict, Hindi →
    English), or the first sense of that word is a kind of the role at most two levels down
    (*mountaineer* → *climber*)."""
    low = role.lower()
    mine = set(wordnet.senses("noun", low))
    if not mine:
        return False
    for en in read_back(hindi):
        theirs = wordnet.senses("noun", en)
        if mine.intersection(theirs) or (theirs and wordnet.noun_under(theirs[0], frozenset({low}), depth=2)):
            return True
    return False


def _spells_role(role: str, hindi: str) -> bool:
    """``hindi`` spells the English role noun (रैपर, ड्रमर): three consonants or more, the same key."""
    key = phonetic_key(role)
    return len(key) >= 3 and key == devanagari_key(hindi)


def slot_calques(
    name: Sequence[Any],
    pos: list[int | None],
    used: set[int],
    mt: str,
    mt_words: Sequence[tuple[int, int, str]],
    src: str,
    other_keys: frozenset[str],
) -> list[tuple[int, int]]:
    """(part, MT position) of the name parts whose slot holds a calque of them.

    A part not found in the MT has a slot next to the nearest part that was (its distance in the
    name, less the particles between that the MT left out), or, when no part was, after the
    honorific or the role noun the source puts before the name (Dr Hope Mills → डॉ. आशा मिलें;
    a sentence-initial role inside the run, *Bassist Iron Mike*, counts as one). A sentence-initial capitalised word (Tiger Woods) or an everyday
    surname (Betty White) counts only by a dictionary translation, and the sentence-initial word
    only when it names a thing (Tiger, not Actor); a part that is no English word (Paz) also by
    an ordinary Hindi word nothing else accounts for, next to a given name or an honorific; and
    right after a listed given name spelled out, any part by a word that reads no word of the
    source (Greta Kaiser → ग्रेटा सम्राज्ञी को, Joe Burrow → जो मांद ने: synonyms FreeDict does not
    link); round 21, also right after the first of two parts that is no English word and no listed
    name, when the second is no acronym (Kemar Roach → केमार तिलचट्टा).
    """
    names = name_data.latin_names()
    matched = [k for k, p in enumerate(pos) if p is not None]
    # sentence-initial role nouns at the head of the run (Bassist Iron Mike): the role, not the name
    lead = 0
    while lead < len(name) - 1 and name[lead].optional and agent_noun(name[lead].text.lower()):
        lead += 1
    honorific = None if matched else _honorific_slot(src, name[0].start, mt_words, used)
    role = None
    if not matched and honorific is None:
        role = (
            role_position(name[lead - 1].text, mt_words, used)
            if lead
            else _role_slot(src, name[0].start, mt_words, used)
        )
    if not matched and honorific is None and role is None:
        return []
    if (
        honorific is None
        and role is None
        and not any(t.text.lower() in names or not english_word(t.text.lower()) for t in name)
    ):
        return []  # every part an everyday word no name list holds: a category (Film-editing)
    out: list[tuple[int, int]] = []
    taken = set(used)
    flagged: set[int] = set()
    for i, tok in enumerate(name):
        particle = tok.optional and tok.text.islower()  # a particle inside the name (ten, del, van)
        if pos[i] is not None or not tok.key or not (tok.text[:1].isupper() or (particle and matched)):
            continue
        if matched:
            k = min(matched, key=lambda m: (abs(m - i), m))
            anchor = pos[k]
            assert anchor is not None
            # particles between that the MT left out (Maria das Dores → मारिया ◻) take no slot
            dropped = sum(
                1
                for x in range(min(k, i) + 1, max(k, i))
                if pos[x] is None and name[x].optional and name[x].text.islower() and x not in flagged
            )
            step = abs(i - k) - dropped
            j = anchor + (step if i > k else -step)
            anchor_low = name[k].text.lower()
            # a listed given name; or the first of a name's two parts, no English word, no listed
            # name and no acronym after it (Kemar Roach → केमार तिलचट्टा; not Scorpio SUVs)
            given_anchor = k < i and (
                "given" in names.get(anchor_low, "")
                or (
                    k == lead
                    and i == k + 1 == len(name) - 1
                    and not english_word(anchor_low)
                    and zipf_en(anchor_low) < FOREIGN_PART_MAX_ZIPF
                    and anchor_low not in names
                    and not tok.text[:2].isupper()
                )
            )
            # the slot is a name's beyond doubt: right after its listed given name, or a listed
            # given name right before its found surname
            low_part = tok.text.lower()
            # (and the anchor spelled exactly or a word unknown to Hindi text: a loose match of a
            # common word places the slot by chance)
            anchor_word = mt_words[anchor][2].rstrip("।॥")
            # (or a spelling of the part that is no word of the Hindi dictionary: न्यूटन, मिशेल)
            exact = devanagari_key(anchor_word) == name[k].key or zipf_hi(anchor_word) < ANCHOR_MAX_ZIPF
            # (or a spelling of the part that is no word of the Hindi dictionary, न्यूटन, मिशेल:
            # then a slot word that reads the part loosely is its reading, रोज़ बाउल for Rose Bowl)
            loose = not exact and spells_word(name[k].text, anchor_word) and not dictionary_word(anchor_word)
            exact = exact or loose
            # right after a spelled part that is no sentence-initial common word
            # the role spelled out at the head of the run (बेसिस्ट for Bassist) is an anchor too
            after_role = k < lead
            beside = k < i and step == 1 and ((exact and not name[k].optional) or after_role)
            name_slot = (
                step == 1
                and exact
                and (
                    given_anchor
                    or (
                        k > i
                        and ("given" in names.get(low_part, "") or zipf_en(low_part) < FOREIGN_PART_MAX_ZIPF)
                        and not is_person(low_part)
                    )
                )
            )
        elif honorific is not None:
            anchor, j, given_anchor, name_slot, beside = honorific, honorific + 1 + i, True, False, False
            after_role = loose = False
        else:  # after the role's translation, the name read nowhere (चित्रकार सफ़ेद बादल for Bai Yun)
            assert role is not None
            if i < lead:
                continue
            anchor, j, given_anchor, name_slot, beside = role, role + 1 + i - lead, False, False, True
            after_role, loose = True, False
        if not 0 <= j < len(mt_words) or j in taken:
            continue
        lo, hi = min(anchor, j), max(anchor, j)
        if any(not _JOIN_RE.fullmatch(mt[mt_words[x][1] : mt_words[x + 1][0]]) for x in range(lo, hi)):
            continue  # a comma or other punctuation between: not the name's slot
        j = _compound_head(mt, mt_words, j, anchor)
        word = mt_words[j][2].rstrip("।॥")
        if is_stop(word) or not word or j in taken or (loose and reads_part(tok.text, word)):
            continue
        low = tok.text.lower()
        # a title word as the last part right after a listed given name is a surname (Travis
        # Head, Mike Major); elsewhere it is a title, translated (Premier Li Qiang)
        surname_title = name_slot and given_anchor and i == len(name) - 1 and low not in place_words()
        if low in titles() and not surname_title:
            continue  # Premier Li Qiang → प्रधानमंत्री ली कियांग: a title, translated
        if matched and i < min(matched):
            # a word before the name's found parts names a thing (Tiger Woods) or is a given name
            # (Rose Byrne), not a role (Actor, Singer) or a qualifier (Former); and a word before
            # a given name that is none describes the person (Batter Harry Brook)
            if (
                is_person(low)
                and len(name) - i >= 3
                and name[i + 1].text.lower() not in name_data.LATIN_NAME_PARTICLES
            ):
                continue  # a role before a full name (Archer Deepika Kumari, Lawyer Amal Clooney)
            given = slot_surname_start(tok.text)
            if role_translated(tok.text, word):
                continue  # a role the MT translates as one (Pacer Mark Wood → तेज़ गेंदबाज़ मार्क वुड)
            before_given = i + 1 < len(name) and slot_surname_start(name[i + 1].text)
            # a part that is no English word is a name too (Hayat, Ife, Lev), never a role
            foreign = not english_word(low) and zipf_en(low) < FOREIGN_PART_MAX_ZIPF
            if not given and not foreign and (before_given or not is_concrete(low)):
                continue
        if particle:
            # a particle translated as an English word (Erik ten Hag → एरिक दस हाग)
            hit = translates(tok.text, word) and not spells_part(tok.text, word)
        elif tok.optional and not name_slot:
            hit = (
                not spells_part(tok.text, word)
                and translates(tok.text, word)
                and stem_key(word) not in other_keys
            )
        else:
            hit = calque_of(tok.text, word, other_keys, foreign_ok=given_anchor, name_slot=name_slot)
        if (
            not hit
            and beside
            and not tok.optional
            # a part that is no English word; after the role, the name read nowhere, any part
            # in a Hindi word's slot (बेसिस्ट लोहा माइक for Bassist Iron Mike)
            and (
                (not english_word(low) and zipf_en(low) < FOREIGN_PART_MAX_ZIPF)
                or (after_role and hindi_word(word))
                or name_slot
            )
        ):
            hit = unread_slot_word(tok.text, word, mt_words, src, other_keys)  # Inês Moreira → इनेस शहतूत
        if hit:
            out.append((i, j))
            flagged.add(i)
            taken.add(j)
    return out


def _compound_head(mt: str, mt_words: Sequence[tuple[int, int, str]], j: int, anchor: int) -> int:
    """The first content word of the hyphened Hindi compound the slot ``j`` falls in (भगवान-पास-है:
    भगवान), not crossing the anchor; ``j`` itself when it is no compound's."""
    start = j
    while start - 1 > anchor and mt[mt_words[start - 1][1] : mt_words[start][0]] == "-":
        start -= 1
    end = j
    while (
        end + 1 < len(mt_words) and end + 1 != anchor and mt[mt_words[end][1] : mt_words[end + 1][0]] == "-"
    ):
        end += 1
    if start == end:
        return j
    return next((x for x in range(start, end + 1) if not is_stop(mt_words[x][2].rstrip("।॥"))), j)


def slot_surname_start(word: str) -> bool:
    """A sentence-initial part that is a listed given name (Rose Byrne): its translation is a calque."""
    return "given" in name_data.latin_names().get(word.lower(), "")
