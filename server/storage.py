"""The storage interface: what the server needs from wherever the archive is kept.

The embedded default — SQLite (WAL, FTS5) and FAISS segment files, written by indexer/writer.py
and indexer/vectors.py, read by server/archive.Archive — is what `make run` uses. A larger
deployment (docs/scale.md) keeps the same answering code and implements this interface on
another engine: the relations as SQL tables or views (PostgreSQL with Citus), lexical search
and vectors in a search engine (OpenSearch with a Chinese analyzer and k-NN) or pgvector.

Relations read through `db()` (DB-API connection, `?` placeholders), the contract of
indexer/schema.py:
- reports  (num, id, file_name, format, agency, agency_key, year, template, pages, …)
- facts    (id, report_id, report_num, table_key, row_key, row_label, col_key, col_label,
            value, raw, unit, page, bbox, line, cell, quality) — a view in SQLite
- checks / check_failures (report_id, check_key, table_key, cells, detail_zh, detail_en)
- chunks   (id, report_id, page, section, text, bbox, line, line_end)
- pages    (report_id, page, text_z, width, height)
The writing side is indexer/writer.store_report / delete_report (one report in one
transaction) and indexer/vectors.SegmentWriter (vectors sealed after the rows commit).
"""
from typing import Iterable, Protocol


class VectorStore(Protocol):
    dimension: int | None
    size: int

    def search(self, query, k: int, allowed: set | None = None) -> list[tuple[int, float]]:
        """(passage id, cosine) of the k nearest passages, within `allowed` ids if given."""

    def vector(self, chunk_id: int):
        """A passage's vector, or None."""


class ArchiveStore(Protocol):
    reports: dict  # report id -> Report (server/archive.py), one published version
    agencies: dict  # agency key -> Agency
    version: int
    chunk_total: int
    stated_total: int
    vectors: VectorStore
    lexicon: object  # the archive's embedded words (server/lexicon.py): .nearest, .neighbours, .closeness

    def db(self):
        """A read-only DB-API connection to the relations above, in this request's snapshot."""

    def chunks(self, ids: Iterable[int]) -> dict:
        """Passages by id."""

    def chunk_ids_of(self, report_ids) -> set:
        """The passage ids of some reports."""

    def lexical_search(self, tokens, report_ids=None, k: int = 60) -> list[tuple[int, float]]:
        """(passage id, BM25 score) of the passages holding the search tokens (indexer/lexical.py)."""

    def document_frequency(self, token: str, table: str = "chunks_vocab") -> int:
        """How many passages (or stated figures: "stated_vocab") hold a search token."""

    def term_frequency(self, term: str) -> int:
        """An upper bound of how many passages hold a term (its rarest bigram's count)."""

    def pairs_from(self, char: str) -> dict:
        """The passages' two-character tokens starting with a character: {second: passages}."""

    def stated_search(self, tokens, report_ids) -> list:
        """Figures stated in the prose of some reports whose clause holds any of the tokens."""
