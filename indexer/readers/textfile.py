"""Text files (.txt): text saved from a PDF, a crawler's copy of a web page, an OCR transcript.

Encodings: UTF-8, UTF-16, GB18030, Big5 (textlines.decode_text). A crawler's metadata header
gives the title and URL; page chrome is dropped; a whole report run into one line is
broken into lines (textlines.break_long_line) so that passages stay short and every table
row stands on its own line for the table reader.
"""
from .model import Cell, Document, Line, ReportError, text_page
from .textlines import (break_long_line, clean_text, clean_url, control_share, decode_text,
                        read_crawler_header, split_pages, strip_chrome)


def text_lines(texts) -> list:
    """Lines of whitespace-separated tokens, long run-together lines broken up."""
    lines = []
    for text in strip_chrome(texts):
        for piece in break_long_line(text):
            lines.append(Line(1, piece, [Cell(tok) for tok in piece.split()]))
    return lines


def read_text(data: bytes, text: str | None = None) -> Document:
    """`text`: the data already decoded (read_document decodes a .txt once to tell its form)."""
    text = decode_text(data) if text is None else text
    if control_share(text) > 0.02:  # text has almost no control characters; binary data is full of them
        raise ReportError("binary data, not a text file")
    raw_lines = clean_text(text).split("\n")
    meta, raw_lines = read_crawler_header(raw_lines)
    doc = Document("text", title_hints=[meta["title"]] if meta.get("title") else [], url=clean_url(meta.get("url", "")),
                   publisher=meta.get("publisher", ""))
    for number, page_lines in enumerate(split_pages(raw_lines), 1):
        lines = text_lines(page_lines)
        if lines:
            doc.pages.append(text_page(len(doc.pages) + 1, lines))
    if not doc.pages:
        raise ReportError("empty file (only blank lines)")
    return doc
