"""HI513's guards (round 14): contexts that excuse a sense finding by a class, each checked with a
flawed sentence that must stay flagged. The sentences are new (not the dev rows the guards came
from)."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks
from audit.rules.source.common import dictionary

load_all_checks()


def spans(src: str, mt: str) -> list[str]:
    seg = Segment("t", 0, mt, src=src)
    return [f.span for f in REGISTRY["HI513"].run(seg, CheckContext(document=[seg]))]


@pytest.fixture(autouse=True)
def _needs_dictionary():
    if dictionary() is None:
        pytest.skip("needs FreeDict")


@pytest.mark.parametrize(
    "src, mt",
    [
        # a name whose romanisation is a Hindi word for another source word (*Prakash* / light)
        ("Prakash Jha will light the ceremonial lamp.", "प्रकाश झा औपचारिक दीप जलाएंगे।"),
        # an English predicate noun said as an adjective with a head noun (*a staple* → मुख्य भोजन)
        ("Maize is a staple in the hills.", "पहाड़ों में मक्का मुख्य भोजन है।"),
        # the word used as an adjective before a noun its pattern leaves out
        ("He gave a firm handshake to the visitor.", "उसने आगंतुक से दृढ़ हाथ मिलाया।"),
    ],
)
def test_guarded_classes_are_silent(src: str, mt: str) -> None:
    assert spans(src, mt) == [], src


@pytest.mark.parametrize(
    "src, mt, span",
    [
        # a place name whose key is near a Hindi word but whose spelling is not (*Jammu* / जमा)
        ("Large lithium deposits were found in Jammu.", "जम्मू में लिथियम की बड़ी जमा राशि मिली।", "जमा"),
        # a noun modifier rendered by a noun stays a wrong sense (*foreign capital* flows)
        (
            "Foreign capital flows slowed in the third quarter.",
            "तीसरी तिमाही में विदेशी राजधानी प्रवाह धीमा हुआ।",
            "राजधानी",
        ),
        # the company sense with no noun after the word
        ("The firm hired forty engineers.", "दृढ़ ने चालीस इंजीनियर रखे।", "दृढ़"),
    ],
)
def test_flawed_neighbours_stay_flagged(src: str, mt: str, span: str) -> None:
    found = spans(src, mt)
    assert span in found, (src, found)


def test_finite_verb_after_a_subject_rendered_by_a_noun() -> None:
    """A verb read from the subject before it (a pronoun, or a determiner and a noun) rendered by
    its noun's Hindi; a noun that is the clause's last word (Hindi's verb place) or heads its own
    phrase (before a postposition, after a genitive) is the verb's argument, not its rendering."""
    from audit.rules.source.sense_pos import pos_clashes

    src = "She tripped over the loose cable."
    assert [p.english for p in pos_clashes(src, "वह ढीले केबल पर यात्रा कर गई।")] == ["tripped"]
    assert pos_clashes(src, "वह ढीले केबल में उलझ कर गिर गई।") == ()
    assert pos_clashes("The van turned at the crossing.", "वैन चौराहे वाले मोड़ पर मुड़ी।") == ()
    assert pos_clashes("The cobbler stitched a patch.", "मोची ने एक पैबंद टांका।") == ()
    # a plural noun after a noun is no verb without an object after it
    assert pos_clashes("The school trains were late.", "स्कूल की रेलगाड़ियां देर से आईं।") == ()


# Round 15: senses defined through the word's own other sense (sense_guards.defined_by_itself), and
# an animal sense that is a part of an animal. New sentences, not the dev rows they came from.
@pytest.mark.parametrize(
    "src, mt",
    [
        # a metonymy: the publisher "that publishes magazines" acts; पत्रिका carries it too
        ("Newsweek magazine praised the film.", "न्यूज़वीक पत्रिका ने फ़िल्म की तारीफ़ की।"),
        # *flag* is a noun.animal word only as "a conspicuously marked tail": no bird flies here
        ("A white flag flew above the fort.", "किले के ऊपर एक सफ़ेद झंडा लहराया।"),
        # verbs made of their noun ("spread butter on", "cover with paper") + लगाना, with an object
        ("She will butter the bread.", "वह रोटी पर मक्खन लगाएगी।"),
        ("The children will paper the walls.", "बच्चे दीवारों पर काग़ज़ लगाएंगे।"),
        ("The bank will fence the plot.", "बैंक प्लॉट पर बाड़ लगाएगा।"),
    ],
)
def test_senses_defined_through_their_own_word_are_silent(src: str, mt: str) -> None:
    assert spans(src, mt) == [], src


@pytest.mark.parametrize(
    "src, mt, span",
    [
        # a body of people not defined through the word's thing sense (*a committee having
        # supervisory powers*) stays a role clash
        ("The board approved the new syllabus.", "तख्ते ने नए पाठ्यक्रम को मंज़ूरी दी।", "तख्ते"),
        # an animal that is an animal (*crane*: a wading bird) stays one
        ("A crane flew over the lake.", "झील के ऊपर एक भारोत्तोलन यंत्र उड़ा।", "यंत्र"),
        # the same denominal verb with no object: the sport, not "enclose with a fence"
        ("The two officers will fence at the club.", "दोनों अफ़सर क्लब में बाड़ लगाएंगे।", "बाड़"),
    ],
)
def test_other_senses_of_those_words_stay_flagged(src: str, mt: str, span: str) -> None:
    found = spans(src, mt)
    assert span in found, (src, found)


def test_defined_by_itself_reads_the_definition_only() -> None:
    from audit.lang import wordnet
    from audit.rules.source.sense_guards import defined_by_itself

    group = [o for o in wordnet.senses("noun", "magazine") if wordnet.synset_at("noun", o).lexfile == "14"]
    assert group and all(defined_by_itself("noun", o, "magazine") for o in group)
    board = [o for o in wordnet.senses("noun", "board") if wordnet.synset_at("noun", o).lexfile == "14"]
    assert board and not any(defined_by_itself("noun", o, "board") for o in board)
    # *bolt*: "move or jump suddenly" is not, "secure or lock with a bolt" is
    bolts = wordnet.senses("verb", "bolt")
    assert not defined_by_itself("verb", bolts[0], "bolt") and defined_by_itself("verb", bolts[1], "bolt")


# round 17: a word inside a source idiom, a conjunct verb, a noun with a verb's ending, an event
# told as a clause -- new sentences, each class with a flawed neighbour that stays flagged
@pytest.mark.parametrize(
    "src, mt",
    [
        # *bite one's tongue* is an idiom: its *tongue* need not be rendered (HI512 judges it)
        ("The clerk bit his tongue and signed the form.", "क्लर्क बोलते-बोलते रुक गया और फ़ॉर्म पर हस्ताक्षर किए।"),
        # the noun of a conjunct verb whose verb reads as the English verb (आंकना: assess ~ value)
        ("The jeweller will value the ring.", "जौहरी अंगूठी का मूल्य आंकेगा।"),
        # a noun said as an adjective before a head noun that has a verb's ending (योजना: plan)
        ("The firm ran a pilot in three towns.", "फ़र्म ने तीन कस्बों में प्रायोगिक योजना चलाई।"),
        # a compound's head said as the verb it is (फटना: burst): an event told as a clause
        ("The cloudburst flooded the town.", "बादल फटने से शहर में बाढ़ आ गई।"),
    ],
)
def test_round17_classes_are_silent(src: str, mt: str) -> None:
    assert spans(src, mt) == [], src


@pytest.mark.parametrize(
    "src, mt, span",
    [
        ("The dog hurt its tongue.", "कुत्ते ने अपनी बोली को चोट पहुंचाई।", "बोली"),
        ("The jeweller will value the ring.", "जौहरी अंगूठी का मूल्य करेगा।", "मूल्य"),
        ("The firm ran a pilot in three towns.", "फ़र्म ने तीन कस्बों में प्रायोगिक चलाया।", "प्रायोगिक"),
        ("The new bridge removed a bottleneck.", "नए पुल ने बोतल की गर्दन हटा दी।", "बोतल की गर्दन"),
        # करना is a light verb, never the verb itself (FreeDict reads it as *face* too)
        ("Kerala will face Goa in the final.", "केरल फ़ाइनल में गोवा का चेहरा करेगा।", "चेहरा"),
    ],
)
def test_round17_neighbours_stay_flagged(src: str, mt: str, span: str) -> None:
    assert span in spans(src, mt), src


def test_verb_renders_reads_the_infinitive_against_wordnet_synonyms() -> None:
    from audit.rules.source.sense_guards import hindi_infinitive, in_idiom, verb_renders

    assert hindi_infinitive("आंकने") == "आंकना" and hindi_infinitive("फटेगा") == "फटना"
    assert hindi_infinitive("घर") is None
    assert verb_renders("आंकने", "value") and verb_renders("फटने", "burst")
    assert not verb_renders("करेगा", "value") and not verb_renders("मूल्य", "value")
    inside = in_idiom("The clerk bit his tongue and signed the form.")
    assert inside("tongue") and not inside("form")
