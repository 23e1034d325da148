"""Hindi frames whose नहीं/न negates nothing the source says (HI505's guards on an added negation).

A zero said as *not a single* or *no X* (एक भी गोल नहीं खाया, कोई गोल नहीं होने दिया: *a clean
sheet*), an alternative question's
*or not* (देखा कि घाव भर रहा है या नहीं: *whether the wound was healing*) and a litotes of comparison
(किसी वरदान से कम नहीं: *is a blessing*, *as good as*), a tag question's न (अच्छा दिन है न?: *right?*)
and the apprehensive कहीं … न (कहीं बारिश न हो जाए: *in case it rains*). Read by
:func:`audit.rules.source.negation.negation_mismatch` with the MT's negators.
"""

from __future__ import annotations

import re

from audit.core.text import words
from audit.rules.source.common import bare

#: Hindi emphatic *not a single / not any* (एक भी गोल नहीं, कोई भी रन नहीं, ज़रा भी नहीं): a zero said
#: as a negation, the usual Hindi of *zero*, *nil*, *a clean sheet*, *spotless*
_NOT_A_SINGLE = re.compile(
    r"(?:^|\s)(?:एक|कोई|किसी|ज़रा|जरा|रत्ती|तनिक)\s+(?:भी|तक)\s+(?:\S+\s+){0,4}(?:नहीं|न)(?=[\s।,]|$)"
)
#: Hindi *no X, nobody* (कोई गोल नहीं, किसी की नज़र नहीं, कोई बढ़त नहीं): a zero said as a negated
#: indefinite, the usual Hindi of an English idiom that says none (*kept a clean sheet*, *went under
#: the radar*, *flat as a pancake*)
_NONE_SAID = re.compile(r"(?:^|\s)(?:कोई|किसी)\s+(?:\S+\s+){0,3}(?:नहीं|न)(?=[\s।,]|$)")
#: English universal quantifiers: *all were hurt* → एक भी … नहीं would be a real flip
UNIVERSAL_RE = re.compile(r"\b(?:all|every|everyone|everybody|everything|everywhere|each|always)\b", re.I)
#: the word before an alternative question's *or not* (या नहीं, अथवा नहीं)
_OR = frozenset("या अथवा".split())
#: the two words before a litotes' नहीं (किसी X से कम नहीं), and how far back its किसी may stand
_LITOTES = ("से", "कम")
_LITOTES_REACH = 3

#: a tag question's न (आज अच्छा दिन है न?, तुम आओगे न?): it asks for agreement, *right?*, and
#: negates nothing
_TAG_RE = re.compile(r"\s*[?？]")
#: the apprehensive कहीं … न + a subjunctive (कहीं बारिश न हो जाए: *in case it rains*, *lest*): a
#: fear of what may happen, said with a न that negates nothing
_LEST_RE = re.compile(
    r"(?:^|\s)कहीं\s+(?:(?!नहीं|न\s)\S+\s+){0,4}न\s+(?:\S+\s+){0,2}"
    r"(?:जाए|जाएं|जाये|जायें|पड़े|पड़ें|लगे|लगें|आए|आएं|दे|दें|ले|लें|हो)(?=[\s।,!?]|$)"
)
_LEST_HEAD = "न"
#: the negators a tag question ends with
_TAGS = frozenset("न ना".split())

Negators = list[tuple[int, int, str]]


def zero_said(src: str, mt: str, negators: Negators) -> bool:
    """Whether every Hindi negator is the end of an emphatic *not a single* (एक भी गोल नहीं खाया) or
    of a negated indefinite (कोई गोल नहीं होने दिया, किसी की नज़र नहीं पड़ी) and the source has no
    universal quantifier: the MT says a zero of the source (*a clean sheet*, *conceded zero runs*,
    *went under the radar*) as a negation, it adds none."""
    if UNIVERSAL_RE.search(src):
        return False
    ends = {m.end() for rx in (_NOT_A_SINGLE, _NONE_SAID) for m in rx.finditer(mt)}
    return bool(ends) and all(e in ends for _s, e, _w in negators)


def positive_frame(mt: str, start: int) -> bool:
    """Whether the negator at ``start`` asks *or not* (या नहीं) or ends a litotes after किसी (किसी
    वरदान से कम नहीं; a bare *X से कम नहीं* may deny a comparison of the source, so it is not one)."""
    ws = words(mt)
    k = next((i for i, (s, _e, _w) in enumerate(ws) if s == start), None)
    if not k:
        return False
    if bare(ws[k - 1][2]) in _OR:
        return True
    if bare(ws[k][2]) in _TAGS and _TAG_RE.match(mt, start + len(bare(ws[k][2]))):
        return True  # a tag question (है न?): *right?*
    if bare(ws[k][2]) == _LEST_HEAD and any(m.start() <= start < m.end() for m in _LEST_RE.finditer(mt)):
        return True  # कहीं बारिश न हो जाए: *in case it rains*
    return tuple(bare(w) for _s, _e, w in ws[k - 2 : k]) == _LITOTES and any(
        bare(w) == "किसी" for _s, _e, w in ws[max(0, k - 2 - _LITOTES_REACH) : k - 2]
    )
