"""Cut a report's prose into passages that each stay on one page and in one section.

A passage never crosses a page, so its citation is one page; it is cut at a sentence end
once it is long enough, and before a new numbered point ("（二）", "2．", "一是").
"""
import re
from dataclasses import dataclass

from .readers import union_boxes
from .text import join_wrapped

# Sections that are prose. Tables (二, 三, 四) become facts instead.
PROSE_SECTIONS = ("preface", "overview", "problems", "other")
TARGET_CHARS = 200
_POINT_RE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+[是、])")
_SENTENCE_END = "。；！？;!?"


@dataclass
class Chunk:
    page: int
    section: str
    text: str
    bbox: tuple | None
    line: int | None
    line_end: int | None


def make_chunks(sections) -> list:
    chunks = []
    for section in sections:
        if section.key not in PROSE_SECTIONS:
            continue
        title = section.title or "报告说明"
        parts, lines = [], []

        def flush():
            text = join_wrapped(parts)
            if text:
                chunks.append(Chunk(lines[0].page, title, text, union_boxes([l.bbox for l in lines]),
                                    lines[0].line_no, lines[-1].line_no))
            parts.clear()
            lines.clear()

        for line in section.lines:
            text = line.text.strip()
            if not text:
                continue
            length = len(join_wrapped(parts))
            if lines and (line.page != lines[0].page or (_POINT_RE.match(text) and length >= 60)):
                flush()
            parts.append(text)
            lines.append(line)
            length = len(join_wrapped(parts))
            if length >= TARGET_CHARS and (text[-1] in _SENTENCE_END or length >= TARGET_CHARS * 1.6):
                flush()
        flush()
    return chunks
