"""Tokens for lexical search, kept by SQLite FTS5 on disk.

Chinese is written without spaces and no segmenter is needed for search: every character
and every pair of neighbouring characters is a token (政府, 府采, 采购 …): bigrams carry most
of the meaning, single characters keep partial matches (错字 in 错别字). Other text becomes
words. The tokens are handed to FTS5 separated by spaces (its unicode61 tokenizer then
keeps each as one term), in a contentless table: the index only, the text lives once in
`chunks`. BM25 comes from FTS5's own bm25().
"""
from .text import search_tokens

# A token this common says nothing about a passage, and matching it costs a scan of most of
# the index: a query leaves out tokens found in more than this share of passages.
COMMON_SHARE = 0.35
# The rarest tokens of a question are enough to find its candidates; more only slow the query.
MAX_QUERY_TERMS = 16
# Passage entries a query may read (the sum of its terms' document frequencies): past it the
# commoner terms are left out. The question's other words still count (coverage, cosine).
# FTS5 ranks at about 3 µs a posting here, so this bounds the query near 6 ms at any size;
# the development set scores the same with a budget as low as 60 (its passages: 373).
POSTINGS_BUDGET = 2_000


def tokens(text: str) -> str:
    """The FTS5 document for a text: its search tokens separated by spaces."""
    return " ".join(search_tokens(text))


def match_expression(terms) -> str:
    """An FTS5 MATCH expression for any of the terms (each quoted, so no term is read as syntax)."""
    quoted = ['"' + t.replace('"', '""') + '"' for t in dict.fromkeys(terms) if t.strip()]
    return " OR ".join(quoted)


def index_chunk(conn, chunk_id: int, text: str):
    conn.execute("INSERT INTO chunks_fts (rowid, tokens) VALUES (?, ?)", (chunk_id, tokens(text)))


def unindex_chunk(conn, chunk_id: int, text: str):
    """Remove a passage from the contentless index: FTS5 needs the tokens it was given."""
    conn.execute("INSERT INTO chunks_fts (chunks_fts, rowid, tokens) VALUES ('delete', ?, ?)", (chunk_id, tokens(text)))


def index_stated(conn, fact_id: int, label: str):
    conn.execute("INSERT INTO stated_fts (rowid, tokens) VALUES (?, ?)", (fact_id, tokens(label)))


def unindex_stated(conn, fact_id: int, label: str):
    conn.execute("INSERT INTO stated_fts (stated_fts, rowid, tokens) VALUES ('delete', ?, ?)", (fact_id, tokens(label)))


def chunk_text(section: str, text: str) -> str:
    """What a passage is searched by: its section heading and its text."""
    return f"{section} {text}"
