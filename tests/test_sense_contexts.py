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
