from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.core.segment import detect_language, segment_document, split_sentences


def texts(doc: str) -> list[str]:
    return [s.text for s in segment_document(doc, "d")]


def test_splits_on_danda_and_question_and_newline():
    assert texts("पहला वाक्य। दूसरा वाक्य? तीसरा!\nशीर्षक बिना दंड\nचौथा॥") == [
        "पहला वाक्य।",
        "दूसरा वाक्य?",
        "तीसरा!",
        "शीर्षक बिना दंड",
        "चौथा॥",
    ]


def test_keeps_closing_quote_with_sentence():
    assert texts("उसने कहा, “हम जीतेंगे।” फिर वह चला गया।") == ["उसने कहा, “हम जीतेंगे।”", "फिर वह चला गया।"]


def test_does_not_split_decimals_times_abbreviations_initials():
    assert texts("दर 3.5 प्रतिशत रही। बैठक 10.30 बजे हुई।") == ["दर 3.5 प्रतिशत रही।", "बैठक 10.30 बजे हुई।"]
    assert texts("डॉ. शर्मा ने U.S. दौरे की बात कही।") == ["डॉ. शर्मा ने U.S. दौरे की बात कही।"]
    assert texts("ए. पी. जे. अब्दुल कलाम आए। J. K. Rowling भी।") == [
        "ए. पी. जे. अब्दुल कलाम आए।",
        "J. K. Rowling भी।",
    ]


def test_full_stop_ends_a_sentence_otherwise():
    assert texts("He left. She stayed.") == ["He left.", "She stayed."]


def test_blank_lines_are_not_segments():
    assert texts("\n\n  पहला।  \n\n\nदूसरा।\n") == ["पहला।", "दूसरा।"]


def test_seed000_gives_the_gold_sentences(seed000, seed_gold):
    segments = segment_document(seed000.read_text(encoding="utf-8"), str(seed000))
    assert [s.text for s in segments] == [g["text"] for g in seed_gold]
    assert all(s.lang == "hi" for s in segments)


def test_boilerplate_lines_are_kept_and_marked(clean_seeds):
    doc = clean_seeds[0].read_text(encoding="utf-8")
    segments = segment_document(doc, "x")
    langs = {s.text: s.lang for s in segments}
    assert langs["Latest Posts"] == "en"
    assert langs["No menu items!"] == "en"
    assert sum(1 for s in segments if s.lang == "hi") >= 15


def test_language_labels():
    assert detect_language("उत्तर कोरिया के नेता") == "hi"
    assert detect_language("Stay in touch with the latest news") == "en"
    assert detect_language("12:30 — 45") == "und"


ALPHABET = st.sampled_from(
    list("कखगचजटडतदनपबमयरलवसह")
    + list("ािीुूेैोौंः्")
    + list("abcXYZ .,?!।॥\"“”'’\n\r\t-0123456789")
    + ["\u200d", "\u200b", "\u2028", "\x0b"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=200).map("".join))
def test_offsets_always_point_back_into_the_document(doc):
    segments = segment_document(doc, "d")
    last_end = 0
    for seg in segments:
        assert doc[seg.start : seg.end] == seg.text
        assert seg.text.strip() == seg.text and seg.text
        assert seg.start >= last_end
        last_end = seg.end
    # nothing but whitespace is lost between segments
    covered = set()
    for s, e in split_sentences(doc):
        covered.update(range(s, e))
    assert all(doc[i].isspace() for i in range(len(doc)) if i not in covered)


def test_segments_serialise(seed000):
    seg = segment_document(seed000.read_text(encoding="utf-8"), "d")[0]
    assert json.loads(json.dumps(seg.__dict__, ensure_ascii=False))["text"] == seg.text
