"""The source veto: with the English source, a Hindi-only finding that stands for an English
expression the source does not hold is dropped.

A Hindi-only rule declares what its findings stand for with ``register(..., source_veto=KIND)``
(:data:`audit.rules.registry.SOURCE_VETOES`) and puts the English in the finding's evidence
(``english``: the lexicon entry's English, the idiom, the title, the name part). When a segment
has a source, :class:`audit.pipeline.auditor.Auditor` asks :func:`vetoed` about each such
finding; the source can only remove a finding, never add one (as HI408's source mode). Kinds:

- ``expression``: an idiom, collocation, structure or ambiguous word (HI201, HI204–HI206). The
  finding stays when the content words of one of its English expressions occur in the source
  in order, any inflection (*spilled the beans*, *held three rounds of talks* for *held talks*),
  with slots (*one's*, *someone*) left out.
- ``word``: a word read in its other sense (HI203: *featuring* → विशेषता for the entry *feature
  film*): one content word of its English expressions, any inflection, must occur in the source.
- ``title``: a title or institution (HI202, HI207): as ``expression``; written in lower case
  where the English capitalises it, it must be definite (*the upper house*, *the party's chief
  whip*) — *a white house by the lake*, *two white houses* are houses.
- ``title``: a name of a kind Hindi translates, told by the source (a public body of the Indian
  state, a landmark or festival the source places in India, an epithet after a name:
  :mod:`audit.rules.source.title_kinds`), is no calque.
- ``title`` and ``place``, with the finding's Hindi span: a role (an agent noun, *Singer*, *Actor*)
  before a name whose Hindi words after the first all spell the name (गायक सील) is the role
  translated and the name written out, no calque.
- ``place``: one half of a place name translated (HI208, ``english`` = that half, *Hill*): as
  ``title``, and a one-word half must stand inside a capitalised name of two words or more in the
  source (*Notting Hill*, *the Old Bailey*; not *Alexander the Great*, *the hills*).
- ``name``: a name part translated as a word (HI101, HI104, HI105; ``english`` = the part,
  *Cook*): a source that holds it only as an ordinary lower-case word (*Tim's cook*, *watched
  the moon*) drops the finding; inside a capitalised word (*Tim Cook*, *Jae-in*), or absent (the
  rule's English may be its own gloss of the Hindi word), it stays — unless every Hindi word of
  the finding's span sounds, consonant for consonant, like a capitalised word of the source and
  the part is nowhere in it (ओलिवर कान for *Oliver Kahn*, तितास साधु for *Titas Sadhu*): the name
  written out, whose part is also a Hindi word (कान: ear, साधु: monk), no word translated.

An English field with no word to look for (a bare note) vetoes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.idioms import DETERMINERS, PERSON_SLOTS, POSSESSIVE_SLOTS, token_matches
from audit.lang.distance import edit_distance
from audit.lang.phonetic import romanise
from audit.rules import name_data
from audit.rules.source.common import at_sentence_start
from audit.rules.source.names import devanagari_key, phonetic_key
from audit.rules.source.roles import agent_noun
from audit.rules.source.title_kinds import translated_kind
from audit.rules.source.unread_slots import reads_part

#: extra source tokens allowed between two words of an expression (*held three rounds of talks*,
#: *hold the minister accountable*)
MAX_GAP = 4
_SLOTS = POSSESSIVE_SLOTS | PERSON_SLOTS | DETERMINERS | {"x", "y", "etc", "…", "..."}
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_NAME_WORD_RE = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")


def _phrases(english: str) -> list[list[str]]:
    """Each English expression of ``english`` as its words, case kept (see
    :func:`audit.rules.literal.english_phrases` for the field's format)."""
    from audit.rules.literal import english_phrases

    # the field's expressions, and each "/" alternative as written too (the completion of a
    # one-word alternative can misread a hyphenated one: Secretary-General / General Secretary)
    lowered = list(english_phrases(english))
    lowered += [p for alt in english.split("/") for p in english_phrases(alt) if p not in lowered]
    # the case of each word as the field writes it (the phrases come back lower-cased)
    cased = {w.lower(): w for w in _WORD_RE.findall(english) if w[:1].isupper()}
    out = []
    for phrase in lowered:
        words = [cased.get(w, w) for w in _WORD_RE.findall(phrase)]
        words = [w for w in words if w.lower() not in _SLOTS]
        if words:
            out.append(words)
    return out


def _key_words(words: list[str]) -> list[str]:
    """The words to look for: content words, or all of them when the phrase has none."""
    # a contraction (I'm, don't) may be written out in the source (I am all ears): not looked for
    content = [w for w in words if E.is_content(w.lower()) and not re.search(r"['’]", w)]
    return content or [w for w in words if not re.search(r"['’]", w)]


#: words before a lower-case title that make it an ordinary phrase: *a* white house, *two* chief
#: whips are things, *the* upper house / *the party's* chief whip are the office
_INDEFINITE = frozenset("a an one two three four five some many several another any each every".split())


def _matches(words: list[str], toks: list[str]) -> list[int]:
    """Token indices where ``words`` begin in ``toks``, in order, at most :data:`MAX_GAP` tokens
    apart (any inflection)."""

    def from_(k: int, i: int) -> bool:
        if k == len(words):
            return True
        stop = min(len(toks), i + MAX_GAP + 1)
        return any(token_matches(words[k].lower(), toks[j]) and from_(k + 1, j + 1) for j in range(i, stop))

    return [i for i, tok in enumerate(toks) if token_matches(words[0].lower(), tok) and from_(1, i + 1)]


def _as_title(words: list[str], toks: list[str], i: int) -> bool:
    """Whether the match at ``i`` reads as the title: capitalised as the field writes it, or in
    lower case but definite (*the upper house*, *the party's chief whip*)."""
    if not any(w[:1].isupper() for w in words) or toks[i][:1].isupper():
        return True
    return not (i > 0 and toks[i - 1].lower() in _INDEFINITE)


@lru_cache(maxsize=16384)
def vetoed(kind: str, english: str, src: str, span: str = "") -> bool:
    """Whether the source ``src`` rules out a finding of veto ``kind`` standing for ``english``
    (``span``: the finding's Hindi, where the rule gives it)."""
    if not english.strip() or not src.strip():
        return False
    if kind == "name":
        return _ordinary_noun_in_source(english, src) or bool(span and name_written_out(english, span, src))
    if kind in ("title", "place") and span and _role_before_read_name(english, span, src):
        return True
    if kind == "title" and translated_kind(english, src):
        return True
    if kind == "place" and len(_WORD_RE.findall(english)) == 1:
        return not _in_place_name(english, src)
    phrases = [_key_words(p) for p in _phrases(english)]
    if not phrases:
        return False  # nothing to look for: the source cannot speak against it
    toks = [t for _, _, t in E.tokens(src)]
    if kind == "word":
        return not any(_matches([w], toks) for p in phrases for w in p)
    if kind in ("title", "place"):
        return not any(_as_title(p, toks, i) for p in phrases for i in _matches(p, toks))
    return not any(_matches(p, toks) for p in phrases)


def _ordinary_noun_in_source(part: str, src: str) -> bool:
    """Whether the name part (Cook, Moon) occurs in ``src`` only as an ordinary lower-case word
    (*Tim's cook*, *watched the moon*) and never inside a capitalised word (*Tim Cook*, *Jae-in*).
    A part the source does not hold at all says nothing (the rule's English may be its gloss of
    the Hindi word: पर्वत → Mountain for *Mason Mount*)."""
    want = part.lower().strip()
    if not want or " " in want:
        return False
    lower = False
    for word in _NAME_WORD_RE.findall(src):
        pieces = [p for p in re.split(r"[-'’]", word) if p]
        if not any(want == p.lower() or want in E.lemmas(p.lower()) for p in pieces):
            continue
        if word[:1].isupper():
            return False
        lower = True
    return lower


_DEVANAGARI_WORD_RE = re.compile(r"[\u0900-\u097F]+")


def name_written_out(part: str, span: str, src: str, names_only: bool = False) -> bool:
    """The source lacks the name part ``part`` (any case, any inflection) and every Hindi word of
    ``span`` (hyphenated parts one by one) writes out a capitalised word of ``src`` or a piece of
    one (*Titas Sadhu*, *Naveen-ul-Haq*: :func:`_writes_out`): the name transliterated, not
    translated. ``names_only``: as :func:`writes_out_a_name`."""
    want = part.lower().strip()
    toks = [t.lower() for _, _, t in E.tokens(src)]
    if not want or any(want == t or want in E.lemmas(t) for t in toks):
        return False
    return writes_out_a_name(span, src, names_only)


def writes_out_a_name(span: str, src: str, names_only: bool = False) -> bool:
    """Every Hindi word of ``span`` (hyphenated parts one by one) writes out a capitalised word of
    ``src`` or a piece of one (:func:`_writes_out`: जंगकुक for *Jung Kook*, भजनलाल for *Bhajanlal*).
    ``names_only``: not a word a sentence start capitalises that WordNet writes in lower case
    (*Flowers worth ten lakh* is no name; *Dallas*, *Boutros* are)."""
    hindi = _DEVANAGARI_WORD_RE.findall(span)
    pieces = {
        p
        for m in _NAME_WORD_RE.finditer(src)
        if m.group()[:1].isupper() and not (names_only and _ordinary_at_start(src, m.start(), m.group()))
        for p in re.split(r"[-'’]", m.group())
        if len(p) >= 2
    }
    return bool(hindi) and all(any(_writes_out(p, h) for p in pieces) for h in hindi)


def _ordinary_at_start(src: str, i: int, word: str) -> bool:
    """A capital at a sentence start on a word whose first WordNet sense (noun, verb, adjective or
    adverb, any inflection) is written in lower case: an ordinary word."""
    if not at_sentence_start(src, i):
        return False
    for lemma in E.lemmas(word.lower()):
        for pos in ("noun", "verb", "adj", "adv"):
            first = wordnet.first_sense(pos, lemma)
            if first is not None and lemma in wordnet.lemmas_as_written(pos, first):
                return True
    return False


#: consonant keys this long (both) may differ by one letter (a spelling's variants: रोड्रिगेज़ for
#: Rodríguez) without being a chance likeness; shorter ones must be equal (सोना is no *Jin*)
LOOSE_KEY_LEN = 4
_VOWELS_RE = re.compile(r"[aeiou]")


def _writes_out(word: str, hindi: str) -> bool:
    """``hindi`` is the English name ``word`` written out: the same consonant key (equal, or one
    letter apart when both are :data:`LOOSE_KEY_LEN` long) and the same first vowel — a transliteration
    keeps the vowels (कान for *Kahn*), a Hindi word that merely shares the consonants does not
    (सुबह for *Sabah*); Hindi's short *a* stands for any English vowel (ओलिवर: *Oliver*)."""
    key, english = devanagari_key(hindi), phonetic_key(word)
    if not key or not english:
        return False
    if key != english and (min(len(key), len(english)) < LOOSE_KEY_LEN or edit_distance(key, english) > 1):
        return False
    plain = unicodedata.normalize("NFKD", word.lower())
    first_en = _VOWELS_RE.search(plain)
    if first_en is None:
        return True
    for r in romanise(hindi):
        first_hi = _VOWELS_RE.search(r)
        if first_hi is None or first_hi.group() in ("a", first_en.group()):
            return True
        if {first_hi.group(), first_en.group()} <= {"e", "i"}:
            return True
    return False


def _capitalised_inside(word: str, src: str) -> bool:
    """Whether ``src`` writes ``word`` capitalised where no sentence begins (*and Killer Mike*)."""
    return any(not at_sentence_start(src, m.start()) for m in re.finditer(rf"\b{re.escape(word)}\b", src))


def _role_before_read_name(english: str, span: str, src: str) -> bool:
    """The title is a role before a name (*Singer Seal*, *Actor Jeevan*: a person noun that is no
    listed given name) and every Hindi word after the first spells the name (गायक सील, अभिनेता
    जीवन): Hindi translates the role and writes the name out, which is right. A name read as a
    word stays (रैपर बर्फ for *Rapper Ice*), and so does a role word the source capitalises inside
    a sentence (*Busta Rhymes and Killer Mike*): English writes a role before a name in lower case
    there, so a capital makes it part of the name (हत्यारा माइक)."""
    words = _WORD_RE.findall(english.split("/")[0])
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    role = words[0].lower()
    if not agent_noun(role) or "given" in name_data.latin_names().get(role, ""):
        return False
    if _capitalised_inside(words[0], src):
        return False
    rest = _DEVANAGARI_WORD_RE.findall(span)[1:]
    return bool(rest) and all(any(reads_part(w, h) for w in words[1:]) for h in rest)


#: what joins the words of a place name (Notting Hill, Stoke-on-Trent, Valley of the Kings)
_PLACE_RUN_RE = re.compile(
    r"[A-Z][\w'’]*(?:(?:[ \-]|\s+(?:of|of the|on|upon|and|de|del|la)\s+)[A-Z][\w'’]*)+"
)


def _in_place_name(word: str, src: str) -> bool:
    """The source holds ``word`` (any inflection) inside a capitalised name of two words or more
    (*Notting Hill*, *Canary Wharf*): a place name one half of which could be translated. A lone
    capitalised word (*Alexander the Great*: an epithet) or a lower-case one (*the hills*) is none."""
    low = word.lower()
    for m in _PLACE_RUN_RE.finditer(src):
        if any(token_matches(low, t) for t in re.findall(r"[A-Za-z]+", m.group()) if t[:1].isupper()):
            return True
    return False
