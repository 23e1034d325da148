"""HI408/HI409's sentence-level guards: whether a word's candidate stands in its sentence — no part
of a name, an English title, term or phrase, a place or a team's name (:mod:`audit.rules.translit_common`
finds the candidates; :mod:`audit.rules.translit_context` holds the neighbour tests)."""

from __future__ import annotations

from audit.core.model import Segment
from audit.lang import engdict
from audit.lang.bilingual import english as E
from audit.lang.function_words import ENGLISH_STOP_WORDS
from audit.lang.transcription import source_words
from audit.rules.script import word_stems
from audit.rules.script_translit import is_next_to_name, plural_closes_a_name
from audit.rules.source.spelled import name_or_term_beside
from audit.rules.translit_context import (
    beside_foreign,
    in_english_title,
    in_name_run,
    source_compound,
    spelled_acronym,
)
from audit.rules.translit_equiv import plural, verb_only
from audit.rules.translit_levels import Candidate
from audit.rules.translit_loans import loan_hindi_writes
from audit.rules.translit_places import names_other_place
from audit.rules.translit_source import same_word


def kept(
    segment: Segment,
    text: str,
    toks: list[tuple[int, int, str]],
    i: int,
    c: Candidate,
    light: bool,
    spelled: bool,
) -> bool:
    """The sentence-level guards of HI408 let word ``i``'s candidate ``c`` stand. A word the spelled
    path found is part of a name or term only beside a word the source holds too
    (:func:`audit.rules.source.spelled.name_or_term_beside`)."""
    w = toks[i][2]
    src_words = source_words(segment.src) if segment.src else ()
    if segment.src and rendered_elsewhere(segment.src, toks, i, c):
        return False
    # a Hindi light verb after the word (डिसाइड किया) or, without the source, an English plural
    # (चिल्ड्रन स्कूल: a plural modifies no English term) leaves only the word before it to
    # make a name or term (with the source, the source shows what the neighbour is)
    ctx = toks[: i + 1] if light or (plural(c.english) and not src_words) else toks
    beside = not spelled or name_or_term_beside(text, ctx, i, segment.src)
    if (beside and is_next_to_name(text, ctx, i)) or in_english_title(text, toks, i):
        return False
    if c.english.lower() in ENGLISH_STOP_WORDS:
        return False  # an English function word (वर्क फ़्रॉम होम) is a word of an English phrase, kept whole
    if loan_hindi_writes(text, toks, i, c.english, c.hindi):
        return False  # the dictionary writes the loan, a verb's noun, an English compound, a name
    if names_other_place(w, c.english):
        return False  # a place's name (हनोई: Hanoi), not the English word it sounds like (honey)
    if plural_closes_a_name(text, toks, i, c.english):
        return False  # the plural word of a team, band or company name (मुंबई इंडियंस, गुजरात लायंस)
    if spelled_acronym(w) or in_name_run(text, toks, i, c.english, segment.src):
        return False  # a surname after a given name, a team's word after its place (मियामी हीट)
    # an English verb before a Hindi light verb heads no English compound with the noun before
    # it (फैक्ट्री अनाउंस की: its object); only a name does
    if (
        not (light and verb_only(c.english))
        and beside
        and beside_foreign(text, ctx, i, c.glossary, segment.src, c.english)
    ):
        return False
    return not (segment.src and source_compound(segment.src, c.english, text, toks, i))


def rendered_elsewhere(src: str, toks: list[tuple[int, int, str]], i: int, c: Candidate) -> bool:
    """With the source: the Hindi word the candidate suggests already stands elsewhere in the line,
    in some inflected form, as often as the source writes words the dictionary gives it for — the
    source word is translated there, so word ``i`` is something else (रसोइए, *cook*, read as *rice*
    beside चावल; but धन्यवाद for *thanked* leaves ग्रैटिट्यूड, *gratitude*, in English)."""
    hindi = {c.hindi, c.hindi[:-2] if c.hindi.endswith("ना") and len(c.hindi) > 3 else c.hindi}
    forms = {st for h in hindi for st in word_stems(h)}
    in_mt = sum(1 for j, (_s, _e, t) in enumerate(toks) if j != i and forms & set(word_stems(t)))
    if not in_mt:
        return False
    in_src = sum(
        1
        for _s, _e, t in E.tokens(src)
        if same_word(t.lower(), c.english) or (E.is_content(t) and _gives(t.lower(), forms))
    )
    return in_mt >= max(1, in_src)


def _gives(english: str, forms: set[str]) -> bool:
    """The dictionary gives a Hindi word of ``forms`` (a word of its translation) for ``english`` or
    a base form of it."""
    senses = engdict.dictionary().senses
    return any(
        forms & {st for h in s.hindi.split() for st in word_stems(h)}
        for lemma in E.lemmas(english)
        for s in senses.get(lemma, ())
    )
