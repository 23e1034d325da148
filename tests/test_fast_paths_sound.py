"""The sound side's speed-ups (transliteration readings, spellings by sound) give the same answers
as the plain computations they replace."""

from __future__ import annotations

from audit.lang import resources as res
from audit.lang import transcription


def _sound_spellings_plain(english: str) -> tuple[str, ...]:
    """:func:`audit.lang.transcription.sound_spellings` running every pattern on every string."""
    out = [english]
    every = english
    for pattern, rep, _lit in transcription._SOUND_RULES:
        if pattern.search(english):
            out.append(pattern.sub(rep, english))
        every = pattern.sub(rep, every)
    out.append(transcription._SILENT_E.sub("", every))
    return tuple(dict.fromkeys(out))


def test_sound_rule_literals_are_in_every_string_a_pattern_matches() -> None:
    # the strings the rules read: each word, and each step of its chain of spellings
    for word in res.english_vocabulary():
        every = word
        for pattern, rep, lit in transcription._SOUND_RULES:
            for s in (word, every):
                if pattern.search(s):
                    assert lit in s, (pattern.pattern, s)
            every = pattern.sub(rep, every)


def test_sound_spellings_equal_running_every_pattern() -> None:
    words = list(res.english_vocabulary())
    assert len(words) > 10_000
    for word in words + ["weather", "soldier", "language", "island", "flood", "question"]:
        assert transcription._sound_spellings(word) == _sound_spellings_plain(word), word


def test_english_sound_table_equals_working_out_each_word() -> None:
    # the per-machine table of the English word list's spellings and keys by sound, read by
    # sound_spellings/sound_keys, against working them out; a word outside the list is worked out
    words = list(res.english_vocabulary())
    table = transcription._vocabulary_sounds()
    assert len(table) == len(words)
    for word in words:
        spellings = transcription._sound_spellings(word)
        keys = tuple(dict.fromkeys(k for sp in spellings for k in res.en_keys(sp)))
        assert table[word] == (spellings, keys), word
        assert transcription.sound_spellings.__wrapped__(word) == spellings, word
        assert transcription.sound_keys.__wrapped__(word) == keys, word
    for word in ("antilles", "carboniferous", "xyzzyq", "sioux"):
        assert word not in table
        assert transcription.sound_keys.__wrapped__(word) == transcription._sound_keys(word)


def test_xlit_spellings_read_from_the_text_equal_the_whole_table() -> None:
    from audit.core.data import data_text
    from audit.lang import translit_xlit

    table: dict[str, tuple[str, ...]] = {}
    for line in data_text("translit_xlit.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            english, _, spellings = line.partition("\t")
            table[english] = tuple(s for s in spellings.split("|") if s)
    assert len(table) > 5000
    for english, spellings in table.items():
        assert translit_xlit.spellings(english) == spellings, english
    for english in ("", "zzzz", "daughte", "aughter", "#"):
        assert translit_xlit.spellings(english) == table.get(english, ()), english


def _match_plain(skel: str, groups: tuple[str, ...], open_start: bool) -> dict[str, float]:
    """:func:`audit.lang.translit_sound._match` adding up every vowel's cost."""
    from audit.lang import translit_sound as ts

    best: dict[str, float] = {}
    skels = (skel.replace("z", "j"), skel.replace("z", "s")) if "z" in skel else (skel,)
    for english, vows in (e for s in skels for e in ts._index().get(s, ())):
        if vows[0] and not groups[0]:
            continue
        if open_start and not vows[0] and len(vows) > 1 and not vows[1]:
            continue
        cost = sum(ts._vowel_cost(w, s) for w, s in zip(groups, vows, strict=True))
        slots = sum(1 for w, s in zip(groups, vows, strict=True) if w or s)
        sim = 1.0 - cost / max(1, slots)
        if sim >= ts.MIN_SIMILARITY and sim > best.get(english, 0.0):
            best[english] = sim
    return best


def test_sound_match_stopping_early_equals_adding_every_cost() -> None:
    from audit.lang import translit_sound as ts

    words = list(res.hindi_vocabulary()) + ["ब्रदर", "आंसर", "हेयर", "टायर्ड", "बॉडी", "लूज़", "सपाट", "कर्टेन"]
    found = 0
    for word in words:
        parsed = ts._parse_devanagari(word)
        if parsed is None:
            continue
        for open_start in (False, True):
            got = ts._match(*parsed, open_start)
            assert got == _match_plain(*parsed, open_start), word
            found += bool(got)
    assert found > 1000


def _idiom_texts(literal_prone: bool) -> list[str]:
    """For each idiom of the list: a sentence with a form of every slot and particle (found), the
    same without its last slot (not found), and pairs of idioms run together."""
    import random

    from audit.lang.bilingual import idiom_hindi

    rng = random.Random(17)
    texts = []
    for h in idiom_hindi._hindi_idioms(literal_prone):
        parts = [" ".join(sorted(slot)[0]) for slot in h.slots + h.particles]
        texts.append(" ".join(parts) + "।")
        texts.append(" ".join(reversed(parts)) + "।")
        texts.append(" ".join(parts[:-1]) + " है।")
    texts += [f"{rng.choice(texts)} {rng.choice(texts)}" for _ in range(300)]
    return texts


def test_idioms_found_from_the_anchor_slot_equal_those_found_from_every_slot(monkeypatch) -> None:
    from collections import defaultdict

    from audit.lang.bilingual import idiom_hindi

    for literal_prone in (False, True):
        texts = _idiom_texts(literal_prone)
        got = [idiom_hindi.find(t, literal_prone) for t in texts]
        assert sum(map(bool, got)) > len(texts) // 4
        every: dict[str, set[int]] = defaultdict(set)
        for i, h in enumerate(idiom_hindi._hindi_idioms(literal_prone)):
            for slot in h.slots:
                for key in slot:
                    every[key[0]].add(i)
        full = {k: tuple(sorted(v)) for k, v in every.items()}
        with monkeypatch.context() as m:
            m.setattr(idiom_hindi, "_index", lambda lp=False, full=full: full)
            assert [idiom_hindi.find(t, literal_prone) for t in texts] == got


def test_hi408_dictionary_path_test_never_drops_an_answer(monkeypatch) -> None:
    import random

    from audit.lang import engdict
    from audit.rules import translit_candidates as tc
    from audit.rules.translit_levels import LEVELS

    if not engdict.available():
        return
    rng = random.Random(5)
    vocabulary = sorted(res.hindi_vocabulary())
    words = rng.sample(vocabulary, 2500) + [
        "पार्लियामेंट",
        "इलेक्शन",
        "चेस्टनट",
        "ब्लॉसम",
        "एंटर",
        "डंप",
        "जाइंट",
        "फिसिकेला",
        "स्नो",
        "इन्वेस्टिगेशन",
        "सॉल्यूशन",
        "डॉटर",
        "रिक्वेस्ट",
        "हेवी",
        "टर्टल",
        "कैरोटीनॉइड",
        "मरिया",
    ]
    for code in LEVELS:
        got = [tc._dictionary_candidate(w, code) for w in words]
        assert any(got)
        with monkeypatch.context() as m:
            m.setattr(tc, "may_have_equivalent", lambda word: True)
            assert [tc._dictionary_candidate(w, code) for w in words] == got


def test_compound_hits_of_the_vocabulary_table_equal_working_out_each_word() -> None:
    from audit.rules import idiom_dict

    words = sorted(res.hindi_vocabulary())
    found = 0
    for word in words:
        got = idiom_dict._compound_hits(word)
        want = idiom_dict._compound_hits.__wrapped__(word)
        assert got == want and list(got) == list(want), word  # (the same order too)
        found += bool(got)
    assert found > 50


def test_hi408_standalone_and_light_verb_tables_equal_working_out_each_word() -> None:
    import random

    from audit.rules import translit_candidates as tc
    from audit.rules import translit_equiv as te
    from audit.rules.translit_levels import NEWS

    found = 0
    for word in random.Random(3).sample(sorted(res.hindi_vocabulary()), 8000):
        got = tc.standalone_candidate(word, NEWS.code)
        assert got == tc._glossary_candidate.__wrapped__(word, NEWS.code, standalone=True), word
        light = te.light_verb_candidate(word, NEWS)
        assert light == te.light_verb_candidate.__wrapped__(word, NEWS), word
        found += (got is not None) + (light is not None)
    assert found > 5
