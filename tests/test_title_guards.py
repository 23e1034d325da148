"""Round 17's title classes (audit/rules/title_guards.py and the frames that use it): what makes a
word-for-word rendering of a source name right (another source word's Hindi, a person's epithet,
a "HEAD of PLURALS" description, a plural role before a name), a product's name before the noun
of a made thing, and Hindi's agent phrase in a team's plural slot. Sentences here are not the
held-out sets'."""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet
from audit.lang.bilingual.hindi import words
from audit.rules import title_guards as tg
from audit.rules.team_words import agent_phrase
from audit.rules.title_brands import brand_calques
from audit.rules.title_heads import head_calques
from audit.rules.title_source import source_calques
from audit.rules.title_teams import team_calques

needs = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


def _source(mt: str, src: str) -> list[str]:
    return [mt[s:e] for s, e, _en, _ev in source_calques(mt, src)]


@needs
@pytest.mark.parametrize(
    ("src", "mt", "spans"),
    [
        # another source word's Hindi: the role before the name (actor), not a word of the name
        ("Actress Lee Min-ji won the prize.", "अभिनेत्री ली मिन-जी ने पुरस्कार जीता।", []),
        # a plural role before the names
        ("Singers Arijit Rao and Meena Kapoor will perform.", "गायक अरिजीत राव और मीना कपूर प्रस्तुति देंगे।", []),
        # an epithet headed by a people's or a person's name Hindi writes commonly
        ("The Flying Sikh inspired young runners.", "उड़न सिख ने युवा धावकों को प्रेरित किया।", []),
        # ... but a people's word before a firm's head is no epithet: the head is the calque
        ("British Airways cut flights to Delhi.", "ब्रिटिश वायुमार्ग ने दिल्ली की उड़ानें घटाईं।", ["ब्रिटिश वायुमार्ग"]),
        # a title word inside quotes is the nickname's own, not a person's title
        (
            "Fans hailed 'King Pandya' after the final.",
            "प्रशंसकों ने फ़ाइनल के बाद 'राजा पंड्या' की जय-जयकार की।",
            ["राजा पंड्या"],
        ),
        ("Fans hailed 'King Pandya' after the final.", "प्रशंसकों ने फ़ाइनल के बाद 'किंग पंड्या' की जय-जयकार की।", []),
        ("King Pandya of the old kingdom built the fort.", "पुराने राज्य के राजा पंड्या ने किला बनवाया।", []),
        # a "HEAD of PLURALS" description in Hindi's genitive order
        ("Pilgrims walked through the Valley of Saints.", "तीर्थयात्री संतों की घाटी से होकर गए।", []),
        # ... not when the head is a person (a club's name)
        ("Queen of the South beat Hamilton.", "दक्षिण की रानी ने हैमिल्टन को हराया।", ["दक्षिण की रानी"]),
    ],
)
def test_source_renderings(src: str, mt: str, spans: list[str]) -> None:
    assert _source(mt, src) == spans


@needs
def test_guard_words() -> None:
    assert tg.people_word("sikh") and tg.people_word("gandhi")
    assert not tg.people_word("trump")  # a verb too
    assert not tg.people_word("lincoln")  # a place too
    assert tg.renders_outside("सिक्के", "mint", ("coins", "struck"))
    assert not tg.renders_outside("ऊँट", "camel", ("camels", "traders"))  # the same word's lemma


@needs
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        # glory is a quality (abstract), but Glory scooters are a model's name
        ("Bajaj sold more Glory scooters this year.", "बजाज ने इस साल ज़्यादा कीर्ति स्कूटर बेचे।", "कीर्ति"),
        ("Bajaj sold more Glory scooters this year.", "बजाज ने इस साल ज़्यादा ग्लोरी स्कूटर बेचे।", None),
        # no made thing after the word: its abstract sense keeps it a word
        ("The Glory of Rome was the theme.", "रोम की कीर्ति विषय थी।", None),
        # a building after it names a place, which Hindi may translate
        ("The Partition museum opened in Amritsar.", "अमृतसर में विभाजन संग्रहालय खुला।", None),
    ],
)
def test_product_frame(src: str, mt: str, span: str | None) -> None:
    assert [mt[s:e] for s, e, _w in brand_calques(mt, src)] == ([span] if span else [])


@needs
def test_agent_phrase_in_a_team_slot() -> None:
    src = "The Denver Miners won the title."
    mt = "डेनवर खदान खोदने वालों ने खिताब जीता।"
    assert [mt[s:e] for s, e, _n in head_calques(mt, src)] == ["खदान खोदने वालों"]
    assert [mt[s:e] for s, e, _n in team_calques(mt)] == ["डेनवर खदान खोदने वालों"]
    assert head_calques("डेनवर माइनर्स ने खिताब जीता।", src) == ()
    # no translated word before the infinitive, or no place before: no team
    assert team_calques("मुंबई घूमने वालों ने मैच देखा।") == ()
    assert team_calques("दिल्ली के रेहड़ी-पटरी वालों ने सोमवार को विरोध किया।") == ()
    text = "शराब बनाने वालों ने"
    assert agent_phrase(text, words(text), 0) == 2
    assert agent_phrase("शराब की दुकान", words("शराब की दुकान"), 0) is None
