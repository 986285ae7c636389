"""Romanised Chinese names in English questions: telling them, and finding their Chinese.

An English question names places, parks and projects in pinyin ("Zhangjiang", "Wenzheng
Pingtan"), and the name may be one no dictionary lists (a development zone, a column of a
website). Its Chinese forms are found from the archive itself: strings of characters, each
read with one of the name's syllables in pypinyin's dictionary (tones dropped), every
neighbouring pair of which the archive's passages hold. So a form is always a string the
reports print: 张江 for Zhangjiang, or a homophone the reports also hold.
"""
import unicodedata
from functools import lru_cache

MIN_SYLLABLES, MAX_SYLLABLES = 2, 4
# Strings kept while a name is extended by a syllable, the most frequent first: each costs
# one read of the archive's vocabulary, so a name costs milliseconds in a large archive.
MAX_PARTIAL = 30


def _toneless(reading: str) -> str:
    plain = "".join(ch for ch in unicodedata.normalize("NFD", reading) if unicodedata.category(ch) != "Mn")
    return plain.replace("ü", "v").lower()


@lru_cache(maxsize=1)
def syllable_readings() -> dict:
    """Toneless syllable ('zhang') -> the characters of the common CJK block read so (every
    syllable of pypinyin's tables is a key, some with no such character)."""
    from pypinyin.pinyin_dict import pinyin_dict

    out = {}
    for code, readings in pinyin_dict.items():
        for reading in readings.split(","):
            chars = out.setdefault(_toneless(reading), [])
            if 0x4E00 <= code <= 0x9FFF:
                chars.append(chr(code))
    return out


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset:
    """Every toneless pinyin syllable, to tell a romanised Chinese name."""
    return frozenset(s for s in syllable_readings() if s.isascii() and s.isalpha())


def is_pinyin_name(word: str) -> bool:
    """Whether a word reads as two or more pinyin syllables (Nanjing, Haidian): a romanised name."""
    word = word.lower().replace("'", "").replace("-", "")
    syllables = pinyin_syllables()
    n = len(word)
    if n < 5 or not word.isalpha():
        return False
    best = [None] * (n + 1)  # fewest syllables to spell word[:i]
    best[0] = 0
    for i in range(1, n + 1):
        for j in range(max(0, i - 6), i):
            if best[j] is not None and word[j:i] in syllables:
                if best[i] is None or best[j] + 1 < best[i]:
                    best[i] = best[j] + 1
    return best[n] is not None and best[n] >= 2


def _splits(word: str) -> list:
    """Every way to read `word` as MIN_SYLLABLES to MAX_SYLLABLES syllables (xian: xi-an, xian)."""
    syllables = syllable_readings()
    out = []

    def walk(rest, taken):
        if not rest:
            if len(taken) >= MIN_SYLLABLES:
                out.append(taken)
            return
        if len(taken) < MAX_SYLLABLES:
            for end in range(1, min(6, len(rest)) + 1):
                if rest[:end] in syllables:
                    walk(rest[end:], taken + [rest[:end]])

    walk(word, [])
    return out


def chinese_forms(word: str, frequency, pairs, limit: int = 3) -> list:
    """The archive's strings whose pinyin spells `word`, the most frequent first (at most
    `limit`). `frequency(char)`: how many passages hold a character; `pairs(char)`: the
    archive's two-character tokens starting with it, {second character: passages}."""
    word = word.lower().replace("'", "").replace("-", "").replace(" ", "")
    if not word.isascii() or not word.isalpha():
        return []
    readings = syllable_readings()
    found = {}
    for split in _splits(word):
        # (string, passages holding its rarest pair): extended one syllable at a time, keeping
        # only strings whose every pair of neighbours the archive holds
        partial = sorted(((c, frequency(c)) for c in readings[split[0]]), key=lambda p: -p[1])[:MAX_PARTIAL]
        partial = [p for p in partial if p[1] > 0]
        for syllable in split[1:]:
            chars = set(readings[syllable])
            partial = [(text + c, min(rarest, held)) for text, rarest in partial
                       for c, held in pairs(text[-1]).items() if c in chars]
            partial = sorted(partial, key=lambda p: -p[1])[:MAX_PARTIAL]
        for text, rarest in partial:
            found[text] = max(found.get(text, 0), rarest)
    return sorted(found, key=lambda t: (-found[t], t))[:limit]
