"""Passage search: candidates from two rankers, one fused score, and a "nothing relevant" decision.

Rankers
- lexical: BM25 over Chinese characters and bigrams (SQLite FTS5, indexer/lexical.py). An English
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

from indexer.text import norm, search_tokens

from .stated import content_terms

# Tokens too common in these reports to say anything about a passage.
STOP_TOKENS = frozenset(
    "的 了 和 与 及 在 是 有 对 为 年 我 其 等 中 个 们 什么 多少 哪些 怎么 如何 情况 工作 政府 信息 公开 "
    "the a an of in on for to and or is are was were what which how did does do with by from about "
    "report reports".split())

CANDIDATES = 60  # from each ranker
NARROW_SCOPE = 2000  # reports: up to this many, dense search is restricted to their passages
SHOWN = 3
# Chosen on tests/gold/passages.jsonl (see the module docstring).
COVERAGE_WEIGHT = 0.8
LEXICAL_WEIGHT = 0.1
SIMILARITY_WEIGHT = 1.0
MIN_SCORE = 0.54
# Without a vector, a passage holding all the question's words scores as one that also has a
# typical relevant cosine (0.35), so the same MIN_SCORE applies.
WORDS_ONLY_SCALE = (COVERAGE_WEIGHT + LEXICAL_WEIGHT + 0.35) / (COVERAGE_WEIGHT + LEXICAL_WEIGHT)
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
        n = max(1, self.archive.chunk_total)
        df = self.archive.term_frequency(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _weight(self, group) -> float:
        """A group weighs as its rarest term; a word with no term at all weighs as the rarest."""
        if not group:
            return math.log(1 + max(1, self.archive.chunk_total) / 0.5)
        return max(self._idf(t) for t in group)

    def coverage(self, groups, weights, text: str) -> float:
        if not groups:
            return 0.0
        flat = norm(text)
        have = sum(w for g, w in zip(groups, weights) if any(t in flat for t in g))
        return have / sum(weights)

    def search(self, q, report_ids=None, embedding=None) -> list:
        """Candidates scored and sorted, best first (not yet cut by MIN_SCORE). `report_ids`
        limits the search to those reports."""
        archive = self.archive
        groups = query_groups(q)
        weights = [self._weight(g) for g in groups]
        tokens = [t for t in search_tokens(lexical_query(q)) if t not in STOP_TOKENS]
        lexical = archive.lexical_search(tokens, report_ids, k=CANDIDATES) if any(groups) else []
        ceiling = archive.bm25_ceiling(tokens) or 1.0
        bm25 = dict(lexical)
        vectors = archive.vectors
        if embedding is not None and (vectors is None or vectors.dimension != len(embedding)):
            embedding = None  # an archive embedded by another model: lexical search only, until re-indexed
        dense = []
        if embedding is not None:
            dense = self._dense(embedding, report_ids)
        similarity = dict(dense)
        candidates = list(dict.fromkeys([cid for cid, _ in lexical] + [cid for cid, _ in dense]))
        rows = archive.chunks(candidates)
        hits = []
        for cid in candidates:
            chunk = rows.get(cid)
            if chunk is None or (report_ids is not None and chunk["report_id"] not in report_ids):
                continue  # a passage of a report replaced since its vector was written
            cover = self.coverage(groups, weights, chunk["section"] + chunk["text"])
            sim = similarity.get(cid)
            if sim is None:  # a lexical candidate the dense ranker did not list: its own cosine
                vector = vectors.vector(cid) if embedding is not None else None
                sim = float(vector @ embedding) if vector is not None else None
            lex = bm25.get(cid, 0.0) / ceiling
            if sim is None:
                # no vector to compare with (a damaged segment, another model's archive): the
                # words alone decide, on the same scale
                score = (COVERAGE_WEIGHT * cover + LEXICAL_WEIGHT * min(lex, 1.0)) * WORDS_ONLY_SCALE
                sim = 0.0
            else:
                score = COVERAGE_WEIGHT * cover + LEXICAL_WEIGHT * lex + SIMILARITY_WEIGHT * sim
            if chunk["section"] == PREFACE:
                score *= PREFACE_FACTOR
            hits.append(Hit(cid, score, cover, sim, lex))
        hits.sort(key=lambda h: -h.score)
        return hits

    def _dense(self, embedding, report_ids):
        """Nearest passages; a narrow scope searches only its passages, a wide one searches all
        and keeps those in scope (a selector of millions of ids costs more than it saves)."""
        vectors = self.archive.vectors
        if report_ids is None:
            return vectors.search(embedding, CANDIDATES)
        if len(report_ids) <= NARROW_SCOPE:
            return vectors.search(embedding, CANDIDATES, self.archive.chunk_ids_of(report_ids))
        return vectors.search(embedding, CANDIDATES * 8)  # filtered by report in search()

    def relevant(self, hits) -> list:
        return [h for h in hits if h.score >= MIN_SCORE]


def same_passage(a: str, b: str) -> bool:
    """Whether two passages are the same text (one report in two forms): most bigrams shared."""
    sa = {a[i:i + 2] for i in range(len(a) - 1)}
    sb = {b[i:i + 2] for i in range(len(b) - 1)}
    if not sa or not sb:
        return a == b
    return len(sa & sb) / min(len(sa), len(sb)) >= 0.6
