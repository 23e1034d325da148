"""Whether Hindi words that spell an English idiom's image form one phrase of that idiom, or a
literal scene of daily life that merely holds the same words (HI205, HI209).

The idiom rules match bags of words: the Hindi of every image word of an idiom within a few
words (*hold water* → पानी … पकड़, *burn bridges* → पुल … जलाया). A literal scene holds such
bags all the time, and the grammar around the words tells it apart — each test is a class of
construction, never a word list of scenes:

* **pair** — a binomial idiom (*cut and dried*, *bread and butter*) whose Hindi words are not
  joined (सूखी शाखाएं काट, रोटी पर मक्खन): a calque keeps the *and* (कटा और सूखा, रोटी-मक्खन);
* **clause** — a conjunction or a comma between the words (लड़के ने गेंद दीवार पर *मारी और* वह
  उछलकर वापस आई): they belong to two clauses, not to one idiom (unless the idiom has its own
  *and*/*or*: part and parcel → हिस्सा और पार्सल);
* **place** — a postposition between the words that renders none of the idiom's prepositions
  (पानी *में* मछली पकड़ for *hold water*, पुल *के पास* पुतला जलाया for *burn bridges*, कुत्ते *के
  लिए* घर for *in the dog house*): the noun is a place, a beneficiary or an instrument of the
  clause, not the idiom's object;
* **subject** — the idiom starts with a verb (*get the ball rolling*, *kick the bucket*) but
  its noun opens the sentence with no case marker, in an active clause (गेंद लुढ़ककर नाली में
  चली गई): the thing itself is what the sentence is about;
* **verb** — an idiom that states a state (*the coast is clear*) whose adjective is followed by
  a form of करना: a verb of action (समुद्र तट साफ़ किया, cleaned the beach);
* **lexical** — the matched Hindi is the dictionary's own translation of an English verb (सीटी
  बजाना is *whistle*, मछली पकड़ना *fish*, ढोल बजाना *drum*): the literal rendering of the idiom
  is itself everyday Hindi for an everyday action, so it is the idiom only when an abstract or
  collective actor stands just before it (सरकार … पैर घसीट रही है: a government does not
  shuffle; रेलगाड़ी ने सीटी बजाई is a train);
* **twin** — one of the words doubled with a hyphen (इमारत *टुकड़े-टुकड़े* हो गई, *घर-घर*): Hindi's
  own distributive or intensive adverb, no idiom's image (*a chip* off the old block);
* **company** — another noun of the sentence names a thing of the same kind as one of the
  idiom's words (WordNet's lexicographer files through the dictionary, :func:`company`: कुम्हार
  ने *मूर्ति* ढालकर सांचा तोड़ा, *तालाब* के किनारे बैठे, *बंगाल* की खाड़ी): a scene of such things;
* **animal** — an idiom that starts with a verb (*put the cat among the pigeons*) whose Hindi
  has an animal (a noun the dictionary reads mostly as one, :func:`abstract.animal_keys`) as
  the clause's actor, unmarked or with ने (एक बिल्ली दबे पांव कबूतरों की ओर बढ़ी): in the idiom the
  animal is an object; an animal that acts does the thing for real;
* **animal**, too, for any idiom none of whose words is an animal, when an animal is the actor
  just before it and no copula follows (गौरैया आख़िरी तिनका अपने घोंसले तक ले गई: a bird carries
  the last straw; मंत्री का बयान आख़िरी तिनका साबित हुआ and X … है keep the idiom);
* **concrete** — the company test widened to words the dictionary reads as one English noun only
  (तौलिया, बाल्टी, रसोई), vetoed by any abstraction or institution in the sentence and by a copula
  after the idiom's noun phrase (:func:`concrete`: तैराक ने पूल के *किनारे* … तौलिया फेंक दिया, a
  scene; बिल्डर ने अग्नि *सुरक्षा* में कोने काटे, … एक अलग केतली *है*, the idiom).

A fifth test, word order, needs to know which word filled which slot and is made by the
callers: a verb-first idiom's Hindi verb stands after its object (SOV: बाल्टी को लात मारी),
so a verb form before the noun is another clause or a participle (गिरी गेंद, *the fallen ball*).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from audit.core.text import LETTER_WORD_RE
from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import ANIMAL_FILE
from audit.lang.bilingual.hindi import fold, is_stop, stem_key

#: conjunctions and clause openers: words of a new clause (and the idiom's own English word)
CONJUNCTIONS: dict[str, str] = {
    fold(w): en
    for ws, en in (
        ("और तथा एवं व", "and"),
        ("या अथवा", "or"),
        ("लेकिन मगर परंतु परन्तु किंतु किन्तु बल्कि", "but"),
        ("कि क्योंकि इसलिए जब तब तो जो जिसे जिसने जहां जहाँ", ""),
    )
    for w in ws.split()
}
#: postpositions (the second word of के पास, के लिए …) and the English prepositions each renders;
#: को, का/की/के (object, genitive) render any frame and are not listed
POSTPOSITIONS: dict[str, frozenset[str]] = {
    fold(w): frozenset(en.split())
    for w, en in (
        ("में", "in into inside within to through"),
        ("पर", "on onto at upon over"),
        ("से", "from with by off out of than since through"),
        ("ने", ""),
        ("तक", "to till until up"),
        ("पास", "by near to"),
        ("लिए", "for"),
        ("सहारे", "on by with"),
        ("साथ", "with"),
        ("ओर", "to towards toward around"),
        ("तरफ़", "to towards toward"),
        ("तरफ", "to towards toward"),
        ("बाद", "after"),
        ("द्वारा", "by"),
        ("बिना", "without"),
        ("पहले", "before"),
        ("बजाय", "instead"),
    )
}
#: forms of जाना right after a verb: a passive (बर्फ़ तोड़ी गई), where the object opens the clause
_PASSIVE = frozenset(fold(w) for w in "गया गई गए गईं जाता जाती जाते जाएगा जाएगी जाएंगे जाना".split())
_CASE_AFTER_SUBJECT = frozenset(fold(w) for w in "को का की के".split())
_SENTENCE_END = re.compile("[।॥.!?;:]")
#: what joins the two halves of a binomial idiom in Hindi (कटा और सूखा, रोटी-मक्खन, गर्दन से गर्दन)
_PAIRING = frozenset(fold(w) for w in "और व तथा एवं या अथवा से".split())
#: an idiom stating a state (the coast *is* clear) and forms of करना: its adjective followed by
#: one is a verb of action (तट साफ़ किया: cleaned the beach), not the state
_BE = frozenset("is are was were be been".split())
_KARNA = frozenset(fold(w) for w in "किया की किए कीं करना करने करते करती करता कर करेगा करेगी करेंगे करें".split())


def _conjunct_after(text: str, end: int) -> bool:
    after = _tokens(text[end : end + 24])
    return bool(after) and fold(after[0][2]) in _KARNA


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), unicodedata.normalize("NFC", m.group())) for m in LETTER_WORD_RE.finditer(text)
    ]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m2 = _SENTENCE_END.search(text, end)
    return lo, (m2.start() if m2 else len(text))


def literal_scene(text: str, start: int, end: int, english: str, verb_first: bool = False) -> str:
    """Why ``text[start:end]`` (the words of the idiom ``english``) is a literal scene — "pair",
    "clause", "place", "subject", "verb", "lexical", "twin", "animal", "company" or "concrete" — or "" when it may be the idiom
    rendered word for word.
    ``verb_first``: the idiom opens with its verb (*kick* the bucket)."""
    words = set(re.findall(r"[a-z]+", english.lower()))
    span = text[start:end]
    if "," in span and not words & {"and", "or"}:
        return "clause"
    inner = _tokens(span)
    if any(text[start + e : start + e + 1 + len(tok)] == "-" + tok for _s, e, tok in inner):
        return "twin"  # टुकड़े-टुकड़े हो गई, घर-घर: a doubled word is Hindi's own adverb, no image
    joined = inner + _tokens(text[end : end + 12])[:1]  # (the joining word may follow: Y … X से)
    if words & {"and", "or"} and "-" not in span and not any(fold(t) in _PAIRING for _s, _e, t in joined):
        return "pair"  # cut and dried: सूखी शाखाएं काट holds no "and"
    for _s, _e, tok in inner[1:-1]:
        conj = CONJUNCTIONS.get(fold(tok))
        if conj is not None and conj not in words:
            return "clause"
    for _s, _e, tok in inner[:-1]:
        renders = POSTPOSITIONS.get(fold(tok))
        if renders is not None and not renders & words:
            return "place"
    if (verb_first or english.split()[0].lower() in E.LIGHT_VERBS) and _opens_active_clause(text, start, end):
        return "subject"
    if words & _BE and _conjunct_after(text, end):
        return "verb"
    if _lexical(tuple(tok for _s, _e, tok in inner)) and not abstract_actor(text, start):
        return "lexical"
    if (verb_first or english.split()[0].lower() in E.LIGHT_VERBS) and _animal_actor(text, start, inner):
        return "animal"
    if _animal_actor(text, start, inner, own=True):
        return "animal"
    if _animal_before(text, start, english) and not _predicate(text, end):
        return "animal"  # any idiom whose clause an animal acts in (गौरैया आख़िरी तिनका … ले गई)
    if company(text, start, end, inner):
        return "company"
    if concrete(text, start, end, inner):
        return "concrete"
    return ""


def _predicate(text: str, end: int) -> bool:
    """Whether the idiom is followed by a copula: said of the subject (X एक अलग केतली है)."""
    after = _tokens(text[end : end + 12])[:1]
    return bool(after and fold(after[0][2]) in _COPULA)


def _animal_before(text: str, start: int, english: str) -> bool:
    """Whether an animal is the actor just before an idiom none of whose own words is an animal
    (:func:`abstract.actor_before`): the animal handles the idiom's things for real (गौरैया
    आख़िरी तिनका अपने घोंसले तक ले गई: the last straw); an idiom about animals (when pigs fly,
    the early bird) keeps its own."""
    from audit.lang.bilingual import abstract

    if any(ANIMAL_FILE in wordnet.sense_files("noun", w)[:1] for w in re.findall(r"[a-z]+", english.lower())):
        return False
    lo, _hi = _sentence(text, start, start)
    before = [tok for _s, _e, tok in _tokens(text[lo:start])]
    return abstract.actor_before(before, len(before), abstract.animal_keys())


_ACTOR_MARK = frozenset(fold(w) for w in "ने".split())
#: the copula after a noun phrase: the phrase is said of the clause's subject (X एक अलग केतली है)
_COPULA = frozenset(fold(w) for w in "है हैं था थी थे थीं हो होगा होगी होंगे".split())


def concrete(text: str, start: int, end: int, inner: list[tuple[int, int, str]] | None = None) -> bool:
    """Whether the idiom's sentence is a scene of its own things: another noun names a thing of the
    kind one of the idiom's words names (made things, food, the land, plants, animals: WordNet's noun
    files through the dictionary, :func:`abstract.scene_kinds_any`, which also counts words the
    dictionary reads as one English noun only — बढ़ई ने *लकड़ी* के *तख़्ते* के कोने काटे, तैराक ने
    पूल के *किनारे* … तौलिया फेंक दिया), the actor aside (a word before ने), and no word of the sentence
    reads as an abstraction or an institution (:func:`abstract.institution_keys`). The figurative
    reading of an idiom is about human affairs and says so (बिल्डर ने अग्नि *सुरक्षा* में कोने काटे,
    नतीजों के बाद *विपक्ष* ने तौलिया फेंक दिया); a sentence with no thing of the idiom's kind (मंत्री ने
    तौलिया फेंक दिया, ऑस्ट्रेलिया में … मछलियों की केतली) stays the idiom."""
    from audit.lang.bilingual import abstract, backdict

    if inner is None:
        inner = _tokens(text[start:end])
    kinds = frozenset().union(*(abstract.scene_kinds_any(tok) for _s, _e, tok in inner))
    if not kinds:
        return False
    lo, hi = _sentence(text, start, end)
    after = _tokens(text[end:hi])[:1]
    if after and fold(after[0][2]) in _COPULA and not _verb_form(inner[-1][2]):
        return False  # … मछलियों की एक अलग केतली *है*: a thing said of a subject is a metaphor
    toks = _tokens(text[lo:hi])
    own = [stem_key(tok) for _s, _e, tok in inner]
    ideas = abstract.institution_keys() | abstract.pure_abstract_keys()
    things = 0
    for k, (s, _e, tok) in enumerate(toks):
        if start <= lo + s < end or is_stop(tok):
            continue
        if backdict.token_key(tok) in ideas:
            return False
        if _same_word(stem_key(tok), own) or _verb_form(tok):
            continue
        if k + 1 < len(toks) and fold(toks[k + 1][2]) in _ACTOR_MARK:
            continue
        if abstract.scene_kinds_any(tok) & kinds:
            things += 1
    return things > 0


def company(text: str, start: int, end: int, inner: list[tuple[int, int, str]] | None = None) -> bool:
    """Whether another noun of the sentence names a thing of the same WordNet kind as one of the
    idiom's Hindi words (:func:`abstract.scene_lexfiles`: कुम्हार ने *मूर्ति* ढालकर सांचा तोड़ा — two
    artifacts; *बंगाल* की खाड़ी — two places; *तालाब* के किनारे — two natural objects): the words
    then describe a scene of that kind of thing, not an idiom's image set in abstract news."""
    from audit.lang.bilingual import abstract

    if inner is None:
        inner = _tokens(text[start:end])
    kinds = frozenset().union(*(abstract.scene_lexfiles(tok) for _s, _e, tok in inner))
    if not kinds:
        return False
    lo, hi = _sentence(text, start, end)
    before = [tok for _s, _e, tok in _tokens(text[lo:start])]
    if abstract.actor_before(before, len(before), abstract.institution_keys()):
        return False  # नगर निगम ने … : an institution does no such thing by hand
    own = [stem_key(tok) for _s, _e, tok in inner]
    return any(
        abstract.scene_lexfiles(tok) & kinds
        for s, e, tok in _tokens(text[lo:hi])
        if (lo + e <= start or lo + s >= end) and not _same_word(stem_key(tok), own) and not _verb_form(tok)
    )


#: endings of Hindi verb forms (पाने, पाए, ढालते, गिराकर, गिरे, the bare stem बन): a word with one
#: whose stem + ना is a common infinitive is read as the verb, not as the noun the dictionary may
#: also have (पाना, spanner; बस, bus)
_VERB_ENDINGS = ("ने", "ए", "ते", "ता", "ती", "कर", "े", "ी", "ा", "ें", "ीं", "")
VERB_ZIPF = 3.0


def _verb_form(token: str) -> bool:
    from audit.lang.frequency import zipf_hi

    return any(
        token.endswith(end)
        and len(token) > len(end)
        and zipf_hi(token[: len(token) - len(end)] + "ना") >= VERB_ZIPF
        for end in _VERB_ENDINGS
    )


def _same_word(key: str, keys: list[str]) -> bool:
    """Whether ``key`` is one of ``keys`` in another inflection (घरों and घर: one starts the other)."""
    return any(key.startswith(k) or k.startswith(key) for k in keys if k and key)


#: case markers after a noun that make it no actor (बिल्ली *को*, बिल्ली *के* पास)
_NOT_ACTOR_AFTER = frozenset(fold(w) for w in "को से का की के में पर तक".split())


#: words after an animal that make it the actor of its own clause (बत्तख *ने*, बत्तख *अपने* अंडों पर)
_OWN_ACTOR_AFTER = frozenset(fold(w) for w in "ने अपने अपनी अपना".split())


def _animal_actor(text: str, start: int, inner: list[tuple[int, int, str]], own: bool = False) -> bool:
    """Whether an animal (a noun the dictionary reads mostly as one: बिल्ली, बत्तख) is the actor of a
    verb idiom's words: the span's first word with no case marker or ने after it, or the actor just
    before the span (:func:`abstract.actor_before`). In an idiom that opens with its verb the
    animal is an object (*let the cat* out); as the Hindi clause's actor it does the thing for
    real (एक बिल्ली दबे पांव कबूतरों की ओर बढ़ी)."""
    from audit.lang.bilingual import abstract, backdict

    animals = abstract.animal_keys()
    if not animals or not inner:
        return False
    if own:  # any idiom: the animal opens the words with ने or its own अपना (a duck on its eggs)
        return (
            len(inner) > 1
            and backdict.token_key(inner[0][2]) in animals
            and fold(inner[1][2]) in _OWN_ACTOR_AFTER
        )
    if backdict.token_key(inner[0][2]) in animals:
        nxt = fold(inner[1][2]) if len(inner) > 1 else ""
        if nxt not in _NOT_ACTOR_AFTER:
            return True
    lo, _hi = _sentence(text, start, start)
    before = [tok for _s, _e, tok in _tokens(text[lo:start])]
    return abstract.actor_before(before, len(before), animals)


#: WordNet noun files of abstract or collective actors: act, attribute, cognition, communication,
#: feeling, group (government, party), possession, quantity, relation
ACTOR_FILES = frozenset({"04", "07", "09", "10", "12", "14", "21", "23", "24"})
ACTOR_REACH = 3  # content words before the idiom searched for its actor


def abstract_actor(text: str, start: int) -> bool:
    """Whether one of the nearest content words before ``start`` (same sentence) reads, through
    the dictionary, only as abstract or collective nouns (सरकार government, जांच inquiry)."""
    lo, _hi = _sentence(text, start, start)
    seen = 0
    for _s, _e, tok in reversed(_tokens(text[lo:start])):
        if is_stop(tok):
            continue
        if _actor_word(tok):
            return True
        seen += 1
        if seen >= ACTOR_REACH:
            break
    return False


@lru_cache(maxsize=16384)
def _actor_word(token: str) -> bool:
    if not (engdict.available() and wordnet.available()):
        return False
    d = engdict.dictionary()
    index, files = wordnet.index("noun") or {}, wordnet.lexfiles("noun")
    key = stem_key(token)
    verdict = set()
    for form in dict.fromkeys((token, key)):
        for sense in d.translates_as_word(form):
            if sense.pos.upper().startswith("N") and " " not in sense.english:
                offsets = index.get(sense.english)
                if offsets:
                    verdict.add(files.get(offsets[0]) in ACTOR_FILES)
    return verdict == {True}


def _opens_active_clause(text: str, start: int, end: int) -> bool:
    lo, hi = _sentence(text, start, end)
    before = _tokens(text[lo:start])
    if before:
        return False
    inner = _tokens(text[start:end])
    if len(inner) > 1 and fold(inner[1][2]) in _CASE_AFTER_SUBJECT:
        return False  # गेंद को लुढ़काया: an object with its marker, the agent dropped
    after = _tokens(text[end:hi])
    return not (after and fold(after[0][2]) in _PASSIVE)


@lru_cache(maxsize=4096)
def _lexical(tokens: tuple[str, ...]) -> bool:
    """Whether two content words of the span are together one verb sense's translation in the
    dictionary (सीटी … बजाई ⊂ whistle: सीटी बजाना)."""
    content = [t for t in tokens if fold(t) not in POSTPOSITIONS and fold(t) not in _CASE_AFTER_SUBJECT]
    if len(content) != 2 or not engdict.available():
        return False
    first, second = content
    d = engdict.dictionary()
    key1, folded2 = stem_key(first), fold(second)
    for sense in d.english_for(first):
        if not sense.pos.upper().startswith("V"):
            continue
        words = sense.hindi.split()
        if not any(stem_key(w) == key1 for w in words):
            continue
        stems = [stem_key(w) for w in words if stem_key(w) != key1]
        if any(len(k) >= 2 and folded2.startswith(k) for k in stems):
            return True
    return False
