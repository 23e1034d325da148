"""HI3xx repetition: decoder loops flagged, Hindi reduplication left alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.core.model import Segment
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks
from audit.rules.repetition import find_loops

load_all_checks()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(text: str):
    seg = Segment("t", 0, text)
    findings = REGISTRY["HI301"].run(seg, CheckContext(document=[seg]))
    for f in findings:
        assert f.span == text[f.start : f.end]
        assert f.category == "repetition"
    return findings


def test_registered_examples():
    assert REGISTRY["HI301"].examples
    for bad, good in REGISTRY["HI301"].examples:
        assert run(bad), bad
        assert run(good) == [], good


def test_doubled_place():
    text = "दोनों नेताओं की मुलाकात दक्षिण कोरिया, दक्षिण कोरिया में हुई।"
    (f,) = run(text)
    assert f.span == "दक्षिण कोरिया, दक्षिण कोरिया में"
    assert f.evidence["kind"] == "doubled-phrase"


def test_list_loop_span_covers_whole_loop():
    text = "तस्वीर में वे जापान, रविवार, 4 मई, 2024 में, जापान, रविवार, जापान में दिख रहे हैं।"
    (f,) = run(text)
    assert f.span == "जापान, रविवार, 4 मई, 2024 में, जापान, रविवार, जापान में"
    assert f.evidence["kind"] == "list-loop"


def test_self_coordination():
    (f,) = run("मंत्री ने क्रोध और क्रोध के साथ जवाब दिया।")
    assert f.span == "क्रोध और क्रोध"
    (g,) = run("यह सड़क संकरी तथा संकरी है।")
    assert g.span == "संकरी तथा संकरी"


@pytest.mark.parametrize(
    "text",
    [
        "वह धीरे-धीरे चलने लगा।",
        "कार्यकर्ता घर-घर जाकर प्रचार कर रहे हैं।",
        "हम घर घर जाएंगे।",
        "उसने बार-बार वही बात कही।",
        "वे बार बार फोन करते रहे।",
        "कभी-कभी ऐसा होता है।",
        "दोनों साथ-साथ चलते हैं।",
        "सबकी अलग-अलग राय है।",
        "लोग अलग अलग जगहों से आए।",
        "चलो चाय-वाय पी लेते हैं।",
        "बच्चे जल्दी जल्दी खाना खा रहे थे।",
        "बड़े बड़े शहरों में भीड़ है।",
        "हाँ, हाँ, मैं आ रहा हूँ।",
        "उसने फिर और फिर कोशिश की।",
        "यह उनके या उनके परिवार के हित में नहीं है।",
        "वह दिन और दिन कमजोर होता गया।",
        "उन्होंने कहा कि सरकार के लिए यह जरूरी है और जनता के लिए भी।",
        "पहले दिल्ली में बैठक हुई, फिर मुंबई में, और फिर दिल्ली में।",
    ],
)
def test_good_hindi_never_fires(text):
    assert run(text) == []


def test_sentence_boundary_stops_repeats():
    assert run("बैठक दिल्ली में हुई। दिल्ली में बारिश हुई।") == []


@pytest.mark.parametrize("path", sorted(SEEDS.glob("00[1-4]_*.txt")), ids=lambda p: p.name[:3])
def test_no_findings_on_clean_seeds(path: Path):
    for line in re.split(r"[।\n]", path.read_text(encoding="utf-8")):
        if line.strip():
            assert run(line.strip()) == [], line


WORDS = ["उत्तर", "कोरिया", "में", "और", "धीरे-धीरे", "शनिवार", "12", ",", "।", " ", "के", "बेटे"]


@settings(deadline=None)  # the first example loads the rules' tables lazily (seconds under load)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_spans_always_index_the_text(parts):
    text = " ".join(parts)
    for f in run(text):
        assert 0 <= f.start < f.end <= len(text)
    for lp in find_loops(text):
        assert lp.start < lp.end


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("डॉक्टरों ने छह घंटे घंटे तक ऑपरेशन किया।", "घंटे घंटे"),  # a count takes its noun once
        ("नए वार्ड में 300 बिस्तर बिस्तर होंगे।", "बिस्तर बिस्तर"),
        ("गोताखोरों ने दो लोगों को बाहर निकाला निकाला।", "निकाला निकाला"),  # a clause-final verb twice
        ("दाल की क़ीमतें तेज़ी से गिरी गिरी हैं।", "गिरी गिरी"),
        # the noun of a noun + करना verb right before its light verb (the dictionary's रद्द करना)
        ("सरकार ने परीक्षा रद्द रद्द कर दी।", "रद्द रद्द"),
        ("कंपनी ने नई नीति की घोषणा घोषणा की।", "घोषणा घोषणा"),
        ("मज़दूरों ने सड़क की मरम्मत मरम्मत की।", "मरम्मत मरम्मत"),
        ("पुलिस ने मामले की जांच जांच की।", "जांच जांच"),
        # a noun after a possessive, or after के not opening a postpositional phrase
        ("बाज़ार में सब्ज़ियों के भाव भाव बढ़ गए।", "भाव भाव"),
        ("राज्य के किसान किसान कर्ज़ माफ़ी चाहते हैं।", "किसान किसान"),
        ("उसने अपने दोस्त दोस्त को फ़ोन किया।", "दोस्त दोस्त"),
        ("उन्होंने अपनी गाड़ी गाड़ी बेच दी।", "गाड़ी गाड़ी"),
    ],
)
def test_doubled_word_where_no_reduplication_stands(text, span):
    (f,) = run(text)
    assert f.span == span


@pytest.mark.parametrize(
    "text",
    [
        "मेहमानों को दो छोटे छोटे डिब्बे दिए गए।",  # a doubled adjective after a number modifies a noun
        "तीन अलग अलग टीमों ने हिस्सा लिया।",
        "चार चार सौ रुपये दिए गए।",  # the number itself doubled
        "उसने एक एक करके सबको बुलाया।",
        "पत्ते हरे हरे हैं।",  # a doubled predicate adjective: no verb
        "सड़कें गीली गीली थीं।",
        "वहां कौन कौन था?",  # a question for a list
        "वह दिन भर बैठे बैठे थक गया।",
        "वे किसानों के घर घर जाकर मिले।",  # के + a place distributive + a participle
        "गांव के घर घर में बिजली पहुंची।",  # the exhaustive: every house of the village
        "मेरे गांव के बच्चे बच्चे को यह गाना याद है।",
        "देश के कोने कोने में ख़ुशी है।",
        "उसने काग़ज़ के टुकड़े टुकड़े कर दिए।",  # the dictionary doubles टुकड़े (टुकड़े टुकड़े करना)
        "उसने पैसे गिन गिन कर रखे।",  # a verb's stem before कर: the conjunctive participle
        "उन्होंने चुन चुन कर खिलाड़ी भेजे।",
        "पानी बूंद बूंद करके भरा।",  # X X करके: the gradual construction
        "उसके छोटे छोटे हाथ ठंडे थे।",  # a possessive before a doubled adjective
        "सब अपने अपने घर गए।",
        "उसने साफ़ साफ़ मना कर दिया।",
        "पुलिस ने घर घर तलाशी ली।",
    ],
)
def test_reduplication_in_its_slots_stays_silent(text):
    assert run(text) == []


# round 17: the speaker's repetitions (audit/rules/repetition_guards.py), words of no dev line;
# each was flagged before the guards
@pytest.mark.parametrize(
    "text",
    [
        "समर्थकों ने 'जोकोविच जोकोविच' के नारे लगाए।",  # a chant in quotes
        "दर्शकों ने “वंस मोर वंस मोर” चिल्लाया।",  # a two-word call in curly quotes
        "नर्तकों ने 'मकरेना मकरेना' गीत पर प्रस्तुति दी।",  # a song's title
        "बैंड टॉकटॉक और सिरहान सिरहान की चर्चा हुई।",  # a name whose form is doubled, after और
        "हुम्बर्ट हुम्बर्ट उपन्यास का पात्र है।",  # ... at the start, before a common word
    ],
)
def test_speakers_repetition_is_silent(text):
    assert run(text) == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("उन्होंने कहा, 'पुल पर पुल पर जाम है और लोग फंसे हैं'।", "पुल पर पुल पर"),  # quoted speech
        ("मंत्री ने “गुस्सा और गुस्सा” जताया।", "गुस्सा और गुस्सा"),  # two English words collapsed
        ("बल्लेबाज़ ज़ैक ज़ैक क्रॉली आउट हुए।", "ज़ैक ज़ैक"),  # a name word before its surname
        ("गेंदबाज़ जेम्स एंडरसन एंडरसन ने विकेट लिया।", "एंडरसन एंडरसन"),  # a surname after a given name
        ("मुख्यमंत्री भोपाल भोपाल पहुंचे।", "भोपाल भोपाल"),  # a place Hindi text writes
    ],
)
def test_decoder_loops_around_quotes_and_names_still_flagged(text, span):
    assert [f.span for f in run(text)] == [span], text
