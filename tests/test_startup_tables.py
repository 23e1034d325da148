"""Start-up tables (wordfreq's lists, the ITRANS scheme map, precompiled lexicon regexes) give
exactly what the libraries and ``re.compile`` give."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from audit.core.precompiled import precompiled
from audit.lang.frequency import word_zipf
from audit.lang.itrans import to_itrans

ROOT = Path(__file__).resolve().parent.parent

ODD_WORDS = {
    "en": [
        "step son",
        "New York",
        "COVID-19",
        "1990s",
        "don't",
        "don’t",
        "naïve",
        "e-mail",
        "x y z",
        "42",
        "",
    ],
    "hi": ["१२", "१९६३", "जे-म", "।एक", "बोला।पहला", "नमस्ते दुनिया", "क़िला", "शब्द\u200d", "abc", "2024"],
}


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_word_zipf_of_phrases_digits_and_punctuation_equals_wordfreq(lang: str) -> None:
    """Inputs that are not one plain token go through wordfreq's tokeniser and the same arithmetic
    over the derived tables: the same number as ``zipf_frequency``."""
    from wordfreq import zipf_frequency

    for w in ODD_WORDS[lang]:
        assert repr(word_zipf(w, lang)) == repr(zipf_frequency(w, lang)), w


def test_frequencies_do_not_import_wordfreq(tmp_path: Path) -> None:
    """Once the tables are built, asking frequencies (plain words, phrases, numbers) never imports
    wordfreq (~0.1 s) nor makes it build its 321,000-word English dict (~0.2 s of every start
    before); the answers are the same as the first run's, which built the tables from wordfreq."""
    env = dict(os.environ, AUDIT_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    code = (
        "import sys\n"
        "from audit.lang.frequency import zipf_en, zipf_hi\n"
        "values = [zipf_en('house'), zipf_en('zzqqx'), zipf_en('step son'), zipf_hi('घर'), zipf_hi('१२'),"
        " zipf_hi('जे-म'), zipf_hi('है।कुछ')]\n"
        "print('wordfreq' in sys.modules, values)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.startswith("True"), first.stdout  # the tables were built from wordfreq
    assert again.stdout.startswith("False"), again.stdout
    assert first.stdout.split(" ", 1)[1] == again.stdout.split(" ", 1)[1]


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_word_zipf_of_random_strings_equals_wordfreq(lang: str) -> None:
    """Random strings of letters, digits (Devanagari and Latin), danda, hyphens, quotes, spaces and
    other scripts: wordfreq's tokeniser as restated here gives ``zipf_frequency``'s number."""
    from wordfreq import zipf_frequency

    rng = random.Random(17 if lang == "hi" else 19)
    hindi = "कखगजटडतदनपबमयरलवसहािीुूेैोौंँः़्अआइए"
    pool = hindi + "०१२३४५६७८९0123456789।॥-–' ’‘“”\".,:;!?abcdeHIJklmnopqrsTuvwxyzéßİ\u200d\u200cاب中"
    words = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    words += ["१९६३", "2019", "2045", "1,000", "3.5", "१२,५००", "बोला।पहला", "CAFÉ", "don’t", "“quoted”"]
    for w in words:
        assert repr(word_zipf(w, lang)) == repr(zipf_frequency(w, lang)), repr(w)


def test_itrans_equals_indic_transliteration() -> None:
    from indic_transliteration import sanscript

    from audit.lang.resources import hindi_vocabulary

    rng = random.Random(7)
    signs = [chr(c) for c in range(0x0900, 0x0980)] + ["\u1cf5", "\ua8f3", " ", "-", "a", "\u200d", "।"]
    randoms = ["".join(rng.choice(signs) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    for w in sorted(hindi_vocabulary()) + randoms + ["", "ॐ", "क॑", "अं॒", "ज्ञान", "क़िला 123 abc"]:
        assert to_itrans(w) == sanscript.transliterate(w, sanscript.DEVANAGARI, sanscript.ITRANS), repr(w)


def test_precompiled_lexicon_regexes_equal_re_compile() -> None:
    """``re.Pattern`` equality compares the generated code: the packaged lexicons' regexes read
    from the derived tables are the ones ``re.compile`` builds."""
    from audit.rules.literal import _lexicon_index, load_lexicon
    from audit.rules.title_inventory import _index, inventory

    patterns: list[re.Pattern[str]] = []
    for e in load_lexicon():
        patterns += [p for p in (e.regex, e.unless_re, e.requires_re) if p is not None]
    for t in inventory():
        patterns += [p for p in (t.regex, t.explicit, t.requires, t.after, t.not_after) if p is not None]
        patterns += list(t.literal)
    patterns += [i._regex for i in (_lexicon_index(), _index()) if i._regex is not None]
    assert len(patterns) > 400
    for p in patterns:
        assert p == re.compile(p.pattern), p.pattern[:80]


def test_precompiled_reads_the_table_and_compiles_what_it_lacks() -> None:
    calls: list[str] = []

    def make(compile):  # type: ignore[no-untyped-def]
        calls.append("make")
        return [compile(r"(?P<a>x+)y", re.I), compile("[कख]+")]

    first = precompiled("test-table", make)
    second = precompiled("test-table", make)
    assert calls == ["make", "make", "make"]  # recorded once, then built twice from the table
    assert first == second == [re.compile(r"(?P<a>x+)y", re.I), re.compile("[कख]+")]
    assert second[0].search("aXXy").group("a") == "XX"
    # a pattern the table lacks is compiled the ordinary way; a bad one raises as re.compile does
    assert precompiled("test-table", lambda compile: compile("zz+")) == re.compile("zz+")
    with pytest.raises(re.error):
        precompiled("test-bad", lambda compile: compile("(unclosed"))


def test_per_word_table_of_the_risk_feature_equals_working_out_each_word() -> None:
    """The risk model's transliterated-word test, read from its per-machine table, is what working
    out the word gives (a sample of wordfreq's Hindi list plus transliterations)."""
    from audit.lang import engdict
    from audit.lang.resources import hindi_vocabulary
    from audit.scoring import risk

    rng = random.Random(13)
    sample = rng.sample(sorted(hindi_vocabulary()), 1500) + ["कंप्यूटर", "फार्मर्स", "ट्रूप्स", "और", "सर्विसमैन"]
    translit = risk._translit_table(engdict.available())
    assert len(translit) == len(hindi_vocabulary())
    for w in sample:
        direct = risk._looks_transliterated(w)
        assert translit.get(w, direct) == direct, w
        assert risk.looks_transliterated(w) == direct, w
    assert sum(1 for w in sample if translit.get(w)) > 20


def test_vocabulary_memo_tables_equal_working_out_each_word() -> None:
    """Every per-word function answered from a per-machine table (``resources.vocabulary_memo``)
    gives, for a sample of wordfreq's Hindi words, what the function itself works out; other
    settings and words outside the list are worked out; the commonest answer is left out of the
    stored table and still answered."""
    from audit.lang import resources as res
    from audit.rules import (
        idiom_back,
        idiom_dict,
        idiom_variants,
        name_class,
        name_data,
        name_frames,
        name_slots,
        title_readback,
    )
    from audit.rules import script_translit as st

    memos = [
        name_class.calque_of_key,
        name_class._lookalike_given,
        idiom_dict._token_hits,
        idiom_back._token_hits,
        idiom_variants._token_hits,
        st._transliteration_candidate,
        name_slots._may_be_word,
        name_slots._may_translate_name,
        name_data.glossary_word,
        name_data._foreign_names,
        name_class.native_word,
        name_frames.frame_word,
        title_readback._spellable,
    ]
    defaults = {
        name_class._lookalike_given: (name_class.LOOKALIKE_MAX_ZIPF,),
        st._transliteration_candidate: (
            st.TRANSLIT_MAX_ZIPF_HI,
            st.TRANSLIT_MIN_ZIPF_EN,
            st.TRANSLIT_MIN_SIMILARITY,
            st.TRANSLIT_MIN_SIMILARITY_GLUED,
        ),
    }
    rng = random.Random(7)
    vocab = sorted(res.hindi_vocabulary())
    sample = rng.sample(vocab, 800) + ["नदियां", "चावल", "बाल्टी", "लात", "पार्लियामेंट", "किपयेगोन", "कंप्यूटर"]
    for memo in memos:
        memo.cache_clear()
        args = defaults.get(memo, ())
        plain = memo.__wrapped__
        answers = [memo(w, *args) for w in sample]
        assert answers == [plain(w, *args) for w in sample], plain.__qualname__
        assert len(set(map(repr, answers))) > 1 or memo is st._transliteration_candidate, plain.__qualname__
    # another setting is worked out, not read from the table of the default one
    looser = name_class._lookalike_given.__wrapped__
    assert [name_class._lookalike_given(w, 6.0) for w in sample] == [looser(w, 6.0) for w in sample]
    assert name_data.glossary_word("करो", syllables=True) == "do" and name_data.glossary_word("करो") is None


def test_derived_wordnet_tables_equal_parsing_the_files() -> None:
    """WordNet's indexes and the phrasal verbs' glosses are read from the cache folder: the same
    dicts as parsing WordNet's files (a second read comes from the stored pickle)."""
    from audit.lang import wordnet
    from audit.lang.bilingual import phrasal

    if not wordnet.available():
        pytest.skip("WordNet is not installed")
    for pos in ("noun", "verb", "adj", "adv"):
        wordnet.index.cache_clear()
        assert wordnet.index(pos) == wordnet._parse_index(pos)
        wordnet.index.cache_clear()
        assert wordnet.index(pos) == wordnet._parse_index(pos)  # (read back)
    phrasal._wordnet_verbs.cache_clear()
    assert phrasal._wordnet_verbs() == phrasal._read_verbs()
    for pos in ("noun", "verb"):  # the lemmas asked by membership-only callers: the index's keys
        wordnet.lemmas.cache_clear()
        assert wordnet.lemmas(pos) == frozenset(wordnet._parse_index(pos))


def test_derived_freedict_stem_keys_equal_building_them() -> None:
    """FreeDict's senses with their stem keys are read from the cache folder: the same entries
    as building them from the parsed dictionary."""
    from audit.lang import engdict
    from audit.lang.bilingual import freedict

    if not engdict.available():
        pytest.skip("FreeDict eng-hin is not installed")
    built = freedict.from_engdict(engdict.dictionary())
    for _ in range(2):  # built and stored, then read back
        freedict.load.cache_clear()
        loaded = freedict.load()
        assert loaded is not None and loaded.source == built.source
        assert loaded.entries == built.entries


def test_derived_latin_name_rows_equal_parsing_the_list() -> None:
    """The listed Latin names with their roles and locale counts are read from the cache folder:
    the same dicts as parsing ``name_class_latin.tsv`` (built, then read back)."""
    from audit.rules import name_data

    for _ in range(2):
        name_data._latin_tables.cache_clear()
        names, counts = name_data._latin_tables()
        assert names == name_data._read_latin_names() and list(names) == list(name_data._read_latin_names())
        assert counts == name_data._read_locale_counts()
    assert len(names) > 30_000 and set(counts) <= set(names)


def test_derived_toml_data_equals_parsing_the_files() -> None:
    """Every TOML data file is read back from the cache folder as the mapping tomllib parses from
    it (built, then read back), and the packaged calque lexicon from it as from its text."""
    import tomllib

    from audit.core.data import DATA_PACKAGE, data_text, data_toml
    from audit.rules import literal

    names = sorted(p.name for p in (ROOT / "audit" / "data").glob("*.toml"))
    assert "calques.toml" in names
    for name in names:
        for _ in range(2):
            data_toml.cache_clear()
            assert data_toml(name) == tomllib.loads(data_text(name)), (DATA_PACKAGE, name)
    literal.load_lexicon.cache_clear()
    text = literal.DATA_FILE.read_text(encoding="utf-8")
    assert literal.load_lexicon() == literal.parse_lexicon(text, str(literal.DATA_FILE))


def test_derived_idiom_slots_and_xlit_index_equal_building_them() -> None:
    """HI205's Hindi idiom slots and the transliterator's spelling index are read back from the
    cache folder: the same as building them (built, then read back)."""
    from audit.lang import translit_xlit
    from audit.lang.bilingual import idiom_hindi

    for _ in range(2):
        idiom_hindi._hindi_idioms.cache_clear()
        translit_xlit._index.cache_clear()
        for literal_prone in (False, True):
            assert idiom_hindi._hindi_idioms(literal_prone) == idiom_hindi._build_hindi_idioms(literal_prone)
        assert translit_xlit._index() == translit_xlit._build_index()
    assert len(idiom_hindi._hindi_idioms(False)) > 100 and len(translit_xlit._index()) > 10_000


def test_derived_english_vocabulary_equals_reading_the_list() -> None:
    from audit.lang import resources as res

    for _ in range(2):  # (built, then read back)
        res.english_vocabulary.cache_clear()
        assert res.english_vocabulary() == res._read_english_vocabulary()
    assert len(res.english_vocabulary()) > 30_000
