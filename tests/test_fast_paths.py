"""The speed-ups give the same answers as the slow paths they replace."""

from __future__ import annotations

import random
import re

import pytest

from audit.core.text import nfc_view
from audit.lang.frequency import word_zipf
from audit.rules.anchors import AnchorIndex, required_literals, trie_pattern
from audit.rules.literal import load_lexicon, match_text


@pytest.mark.parametrize(
    ("pattern", "inside", "outside"),
    [
        ("स्याही (?:दी|दिया)", "उसने स्याही दिया", "उसने स्याही लगाई"),
        ("(?:के|की) जाग में", "तूफ़ान की जाग में", "वह जाग गया"),
        ("a[bc]?d+e", "xxacddde", "xxade"),  # optional class, repeat ≥ 1
        ("(?:x|y)z{2}", "yzz", "xz"),
    ],
)
def test_required_literals_hold_for_matches(pattern: str, inside: str, outside: str) -> None:
    regex = re.compile(pattern)
    reqs = required_literals(regex)
    assert reqs, pattern
    assert regex.search(inside) and all(any(a in inside for a in r) for r in reqs)
    index = AnchorIndex(["entry"], [regex])
    assert index.candidates(inside) == ["entry"]
    assert not regex.search(outside) or index.candidates(outside) == ["entry"]


def test_pattern_without_literals_is_always_a_candidate() -> None:
    index = AnchorIndex(["a", "b"], [re.compile(r"\w+"), re.compile("zz")])
    assert index.candidates("कुछ भी") == ["a"]


def test_trie_pattern_matches_the_longest_word_and_all_words() -> None:
    words = ["ab", "abc", "b", "bcd"]
    rx = re.compile(f"(?=({trie_pattern(words)}))")
    assert [m.group(1) for m in rx.finditer("xabcd")] == ["abc", "bcd"]


def _texts() -> list[str]:
    entries = load_lexicon()
    texts = [e.example_bad for e in entries] + [e.example_good for e in entries]
    # every pair of example sentences glued: matches across and beside each other
    rng = random.Random(7)
    texts += [f"{rng.choice(texts)} {rng.choice(texts)}" for _ in range(300)]
    return texts


def test_prefiltered_lexicon_matches_exactly_what_the_full_scan_matches() -> None:
    entries = load_lexicon()
    for text in _texts():
        assert match_text(text) == match_text(text, entries), text


def test_every_lexicon_entry_finds_its_own_example_through_the_prefilter() -> None:
    from audit.rules.literal import _lexicon_index

    index = _lexicon_index()
    for i, entry in enumerate(index.items):
        text = nfc_view(entry.example_bad).text
        if entry.regex.search(text):
            assert i in index.candidate_indices(text), entry.id


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_word_zipf_equals_wordfreq(lang: str) -> None:
    from wordfreq import get_frequency_dict, zipf_frequency

    rng = random.Random(3)
    words = rng.sample(sorted(get_frequency_dict(lang)), 1500)
    odd = ["", "x", "Hello", "don’t", "2024", "क़िला", "क़िला", "शब्द\u200d", "नमस्ते दुनिया", "abc123", "zzzqqq"]
    for w in words + odd:
        assert word_zipf(w, lang) == zipf_frequency(w, lang), w


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_word_zipf_of_unlisted_words_equals_wordfreq(lang: str) -> None:
    """Words wordfreq does not list (made-up letter strings, some starting with a vowel sign or a
    nasal sign, which its tokeniser splits) get wordfreq's own number, sign included."""
    from wordfreq import get_frequency_dict, zipf_frequency

    rng = random.Random(11)
    letters = "कखगजटडतदनपबमयरलवसह" + "ािीुूेैोौंँः़्" if lang == "hi" else "abcdefghijklmnopqrstuvwxyz"
    listed = get_frequency_dict(lang)
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(3000)}
    unlisted = [w for w in sorted(words) if w not in listed]
    assert len(unlisted) > 1000
    for w in unlisted:
        assert repr(word_zipf(w, lang)) == repr(zipf_frequency(w, lang)), w


def test_own_token_letter_start_equals_wordfreq_token_regex() -> None:
    """A plain token that starts with a letter is read whole by wordfreq's token regex: the fast
    path of ``frequency._own_token`` gives the regex's answer on random strings of every Devanagari
    letter and mark the plain-token class admits, and on every word of wordfreq's Hindi list."""
    import unicodedata

    from audit.core.text import DEVANAGARI_LETTERS
    from audit.lang import frequency
    from audit.lang.resources import hindi_vocabulary

    token_re = frequency._token_re()
    plain = re.compile(f"[{DEVANAGARI_LETTERS}]+")
    signs = [chr(c) for c in range(0x0900, 0x0980) if plain.fullmatch(chr(c))]
    rng = random.Random(23)
    words = ["".join(rng.choice(signs) for _ in range(rng.randint(1, 8))) for _ in range(60_000)]
    words += [w for w in sorted(hindi_vocabulary()) if plain.fullmatch(w)]
    words += ["abc", "zzqqx", "house"]
    letter_start = 0
    for w in words:
        slow = unicodedata.normalize("NFKC", w) == w and token_re.findall(w) == [w]
        assert frequency._own_token(w) == slow, repr(w)
        letter_start += unicodedata.category(w[0])[0] == "L"
    assert letter_start > 40_000


def test_zipf_hi_reads_listed_words_as_word_zipf_does() -> None:
    """``zipf_hi`` reads a listed plain token from its own dict: the same number as
    ``word_zipf`` for every listed word, its NFD spelling, its stems and inflections, words with
    other characters and random strings of Devanagari signs (listed or not)."""
    import unicodedata

    from audit.lang import frequency
    from audit.lang.resources import hindi_vocabulary

    vocab = sorted(hindi_vocabulary())
    rng = random.Random(29)
    signs = [chr(c) for c in range(0x0900, 0x0980)] + ["\u200c", "\u200d", "-", "a", "1", "।"]
    words = vocab + [unicodedata.normalize("NFD", w) for w in vocab[:3000]]
    words += [w[1:] for w in vocab[:3000]] + [w + "ों" for w in vocab[:3000]]
    words += ["".join(rng.choice(signs) for _ in range(rng.randint(1, 8))) for _ in range(40_000)]
    plain = frequency.zipf_hi.__wrapped__
    for w in words:
        assert plain(w) == word_zipf(unicodedata.normalize("NFC", w), "hi"), repr(w)
    assert sum(plain(w) > 0 for w in words) > len(vocab) * 0.9


def test_vocabulary_lookalike_table_equals_ranking_each_word() -> None:
    """The per-machine table of look-alikes of wordfreq's Hindi words holds exactly what ranking
    the word itself gives (a sample, plus words with several candidates and none)."""
    from audit.lang import resources as res

    table = res._vocabulary_lookalikes()
    vocab = sorted(res.hindi_vocabulary())
    assert set(table) == set(vocab)
    rng = random.Random(5)
    sample = rng.sample(vocab, 1500) + ["कंप्यूटर", "एरेनास", "मिल्की", "और"]
    index = res._english_index()
    for w in sample:
        direct = res.rank_lookalikes(w, index.get(res.dev_key(w), ()))
        assert table.get(w, (len(res.dev_key(w)), direct)) == (len(res.dev_key(w)), direct), w
        for floor in (2, 3):  # the floor on the key length applies as before
            assert res.english_lookalikes(w, floor) == (direct if len(res.dev_key(w)) >= floor else ()), w
    assert sum(1 for w in sample if table.get(w, (0, ()))[1]) > 300  # words with look-alikes


def test_hi408_newsroom_table_equals_working_out_each_word() -> None:
    """HI408's per-machine table (newsroom strictness) holds exactly what the rule's own tests give
    for a word: every word the table flags, and a sample of the rest, worked out again afresh."""
    from audit.lang import engdict
    from audit.lang import resources as res
    from audit.rules import translit_candidates as tc

    table = tc._newsroom_table(engdict.available())
    assert set(table) == set(res.hindi_vocabulary())
    flagged = sorted(w for w, c in table.items() if c is not None)
    rng = random.Random(7)
    sample = flagged + rng.sample(sorted(w for w, c in table.items() if c is None), 1500)
    tc._glossary_candidate.cache_clear()
    for w in sample:
        assert table[w] == tc._newsroom_answer(w), w
        assert tc.candidate(w, tc.NEWS) == table[w], w
    assert len(flagged) > 20  # the table is not empty (the glossary alone flags words of the list)


def test_slot_positions_equal_the_scan_of_every_form() -> None:
    """HI205's slot search by first word finds the positions the scan of every form found."""
    from audit.lang.bilingual import idiom_hindi

    def scan(slot: frozenset[tuple[str, ...]], keys: list[str]) -> set[int]:
        out = set()
        for j, k in enumerate(keys):
            for t in slot:
                if t[0] == k and all(
                    any(keys[x] == g for x in range(max(0, j - 3), min(len(keys), j + 4))) for g in t[1:]
                ):
                    out.add(j)
                    break
        return out

    slots = [s for h in idiom_hindi.hindi_idioms() for s in h.slots + h.particles]
    words = sorted({w for s in slots for t in s for w in t})
    rng = random.Random(9)
    for slot in slots:
        forms = sorted(slot)
        for _ in range(4):
            keys = [rng.choice(words) for _ in range(rng.randint(0, 12))]
            for t in rng.sample(forms, min(2, len(forms))):  # plant forms, whole or scattered
                at = rng.randint(0, len(keys))
                keys[at:at] = list(t) if rng.random() < 0.5 else [t[0], rng.choice(words), *t[1:]]
            where = idiom_hindi.key_positions(tuple(keys))
            starts = idiom_hindi._slot_starts(slot)
            shared = starts.keys() & where.keys()
            assert idiom_hindi._slot_positions(starts, shared, tuple(keys), where) == scan(slot, keys)


def _random_texts(seed: int, n: int = 3000) -> list[str]:
    """Short strings of Devanagari letters and signs, Latin letters, digits, spaces, dandas,
    joiners and invisible characters: every branch of the fast paths below."""
    rng = random.Random(seed)
    alphabet = "कखगजटडतदनपबमयरलवसहअआइउएओािीुूेैोौंँः़्ॅॉ  ।॥०१abcXYZ 19-.\u200c\u200d\u200b\u202e\ufeff"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_broken_matra_precheck_matches_wherever_a_pattern_does() -> None:
    from audit.rules.script import _ANY_BROKEN, _BROKEN_PATTERNS

    texts = _random_texts(1)
    hits = [t for t in texts if any(p.search(t) for _, p in _BROKEN_PATTERNS)]
    assert len(hits) > 300
    for t in texts:
        assert (_ANY_BROKEN.search(t) is not None) == (t in hits), t


def test_broken_matra_precheck_equals_the_alternation_on_every_short_string() -> None:
    """Each pattern looks at most at two characters (a sign and the one before it), so every
    string of one or two characters of the Devanagari block, the joiners and two others shows
    where the hand-written precheck and the patterns' own alternation could differ."""
    from audit.rules.script import _ANY_BROKEN, _BROKEN_PATTERNS

    alternation = re.compile("|".join(f"(?:{pat.pattern})" for _, pat in _BROKEN_PATTERNS))
    alphabet = [chr(c) for c in range(0x0900, 0x0980)] + ["\u200c", "\u200d", "a", " "]
    strings = alphabet + [a + b for a in alphabet for b in alphabet]
    hits = 0
    for t in strings:
        want = alternation.search(t) is not None
        hits += want
        assert (_ANY_BROKEN.search(t) is not None) == want, ascii(t)
    assert hits > 1000
    for t in _random_texts(3):
        assert (_ANY_BROKEN.search(t) is not None) == (alternation.search(t) is not None), ascii(t)


def test_language_and_warnings_fast_paths_equal_the_counts() -> None:
    from audit.core import segment
    from audit.core.io import _ZERO_WIDTH_OR_BIDI, text_warnings

    for t in _random_texts(2):
        deva = len(segment._DEVANAGARI_LETTER.findall(t))
        latin = len(segment._LATIN_LETTER.findall(t))
        if deva == 0 and latin == 0:
            assert segment.detect_language(t) == "und", t
        elif deva >= latin:
            assert segment.detect_language(t) == "hi", t
        hidden = any(c in _ZERO_WIDTH_OR_BIDI for c in t)
        assert any("zero-width/bidirectional" in w for w in text_warnings(t)) == hidden, t


def test_vowels_agree_is_what_rank_lookalikes_scores() -> None:
    """The vowel test alone (the transliteration glossary's filter) keeps exactly the candidates
    the full ranking scores."""
    from audit.lang import resources as res

    index = res._english_index()
    rng = random.Random(8)
    words = rng.sample(sorted(res.hindi_vocabulary()), 2000) + ["एरेनास", "आइलैंड", "मिल्की", "उपयोग"]
    kept = 0
    for w in words:
        cands = index.get(res.dev_key(w), ())
        agree = res.vowels_agree(w, cands)
        assert agree == tuple(en for en in cands if en in {t[0] for t in res.rank_lookalikes(w, cands)}), w
        kept += len(agree)
    assert kept > 500


def test_title_index_from_the_derived_table_equals_a_fresh_one() -> None:
    from audit.rules import title_inventory as ti
    from audit.rules.anchors import AnchorIndex
    from audit.rules.literal import COMMON_WORDS

    titles = ti.inventory()
    fresh = AnchorIndex(titles, [t.regex for t in titles], COMMON_WORDS)
    assert ti._index().requirements() == fresh.requirements()
    for t in titles:
        assert fresh.candidate_indices(t.example) == ti._index().candidate_indices(t.example)


def test_keys_match_bounded_distance_equals_the_full_similarity() -> None:
    """keys_match stops the edit distance at the most edits its similarity allows: same answers as
    the full distance (the function as it was)."""
    from audit.lang.distance import edit_distance
    from audit.lang.phonetic import keys_match

    def full(en: str, hi: str) -> bool:
        if not en or not hi:
            return False
        if en == hi or en.replace("S", "J") == hi.replace("S", "J"):
            return True
        if len(en) >= 3 and hi.startswith(en) and len(hi) - len(en) <= 2:
            return True
        if min(len(en), len(hi)) < 3:
            return False
        return 1 - edit_distance(en, hi) / max(len(en), len(hi)) >= 0.7

    rng = random.Random(11)
    alpha = "KGCJTDNPBMYRLVSHF"
    for _ in range(5_000):
        a = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 14)))
        b = list(a)
        for _ in range(rng.randint(0, 6)):
            if b:
                b[rng.randint(0, len(b) - 1)] = rng.choice(alpha)
        for other in ("".join(b), "".join(rng.choice(alpha) for _ in range(rng.randint(0, 14)))):
            assert keys_match(a, other) == full(a, other), (a, other)


def test_name_slot_prefilters_never_drop_an_answer() -> None:
    """HI104's slot prefilters (look-ups only) are necessary conditions of the checks they guard."""
    from audit.lang import engdict
    from audit.rules import name_slots as ns
    from audit.rules.name_class import _units

    if not engdict.available():
        pytest.skip("dict-freedict-eng-hin not installed")
    texts = [
        "बाघ वुड्स ने खिताब जीता और आस्था किपयेगोन ने दौड़ जीती।",
        "टेलर तेज़ के दौरे में बेट्टी सफ़ेद का निधन हुआ और लॉर्ड चीनी ने भाषण दिया।",
        "मंडी में चावल के दाम बढ़े; गांव का लोहार और अपनी दौड़ के बाद हज़ारों लोग आए।",
        "शिकारी बाइडेन, जिम बैंकों ने, सुंदर फूलों की माला, नीली झील का पानी, आशा मिलें ने।",
    ]
    units = [u for t in texts for u in _units(nfc_view(t).text) if len(u.parts) == 1]
    assert units
    for u in units:
        if not ns._may_be_adjective(u.key):
            assert (ns.native_word(u.key) or ("", ""))[1] != "Adj", u.key
        if not ns._may_translate_name(u.key):
            assert ns._translated_first(u) is None, u.key
    assert any(ns._may_translate_name(u.key) for u in units)  # बाघ → Tiger


def test_lookalike_ranking_with_a_floor_equals_filtering_the_full_ranking() -> None:
    """``rank_lookalikes(..., floor)`` (the foreign-name ranking's: spellings whose common-character
    bound rounds below the floor are not scored) keeps exactly the triples of the full ranking
    that reach the floor, in the same order; and the full ranking's similarities are difflib's
    (``_best_ratio`` skips spellings by two upper bounds)."""
    import difflib

    from audit.lang import resources as res
    from audit.rules import name_data

    rng = random.Random(9)
    words = rng.sample(sorted(res.hindi_vocabulary()), 1500) + ["जोंग", "फ़ेमके", "हाइके", "सेर्जियो", "मिल्की"]
    scored = kept = 0
    for w in words:
        spelt = name_data._spelling_table().get(res.dev_key(w))  # (every name's sound spellings)
        cands = {sp for sp, _n in spelt[True]} if spelt is not None else set()
        cands |= set(res._english_index().get(res.dev_key(w), ()))
        cands_sorted = sorted(cands)
        full = res.rank_lookalikes(w, cands_sorted)
        roms = res.romanise(w)
        for en, _z, sim in full:
            assert sim == round(max(difflib.SequenceMatcher(None, r, en).ratio() for r in roms), 3), (w, en)
        for floor in (0.7, 0.8):
            assert res.rank_lookalikes(w, cands_sorted, floor) == tuple(t for t in full if t[2] >= floor), w
        scored += len(full)
        kept += sum(1 for t in full if t[2] >= 0.7)
    assert scored > 2000 and 0 < kept < scored


def test_spells_bounded_key_distance_equals_the_full_similarity() -> None:
    """spells' key test stops each edit distance at the most edits SRC_KEY_SIMILARITY allows:
    the same answer as the full similarity (the test as it was) on random skeletons."""
    from audit.lang.distance import edit_distance
    from audit.lang.transcription import SRC_KEY_SIMILARITY, _keys_close

    rng = random.Random(17)
    alpha = "kgcjtdnpbmyrlvsh"
    for _ in range(20_000):
        dk = "".join(rng.choice(alpha) for _ in range(rng.randint(2, 9)))
        keys = tuple(
            "".join(rng.choice(alpha) for _ in range(rng.randint(1, 10))) for _ in range(rng.randint(1, 3))
        )
        if rng.random() < 0.5:  # a near key: a few letters of the word's own changed
            near = list(dk)
            for _ in range(rng.randint(0, 3)):
                near[rng.randrange(len(near))] = rng.choice(alpha)
            keys += ("".join(near),)
        full = max(1 - edit_distance(dk, k) / max(len(dk), len(k)) for k in keys) >= SRC_KEY_SIMILARITY
        assert _keys_close(dk, keys) == full, (dk, keys)
