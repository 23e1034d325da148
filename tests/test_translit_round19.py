"""Round-19 transliteration class (issues 13, 14), with its other side checked. The words flagged here
are in no test set.

Without the source, a word Hindi text never writes is read by the part of speech its slot gives it:
before a Hindi light verb a verb, before a copula or negation or the Hindi noun it qualifies an
adjective. The one everyday English word of that part of speech it spells exactly is English left in
Devanagari when the dictionary has a Hindi word for it as that part of speech, however rare the
dictionary's spelling is in Hindi text (a verb or an adjective is no thing Hindi lacks a word for).
Not a noun of a conjunct after a Hindi adjective (साफ़ टैकल किया), not a word the dictionary only
paraphrases (रीसेट: फिर से जोड़ना या बनाना), not before a noun that spells English too (लूज़ पेट कैट्स).
"""

from __future__ import annotations

import pytest

from audit.lang import engdict, wordnet

needs_resources = pytest.mark.skipif(
    not (engdict.available() and wordnet.available()), reason="FreeDict or WordNet not installed"
)


@needs_resources
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("बच्चा माँ से स्नगल करके सो गया।", "स्नगल"),  # *snuggle* before a light verb: a verb
        ("कमरा बहुत कोज़ी था।", "कोज़ी"),  # *cozy* before a copula: an adjective
        ("वह एक कोज़ी कमरा था।", "कोज़ी"),  # ... before the Hindi noun it qualifies
        ("खिलाड़ी ने साफ़ टैकल किया।", None),  # a Hindi adjective makes it the conjunct's noun
        ("बैंक ने ग्राहकों से पासवर्ड रीसेट करने को कहा।", None),  # the dictionary only paraphrases *reset*
        ("लूज़ पेट कैट्स सहित कई बिल्लियाँ हैं।", None),  # before a noun that spells English too
        ("हॉल में अशर थे।", None),  # *usher* is a noun: no adjective's slot
    ],
)
def test_a_word_read_by_its_slots_part_of_speech(text, span):
    from rule_run import run

    spans = [f.span for f in run("HI408", text)]
    assert spans == ([span] if span else []), spans


@needs_resources
def test_slot_kind():
    from audit.core.text import nfc_view
    from audit.rules.script import hindi_tokens
    from audit.rules.translit_unwritten import ADJECTIVE, VERB, slot_kind

    def kind(text: str, word: str) -> str:
        view = nfc_view(text).text
        toks = list(hindi_tokens(view))
        return slot_kind(view, toks, [t[2] for t in toks].index(word))

    assert kind("कुत्ते ने ग्रोल किया।", "ग्रोल") == VERB
    assert kind("सड़क ब्लर थी।", "ब्लर") == ADJECTIVE
    assert kind("कोज़ी कमरा", "कोज़ी") == ADJECTIVE
    assert kind("ग्रोल की आवाज़ आई।", "ग्रोल") == ""  # the genitive की before its noun
    assert kind("ग्रोल ने गाना गाया।", "ग्रोल") == ""  # before a postposition: a name's slot
    assert kind("साफ़ टैकल किया।", "टैकल") == ""  # a Hindi adjective before it


@needs_resources
def test_an_adjective_first_and_the_dictionarys_word_for_it():
    from audit.rules.translit_unwritten import ADJECTIVE, VERB, _of_kind, slot_candidate

    assert _of_kind("narrow", ADJECTIVE) and _of_kind("cozy", ADJECTIVE)  # more adjective senses
    assert not _of_kind("usher", ADJECTIVE) and not _of_kind("gold", ADJECTIVE)
    assert _of_kind("snuggle", VERB) and not _of_kind("cozy", VERB)
    c = slot_candidate("स्नगल", "newsroom", VERB)
    assert c is not None and c.english == "snuggle"
    assert slot_candidate("स्नगल", "newsroom", ADJECTIVE) is None  # no adjective reading
    assert slot_candidate("रीसेट", "newsroom", VERB) is None  # only a paraphrase
