"""HI302 repetition around a word: a phrase the decoder wrote again a few words later.

Besides back-to-back loops (HI301), MT repeats a place, time or attribution phrase with a few
words between: दिल्ली में बैठक दिल्ली में, बिहार में मतदान तीन चरणों में बिहार में होगा, प्रधानमंत्री
ने कहा प्रधानमंत्री ने कि — or a single noun: कंपनी का मुनाफा इस साल मुनाफा बढ़ा. A phrase of two
to four words (one a content word) may recur after one to four words; a single content word after
two to four. The phrase does not end in a genitive (चीन की सेना चीन की सीमा पर is ordinary Hindi)
nor hold a verb auxiliary (a restated verb phrase is deliberate); the words between contain no
conjunction (दिल्ली से मुंबई और मुंबई से दिल्ली, …, पर मुंबई में; पर only as the first word
between, elsewhere it is the postposition "on"), no bracket or quote and no sentence end.

Parallel clauses repeat on purpose and stay silent: the repeat opens a new list item (हर घर में
बिजली, हर घर में पानी), or the phrase opens on a postposition whose nouns differ (दिल्ली में बारिश,
मुंबई में बारिश: the shared words are "में बारिश"). A single word is held to more: no list, link
word (तरह, बाद, बनाम, कि, जिसे …), genitive or verb between (पिछले साल की तरह इस साल, नदी की
सहायक नदी), no modifier of its own before the repeat (भारत की टीम ने पाकिस्तान की टीम), no copula
after it (प्रमुख धर्म … ईसाई धर्म है), no hyphenated reduplication (अलग-अलग).
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Iterator

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.repetition import (
    FUNCTION_WORDS,
    Tok,
    repeats_content_word,
    token_sentences,
    tokens,
)

#: a phrase ending in these is a possessor (चीन की सेना … चीन की सीमा): repeating it is normal
GENITIVES = frozenset({"का", "की", "के", "केे"})
#: words between two mentions that make the second a new clause, not a loop
CLAUSE_WORDS = frozenset(
    {
        "और",
        "या",
        "व",
        "तथा",
        "एवं",
        "अथवा",
        "लेकिन",
        "परंतु",
        "किंतु",
        "मगर",
        "बल्कि",
        "तो",
        "फिर",
        "न",
        "ना",
        "नहीं",
        "भी",
        "ही",
        "पर",
    }
)
#: verb auxiliaries: a repeated verb phrase (… छोड़ते हैं (यानी साँस छोड़ते हैं) is usually deliberate
AUXILIARIES = frozenset(
    "है हैं था थे थी थीं हो हों होता होती होते होगा होगी होंगे जाता जाती जाते जाए जाएगा रहा रही रहे गया गई गए सकता सकती सकते चुका चुकी चुके".split()
)
#: words that set a noun against itself on purpose (पिछले साल की तरह इस साल, एक के बाद एक,
#: भारत बनाम भारत) or open a new clause (… कहा कि सरकार …): a single repeated word is no loop then
LINK_WORDS = frozenset(
    """तरह भांति भाँति बाद दर बजाय जगह अलावा सिवा सिवाय समान जैसा जैसी जैसे बनाम विरुद्ध खिलाफ़ खिलाफ
    मुकाबले तुलना बदले कि जो जब जहां जहाँ क्योंकि इसलिए ताकि अगर यदि तब जबकि वहीं जिसे जिस जिसका जिसकी
    जिसके जिसने जिन जिन्हें जिनका जिनकी जिनके जिन्होंने""".split()
)
#: relative pronouns: the second mention belongs to a correlative clause (उसी तरह … जिस तरह)
RELATIVES = frozenset("जिसे जिस जिसका जिसकी जिसके जिसने जिन जिन्हें जिनका जिनकी जिनके जिन्होंने जो जैसे".split())
#: verb forms between two mentions of one word: a clause of its own (सफल होने वाले सफल हो सकते थे)
VERB_FORMS = frozenset(
    """होने होना हुआ हुई हुए करने करना करके कर वाले वाली वाला कहा कहते कहती दिया दी दिए लिया ली लिए
    बने बना बनी बनने रखने देने लेने जाने आने""".split()
)
#: what opens a time or quantity phrase after a noun (मुनाफा इस साल मुनाफा, राजस्व पिछले साल
#: राजस्व, फैसला आखिरी ओवर में फैसला): a single noun repeated after one is a loop
ADVERBIAL_OPENERS = frozenset(
    """इस उस इसी उसी पिछले पिछली पिछला अगले अगली अगला आखिरी आख़िरी अंतिम पहले पहली पहला बीते गत चालू
    मौजूदा वर्तमान हर प्रत्येक कुल लगभग करीब क़रीब
    सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार आज कल
    जनवरी फरवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर""".split()
)
#: postpositions a repeated phrase may open on (में बारिश … में बारिश: the nouns before differ)
OPENING_POSTPOSITIONS = frozenset("में से को पर तक ने का की के लिए साथ बाद द्वारा".split())
#: the last word of a clause: a finite verb or auxiliary (a phrase after it at the end of the
#: sentence is an echo of one before: घाटा दर्ज किया घाटा।)
CLAUSE_ENDS = AUXILIARIES | frozenset(
    "किया की कीं किए किये दिया दी दीं दिए दिये लिया ली लीं लिए गया गई गईं गए गये हुआ हुई हुए".split()
)
MAX_TAIL = 4
#: an agent marker or indefinite article between: the subject is complete or a new noun phrase
#: starts (अभिनेत्री एम्मा स्टोन ने सर्वश्रेष्ठ अभिनेत्री, ध्वनि आमतौर पर एक नरम ध्वनि)
NEW_PHRASE = frozenset({"ने", "द्वारा", "एक"})
#: a copula right after the repeat: a predicate noun phrase (प्रमुख धर्म रूढ़िवादी ईसाई धर्म है)
COPULAS = frozenset("है हैं था थे थी थीं".split())
#: a word before the second mention that gives it its own determiner, number or possessor (भारत की
#: टीम ने पाकिस्तान की टीम को, एक तरफ … दूसरी तरफ): a new noun phrase, not the same one again
MODIFIERS = frozenset(
    """का की के इस उस इसी उसी यह वह ये वे इन उन हर प्रत्येक पिछले पिछला पिछली अगले अगला अगली एक दूसरे
    दूसरा दूसरी तीसरे तीसरा तीसरी कई कुछ किसी कोई सभी सब अन्य आज कल नए नई नया पुराने पुरानी पुराना अपने
    अपनी अपना उनके उनकी उनका इसके इसकी इसका उसके उसकी उसका हमारे हमारी हमारा मेरे मेरी मेरा आपके आपकी
    आपका उसी इन्हीं उन्हीं दोनों""".split()
)
#: separators between two mentions that make them parallel clauses (दिल्ली में बारिश, मुंबई में बारिश)
PARALLEL_MARKS = ",;:،—–"
MAX_GAP = 4
#: an agent phrase (मुख्यमंत्री ने) may come back further on: a clause has one agent, so the same
#: agent again before the verb, with no clause of its own between, is the decoder restarting
AGENT_MAX_GAP = 8
MAX_PHRASE = 4
#: a single repeated word needs at least this many words between (one between is reduplication:
#: साल दर साल, बारिश ही बारिश) and at least this many letters
MIN_WORD_GAP = 2
MIN_WORD_LEN = 3


def find_gapped_repeats(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of phrases repeated after 1–3 other words, in ``text`` (NFC)."""
    out: list[tuple[int, int, str]] = []
    if not repeats_content_word(text):  # cheap pre-test shared with HI301
        return out
    for sent in token_sentences(tokens(text)):
        words = [t.text for t in sent]
        last_seen: dict[str, list[int]] = {}
        for k, w in enumerate(words):
            last_seen.setdefault(w, []).append(k)
        i = 0
        while i < len(words):
            hit = None
            later = last_seen[words[i]]  # ascending positions of this word
            nxt = bisect_left(later, i + 3)
            if nxt == len(later) or later[nxt] > i + MAX_PHRASE + AGENT_MAX_GAP:
                i += 1
                continue  # the first word never comes back in reach: no repeat starts here
            for n in range(MAX_PHRASE, 0, -1):
                phrase = tuple(words[i : i + n])
                if len(phrase) < n or phrase[-1] in GENITIVES:
                    continue
                if all(w in FUNCTION_WORDS or w.isdigit() for w in phrase) or any(
                    w in AUXILIARIES for w in phrase
                ):
                    continue
                if n == 1 and not _single_word(phrase[0]):
                    continue
                if any(sent[k].brk_before for k in range(i + 1, i + n)):
                    continue
                agent = n > 1 and phrase[-1] == "ने"
                for gap in range(MIN_WORD_GAP if n == 1 else 1, (AGENT_MAX_GAP if agent else MAX_GAP) + 1):
                    j = i + n + gap
                    if tuple(words[j : j + n]) != phrase:
                        continue
                    if _deliberate(text, sent, words, i, j, n):
                        continue
                    if gap > MAX_GAP and any(
                        w in LINK_WORDS
                        or ((w in CLAUSE_ENDS or w in VERB_FORMS) and not _postposition(words, m))
                        for m, w in enumerate(words[i + n : j], i + n)
                    ):
                        continue  # a clause of its own between (… ने कहा कि … ने)
                    hit = (sent[i].start, sent[j + n - 1].end, " ".join(phrase), j + n)
                    break
                if hit:
                    break
            if hit:
                out.append(hit[:3])
                i = hit[3]
            else:
                i += 1
    return out


def find_tail_echoes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of a phrase of one to four words that ends a sentence after its verb
    (or after a comma) and repeats words of the same sentence before it: कंपनी ने घाटा दर्ज किया
    घाटा।, चेतावनी दी है भारी बारिश की।, वेतन बढ़ाया, कर्मचारियों का वेतन। Hindi ends a sentence on its
    verb; a noun phrase after it that the sentence already holds is the decoder writing it again.
    The span covers both mentions."""
    out: list[tuple[int, int, str]] = []
    if not repeats_content_word(text):
        return out
    for sent in token_sentences(tokens(text)):
        words = [t.text for t in sent]
        for n in range(min(MAX_TAIL, len(words) - 2), 0, -1):
            k = len(words) - n
            tail = tuple(words[k:])
            if not (sent[k].brk_before or words[k - 1] in CLAUSE_ENDS):
                continue
            if any(sent[m].brk_before for m in range(k + 1, len(words))) or not _content(tail):
                continue
            if not _said_again(words, tail, k) and any(
                (w in CLAUSE_ENDS and w not in GENITIVES) or w in VERB_FORMS for w in tail
            ):
                continue  # a verb phrase again: a parallel clause (… भेजा गया है और … भेजा गया है)
            if n == 1 and not _single_word(tail[0]):
                continue
            first = _earlier(words, tail, k)
            if first is not None and text[sent[-1].end :].strip()[:1] in ("", "।", ".", "!", "?", "॥"):
                out.append((sent[first].start, sent[-1].end, " ".join(tail)))
                break
    return out


#: verbs of saying that report speech with कि (… ने कहा कि …)
SAYING_VERBS = frozenset("कहा बताया".split())


def _said_again(words: list[str], tail: tuple[str, ...], k: int) -> bool:
    """Whether ``tail`` (at ``k``) is an attribution the sentence already opened its report with:
    the same agent and verb of saying, then कि (मौसम विभाग ने कहा कि …, मौसम विभाग ने कहा। —
    the English *X said* at the end of a quotation rendered a second time). Two speakers, or one
    speaker saying two things, name a new agent or verb and stay a parallel clause."""
    if len(tail) < 3 or tail[-1] not in SAYING_VERBS or tail[-2] != "ने":
        return False
    n = len(tail)
    return any(tuple(words[i : i + n]) == tail and words[i + n] == "कि" for i in range(0, k - n))


def _postposition(words: list[str], m: int) -> bool:
    """Whether the verb form at ``m`` is the second word of a compound postposition (के लिए: *for*,
    not the participle of लेना), which starts no clause of its own."""
    return words[m] in ("लिए", "लिये") and m > 0 and words[m - 1] == "के"


def _content(words: tuple[str, ...]) -> bool:
    return any(w not in FUNCTION_WORDS and not w.isdigit() for w in words)


def _earlier(words: list[str], tail: tuple[str, ...], k: int) -> int | None:
    """Where ``tail`` (at ``k``) first occurs earlier in ``words``, a word or more before it."""
    n = len(tail)
    for i in range(0, k - n):
        if tuple(words[i : i + n]) == tail:
            return i
    return None


def _single_word(word: str) -> bool:
    """A word that may loop on its own: a content word of a few letters, no number, no hyphenated
    reduplication (अलग-अलग दलों ने अलग-अलग वादे किए: a distributive adjective before each noun)."""
    return (
        len(word) >= MIN_WORD_LEN
        and "-" not in word
        and not word.isdigit()
        and word not in LINK_WORDS
        and word not in MODIFIERS
        and word not in VERB_FORMS
    )


def _deliberate(text: str, sent: list[Tok], words: list[str], i: int, j: int, n: int) -> bool:
    """Whether the mention at ``j`` repeats the ``n`` words at ``i`` on purpose: a conjunction or
    particle between (और, पर after a comma), the word before the repeat doubled, a parenthesis,
    quotation or list separator between (parallel clauses: हर घर में बिजली, हर घर में पानी), a
    phrase opening on a postposition whose nouns differ (दिल्ली में बारिश मुंबई में बारिश: the
    phrase is "में बारिश", the places differ); for one word also the same word before both
    mentions (the same parallel shape), a link word between (पिछले साल की तरह इस साल) or a
    modifier of its own before the repeat (भारत की टीम ने पाकिस्तान की टीम)."""
    between = words[i + n : j]
    clause = [
        w
        for k, w in enumerate(between)
        if w in CLAUSE_WORDS and (w != "पर" or k == 0 or sent[i + n + k].brk_before)
    ]
    if clause or words[i + n] == words[i + n - 1]:
        return True
    if any(w in AUXILIARIES or w in RELATIVES for w in between):
        return True  # the first clause ended on its verb, or a relative clause answers it (इसी
        # तरह से सुलझाया, जिस तरह से …; पैदा करता है, ज्वार पैदा करता है)
    if any(c in text[sent[i + n - 1].end : sent[j].start] for c in '()[]"“”'):
        return True  # a parenthesis or quotation restates on purpose
    if sent[j].brk_before or text[: sent[j].start].rstrip()[-1:] in PARALLEL_MARKS:
        return True  # the repeat opens a new list item: parallel clauses (हर घर में बिजली, हर घर में पानी)
    if words[i] in OPENING_POSTPOSITIONS and i > 0 and words[i - 1] != words[j - 1]:
        return True
    if i > 0 and words[i - 1] == words[j - 1] and not sent[i].brk_before:
        return True  # the longer repeat from the word before was weighed already (हर घर में …)
    if n > 1:
        return False
    # one word: it must end a noun phrase that a time or quantity phrase follows (मुनाफा | इस साल,
    # फैसला | आखिरी ओवर में) — an adjective before its noun does not (भारी समर्थन … भारी जीत) —
    # and the repeat must have no modifier, number or possessor of its own (भारत की टीम ने
    # पाकिस्तान की टीम), no list, link word, genitive, agent or verb between (नदी की सहायक नदी), no
    # copula after it (a predicate), the same word or stem after both mentions (चीन की सेना चीन
    # की सीमा, नॉर्थ कोरियाई … नॉर्थ कोरिया) and no number it is the suffix of (10वीं … 11वीं)
    if words[i + 1] not in ADVERBIAL_OPENERS and not words[i + 1].isdigit():
        return True
    if words[j - 1] in MODIFIERS or words[j - 1].isdigit():
        return True
    if j + 1 < len(words) and os.path.commonprefix([words[i + 1], words[j + 1]])[:3] == words[i + 1][:3]:
        return True
    if any(sent[k].brk_before for k in range(i + 1, j)):
        return True
    if any(
        w in LINK_WORDS
        or (w in GENITIVES and between[k + 1 : k + 2] != ["लिए"])
        or (w in VERB_FORMS and between[k - 1 : k] != ["के"])
        or w in NEW_PHRASE
        for k, w in enumerate(between)
    ):
        return True
    if j + 1 < len(words) and words[j + 1] in COPULAS:
        return True
    return any(sent[k].start > 0 and text[sent[k].start - 1].isdigit() for k in (i, j))


@register(
    code="HI302",
    name="phrase-repeated-around-word",
    category="repetition",
    severity="major",
    summary="A phrase or noun repeated a few words later (दिल्ली में बैठक दिल्ली में).",
    examples=[
        ("मुंबई में बारिश मुंबई में जारी है।", "मुंबई में बारिश जारी है।"),
        ("शुक्रवार को बैठक शुक्रवार को हुई।", "शुक्रवार को बैठक हुई।"),
        ("कंपनी का मुनाफा इस साल मुनाफा बढ़ा।", "दिल्ली में बारिश, मुंबई में बारिश: मानसून आ गया।"),
        ("पुलिस ने कहा कि जांच जारी है, पुलिस ने कहा।", "कोच ने कहा कि टीम तैयार है, कप्तान ने भी यही कहा।"),
    ],
)
def check_phrase_repeated_around_word(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A phrase written again a few words later.

    The decoder sometimes restarts a clause and emits its opening phrase again: दिल्ली में
    बैठक दिल्ली में, पुलिस के अनुसार आरोपी पुलिस के अनुसार फरार है, बिहार में मतदान तीन चरणों में
    बिहार में होगा — or repeats a noun: कंपनी का मुनाफा इस साल मुनाफा बढ़ा. Flagged when a phrase of
    two to four words (not only function words, not ending in a genitive का/की/के) recurs after
    one to four other words in the same sentence, or a single content word after two to four, and
    no conjunction or particle (और, या, पर, भी …) stands between. Parallel clauses stay silent:
    the repeat opening a new list item (हर घर में बिजली, हर घर में पानी) or a shared postposition
    phrase after different nouns (दिल्ली में बारिश, मुंबई में बारिश). A single word also stays
    silent with a link word, genitive, verb or list between (पिछले साल की तरह इस साल), a
    determiner or possessor of its own (भारत की टीम ने पाकिस्तान की टीम को), a copula after it,
    or as a hyphenated reduplication (अलग-अलग). An agent phrase (मुख्यमंत्री ने) may come back
    after up to eight words: a clause has one agent (not with a clause of its own between: … ने
    बताया कि … ने). A sentence that ends, after its verb or a comma, on a phrase it already
    holds echoes it (कंपनी ने घाटा दर्ज किया घाटा।) — a verb phrase only when it is the report's own
    attribution again (मंत्री ने कहा कि …, मंत्री ने कहा।). The span covers both mentions; keep one.
    """
    view = nfc_view(segment.text)
    found = find_gapped_repeats(view.text)
    found += [t for t in find_tail_echoes(view.text) if not any(a < t[1] and t[0] < b for a, b, _p in found)]
    for start, end, phrase in found:
        s, e = view.span(start, end)
        yield make_finding(
            "HI302",
            segment.text,
            s,
            e,
            f"“{phrase}” is written again a few words later — probably a decoding loop; keep one.",
            repeated=phrase,
        )
