"""Read a question: which agencies, which years, which template cells, and what was not understood.

Everything here is deterministic matching against the shared registry (indexer/registry.py)
and the agencies in the archive; no model guesses what was meant. Every part of a question
is accounted for:
- agencies (server/agency_match.py): the most specific named; unknown names and names
  that fit several agencies are kept, so the answer can say so;
- years (server/years.py): single, ranges, open intervals, exclusions, 近N年, 去年;
- template cells: rows and columns by their words in both languages, longest match first
  ("政府集中采购" wins over "采购"); a group heading (不予公开, 法人或其他组织) stands for its
  members and their sum; a negation (除了…以外, 不是…, 非…, except) takes its cells out;
- what is left over: words that constrain nothing (server/vocabulary.py) are fine; anything
  else is reported as not understood, and no figure is given for a question with a
  constraint the parser could not apply.
Traditional characters are read as simplified (OpenCC).
"""
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from indexer import registry as reg
from indexer.hanzi import to_simplified
from indexer.text import without_marks
from indexer.terms import headwords

from .agency_match import EACH_EN, AgencyMatch, unknown_places
from .romanized import chinese_forms, is_pinyin_name
from .change import asked_change
from .ranking import asked_order, by_applicant
from .share import asked_share, with_totals
from .stated import COUNT_ASKED, asked_units
from .translate import (british_as_american, capitals_of, english_place_names, english_words,
                        joined_with_word_before, place_pinyin, platform_accounts_dropped, proper_nouns, supplied_senses,
                        translate)
from .vocabulary import FILLER_EN, content_left
from .years import YearScope, chinese_year_digits, find_years

MAX_PARSED_CHARS = 500  # only this much of a question is read: questions are short, matching stays bounded


@dataclass
class CellRequest:
    table: str
    rows: list
    cols: list | None  # None: the table's default columns for each report's template
    sum_rows: str = ""  # a row group (withheld …): its members are added up per report
    sum_cols: str = ""  # a column group (法人或其他组织), or the columns left by a negation
    unit: str = ""  # the unit asked (多少件): of the default columns, those counted in it


@dataclass
class Question:
    text: str
    lang: str
    years: YearScope = field(default_factory=YearScope)
    trend: bool = False  # 历年 / across years
    agencies: list = field(default_factory=list)
    agency_match: AgencyMatch = field(default_factory=AgencyMatch)
    cells: list = field(default_factory=list)
    wants_number: bool = False
    prose: bool = False
    search_text: str = ""  # the question without years and agency names, for passage search
    model_text: str = ""  # the question as the embedding model reads it (see _named_as_reports)
    columns: dict = field(default_factory=dict)  # table -> columns the question names
    all_agencies: bool = False  # 所有单位: add up across agencies
    cumulative: bool = False  # 累计: add up across years
    add_up: bool = False  # 一共 / 加起来 / in total: the figures named added up (when they are several)
    followup: bool = False  # 呢 / and … : read with the previous question
    compare: bool = False  # 相比 / compare … with: two reports side by side
    rank: str = ""  # 最多 / 排名 / most: "desc"; 最少 / fewest: "asc" (server/ranking.py)
    change: bool = False  # 增加了多少 / 同比 / how many more: the change between years (server/change.py)
    year_before: bool = False  # 同比 / year on year: the year named and the one before it
    share: bool = False  # 占比 / what share: a column against its row's 总计 (server/share.py)
    not_understood: list = field(default_factory=list)  # parts of the question no rule could apply
    within_year: list = field(default_factory=list)  # parts of a year asked (按月, 上半年): among not_understood
    negated: list = field(default_factory=list)  # what a negation took out, as printed labels
    translations: list = field(default_factory=list)  # [(English word, [Chinese terms])] of the content words
    name_forms: dict = field(default_factory=dict)  # romanised name no agency has -> its Chinese in the reports

    @property
    def unknown_agencies(self):
        return self.agency_match.unknown

    @property
    def is_figure(self) -> bool:
        """A template cell was named and a figure is what is asked: the question asks for a number,
        or names nothing but cells. Words no rule explains in a question that asks no number
        ("依申请公开答复是否及时") make it a prose question."""
        if not self.cells:
            return False
        if self.wants_number:
            return True
        return not (self.prose or self.not_understood)


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u2028-\u202f\ufeff]")
_QUOTE_RE = re.compile(r"[’‘`´]")
_SPACES_RE = re.compile(r"\s+")
_CJK_GAP_RE = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_PLAIN_RE = re.compile(r"[a-z0-9' ]*|[\u4e00-\u9fff]*")  # nothing for normalize to change but maybe t2s
# what follows a place in its government's name (平掌乡人民政府, Pingtan County Government), and
# in its general office's, which publishes the government's report (上海市政府办公厅)
_GOVERNMENT_RE = re.compile(r"(?:人民政府|政府)(?:办公厅|办公室)?|办公厅|办公室|"
                            r"(?:'s)?\s+(?:(?:municipal|county|district|township|town|city)\s+)?"
                            r"(?:people's\s+)?government(?:'s)?(?:\s+(?:general\s+)?office)?\b|"
                            r"(?:'s)?\s+(?:(?:municipal|county|district|city)\s+)?general\s+office\b")


# what may stand between a place and the words of its agency's name: "Pingtan's experimental
# zone", "the commerce bureau of Tianshui"
_NAME_JOINER = re.compile(r"(?:'s)?[\s-]*(?:of\s+(?:the\s+)?)?")  # (a hyphen joins "High-tech")


# words that end no agency's name in the words running on to its kind (see _name_words_beside)
_NOT_NAME_WORDS = frozenset("the a an of in on at to for by from with and or its their how many much what which "
                            "who when where why did does do get got has have had was were is are be been".split())
MAX_NAME_RUN = 4  # words of an agency's own name before its kind ("expressway toll collection center")


def _name_words_beside(q: str, spans, own, kinds=()) -> list:
    """Spans of the words of a named agency's English name that run on from where the question
    names it ("Pingtan's experimental zone"): they name it. The same words elsewhere are the
    question's own ("How many commerce news items did Tianshui's commerce bureau update": the
    commerce news is what is asked). Words running on to the agency's kind, the last word of its
    English name (`kinds`), name it too, though its English name lacks them: "the Shaanxi
    Expressway Toll Collection Center" of a center whose name is romanised."""
    words = [w for w in re.finditer(r"[a-z]+", q) if w.group() != "s"]  # the s of 's is no word
    out = set()
    for start, end in spans:
        edge = end
        after = [w for w in words if w.start() >= end]
        i = 0
        while i < len(after):
            w = after[i]
            if not _NAME_JOINER.fullmatch(q[edge:w.start()]):
                break
            if w.group() not in own:
                run = _run_to_kind(q, after[i:], edge, kinds)
                if not run:
                    break
                w, i = run[-1], i + len(run) - 1
                out.update(x.span() for x in run)
            out.add(w.span())
            edge = w.end()
            i += 1
        edge = start
        for w in (w for w in reversed(words) if w.end() <= start):
            if w.group() not in own or not _NAME_JOINER.fullmatch(q[w.end():edge]):
                break
            out.add(w.span())
            edge = w.start()
    return sorted(out)


_MARKED_LATIN = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")  # Latin letters with accents, ü, tone marks


def normalize(text: str) -> str:
    """Simplified characters, NFKC, lower case, 二〇二三 as 2023, no spaces inside Chinese."""
    if _PLAIN_RE.fullmatch(text or "") and "  " not in text and text == text.strip():
        return to_simplified(text) if "二" not in text else chinese_year_digits(to_simplified(text))
    text = to_simplified(unicodedata.normalize("NFKC", text or "")[:MAX_PARSED_CHARS])
    if _MARKED_LATIN.search(text):  # pinyin with its marks, "Lüyuan", "Xī'ān": as the names are spelled
        text = without_marks(text)
    text = _CONTROL_RE.sub(" ", text).lower()
    text = _QUOTE_RE.sub("'", text)
    text = _SPACES_RE.sub(" ", text).strip()
    text = _CJK_GAP_RE.sub("", text)
    return chinese_year_digits(text)


def _pattern(word: str):
    word = normalize(word)
    if word.isascii():
        body = r"\s*".join(re.escape(w) for w in word.split())
        return re.compile(rf"(?<![a-z0-9]){body}(?:s|es|ed|d)?(?![a-z0-9])")
    return re.compile(re.escape(word.replace(" ", "")))


# Column labels too generic to name a column on their own ("总计" needs a table); "其他"
# alone is not even a column ("其他重大事项" is a statement's subject).
_GENERIC_PRINTED = {"总计", "合计", "总数"}
_NOT_A_COLUMN = {"其他"}
# Column words that choose among a named row's columns but name no table on their own; of them, the
# verbs, which the prose says too (received: 收到)
_WEAK_VERBS = {normalize(w) for w in ("receive", "received", "receives", "collect", "collected", "collects",
                                      "issue", "issued")}
_WEAK_COLUMN_WORDS = _WEAK_VERBS | {normalize(w) for w in (
    "how many", "how much", "number", "amount", "items", "item", "projects", "project", "多少个", "个数", "多少项",
    "多少钱", "金额", "总金额", "项目数", "项目数量", "项目", "value", "money", "cost", "spent", "spend", "spending",
    "decisions", "decision", "decided", "handled", "cases", "change", "increase", "decrease", "total", "in total",
    "overall", "altogether", "总计", "总数", "合计", "总共", "一共", "增加", "减少", "增减", "决定",
    "decide", "decides", "won", "win", "lost", "lose",  # with a table named, not alone
    "revenue", "valid", "有效", "发布", "印发")}


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
            printed = row.zh.split(" ")[-1]
            bare = re.sub(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])", "", printed)
            words = {printed, *row.variants, *row.ask, row.en}
            if len(bare) >= 3 and bare not in _GENERIC_PRINTED | _NOT_A_COLUMN:
                words.add(bare)  # the label without its numbering: 属于四类过程性信息
            for word in words:
                entries[word].append(("row", (t.key, row.key), True))
        for col in t.all_columns():
            for word in {col.zh, *col.variants, *col.ask, col.en}:
                if word in _NOT_A_COLUMN:
                    continue
                if word in _GENERIC_PRINTED and word == col.zh:
                    entries[word].append(("col", (t.key, col.key), False))
                    continue
                entries[word].append(("col", (t.key, col.key), word in (col.zh, *col.variants)))
    for group in reg.GROUPS:
        for word in group.ask:
            # a group's word is the group's: （六）其他处理 is the heading of its sub-rows
            entries[word] = [t for t in entries[word] if t[0] != "row"] + [("group", group.key, True)]
    out = {}
    for word, targets in entries.items():
        key = normalize(word)
        if key:
            pattern, existing = out.get(key, (_pattern(word), []))
            out[key] = (pattern, existing + [t for t in targets if t not in existing])
    return out


SYNONYMS = _build_synonyms()

_NUMBER_WORDS = ("多少", "几", "数量", "数目", "总数", "金额", "合计", "总计", "共计", "一共", "统计",
                 # a measure asked by its name ("专栏的访问量"): a figure
                 "访问量", "点击量", "浏览量", "阅读量", "下载量", "发布量", "公开量", "关注量", "粉丝量", "访问人次",
                 "how many", "how much", "number", "count", "total", "amount", "figure")
_PROSE_WORDS = ("如何", "怎样", "怎么", "为什么", "措施", "做法", "途径", "渠道", "问题", "经验", "举措", "介绍", "说明", "原因",
                "哪些方面", "涉及哪些", "哪些内容", "什么内容",  # what a count was about: the prose says
                "主要是什么", "主要有哪些", "包括哪些", "包括什么", "what kinds", "what kind of",  # (行政许可主要是什么)
                "why", "how did", "how does", "how do", "what measures", "describe", "explain", "problem",
                "issues", "improve", "what topics", "which topics", "what areas",
                # a span of time is asked, not a count (洪泽区政府多久答复申请: no count of answers)
                "多久", "多长时间", "how long", "how quickly", "how soon")
_TREND_WORDS = ("历年", "各年", "逐年", "每年", "历年来", "趋势", "变化", "变动", "对比", "比较", "各年度",
                # (recent years, however many: every year the archive holds of them)
                "近几年", "最近几年", "这几年", "近年来", "近年", "几年来",
                "across years", "over the years", "trend", "every year", "each year", "by year", "all years",
                "over time", "compare", "change over", "in recent years", "recent years")
_ALL_AGENCY_WORDS = ("所有单位", "全部单位", "各单位", "所有机关", "各机关", "所有部门", "各部门", "所有报告",
                     "全部报告", "all agencies", "every agency", "each agency", "across agencies", "all reports",
                     "combined")
# Adding up across years must be asked for in so many words; 合计 alone names a total column.
_CUMULATIVE_WORDS = ("累计", "历年合计", "历年总和", "各年合计", "cumulative", "sum over the years", "sum over years",
                     "in total over", "over the years in total", "to date", "all-time", "all time")
# Phrases that sound like a template row but are not one: 信息处理费 (the fee for handling a
# disclosure request) is not 行政事业性收费. They stay in the question for prose and stated figures.
_NOT_TEMPLATE_RE = re.compile(r"信息处理费|处理费|information[- ]processing fees?|processing fees?|handling fees?")
_NOT_TEMPLATE_ZH = "信息处理费"  # what the reports' prose calls them (an English question searches for it)
_COMPARE_RE = re.compile(r"和.{0,20}?相比|与.{0,20}?相比|相比|对比|比较|\bcompar(?:e|ed|ing|ison)(?: (?:to|with))?\b|"
                         r"\bvs\.?(?!\w)|\bversus\b")
_FOLLOWUP_RE = re.compile(r"呢[?？!！。.]*$|^(?:那么?|还有|另外|同样)|^(?:and|what about|how about|same for|also|then)(?![a-z])|"
                          r"^(?:和|与|跟|同)[^，,。]{1,16}?(?:相比|比较|对比)|^(?:compared? (?:to|with)|versus|vs\.?)\s")


def _patterns(words):
    return [_pattern(w) for w in words]


# Several figures named and added up ("行政复议和行政诉讼一共多少件"); 合计 alone names a total column.
_ADD_UP_WORDS = ("一共", "总共", "加起来", "合起来", "加在一起", "共计", "总和", "之和", "in total", "altogether",
                 "added up", "add up", "sum of")
_NUMBER_RES, _PROSE_RES, _TREND_RES = _patterns(_NUMBER_WORDS), _patterns(_PROSE_WORDS), _patterns(_TREND_WORDS)
_ADD_UP_RES = _patterns(_ADD_UP_WORDS)
_ALL_AGENCY_RES, _CUMULATIVE_RES = _patterns(_ALL_AGENCY_WORDS), _patterns(_CUMULATIVE_WORDS)
# Names of the tables a row belongs to (主动公开规范性文件 asks for 规范性文件's row of table 二):
# nothing to add to the row a question names.
_TABLE_NAME_RES = _patterns(("主动公开", "依申请公开"))
# 怎么变化 / 如何变动 asks how a figure went over the years (a trend), not for prose
_HOW_IT_CHANGED = re.compile(r"(?:如何|怎样|怎么样?)(?=(?:发生了?)?(?:变化|变动|增减|升降))")
# A part of a year (按月, 上半年, 3月, 第一季度, by month, first quarter, in March): an annual
# report gives figures for the whole year only. A date that bounds the year (12月31日, 12月底,
# 1月1日, December 31) is the year itself.
_MONTH_ZH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
_WITHIN_YEAR_RE = re.compile(
    r"(?:按|每|逐|分|各)个?(?:月|季度?)|月度|季度|[上下]半年|前三季度|第?[一二三四1-4]季度|"
    r"(?<![\d〇零一二三四五六七八九十])(?!12月(?:31日|底|末)|1月1日|十二月(?:三十一日|底|末)|一月一日)"
    + _MONTH_ZH + r"(?:(?:[0-3]?\d|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?|"
    r"\b(?:by|per|each|every)\s+(?:month|quarter)\b|\bmonth\s+by\s+month\b|\bmonthly\b|\bquarterly\b|"
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?:quarter|half)\b|\bq[1-4]\b|\bhalf[- ]year\b|"
    r"\b(?:january|february|march|april|june|july|august|september|october|november)\b|"
    r"\bdecember\b(?!\s*31)")
# ... and the year's bounds say the year asked: 截至12月31日, 1月1日至12月31日, 年底, as of December 31
_YEAR_BOUND_RE = re.compile(r"截[至止]到?|12月(?:31日|底|末)|十二月(?:三十一日|底|末)|1月1日(?:起|至|到)?|一月一日(?:起|至|到)?|"
                            r"年底|年末|\b(?:as\s+(?:of|at)\s+)?(?:the\s+end\s+of\s+)?december\s*31(?:st)?\b")
_NOT_DIGITIZE = re.compile(r"数字化|数字政府|数字经济")  # 数字化 is a topic, not a request for a number

# Negations: 除了X以外 / 除X之外 (X between the markers); 不是X, 非X, 不含X, 不要X, except X (X follows).
_NEGATION_AROUND = re.compile(r"除了?(?P<scope>.{1,24}?)(?:以外|之外|外)")
_NEGATION_BEFORE = re.compile(r"(?:不是|并非|非|不含|不包括|不包含|不要|不算|不计|排除|剔除|去掉|除去|excluding|except(?: for)?|other than|"
                              r"apart from|besides|not from|not by)\s*")


def detect_language(text: str) -> str:
    """zh or en: a Chinese character counts as much as two Latin letters."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk * 2 >= latin else "en"


def _match_registry(q: str, blocked):
    """Registry hits in the question, longest first, never overlapping each other or `blocked`:
    [(start, end, targets, word)] in question order."""
    hits = []
    for word, (pattern, targets) in SYNONYMS.items():
        for m in pattern.finditer(q):
            hits.append((m.start(), m.end(), targets, word))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken = [False] * (len(q) + 1)
    for start, end in blocked:
        for i in range(max(0, start), min(end, len(q))):
            taken[i] = True
    chosen = []
    for start, end, targets, word in hits:
        if not any(taken[start:end]):
            chosen.append((start, end, targets, word))
            for i in range(start, end):
                taken[i] = True
    return sorted(chosen)


def _negation_scopes(q: str):
    """[(marker spans, scope span)]: where a negation takes out what it covers."""
    scopes = []
    for m in _NEGATION_AROUND.finditer(q):
        # 除2024年以外 is a year exclusion (years.py); here only cells are negated
        scopes.append(([(m.start(), m.start("scope")), (m.end("scope"), m.end())], m.span("scope")))
    for m in _NEGATION_BEFORE.finditer(q):
        if any(a <= m.start() < b for _, (a, b) in scopes):
            continue
        reach = 40 if q[m.end():m.end() + 1].isascii() else 16  # English words are longer
        scopes.append(([m.span()], (m.end(), min(len(q), m.end() + reach))))
    return scopes


def _cells(hits, negated_hits):
    """Cell requests from the registry hits, with negations and groups applied, and every column
    named, by table."""
    specific, generic = defaultdict(list), defaultdict(list)
    cols, printed_cols, tables = defaultdict(list), defaultdict(list), []
    strong_cols = defaultdict(list)  # columns named by a word specific enough to name its table
    neg_rows, neg_cols = defaultdict(set), defaultdict(set)
    row_groups, col_groups = defaultdict(list), defaultdict(list)
    for index, (_, _, targets, word) in enumerate(hits):
        negated = index in negated_hits
        per_table = defaultdict(list)
        for kind, target, printed in targets:
            if kind == "row":
                (neg_rows[target[0]].add(target[1]) if negated else per_table[target[0]].append(target[1]))
            elif kind == "col":
                if negated:
                    neg_cols[target[0]].add(target[1])
                    continue
                cols[target[0]].append(target[1])
                if printed and len({t[0] for k, t, _ in targets if k == "col"}) == 1:
                    printed_cols[target[0]].append(target[1])
                if word not in _WEAK_COLUMN_WORDS:
                    strong_cols[target[0]].append(target[1])
            elif kind == "group":
                group = reg.GROUPS_BY_KEY[target]
                if negated:
                    (neg_rows if group.kind == "rows" else neg_cols)[group.table].update(group.members)
                else:
                    (row_groups if group.kind == "rows" else col_groups)[group.table].append(group)
            elif target not in tables and not negated:
                tables.append(target)
        # A word shared by several rows of a table (行政诉讼) asks for all of them,
        # unless another word in the question names one of them on its own.
        for table, keys in per_table.items():
            (specific if len(keys) == 1 else generic)[table].extend(keys)
    negating_rows = any(neg_rows.values())
    requests = []
    for t in reg.TABLES:  # template order
        rows = list(specific.get(t.key) or generic.get(t.key) or [])
        # a group named beside one of its own rows ("could not be provided … not held") only
        # says where that row is
        groups = [g for g in row_groups.get(t.key, []) if not set(g.members) & set(rows)]
        rows += [m for g in groups for m in g.members]
        named_cols = _ordered(t, cols.get(t.key))
        # A table is asked about when a row, the table or a column group of it is named; with a
        # negation, also when a column of it is ("除了行政处罚以外的处理决定数量": every row
        # with a 处理决定数量 column but 行政处罚's).
        asked = (rows or t.key in tables or col_groups.get(t.key)
                 or (negating_rows and named_cols)
                 or (neg_cols.get(t.key) and (t.key in tables or rows)))
        if not asked:
            continue
        if not rows:
            rows = list(t.default_rows) if t.default_rows and not neg_rows.get(t.key) else [r.key for r in t.rows]
        rows = [r.key for r in t.rows if r.key in rows and r.key not in neg_rows.get(t.key, ())]
        chosen_cols, sum_cols = named_cols or None, ""
        if col_groups.get(t.key):
            chosen_cols = [c for g in col_groups[t.key] for c in g.members]
            sum_cols = col_groups[t.key][0].key
        if neg_cols.get(t.key):
            base = chosen_cols or [c.key for c in t.all_columns() if c.key != "total"]
            chosen_cols = [c for c in base if c not in neg_cols[t.key]]
            sum_cols = sum_cols or "remaining"
        sum_rows = groups[0].key if len(groups) == 1 and not neg_rows.get(t.key) and \
            not (specific.get(t.key) or generic.get(t.key)) else ""
        if rows and (chosen_cols is None or chosen_cols):
            requests.append(CellRequest(t.key, rows, chosen_cols, sum_rows=sum_rows, sum_cols=sum_cols))
    if not requests:
        # Only a column was named: by its printed label (自然人 means new requests from natural
        # persons), or by a word only one table's columns have (废止: 本年废止件数); a column
        # of another table applies to each of its rows.
        single = [t for t in strong_cols if len(strong_cols) == 1]
        for t in reg.TABLES:
            if t.key in printed_cols or t.key in single:
                rows = list(t.default_rows) or [r.key for r in t.rows]
                requests.append(CellRequest(t.key, rows, _ordered(t, cols[t.key])))
    return requests, {t: _ordered(reg.table(t), c) for t, c in cols.items()}


# where a question turns from the whole to a part: "收到多少件申请，其中自然人多少"
_PART_AFTER_RE = re.compile(r"[，,；;]|其中")  # not "and": it joins words of a name (Science and Technology)


def _whole_before_its_part(q: str, hits, cells):
    """"收到多少件申请，其中自然人多少" asks for the whole and a part: a clause that names a row
    and asks a number without naming a column asks for the row's total, beside the column
    another clause names (else only the part would be answered). So does "无法提供的有多少件，
    其中本机关不掌握的多少" for a group of rows: the group's rows and their sum, the part among them."""
    bounds = [0] + [m.end() for m in _PART_AFTER_RE.finditer(q)] + [len(q) + 1]
    if len(bounds) < 3:
        return
    clauses = list(zip(bounds, bounds[1:]))
    for cell in cells:
        for a, b in clauses:
            named = [(kind, target) for start, _, targets, _ in hits if a <= start < b for kind, target, _ in targets]
            rows_here = {target[1] for kind, target in named if kind == "row" and target[0] == cell.table}
            # the group named in this clause, its row (the part) only in another
            whole = next((g for g in (reg.GROUPS_BY_KEY[t] for kind, t in named if kind == "group")
                          if g.kind == "rows" and g.table == cell.table and set(cell.rows) < set(g.members)
                          and not rows_here & set(g.members)), None)
            if whole and not cell.sum_rows and any(p.search(q[a:b]) for p in _NUMBER_RES):
                table = reg.table(cell.table)
                cell.rows = [r.key for r in table.rows if r.key in set(cell.rows) | set(whole.members)]
                cell.sum_rows = whole.key
                break
    for cell in cells:
        table = reg.table(cell.table)
        if not cell.cols or "total" in cell.cols or "total" not in [c.key for c in table.all_columns()]:
            continue
        for a, b in zip(bounds, bounds[1:]):
            kinds = {kind for start, _, targets, _ in hits if a <= start < b
                     for kind, target, _ in targets if kind in ("row", "col") and target[0] == cell.table}
            if kinds == {"row"} and any(p.search(q[a:b]) for p in _NUMBER_RES):
                cell.cols = _ordered(table, cell.cols + ["total"])
                break


def _ordered(table, keys):
    return [c.key for c in table.all_columns() if keys and c.key in keys]


def statement_words(question: Question) -> str:
    """The question's search text without the words that ask across years, how a figure changed or
    which is largest (历年, 近几年, 变化, 增加, 最多, 排名): no statement of a report prints them beside its
    count ("近几年主动公开政府信息数量的变化" asks each year's "主动公开政府信息2853条")."""
    text = question.search_text or ""
    if not (question.trend or question.change or question.rank):
        return text
    spans = [m.span() for p in _TREND_RES for m in p.finditer(text)] + asked_change(text)[2] + asked_order(text)[1]
    return _blank(text, spans)


def _blank(q: str, spans) -> str:
    drop = set()
    for start, end in spans:
        drop.update(range(start, end))
    return "".join(" " if i in drop else ch for i, ch in enumerate(q))


_SENTENCE_START = re.compile(r"(?:^|[.?!。？！]\s*)([A-Z][a-z']+)")


_CLAUSE_RE = re.compile(r"[^，,；;。？?！!]+")


def _prose_clauses(q: str, hits) -> list:
    """Spans of the clauses that ask how and name no template cell, in a question whose other
    clause names one ("洪泽区2024年行政复议多少件，是怎么处理的"): the prose half, which the
    passages answer; its words do not hold back the figure the other half asks for."""
    clauses = [m.span() for m in _CLAUSE_RE.finditer(q) if q[m.start():m.end()].strip()]
    if len(clauses) < 2:
        return []
    named = [any(a <= h[0] < b for h in hits) for a, b in clauses]
    prose = [(a, b) for (a, b), has in zip(clauses, named) if not has and any(p.search(q[a:b]) for p in _PROSE_RES)]
    return prose if any(named) else []


def _named_as_reports(q: str, match, archive) -> str:
    """A question about one agency with the agency named as its reports name it (沭阳县发改局 →
    沭阳县发展和改革局), or "": how a user names the agency would otherwise move the question's
    cosine with that agency's passages, and with it the "nothing relevant" decision."""
    keys = list(dict.fromkeys(match.keys))
    if len(keys) != 1 or keys[0] not in archive.agencies or match.unknown or match.ambiguous or not match.spans:
        return ""
    name, out, at = archive.agencies[keys[0]].name, [], 0
    for i, (a, b) in enumerate(sorted(match.spans)):
        if a >= at:  # the first name becomes the agency's; a place qualifying it (淮安市) goes
            out += [q[at:a], name if i == 0 else ""]
            at = b
    return "".join(out) + q[at:]


_ENGLISH_PLACE = re.compile(r"\b([A-Z][a-z]+)(?:'s)?\s+(?:County|District|City|Town|Township|Subdistrict|Province|"
                            r"Prefecture)\b")


# up to three capitalized words in a row (Inner Mongolia, Hong Kong)
_CAPITALIZED_RUN = re.compile(r"\b[A-ZÜ][a-zü'’\-]+(?: [A-ZÜ][a-zü'’\-]+){0,2}")


def _unknown_english_names(text: str, archive) -> list:
    """Romanised Chinese names in an English question that no agency of the archive has.

    A capitalised word that spells pinyin is not always a name: an English word the dictionary
    defines ("Shanghai Release": release is 发布) is not, nor the pinyin of a common word the
    reports print ("Weibo": 微博, which no dictionary gives as English)."""
    index = archive.agency_index
    starts = {m.group(1) for m in _SENTENCE_START.finditer(text)}
    out = []
    # a name before a unit is a place, however short ("Jing County"): one no agency has is
    # unknown, never a question about every agency
    for m in _ENGLISH_PLACE.finditer(text):
        name, lower, word = m.group(0), m.group(0).lower(), m.group(1).lower()
        if word in FILLER_EN or (english_words().get(word) and not proper_nouns().get(word)):
            continue  # "The City", "Central District": English words, not a name
        if lower not in index.names and word not in index.places and \
                not any(lower in alias for alias in index.owners):
            out.append(name)
    # a place's English name that is not pinyin (Inner Mongolia, Harbin) no agency has
    for m in _CAPITALIZED_RUN.finditer(text):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            lower = name.lower()
            if lower in english_place_names():
                if lower not in index.names and lower not in index.places:
                    out.append(name)
                break
    for word in re.findall(r"\b[A-Z][a-z]+(?:'[a-z]+)?\b", text):
        lower = word.lower()
        if word in starts and not is_pinyin_name(lower):
            continue
        if lower in FILLER_EN or lower in index.names:
            continue
        if is_pinyin_name(lower) and not any(lower in alias for alias in index.owners) \
                and lower not in index.places and not _common_word(lower, archive):
            out.append(word)
    return out


def _common_word(word: str, archive) -> bool:
    """Whether a pinyin-like English word is an English word, or the pinyin of a common (not a
    proper) dictionary word the archive prints — unless it spells a place the dictionary
    knows (Beijing stays a place although the reports print 背景)."""
    proper = proper_nouns().get(word, set())
    # (in its American spelling too, as the dictionary spells it: "Defence", whose de-fen-ce is pinyin)
    if any(english_words().get(form) for form in british_as_american(word)) and not proper:
        return True
    if word in place_pinyin():
        return False
    return bool(_pinyin_words(word, archive))


def _pinyin_words(word: str, archive) -> list:
    """The dictionary words the archive prints that `word` spells in pinyin ("weibo": 微博, which
    the dictionary gives only as "microblog"): common words, and proper nouns of what is no place
    ("douyin": 抖音, an app)."""
    proper = proper_nouns().get(word, set()) if word in place_pinyin() else set()
    held = chinese_forms(word, archive.document_frequency, archive.pairs_from)
    return [form for form in held if form in headwords() and form not in proper]


_REQUEST_ROWS = [r.key for r in reg.TABLES_BY_KEY["requests"].rows]
# 三、本年度办理结果: （一）予以公开 … （七）总计
_RESULT_ROWS = frozenset(_REQUEST_ROWS[_REQUEST_ROWS.index("disclosed"):_REQUEST_ROWS.index("results_total") + 1])
_RESULT_SECTION_RE = re.compile(r"(?:本年度)?(?:办理|处理|答复)(?:结果|情况)?|responses?|replies|answered|outcomes?")


# 比较 before an adjective is "rather" (哪些乡镇公开的信息比较多), not a comparison nor a topic;
# blanked in place, so the question's other spans keep their positions
_DEGREE_ADVERB = re.compile(r"比较(?=[多少大小高低好差强弱快慢长短]|突出|明显|集中|频繁|普遍)")


def parse(text: str, archive, today=None) -> Question:
    q = _DEGREE_ADVERB.sub("  ", normalize(text))
    years = find_years(q, today)
    match = archive.agency_index.match(q)
    _settle_by_year(match, years, archive)
    kinds = None if match.keys or match.ambiguous else archive.agency_index.kinds_asked(q)
    if kinds:  # "Which health commission received the most requests in 2022?": each of them
        match.keys, match.spans = kinds[0], match.spans + [kinds[1]]
    says = lambda patterns: any(p.search(q) for p in patterns)  # noqa: E731
    scopes = _negation_scopes(q)
    marker_spans = [s for spans, _ in scopes for s in spans]
    not_template = [m.span() for m in _NOT_TEMPLATE_RE.finditer(q)]
    hits = _match_registry(q, match.spans + years.spans + marker_spans + not_template)
    negated_hits, unresolved = set(), []
    for markers, (a, b) in scopes:
        if _is_year_negation(q, a, b, years):
            continue  # 不含2023年: a year left out, read by years.py
        around = bool(_NEGATION_AROUND.match(q, markers[0][0]))
        # 除了X以外 takes out everything it encloses; 不是X / 非X / except X the item that follows
        inside = [i for i, (start, end, _, _) in enumerate(hits)
                  if a <= start and (end <= b + 4 if around else start < b)]
        negated_hits |= set(inside if around else inside[:1])
        if not inside and q[a:b].strip():
            unresolved.append(q[a:b].strip())
    cells, columns = _cells(hits, negated_hits)
    if cells and match.ambiguous:
        _settle_by_tables(match, years, archive)
    _whole_before_its_part(q, hits, cells)
    # "行政处罚多少件" of a 2019-edition report: 本年处理决定数量 (件), not also 上一年项目数量 (项)
    units = asked_units(q)
    for cell in cells:
        if units and cell.cols is None:
            cell.unit = units[0]
    number_words = says(_NUMBER_RES) and not (_NOT_DIGITIZE.search(q) and not re.search(r"多少|几", q))
    # prose words inside a template row's own name (行政强制措施) do not make a question prose
    outside_hits = _blank(q, [(a, b) for a, b, _, _ in hits] + [m.span() for m in _HOW_IT_CHANGED.finditer(q)])
    prose = any(p.search(outside_hits) for p in _PROSE_RES)
    question = Question(
        text=text, lang=detect_language(text[:MAX_PARSED_CHARS]), years=years, agencies=list(match.keys),
        agency_match=match, cells=cells, columns=columns, trend=says(_TREND_RES) or years.trend,
        wants_number=number_words, prose=prose, all_agencies=says(_ALL_AGENCY_RES),
        cumulative=says(_CUMULATIVE_RES), add_up=says(_ADD_UP_RES), followup=bool(_FOLLOWUP_RE.search(q)),
        compare=bool(_COMPARE_RE.search(q)),
    )
    question.negated = [_hit_label(hits[i]) for i in sorted(negated_hits)]
    question.rank, rank_spans = asked_order(q)
    if question.rank:
        rank_spans += by_applicant(q, question.cells)
    _every_one_meant(q, match, question)
    question.change, question.year_before, change_spans = asked_change(q)
    # "2024年和2023年相比，…增加了还是减少了", "2023年和2024年…对比": 相比 says between which years
    # (the answer works the change out) or agencies (the figures side by side)
    change_spans += [m.span() for m in _COMPARE_RE.finditer(q)]
    question.share, share_spans = asked_share(q)
    if question.share:
        with_totals(question.cells)
    # What is left once agencies, years, cells and negations are read: unknown places and
    # names, and words no rule applied to.
    prose_clauses = _prose_clauses(q, hits) if number_words else []
    # 平掌乡人民政府, Pingtan County Government: the rest of a place's name is not what is asked
    # either (not an agency span: the figure rules still read 政府 in 洪泽区政府集中采购)
    government = [(b, b + m.end()) for _, b in match.spans if (m := _GOVERNMENT_RE.match(q[b:b + 40]))]
    # the words of an agency's English name named in part ("Pingtan's experimental zone"): they
    # also tell which agency an ambiguous name means
    words_asked = set(re.findall(r"[a-z]{3,}", q))
    if _settle(match, lambda name, k: bool(words_asked & (_name_words(archive, k) - set(re.findall(r"[a-z]+", name))))):
        question.agencies = list(match.keys)
    own = {w for k in match.keys for w in _name_words(archive, k)}
    kinds = {(archive.agencies[k].name_en or "").lower().rsplit(" ", 1)[-1] for k in match.keys if k in archive.agencies}
    government += _name_words_beside(q, match.spans, own, kinds)
    # (a word that only chooses among a row's columns, with no row or table named, names no cell:
    # it stays a word of the question, "How many units' archives has … collected?" asks 收集, not
    # any statement holding 档案)
    left = _blank(q, match.spans + years.spans + [(a, b) for a, b, _, word in hits if cells or word not in _WEAK_COLUMN_WORDS]
                  + marker_spans + not_template
                  + government + prose_clauses + rank_spans + change_spans + share_spans)
    # a table's name is understood where a number is asked (主动公开规范性文件多少件); in a question
    # that asks none, it stays a word of the question (依申请公开答复是否及时 is prose)
    # (the count asked with its measure word: 多少家用人单位 asks 用人单位, and no word 家用)
    left = COUNT_ASKED.sub(lambda m: " " * len(m.group(0)), left)
    for pattern_list in (_TREND_RES, _ALL_AGENCY_RES, _CUMULATIVE_RES, _NUMBER_RES,
                         _TABLE_NAME_RES if number_words else ()):
        for p in pattern_list:
            left = p.sub(lambda m: " " * len(m.group(0)), left)
    known = archive.agency_index.names  # every owner and place name, made once per archive
    places = unknown_places(left, known, named=bool(match.keys))
    for name in places + _unknown_english_names(text[:MAX_PARSED_CHARS], archive):
        if _encloses(q, name, match, archive):
            match.unverified.append(name)  # 江苏省 in 江苏省淮安市洪泽区: says where, but no report says so
        elif name not in match.unknown:
            match.unknown.append(name)
        left = left.replace(name.lower(), " " * len(name))
    # 答复 / 办理结果 name the section the row asked for belongs to ("依申请公开的答复里，无法提供的
    # 有多少"): understood when every row asked is one of table 三's results
    if cells and all(c.table == "requests" and set(c.rows) <= _RESULT_ROWS for c in cells):
        left = _RESULT_SECTION_RE.sub(lambda m: " " * len(m.group(0)), left)
    # a word of the registry that no cell request uses is a constraint dropped: "涉及多少家企业"
    # (商业企业 is a column of table 三, not of 行政处罚)
    unused = [q[a:b] for i, (a, b, targets, word) in enumerate(hits)
              if i not in negated_hits and word not in _WEAK_COLUMN_WORDS and not _used(targets, cells)]
    # a part of the year is understood, and cannot be answered from an annual report, unless a
    # statement of the prose prints it (上半年召开新闻发布会3次): kept with the words not understood
    # for that, and named apart in the answer
    question.within_year = [m.group().strip() for m in _WITHIN_YEAR_RE.finditer(left)]
    left = _WITHIN_YEAR_RE.sub(lambda m: " " * len(m.group()), left)
    left = _YEAR_BOUND_RE.sub(lambda m: " " * len(m.group()), left)
    question.not_understood = unresolved + unused + question.within_year + content_left(left)
    question.search_text = _blank(q, match.spans + years.spans + government).strip()
    question.model_text = _named_as_reports(q, match, archive) if question.lang == "zh" else ""
    if question.lang == "en":
        # the registry's words name template concepts; their Chinese names search the prose too
        # (and the senses written in for the word, which the prose prints: "rules" is the template's
        # 规章 and the 规定 a report followed, "根据…《上海市政府信息公开规定》")
        named = [(word, list(dict.fromkeys(_chinese_names(targets) + [t for t in supplied_senses(word)
                                                                     if archive.term_frequency(t) > 0])))
                 for _, _, targets, word in hits if word not in _WEAK_COLUMN_WORDS]
        # a clause that asks how is searched for, though it holds back no figure
        asked_how = " ".join(_blank(q, match.spans + years.spans + government)[a:b] for a, b in prose_clauses)
        # a verb that only chose the row (received: 本年新收) is what a statement of the prose does
        # ("收到留言675条" for the messages received, not "…发布信息536条")
        # (once: a verb the words left still hold is translated with them)
        said = set(re.findall(r"[a-z]+", f"{left} {asked_how}".lower()))
        verbs = " ".join(q[a:b] for a, b, _, word in hits if word in _WEAK_VERBS and q[a:b].lower() not in said)
        question.translations = [(w, t) for w, t in named if t] + \
            translate(f"{left} {asked_how} {verbs}", archive.term_frequency, capitals=capitals_of(text)) + \
            [(q[a:b], [_NOT_TEMPLATE_ZH]) for a, b in not_template if q[a:b].isascii()]
        # a word no dictionary sense reaches may be a Chinese word in pinyin (Weibo: 微博), or one
        # the reports print in Latin letters themselves (PPP, IPv6, APP)
        question.translations = [(w, t or (_pinyin_words(w, archive) if is_pinyin_name(w) else [])
                                  or ([w] if archive.document_frequency(w) > 0 else []))
                                 for w, t in question.translations]
        question.translations = platform_accounts_dropped(question.translations)  # "Weibo account"
        question.translations = joined_with_word_before(q, question.translations, archive.term_frequency)
        # (a word read with the template word before it is understood with it: "application letters")
        joined = {w for phrase, terms in question.translations if " " in phrase and terms for w in phrase.split()}
        question.not_understood = [w for w in question.not_understood if w.strip().lower() not in joined]
        for name in match.unknown:  # a romanised name no agency has: "Zhangjiang" (张江)
            forms = _name_forms(name, archive)
            question.name_forms[name] = forms
            if forms:
                question.translations.append((name.lower(), forms))
    return question


def _name_forms(name: str, archive) -> list:
    """The Chinese the reports print for a romanised name: the dictionary's proper nouns of
    that pinyin if it has any (Huaian: 淮安; Beijing: 北京, never the homophone 背景), else
    the archive's own strings of those syllables (Zhangjiang: 张江, a park no dictionary lists)."""
    if re.search(r"[\u4e00-\u9fff]", name) or normalize(name) in archive.agency_index.places:
        return []  # Chinese already; or a place whose agencies the answer names instead (Shuyang)
    listed = proper_nouns().get(re.sub(r"[^a-z]", "", name.lower()))
    if listed is not None:
        return sorted((t for t in listed if archive.term_frequency(t) > 0), key=archive.term_frequency, reverse=True)
    return chinese_forms(name, archive.document_frequency, archive.pairs_from)


# Administrative levels, largest first: a place can only enclose places of a lower level.
_LEVEL = {"省": 0, "自治区": 0, "市": 1, "州": 1, "自治州": 1, "地区": 1, "盟": 1, "县": 2, "区": 2, "旗": 2,
          "自治县": 2, "自治旗": 2, "综合实验区": 2, "新区": 2, "开发区": 2, "高新区": 2, "乡": 3, "镇": 3, "街道": 3}


def _level(place: str):
    unit = next((u for u in sorted(_LEVEL, key=len, reverse=True) if place.endswith(u)), None)
    return _LEVEL.get(unit)


def _encloses(q, name, match, archive) -> bool:
    """Whether an unknown place stands right before a named agency as a larger place around it
    (江苏省 before 淮安市洪泽区) that the agency's own reports do not contradict. A place of
    the same level or lower encloses nothing (南京市 before 淮安市), and a 市 before 洪泽区,
    whose reports put it in 淮安市, must be 淮安市."""
    at = q.find(name)
    after = at + len(name)
    if at < 0 or not any(start == after for start, _ in match.spans) or not match.keys:
        return False
    level = _level(name)
    if level != 0:
        return False  # only a province may go unconfirmed (and the answer says so)
    for key in match.keys:
        agency = archive.agencies[key]
        own = _level(key) if _level(key) is not None else max((_level(p) or 0 for p in agency.parents), default=0) + 1
        if own <= level:
            return False
        if any(_level(p) == level and p != name for p in agency.parents):
            return False  # the agency's own reports name another place of that level
    return True


# Words that ask of every agency a name fits ("各卫健委", "哪个卫健委…最多", "which health commission")
_EVERY_ONE = re.compile(r"(?:各|所有|全部|每个|每一个|哪个|哪些|哪家|哪一个|哪一家)\s*$|" + EACH_EN + "$", re.I)


def _every_one_meant(q: str, match, question) -> None:
    """A name that fits several agencies means every one of them where the question asks of each
    ("2022年各卫健委收到的申请数量排名") or which of them ("哪个卫健委收到的申请最多", or any ranking):
    not a name to ask about."""
    for name, keys in list(match.ambiguous.items()):
        at = q.lower().find(name.lower())
        if question.rank or (at >= 0 and _EVERY_ONE.search(q[max(0, at - 12):at])):
            del match.ambiguous[name]
            match.keys = sorted(set(match.keys) | set(keys))
    question.agencies = list(match.keys)


def _settle(match, fits, noted=None) -> bool:
    """Each name that fits several agencies of which only one `fits(name, key)` means that one,
    recorded in `noted` (the answer says so) when given; whether any was settled."""
    settled = False
    for name, keys in list(match.ambiguous.items()):
        fitting = [k for k in keys if fits(name, k)]
        if len(fitting) == 1:
            del match.ambiguous[name]
            match.keys = sorted(set(match.keys) | {fitting[0]})
            if noted is not None:
                noted.append((name, fitting[0]))
            settled = True
    return settled


def _settle_by_year(match, years, archive):
    """A name that fits several agencies, of which only one has a report for the years asked
    ("平潭2021年": 平潭县 has none for 2021), means that one; the answer says so."""
    if years.include:
        _settle(match, lambda _, k: bool(set(archive.agencies[k].years) & set(years.include)), match.settled)


def _run_to_kind(q, after, edge, kinds) -> list:
    """The words from `after`'s first through an agency's kind, joined by spaces or hyphens, none
    a word of the question's own frame (did, get, of); [] when no kind ends them."""
    run = []
    for w in after[:MAX_NAME_RUN]:
        if w.group() in _NOT_NAME_WORDS or not re.fullmatch(r"[\s-]+", q[edge:w.start()]):
            return []
        run.append(w)
        edge = w.end()
        if w.group() in kinds or (w.group() == "centre" and "center" in kinds):
            return run
    return []


def _name_words(archive, key) -> set:
    """The words of an agency's English name (experimental, zone; science, technology, commission)."""
    agency = archive.agencies.get(key)
    return set(re.findall(r"[a-z]{3,}", (agency.name_en or "").lower())) - {"and", "the"} if agency else set()


def _settle_by_tables(match, years, archive):
    """A name that fits several agencies, asked for a template cell, of which only one has
    reports with the template's tables (平潭县's one report is of 2013, before them): that one
    ("Which year did Pingtan receive the most requests?"); the answer says so."""
    _settle(match, lambda _, k: any(r.template != "none" for r in archive.select_reports([k], years.include or None)),
            match.tabled)


def _used(targets, cells) -> bool:
    """Whether a registry hit is applied by one of the question's cell requests."""
    for kind, target, _ in targets:
        for cell in cells:
            if kind == "table" and target == cell.table:
                return True
            if kind == "row" and target[0] == cell.table and target[1] in cell.rows:
                return True
            if kind == "col" and target[0] == cell.table and (cell.cols is None or target[1] in cell.cols):
                return True
            if kind == "group" and reg.GROUPS_BY_KEY[target].table == cell.table:
                return True
    return False


def _is_year_negation(q, a, b, years):
    """Whether a negation's scope is a year (除2024年以外): years.py has read it already."""
    return any(s < b + 4 and e > a for s, e in years.spans)


def _chinese_names(targets) -> list:
    """Chinese words the registry gives a hit's targets (for searching Chinese prose)."""
    names = []
    for kind, target, _ in targets:
        if kind == "row":
            row = reg.table(target[0]).row(target[1])
            names += [w for w in (row.zh.split(" ")[-1], *row.ask) if not w.isascii()]
        elif kind == "col":
            col = reg.table(target[0]).column(target[1])
            names += [w for w in (col.zh, *col.ask) if not w.isascii()]
        elif kind == "group":
            names += [w for w in reg.GROUPS_BY_KEY[target].ask if not w.isascii()]
        else:
            names += [w for w in reg.table(target).ask if not w.isascii()]
    cleaned = [re.sub(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])", "", n) for n in names]
    return list(dict.fromkeys(n for n in cleaned if len(n) >= 2))[:8]


def _hit_label(hit):
    kind, target, _ = hit[2][0]
    if kind == "row":
        return reg.table(target[0]).row(target[1]).zh.split(" ")[-1]
    if kind == "col":
        return reg.table(target[0]).column(target[1]).zh
    if kind == "group":
        return reg.GROUPS_BY_KEY[target].zh
    return reg.table(target).zh
