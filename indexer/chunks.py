"""Cut a report's prose into passages of a few sentences that each stay on one page.

A passage is cited by one page: the page it starts on. It ends at the page's end, with the
rest of a sentence the page break cut (the next page's passage starts after it); it is cut at a sentence end
once it is long enough, and before a new numbered point ("（二）", "2．", "一是").
Prose is wherever the report writes it: the 总体情况, 问题 and 其他 sections, text around
the tables (a transcription may lose the heading of 五 and run its text on after table
四), and every section of a report from before the template.
"""
import re
from dataclasses import dataclass

from .readers import union_boxes
from .runtogether import label_and_run
from .text import join_wrapped, norm

PROSE_SECTIONS = ("preface", "overview", "problems", "other")
TABLE_SECTIONS = ("active", "requests", "appeals")
TARGET_CHARS = 160
MAX_CHARS = 320  # a passage longer than this is cut at its last sentence end, or here
MAX_CONTINUATION = 160  # the most of the next page a sentence cut by a page break takes along
_POINT_RE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+[是、])")
_SUBHEADING_RE = re.compile(r"^[一二三四五六七八九十]{1,2}、[^。；，,]{2,24}$")
_SENTENCE_END = "。；！？;!?"
_SENTENCE_END_RE = re.compile(f"[{_SENTENCE_END}]")


@dataclass
class Chunk:
    page: int
    section: str
    text: str
    bbox: tuple | None
    line: int | None
    line_end: int | None


def _prose_lines(section, template_tables: bool):
    """The lines of a section that are prose (in a table section: text after its last table row,
    and sentences before it)."""
    if section.key in PROSE_SECTIONS or not template_tables:
        return [l for l in section.lines if not (l.from_grid and l.split()[1])]  # a row of figures is not prose
    last = -1
    for i, line in enumerate(section.lines):
        if line.from_grid or line.split()[1] or _run_together_row(line.text):
            last = i
    if last < 0:
        return [l for l in section.lines if "。" in l.text and len(norm(l.text)) >= 20]
    before = [l for l in section.lines[:last] if not l.from_grid and "。" in l.text and len(norm(l.text)) >= 20]
    return before + [l for l in section.lines[last + 1:] if not l.from_grid]


def holds_no_table(section) -> bool:
    """Whether a table section is prose only: a page that states its counts in sentences where the
    template puts its table ("二、主动公开政府信息情况 … 主动公开了政府信息187条")."""
    return section.key in TABLE_SECTIONS and not any(
        line.from_grid or line.split()[1] or _run_together_row(line.text) for line in section.lines)


def _run_together_row(text: str) -> bool:
    """A crawler's table row, its digits glued to the label ("3.其他1100002"): not prose."""
    return bool(label_and_run(text)[1]) and not _SENTENCE_END_RE.search(text)


def make_chunks(sections, tables=None) -> list:
    template_tables = bool(tables)
    chunks = []
    for section in sections:
        title = section.title or ("报告说明" if section.key == "preface" else "")
        heading = title
        parts, lines = [], []

        def flush():
            text = join_wrapped(parts)
            if text:
                chunks.append(Chunk(lines[0].page, heading, text, union_boxes([l.bbox for l in lines]),
                                    lines[0].line_no, lines[-1].line_no))
            parts.clear()
            lines.clear()

        prose = _prose_lines(section, template_tables)
        left = {}  # line index -> what is left of it once the page before took a sentence's end
        for i, line in enumerate(prose):
            text = left.pop(i, line.text.strip())
            if not text:
                continue
            if _SUBHEADING_RE.match(norm(text)) and len(text) <= 26:
                flush()  # the report's own chapter heading ("二、工作机制保障") names what follows
                heading = text
                continue
            length = len(join_wrapped(parts))
            if lines and line.page != lines[0].page:
                # a sentence cut by the page break belongs to the passage it began: its end, up
                # to the first sentence end of the next page, is taken along (and not repeated:
                # the next page's passage starts after it)
                if parts[-1][-1] not in _SENTENCE_END:
                    taken = _sentence_end(prose[i:], line.page)
                    parts.extend(taken)
                    for k, piece in enumerate(taken):
                        left[i + k] = prose[i + k].text.strip()[len(piece):].strip()
                    text = left.pop(i, text)
                flush()
                if not text:
                    continue
            elif lines and _POINT_RE.match(text) and length >= 60 and not _next_item(parts, text, length):
                flush()
            parts.append(text)
            lines.append(line)
            length = len(join_wrapped(parts))
            if length >= TARGET_CHARS and (text[-1] in _SENTENCE_END or length >= MAX_CHARS) \
                    and not _short_sentence_next(prose[i + 1:i + 2], line.page, length):
                flush()
        flush()
    return [piece for chunk in chunks for piece in _cut_long(chunk)]


# A numbered item of a list a passage announces with a colon ("主要通过四种形式公开…：1.政府门户网站。…")
_LIST_ITEM = re.compile(r"^(\d+)([.．、])")


def _next_item(parts, text, length) -> bool:
    """Whether a numbered point is the next item of a list the passage so far announced and began
    ("…通过四种形式公开政务信息：1.政府门户网站。…" then "2.公共查阅点。…"): taken along while the
    passage stays within MAX_CHARS, so the list's answer is not cut after its first item."""
    item = _LIST_ITEM.match(text)
    if not item or int(item.group(1)) < 2 or length + len(text) > MAX_CHARS:
        return False
    so_far = join_wrapped(parts)
    previous = f"{int(item.group(1)) - 1}{item.group(2)}"
    first = re.search(r"[：:]\s*1" + re.escape(item.group(2)), so_far)
    return bool(first) and previous in so_far[first.start():]


SHORT_SENTENCE = 40  # a sentence this short, after a passage's last, goes with it
_ASIDE_OPENS = ("(", "（")  # an aside after a sentence's end is that sentence's, however long


def _short_sentence_next(following, page, length) -> bool:
    """Whether the next line is a short sentence of the same page that is no new point or heading,
    which the passage so far takes along: "涉及养老、救助…等领域。" is about the proposals before it."""
    if not following or following[0].page != page:
        return False
    text = following[0].text.strip()
    # (or an aside to the passage's last sentence, however long: "…请与宿州市政务公开办公室联系。(地址:宿州市
    # 银河一路506号…,邮编:234000)。", which a long line was broken before)
    return (0 < len(text) and (len(text) <= SHORT_SENTENCE or text.startswith(_ASIDE_OPENS)) and text[-1] in _SENTENCE_END
            and length + len(text) <= MAX_CHARS and not _POINT_RE.match(text) and not _SUBHEADING_RE.match(norm(text)))


def _sentence_end(lines, page) -> list:
    """The lines of `page` from the first up to its first sentence end (the last one cut
    there), or none when it ends farther than MAX_CONTINUATION characters on."""
    taken, length = [], 0
    for line in lines:
        text = line.text.strip()
        if line.page != page or _SUBHEADING_RE.match(norm(text)):
            return []
        end = _SENTENCE_END_RE.search(text)
        piece = text[:end.end()] if end else text
        length += len(piece)
        if length > MAX_CONTINUATION:
            return []
        taken.append(piece)
        if end:
            return taken
    return []


def _cut_long(chunk):
    """A passage over MAX_CHARS (one long sentence-run line) cut at sentence ends."""
    if len(chunk.text) <= MAX_CHARS:
        return [chunk]
    pieces, current = [], ""
    for sentence in re.split(r"(?<=[。；！？])", chunk.text):
        # (an aside after a sentence's end is that sentence's: "…请与宿州市政务公开办公室联系。(地址:…)")
        aside = sentence.startswith(_ASIDE_OPENS) and len(current) + len(sentence) <= MAX_CHARS
        if current and len(current) + len(sentence) > TARGET_CHARS * 1.5 and not aside:
            pieces.append(current)
            current = ""
        current += sentence
        while len(current) > MAX_CHARS:
            pieces.append(current[:MAX_CHARS])
            current = current[MAX_CHARS:]
    if current.strip():
        pieces.append(current)
    return [Chunk(chunk.page, chunk.section, p.strip(), chunk.bbox, chunk.line, chunk.line_end)
            for p in pieces if p.strip()]
