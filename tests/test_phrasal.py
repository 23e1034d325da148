"""Phrasal verbs rendered particle by particle (HI512 with the source, HI205 in Hindi alone)."""

from __future__ import annotations

import pytest

from audit.lang.bilingual import phrasal_hindi
from audit.lang.engdict import wordnet_available
from audit.rules.source.idioms import idiom_findings

needs_wordnet = pytest.mark.skipif(not wordnet_available(), reason="WordNet (Debian wordnet) not installed")


@needs_wordnet
@pytest.mark.parametrize(
    ("src", "mt", "span"),
    [
        (
            "The opposition finally brought up the pension question.",
            "विपक्ष ने आखिरकार पेंशन का सवाल ऊपर लाया।",
            "ऊपर लाया",
        ),
        ("The union turned the pay offer down.", "यूनियन ने वेतन की पेशकश को नीचे कर दिया।", "नीचे कर"),
        ("The board came up with a fresh idea.", "बोर्ड एक नए विचार के साथ ऊपर आया।", "ऊपर आया"),
        ("The ceasefire broke down within hours.", "युद्धविराम घंटों में नीचे टूट गया।", "नीचे टूट"),
        # any verb right before the particle's Hindi, told by its auxiliary or the clause end
        ("The minister owned up to the mistake.", "मंत्री ने गलती को ऊपर स्वीकार किया।", "ऊपर स्वीकार"),
        ("The group sold off its hotels.", "समूह ने अपने होटल बंद बेच दिए।", "बंद बेच"),
        ("Hardly anyone showed up at the rally.", "रैली में मुश्किल से कोई ऊपर दिखा।", "ऊपर दिखा"),
        # an object pronoun between verb and particle
        ("The union will not give it up.", "संघ इसे ऊपर नहीं देगा।", "ऊपर नहीं देगा"),
        ("Their coach has let her down badly.", "उनके कोच ने उसे बुरी तरह नीचे जाने दिया।", "नीचे जाने दिया"),
        # in / across / off: only phrasal verbs WordNet lists; off's बंद beside the verb's own Hindi
        ("The rebels finally gave in.", "विद्रोहियों ने आखिरकार अंदर दे दिया।", "अंदर दे दिया"),
        ("The minister called off the visit.", "मंत्री ने दौरे को बंद बुलाया।", "बंद बुलाया"),
        ("The agency cracked down on hoarders.", "एजेंसी ने जमाखोरों पर नीचे फोड़ा।", "नीचे फोड़ा"),
        # a case marker for a particle beside the verb's own Hindi; a preposition ends the object
        ("The scheme ran into problems after a month.", "योजना एक महीने बाद समस्याओं में दौड़ गई।", "में दौड़"),
        # back → वापस: a phrasal verb WordNet gives no spatial sense, even for a verb that goes back
        ("Exports bounced back in the second quarter.", "दूसरी तिमाही में निर्यात वापस उछल गया।", "वापस उछल"),
        # the ablative frame does not excuse the English verb's own Hindi (pull → खींचा)
        (
            "The senator pulled out of the presidential race.",
            "सीनेटर ने राष्ट्रपति पद की दौड़ से बाहर खींचा।",
            "बाहर खींचा",
        ),
        # nor a particle whose next words are the verb's object (raked in *two hundred crore*)
        ("The film raked in two hundred crore.", "फ़िल्म ने दो सौ करोड़ रुपये पंजे से अंदर खींचे।", "अंदर खींचे"),
    ],
)
def test_source_phrasal_calque(src: str, mt: str, span: str) -> None:
    found = [mt[s:e] for s, e, *_ in idiom_findings(src, mt)]
    assert any(span in f for f in found), found


@needs_wordnet
@pytest.mark.parametrize(
    ("src", "mt"),
    [
        ("The porters brought the bags up to the attic.", "कुली थैलों को ऊपर अटारी में ले आए।"),
        ("The children ran out of the school.", "बच्चे स्कूल से बाहर भागे।"),
        ("He put the glass down on the shelf.", "उसने गिलास नीचे शेल्फ पर रख दिया।"),
        ("The climbers went up slowly.", "पर्वतारोही धीरे-धीरे ऊपर गए।"),
        ("The pilot flew over the town.", "पायलट ने शहर के ऊपर से उड़ान भरी।"),
        ("The shops stay open in the evening.", "दुकानें शाम को अंदर खुली रहती हैं।"),
        ("Please switch off the fans.", "कृपया पंखे बंद कर दें।"),
        ("The lights went off at nine.", "नौ बजे बत्तियां बंद हो गईं।"),
        ("Two candidates dropped out of the race.", "दो उम्मीदवार दौड़ से बाहर हो गए।"),
        ("The guard kept the crowd back from the gate.", "गार्ड ने भीड़ को फाटक से पीछे रखा।"),
        ("The new rules came into force on Monday.", "नए नियम सोमवार को प्रभाव में आए।"),
        ("Fog hung over the hills all morning.", "सुबह भर पहाड़ियों पर कोहरा छाया रहा।"),  # not over the hill
        ("The probe was sent into orbit last year.", "यान को पिछले साल कक्षा में भेजा गया।"),
        # a verb whose commonest senses already go back: वापस is its direction (reflect, rebound)
        ("Fresh snow reflects most of the sunlight back.", "ताज़ा बर्फ़ ज़्यादातर धूप को वापस परावर्तित कर देती है।"),
        ("The shot rebounded back off the post.", "शॉट पोस्ट से टकराकर वापस छिटक गया।"),
        # a distance from a place or thing; over/under a number is a comparison
        (
            "Tourists were asked to keep away from the cliff edge.",
            "पर्यटकों से चट्टान के किनारे से दूर रहने को कहा गया।",
        ),
        ("Children under 12 travel free on the ferry.", "12 से नीचे के बच्चे नौका पर मुफ़्त यात्रा करते हैं।"),
        # X से + a direction word is Hindi's own frame for the particle's ground (out of X, down
        # from X) when no word of the English verb is rendered (round 11)
        ("Three names were left out of the report.", "तीन नाम रिपोर्ट से बाहर रखे गए।"),
        # a motion through a thing named by a measure noun (a flight of steps, a sheet of ice)
        ("The porter fell down a flight of steps.", "कुली सीढ़ियों से नीचे गिर गया।"),
        ("The boy ran up a flight of stairs.", "लड़का सीढ़ियों से ऊपर दौड़ गया।"),
    ],
)
def test_source_phrasal_spatial_silent(src: str, mt: str) -> None:
    assert idiom_findings(src, mt) == ()


@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("समिति ने सरकार के प्रस्ताव को नीचे कर दिया।", "नीचे कर"),
        ("मंत्री एक नई योजना के साथ ऊपर आए।", "के साथ ऊपर आए"),
        ("कोई भी दल पीछे नीचे जाने को तैयार नहीं।", "पीछे नीचे जाने"),
        ("विपक्ष ने यह मुद्दा ऊपर लाया।", "ऊपर लाया"),
        # a particle right before a verb that moves nothing, whatever the noun
        ("लंबी बहस के बाद कप्तान ने ऊपर नहीं दिया।", "ऊपर नहीं दिया"),
        ("शो के सारे पास एक घंटे में बाहर बिक गए।", "बाहर बिक"),
        ("गवाह ने पूरा किस्सा ऊपर बनाया था।", "ऊपर बनाया"),
        ("जांच दल ने जल्द ही असली वजह बाहर पाई।", "बाहर पाई"),
        ("कर्मचारी ने अपना त्यागपत्र अंदर सौंपा।", "अंदर सौंपा"),
        # X के अंदर + a verb, X an abstraction (look into the charges)
        ("समिति आरोपों के अंदर देखेगी।", "के अंदर देखेगी"),
    ],
)
def test_hindi_phrasal_calque(mt: str, span: str) -> None:
    assert [mt[s:e] for s, e, _ in phrasal_hindi.find(mt)] == [span]


@pytest.mark.parametrize(
    "mt",
    [
        "देश के हितों को सबसे ऊपर रखा गया।",
        "सरकार संकट से बाहर निकल आई।",
        "उसने विवाद को पीछे छोड़ दिया।",
        "मज़दूर डिब्बों को ऊपर छत पर ले आए।",
        "फसल के बाद कीमतें नीचे आ गईं।",
        "जीवन स्तर को ऊपर उठाना सरकार का लक्ष्य है।",
        "इस मामले के पीछे कौन है?",
        # particles of place with verbs that move, place, show or happen somewhere
        "नीचे दी गई सूची में सभी नाम हैं।",
        "शव घर से कुछ दूर बाहर पाया गया।",
        "धमाके के समय बम बाहर फटा।",
        "बच्चे बाहर खेल रहे थे और बड़े अंदर बैठे थे।",
        "ऊपर लिखे पते पर आवेदन भेजें।",
        "कमरे में अंदर अंधेरा था।",
        "वह पीछे मुड़कर देखने लगा।",
        "किसान सुबह से बाहर काम कर रहे हैं।",
        "यह खर्च बजट के अंदर रहेगा।",
        "यह मामला नियम के अंदर आता है।",
    ],
)
def test_hindi_phrasal_silent(mt: str) -> None:
    assert phrasal_hindi.find(mt) == []


@needs_wordnet
@pytest.mark.parametrize(
    ("src", "mt", "found"),
    [
        # particles count as image words of our list's idioms; the passive empties a person slot
        ("The players were over the moon after the win.", "जीत के बाद खिलाड़ी चाँद के ऊपर थे।", True),
        (
            "The minister said the police had been caught napping.",
            "मंत्री ने कहा कि पुलिस झपकी लेते हुए पकड़ी गई।",
            True,
        ),
        ("Rents went through the roof last year.", "पिछले साल किराए छत के पार चले गए।", True),
        # a thing handled or moved: the idiom's words are meant literally
        ("He ate a piece of cake after lunch.", "उसने दोपहर के खाने के बाद केक का एक टुकड़ा खाया।", False),
        ("The horse kicked the bucket over and ran.", "घोड़े ने बाल्टी को लात मारी और भाग गया।", False),
        ("The stars were bright over the moonlit lake.", "चांदनी झील के ऊपर तारे चमक रहे थे।", False),
    ],
)
def test_source_idiom_literal_use(src: str, mt: str, found: bool) -> None:
    assert bool(idiom_findings(src, mt)) is found


@pytest.mark.parametrize(
    ("src", "mt", "kind"),
    [
        ("The fans were ecstatic.", "प्रशंसक खुशी से फूले नहीं समा रहे थे।", None),
        ("She is being very careful.", "वह अपने पत्ते नहीं खोल रही है।", None),
        ("The results were satisfactory.", "नतीजे संतोषजनक नहीं थे।", "added"),
    ],
)
def test_negation_inside_hindi_idiom(src: str, mt: str, kind: str | None) -> None:
    from audit.rules.source.negation import negation_mismatch

    assert negation_mismatch(src, mt) == kind
