"""Read a question: which years, which agencies, which template cells, and in what language.

Everything here is deterministic string matching against the shared registry
(indexer/registry.py) and the agencies in the archive; no model guesses what was meant.
Overlapping matches are resolved longest-first, so "政府集中采购" wins over "采购" and
"复议后起诉" over "复议".
"""
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from indexer import registry as reg

MAX_PARSED_CHARS = 500  # only this much of a question is read: questions are short, matching stays bounded


@dataclass
class CellRequest:
    table: str
    rows: list
    cols: list | None  # None: the table's default columns for each report's template


@dataclass
class Question:
    text: str
    lang: str
    years: list = field(default_factory=list)
    recent: int | None = None  # 近三年 / last 3 years
    trend: bool = False  # 历年 / across years
    agencies: list = field(default_factory=list)
    cells: list = field(default_factory=list)
    wants_number: bool = False
    prose: bool = False
    search_text: str = ""  # the question without years and agency names, for passage search
    columns: dict = field(default_factory=dict)  # table -> columns the question names
    all_agencies: bool = False  # 所有单位: add up across agencies
    cumulative: bool = False  # 累计: add up across years
    followup: bool = False  # 呢 / and … : read with the previous question

    @property
    def is_figure(self) -> bool:
        return bool(self.cells) and not (self.prose and not self.wants_number)


def normalize(text: str) -> str:
    """NFKC, lower case, no spaces inside Chinese, single spaces elsewhere."""
    text = unicodedata.normalize("NFKC", text or "")[:MAX_PARSED_CHARS].lower()
    text = re.sub(r"[\x00-\x1f\x7f\u200b-\u200f\u2028-\u202f\ufeff]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text)


def _pattern(word: str):
    word = normalize(word)
    if word.isascii():
        body = r"\s*".join(re.escape(w) for w in word.split())
        return re.compile(rf"(?<![a-z0-9]){body}(?:s|es)?(?![a-z0-9])")
    return re.compile(re.escape(word.replace(" ", "")))


def _build_synonyms():
    """normalized word -> (compiled pattern, [(kind, target, printed)]) over the whole registry.

    `printed` marks a column's own template label (采购总金额, 自然人), which names the
    column unambiguously; other words (amount, how many) only choose among a row's columns.
    """
    entries = defaultdict(list)
    for t in reg.TABLES:
        for word in t.ask:
            entries[word].append(("table", t.key, True))
        for row in t.rows:
            for word in {row.zh.split(" ")[-1], *row.variants, *row.ask}:
                entries[word].append(("row", (t.key, row.key), True))
        for col in t.all_columns():
            for word in {col.zh, *col.variants, *col.ask}:
                entries[word].append(("col", (t.key, col.key), word in (col.zh, *col.variants)))
    out = {}
    for word, targets in entries.items():
        key = normalize(word)
        if key:
            pattern, existing = out.get(key, (_pattern(word), []))
            out[key] = (pattern, existing + [t for t in targets if t not in existing])
    return out


SYNONYMS = _build_synonyms()

_NUMBER_WORDS = ("多少", "几", "数量", "数目", "总数", "金额", "合计", "总计", "共计", "一共", "数字", "统计",
                 "how many", "how much", "number", "count", "total", "amount", "figure")
_PROSE_WORDS = ("如何", "怎样", "怎么", "为什么", "措施", "做法", "问题", "经验", "举措", "介绍", "说明", "原因",
                "why", "how did", "how does", "how do", "what measures", "describe", "explain", "problem",
                "issues", "improve")
_TREND_WORDS = ("历年", "各年", "逐年", "每年", "历年来", "趋势", "变化", "变动", "对比", "比较", "各年度",
                "across years", "over the years", "trend", "every year", "each year", "by year", "all years",
                "over time", "compare", "change over")
_ALL_AGENCY_WORDS = ("所有单位", "全部单位", "各单位", "所有机关", "各机关", "所有部门", "各部门", "所有报告",
                     "全部报告", "all agencies", "every agency", "each agency", "across agencies", "all reports",
                     "combined")
# Adding up across years must be asked for in so many words; 合计 alone names a total column.
_CUMULATIVE_WORDS = ("累计", "历年合计", "历年总和", "各年合计", "cumulative", "sum over the years", "sum over years",
                     "in total over")
_FOLLOWUP_RE = re.compile(r"呢[?？!！。.]*$|^(?:那么?|还有|另外|同样)|^(?:and|what about|how about|same for|also|then)(?![a-z])")
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# English words for prose topics, so English questions can find Chinese passages lexically.
GLOSSARY = {
    "problem": "存在的主要问题", "issue": "问题", "shortcoming": "不足", "improve": "改进", "improvement": "改进情况",
    "measure": "措施", "overview": "总体情况", "summary": "总体情况", "overall": "总体情况",
    "proactive": "主动公开", "request": "依申请公开", "application": "依申请公开", "platform": "平台建设",
    "website": "政府网站", "portal": "门户网站", "new media": "政务新媒体", "wechat": "微信",
    "training": "培训", "supervision": "监督保障", "oversight": "监督", "public opinion": "舆情",
    "catalog": "标准目录", "standard": "标准", "fee": "信息处理费", "review": "审核", "next step": "下一步",
    "plan": "下一步", "other matters": "其他需要报告的事项", "interpretation": "政策解读", "policy": "政策",
    "management": "信息管理", "disclosure": "政务公开", "staff": "工作人员", "typo": "错别字",
    "column": "栏目", "meeting": "会议", "poverty": "脱贫攻坚",
}


def _patterns(words):
    return [_pattern(w) for w in words]


_NUMBER_RES, _PROSE_RES, _TREND_RES = _patterns(_NUMBER_WORDS), _patterns(_PROSE_WORDS), _patterns(_TREND_WORDS)
_ALL_AGENCY_RES, _CUMULATIVE_RES = _patterns(_ALL_AGENCY_WORDS), _patterns(_CUMULATIVE_WORDS)
_GLOSSARY_RES = [(_pattern(en), zh) for en, zh in GLOSSARY.items()]


def detect_language(text: str) -> str:
    """zh or en: a Chinese character counts as much as two Latin letters."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk * 2 >= latin else "en"


def _find_years(q: str):
    years, recent = [], None
    for a, b in re.findall(r"(?<!\d)(20\d{2})\s*年?\s*(?:到|至|-|–|—|~|to|through|until)\s*(20\d{2})(?!\d)", q):
        lo, hi = sorted((int(a), int(b)))
        years.extend(range(lo, min(hi, lo + 50) + 1))
    years.extend(int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", q))
    m = re.search(r"近([一二两三四五六七八九十\d]+)年", q) or re.search(
        r"(?:last|past|recent)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years", q)
    if m:
        token = m.group(1)
        recent = int(token) if token.isdigit() else _CN_NUM.get(token) or _EN_NUM.get(token)
    return sorted(set(years)), recent


def agency_matcher(agencies):
    """One regex over every alias of every agency (longest first), and alias -> agency keys."""
    owners = defaultdict(set)
    for agency in agencies:
        for alias in agency.aliases:
            owners[normalize(alias)].add(agency.key)
    aliases = sorted((a for a in owners if a), key=len, reverse=True)
    parts = [(rf"(?<![a-z0-9]){re.escape(a)}(?![a-z0-9])" if a.isascii() else re.escape(a)) for a in aliases]
    return (re.compile("|".join(parts)) if parts else None), dict(owners)


def _find_agencies(q: str, matcher) -> tuple:
    pattern, owners = matcher
    found, spans = set(), []
    for m in pattern.finditer(q) if pattern else ():
        found.update(owners[m.group(0)])
        spans.append(m.span())
    return sorted(found), spans


def _match_registry(q: str, blocked):
    """Registry hits in the question, longest first, never overlapping each other or `blocked`."""
    hits = []
    for word, (pattern, targets) in SYNONYMS.items():
        for m in pattern.finditer(q):
            hits.append((m.start(), m.end(), targets))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken = [False] * (len(q) + 1)
    for start, end in blocked:
        for i in range(start, end):
            taken[i] = True
    chosen = []
    for start, end, targets in hits:
        if not any(taken[start:end]):
            chosen.append(targets)
            for i in range(start, end):
                taken[i] = True
    return chosen


def _cells(chosen):
    """Cell requests from the registry hits (rows per table, with any columns named for them),
    and every column named, by table."""
    specific, generic = defaultdict(list), defaultdict(list)
    cols, printed_cols, tables = defaultdict(list), defaultdict(list), []
    for targets in chosen:
        per_table = defaultdict(list)
        for kind, target, printed in targets:
            if kind == "row":
                per_table[target[0]].append(target[1])
            elif kind == "col":
                cols[target[0]].append(target[1])
                if printed and len({t[0] for k, t, _ in targets if k == "col"}) == 1:
                    printed_cols[target[0]].append(target[1])
            elif target not in tables:
                tables.append(target)
        # A word shared by several rows of a table (不予公开, 行政诉讼) asks for all of them,
        # unless another word in the question names one of them on its own.
        for table, keys in per_table.items():
            (specific if len(keys) == 1 else generic)[table].extend(keys)
    requests = []
    for t in reg.TABLES:  # template order
        rows = specific.get(t.key) or generic.get(t.key)
        if not rows and t.key in tables:
            rows = [r.key for r in t.rows]
        if rows:
            requests.append(CellRequest(t.key, [r.key for r in t.rows if r.key in rows],
                                        _ordered(t, cols.get(t.key)) or None))
    if not requests:
        # Only a column was named by its printed label: 自然人 means new requests from
        # natural persons; a column of another table applies to each of its rows.
        for t in reg.TABLES:
            if t.key in printed_cols:
                rows = ["new_received"] if t.key == "requests" else [r.key for r in t.rows]
                requests.append(CellRequest(t.key, rows, _ordered(t, cols[t.key])))
    return requests, {t: _ordered(reg.table(t), c) for t, c in cols.items()}


def _ordered(table, keys):
    return [c.key for c in table.all_columns() if keys and c.key in keys]


def parse(text: str, archive) -> Question:
    q = normalize(text)
    years, recent = _find_years(q)
    agencies, agency_spans = _find_agencies(q, archive.agency_matcher)
    year_spans = [m.span() for m in re.finditer(r"(?<!\d)20\d{2}(?!\d)\s*年?度?", q)]
    cells, columns = _cells(_match_registry(q, agency_spans + year_spans))

    def says(patterns):
        return any(p.search(q) for p in patterns)

    question = Question(
        text=text, lang=detect_language(text[:MAX_PARSED_CHARS]), years=years, recent=recent,
        agencies=agencies, cells=cells, columns=columns, trend=says(_TREND_RES),
        wants_number=says(_NUMBER_RES), prose=says(_PROSE_RES), all_agencies=says(_ALL_AGENCY_RES),
        cumulative=says(_CUMULATIVE_RES), followup=bool(_FOLLOWUP_RE.search(q)),
    )
    drop = set()
    for start, end in agency_spans + year_spans:
        drop.update(range(start, end))
    rest = "".join(" " if i in drop else ch for i, ch in enumerate(q))
    if question.lang == "en":
        rest += " " + " ".join(zh for pattern, zh in _GLOSSARY_RES if pattern.search(q))
    question.search_text = rest.strip()
    return question
