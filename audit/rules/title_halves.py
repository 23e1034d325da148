"""HI208: a place, building or institution name half translated (Old Bailey → पुरानी बेली).

English place names often begin with an ordinary adjective or noun (Old Bailey, Great Ormond
Street, Little Rock, Marble Arch). MT translates that word and transliterates the rest, leaving a
name that is neither: पुरानी बेली, महान ऑरमंड स्ट्रीट, छोटा रॉक, संगमरमर आर्च. The class is
structural: a word of ``data/place_name_words.toml`` (the Hindi of such name-opening words, every
inflection) right before a transliterated English name — a word rare in Hindi text that spells a
listed Latin name or an English word and has no Hindi translation of its own — in a place
position: a locative postposition (में, पर, से, तक) or a place noun (स्ट्रीट, अस्पताल, स्टेशन …)
follows within three words.

Hindi place names with the same adjectives stay silent (पुरानी दिल्ली, छोटा उदयपुर, नई टिहरी:
the name is common in Hindi text or spells no English name), and so do people (महान पेले ने:
no place position). The other half of the class: a transliterated English name before a
translated street head (``[heads]``: Baker Street → बेकर गली), where Hindi news writes स्ट्रीट.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from audit.core.data import data_toml
from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.frequency import zipf_hi
from audit.rules import name_data
from audit.rules.names import Unit, norm, unit_keys, units
from audit.rules.registry import CheckContext, make_finding, register

#: the transliterated name is this rare in Hindi text (as written and normalised)
NAME_MAX_ZIPF = 3.5
#: … and spells an English word at least this closely when it spells no listed name
ENGLISH_MIN_SIM = 0.8
#: a place position: one of these within PLACE_WINDOW words after the name
LOCATIVES = frozenset(norm(w) for w in ("में", "पर", "से", "तक"))
PLACE_NOUNS = frozenset(
    norm(w)
    for w in """स्ट्रीट रोड एवेन्यू लेन स्क्वायर ब्रिज पुल अस्पताल स्टेशन पार्क हॉल स्टेडियम कैसल टावर आर्च गेट
    हाउस पैलेस महल चर्च कैथेड्रल एबे कॉलेज यूनिवर्सिटी विश्वविद्यालय होटल थिएटर संग्रहालय म्यूज़ियम
    म्यूजियम चौक बाज़ार बाजार मैदान शहर नगर गांव गाँव द्वीप झील नदी घाटी""".split()
)
PLACE_WINDOW = 3
#: Hindi plural endings: a transliterated name does not take them (कटोरियों, कटोरियां)
HINDI_PLURALS = ("ों", "ियां", "ियाँ", "ें")


def _hindi_to_english(section: str) -> dict[str, str]:
    """A section of ``place_name_words.toml`` (English → its Hindi forms) read backwards:
    normalised Hindi form → English."""
    raw = data_toml("place_name_words.toml").get(section, {})
    return {norm(h): english for english, forms in raw.items() for h in forms}


@lru_cache(maxsize=1)
def place_words() -> dict[str, str]:
    """Normalised Hindi form → the English name-opening word it translates."""
    return _hindi_to_english("words")


@lru_cache(maxsize=65536)
def transliterated_name(key: str, surface: str) -> bool:
    """A transliterated English name: rare in Hindi text, no Hindi word of the dictionary, and it
    spells a listed Latin name (बेली, ऑरमंड) or closely an English word (आर्च)."""
    if len(key) < 2 or max(zipf_hi(key), zipf_hi(surface)) >= NAME_MAX_ZIPF:
        return False
    if surface.endswith(HINDI_PLURALS):
        return False  # a name takes no Hindi plural (छोटी कटोरियों में)
    if engdict.available():
        d = engdict.dictionary()
        senses = d.translates_as_word(key)
        if senses and not engdict.is_transliteration(key):
            return False
        if surface.endswith("े") and d.translates_as_word(surface[:-1] + "ा"):
            return False  # the oblique of a Hindi noun (बड़े कटोरे में: कटोरा)
        if surface.endswith("कर") and engdict.translated_as(surface[:-2] + "ना", "V"):
            return False  # a conjunctive participle (सुखाकर घर ले आया: सुखाना), a verb
    if name_data.foreign_name(key) is not None:
        return True
    return any(sim >= ENGLISH_MIN_SIM for _en, _z, sim in res.english_lookalikes(key, min_key_len=2))


def _place_position(us: list[Unit], k: int) -> bool:
    """A locative or a place noun within PLACE_WINDOW words after ``us[k]``, through rare words only."""
    for m in range(k + 1, min(len(us), k + 1 + PLACE_WINDOW)):
        if not us[m].joined_before:
            return False
        if us[m].key in LOCATIVES or us[m].key in PLACE_NOUNS:
            return True
        if not transliterated_name(us[m].key, us[m].surface):
            return False
    return False


@lru_cache(maxsize=1)
def place_heads() -> dict[str, str]:
    """Normalised Hindi form → the English street-name head it translates (गली → street)."""
    return _hindi_to_english("heads")


@lru_cache(maxsize=1)
def _opening_or_head_keys() -> frozenset[str]:
    return frozenset(place_words()) | frozenset(place_heads())


#: the indefinite article: a name takes none (एक नए गोलकीपर पर: *a new goalkeeper*, no *New*)
_INDEFINITE = frozenset({"एक"})


def half_translated_places(text: str) -> list[tuple[int, int, str]]:
    """(first unit, last unit, English word) of half-translated place names in ``text`` (NFC):
    a translated opening word before a transliterated name in a place position (पुरानी बेली में),
    or a transliterated name before a translated street head (बेकर गली)."""
    words = place_words()
    heads = place_heads()
    if _opening_or_head_keys().isdisjoint(unit_keys(text)):
        return []  # no word opens or heads a place name: most segments
    us = list(units(text))
    out: list[tuple[int, int, str]] = []
    for i in range(len(us) - 1):
        english = words.get(us[i].key)
        nxt = us[i + 1]
        if not nxt.joined_before:
            continue
        head = heads.get(nxt.key)
        if head is not None and len(us[i].parts) == 1 and transliterated_name(us[i].key, us[i].surface):
            out.append((i, i + 1, head))
            continue
        if english is None or len(nxt.parts) != 1:
            continue
        if i > 0 and us[i - 1].key in _INDEFINITE:
            continue  # एक नए गोलकीपर पर: an indefinite's adjective (*a new keeper*), no place's name
        if transliterated_name(nxt.key, nxt.surface) and _place_position(us, i + 1):
            out.append((i, i + 1, english))
    return out


@register(
    code="HI208",
    source_veto="place",
    needs={"dictionary"},
    name="place-name-half-translated",
    category="title-calque",
    severity="major",
    summary="A place or institution name half translated (Old Bailey → पुरानी बेली).",
    examples=[
        ("मुकदमा पुरानी बेली में चला।", "मुकदमा ओल्ड बेली में चला।"),
        ("संगमरमर आर्च पर भीड़ जमा हुई।", "पुरानी दिल्ली में जाम लगा रहा।"),
    ],
)
def check_half_translated_place(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A place, building or institution name whose opening English word was translated.

    English place names often open with an ordinary adjective or noun — Old Bailey, Great Ormond
    Street, Little Rock, Marble Arch, Golden Gate. MT translates that word and transliterates the
    rest: पुरानी बेली, महान ऑरमंड स्ट्रीट, छोटा रॉक, संगमरमर आर्च. Hindi news transliterates the
    whole name (ओल्ड बेली, मार्बल आर्च). Flagged: a translated name-opening word
    (``data/place_name_words.toml``, every inflection; compass words are left out, Hindi
    translates them: उत्तर कोरिया) right before a transliterated English name (rare in Hindi
    text, no Hindi translation, spelling a listed Latin name or an English word) with a locative
    (में, पर, से, तक) or a place noun (स्ट्रीट, अस्पताल …) within three words after it. Hindi
    place names stay silent (पुरानी दिल्ली, छोटा उदयपुर), and so do people (महान पेले ने) and an
    opening word after the indefinite एक (एक नए गोलकीपर पर: *a new keeper*; a name takes no article).
    The same holds for a transliterated name before a translated street head (Baker Street →
    बेकर गली, Harley Street → हार्ले गली; Hindi news writes स्ट्रीट); a Hindi name before गली
    stays silent (परांठे वाली गली, मोहन गली). Needs the dictionary (``dict-freedict-eng-hin``) to tell a Hindi word from a name.
    """
    if not engdict.available():
        return
    view = nfc_view(segment.text)
    us = list(units(view.text))
    heads = place_heads()
    found = half_translated_places(view.text)
    if not found:
        return
    from audit.rules.title_inventory import title_calques

    taken = [(ts, te) for ts, te, _t in title_calques(segment.text, segment.src or None)]
    for a, b, english in found:
        s, e = view.span(us[a].start, us[b].end)
        if any(s < te and ts < e for ts, te in taken):
            continue  # HI207 reports the title (डाउनिंग गली)
        w = us[b] if us[b].key in heads else us[a]
        ws, we = view.span(w.start, w.end)
        word = segment.text[ws:we]
        yield make_finding(
            "HI208",
            segment.text,
            s,
            e,
            f"“{word}” in the name “{segment.text[s:e]}” looks like the English “{english.title()}” "
            f"of a place name translated; keep the whole name transliterated.",
            english=english.title(),
            word=word,
        )
