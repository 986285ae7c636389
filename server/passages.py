"""Passage search: candidates from two rankers, one fused score, and a "nothing relevant" decision.

Rankers
- lexical: BM25 over Chinese characters and bigrams (server/retrieval.py). An English
  question is searched with its words' Chinese terms (server/translate.py: the registry and
  CC-CEDICT, kept to the terms the archive holds);
- dense: the multilingual Universal Sentence Encoder (indexer/embed.py) over FAISS, on the
  question as asked, in either language.
Fusion. Rank positions say nothing about confidence, so reciprocal-rank fusion lets a noisy
ranker's top guesses outvote a confident one. The fused score is built from two signals that
carry their own confidence instead:
- coverage: the share of the question's content terms (IDF-weighted; for English, the share
  of its content words with a Chinese term) that the passage holds;
- similarity: the cosine between question and passage embeddings.
score = COVERAGE_WEIGHT × coverage + SIMILARITY_WEIGHT × similarity. A passage is shown only
if its score reaches MIN_SCORE. The weights and the threshold were chosen on the development
set tests/gold/passages.jsonl (`nianbao eval` prints hit@3, MRR and the share of "nothing
found" on unanswerable questions; `tests/bench/tune_passages.py` reruns the grid search).
"""
import math
from dataclasses import dataclass

from indexer.text import norm

from .stated import content_terms

CANDIDATES = 60  # from each ranker
SHOWN = 3
# Chosen on tests/gold/passages.jsonl (see the module docstring).
COVERAGE_WEIGHT = 0.8
LEXICAL_WEIGHT = 0.1
SIMILARITY_WEIGHT = 1.0
MIN_SCORE = 0.54
# The preface (before 一、总体情况) is boilerplate: it names every section of the report
# ("本报告包括总体情况、…存在的主要问题…"), so it matches every question a little.
PREFACE = "报告说明"
PREFACE_FACTOR = 0.7


@dataclass
class Hit:
    chunk_id: int
    score: float
    coverage: float
    similarity: float
    lexical: float = 0.0  # BM25 over the query's ceiling (partial matches count: 错字 in 错别字)


def query_groups(q) -> list:
    """The question's content terms as groups of alternatives: a Chinese bigram is a group of one;
    an English word is the group of its Chinese terms."""
    if q.lang == "en":
        return [terms for _, terms in q.translations]  # an empty group: a word the archive has no term for
    return [[t] for t in content_terms(q.search_text or q.text)]


def lexical_query(q) -> str:
    if q.lang == "en":
        return " ".join(t for terms in query_groups(q) for t in terms)
    return q.search_text or q.text


class PassageSearch:
    def __init__(self, archive):
        self.archive = archive

    def _idf(self, term: str) -> float:
        n = max(1, len(self.archive.chunks))
        df = self.archive.term_frequency(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _weight(self, group) -> float:
        """A group weighs as its rarest term; a word with no term at all weighs as the rarest."""
        if not group:
            return math.log(1 + max(1, len(self.archive.chunks)) / 0.5)
        return max(self._idf(t) for t in group)

    def coverage(self, groups, weights, text: str) -> float:
        if not groups:
            return 0.0
        flat = norm(text)
        have = sum(w for g, w in zip(groups, weights) if any(t in flat for t in g))
        return have / sum(weights)

    def search(self, q, allowed=None, embedding=None) -> list:
        """Candidates scored and sorted, best first (not yet cut by MIN_SCORE)."""
        from .retrieval import dense_search

        archive = self.archive
        groups = query_groups(q)
        weights = [self._weight(g) for g in groups]
        query = lexical_query(q)
        lexical = archive.bm25.search(query, allowed, k=CANDIDATES) if any(groups) else []
        ceiling = archive.bm25.ceiling(query) or 1.0
        bm25 = dict(lexical)
        if embedding is not None and (archive.index is None or archive.index.d != len(embedding)):
            embedding = None  # an archive embedded by another model: lexical search only, until re-indexed
        dense = dense_search(archive.index, embedding, allowed, k=CANDIDATES) if embedding is not None else []
        similarity = dict(dense)
        candidates = dict.fromkeys([cid for cid, _ in lexical] + [cid for cid, _ in dense])
        hits = []
        for cid in candidates:
            chunk = archive.chunks[cid]
            cover = self.coverage(groups, weights, chunk["section"] + chunk["text"])
            sim = similarity.get(cid)
            if sim is None:  # a lexical candidate the dense ranker did not list: its own cosine
                sim = float(archive.index.reconstruct(int(cid)) @ embedding) if embedding is not None else 0.0
            lex = bm25.get(cid, 0.0) / ceiling
            score = COVERAGE_WEIGHT * cover + LEXICAL_WEIGHT * lex + SIMILARITY_WEIGHT * sim
            if chunk["section"] == PREFACE:
                score *= PREFACE_FACTOR
            hits.append(Hit(cid, score, cover, sim, lex))
        hits.sort(key=lambda h: -h.score)
        return hits

    def relevant(self, hits) -> list:
        return [h for h in hits if h.score >= MIN_SCORE]


def same_passage(a: str, b: str) -> bool:
    """Whether two passages are the same text (one report in two forms): most bigrams shared."""
    sa = {a[i:i + 2] for i in range(len(a) - 1)}
    sb = {b[i:i + 2] for i in range(len(b) - 1)}
    if not sa or not sb:
        return a == b
    return len(sa & sb) / min(len(sa), len(sb)) >= 0.6
