"""Text as it comes from crawlers, transcriptions and web pages, made into clean lines.

- Crawler metadata: a header of "标题: …", "原文链接: …" lines, often closed by a
  "==== 正文 ====" rule. It names the title and the URL; it is not report text.
- Page chrome: 当前位置 breadcrumbs, 来源/时间 bylines, share and print buttons, 上一篇 …
  Lines that are only chrome are dropped; chrome in front of the title is cut off.
- Run-together text: a crawler may give a whole report as one line, tables included
  ("一、本年新收政府信息公开申请数量640020470二、上年结转…"). Such lines are broken before
  headings, numbered points and table row labels, and after sentence ends, so passages stay
  short and every table row gets a line of its own.
"""
import re
import unicodedata

from .model import ReportError

# Keys of crawler metadata lines, and what they tell.
_META_KEYS = {
    "标题": "title", "题目": "title", "title": "title", "文章标题": "title",
    "原文链接": "url", "原文地址": "url", "链接": "url", "url": "url", "网址": "url", "来源链接": "url",
    "发布机构": "publisher", "发文机关": "publisher", "来源": "source", "发布时间": "date", "发布日期": "date",
    "成文日期": "date", "时间": "date", "文号": "number", "栏目": "column", "本地目录": "path", "索引号": "index",
    "分类": "column", "主题分类": "column",
}
_META_LINE_RE = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z]{1,8})\s*[:：]\s*(.*)$")
_BODY_RULE_RE = re.compile(r"^\s*[=＝\-—_*#]{3,}\s*(?:正文|内容|content|body)?\s*[=＝\-—_*#]*\s*$", re.I)

# Chrome that stands on a line of its own, or opens a line before the report begins.
_CHROME_LINE_RE = re.compile(
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\s*[:：]|"
    r"^(?:首页\s*[>›»/|]|【\s*字体|字号[:：]|分享到|打印本页|关闭窗口|【打印|【关闭|扫一扫|"
    r"上一篇|下一篇|相关链接|相关文章|相关阅读|浏览次数|阅读次数|访问量[:：]|责任编辑|附件下载$|"
    r"微信\s*微博|打印\s*关闭|【\s*大\s*中\s*小\s*】|\[\s*大\s*中\s*小\s*\])")
# Bylines: "来源：平潭县人民政府 时间：2022-02-08 16:34 …"
_BYLINE_RE = re.compile(r"^(?:来源|发布时间|发布日期|时间|作者|发布机构|信息来源)\s*[:：]")
MAX_CHROME_CHARS = 160  # a line longer than this is report text even if it starts like chrome


_URL_RE = re.compile(r"^https?://[^\s<>\"'`]{1,2000}$")


def clean_url(url: str) -> str:
    """A web address a report states about itself, or "" if it is not a plain http(s) URL."""
    url = (url or "").strip()
    return url if _URL_RE.match(url) else ""


def is_chrome(text: str) -> bool:
    t = text.strip()
    return bool(t) and len(t) <= MAX_CHROME_CHARS and bool(_CHROME_LINE_RE.match(t) or _BYLINE_RE.match(t))


# Where the report begins inside a chrome line: at the title.
_TITLE_START_RE = re.compile(r"[\u4e00-\u9fff（）()·]{2,40}?(?:20\d{2}|[二〇零一三四五六七八九]{4})\s*年度?\s*"
                             r"[\u4e00-\u9fff]{0,30}?信息公开[\u4e00-\u9fff]{0,8}?报告|"
                             r"(?:20\d{2})\s*年度?\s*[\u4e00-\u9fff]{2,40}?信息公开[\u4e00-\u9fff]{0,8}?报告")


def read_crawler_header(lines):
    """(metadata, body lines): the "key: value" header a crawler writes above the page text.

    A header is only taken as such when it ends at a "==== 正文 ====" rule or is made of
    known keys only; otherwise every line is report text.
    """
    meta = {}
    for i, line in enumerate(lines[:40]):
        if _BODY_RULE_RE.match(line) and i > 0:
            header = lines[:i]
            for h in header:
                m = _META_LINE_RE.match(h)
                if m and m.group(1).lower() in _META_KEYS:
                    meta.setdefault(_META_KEYS[m.group(1).lower()], m.group(2).strip())
            return meta, lines[i + 1:]
    n = 0
    for line in lines[:20]:
        m = _META_LINE_RE.match(line)
        if not (m and m.group(1).lower() in _META_KEYS and len(line) < 300):
            break
        meta.setdefault(_META_KEYS[m.group(1).lower()], m.group(2).strip())
        n += 1
    if n >= 2 and "title" in meta:
        return meta, lines[n:]
    return {}, lines


# A page's label of who issued it, as a byline or a table cell ("发布机构: | 市交通运输局 |"): chrome
# that strip_chrome drops, but the agency when the page's title is lost with the rest of its chrome
ISSUER_LABELS = r"(?:发布机构|发文机关|发文单位|发布单位)"  # (metadata.py reads the label in a text's body too)
_PUBLISHER_RE = re.compile(r"^\s*" + ISSUER_LABELS + r"\s*[:：]?\s*\|?\s*([\u4e00-\u9fff（）()]{2,30})")


def publisher_line(lines) -> str:
    """The issuer a page's first screen names in a byline of its own, or ""."""
    return next((m.group(1) for m in map(_PUBLISHER_RE.match, lines[:40]) if m), "")


def strip_chrome(lines):
    """Lines without page chrome; a chrome line that runs into the report keeps the report part."""
    out = []
    for line in lines:
        t = line.strip()
        if not t:
            continue
        if _CHROME_LINE_RE.match(t) or _BYLINE_RE.match(t):
            if len(t) <= MAX_CHROME_CHARS:
                continue
            # a breadcrumb that runs on into the report: the report starts at its title
            m = _TITLE_START_RE.search(t[:600])
            if m:
                title_end = m.end()
                rest = t[title_end:]
                # the byline after the title ("来源：… 时间：… 微信 微博 …") is chrome too
                rest = re.sub(r"^\s*(?:来源|时间|发布时间|作者|信息来源)\s*[:：].*?(?=[\u4e00-\u9fff]{2,}[，。、（《])",
                              "", rest, count=1)
                rest = re.sub(r"^.*?相关链接\s*[:：]?\s*(?:-->)?\s*", "", rest, count=1) if "相关链接" in rest[:200] else rest
                out.append(t[m.start():title_end])
                if rest.strip():
                    out.append(rest.strip())
                continue
        out.append(t)
    return out


# --- run-together text ----------------------------------------------------------------------

LONG_LINE = 240  # longer lines are broken up; a printed line of a report is about 40 characters
_NUM = "一二三四五六七八九十"
_SECTION_WORDS = ("总体情况", "主动公开政府信息", "收到和处理政府信息公开申请", "政府信息公开行政复议", "存在的主要问题",
                  "其他需要报告", "概述", "政府信息依申请公开", "主要问题", "其他事项",
                  # the sections of reports before 2019
                  "因政府信息公开申请", "政府信息公开的收费")
_ROW_STARTS = ("本年新收", "上年结转", "本年度办理结果", "结转下年度")
# Section 四's heading by its end, however its first words are written (a report's own typo:
# 四、政府信息公开行政法复议、行政诉讼情况)
_APPEALS_HEADING = r"[\u4e00-\u9fff]{2,12}复议、行政诉讼情况"
# and section 五's (四's before 2019) by its words after a subject: 四、政府信息公开工作存在的主要问题及改进情况
_PROBLEMS_HEADING = r"[\u4e00-\u9fff]{2,12}存在的主要问题"


def _spaced(word: str) -> str:
    """A word as a pattern that lets a crawler's stray spaces stand between its characters
    ("本年度办 理结果" is the row 本年度办理结果)."""
    return r"\s*".join(map(re.escape, word))


_BREAK_BEFORE = re.compile(
    # a numbered section heading or table 三 row: 二、主动公开政府信息情况, 一、本年新收…
    rf"(?=[{_NUM}]{{1,2}}[、.．]\s*(?:{'|'.join(map(_spaced, _SECTION_WORDS + _ROW_STARTS))}))|"
    rf"(?=[{_NUM}]{{1,2}}、(?:{_APPEALS_HEADING}|{_PROBLEMS_HEADING}))|"
    # a numbered point: （一）, (二) — but not the （一） of 第二十条第（一）项
    rf"(?<!第)(?=[（(][{_NUM}]{{1,3}}[）)])|"
    # a 第二十条 sub-table and the 行政复议 table header
    r"(?=第二十条第)|(?=行政复议\s*行政诉讼)|"
    # a numbered sub-row glued to the previous row's digits: "00000002.其他法律…"
    r"(?<=\d)(?=\d[.．][\u4e00-\u9fff])")
_SENTENCE_END = re.compile(r"(?<=[。！？；])")


# A numbered section heading of either edition that runs on into its text: "五、存在的主要问题及
# 改进情况2024年，…", "六、其他需要报告的事项2024年，…", "三、收到和处理政府信息公开申请情况（本列
# 数据…）", "六、主要问题和改进措施2016年，…", "一、 概述2016年，…" (reports before 2019 name their
# sections in other words than the template's). The heading ends at its first 情况 / 措施 / 事项 / 概述.
_SECTION_HEADING = (rf"[{_NUM}]{{1,2}}、\s*(?:{'|'.join(map(_spaced, _SECTION_WORDS))}|{_APPEALS_HEADING}|"
                    rf"{_PROBLEMS_HEADING})")
_NUMBERED_SECTION = re.compile("^" + _SECTION_HEADING)
_HEADING_END = re.compile(r"情况|措施|事项|概述")
_GOES_ON = "、，,：:）)"  # a heading followed by these is not over (二、…情况、…)
MAX_HEADING = 40


def _heading_apart(part: str) -> list:
    """[heading, text] when `part` is a numbered section heading run on into its text, else [part]."""
    m = _NUMBERED_SECTION.match(part)
    if not m:
        return [part]
    end = next((e.end() for e in _HEADING_END.finditer(part, 0, MAX_HEADING) if e.end() >= m.end() - 2), None)
    if end is None or end >= len(part) or part[end] in _GOES_ON:
        return [part]
    return [part[:end], part[end:]]


# A section heading after a sentence's end on the same line ("…电话:0714-8766001)。一、总体情况")
_SECTION_AFTER_SENTENCE = re.compile(rf"(?<=[。；;！？）)])\s*(?={_SECTION_HEADING})")


def break_long_line(line: str) -> list:
    """A long line cut before headings, numbered points and table rows, and after sentences; a
    shorter one only where a section's heading runs together with the text before or after it, as
    crawled pages print it ("…电话:0714-8766001)。一、总体情况", "一、总体情况 根据《…》要求…")."""
    if len(line) <= LONG_LINE:
        pieces = [piece.strip() for chunk in _SECTION_AFTER_SENTENCE.split(line)
                  for piece in _heading_apart(chunk) if piece.strip()]
        return pieces if len(pieces) > 1 else [line]
    pieces = []
    for part in (piece for chunk in _BREAK_BEFORE.split(line) if chunk for piece in _heading_apart(chunk)):
        if not part:
            continue
        for sentence in _SENTENCE_END.split(part):
            if sentence.strip():
                pieces.append(sentence.strip())
    return pieces


# --- decoding --------------------------------------------------------------------------------

def _common_share(text: str) -> float:
    """Share of CJK characters that are among the most common simplified ones (a decoding check)."""
    cjk = [ch for ch in text[:4000] if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for ch in cjk if ch in _COMMON) / len(cjk)


# The characters that make up most of any report: a wrong decoding gives few of them.
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
              "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由"
              "其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建"
              "月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较"
              "将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府务信息申请报告公开情况工作政")


def decode_text(data: bytes) -> str:
    """The text of a file's bytes, in whatever encoding it is, folded to simplified characters
    and without the pinyin a mirror of a page prints after each character ("業(yè)務(wù)"), or the
    question marks a lost space left around a count ("发布信息共?1340条?,")."""
    from .. import hanzi

    return _LOST_SPACE.sub("", hanzi.without_pinyin_annotations(_decode(data)))


# A "?" for a space an encoding lost, right before a count or right after its unit
_LOST_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=\d)|(?<=\d[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff，,。；;、]|$)", re.M)


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16, else GB18030 or Big5, whichever reads as Chinese."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if sample.count(0) > len(sample) // 8:
        # UTF-16 without a BOM: Chinese and ASCII text leaves NUL bytes on one side of each pair.
        odd_nuls = sample[1::2].count(0)
        encoding = "utf-16-le" if odd_nuls > sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise ReportError("binary data, not a text file") from None
    try:
        # a page in traditional characters: folded, as Big5 is below
        from .. import hanzi
        return hanzi.fold_traditional(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_share(text), encoding, text))
    if not candidates:
        raise ReportError("cannot decode the text: it is not UTF-8, UTF-16, GB18030 or Big5")
    share, encoding, text = max(candidates)
    if encoding == "big5":
        # Big5 is traditional Chinese: the template's words are simplified, so fold them.
        from .. import hanzi
        text = hanzi.to_simplified(text)
    return text


def clean_text(text: str) -> str:
    """NUL bytes and other controls out, line ends unified; full-width spaces are spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    return "".join(ch for ch in text if ch >= " " or ch in "\n\t\f")


def control_share(text: str) -> float:
    sample = text[:20000]
    return sum(1 for ch in sample if ch < " " and ch not in "\n\t\f\r") / max(1, len(sample))


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- pages -----------------------------------------------------------------------------------

# Page numbers printed in headers and footers ("- 3 -", "第 3 页 共 5 页") are not content.
_PAGE_NUMBER_RE = re.compile(r"^(?:[-—–]+\d{1,4}[-—–]+|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|\d{1,4}/\d{1,4})$")


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(re.sub(r"\s+", "", nfkc(text or ""))))


def split_pages(raw_lines, footer_ends_page: bool = False, space_marks: bool = True):
    """Pages of stripped lines.

    Text saved from a PDF marks each new page with a line that starts with a space, its first
    page too (in a file where most lines start with spaces, indented paragraphs, that mark
    means nothing; nor does an indented line of a saved web page, whose first line is not
    marked: " 一、总体情况" was read as a second page); a form feed starts a page too; in a
    transcription a page number ("— 2 —") ends its page.
    """
    nonblank = [l for l in raw_lines if l.strip()]
    marks = [l for l in nonblank if l.startswith(" ")]
    use_marks = (space_marks and bool(marks) and nonblank[0].startswith(" ")
                 and len(marks) * 4 <= len(nonblank))
    pages, current = [], []
    for raw in raw_lines:
        for k, piece in enumerate(raw.split("\f")):
            if k and current:
                pages.append(current)
                current = []
            if not piece.strip():
                continue
            if use_marks and k == 0 and piece.startswith(" ") and current:
                pages.append(current)
                current = []
            if is_page_number(piece):
                if footer_ends_page and current:
                    pages.append(current)
                    current = []
                continue
            current.append(piece.strip())
    if current:
        pages.append(current)
    return pages
