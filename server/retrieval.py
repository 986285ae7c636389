"""The two rankers passage search draws candidates from (fused in server/passages.py):
BM25 over Chinese characters and bigrams, and nearest neighbours in the FAISS index."""
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

    def ceiling(self, query: str) -> float:
        """What a passage of average length holding each of the query's tokens once would score:
        a passage's score over this says how much of the query it holds (about 0 to 1)."""
        total = 0.0
        for token in set(search_tokens(query)) - STOP_TOKENS:
            idf = self.idf.get(token)
            if idf is not None:
                total += idf * (self.k1 + 1) / (1 + self.k1)
        return total

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
