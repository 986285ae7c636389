"""Years in a question, in every way people write them, and what they mean together.

    2023年, 2023年度, ２０２３, 二〇二三年, 二零二三年, 23年    one year
    2021到2024, 2021-2024年, from 2021 to 2024                 a range
    2023年之后 / 以后 / after 2023                               later years (2023 excluded; asked of
                                                                 plans, 2023 too: they are in its report)
    2021年以来 / since 2021 / 2023年及以后                       that year and later
    2023年以前 / 之前 / before 2023                              earlier years (2023 excluded)
    除2024年以外, 不含2024年, 不要2024年的, except 2024           every year but 2024
    近三年, last 3 years                                         the archive's latest N years
    今年 / 去年 / 前年, this year / last year                    counted from today's date

今年 and 去年 are calendar years counted from today's date, the way staff speak: asked in
2026, 去年 is the 2025 report (published in 2026). The answer says which year it took.
Every year expression is reported with its span, so the parser can tell what it read.
"""
import datetime
import re
from dataclasses import dataclass, field

_CN_DIGIT = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4",
             "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}
FIRST_YEAR, LAST_YEAR = 2000, 2099  # the span of years a report can be for


def chinese_year_digits(text: str) -> str:
    """二〇二三年 / 二零二三年 → 2023年."""
    return re.sub(r"[二][〇零○Ｏ一二三四五六七八九]{3}(?=\s*年)",
                  lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), text)


@dataclass
class YearScope:
    include: list = field(default_factory=list)  # years named (and ranges expanded)
    exclude: list = field(default_factory=list)  # years excluded (除…以外, except)
    after: int | None = None  # years > after
    before: int | None = None  # years < before
    recent: int | None = None  # the latest N years the archive holds
    relative: list = field(default_factory=list)  # [(word, year)] for 今年/去年, to say which year was taken
    spans: list = field(default_factory=list)
    trend: bool = False  # a range or open interval: several years asked for

    @property
    def any(self) -> bool:
        return bool(self.include or self.exclude or self.after or self.before or self.recent)

    def resolve(self, available) -> list | None:
        """The years asked for among `available` (the archive's years), or None for "all"."""
        years = sorted(set(available))
        if self.include and self.after is None and self.before is None:
            chosen = sorted(set(self.include))
        else:
            chosen = years
            if self.include:
                chosen = sorted(set(chosen) | set(self.include))
            if self.after is not None:
                chosen = [y for y in chosen if y > self.after]
            if self.before is not None:
                chosen = [y for y in chosen if y < self.before]
        if self.recent:
            chosen = [y for y in chosen if y in years][-self.recent:]
        if self.exclude:
            chosen = [y for y in chosen if y not in self.exclude]
        if not (self.include or self.after is not None or self.before is not None or self.recent or self.exclude):
            return None
        return chosen


_SEP = r"\s*(?:年度?)?\s*"
_YEAR = r"(?<![\d.])((?:19|20)\d{2})(?![\d.])"
_SHORT = r"(?<![\d.])(\d{2})(?=\s*年)"  # 23年


def _year(token: str) -> int:
    value = int(token)
    if value < 100:
        value += 2000
    return value


# Plans, in the narrow sense: not answer.py's _PLANNING, whose 措施 / will also ask what was done
# in the years after ("what measures did … take after 2015" is not the 2015 report's)
_PLANS = re.compile(r"打算|计划|规划|下一步|\b(?:plan|plans|planned|planning|intends?|intended)\b")


def find_years(q: str, today: datetime.date | None = None) -> YearScope:
    """Every year expression in a normalised question (lower case, NFKC)."""
    today = today or datetime.date.today()
    scope = YearScope()
    taken = []

    def take(m, group=0):
        taken.append(m.span(group))

    def free(m):
        return not any(a < m.end() and m.start() < b for a, b in taken)

    year = rf"(?:{_YEAR}|{_SHORT})"
    # exclusions first: 除2024年以外, 不含2024年, 不要2024年的, except 2024
    for m in re.finditer(rf"(?:除了?|不含|不包括|不包含|不要|排除|去掉)\s*{year}{_SEP}(?:年)?(?:的)?(?:以外|之外|外)?|"
                         rf"(?:excluding|except(?: for)?|other than|not in|apart from|without)\s+(?:in\s+)?{year}", q):
        scope.exclude.append(_year(next(g for g in m.groups() if g)))
        take(m)
    # ranges: 2021到2024, 2021-2024, from 2021 to 2024, between 2021 and 2024
    for m in re.finditer(rf"(?:from\s+|between\s+)?{year}{_SEP}(?:到|至|-|–|—|~|～|to|through|until|and)\s*"
                         rf"{year}{_SEP}", q):
        if not free(m):
            continue
        values = [g for g in m.groups() if g]
        lo, hi = sorted(map(_year, values[:2]))
        scope.include.extend(range(lo, min(hi, lo + 60) + 1))
        scope.trend = True
        take(m)
    # open intervals
    for m in re.finditer(rf"(?:(?:after|later than)\s+{year})|(?:{year}{_SEP}(?:之后|以后|后))", q):
        if free(m):
            # what was planned for the years after it is in that year's own report
            scope.after = _year(next(g for g in m.groups() if g)) - (1 if _PLANS.search(q) else 0)
            scope.trend = True
            take(m)
    for m in re.finditer(rf"(?:since|from)\s+{year}(?!\s*(?:to|through|until))|{year}{_SEP}(?:以来|及以后|及之后|起|开始)", q):
        if free(m):
            scope.after = _year(next(g for g in m.groups() if g)) - 1
            scope.trend = True
            take(m)
    for m in re.finditer(rf"(?:(?:before|earlier than|prior to)\s+{year})|(?:{year}{_SEP}(?:之前|以前|前))", q):
        if free(m):
            scope.before = _year(next(g for g in m.groups() if g))
            scope.trend = True
            take(m)
    for m in re.finditer(rf"{year}{_SEP}(?:及以前|及之前|以前\(含\)|为止)|(?:up to|until|through)\s+{year}", q):
        if free(m):
            scope.before = _year(next(g for g in m.groups() if g)) + 1
            scope.trend = True
            take(m)
    # single years
    for m in re.finditer(rf"{year}\s*(?:年度|年)?", q):
        if free(m):
            scope.include.append(_year(next(g for g in m.groups() if g)))
            take(m)
    # the latest N years
    m = re.search(r"(?:近|最近|过去|前)\s*([一二两三四五六七八九十\d]+)\s*(?:个)?年", q) or re.search(
        r"(?:last|past|recent|previous)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years", q)
    if m and free(m):
        token = m.group(1)
        scope.recent = int(token) if token.isdigit() else _CN_NUM.get(token) or _EN_NUM.get(token)
        scope.trend = True
        take(m)
    # years counted from today
    # (上一年 and 上年 are not here: the template prints them — 上一年项目数量, 上年结转)
    relative = (("今年", 0), ("this year", 0), ("去年", 1), ("last year", 1), ("前年", 2),
                ("the year before last", 2))
    for word, back in relative:
        for m in re.finditer(re.escape(word), q):
            if free(m):
                scope.include.append(today.year - back)
                scope.relative.append((word, today.year - back))
                take(m)
    scope.include = sorted(set(scope.include) - set(scope.exclude))
    scope.spans = taken
    return scope
