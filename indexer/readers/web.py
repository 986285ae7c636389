"""Saved web pages (.html, .htm): the report body without the site around it, tables as grids.

Government sites wrap a report in navigation, breadcrumbs, share buttons and footers, and
many export it from Word (mso- styles, every run in a <span>). The body is found by where
the page's own text is: starting at <body>, the reader descends into the one child that
holds most (75%) of the page's non-link text, as long as there is one; navigation blocks
(mostly links) and chrome lines left inside are dropped. Tables are read from the DOM with
rowspan/colspan (grid.py), never from the flattened text, so a blank cell stays blank.
"""
import re

from .grid import GridCell, cell_text, grid_lines
from .model import Cell, Document, Line, ReportError, text_page
from .textlines import break_long_line, clean_url, decode_text, strip_chrome

_DROP = {"script", "style", "noscript", "template", "iframe", "form", "button", "select", "input", "textarea",
         "nav", "svg", "canvas", "object", "embed", "head", "map", "audio", "video"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre", "section",
          "article", "center", "ul", "ol", "dl", "header", "footer", "aside", "main", "address", "figure",
          "figcaption", "tr", "td", "th", "caption", "hr", "tbody", "thead", "table", "font"}
BODY_SHARE = 0.75  # a child holding this share of the page's text is where the report is
_CJK = re.compile(r"[\u4e00-\u9fff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _decode(data: bytes) -> str:
    """The page's text by its declared charset (<meta charset>), else by detection."""
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = m.group(1).decode("ascii").lower()
        declared = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(declared, declared)
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detect instead
    return decode_text(data)


def _cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def _own_text(el) -> int:
    """Chinese characters in an element outside links (links are navigation, not report text)."""
    total = _cjk_count(el.text_content())
    links = sum(_cjk_count(a.text_content()) for a in el.iter("a"))
    return total - links


def _body(root):
    body = root.find(".//body")
    node = body if body is not None else root
    total = _own_text(node)
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        best = max(children, key=_own_text, default=None)
        if best is None or best.tag == "table" and _is_data_table(best) or _own_text(best) < BODY_SHARE * total:
            return node
        node = best


def _link_heavy(el) -> bool:
    """A block that is mostly links: a menu, a list of related articles, a footer's link bar."""
    text = _cjk_count(el.text_content())
    if text < 6:
        return False
    links = sum(_cjk_count(a.text_content()) for a in el.iter("a"))
    return links >= 0.5 * text


def _is_data_table(table) -> bool:
    """A table of figures, not a table used to lay out the page (those hold other tables or prose)."""
    if table.xpath(".//table"):
        return False
    rows = table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")
    widths = [len(r.xpath("./td|./th")) for r in rows]
    return len(rows) >= 1 and max(widths, default=0) >= 2


def _cell(td) -> GridCell:
    parts, buf = [], []

    def walk(el):
        if el.tag == "br" or (isinstance(el.tag, str) and el.tag in ("p", "div") and buf):
            parts.append("".join(buf))
            buf.clear()
        if el.text and isinstance(el.tag, str):
            buf.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in _DROP:
                walk(child)
            if child.tail:
                buf.append(child.tail)

    walk(td)
    parts.append("".join(buf))
    text = cell_text(re.sub(r"\s+", " ", p).strip() for p in parts)

    def span(name):
        value = re.sub(r"\D", "", td.get(name, "") or "")
        return min(int(value), 1000) if value else 1

    return GridCell(text, span("colspan"), span("rowspan"))


def _table_lines(table) -> list:
    rows = []
    for tr in table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr"):
        rows.append([_cell(td) for td in tr.xpath("./td|./th")])
    return grid_lines(rows)


def _lines(container) -> list:
    """The container's text in reading order: a line per block, tables as grid rows."""
    out, buf = [], []

    def flush():
        text = re.sub(r"\s+", " ", "".join(buf)).strip()
        buf.clear()
        if text:
            out.append(("text", text))

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _DROP:
            return
        if tag == "table" and _is_data_table(el):
            flush()
            out.append(("grid", _table_lines(el)))
            return
        if tag in _BLOCK and tag not in ("font",) and _link_heavy(el) and el is not container:
            flush()
            return
        block = tag in _BLOCK or tag == "br"
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(container)
    flush()
    lines = []
    for kind, item in out:
        if kind == "grid":
            lines.extend(item)
            continue
        for kept in strip_chrome([item]):  # chrome lines go; a breadcrumb running into the title is cut
            for piece in break_long_line(kept):
                lines.append(Line(1, piece, [Cell(t) for t in piece.split()]))
    return lines


def _meta(root):
    """(title hints, URL) from the page's head: article title, <title>, canonical URL."""
    titles, url = [], ""
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or "").lower()
        content = (m.get("content") or "").strip()
        if not content:
            continue
        if name in ("articletitle", "og:title", "title", "dc.title"):
            titles.append(content)
        elif name in ("url", "og:url") and content.startswith("http"):
            url = url or content
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            url = url or link.get("href")
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        # "<report title>_<column>_<site>": the piece that is the report's title comes first
        titles.extend(p.strip() for p in re.split(r"[_|｜]| - | — ", title.text_content()) if p.strip())
    for h in root.iter("h1", "h2"):
        text = re.sub(r"\s+", " ", h.text_content()).strip()
        if 6 <= len(text) <= 80:
            titles.append(text)
    return titles, url


def read_html(data: bytes) -> Document:
    import lxml.html
    from lxml import etree

    text = _decode(data)
    if "<" not in text[:200000]:
        raise ReportError("not a web page (no HTML markup)")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReportError(f"damaged web page, cannot be parsed ({exc})") from None
    titles, url = _meta(root)
    body = _body(root)
    lines = _lines(body)
    if not lines:
        raise ReportError("web page without text (nothing but markup, scripts or images)")
    doc = Document("html", title_hints=titles, url=clean_url(url))
    doc.pages.append(text_page(1, lines))
    return doc
