"""Round-20 transliteration classes (issues 13, 14), with their other side checked. The words flagged
here are in no test set.

An unstressed English vowel written as the English word spells it (पोलाइट *polite*'s o, विकेड
*wicked*'s e) is no mismatch when a word Hindi text never writes is read by sound and has no exact
reading otherwise: the writer followed the English letters. Not a word with an aspirate English never
has (रूखी, Hindi *dry*), nor a loan Hindi writes without its nukta and with one vowel's length changed
(क्वालिफ़ाई, written क्वालीफाई). Letters English writes and does not say are read so too: व्ह for *wh*
(व्हिसल *whistle*) and a final ब after म (*climb*'s mb). A stressed vowel counts only as Hindi writes
it too, or with a sign only English words take (ै, ॉ: स्वैलो *swallow*), not लूसी as *lousy*.

With the source, a spelling Hindi text never writes of a source word that names a thing of nature
(an animal, a feeling, a natural object or phenomenon: WordNet's first sense) has a Hindi word however
rare wordfreq finds the dictionary's (रिग्रेट, *regret*: पछतावा); made things, trades and terms are left
to the loan (प्लंबर).
"""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


def test_an_unstressed_vowel_spelled_as_english_writes_it():
    from audit.lang import translit_sound

    def best(word: str, spelled: bool) -> float:
        return max(
            (sim for en, sim, _p in translit_sound.readings(word, spelled=spelled) if en == "polite"),
            default=0,
        )

    assert best("पोलाइट", spelled=False) < 1.0  # by sound alone AH0 is written with no o
    assert best("पोलाइट", spelled=True) == 1.0  # ... but *polite* writes an o there
    assert best("पलाइट", spelled=True) == 1.0  # (the sound's own spelling stays exact)
    assert best("पीलाइट", spelled=True) < 1.0  # an ई is no letter of *polite*'s o
    wicked = dict((en, sim) for en, sim, _p in translit_sound.readings("विकेड", spelled=True))
    assert wicked.get("wicked") == 1.0


def test_letters_english_writes_and_does_not_say():
    from audit.lang import translit_sound

    def heard(word: str, spelled: bool) -> dict[str, float]:
        return {en: sim for en, sim, _p in translit_sound.readings(word, spelled=spelled)}

    assert "whistle" not in heard("व्हिसल", spelled=False)
    assert heard("व्हिसल", spelled=True).get("whistle") == 1.0
    assert heard("लैंब", spelled=True).get("lamb") == 1.0  # the b of *lamb*
    assert "lame" not in heard("लैंब", spelled=True)  # (only an English word with its mb)
    assert heard("स्वैलो", spelled=True).get("swallow") == 1.0
    assert heard("लूसी", spelled=True).get("lousy", 0.0) < 1.0  # ू for *lousy*'s stressed ou


@needs_resources
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("वह आदमी बहुत विकेड था।", "विकेड"),  # *wicked*: the e of its letters
        ("पहाड़ी रास्ता बहुत रगेड था।", "रगेड"),  # *rugged*
        ("सर्दियों में उसकी त्वचा रूखी थी।", None),  # an aspirate: Hindi रूखी, not *rookie*
        ("भारत ने विश्व कप के लिए क्वालिफ़ाई किया।", None),  # Hindi writes the loan: क्वालीफाई
    ],
)
def test_a_word_spelled_by_its_english_letters(text, span):
    from rule_run import run

    spans = [f.span for f in run("HI408", text)]
    assert spans == ([span] if span else []), spans


def test_spelled_readings_only_where_no_exact_reading():
    from audit.rules.translit_unwritten import exact_readings, spelled_readings

    assert not exact_readings("विकेड") and spelled_readings("विकेड") == {"wicked"}
    assert spelled_readings("ग्लूमी") == exact_readings("ग्लूमी")  # an exact reading is kept as it is
    assert not spelled_readings("रूखी")
    assert not spelled_readings("क्वालिफ़ाई")


@needs_resources
@pytest.mark.parametrize(
    ("src", "text", "span"),
    [
        # a feeling: Hindi has its word (पछतावा) however rarely wordfreq's Hindi list shows it
        ("He lived with regret all his life.", "वह जीवन भर रिग्रेट के साथ जिया।", "रिग्रेट"),
        # a trade: the loan names it (नलसाज़ is a coinage), spelled as Hindi text never writes it
        ("The plumber fixed the pipe.", "प्लंबर ने पाइप ठीक किया।", None),
    ],
)
def test_a_thing_of_nature_has_its_hindi_word_with_the_source(src, text, span):
    from rule_run import run

    spans = [f.span for f in run("HI408", text, src)]
    assert spans == ([span] if span else []), spans


@needs_resources
def test_unborrowed():
    from audit.rules.source.spelled import unborrowed

    assert unborrowed("snail") and unborrowed("sorrow") and unborrowed("rainbow")
    assert not unborrowed("plumber") and not unborrowed("ventilator") and not unborrowed("quiz")
    assert not unborrowed("steep")  # no noun: adjectives Hindi text may keep (a clean reference)
