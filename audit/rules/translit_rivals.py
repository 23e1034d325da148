"""Whether another English word or an English name reads a Devanagari word as closely as the word
HI408/HI409 guessed (:mod:`audit.rules.translit_common`): ब्रेड is *bread*, not *bird*; रूट्स
*roots*, not *riots*; पेरिस *Paris*, not *price*; ग्रीस *Greece*, not *grace*. A rival reading
leaves the word unflagged."""

from __future__ import annotations

from audit.lang import resources as res
from audit.lang import translit_glossary as glossary
from audit.lang import translit_xlit
from audit.lang.bilingual import english as E
from audit.lang.transcription import name_lookalikes, spells
from audit.rules.name_data import foreign_name
from audit.rules.translit_context import MIN_ENGLISH_ZIPF
from audit.rules.translit_equiv import unheard

#: another English word closer than the glossary word wins (ब्रेड: bread, not bird); one this
#: close, if it is at most this much rarer in English than the glossary word
OTHER_ENGLISH_MARGIN = 0.05
OTHER_ENGLISH_ZIPF_GAP = 1.0
OTHER_NAME_ZIPF_GAP = 2.0


def reads_as_other_english(word: str, lemma: str, form: str, sim: float) -> bool:
    """Another English word of the word list spells ``word`` about as closely as the glossary
    word does (ब्रेड is *bread*, not *bird*; रूट्स *roots*, not *riots*); an English function word
    is never written out (हाउस is *house*, not *has*)."""
    own = {lemma, form, lemma + "s", lemma + "es"}
    # a spelling no closer than the glossary word's is another reading only for a word about as common
    # (स्टेट: *state* 5.8, not *stat* 3.9); for the transliterator's own spelling (हंगर) one as common
    exact = any(en in own for en, _s, _p in translit_xlit.all_readings(word))
    tie_floor = res.zipf_en(form) - (0.0 if exact else OTHER_ENGLISH_ZIPF_GAP)
    for en, ez, osim in res.english_lookalikes(word, min_key_len=2):
        if en in own or ez < MIN_ENGLISH_ZIPF - 1 or _news_glossary_word(en) or not E.is_content(en):
            continue  # (another glossary word is no other reading: वीमेन is *women* or *woman*)
        if unheard(word, en) and not unheard(word, lemma):
            continue  # the ear hears the glossary word, not this one (सैड: *sad*, not *said*)
        # like with like: the other word's spelling by sound too (क्रीम: cream ~ kreem as crime ~ krim)
        other = max(osim, spells(word, en))
        if other > sim or (other >= sim - OTHER_ENGLISH_MARGIN and ez >= tie_floor):
            return True
    # the transliterator's own spelling of another everyday word (वोटर is *voter*, not *water*)
    for en, xsim, _plural in translit_xlit.all_readings(word):
        if en not in own and xsim > sim and E.is_content(en) and not _news_glossary_word(en):
            return True
    # a listed foreign name that spells it more closely (पेरिस is *Paris*, not *price*)
    name = foreign_name(word)
    if (
        name is not None
        and name[0] not in own
        and not unheard(word, name[0])  # (सैड is *sad*, not the name *Said*)
        and spells(word, name[0]) > sim
        and res.zipf_en(name[0]) >= res.zipf_en(form) - OTHER_NAME_ZIPF_GAP
    ):
        return True  # (a name far rarer than the word is no other reading: वीमेन is not *Wayman*)
    return reads_as_name(word, sim)


def _news_glossary_word(english: str) -> bool:
    entry = glossary.lookup(english)
    return entry is not None and entry.level == "news"


def reads_as_name(word: str, sim: float) -> bool:
    """An English name (a word wordfreq knows that the dictionary word list lacks) spells ``word``
    about as closely as the common word read (ग्रीस is *Greece*, not *grace*)."""
    return any(
        spells(word, name) >= sim - OTHER_ENGLISH_MARGIN and not unheard(word, name)
        for name in name_lookalikes(word)
    )
