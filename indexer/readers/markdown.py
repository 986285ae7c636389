"""Markdown transcriptions (.md): headings, pipe tables and page footers.

"# 2024 年…报告" is a heading line like any other once its marks are gone; a pipe table
("| 规章 | 0 | 0 | 0 |") is a grid whose blank cells stay blank; a page number on a line
of its own ("— 2 —") ends a page. Transcriptions of PDFs often break a table into
fragments: each fragment's rows are read as they stand, and the table reader decides what
they admit.
"""
import re

from .grid import GridCell, grid_lines
from .model import Document, ReportError, text_page
from .textfile import text_lines
from .textlines import (clean_text, clean_url, control_share, decode_text, publisher_line, read_crawler_header,
                        split_pages)

_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s*")
_LIST_RE = re.compile(r"^\s*[-*+]\s+")
_EMPHASIS_RE = re.compile(r"(\*\*|__|(?<![\w*])\*(?!\s)|~~|`)")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)


def _is_pipe_row(line: str, loose: bool = False) -> bool:
    """A table row: "| 规章 | 0 |"; or, in a text whose tables were saved without their outer
    pipes ("信息内容 | 本年制发件数 | …"), any line with two pipes or more."""
    s = line.strip()
    return (s.startswith("|") or loose) and s.count("|") >= 2


def _loose_rows(lines) -> bool:
    """Whether a text holds a table saved as lines of cells between pipes, without a leading
    pipe or a separator line (a web page's table as a page store or a crawler writes it): three
    such lines in a row, one with a cell that is a number (a page's "标题 | … | 发布机构 | …"
    header is no table)."""
    run, numbers = 0, False
    for line in lines:
        if line.count("|") >= 2:
            run += 1
            numbers = numbers or any(re.fullmatch(r"\s*\d[\d,]*(?:\.\d+)?\s*", c) for c in line.split("|"))
            if run >= 3 and numbers:
                return True
        else:
            run, numbers = 0, False
    return False


def _pipe_cells(line: str):
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return [GridCell(_EMPHASIS_RE.sub("", c).strip()) for c in re.split(r"(?<!\\)\|", s)]


def has_pipe_table(text: str) -> bool:
    """Whether a text holds a Markdown pipe table: a row of cells over a separator line
    ("| 规章 | 0 |" over "|---|---|"), or rows without their outer pipes (_loose_rows). A
    transcription saved as .txt is read as Markdown then:
    its tables are grids, not lines of run-together tokens."""
    lines = text.split("\n")
    return any(_SEPARATOR_RE.match(line) and "|" in line and i and _is_pipe_row(lines[i - 1])
               for i, line in enumerate(lines)) or _loose_rows(lines)


def read_markdown(data: bytes, text: str | None = None) -> Document:
    """`text`: the data already decoded (a .txt file, decoded once to tell its form)."""
    text = decode_text(data) if text is None else text
    if control_share(text) > 0.02:
        raise ReportError("binary data, not a Markdown file")
    meta, raw_lines = read_crawler_header(_COMMENT_RE.sub("", clean_text(text)).split("\n"))
    tagged = []  # pipe rows travel through page splitting marked with a leading NUL
    loose = _loose_rows(raw_lines)
    for line in raw_lines:
        if _SEPARATOR_RE.match(line):
            continue
        if _is_pipe_row(line, loose):
            tagged.append("\x00" + line.strip())
        else:
            tagged.append(_EMPHASIS_RE.sub("", _LIST_RE.sub("", _HEADING_RE.sub("", line))))
    doc = Document("md", title_hints=[meta["title"]] if meta.get("title") else [], url=clean_url(meta.get("url", "")),
                   publisher=meta.get("publisher", ""), byline_publisher=publisher_line(raw_lines))
    for page_raw in split_pages(tagged, footer_ends_page=True, space_marks=False):
        lines, rows, prose = [], [], []
        for item in page_raw + [""]:
            if item.startswith("\x00"):
                lines.extend(text_lines(prose))  # read together: a table given a cell a line
                rows.append(_pipe_cells(item[1:]))
                prose = []
                continue
            if rows:  # a table ends where prose resumes
                lines.extend(grid_lines(rows))
                rows = []
            if item:
                prose.append(item)
        lines.extend(text_lines(prose))
        if lines:
            doc.pages.append(text_page(len(doc.pages) + 1, lines))
    if not doc.pages:
        raise ReportError("empty Markdown file (no text)")
    return doc
