"""The source veto (audit/rules/source/veto.py) and the other ways the English source makes the
Hindi-only and source rules more precise: idiomatic negation (HI505), literal idiom words (HI512),
East-Asian romanisations (HI503)."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang.engdict import wordnet_available
from audit.lang.phonetic import devanagari_key, keys_match, romanised_keys
from audit.pipeline.auditor import Auditor
from audit.rules.literal import english_phrases, load_lexicon
from audit.rules.registry import REGISTRY, SOURCE_VETOES, CheckContext, iter_rules, register
from audit.rules.source.idioms import idiom_findings
from audit.rules.source.names import compare_names
from audit.rules.source.negation import negation_mismatch
from audit.rules.source.roles import agent_noun
from audit.rules.source.veto import vetoed

VETOING = [r for r in iter_rules() if r.source_veto]


def codes(mt: str, src: str | None, select: list[str]) -> list[str]:
    (result,) = Auditor(select=select).check([mt], sources=[src])
    return [f.code for f in result.findings]


def test_declarations() -> None:
    assert {r.code for r in VETOING} >= {"HI101", "HI104", "HI105", "HI201", "HI202", "HI203", "HI207"}
    for rule in VETOING:
        assert rule.source_veto in SOURCE_VETOES and not rule.needs_source
    with pytest.raises(ValueError, match="source_veto"):
        register("HI999", "x", "literal", "minor", "x", source_veto="idiom")
    with pytest.raises(ValueError, match="source_veto"):
        register("HI999", "x", "literal", "minor", "x", needs_source=True, source_veto="expression")
    assert "HI999" not in REGISTRY


@pytest.mark.parametrize("rule", VETOING, ids=lambda r: r.code)
def test_vetoing_rules_name_their_english(rule) -> None:
    """A rule that declares a veto puts the English its finding stands for in the evidence."""
    for bad, _good in rule.examples:
        seg = Segment("t", 0, bad)
        findings = rule.run(seg, CheckContext(document=[seg]))
        assert findings, bad
        assert all(isinstance(f.evidence.get("english"), str) and f.evidence["english"] for f in findings)


def test_every_lexicon_entry_survives_its_own_english() -> None:
    """The source that says what an entry's English says never vetoes it (the field's format is
    parsed right: slots, alternatives, notes, capitalised titles)."""
    for e in load_lexicon():
        kind = REGISTRY[e.code].source_veto
        for phrase in english_phrases(e.english):
            cased = " ".join(w.title() if kind == "title" else w for w in phrase.split())
            assert not vetoed(kind, e.english, f"Officials said the {cased} today."), (e.id, phrase)


@pytest.mark.parametrize(
    ("kind", "english", "src", "out"),
    [
        ("expression", "spill the beans", "The minister spilled the beans about the plan.", False),
        ("expression", "held talks / elections", "They held three rounds of talks.", False),
        ("expression", "hold accountable / responsible", "Voters will hold the minister accountable.", False),
        ("expression", "warm welcome / reception", "The guests were given a cold drink.", True),
        ("expression", "(photo caption) second left", "The minister is seen here with his wife.", True),
        ("word", "feature film, rendered as विशेषता", "The movie, featuring two stars, won.", False),
        ("word", "munitions (read as मुनि, 'sages')", "The sages prayed by the river.", True),
        ("title", "the White House", "They bought a white house by the lake.", True),
        ("title", "the White House", "The White House issued a statement.", False),
        ("title", "Secretary of State (US foreign minister)", "The Secretary of State arrived.", False),
        ("title", "Secretary of State (US foreign minister)", "A secretary of state arrived.", True),
        ("name", "Cook", "Tim Cook announced a new phone.", False),
        ("name", "Cook", "Tim's cook prepared dinner.", True),
        ("name", "Un", "Kim Jong-un visited the factory.", False),
        ("name", "Moon", "The children watched the moon.", True),
        ("name", "Mountain", "England midfielder Mason Mount was injured.", False),  # a gloss: no say
        ("title", "Chief Whip", "The party's chief whip warned the rebels.", False),
        ("title", "Upper House / Lower House", "The bill now goes to the upper house.", False),
        ("title", "the White House", "They own two white houses.", True),
        ("expression", "I'm all ears", "Tell me your plan, I am all ears.", False),
        ("expression", "(a note only)", "Anything at all.", False),  # nothing to look for: no veto
    ],
)
def test_vetoed(kind: str, english: str, src: str, out: bool) -> None:
    assert vetoed(kind, english, src) is out


def test_the_auditor_applies_the_veto_only_with_a_source() -> None:
    # the lower-case English no longer licenses the entry (it used to, matched without case)
    mt = "चित्रकार बाज़ार के पास एक सफेद घर में रहता है।"
    assert "HI202" not in codes(mt, "The painter lives in a white house near the market.", ["HI202"])
    flawed = "सफेद घर ने सोमवार को एक बयान जारी किया।"  # HI202 or HI207, whichever finds it
    assert codes(flawed, None, ["HI202", "HI207"])
    assert codes(flawed, "The White House issued a statement on Monday.", ["HI202", "HI207"])
    assert not codes(flawed, "The city council issued a statement on Monday.", ["HI202", "HI207"])
    assert "HI104" in codes("टिम रसोइया ने नए फ़ोन की घोषणा की।", "Tim Cook announced a new phone.", ["HI104"])
    assert "HI104" not in codes("टिम रसोइया ने खाना बनाया।", "Tim, a cook, made dinner.", ["HI104"])


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The results were far from satisfactory.", "नतीजे बिल्कुल भी संतोषजनक नहीं थे।"),
        ("The box was too heavy to lift.", "बक्सा इतना भारी था कि उठाया नहीं जा सका।"),
        ("Officials kept mum about the deal.", "अधिकारियों ने सौदे के बारे में कुछ नहीं बोला।"),
        ("The meeting was anything but calm.", "बैठक बिल्कुल भी शांत नहीं थी।"),
        ("She is yet to decide.", "उसने अभी तक फ़ैसला नहीं किया है।"),
        ("The minister declined to comment.", "मंत्री ने कोई टिप्पणी नहीं की।"),
        ("Many voters are still sitting on the fence.", "कई मतदाता अभी भी तय नहीं कर पाए हैं।"),
    ],
)
def test_idiomatic_negation_is_licensed(src: str, mt: str) -> None:
    assert negation_mismatch(src, mt) is None


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The results were satisfactory.", "नतीजे संतोषजनक नहीं थे।"),
        ("He reached the station on time.", "वह समय पर स्टेशन नहीं पहुँचा।"),
        ("The box was heavy.", "बक्सा भारी नहीं था।"),
    ],
)
def test_added_negation_still_found(src: str, mt: str) -> None:
    assert negation_mismatch(src, mt) == "added"


def test_idiom_with_another_article_or_an_of_complement_is_literal() -> None:
    assert not idiom_findings("He kicked a bucket of water.", "उसने पानी की एक बाल्टी को लात मारी।")
    assert idiom_findings(
        "The old actor kicked the bucket last year.", "बूढ़े अभिनेता ने पिछले साल बाल्टी को लात मार दी।"
    )


def test_east_asian_romanisations() -> None:
    assert "SN" in romanised_keys("Hsien") and "SN" in romanised_keys("Xin")
    assert any(keys_match(k, devanagari_key("शी")) for k in romanised_keys("Xi"))
    assert not compare_names("Lee Hsien Loong addressed the nation.", "ली सीन लूंग ने राष्ट्र को संबोधित किया।")
    # a translated syllable is still a calque
    assert compare_names("Ban Ki-moon visited the camp.", "बान की-चंद्रमा ने शिविर का दौरा किया।")


@pytest.mark.parametrize(
    ("src", "literal"),
    [
        ("She broke the ice on the frozen pond with a stone.", True),
        ("The chef cut corners off the bread.", True),
        ("The joke broke the ice at the meeting.", False),
        ("The two leaders broke the ice over dinner.", False),
        ("They broke the ice with a drink in the dining room.", False),
        ("The opposition turned the tables on the government.", False),
        ("The builders cut corners on safety.", False),
    ],
)
@pytest.mark.skipif(not wordnet_available(), reason="WordNet not installed (apt install wordnet)")
def test_idiom_followed_by_a_physical_thing_is_literal(src: str, literal: bool) -> None:
    from audit.lang.bilingual.idioms import find_idioms

    assert (not find_idioms(src, None)) is literal


@pytest.mark.parametrize(
    ("kind", "english", "src", "span", "out"),
    [
        # a role (an agent noun) before a name the Hindi writes out: the role translated, right
        ("title", "Drummer Zak", "Drummer Zak joined the band on stage.", "ड्रमर ज़ैक", True),
        ("title", "Painter Okoro", "Painter Okoro opened a gallery.", "चित्रकार ओकोरो", True),
        # … the name read as a word stays; so does a first word that is no role or a given name
        ("title", "Drummer Flint", "Drummer Flint joined the band.", "ड्रमर चकमक", False),
        ("title", "Tiger Shroff", "Tiger Shroff starred in the film.", "बाघ श्रॉफ", False),
        ("title", "Hunter Davies", "Hunter Davies wrote the book.", "शिकारी डेविस", False),
        # … and so does a role word the source capitalises inside a sentence: part of a stage name
        ("title", "Painter Okoro", "Tickets for Painter Okoro sold out.", "चित्रकार ओकोरो", False),
        ("title", "Drummer Zak", "She said: Drummer Zak is back.", "ड्रमर ज़ैक", True),
        # a one-word half of a place name needs a place name of two words or more in the source
        ("place", "Hill", "The children ran up the hill.", "बच्चे पहाड़ी", True),
        ("place", "Great", "Peter the Great founded the city.", "महान नेवा", True),
        ("place", "Hill", "She lives on Malabar Hill.", "मालाबार पहाड़ी", False),
        ("place", "Old", "The court sits at the Old Bailey.", "पुरानी बेली", False),
    ],
)
def test_vetoed_with_the_span(kind: str, english: str, src: str, span: str, out: bool) -> None:
    assert vetoed(kind, english, src, span) is out


def test_agent_nouns_are_roles() -> None:
    assert all(agent_noun(w) for w in ("singer", "actor", "actress", "fisherman", "sculptor"))
    assert not any(agent_noun(w) for w in ("tiger", "virgin", "lord", "attorney", "cat"))


def test_the_auditor_passes_the_span_and_hi208_vetoes_as_a_place() -> None:
    assert REGISTRY["HI208"].source_veto == "place"
    mt = "पीटर महान नेवा नदी तक पहुँचा।"
    assert "HI208" in codes(mt, None, ["HI208"])
    # *the Great* is an epithet, no half of a place name of two words
    assert "HI208" not in codes(mt, "Peter the Great reached the Neva.", ["HI208"])


@pytest.mark.parametrize(
    ("english", "span", "src", "out"),
    [
        ("Ear", "ओलिवर कान", "Former goalkeeper Oliver Kahn left the board.", True),  # Kahn written out
        ("Monk", "तितास साधु", "Cricketer Titas Sadhu took three wickets.", True),
        ("Cook", "टिम रसोइया", "Tim Cook announced a new phone.", False),  # translated: रसोइया spells nothing
        ("May", "टेरेसा मई", "Theresa May resigned.", False),  # the part is in the source: the rule's say
        ("Morning", "सुबह खलील", "Actress Sabah Khalil returns.", False),  # सुबह keeps no vowel of Sabah
        ("Gold", "सोना युशुआन", "Badminton player Jin Yuxuan won.", False),  # सोना spells no Jin
    ],
)
def test_name_written_out(english: str, span: str, src: str, out: bool) -> None:
    assert vetoed("name", english, src, span) is out
