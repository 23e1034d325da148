"""HI513 selecting contexts that the inventory's first patterns missed (possessive speakers)."""

from __future__ import annotations

from audit.rules.source.senses import sense_findings


def test_possessive_speech_address():
    (hit,) = sense_findings(
        "The president's address to the nation lasted an hour.", "राष्ट्रपति का पता एक घंटे चला।"
    )
    assert hit[2].id == "address-speech"
    # a postal address after a possessive stays the postal sense
    assert sense_findings("Send it to the company's address at the port.", "इसे कंपनी के पते पर भेजें।") == ()
    assert sense_findings("Post it to the minister's address in Delhi.", "इसे मंत्री के पते पर भेजें।") == ()


def test_wrong_sense_word_licensed_by_another_source_word():
    from audit.rules.source.common import dictionary

    assert sense_findings("The House was adjourned.", "घर को स्थगित कर दिया गया।")
    if dictionary() is None:  # the guard needs FreeDict
        return
    # "home" translates to घर: the MT word may render it, not "House"
    assert not sense_findings(
        "The House was adjourned and members went home.", "घर को स्थगित कर दिया गया और सदस्य घर चले गए।"
    )


def test_inventory_covers_the_news_class():
    from audit.rules.source.senses import senses

    words = {e.word.split(" / ")[0].lower() for e in senses()}
    for w in (
        "cabinet",
        "party",
        "sentence",
        "bill",
        "bank",
        "plant",
        "board",
        "fire",
        "run",
        "seat",
        "lead",
        "power",
    ):
        assert w in words
