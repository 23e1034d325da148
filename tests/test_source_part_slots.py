"""HI503's slot check: the Hindi word where a source name part should be (rules/source/part_slots.py),
HI504's person names, and HI501's spelled-out counts. Names here are not those of the held-out sets."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks
from audit.rules.source import common, names, numbers, part_slots

load_all_checks()
needs_dict = pytest.mark.skipif(common.dictionary() is None, reason="FreeDict eng-hin not installed")


def spans(code: str, mt: str, src: str) -> list[str]:
    seg = Segment("t", 0, mt, src=src)
    return [f.span for f in REGISTRY[code].run(seg, CheckContext(document=[seg]))]


def test_plural_reading_of_a_surname() -> None:
    assert part_slots.plural_reading("Hills", "हिलों")
    assert part_slots.plural_reading("Parks", "पार्कों")
    assert not part_slots.plural_reading("Hills", "हिल्स")  # the transliteration
    assert not part_slots.plural_reading("Ross", "रॉसों")  # -ss is no English plural
    src = "Senator Tom Brooks opposed the plan."
    assert spans("HI503", "सीनेटर टॉम ब्रूकों ने योजना का विरोध किया।", src) == ["ब्रूकों"]
    assert spans("HI503", "सीनेटर टॉम ब्रूक्स ने योजना का विरोध किया।", src) == []
    # a place word (Beverly Hills) is translated inside names: not a surname's slot
    assert spans("HI503", "बेवर्ली पहाड़ियों में आग लगी।", "A fire broke out in Beverly Hills.") == []


def test_short_part_read_as_a_nasal_hindi_word() -> None:
    src = "Hu Jintao met the delegation."
    assert spans("HI503", "हूं जिंताओ ने प्रतिनिधिमंडल से मुलाकात की।", src) == ["हूं"]
    assert spans("HI503", "हू जिंताओ ने प्रतिनिधिमंडल से मुलाकात की।", src) == []


def test_foreign_part_beside_a_given_name_is_a_stray_common_word() -> None:
    src = "Author Isabel Luz spoke at the book fair."
    assert spans("HI503", "लेखिका इसाबेल रोशनी ने पुस्तक मेले में बात की।", src) == ["रोशनी"]
    assert spans("HI503", "लेखिका इसाबेल लूज़ ने पुस्तक मेले में बात की।", src) == []
    # a Hindi word that translates another word of the source is that word's translation
    assert spans("HI503", "लेखिका इसाबेल पुस्तक मेले में बोलीं।", src) == []


@needs_dict
def test_honorific_marks_the_place_of_the_name() -> None:
    src = "Lord Salt opened the new wing of the museum."
    assert spans("HI503", "लॉर्ड नमक ने संग्रहालय की नई शाखा का उद्घाटन किया।", src) == ["नमक"]
    assert spans("HI503", "लॉर्ड सॉल्ट ने संग्रहालय की नई शाखा का उद्घाटन किया।", src) == []


@needs_dict
def test_translated_given_name_at_sentence_start_and_everyday_surname() -> None:
    assert spans("HI503", "बादाम कैंपबेल ने नई किताब लिखी।", "Almond Campbell wrote a new book.") == ["बादाम"]
    src = "Heather Black won the sprint."
    assert spans("HI503", "हीथर काला ने दौड़ जीती।", src) == ["काला"]
    assert spans("HI503", "हीथर ब्लैक ने दौड़ जीती।", src) == []
    # a role before the name is translated (Actor, Singer), not a given name
    assert spans("HI503", "अभिनेता हैरिसन फोर्ड ने पुरस्कार जीता।", "Actor Harrison Ford won the award.") == []


def test_person_name_missing_and_common_word_lookalike() -> None:
    src = "Olena Kovalenko and Rishi Sunak opened the summit."
    assert spans("HI504", "ऋषि सुनक ने शिखर सम्मेलन का उद्घाटन किया।", src)
    assert spans("HI504", "ओलेना कोवालेंको और ऋषि सुनक ने शिखर सम्मेलन का उद्घाटन किया।", src) == []
    # a key that only resembles a common Hindi verb form (Kharge ~ करेंगे) is no spelling
    issues = names.compare_names("Ravi Kharge will speak.", "रवि बोलेंगे।")
    assert [i.kind for i in issues] == ["calque"] or [i.kind for i in issues] == []
    # a name left in Latin script is not missing
    assert spans("HI504", "Olena Kovalenko और ऋषि सुनक ने शिखर सम्मेलन का उद्घाटन किया।", src) == []


def test_spelled_out_count_missing() -> None:
    src = "The bridge will be rebuilt over three years."
    assert spans("HI501", "पुल फिर से बनाया जाएगा।", src) == ["पुल फिर से बनाया जाएगा"]
    assert spans("HI501", "पुल तीन वर्षों में फिर से बनाया जाएगा।", src) == []
    assert spans("HI501", "वह दो बार आईं।", "She came twice.") == []
    assert numbers.compare_numbers("Two-thirds voted.", "दो-तिहाई ने मतदान किया।").missing_words == []
    assert numbers.compare_numbers("One of them left.", "उनमें से कोई चला गया।").missing_words == []


def test_english_word_part_in_a_name_slot_beyond_doubt() -> None:
    # right after the name's given name, any ordinary Hindi word in the surname's place
    src = "Oliver Crane will captain the side."
    assert spans("HI503", "ओलिवर सारस टीम की कप्तानी करेंगे।", src) == ["सारस"]
    assert spans("HI503", "ओलिवर क्रेन टीम की कप्तानी करेंगे।", src) == []
    # a listed given name right before the found surname
    src = "Hope Gonzalez won the final."
    assert spans("HI503", "उम्मीद गोंजालेज ने फाइनल जीता।", src) == ["उम्मीद"]
    assert spans("HI503", "होप गोंजालेज ने फाइनल जीता।", src) == []
    # a word that writes the part out in another spelling is the name (Louis → लुई)
    assert spans("HI503", "हेनरी लुई गेट्स ने व्याख्यान दिया।", "Henry Louis Gates gave a lecture.") == []


@needs_dict
def test_person_noun_before_a_full_name_is_a_role() -> None:
    src = "Archer Priya Nair won the gold medal."
    mt = "तीरंदाज़ प्रिया नायर ने स्वर्ण पदक जीता।"
    assert spans("HI503", mt, src) == [] and spans("HI514", mt, src) == []


@needs_dict
def test_title_word_as_a_surname() -> None:
    # a title word as the last part right after a listed given name is the surname (Head, Dean)
    src = "The museum honoured Howard Head, who designed the racket."
    assert spans("HI503", "संग्रहालय ने हॉवर्ड हेड को सम्मानित किया, जिन्होंने रैकेट बनाया था।", src) == []
    assert spans("HI503", "संग्रहालय ने हॉवर्ड सिर को सम्मानित किया, जिन्होंने रैकेट बनाया था।", src) == ["सिर"]
    # … a title before the name stays a title (Coach Howard Dean → कोच हॉवर्ड डीन)
    assert spans("HI503", "कोच हॉवर्ड डीन ने टीम चुनी।", "Coach Howard Dean picked the team.") == []


@pytest.mark.skipif(common.dictionary() is None, reason="dict-freedict-eng-hin not installed")
def test_name_particles_join_the_name():
    """A lower-case particle (de, van, von der) keeps the name one run, so the surname's slot
    is counted past the particle the MT writes out (फ़्रैंक डी किसान for Frank de Boer)."""
    src = "Frank de Boer was sacked after only four games."
    assert [[t.text for t in n] for n in names.source_names(src)] == [["Frank", "de", "Boer"]]
    (issue,) = names.compare_names(src, "चार मैचों के बाद फ़्रैंक डी किसान को बर्खास्त कर दिया गया।")
    assert issue.kind == "calque" and issue.mt_words == ["किसान"]
    assert names.compare_names(src, "चार मैचों के बाद फ़्रैंक डी बोअर को बर्खास्त कर दिया गया।") == []
    assert [[t.text for t in n] for n in names.source_names("Ursula von der Leyen spoke.")] == [
        ["Ursula", "von", "der", "Leyen"]
    ]
