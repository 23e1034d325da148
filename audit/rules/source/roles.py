"""English role nouns before a name (*Singer* Seal, *the painter* Bai Yun): agent nouns, which Hindi
translates (गायक, चित्रकार) and which are never part of the name."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual.concrete import is_person
from audit.rules.name_data import latin_names
from audit.rules.name_roles import person_word
from audit.rules.names import norm

_AGENT_RE = re.compile(r"^(.{3,}?)(?:er|or|ist|ress|ess|man|woman)$")


@lru_cache(maxsize=4096)
def agent_noun(low: str) -> bool:
    """A person noun made from a verb or noun with an agent ending (singer, actor, actress,
    fisherman, rapper, bassist): a role, never a name (not tiger, virgin, lord)."""
    m = _AGENT_RE.match(low)
    if not m or not is_person(low) or not wordnet.available():
        return False
    stem = m.group(1)
    verbs, nouns = wordnet.index("verb") or {}, wordnet.index("noun") or {}
    stems = {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
    stems |= {st[: -len(end)] for st in list(stems) for end in ("er", "or") if st.endswith(end)}
    return any(st in verbs or st in nouns for st in stems if len(st) >= 3)


def role_translated(english: str, hindi: str) -> bool:
    """The English name part, an English noun (WordNet) that is no listed given name, stands where
    the MT has a Hindi person word (*Pacer* Yash Dayal → तेज़ गेंदबाज़ यश दयाल): a role before the
    name, translated as one (not *Nkosazana* → राजकुमारी: no English word)."""
    low = english.lower()
    return (
        "given" not in latin_names().get(low, "")
        and bool(wordnet.senses("noun", low))
        and person_word(norm(hindi))
    )
