"""Text files (.txt): text saved from a PDF, a crawler's copy of a web page, an OCR transcript.

Encodings: UTF-8, UTF-16, GB18030, Big5 (textlines.decode_text). A crawler's metadata header
gives the title and URL; page chrome is dropped; a whole report run into one line is
broken into lines (textlines.break_long_line) so that passages stay short and every table
row stands on its own line for the table reader.
"""
import re

from ..text import is_cell_value
from .model import Cell, Document, Line, ReportError, text_page
from .textlines import (break_long_line, clean_text, clean_url, control_share, decode_text,
                        publisher_line, read_crawler_header, split_pages, strip_chrome)


def text_lines(texts) -> list:
    """Lines of whitespace-separated tokens, long run-together lines broken up, a table's cells
    given one per line joined into rows."""
    pieces = [piece for text in strip_chrome(texts) for piece in break_long_line(text)]
    return [Line(1, " ".join(tokens) if joined else piece, [Cell(tok) for tok in tokens])
            for piece, tokens, joined in _cells_joined_into_rows(pieces)]


# A label a table row may have: Chinese, short, not a sentence
_ROW_LABEL_RE = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = tuple("。；;：:！？")


def _cells_joined_into_rows(pieces):
    """(text, tokens, joined) for each line. A page store or a copy from a browser may give a
    table one cell per line, each maybe closed by a pipe ("规章 |", "0 |", "0 |", "0 |"): the
    pipes are no cells, and a row label followed by two or more lines that hold only numbers
    is one row ("规章 0 0 0"). A label followed by one number stays as it is (the table reader
    takes a one-column row's number from the next line; a lone number after a line is as
    often a page number). A line of pipes only ("|", "||||", the borders between such cells)
    is no line: "行政许可", "|", "1215", "|", "-35", "|", "1180" is the row "行政许可 1215 -35 1180"."""
    lines = [(piece, [t.strip("|") for t in piece.split() if t.strip("|")]) for piece in pieces
             if not re.fullmatch(r"[\s|｜]+", piece)]
    out, i = [], 0
    while i < len(lines):
        piece, tokens = lines[i]
        j = i + 1
        while j < len(lines) and lines[j][1] and all(is_cell_value(t) for t in lines[j][1]):
            j += 1
        label = "".join(tokens)
        # (a 2019 template's label may carry its note: "规范性文件(行政机关制定发布的决定、公告…)" is short without it)
        core = re.sub(r"[（(][^（()）]*[）)]", "", label)
        if j - i > 2 and tokens and not any(is_cell_value(t) for t in tokens) and _ROW_LABEL_RE.search(label) \
                and len(core) <= 40 and not core.endswith(_SENTENCE_END):
            out.append((piece, tokens + [t for _, more in lines[i + 1:j] for t in more], True))
            i = j
            continue
        out.append((piece, tokens, "|" in piece))
        i += 1
    return out


def read_text(data: bytes, text: str | None = None) -> Document:
    """`text`: the data already decoded (read_document decodes a .txt once to tell its form)."""
    text = decode_text(data) if text is None else text
    if control_share(text) > 0.02:  # text has almost no control characters; binary data is full of them
        raise ReportError("binary data, not a text file")
    raw_lines = clean_text(text).split("\n")
    meta, raw_lines = read_crawler_header(raw_lines)
    doc = Document("text", title_hints=[meta["title"]] if meta.get("title") else [], url=clean_url(meta.get("url", "")),
                   publisher=meta.get("publisher", ""), byline_publisher=publisher_line(raw_lines))
    for number, page_lines in enumerate(split_pages(raw_lines), 1):
        lines = text_lines(page_lines)
        if lines:
            doc.pages.append(text_page(len(doc.pages) + 1, lines))
    if not doc.pages:
        raise ReportError("empty file (only blank lines)")
    return doc
