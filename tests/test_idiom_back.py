"""HI209: a literal idiom read back into English through the dictionary and the glossaries
(audit/rules/idiom_back.py, audit/lang/bilingual/backdict.py). The sentences here are new; the
held-out measurement is tests/data/idiom_heldout/heldout_e_hi.jsonl (see its items_e.py)."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.lang import engdict
from audit.lang.bilingual import backdict
from audit.rules import idiom_back
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks

load_all_checks()
needs_dict = pytest.mark.skipif(not engdict.available(), reason="dict-freedict-eng-hin not installed")


def run(text: str, src: str | None = None) -> list:
    seg = Segment("t", 0, text, src=src)
    out = list(REGISTRY["HI209"].run(seg, CheckContext(document=[seg])))
    for f in out:
        assert f.span == text[f.start : f.end]
    return out


@needs_dict
@pytest.mark.parametrize(
    ("text", "span", "idiom"),
    [
        # a lone noun placed by its spatial postposition, as the predicate, after an abstraction
        ("पिछले महीने बिजली की दरें छत के पार चली गईं।", "छत के पार", "go through the roof"),
        ("नतीजे सुनकर सभी उम्मीदवार चाँद के ऊपर थे।", "चाँद के ऊपर", "over the moon"),
        # every image word read back, any inflection, the intransitive of a causative verb (गिराना → गिरे)
        ("बीती बातों के लिए गिरे हुए दूध पर रोने से कुछ नहीं मिलेगा।", "गिरे हुए दूध पर रोने", "cry over spilt milk"),
        ("इस फैसले ने सरकार के लिए कीड़ों का डिब्बा खोल दिया है।", "कीड़ों का डिब्बा खोल", "open a can of worms"),
        # an image word transliterated, not translated (shots → शॉट्स)
        ("इस कंपनी में असल में मालिक का बेटा शॉट्स बुलाता है।", "शॉट्स बुलाता", "call the shots"),
        # a literal-prone idiom: the abstraction may stand a word or two back (मामला … चुपचाप)
        ("कर चोरी का यह मामला चुपचाप रडार के नीचे चला गया।", "रडार के नीचे", "under the radar"),
    ],
)
def test_literal_idioms_read_back(text: str, span: str, idiom: str) -> None:
    (f,) = run(text)
    assert f.span == span and f.evidence["english"] == idiom


@needs_dict
@pytest.mark.parametrize(
    "text",
    [
        "तेज़ हवा में गेंद छत के पार चली गई।",  # a thing, not an abstraction, through the roof
        "झील के ऊपर पूरा चाँद चमक रहा था।",  # the postposition before the noun: a place
        "मज़दूरों ने गोदाम की छत के ऊपर नई चादरें बिछाईं।",  # no predicate after the place
        "बढ़ई ने दीवार में कील ठोकी।",  # drive someone up the wall: no ऊपर
        "सर्दियों में ठंड से उसके कंधे में दर्द रहता है।",  # the cold shoulder: ठंड is no adjective
        "माली ने क्यारी में गुलाब के पौधे लगाए।",  # a bed of roses: पौधा लगाना is the verb "to bed"
        "घोड़े ने बाल्टी से पानी पिया।",  # पानी is no form of पाना (kick: छुटकारा पाना)
        "जहाज़ चट्टानों से टकराकर फंस गया।",  # rock bottom: a compound keeps its order
        "बिजली का बिल समय पर भरें।",  # fill the bill: everyday Hindi (data/idiom_back_skip.txt)
        "विमान रडार के नीचे उड़ता रहा।",  # under the radar said of a thing: a real scene
        "कोच ने खिलाड़ियों को शॉट्स का अभ्यास कराया।",  # shots, but no call
    ],
)
def test_literal_scenes_stay_silent(text: str) -> None:
    assert run(text) == []


@needs_dict
def test_silent_with_the_source() -> None:
    assert run("पिछले महीने बिजली की दरें छत के पार चली गईं।", src="Power tariffs went through the roof.") == []


@needs_dict
def test_backward_index_reads_inflected_hindi() -> None:
    index = backdict.build(["guard", "toe", "kick", "spill"])
    assert "guard" in index[backdict.token_key("रक्षकों")]  # the project's glossary: रक्षक
    assert "toe" in index[backdict.token_key("अंगूठे")]  # पाँव का अंगूठा: the head of the phrase
    assert "spill" in index[backdict.token_key("गिरे")]  # गिराना → गिरना
    assert "kick" not in index.get(backdict.token_key("पानी"), {})  # छुटकारा पाना: a light verb
    assert "toe" not in index.get(backdict.token_key("पाँव"), {})  # not the modifier of पाँव का अंगूठा


def test_skip_list_names_source_licence_and_rebuild() -> None:
    from audit.core.data import data_text

    head = "\n".join(ln for ln in data_text("idiom_back_skip.txt").splitlines() if ln.startswith("#"))
    assert "Source:" in head and "Licence:" in head and "Rebuild:" in head
    assert "fill the bill" in idiom_back.skiplist()


def test_skipped_without_dictionary(tmp_path) -> None:
    import os
    import subprocess
    import sys

    doc = tmp_path / "d.txt"
    doc.write_text("पिछले महीने बिजली की दरें छत के पार चली गईं।\n", encoding="utf-8")
    env = {**os.environ, "AUDIT_FREEDICT_DIR": "none"}
    out = subprocess.run(
        [sys.executable, "-c", "from audit.cli import main; main()", "check", str(doc), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "skipped" in out.stderr and "HI209" in out.stderr
    assert "HI209" not in out.stdout
