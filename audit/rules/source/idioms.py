"""HI512: an English idiom of the source rendered word for word in the MT (threw in the towel →
तौलिया फेंक दिया). Idioms: WordNet (``audit/data/wordnet_idioms.tsv``), FreeDict phrases and HI205's
lemmas; Hindi: the FreeDict dictionary read at run time (:mod:`audit.lang.bilingual`) and the
project's own glossary (``audit/data/idiom_glossary.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.lang import engdict
from audit.lang.bilingual import english as E
from audit.lang.bilingual import phrasal_back, phrasal_image, scene
from audit.lang.bilingual.concrete import is_concrete
from audit.lang.bilingual.freedict import Dictionary
from audit.lang.bilingual.hindi import content_words, is_stop, stem_key
from audit.lang.bilingual.idioms import Idiom, IdiomMatch, established, find_idioms, literal_renderings
from audit.lang.bilingual.phrasal import literal_phrasals
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source import agents, copular, figurative, phrasal_verbs, similes
from audit.rules.source.common import dictionary
from audit.rules.source.names import (
    devanagari_key,
    keys_match,
    phonetic_key,
)


def _transcribed(word: str, mt_words: list[tuple[int, int, str]]) -> set[int]:
    key = phonetic_key(word)
    if len(key) < 3:
        return set()
    return {j for j, (_, _, w) in enumerate(mt_words) if keys_match(key, devanagari_key(w))}


def _spelled(word: str, mt_words: list[tuple[int, int, str]]) -> set[int]:
    """MT word positions that spell the English ``word`` itself (its lookalike table, short words
    included: जैक for *jack*, गियर for *gear*)."""
    from audit.lang import resources

    def spells(hindi: str) -> bool:
        return any(
            en == word and sim >= 0.6 for en, _z, sim in resources.english_lookalikes(hindi, min_key_len=2)
        )

    return {j for j, (_, _, w) in enumerate(mt_words) if spells(w)}


def _hindi_shares(idiom: Idiom, hindi: tuple[str, ...], mt: str) -> bool:
    """Whether the MT says one of the idiom's own Hindi phrases (the sense column of
    ``audit/data/idioms_en.tsv``, comma-separated: blood is thicker than water → ख़ून पानी से
    गाढ़ा होता है; sit on one's hands → हाथ पर हाथ धरे बैठना) with all its content words, and the
    rendering's words are among them: Hindi's idiom has the same image, so the words are its own
    (हाथों पर बैठे, without धरे, stays a calque)."""
    mt_keys = {stem_key(w) for _s, _e, w in content_words(mt)}
    for phrase in idiom.sense.split(","):
        keys = {stem_key(w) for w in re.findall(r"[\u0900-\u097F]+", phrase) if not is_stop(w)}
        if len(keys) >= 2 and keys <= mt_keys and all(stem_key(h) in keys for h in hindi):
            return True
    return False


def _borrowed(idiom: Idiom, hindi: tuple[str, ...]) -> bool:
    """Whether a WordNet term is rendered by a transcription of each of its words (ट्रैफ़िक जाम,
    वाइल्ड कार्ड for *traffic jam*, *wild card*): the term borrowed whole, as Hindi writes many
    English compounds. An idiom of a phrase (back to the drawing board → ड्राइंग बोर्ड) stays a
    calque however its words are written."""
    if idiom.source != "wordnet" or len(hindi) < 2:
        return False
    return all(any(engdict.is_transliteration(h, w, common=False) for w in idiom.words) for h in hindi)


@lru_cache(maxsize=1)
def _hindi_only_idioms() -> tuple[str, ...]:
    """The WordNet idioms HI205 (Hindi-only) built, added to this rule's inventory."""
    from audit.rules.idiom_patterns import patterns

    return tuple(sorted({p.english for p in patterns()}))


#: without FreeDict the project's glossary alone gives the literal Hindi
_NO_DICTIONARY = Dictionary({}, "none")


@lru_cache(maxsize=4096)
def idiom_findings(src: str, mt: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, English idiom, image words, Hindi sense or "") of idioms of ``src`` rendered
    literally in ``mt``."""
    d = dictionary() or _NO_DICTIONARY
    out = []
    for r in literal_renderings(src, mt, d, _transcribed, _hindi_only_idioms()):
        if len([w for w in set(r.idiom.idiom.words) if is_concrete(w)]) == 1 and scene.company(
            mt, r.start, r.end
        ):
            continue  # कुम्हार ने मूर्ति ढालकर सांचा तोड़ा: a scene of such things (HI205's test)
        if _hindi_shares(r.idiom.idiom, r.words, mt):
            continue  # धूल चाट गई for bit the dust: Hindi's own idiom has the same image
        if _borrowed(r.idiom.idiom, r.words):
            continue  # ट्रैफ़िक जाम, वाइल्ड कार्ड: the English term borrowed whole, no calque
        english = src[r.idiom.start : r.idiom.end]
        out.append((r.start, r.end, english, ", ".join(r.english), r.idiom.idiom.sense))
    # phrasal verbs (came up with → के साथ ऊपर आई), where no idiom already covers the words
    for p in literal_phrasals(src, mt, dictionary(), _spelled):
        if figurative.particle_meant(p.phrasal.verb, p.phrasal.particle):
            continue  # wrote about → के बारे में लिखा: WordNet's definition says "about" itself
        if all(p.end <= s or p.start >= e for s, e, *_ in out):
            english = src[p.phrasal.start : p.phrasal.end]
            out.append((p.start, p.end, english, f"{p.phrasal.verb}, {p.phrasal.particle}", ""))
    # the same read back from the MT's words (dictionary + WordNet): नीचे खड़े हो गए for stood down
    for start, end, what in phrasal_back.with_source(src, mt):
        if all(end <= s or start >= e for s, e, *_ in out):
            out.append((start, end, what, ", ".join(what.split()), ""))
    # a phrasal verb made from a thing's noun, rendered by the thing (panned out → कड़ाही)
    if d is not _NO_DICTIONARY:
        for start, end, english, noun in phrasal_image.find(src, mt, d, _transcribed):
            if all(end <= s or start >= e for s, e, *_ in out):
                out.append((start, end, english, noun, ""))
    # a phrasal verb whose meaning has nothing of its verb, rendered by the verb (coughed up → खांसकर)
    if d is not _NO_DICTIONARY:
        for start, end, english, verb in phrasal_verbs.find(src, mt, d, _transcribed):
            if all(end <= s or start >= e for s, e, *_ in out):
                out.append((start, end, english, verb, ""))
    # a simile whose thing the MT names in a Hindi comparison (as keen as mustard → सरसों जितना)
    if d is not _NO_DICTIONARY:
        for start, end, english, thing in similes.find(src, mt, d, _transcribed):
            if all(end <= s or start >= e for s, e, *_ in out):
                out.append((start, end, english, thing, ""))
    # a thing said of what is no thing (the leaked memo was a banana skin → केले का छिलका)
    if d is not _NO_DICTIONARY:
        for start, end, english, thing in copular.find(src, mt, d):
            if all(end <= s or start >= e for s, e, *_ in out):
                out.append((start, end, english, thing, ""))
    # a hand laid on a thing by what has no hands (the government threw the unions a bone → हड्डी)
    if d is not _NO_DICTIONARY:
        for start, end, english, thing in agents.find(src, mt, d):
            if all(end <= s or start >= e for s, e, *_ in out):
                out.append((start, end, english, thing, ""))
    # a figurative WordNet lemma rendered by an image word its meaning does not need (शीर्ष कुत्ता)
    for start, end, english, image in figurative.renderings(src, mt, _transcribed):
        if all(end <= s or start >= e for s, e, *_ in out):
            out.append((start, end, english, image, ""))
    return tuple(sorted(f for f in out if not _established_phrase(f[2])))


def _established_phrase(english: str) -> bool:
    """Whether the source's phrase, its first word read as a lemma (*buttering up* → butter up),
    is one whose word-for-word Hindi is Hindi's own (``audit/data/source_evidence.toml``
    [idioms] established: मक्खन लगाना for *butter up*) — the phrasal-verb paths, which read no
    inventory, honour the list as the inventory's idioms do."""
    words = english.lower().split()
    if not words:
        return False
    rest = words[1:]
    skip = established()
    return any(" ".join([lemma, *rest]) in skip for lemma in E.lemmas(words[0]))


def source_idioms(src: str) -> tuple[IdiomMatch, ...]:
    """The idioms of ``src`` HI512 looks for (the project's list, WordNet's, FreeDict's phrases;
    the same, cached, search): HI505 lets one license a Hindi negation the English lacks —
    pulled out all the stops → कोई कसर नहीं छोड़ी."""
    if not src.strip():
        return ()
    return find_idioms(src, dictionary() or _NO_DICTIONARY, _hindi_only_idioms())


@register(
    code="HI512",
    name="source-idiom-literal",
    category="literal",
    severity="major",
    summary="An English idiom of the source rendered word for word (तौलिया फेंक दिया for threw in the towel)",
    needs_source=True,
    examples=[
        ("हार के बाद पार्टी नेता ने आखिरकार तौलिया फेंक दिया।", "हार के बाद पार्टी नेता ने आखिरकार हार मान ली।"),
    ],
)
def check_source_idiom(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """An idiom of the English source whose image words the MT translates one by one.

    Idioms come from this project's own list (``audit/data/idioms_en.tsv``: common idioms with
    slots — *twist someone's arm* — and the Hindi of their sense, the suggestion), from WordNet (multiword lemmas with a concrete image and an abstract meaning:
    *throw in the towel*, *spill the beans*, *red herring*) and from the multiword headwords of
    the FreeDict dictionary whose Hindi is not word for word; they are found in the source in any
    inflection (*threw in the towel*, *pulling your leg*, *threw his deputy under the bus*) and, for
    an idiom of our list headed by a light verb, with its sibling verbs (*put* a lid on for *keep*
    a lid on; *give* / *get* the boot). When
    the MT holds the literal Hindi — the dictionary's, or that of the project's glossary of the
    concrete words idioms are made of (``audit/data/idiom_glossary.tsv``) —
    or a transcription of two or more of the idiom's image words close together (one, for a
    verb idiom of the own list with a single image: went *bananas* → केले) — तौलिया …
    फेंक, बाल्टी … लात — the stretch is flagged. Idioms whose literal Hindi is established usage
    (सफेद हाथी; a phrasal verb by its lemma: *butter up*, मक्खन लगाना) are listed in
    ``audit/data/source_evidence.toml`` and never fire; a WordNet
    term written as a transcription of each of its words (ट्रैफ़िक जाम) is borrowed whole, no
    calque. Beyond the inventory, any multiword WordNet noun of the source that is no kind of its
    head and whose definitions do not need one of its image words (*poison pill*: "the target
    company defends itself by making its stock less attractive to an acquirer") fires when the
    MT holds that word's literal Hindi (ज़हर की गोली); so does the modifier of a compound that is
    a kind of its head when it is an animal, a food, a natural object or a plant its abstract
    meaning does not need (*horse sense*, *monkey business*, *sea change* → समुद्री बदलाव). Without the
    FreeDict dictionary the rule still runs on the project's own idiom list and glossary (and
    WordNet's idioms), with the glossary's Hindi only. A phrasal verb of WordNet whose
    definitions never say its verb (*cough up*, "give reluctantly"; *peter out*, "end weakly")
    fires when the MT holds the verb's own uncommon Hindi or its transcription (खांसकर, पीटर):
    :mod:`audit.rules.source.phrasal_verbs` (or, however common, the Hindi the dictionary gives
    its verb only as a noun or an adjective: *rounded up* → गोल) — unless that Hindi translates a
    WordNet synonym of the phrasal verb (ऊंघ for *nodded off*: *doze off*) or spells another
    source word (फ़र्म, *firm*).
    A verb made from a thing's noun, in a past or progressive form right before an adverb
    particle, is a phrasal verb whether WordNet lists it or not (*sales tailed off* → पूंछ,
    *elbowed out* → कोहनी). A simile (*as keen as mustard*, *sick as a parrot*) fires when the MT
    names its thing before a Hindi word of comparison (सरसों जितना, तोते की तरह), unless the
    adjective is the thing's own quality in WordNet (*as sweet as honey*); so does *like a THING*
    with a set image (*like a bull in a china shop*, *like a sore thumb*):
    :mod:`audit.rules.source.similes`. A physical thing predicated of what is none (*the leaked memo
    was a banana skin*, *the inquiry was a fig leaf*) fires when the MT holds the thing's literal
    Hindi, no inventory needed: :mod:`audit.rules.source.copular`; so does a physical act on a
    physical thing by what is neither a person nor a thing (*the government threw the unions a
    bone*, *our team drew the short straw* → हड्डी, तिनका), when no other thing or place stands in
    the sentence: :mod:`audit.rules.source.agents`.
    """
    for start, end, english, image, sense in idiom_findings(segment.src or "", segment.text):
        yield make_finding(
            "HI512",
            segment.text,
            start,
            end,
            f"शब्दशः अनुवाद: स्रोत का मुहावरा “{english}” शब्द-दर-शब्द ({image}) उतारा गया है; हिंदी में उसका अर्थ लिखें।",
            suggestion=sense or None,
            english=english,
        )
