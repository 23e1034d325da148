"""HI207's epithet frame, read from the Hindi (in both modes): a side's or a player's nickname, translated word for word in
the slot Hindi gives a nickname — before के नाम से मशहूर (कुम्हारों के नाम से मशहूर स्टोक सिटी:
the Potters), before कहे जाने वाले (भाड़े का हत्यारा कहे जाने वाले सलामी बल्लेबाज़: the Hitman),
between को and कहते/कहा जाता (धोनी को ठंडा कप्तान कहते हैं), or after यानी (वॉटफ़ोर्ड, यानी
ततैये, …). Hindi sports news writes such nicknames transliterated (पॉटर्स, हिटमैन, हॉर्नेट्स).

Only in a sentence about sport (``data/team_frame.toml`` [context]): outside sport Hindi gives its
own epithets in the same slots (जयपुर को गुलाबी नगरी कहा जाता है, सरदार पटेल को लौह पुरुष, उड़न
सिख के नाम से). The epithet is every content word of the slot, each a Hindi translation
(:func:`audit.rules.title_teams.translated`: no transliteration, place or person's name), with
का/की/के only between them; two words or more, or one noun in the plural — a side's members by
their nickname (ततैये, कुम्हारों). Silent: a word spelled from English in the slot (स्विंग का
सुल्तान, ट्रैक्टर बॉयज़, क्रिकेट के भगवान), an epithet that is part of a genitive phrase (दुनिया
के सबसे तेज़ गेंदबाज़ कहे जाने वाले: a description), a head that is a sport's own person or a
side's member (गेंदबाज़, कप्तान, खिलाड़ियों, समर्थकों: :func:`audit.rules.title_teams.side_people`),
and the animals Hindi itself calls national sides (कंगारू, कीवी). The frame's words are data
(``data/team_frame.toml`` [epithet]).
"""

from __future__ import annotations

from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import engdict
from audit.lang.bilingual.hindi import fold, is_stop, words
from audit.lang.function_words import HINDI_GENITIVES
from audit.rules.title_source import GAP_RE

#: content words of an epithet: at most this many
MAX_WORDS = 4
#: direct plural endings of nouns (तलवारें, बिल्लियाँ, मछलियां); the oblique ones are
#: :func:`audit.rules.title_teams.is_plural_oblique`'s
_DIRECT_PLURAL = ("ें", "ियाँ", "ियां", "एँ", "एं")

Word = tuple[int, int, str]


@lru_cache(maxsize=1)
def _frame() -> dict[str, frozenset[str]]:
    raw = data_toml("team_frame.toml")["epithet"]
    out = {k: frozenset(fold(w) for w in v) for k, v in raw.items()}
    out["own"] = frozenset(fold(w) for w in data_toml("agent_frame.toml")["acts"]["own_nicknames"])
    return out


def _gap_ok(text: str, a: Word, b: Word) -> bool:
    """Only spaces, hyphens or quotes between two words of one phrase."""
    return GAP_RE.fullmatch(text[a[1] : b[0]].strip("'\"‘’“”")) is not None


def _content(hindi: str) -> bool:
    from audit.rules.title_teams import translated

    if "-" in hindi:  # a hyphenated compound (झींगा-मछुआरों): every part a translation
        return all(p and translated(p) for p in hindi.split("-"))
    return not is_stop(hindi) and translated(hindi)


def _back(text: str, mt: list[Word], p: int) -> int | None:
    """Index of the first word of the epithet that ends right before ``mt[p]``; None when there
    is no content word there or the epithet continues a genitive phrase."""
    first = None
    k = p - 1
    while k >= 0 and p - k <= MAX_WORDS + 2 and _gap_ok(text, mt[k], mt[k + 1]):
        w = mt[k][2]
        if fold(w) in HINDI_GENITIVES and first is not None and k > 0 and _content(mt[k - 1][2]):
            k -= 1
            continue
        if not _content(w):
            break
        first = k
        k -= 1
    if first is None or (first > 0 and fold(mt[first - 1][2]) in HINDI_GENITIVES):
        return None  # दुनिया के सबसे तेज़ गेंदबाज़: the slot continues a description
    return first


def _forward(text: str, mt: list[Word], p: int) -> int | None:
    """Index past the last word of the epithet that opens at ``mt[p]`` (after यानी), which a
    comma, the clause's end or a case marker must close."""
    k = p
    while k < len(mt) and k - p <= MAX_WORDS + 2:
        w = mt[k][2]
        if k > p and not _gap_ok(text, mt[k - 1], mt[k]):
            break
        if fold(w) in HINDI_GENITIVES and k > p and k + 1 < len(mt) and _content(mt[k + 1][2]):
            k += 1
            continue
        if not _content(w):
            break
        k += 1
    if k == p:
        return None
    if k == len(mt) or not _gap_ok(text, mt[k - 1], mt[k]) or fold(mt[k][2]) in _frame()["after_that_is"]:
        return k
    return None


def _plural(hindi: str) -> bool:
    """An oblique or a direct plural (कुम्हारों, तलवारें; ततैये of ततैया)."""
    from audit.rules.team_words import team_base_forms
    from audit.rules.title_teams import is_plural_oblique

    if is_plural_oblique(hindi) or hindi.endswith(_DIRECT_PLURAL):
        return True
    return hindi.endswith("े") and any(f != hindi and f.endswith("ा") for f in team_base_forms(hindi))


def _nickname(mt: list[Word], first: int, end: int) -> bool:
    """The words ``mt[first:end]`` are a nickname translated: two content words or one plural
    noun; no sport's own person or side's member as the head, no Hindi name of a national side."""
    from audit.rules.team_words import team_base_forms
    from audit.rules.title_teams import side_people

    content = [w for _s, _e, w in mt[first:end] if fold(w) not in HINDI_GENITIVES]
    head = content[-1].split("-")[-1]
    if not content or len(content) > MAX_WORDS or side_people(head):
        return False
    own = _frame()["own"]
    if any(fold(f) in own for w in content for f in team_base_forms(w)):
        return False
    return len(content) >= 2 or _plural(head)


def _called(mt: list[Word], p: int, first: int) -> bool:
    """``mt[p]`` is a verb of calling that takes the epithet: after को, habitual or passive (धोनी
    को … कहते हैं, … को … कहा जाता है), or as an attributive participle (… कहे जाने वाले) or
    a verb of being called (… कहलाने वाली)."""
    frame = _frame()
    verb = fold(mt[p][2])
    nxt = [fold(w) for _s, _e, w in mt[p + 1 : p + 3]]
    passive = verb in frame["called_passive"] and bool(nxt) and nxt[0].startswith(_JA)
    if verb in frame["called_self"] or (passive and nxt[0] == _JANE and nxt[1:2] and nxt[1].startswith(_VAL)):
        return True
    after_ko = first > 0 and fold(mt[first - 1][2]) == _KO
    return after_ko and (verb in frame["called_active"] or passive)


@lru_cache(maxsize=1)
def _precheck() -> tuple[str, ...]:
    """Substrings one of which every slot needs in the text: नाम (के नाम से), a word after which
    an epithet opens (यानी) or the first three letters of a verb of calling (कहते, कहलाने)."""
    frame = _frame()
    calling = {w[:3] for k in _CALLING for w in frame[k]}
    return tuple(sorted({"नाम", *frame["that_is"], *calling}))


_KO, _JA, _JANE, _VAL = (fold(w) for w in ("को", "जा", "जाने", "वाल"))
_CALLING = ("called_active", "called_passive", "called_self")


@lru_cache(maxsize=4096)
def epithet_calques(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, phrase) of nicknames translated word for word in a nickname's slot, in a
    sentence about sport (``text`` NFC)."""
    if not engdict.available() or not any(k in text for k in _precheck()):
        return ()  # no slot's word in the text (most text): no walk over its words
    mt = words(text)
    if len(mt) < 3:
        return ()
    from audit.rules.title_teams import sport_sentence

    frame = _frame()
    known_as, that_is = frame["known_as"], frame["that_is"]
    calling = frozenset().union(*(frame[k] for k in _CALLING))
    found: list[tuple[int, int, str]] = []
    for p, (_s, _e, w) in enumerate(mt):
        f = fold(w)
        first: int | None = None
        end = p
        if (
            f == fold("के")
            and p + 3 < len(mt)
            and fold(mt[p + 1][2]) == fold("नाम")
            and fold(mt[p + 2][2]) == fold("से")
        ):
            if any(fold(mt[p + 3][2]).startswith(k) for k in known_as):
                first = _back(text, mt, p)
        elif f in that_is and p + 1 < len(mt):
            stop = _forward(text, mt, p + 1)
            if stop is not None:
                first, end = p + 1, stop
        elif p > 0 and f in calling:
            first = _back(text, mt, p)
            if first is not None and not _called(mt, p, first):
                first = None
        if first is None or not _nickname(mt, first, end):
            continue
        if not sport_sentence(mt, None):
            return ()
        found.append((mt[first][0], mt[end - 1][1], text[mt[first][0] : mt[end - 1][1]]))
    return tuple(found)
