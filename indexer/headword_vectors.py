"""The vectors of every CC-CEDICT headword the vocabulary can hold, made once when the project
is installed (`make install` runs `python -m indexer.headword_vectors`), not in each index run.

Why. An archive's vocabulary (indexer/terms.py) is the dictionary words its passages use, each
with a vector from the sentence model. A word's vector depends on the word and the model only,
never on the archive, yet every index run embedded the words new to its archive: on the real
corpus (../shared/corpus and the seed, 1,467 words) that was a fifth of the model's pieces and
0.6 s of a 4.3 s run, the same work in every new archive. Made once for all 98,473 headwords of
two to four characters (about a minute on two cores; 96 MB of float16 beside the virtual
environment's packages), a run copies a new word's vector from here instead.

The table is kept under the model's key (embed.model_key: the model's package, the forward
pass's code and libraries, the CPU's precision): where the key differs, or the table was never
made (the package installed without make), the indexer embeds its words as before, so a table
can make a run faster but never change what it stores beyond float16's rounding, which the
archive's vocabulary has anyway.
"""
import os
import sys
from functools import lru_cache
from pathlib import Path

from . import terms

_BATCH = 4096  # words a call: large calls fill the model's token budget with short texts


def folder() -> Path:
    """Where the tables live: beside the environment's packages, which the model comes from."""
    return Path(sys.prefix) / "share" / "nianbao"


def _paths(key: str):
    base = folder() / f"headword-vectors-{key}"
    return base.with_suffix(".npy"), base.with_suffix(".txt")


@lru_cache(maxsize=1)
def _table():
    """(row of each word, the vectors) of this model's table, or None where there is none."""
    from . import embed

    vectors_path, words_path = _paths(embed.model_key())
    if not (vectors_path.exists() and words_path.exists()):
        return None
    import numpy as np

    words = words_path.read_text(encoding="utf-8").split("\n")
    vectors = np.load(vectors_path, mmap_mode="r")  # read from disk only where a word is looked up
    if vectors.shape != (len(words), embed.DIMENSION):
        return None  # a table cut short (a build killed while it was written is never renamed in)
    return {word: row for row, word in enumerate(words)}, vectors


def lookup(words):
    """{word: float16 vector} for those of `words` the table holds ({} without a table)."""
    table = _table()
    if table is None:
        return {}
    rows, vectors = table
    return {w: vectors[rows[w]] for w in words if w in rows}


def build(quiet: bool = False) -> Path:
    """Make this model's table unless it exists; tables of other keys are removed (96 MB each)."""
    import numpy as np

    from . import embed

    key = embed.model_key()
    vectors_path, words_path = _paths(key)
    if vectors_path.exists() and words_path.exists():
        return vectors_path
    folder().mkdir(parents=True, exist_ok=True)
    for old in folder().glob("headword-vectors-*"):
        old.unlink()
    words = sorted(terms.headwords())
    if not quiet:
        print(f"embedding the {len(words):,} dictionary words an archive's vocabulary can hold, once "
              f"(about a minute)", flush=True)
    partial = vectors_path.with_suffix(".part.npy")
    out = np.lib.format.open_memmap(partial, mode="w+", dtype=np.float16, shape=(len(words), embed.DIMENSION))
    for start in range(0, len(words), _BATCH):
        out[start:start + _BATCH] = embed.embed(words[start:start + _BATCH]).astype(np.float16)
    out.flush()
    del out
    words_path.write_text("\n".join(words), encoding="utf-8")
    os.replace(partial, vectors_path)  # last: a table is there only when complete
    _table.cache_clear()
    return vectors_path


if __name__ == "__main__":
    build()
