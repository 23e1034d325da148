"""HI207: an office, title or institution of the inventory translated word for word (Chief Whip →
मुख्य चाबुक, Press Secretary → दबाव सचिव, the Oval Office → अंडाकार कार्यालय).

The knowledge is ``audit/data/title_inventory.toml``: English titles of many countries, the Hindi
news uses for each, and a word table — the everyday Hindi of each English word (whip → चाबुक,
house → घर) and the Hindi that is right inside titles (chief → मुख्य). A title's calque is
derived from the table: the Hindi of every word in the English order ("X of the Y" also as
"Y के X"), at least one of them an everyday sense that is wrong in the title. Patterns use the
calque macro language (:mod:`audit.lang.inflection`), so every inflection is covered
(नीले घर ने, खजाने ने). Each entry says when its calque is evidence without the source (``any``,
``agent``, ``name``, ``source``: see the data file); with the English source, a title of the
entry found in ``src`` licenses its calque anywhere in the MT. Spans HI202 reports are left to it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_text, data_toml
from audit.core.model import Finding, Segment
from audit.core.precompiled import Compile, precompiled
from audit.core.text import nfc_view
from audit.lang.inflection import compile_context, compile_pattern
from audit.rules.anchors import AnchorIndex, derived_index
from audit.rules.registry import CheckContext, make_finding, register

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONTEXTS = ("any", "agent", "name", "source")
# what follows a phrase that acts as an institution (नीले घर ने, पंचभुज के प्रवक्ता)
AGENT_AFTER = "ने|द्वारा|के (?:प्रवक्ता|प्रमुख|अधिकारी|अधिकारियों|सूत्रों|अनुसार|बयान)|की (?:ओर से|प्रवक्ता|रिपोर्ट)"
_GENITIVE = " (?:के|का|की) "
_ARTICLES = frozenset({"the", "a", "an"})
_WORD_RE = re.compile(r"[\u0900-\u097F\u200c\u200d]+")


class InventoryError(ValueError):
    """A title entry is malformed or derives no calque."""


@dataclass(frozen=True)
class Title:
    english: str  # the entry's English (one or more titles separated by "/")
    phrases: tuple[str, ...]  # the English titles, lower case, for the source check
    hindi: str  # the Hindi news uses (the suggestion)
    context: str
    regex: re.Pattern[str]  # every calque of the entry
    literal: tuple[re.Pattern[str], ...]  # the everyday senses: one must occur in a derived match
    explicit: re.Pattern[str] | None  # the hand-written calques (need no literal word)
    requires: re.Pattern[str] | None
    after: re.Pattern[str]
    not_after: re.Pattern[str] | None
    any_case: bool  # the source may write the title in lower case (the upper house)
    example: str


def english_titles(english: str) -> tuple[str, ...]:
    """The titles an entry names: "/"-separated, notes in parentheses dropped, lower case."""
    outside = re.sub(r"\([^)]*\)", " ", english)
    return tuple(" ".join(a.lower().split()) for a in outside.split("/") if a.strip())


def _slot(word: str, words: dict[str, list[str]]) -> str | None:
    forms = words.get(word)
    return f"(?:{'|'.join(forms)})" if forms else None


def derive(phrase: str, literal: dict[str, list[str]], plain: dict[str, list[str]]) -> list[str]:
    """Calque patterns of one English title (empty when a word has no Hindi in the table or none
    of its words has an everyday sense)."""
    head, _, tail = phrase.partition(" of ")
    parts = [[w for w in p.replace("-", " ").split() if w not in _ARTICLES] for p in (head, tail)]
    both = {**plain, **{k: v + plain.get(k, []) for k, v in literal.items()}}
    slots = [[_slot(w, both) for w in p] for p in parts]
    if any(s is None for p in slots for s in p) or not any(w in literal for p in parts for w in p):
        return []
    head_re = " ".join(s for s in slots[0] if s)
    if not tail:
        return [head_re]
    tail_re = " ".join(s for s in slots[1] if s)
    return [tail_re + _GENITIVE + head_re]


@lru_cache(maxsize=1)
def inventory() -> tuple[Title, ...]:
    """The packaged inventory, its regexes from a :func:`precompiled` table."""
    text = data_text("title_inventory.toml")
    return precompiled("titles", lambda compile: parse(text, compile))


def parse(text: str, compile: Compile = re.compile) -> tuple[Title, ...]:
    raw = tomllib.loads(text)
    literal: dict[str, list[str]] = raw.get("literal", {})
    plain: dict[str, list[str]] = raw.get("plain", {})
    lit_res = [compile_pattern("|".join(v), compile) for v in literal.values()]
    out = []
    for i, t in enumerate(raw.get("title", [])):
        where = f"title {i + 1} ({t.get('english', '?')})"
        if t.get("context") not in CONTEXTS:
            raise InventoryError(f"{where}: context must be one of {CONTEXTS}")
        phrases = english_titles(t["english"])
        derived = [p for ph in phrases for p in derive(ph, literal, plain)] if t.get("derive", True) else []
        explicit = t.get("calques", [])
        if not derived and not explicit:
            raise InventoryError(f"{where}: no calque (a word lacks Hindi in [literal]/[plain])")
        used = {w for ph in phrases for w in ph.split() if w in literal}
        out.append(
            Title(
                english=t["english"],
                phrases=phrases,
                hindi=t["hindi"],
                context=t["context"],
                regex=compile_pattern("|".join(derived + explicit), compile),
                literal=tuple(r for k, r in zip(literal, lit_res) if k in used),
                explicit=compile_pattern("|".join(explicit), compile) if explicit else None,
                requires=compile_context(t["requires"], compile) if t.get("requires") else None,
                after=compile(rf"\s+(?:{t.get('agent_after', AGENT_AFTER)})(?![\u0900-\u097F])"),
                not_after=compile(rf"(?:^|\s)(?:{t['not_after']})\s+$") if t.get("not_after") else None,
                any_case=bool(t.get("any_case", False)),
                example=unicodedata.normalize("NFC", t["example"]),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The word table for titles the source shows but the inventory lacks: ``[literal]``
    restricted to ``[generic] words`` (senses wrong in any title), and ``[plain]``."""
    raw = data_toml("title_inventory.toml")
    generic = set(raw.get("generic", {}).get("words", []))
    literal = {k: v for k, v in raw.get("literal", {}).items() if k in generic}
    return literal, raw.get("plain", {})


#: capitalised runs of the source ("Cabinet Office Minister", "Chancellor of the Exchequer")
_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:[ -]+(?:of\s+(?:the\s+)?)?[A-Z][a-z]+)+")


@lru_cache(maxsize=4096)
def _source_titles(src: str) -> tuple[Title, ...]:
    """Titles made of the word table's words that the source writes capitalised, also where the
    inventory lacks them (Cabinet Committee → अलमारी समिति, Home Guard → घर रक्षक)."""
    literal, plain = _tables()
    out = []
    for m in _RUN_RE.finditer(src):
        words = m.group().lower().replace("-", " ").split()
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 5) + 1):
                if words[i] in ("of", "the") or words[j - 1] in ("of", "the"):
                    continue
                phrase = " ".join(words[i:j])
                pats = derive(phrase, literal, plain)
                if pats:
                    used = [compile_pattern("|".join(literal[w])) for w in words[i:j] if w in literal]
                    out.append(_generic_title(phrase, pats[0], tuple(used)))
    return tuple(out)


def _source_title(
    english: str, phrase: str, regex: re.Pattern[str], used: tuple[re.Pattern[str], ...]
) -> Title:
    """A title the source licenses (context ``source``), not one of the inventory's entries."""
    return Title(
        english=english,
        phrases=(phrase,),
        hindi="",
        context="source",
        regex=regex,
        literal=used,
        explicit=None,
        requires=None,
        after=re.compile(AGENT_AFTER),
        not_after=None,
        any_case=False,
        example="",
    )


def _generic_title(phrase: str, pattern: str, used: tuple[re.Pattern[str], ...]) -> Title:
    english = phrase.title().replace(" Of The ", " of the ").replace(" Of ", " of ")
    return _source_title(english, phrase, compile_pattern(pattern), used)


@lru_cache(maxsize=1024)
def _dictionary_title(english: str) -> Title:
    """A title of the source rendered word for word through the dictionary (:mod:`title_source`)."""
    return _source_title(english, english.lower(), re.compile(re.escape(english)), ())


@lru_cache(maxsize=1)
def _index() -> AnchorIndex[Title]:
    """The inventory keyed by its patterns' literal anchors; the anchors (a parse of every regex,
    ~25 ms of start-up) are kept as a derived table, like the calque lexicon's."""
    from audit.rules.literal import COMMON_WORDS

    titles = inventory()
    return derived_index("title-anchors", titles, [t.regex for t in titles], COMMON_WORDS)


def _next_word(text: str, end: int) -> str:
    m = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    return m.group() if m else ""


def _given_after(text: str, end: int) -> bool:
    from audit.rules.name_class import foreign_given_word

    word = _next_word(text, end)
    return bool(word) and foreign_given_word(word)


def _hindi_only(t: Title, text: str, s: int, e: int) -> bool:
    if t.requires is not None and not t.requires.search(text):
        return False
    if t.context == "any":
        return True
    if t.context == "agent":
        return t.after.match(text, e) is not None or _given_after(text, e)
    if t.context == "name":
        before = t.not_after is not None and t.not_after.search(text, max(0, s - 30), s) is not None
        return not before and _given_after(text, e)
    return False


@lru_cache(maxsize=1024)
def _source_re(phrase: str, any_case: bool) -> re.Pattern[str]:
    """The title as the source writes it: capitalised words (the Red Cross, not a red cross on
    a map; lower case too for titles English writes so: the upper house), a plural, "of (the)"."""
    words = []
    for w in phrase.split():
        if w in _ARTICLES:
            continue
        if w == "of":
            words.append(r"of(?:\s+the)?")
            continue
        first = f"[{w[0].upper()}{w[0]}]" if any_case or not w[0].isalpha() else w[0].upper()
        words.append(first + re.escape(w[1:]) + "s?")
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])")


def _in_source(t: Title, src: str) -> bool:
    """The source holds one of the entry's titles; a one-word title (Speaker, Pentagon) not as
    the first word of a sentence unless a capitalised name follows (Speaker Nancy Pelosi)."""
    for phrase in t.phrases:
        for m in _source_re(phrase, t.any_case).finditer(src):
            if " " in phrase or not _SENT_START_RE.search(src[: m.start()]):
                return True
            if re.match(r"\s+[A-Z][a-z]", src[m.end() :]):
                return True
    return False


_SENT_START_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)(?:[Tt]he\s+)?$")


@lru_cache(maxsize=4096)
def title_calques(text: str, src: str | None = None) -> tuple[tuple[int, int, Title], ...]:
    """(start, end, title) of inventory calques in ``text`` (offsets of ``text`` as written)."""
    from audit.rules.literal import cached_matches
    from audit.rules.source.veto import vetoed

    view = nfc_view(text)
    norm = view.text
    index = _index()
    found: list[tuple[int, int, Title]] = []
    for i in index.candidate_indices(norm):
        t = index.items[i]
        for m in t.regex.finditer(norm):
            s, e = m.span()
            derived_ok = any(r.search(m.group()) for r in t.literal)
            if not derived_ok and not (t.explicit and t.explicit.fullmatch(m.group())):
                continue
            if not (_hindi_only(t, norm, s, e) or (src and _in_source(t, src))):
                continue
            found.append((s, e, t))
    from audit.rules.title_readback import in_source, readback_calques

    for s, e, english in readback_calques(norm):
        if not src or in_source(english, src):
            found.append((s, e, _dictionary_title(english)))
    from audit.rules.title_awards import award_calques
    from audit.rules.title_teams import team_calques

    for s, e, english in team_calques(norm, src or None) + award_calques(norm, src or None):
        found.append((s, e, _dictionary_title(english)))
    from audit.rules.title_agents import agent_calques
    from audit.rules.title_compounds import compound_calques
    from audit.rules.title_epithets import epithet_calques
    from audit.rules.title_frozen import frozen_calques
    from audit.rules.title_works import work_calques

    frames = epithet_calques(norm) + frozen_calques(norm) + work_calques(norm)
    frames += () if src else agent_calques(norm)
    for s, e, english in compound_calques(norm, src or None) + frames:
        found.append((s, e, _dictionary_title(english)))
    if src:
        from audit.rules.title_source import source_calques

        for t in _source_titles(src):
            for m in t.regex.finditer(norm):
                if any(r.search(m.group()) for r in t.literal):
                    found.append((m.start(), m.end(), t))
        from audit.rules.title_works import gap_word

        for s, e, english, _everyday in source_calques(norm, src, gap_word):
            found.append((s, e, _dictionary_title(english)))
        from audit.rules.title_brands import brand_calques
        from audit.rules.title_heads import head_calques
        from audit.rules.title_slots import slot_calques

        for s, e, english in brand_calques(norm, src) + head_calques(norm, src) + slot_calques(norm, src):
            found.append((s, e, _dictionary_title(english)))
    if not found:
        return ()
    taken = [
        (m.start, m.end)
        for m in cached_matches(text, src)
        if m.entry.category == "title-calque" and not (src and vetoed("title", m.entry.english, src))
    ]
    out: list[tuple[int, int, Title]] = []
    for s, e, t in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        start, end = view.span(s, e)
        if any(start < te and ts < end for ts, te in taken):
            continue
        taken.append((start, end))
        out.append((start, end, t))
    return tuple(sorted(out, key=lambda f: f[0]))


@register(
    code="HI207",
    source_veto="title",
    name="title-calque-inventory",
    category="title-calque",
    severity="major",
    summary="An office, title or institution translated word for word (Chief Whip → मुख्य चाबुक)",
    examples=[
        ("मुख्य चाबुक मार्क स्पेंसर ने कहा कि मतदान होगा।", "मुख्य सचेतक मार्क स्पेंसर ने कहा कि मतदान होगा।"),
        ("राष्ट्रपति ने अंडाकार कार्यालय में आगंतुकों से मुलाकात की।", "राष्ट्रपति ने ओवल ऑफ़िस में आगंतुकों से मुलाकात की।"),
    ],
)
def check_title_inventory(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A title or institution of the inventory (``audit/data/title_inventory.toml``: offices,
    titles and institutions of the UK, the US and elsewhere — Chief Whip, Press Secretary, Home
    Office, Privy Council, Oval Office, Pentagon, Fed chair, Scotland Yard, Blue House …) whose
    English words were each translated in their everyday sense: मुख्य चाबुक, दबाव सचिव,
    अंडाकार कार्यालय, खिलाया अध्यक्ष. The calques are derived from a word table (whip → चाबुक,
    press → दबाव, house → घर …) in every inflection. Without the source a calque fires where
    it cannot be ordinary Hindi, or, for everyday phrases (नीले घर, लाल क्रॉस), only where it
    acts as an institution (followed by ने, द्वारा, के प्रवक्ता …) or stands before a foreign
    given name as a title (वक्ता नैन्सी पेलोसी); a phrase that is ordinary Hindi in other senses
    too (अल्पसंख्यक नेता) fires only when the English source holds the title. With the source,
    a capitalised title the inventory lacks is derived from the word table too (Cabinet
    Committee → अलमारी समिति), and any capitalised name of the source — office, institution,
    place or nickname — whose words the MT renders one by one through the English→Hindi
    dictionary (and WordNet synonyms) is a calque when one rendered word is an everyday word
    outside the vocabulary of translated official names (Royal Mint → शाही पुदीना, Holy See →
    पवित्र देखें, the Windy City → हवादार शहर; सर्वोच्च न्यायालय, लाल किला stay silent, and so
    does a public body's translated name — a WordNet administrative unit and its field words,
    प्रवर्तन निदेशालय, कर्मचारी चयन आयोग: :mod:`audit.rules.title_bodies` —, a Hindi word that
    is the dictionary's translation of another source word (अभिनेत्री: Actress Han Sun-mi), an
    epithet holding a people's or a person's name Hindi writes commonly (उड़न सिख, सीमांत गांधी)
    and a "HEAD of PLURALS" name given in Hindi's genitive order (फूलों की घाटी, राजाओं की घाटी:
    :mod:`audit.rules.title_guards`); its
    CamelCase and closed-compound words count as runs (OpenAI → खुला एआई, Microsoft → सूक्ष्म
    नरम), and a one-word name of the source — capitalised inside its sentence, or before 's or
    a company's noun (the Shard, Apple shares), or opening a sentence that frames it as a firm, a
    team, a paper or a band (Reading beat Luton 2-0, Time magazine: :mod:`audit.rules.title_frames`),
    or in quotes as a nickname ('Hitman'), or one of two names joined by "and" (Stripe and Snap),
    or before a noun of a made thing (Splendor bikes → वैभव बाइकें) — rendered
    by the dictionary Hindi of the common word (ठीकरे, सेब) is one too, unless WordNet writes the word capitalised or it names an
    event (Partition → विभाजन stays silent; :mod:`audit.rules.title_brands`). A title word
    opening a run in quotes is the nickname's own, not a person's title ('King Kohli' → राजा
    कोहली). A name no
    dictionary knows counts as transliterated when a reading of the Hindi is close to its letters
    (टाटा, मियामी), a one-word name WordNet has only with a capital is split into its words
    (Yellowstone → पीला पत्थर), and a one-word name is never excused by the conventional words of
    translated names. A place followed by a plural noun of people or animals (Mumbai Indians,
    Kansas City Chiefs) is a team's or firm's name: a Hindi noun in the plural's slot after the
    transliterated place is a calque even when the dictionary lacks it (कैनसस सिटी सरदार, मुंबई
    भारतीयों; Hindi's agent phrase in that slot too, मिल्वौकी शराब बनाने वालों for the Milwaukee
    Brewers; :mod:`audit.rules.title_heads`). Where the dictionary cannot link the words, the
    source fixes the slot: a capitalised name word spelled nowhere in the MT whose neighbour in
    the source is spelled there, with Hindi of its own right after that neighbour's reading (before
    it, for a right-hand neighbour) — a dictionary word, a word of Hindi text, or an oblique plural
    in an English plural's slot — is a calque (वॉशिंगटन सेनापतियों, ऐप फ़ुर्तीला, हाथी बियर), and so
    is Hindi of its own before ने for a name opening the source as a side's subject (The Gunners
    beat Brighton → तोपचियों ने); names
    headed by a group, time or act noun (केरल उच्च न्यायालय, ट्यूलिप उत्सव), persons' names, weekdays
    and renderings in the conventional vocabulary stay silent (:mod:`audit.rules.title_slots`). Without
    the source, a phrase whose words read back through the dictionary to a proper name WordNet
    knows (``data/wordnet_proper_names.tsv``: हरी खाड़ी → Green Bay, समय चौक → Times Square, मुक्ति
    सेना → Salvation Army, अच्छे शुक्रवार → Good Friday) is a calque when a word other than the
    name's head is wrong for its kind of name: Hindi transliterates cities, states, buildings
    and weekday holidays but translates seas, regions and eras (लाल सागर, नई दिल्ली, मध्य पूर्व,
    औद्योगिक क्रांति stay silent; :mod:`audit.rules.title_readback`). Teams and awards, which
    WordNet lacks (:mod:`audit.rules.title_teams`): a transliterated place followed by translated
    words and the case marker of an actor in a sentence about sport (शिकागो सांडों ने, मैनचेस्टर
    संयुक्त ने; दिल्ली सरकार, मुंबई पुलिस stay silent) or by के and an animal in the oblique plural
    (फ़िलाडेल्फ़िया के गरुड़ों ने; पंजाब के खिलाड़ियों ने stays silent), or by a translated word
    opening Hindi's agent phrase (मिल्वौकी शराब बनाने वालों ने), the translated words read
    through spelling variants and Hindi compounds too (कौवों, वनरक्षकों), while a Hindi adjective or
    participle that only sounds like a place (घिरे, दृष्टिहीन) or a word after एक opens no team; a
    place no table lists is a name word before one Hindi noun in the oblique plural and an actor's
    marker (वॉरिंगटन भेड़ियों ने; a side's members, टोलेडो निवासियों, स्क्वॉश खिलाड़ियों, stay
    silent), and a fixture's side before बनाम counts as before ने (कराची राजा बनाम);
    and a coloured or a metal thing that was won or nominated for
    (सुनहरा जूता जीता, बैंगनी टोपी हासिल की, चांदी का शंख जीता; स्वर्ण पदक, चांदी का पदक stay
    silent: :mod:`audit.rules.title_awards`). An English one-word name
    made of two words and rendered part by part as a hyphenated Hindi pair (नदी-किनारा, हरा-खेत,
    चांदी-पत्थर: Riverside, Greenfield, Silverstone), found by reading each part back through
    the dictionary and joining the English words into a word of English text; a pair the
    dictionary gives as Hindi or whose English is a common noun (समाचार-पत्र, हवा-चक्की) only
    before English spelled in Devanagari or a plural + ने (:mod:`audit.rules.title_compounds`).
    Without the source, a phrase naming a thing — a tool, a garment, a stone, a plant; animals in
    the plural — as the agent (ने) of an act only a firm, a team or a paper performs (buys, opens
    an office, signs, beats, publishes, releases an album: ``data/agent_frame.toml``) is a translated name: काला
    पत्थर ने दफ़्तर ख़रीदा (Blackstone), लाल टोपी ने दफ़्तर खोला (Red Hat); WordNet says what the
    head's English is, and works, buildings, people and single singular things stay silent (उनकी
    फ़िल्म ने पुरस्कार जीता, अस्पताल ने वार्ड खोला, चाबी ने ताला खोला;
    :mod:`audit.rules.title_agents`); animals more often than people by WordNet's first senses, in
    the oblique plural, as the agent of a team's act alone (लोमड़ियों ने … को हराया; कंगारुओं ने,
    Hindi's own name for Australia's side, stays silent). In a sentence about sport, a side's or a
    player's nickname translated word for word in the slot Hindi gives a nickname — before के नाम
    से मशहूर or कहे जाने वाले, between को and कहते हैं, after यानी — is one too: two Hindi
    words or a plural noun (कुम्हारों के नाम से मशहूर स्टोक सिटी, भाड़े का हत्यारा कहे जाने वाले
    सलामी बल्लेबाज़; स्विंग का सुल्तान, a word spelled from English, and Hindi's own epithets
    outside sport, जयपुर को गुलाबी नगरी कहा जाता है, stay silent: :mod:`audit.rules.title_epithets`).
    An -आ adjective Hindi inflects left in its direct form before its translated noun and a
    postposition marks a name kept whole, translated word for word (नीला तारा ने for Blue Star,
    खुला रहस्य ने, नीला तीर से; Hindi writes नीले तारे ने for a blue star): invariant and adverbial
    -आ adjectives (ताज़ा ख़बरों में, वह सीधा घर को गया) and a work's title after its kind noun
    (फ़िल्म काला पत्थर में) stay silent (:mod:`audit.rules.title_frozen`, ``data/frozen_names.toml``).
    The Hindi news uses is the suggestion.
    """
    for start, end, t in title_calques(segment.text, segment.src or None):
        yield make_finding(
            "HI207",
            segment.text,
            start,
            end,
            f"पदनाम/संस्था का शब्दशः अनुवाद: “{t.english}” के शब्दों का आम अर्थ लिखा गया है; "
            + (f"हिंदी में “{t.hindi}” प्रचलित है।" if t.hindi else "प्रचलित हिंदी नाम या लिप्यंतरण लिखें।"),
            suggestion=t.hindi or None,
            english=t.english,
        )
