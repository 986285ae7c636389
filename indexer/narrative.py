"""Figures stated in a report's prose: "公布各类信息共 230条", "受理政府信息公开申请 21 件".

Only counts whose unit follows the number are taken (条, 件, 期, 篇, 次, 人次, 场, 元, 万元, 份,
宗, 起, 例, 则, 批, 批次, 部 (视频10部); never an ordinal: 第3期), or follows 余/多 ("600余篇": more than 600, shown as
printed) or 万 ("4.14万条": 41,400) or 亿 ("17.9亿次"), or a measure word's count printed without one ("总点击量43984": the
measure names what was counted); in "26 个领域" the unit is too vague to say what was counted. Each figure keeps the
clause that states it ("2020 年，我乡在政府信息公开网上公布各类信息共 230条"): answers
quote it, and questions are matched against it, so a statement whose subject follows the
number ("今年共发布 380 条政策解读") still names its subject. The short subject before
the number is kept as the statement's key, when it is more than a verb.
"""
import re
from dataclasses import dataclass

from .chunks import holds_no_table
from .text import parse_number

NARRATIVE_SECTIONS = ("preface", "overview", "other")
# A measure word is no measure word when a word goes on from it: 部 counts (系列动漫解读视频10部),
# 部分, 部门, 部署 and 部长 do not.
NOT_A_WORD_GOING_ON = "(?![分门署长])"
# What a count is counted in (the measure words a statement's figure ends with)
# (例: cases, as a request is counted too: "受理依申请政府信息公开事项17例"; 卷, 卷次 and 件次: an archive's
# volumes and their uses, "利用档案2061卷(件)次"; 封, letters, as requests are counted too: "共收到依申请
# 公开件27封"); 则, news items and reports, "在各级媒体上刊发报道646则"; 户, households and accounts,
# "微信、微博关注用户72010户" (not 户籍, 户口, 户外); 张, sheets, "发放宣传单1.7万余张" (not 张贴); 台,
# machines, "政务大厅3台LED屏" (not 台账, 台阶); 册, volumes and booklets, "编印…文件汇编2册" (not 册子)
# (部 last: the lookahead that follows is 部's alone)
# (种, kinds: "报送规范性文件6种")
_UNIT_WORDS = ("人次|万元|条|件次|件|期|篇|次|场|元|份|封|宗|起|例|则|批次|批|卷次|卷|户(?![籍口型主外内])|张(?![贴榜挂])|台(?![账阶])|册(?!子)"
               "|种(?![植子养类])|部" + NOT_A_WORD_GOING_ON)
_UNITS = r"(?:" + _UNIT_WORDS + ")"
# The measure words of a count before its noun ("涉及26个领域", "13项行政权力事项", "推动95家用人单位")
_NOUN_MEASURES = "个|项|家"
# A number as prose prints it, its thousands apart by commas; it ends with a digit ("信息6,人事信息5条":
# 6, then a list's comma)
_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
# A count's scale, 万 (not of 万元, a unit of its own) or 亿, and what it multiplies the count by
_SCALE = r"(?P<wan>万(?!元)|亿)?"
_SCALES = {"万": 10000, "亿": 100000000}
# The words that say a count is a total, between its subject and its number ("…共计230条")
_TOTAL_SAID = r"(?:共计|总计|合计|累计|共|达到|达|为)"
# (the label may end in an aside: "召开新闻发布会(通气会)4场")
_FIGURE_RE = re.compile(
    r"(?P<label>[\u4e00-\u9fff“”《》]{2,24}?(?:[（(][\u4e00-\u9fff、]{1,12}[）)])?)" + _TOTAL_SAID + "?"
    # (个 before a measure is none: "清单7个批次" counts batches, not the lists)
    r"(?<!第)(?P<num>" + _NUMBER + r")" + _SCALE + r"(?P<about>余|多)?(?:个(?=批次|批))?"
    r"(?P<unit>" + _UNITS + r"|人(?!民)|名|(?:" + _NOUN_MEASURES + r")(?=[\u4e00-\u9fff]{2})|(?:" + _NOUN_MEASURES + r")(?=[，,。；;、]|$))"
    # (a second measure in brackets: "主动公开信息共82篇(条)" counts in either)
    r"(?P<alt>[（(](?:" + _UNIT_WORDS + r"|个|项)[）)])?"
    r"(?![\u4e00-\u9fff]{0,1}[号日月年])")
_LEADING_FILLER = re.compile(r"^(?:[年月日度底末]|全年|其中|主要有|以及|及|和|并|共)+")
# A subject that is only a verb ("发布", "公开") or a time names nothing: the clause does.
_BARE = re.compile(r"^(?:今年|全年|本年|当年|累计|共计|共|合计|先后|依法依规|及时|时)?(?:[一-龥]{0,2})?"
                   r"(?:公布|发布|公开|推出|提出|受理|办结|修改|进行|开展|组织|答复|另有|处理|收到|完成)$")
# Saved web pages and crawler texts often print the half-width comma and colon; a comma between
# digits (1,234) is a thousands separator, not a clause's end.
_CLAUSE_END_RE = re.compile(r"[，。；！？：;!?:\n]|,(?![0-9])|(?<![0-9]),")
MAX_CLAUSE = 60
CLAUSE_OPENING = 16  # of a list cut to MAX_CLAUSE, the first characters kept before its count (its own words)


def unit_forms(unit: str) -> tuple:
    """The measures a statement's unit counts in: "篇(条)", printed "82篇(条)", is 篇 and 条."""
    return tuple(u for u in re.split(r"[()]", unit or "") if u) or ("",)


@dataclass
class NarrativeFigure:
    label: str  # the stated subject, or the clause where the subject is no more than a verb
    value: float
    raw: str
    unit: str
    page: int
    bbox: tuple | None
    line: int | None
    clause: str = ""  # the clause that states it, as printed


# "…42场、新闻通气会19场"; "…收到依申请公开57件以及2021年转办依申请公开2件" (a count joined to the
# next by 以及 / 及 / 和 / 并 ends its clause, as 、 does), and one whose unit is followed by the word
# for what it counts ("主动公开本局工作动态3条信息、政务要闻1条信息": 工作动态's clause is its own)
_COUNT_JOINER = r"(?:、|以及|及|和|并且|并)"
_COUNTED_WORD = r"(?:政府信息|信息)"
_COUNT_END = r"\d(?:" + _UNIT_WORDS + "|个|项)"  # a count's last digit and its unit
_ENUMERATED = re.compile(_COUNT_END + _COUNTED_WORD + "?" + _COUNT_JOINER)


_ASIDE_OPENS = re.compile(r"[(（]")
# an aside right after a count, and the word that opens its list of the count's parts
_COUNT_BEFORE_ASIDE = re.compile(_COUNT_END + r"[(（]$")
_PARTS_WORD = re.compile(r"(?:其中|包括|包含|含)?[:：]?")
# A count and its noun, then a second statement's 在/通过/向 with a count of its own (no comma between)
_RUN_ON = re.compile(_NUMBER + r"(?:余|多)?" + _UNITS + r"[\u4e00-\u9fff]{0,12}?(?=(?:在|通过|向)[\u4e00-\u9fff“”]{2,20}?\d)")


def _open_aside(text, left, start) -> int:
    """Where the aside still open at text[start] was opened after `left` (its bracket), or -1."""
    opened = max(text.rfind("(", left, start), text.rfind("（", left, start))
    return opened if opened > left and _inside_parentheses(text, opened, start) else -1


def _inside_parentheses(text, left, start) -> bool:
    """Whether text[start] is inside parentheses opened after `left`."""
    before = text[left:start]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _clause(text, start, end, opening=False):
    """The clause around text[start:end], and where it starts: from the punctuation before it to
    the one after it.
    In an enumeration of counts ("召开市政府新闻发布会42场、新闻通气会19场") each count's clause
    is its own item: a 、 right after a count ends one (a 、 inside a subject, 政策、规范性文件类
    信息207条, does not)."""
    left = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END_RE.search(text, end)
    right = after.start() if after else len(text)
    joined = re.match("(" + _COUNTED_WORD + "?)" + _COUNT_JOINER, text[end:end + 6])
    if joined and end < right:
        right = end + len(joined.group(1))  # (the word for what it counts is its own)
    # a count that closes an aside ends its clause there ("代表建议22件(主办件19件、协办件3件)、县政协
    # …提案14件": 协办件3件, not a clause that runs on to the 14)
    if text[end:end + 1] in ")）" and end < right and _inside_parentheses(text, _sentence_start(text, start), start):
        right = end
    items = [m.end() for m in _ENUMERATED.finditer(text, left, start)]
    if items:
        left = items[-1]
    # nor does a clause start inside an aside closed before it ("…协办件3件)、县政协…委员提案14件")
    close = max(text.rfind(")", left, start), text.rfind("）", left, start))
    if close >= 0 and "(" not in text[left:close] and "（" not in text[left:close]:
        left = close + 1 + (text[close + 1:close + 2] == "、")
    # a count inside an aside that lists the parts of the count before it starts its clause there
    # ("组织机构类信息4条(含机构信息1条,内设机构1条…)": 机构信息1条, not the 4 and its words)
    opened = _open_aside(text, left, start)
    if opened >= 0 and _COUNT_BEFORE_ASIDE.search(text, left, opened + 1):
        left = opened + 1 + len(_PARTS_WORD.match(text, opened + 1).group(0))
    # two statements run together where a comma was lost ("在政务微博发布1794条政府公开信息在政务微信
    # 发布1959条…"): each count's clause is its own statement
    joins = [m.end() for m in _RUN_ON.finditer(text, left, right)]
    # (and where a count lost its unit and comma: "主动发布各类政务动态信息945公开机构职能信息4条" — the 4
    # counts 公开机构职能信息, not the dynamics the 945 counts)
    joins += [m.end() for m in _UNIT_LOST.finditer(text, left, right)]
    # (or where only the comma between two counts was lost: "…专栏信息5326条互动交流专栏信息91条")
    joins += [m.end() for m in _COMMA_LOST.finditer(text, left, right)]
    left = max([j for j in joins if j <= start], default=left)
    right = min([j for j in joins if j >= end], default=right)
    # a figure outside parentheses ends before an aside that follows it, whose own commas would
    # otherwise end the clause inside it ("政协提案37件(主办24件,会办13件)": 政协提案37件)
    aside = _ASIDE_OPENS.search(text, end, right)
    if aside and not _inside_parentheses(text, left, start):
        right = aside.start()
    first = ""
    if right - left > MAX_CLAUSE:  # a long run without punctuation: the words nearest the figure
        # (and with `opening`, its first words, which say what the run is about: "水利部门户网站开设了
        # 水利工程…、…世界水日中国水周…等68个专题" is a count of the portal's special topics)
        # (only of a list of named things, no count among them: not of statements run together)
        listing = text[left:start]
        if start - 30 > left and listing.count("、") >= 2 and not _ONE_COUNT.search(listing):
            first = text[left:min(left + CLAUSE_OPENING, start - 30)]
        left, right = max(left, start - 30), min(right, end + 20)
    return (text[left:right], left, first) if opening else (text[left:right], left)


# A clause that says no more than "published N" ("全年共发布152条", "2017年，共公开发布信息82条"), or
# "received N" ("2025年新收63件" under "（二）依申请公开情况")
# has its subject before it: the sentence's first clause ("其中微博29个，共发布信息1992条") or the
# heading of the point it closes ("（5）推进安全生产信息公开。…全年共发布信息84条").
# The words of a year and of a total, with which a count that totals what came before it starts
# ("共发布信息1992条", "全年共发布152条")
_TOTAL_WORDS = r"\d{4}年度?|今年|全年|本年|当年|年内|共计|总计|合计|累计|共|达到|达|为|已"
# The words of a span of years a count may be over ("历年累计381份", "自开设以来"), which name nothing counted
SPAN_WORDS = r"历年|累计|至今|迄今|以来"
_SAYS_ONLY_COUNT = re.compile(r"(?:" + _TOTAL_WORDS + r"|截止目前|截至目前|目前|" + SPAN_WORDS + r"|"
                              r"主动|公开|发布|公布|推出|推送|刊发|新收|收到|受理|了|各类|相关|政府信息|信息|[，,、\s])*")
_TOTAL_START = re.compile(r"(?:" + _TOTAL_WORDS + ")")
_POINT_START = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|(?<![\d.])\d{1,2}[.．、](?!\d)|"
                          r"[一二三四五六七八九十]是|[一二三四五六七八九十]、")
_SENTENCE_END = "。；！？;!?"


def _sentence_start(text, at) -> int:
    """Where the sentence that holds position `at` starts (after the last sentence end before it)."""
    return max(text.rfind(p, 0, at) for p in _SENTENCE_END) + 1
POINT_REACH = 240  # how far back the point's heading may be
HEADING_CHARS = 24


def _names_nothing(words: str) -> bool:
    """Whether words before a count name nothing it could be a count of (a date, "共发布")."""
    return len(re.findall(r"[\u4e00-\u9fff]", words)) < 2 or bool(_SAYS_ONLY_COUNT.fullmatch(words))


def _with_subject(text, clause_start, clause):
    """The clause with the words that name its subject before it: the clause right before it
    when that names something, else the first clause of its sentence; and the heading of its
    point ("一是积极推进教育领域信息公开…全年共发布152条"). Alone it would match any question
    about what was published."""
    sentence = _sentence_start(text, clause_start)
    points = list(_POINT_START.finditer(text, max(0, clause_start - POINT_REACH), clause_start))
    label = clause
    # the clause right before the count when it names something ("…网站发布主动公开信息28大项、
    # 79小项，共计6657条"), else the sentence's first clause; then the point's heading before both
    starts = [sentence] + [m.end() for m in _CLAUSE_END_RE.finditer(text, sentence, max(sentence, clause_start - 1))]
    # (over remarks in percent between the subject and its count: "“温州医保”微信公众号粉丝用户19.9万余人,
    # 同比增长11.2%,粉丝活跃度达40%以上,全年共发布信息847篇")
    end = clause_start
    while len(starts) > 1 and "%" in text[starts[-1]:end]:
        end = starts.pop()
    before = starts[-1]
    if before < clause_start and not _TOTAL_START.match(clause) and _FIGURE_RE.search(text[before:clause_start]):
        # an item of a list of counts, named by words that elsewhere say only "published"
        # ("其中,部门动态信息155条,信息公开32条": a kind of item called 信息公开), not a total of
        # the point ("其中微博29个，共发布信息1992条")
        return clause
    if before > sentence and _names_nothing(re.split(r"[，。；：、,;:]", text[before:clause_start])[0]):
        before = sentence
    own = _FIGURE_RE.search(clause)
    for start in ([before] if before < clause_start else []) + [m.start() for m in points[-1:]]:
        heading = re.split(r"[，。；：、,;:]", text[start:clause_start])[0][:HEADING_CHARS]
        other = _FIGURE_RE.search(heading)
        if other and own and other.group("unit") != own.group("unit") and start == before:
            # a count of another measure of the same subject before it ("“健康南通”微信公众号关注用户数超
            # 66万人,全年发布信息1200余条"): the words before that count name the subject
            heading = heading[:other.start("num")]
            other = None
        named = _POINT_START.sub("", heading)
        # (a clause with a count of its own is that count's statement: "…重大财政政策公开17条,共公开
        # 28条" totals the point's counts, whose heading names them)
        if _names_nothing(named) or heading in label or other:
            continue
        if clause_start - (start + len(heading)) <= 1:  # next to it: as printed
            label = text[start:clause_start] + label
        else:
            label = f"{heading}…{label}"
    return label


# A count named by its measure alone (发稿量, 访问量, 关注量), after a count of another measure of the
# same subject: "微信公众号“湛江市公共法律服务”关注量116516人,发稿量699篇,访问量197560次"
_MEASURE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,3}量")
_MEASURED = re.compile(r"(?P<subject>.*?)[\u4e00-\u9fff]{1,3}量(?:为|达|超)?" + _NUMBER)
_TOTAL_AT_START = re.compile(r"^(?:" + _TOTAL_WORDS + ")")


def _measured_subject(text, clause_start) -> str:
    """What a count named by its measure alone measures: the words before the measure of the
    nearest clause of its sentence that names them, over clauses that are measures alone too;
    or the thing counted by the clause right before it, a part of a list ("…主动公开信息835条,其中政务
    公开专栏信息174条,访问量384381人次": the column's visits; the list's head is the sentence's first
    count, added anyway); else ""."""
    sentence = _sentence_start(text, clause_start)
    pieces = re.split(r"[，,；;：:]", text[sentence:clause_start].rstrip("，,；;：:"))
    for nearest, piece in enumerate(reversed(pieces)):
        said = _MEASURED.match(piece)
        if not said:
            listed = nearest == 0 and any(_FIGURE_RE.search(p) for p in pieces[:-1])
            counted = _FIGURE_RE.search(piece) if listed else None
            if counted and counted.end() == len(piece):
                subject = _TOTAL_AT_START.sub("", re.sub(r"^其中", "", counted.group("label")))
                return "" if _names_nothing(subject) else subject
            return ""
        subject = _TOTAL_AT_START.sub("", said.group("subject"))  # (not its year: "2025年度微信公众号…")
        if not _names_nothing(subject):
            return subject
    return ""


# Between a list's head and one of its parts in a stored clause ("我局已在市政府网站主动公开政府信息
# 504条⋯公示公告234条"): the part's own words are what it counts, the head's say where and how
# (server/stated.py weighs them less).
LIST_MARK = "⋯"


# (a count's words may hold a number: "12360服务热线新媒体发布微信426条")
_BARE_COUNTS = re.compile(r"(?:[,，、][\u4e00-\u9fff“”\d]{2,24}?" + _NUMBER + r"(?:余|多)?" + _UNITS + r")*[,，、]")
# requests carried over from last year or to next year
_CARRIED_OVER = re.compile(r"(?:上年(?:度)?|上一年(?:度)?)?结转|转至下年")
# (组织 of 组织机构 is a noun, the agency's structure: "组织机构信息1条" is a kind of information listed)
_ACTS = re.compile(r"公开|发布|公布|推送|召开|举办|开展|办理|受理|收到|回应|答复|接受|处理|组织(?![机架]构)|完成|更新|上传|转载|"
                   r"解读|制定|印发|开设|新增|接待|参加|编制|报送|征集|审查")
# a clause that ends in a number with no unit: a count run into the next clause ("…政务动态信息945")
_BARE_COUNT_END = re.compile(r"[\u4e00-\u9fff]" + _NUMBER + r"$")
# a count run into the next one's words, the comma between them lost ("…信息5326条互动交流专栏信息91条")
_COMMA_LOST = re.compile(r"(?<![\d.])" + _NUMBER + r"(?:余|多)?" + _UNITS +
                         r"(?=[\u4e00-\u9fff“”]{2,24}?" + _NUMBER + r"(?:余|多)?" + _UNITS + r")")
# a number run into the act of the next statement, its unit and comma lost ("…信息945公开机构职能信息4条"),
# not a hotline's ("通过12345受理群众诉求300件")
_UNIT_LOST = re.compile(r"(?<![\d.,第])(?!12\d{3}(?!\d))" + _NUMBER + r"(?=(?:主动)?(?:" + _ACTS.pattern + r"))")


def _acts_own(label) -> bool:
    """Whether a part's words do something of their own (_ACTS), not 公开 of a kind of information
    named by its disclosure ("信息公开年报1条", "政务公开指南1份": no act, a kind listed)."""
    return any(not (a.group() == "公开" and label[max(0, a.start() - 2):a.start()] in ("信息", "政务"))
               for a in _ACTS.finditer(label))


_OVER_A_SPAN = re.compile(SPAN_WORDS)


def _list_head(text, clause_start):
    """The clause a part of a list belongs to: the sentence's first count when the part follows
    it after 其中 ("…主动公开政府信息504条，其中工作动态140条、…公示公告234条") or in a run of
    counts joined by 、 ("“临夏公安”微信公众号发布信息1205条、微博12984条"); else ""."""
    sentence = _sentence_start(text, clause_start)
    intro = _colon_intro(text, sentence, clause_start)
    if intro:
        return intro
    # a part listed in an aside after a count is a part of that count ("组织机构类信息4条(含机构信息1条,
    # 内设机构1条…)")
    opened = _open_aside(text, sentence, clause_start)
    if opened >= 0:
        counted = [m for m in _FIGURE_RE.finditer(text, sentence, opened) if m.end("unit") == opened]
        if counted:
            return _head_clause(text, counted[-1])[0]
    chained = _after_sentence_of_parts(text, sentence, clause_start) or _list_continued(text, sentence, clause_start)
    if chained:
        return chained
    first = _FIGURE_RE.search(text, sentence, clause_start)
    if not first:
        return ""
    head, head_start, head_end, verb = _head_clause(text, first)
    if head_end > clause_start:
        return ""
    between = text[head_end:clause_start + 2]  # 其中 before the part, or starting it
    if "其中" in between or text.startswith("、", clause_start - 1):
        return head
    # a run of bare counts after the head ("…在门户网站主动公开水利工作动态133条,水利通知公告121条,
    # 办事服务类101条"): the parts name only what is counted, and take where and how from the head,
    # up to its first verb (水利工作动态 is the first part, not the list's subject); a part with its own
    # verb ("举办在线访谈5次", "微信发布信息364条") says where and how itself. The head's verb is
    # the last before its count ("自开设至今共发布政务信息100余条,藏语视频28条": 发布, not 开设),
    # not 解读 of 政策解读, which names a kind of information
    part = _FIGURE_RE.match(text, clause_start)
    right_after = clause_start - head_end == 1 and text[head_end] in ",，、"  # the part follows the head's count
    if part and right_after and _OVER_A_SPAN.search(part.group("label")) and _names_nothing(part.group("label")):
        # a count right after the head that names only a span counts what the head counts, over that
        # span ("本年度共公开文件2份,历年累计381份": documents, all years'); not a total of a run of counts
        # ("…基础信息135条,…水利领域信息81条,合计共221条" counts all three)
        return (f"{verb}…" if verb else "") + text[head_start:first.start("num")]
    acts = [a for a in _ACTS.finditer(head) if a.group() != "解读"]
    if part and acts and not _acts_own(part.group("label")) and \
            _BARE_COUNTS.fullmatch(text[head_end:clause_start]):
        # (a count of the run done otherwise heads the bare counts after it: "…公开政府信息190条,微信公众号
        # 累计推送1249条,粉丝1056人": the followers are the account's; not one done alike: "同意公开答复9件,
        # …不予公开答复2件,无法提供的10件" are all the requests answered)
        # (but requests carried over are the requests received, whatever was done to others between:
        # "共收到依申请公开308件,上年结转1件,法定期限内予以答复306件,结转下年3件")
        for before in ([] if _CARRIED_OVER.match(part.group("label")) else
                       reversed(list(_FIGURE_RE.finditer(text, head_end, clause_start)))):
            own = [a for a in _ACTS.finditer(before.group("label")) if a.group() != "解读"]
            if own and own[-1].group() != acts[-1].group():
                return before.group("label")[:own[-1].end()]
        # (a count in another measure right after the head measures what the head did: "全年开展专题培训
        # 2次,覆盖乡村两级工作人员86人次" is the training's reach, so the head stays whole)
        if right_after and part.group("unit") != first.group("unit"):
            return head
        # (公开 of 公开申请 is a request for disclosure, which the parts count: "全年收政府信息公开申请464件,
        # …剩余26件结转下年度办理")
        end = acts[-1].end()
        return head[:end + 2 if head.startswith("申请", end) else end]
    return ""


def _head_clause(text, m):
    """(clause, where it starts, where it ends, its verb) of a list's head, the count `m`: a head cut
    short keeps its verb, as its count does (_verb_cut_off), the clause then "verb…clause"."""
    head, head_start = _clause(text, m.start("num"), m.end("unit"))
    verb = _verb_cut_off(text, head, head_start)
    return (f"{verb}…{head}" if verb else head), head_start, head_start + len(head), verb


def _after_sentence_of_parts(text, sentence, clause_start):
    """The head of a list whose parts are sentences of their own, after "。其中：" and apart by
    semicolons ("…主动公开政府信息5915条。其中：工作动态类信息722条，占12.2%；公告通告类信息2402条，
    占40.6%；…"): the count that ends the sentence before 其中; or ""."""
    after_semicolon = text[sentence - 1:sentence] in ("；", ";")
    if not (after_semicolon or text.startswith("其中", sentence)):
        return ""
    if after_semicolon and _FIGURE_RE.search(text, sentence, clause_start):
        return ""  # a count before the part in its own sentence heads it instead
    parts = text.rfind("其中", 0, clause_start + 2)
    if parts < 1 or "。" in text[parts:clause_start] or text[parts - 1] != "。":
        return ""
    start = _sentence_start(text, parts - 1)
    # (a time limit is no count: "…均在5个工作日内办结")
    counts = [m for m in _FIGURE_RE.finditer(text, start, parts - 1) if not _DURATION.match(text, m.end("unit"))]
    # (or with the rate of that count after it: "全年受理政府信息公开申请24件，按时答复率100%。其中：
    # 予以公开13件…", whose parts are parts of the 24 requests)
    # (the count's noun may follow it: "…已向社会公众公开251条信息。其中,通知公告类信息6条")
    if not counts or (counts[-1].end("unit") != parts - 1
                      and not any(after.fullmatch(text, counts[-1].end("unit"), parts - 1)
                                  for after in (_RATES_ONLY, _NOUN_AFTER_COUNT, _ALL_OF_THEM))):
        return ""
    # (or with its change from last year after it: "…新收到依申请公开事项47件,较上一年度增加42件。其中,
    # 通过信函申请39件": the parts are of the 47, not of the 42 more)
    while len(counts) > 1 and _CHANGE_ONLY.fullmatch(_clause(text, counts[-1].start("num"), counts[-1].end("unit"))[0]):
        counts.pop()
    return _clause(text, counts[-1].start("num"), counts[-1].end("unit"))[0]


# days or hours after a count's unit: a time limit ("5个工作日内")
_DURATION = re.compile(r"工作日|日|天|小时")
# what was done with all of a count's things, after it ("…网民咨询留言104条,均在5个工作日内办结。其中,当日回复19条")
_ALL_OF_THEM = re.compile(r"[，,](?:均|全部|已全部|已|并全部)[^。；;，,]*")
# the noun a count is of, after it ("公开251条信息"): a few characters, no clause of their own
_NOUN_AFTER_COUNT = re.compile(r"[\u4e00-\u9fff]{1,6}")


# a clause that gives only a count's change from an earlier year ("较上一年度增加42件", "同比减少3件")
_CHANGE_ONLY = re.compile(r"(?:较|比|同比|与)[\u4e00-\u9fff\d]{0,8}?(?:增加|减少|增长|下降|上升|多|少)了?\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}")


# clauses that give only a rate, after a count ("，按时答复率100%", "，同比增长20.5%")
_RATES_ONLY = re.compile(r"(?:[，,][\u4e00-\u9fff]{0,12}\d+(?:\.\d+)?[%％])+")


def _list_continued(text, sentence, clause_start):
    """The head of a list run on past a semicolon ("…微信公众号发布信息559条，其中关于日常工作动态176条；
    转发疫情防控9条，国安23条，…领事提醒72条"): bare counts after it are parts of the list the
    sentence before ends with, whose head they share; or ""."""
    if text[sentence - 1:sentence] not in ("；", ";"):
        return ""
    part = _FIGURE_RE.match(text, clause_start)
    if not part or _acts_own(text[sentence:part.end("label")]) or \
            not _BARE_COUNTS.fullmatch("，" + text[sentence:clause_start]):
        return ""  # (a count with a verb of its own in the sentence heads the sentence's list itself)
    before = _sentence_start(text, sentence - 1)
    counts = list(_FIGURE_RE.finditer(text, before, sentence - 1))
    if not counts or counts[-1].end("unit") != sentence - 1:
        return ""
    _, last_start = _clause(text, counts[-1].start("num"), counts[-1].end("unit"))
    return _list_head(text, last_start)


def _colon_intro(text, sentence, clause_start):
    """The clause before a colon that opens a list of bare counts with no count of its own ("公开
    的政府信息类别具体发布数据统计如下：机构信息1条、公文法规1条…工作动态52条"): it says what
    the counts are of and how they came about, for the first part as for the rest; or ""."""
    colon = max(text.rfind(":", sentence, clause_start), text.rfind("：", sentence, clause_start))
    if colon < 0:
        return ""
    intro, _ = _clause(text, colon - 1, colon)
    if _FIGURE_RE.search(text, sentence, colon) or not _ACTS.search(intro):
        return ""
    # the parts between the colon and this one are bare counts (this one may be the first)
    if not _BARE_COUNTS.fullmatch("、" + text[colon + 1:clause_start]) and colon + 1 != clause_start:
        return ""
    return intro


# A count whose noun follows it ("涉及26个领域187个具体事项", "对接16个部门25个业务系统")
_COUNT_BEFORE_NOUN = re.compile(_NUMBER + r"(?:余|多)?(?:个|项)(?=[\u4e00-\u9fff])")


_ONE_COUNT = re.compile(r"\d[\d,.]*" + _UNITS)
_RESPECTIVE_COUNTS = re.compile(r"分别(?P<verb>[^，,。；;、\d]*?)(?P<counts>\d[\d,.]*" + _UNITS + r"(?:、\d[\d,.]*" + _UNITS + r")+)")


# (after where or for whom: "在4个社区设立标准化政务公开栏", "为12个村配备了公开栏")
_CLAUSE_OPENING_COUNT = re.compile(r"(?<=[，,；;：:。])(?:在|为|向|给)?(?P<label>)(?P<num>" + _NUMBER + r")(?P<wan>)(?P<about>余|多)?"
                                   r"(?P<unit>名|人|家|所|项|个(?!工作日|月|小时|星期|季度|年)|" + _UNIT_WORDS + r")"
                                   r"(?=[\u4e00-\u9fff“”]{2,16}(?:[，,。；;]|$))")


def _counted_before(text, clause_start, unit=None) -> str:
    """What a clause opening with a count counts when the clause before it counts a thing in the
    same unit: that thing, as its words before their count name it ("共有可办理政务服务事项数量95项,
    88项可全程在线办理": 88 of the 政务服务事项); else "". Not across a semicolon, which ends a
    statement: "微博平台发布信息914条;6条信息得到杭州发布录用" counts items some account took up, not of
    the 微博's 914. (With no unit, in any unit: what a clause of a verb alone acted on, _TAKEN_UP.)"""
    if text[clause_start - 1:clause_start] in ("；", ";"):
        return ""
    before = text[max(0, clause_start - 60):clause_start - 1]
    previous = re.split(r"[，,；;：:。！？]", before)[-1]
    m = _FIGURE_RE.search(previous)
    if not m or m.end() != len(previous) or (unit is not None and m.group("unit") != unit):
        return ""
    words = _LEADING_FILLER.sub("", re.sub(r"^(?:共有|共|有|其中)", "", m.group("label")))
    words = re.sub(r"(?:数量|总数|数)$", "", words)
    # (an act alone names nothing: "…已按时办结33件,1件结转至下年办理" is no count of requests concluded)
    return "" if _names_nothing(words) or _ACT_ONLY.fullmatch(words) else words


_ACT_ONLY = re.compile(r"(?:已经|已|均|全部|按时|及时|依法|当场|共)*(?:办结|答复|回复|办理|处理|受理|采用|录用|刊用|采纳|"
                       r"刊发|刊登|转载)(?:完毕|完成)?")
# A clause of a verb alone that takes up or settles what the clause before it counted ("在各大官方
# 媒体投稿57期,采用42次": 42 of the pieces submitted were run; "受理投诉15件,办结15件")
_TAKEN_UP = re.compile(r"(?:已|均|全部|共)?(?:采用|录用|刊用|采纳|刊发|刊登|转载|办结|答复|回复)")
# A count right after another of the same thing in another unit ("播发《民和新闻》256期2085条",
# "开展培训3次120人次"): no words of its own, its clause names what both count
_COUNT_IN_ANOTHER_UNIT = re.compile(r"\d(?:万(?!元))?(?:余|多)?(?P<first>" + _UNITS + r")(?P<label>)(?P<num>" + _NUMBER +
                                    r")" + _SCALE + r"(?P<about>余|多)?(?P<unit>" + _UNITS + r")"
                                    r"(?![\u4e00-\u9fff]{0,1}[号日月年])")
_COUNT_AFTER_COUNT = re.compile(r"(?<=、)(?P<label>)(?P<num>" + _NUMBER + r")" + _SCALE + r"(?P<about>余|多)?"
                                r"(?P<unit>" + _UNITS + r")")
# (and after a comma, 及, 和 or 、 in a list of counts before their nouns: "…7个板块,18个栏目及9个…专栏",
# "网站已建立70余个信息发布栏目、4个互动栏目": counts in 个, 名, 项 too)
_COUNT_AFTER_JOINER = re.compile(r"(?<=[,，及和、])(?P<label>)(?P<num>" + _NUMBER + r")(?P<wan>)(?P<about>余|多)?"
                                 r"(?P<unit>" + _UNITS + r"|名|" + _NOUN_MEASURES + r")(?=[\u4e00-\u9fff“”]{2})")


# A count a measure word names, printed without a unit ("所有栏目总点击量43984。", "网站访问量达12万,"):
# the measure says what was counted, so it stands as a count with no unit of its own
_MEASURE_COUNT = re.compile(r"(?P<label>[\u4e00-\u9fff“”]{0,12}?(?:访问|点击|浏览|阅读|播放|下载|关注|粉丝)量)"
                            r"(?:" + _TOTAL_SAID + r"|超过)?(?P<num>" + _NUMBER + r")(?P<wan>万|亿)?"
                            r"(?P<about>余|多)?(?P<unit>)(?=[，,。；;、）)]|$)")


def _respectively(text, m):
    """The label of a count among counts said "respectively" of as many things: "微博、微信公众号
    全年分别累计发布信息337条、757条" is 337 for 微博 and 757 for 微信公众号 (the first item keeps
    the words before the list, the last those after it)."""
    left = max((x.end() for x in re.finditer(r"[，,。；;：:]", text[:m.start("num")])), default=0)
    said = _RESPECTIVE_COUNTS.search(text, left)
    if not said or not said.start("counts") <= m.start("num") < said.end("counts"):
        return None
    counts = list(_ONE_COUNT.finditer(said.group("counts")))
    items = text[left:said.start()].split("、")
    if len(items) == 1 and len(counts) == 2:
        # two things joined by 和 or 及 ("“西山发布”微信和微博分别发布信息1408条、6502条"), an account's
        # quoted name before the first the name of both
        items = re.split(r"以及|和|及|与", items[0])
        named = re.match(r"“[^”]{2,}”", items[0]) if len(items) == 2 else None
        if named and not items[1].startswith("“"):
            items[1] = named.group() + items[1]
    if len(items) != len(counts) or any(len(item) < 2 for item in items):
        return None
    i = next(i for i, c in enumerate(counts) if said.start("counts") + c.start() == m.start("num"))
    return items[i] + said.group("verb") + counts[i].group()


# A list of counts each before its noun ("做好2件人大代表建议、6件政协委员提案办理结果信息公开";
# "网站共设置7个板块,18个栏目及9个重点领域信息专栏"): each count is of its own noun, the words
# before the list say what was done with all of them.
_LIST_JOINERS = ("、", ",", "，", "及", "和", "以及")
_NOUN_COUNT = re.compile(r"(?P<num>" + _NUMBER + r")(?:余|多)?(?:" + _UNIT_WORDS + r"|名|" + _NOUN_MEASURES + r")"
                         r"(?P<noun>[\u4e00-\u9fff“”]{2,}?)(?=(?:、|,|，|以及|及|和)\d|$)")
# a comma that goes on with the next count of such a list, not to a clause of its own
_LIST_COMMA = re.compile(r"[,，](?=\d)")


def counts_before_nouns(clause: str):
    """(the words before the list, [each item's match]) when the clause is such a list of two
    or more counts joined by 、, a comma, 及 or 和; else None."""
    items = list(_NOUN_COUNT.finditer(clause))
    if len(items) < 2 or any(clause[a.end():b.start()] not in _LIST_JOINERS for a, b in zip(items, items[1:])) \
            or items[-1].end() != len(clause):
        return None
    return clause[:items[0].start()], items


def _clause_bounds(text, at, over_list_commas=False):
    """(start, end) of the clause that holds position `at`; with `over_list_commas`, a comma that
    goes on to a list's next count ends none."""
    left, right = 0, len(text)
    for m in _CLAUSE_END_RE.finditer(text):
        if over_list_commas and _LIST_COMMA.match(text, m.start()):
            continue
        if m.start() >= at:
            right = m.start()
            break
        left = m.end()
    return left, right


def _noun_list_item(text, num_start):
    """(label, clause, where the clause starts) of a count that is an item of a list of counts
    before their nouns: the label is the words before the list and the item's own noun
    ("做好政协委员提案办理结果信息公开"); the clause is the whole list, as printed."""
    found = None
    # its clauses joined where a comma goes on to the list's next count, unless the words before
    # the list then hold a count of their own (another statement's); else its own clause
    for joined in (True, False):
        left, right = _clause_bounds(text, num_start, joined)
        clause = text[left:right]
        found = counts_before_nouns(clause)
        if found and not (joined and re.search(r"\d", found[0])):
            break
        found = None
    if not found:
        return None
    prefix, items = found
    item = next((i for i in items if left + i.start("num") == num_start), None)
    if item is None or len(prefix + item.group("noun")) < 2:
        return None
    return _LEADING_FILLER.sub("", prefix) + item.group("noun"), clause, left


# How many characters of a count's sentence before its clause are kept as its context (whole
# clauses: the nearest ones that fit)
SENTENCE_CONTEXT = 48


def _sentence_context(text, clause_start) -> str:
    """The clauses of a count's sentence before its own that hold no count of their own (those are
    statements themselves), the nearest that fit, when they name something: where or at what the
    count was made ("通过党务公开平台及时发布…等信息,全年发布工作动态50条"; "建立窗口服务大厅,…开设窗口
    24个,共受理申请136437件"). A question may name them."""
    sentence = _sentence_start(text, clause_start)
    kept, size = [], 0
    # (a count's clause is its own statement, as is one whose count lost its unit, run into this one:
    # "…政务动态信息945"; 其中 says nothing)
    clauses = [c for c in (c.strip() for c in re.split(r"[，,：:；;]", text[sentence:clause_start]))
               if c and not (_FIGURE_RE.search(c) or _NOUN_COUNT.search(c) or _LEADING_FILLER.fullmatch(c)
                             or _BARE_COUNT_END.search(c))]
    for clause in reversed(clauses):
        if size + len(clause) > SENTENCE_CONTEXT:
            # the sentence's first clause names its subject, which a count further on is of: kept
            # when the nearer ones fill the room ("我局独立运营“江汉审计”头条号,…75篇,涵盖党建工作…等
            # 各方面情况,获得了598名网友关注": the account's followers)
            if clauses[0] not in kept and len(clauses[0]) <= SENTENCE_CONTEXT and not _names_nothing(clauses[0]):
                kept.insert(0, clauses[0])
            break
        kept.insert(0, clause)
        size += len(clause)
    context = "，".join(kept)
    context = _POINT_START.sub("", context, count=1) if _POINT_START.match(context) else context
    return "" if not context or _names_nothing(context) else context


_PUBLISHED = re.compile(r"公开|发布|公布|推送|刊发|刊登|更新|上传|转载")


def _verb_cut_off(text, clause, clause_start) -> str:
    """The opening of a clause too long to keep whole, up to its verb, when the words kept near the
    count hold none ("及时公开学习…综合监管执法等工作信息1261条": published, which the 30 characters
    before 1261 do not say), or the verb of the list a count's clause is an item of; else ""."""
    if _PUBLISHED.search(clause):
        return ""  # (checked first: most counts' clauses say it, and the scan below runs from the page's start)
    left = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, clause_start + 1)), default=0)
    if any(m.end() == clause_start for m in _ENUMERATED.finditer(text, left, clause_start)):
        # an item of a list of counts after the verb that published them all ("…等发布行政执法类
        # 17245条信息、行政许可类信息22549条信息": 22549 were published too), its words up to the verb
        verb = _PUBLISHED.search(text, left, clause_start)
        return text[max(left, verb.end() - 24):verb.end()].lstrip("、，,") if verb else ""
    if clause_start + len(clause) - left <= MAX_CLAUSE:
        return ""  # (a clause kept whole, or cut only where another count's words end: "领域187个具体事项")
    verb = _PUBLISHED.search(text, left, clause_start)
    if not verb:
        return ""
    if verb.end() <= left + 16:
        return text[left:verb.end()]
    # (or farther in, after the places it went out through: "2022年我街道通过下陆区政府网、首善下陆公众号、
    # 各级媒体等方式主动向社会公开政策文件、…行政处罚等信息1851条": the words up to it)
    return re.split(r"[、，,]", text[max(left, verb.end() - 12):verb.end()])[-1]


def _own_count(text, clause, clause_start, m):
    """The clause of a count among counts before their nouns, with no punctuation between them:
    up to the next such count, and from the one before (26's clause is "公开标准目录共涉及26个
    领域", 187's "领域187个具体事项"), so each answers for its own noun."""
    end = clause_start + len(clause)
    if m.group("unit") in ("个", "项"):
        after = _COUNT_BEFORE_NOUN.search(text, m.end("unit"), end)
        end = after.start() if after else end
    # (a count in another unit totals what the words before it count: "公开七大类48项信息共8989条")
    before = [c.end() for c in _COUNT_BEFORE_NOUN.finditer(text, clause_start, m.start("num"))
              if m.group("unit") in ("个", "项")]
    start = before[-1] if before else clause_start
    return text[start:end], start


# A line that is a sentence of prose: words, a count's clause, and a sentence's end
_SENTENCE_LINE = re.compile(r"[\u4e00-\u9fff]{6,}.*[，,、].*[。；;]\s*$")


def extract(sections, lines=(), template="") -> list:
    """Stated figures in the prose sections, each with the page and line it was read from.

    A report from before the template is prose throughout, and its own statistics table
    ("主动公开信息数 | 条 | 1853 | 5395") states figures too.
    """
    found = []
    pre_template = template == "none"
    for section in sections:
        lines_read = section.lines
        if section.key not in NARRATIVE_SECTIONS and not pre_template and not holds_no_table(section):
            # a table section's own sentences, beside its table ("2025年,区教育局公开“行政处罚”信息
            # 2条,处罚对象均为培训机构。" over 第二十条's rows): a line of prose that ends a sentence;
            # never a row, a cell or a label
            lines_read = [line for line in section.lines if _SENTENCE_LINE.search(line.text)
                          and not line.from_grid and not line.split()[1]]
            if not lines_read:
                continue
        by_page = {}
        for line in lines_read:
            by_page.setdefault(line.page, []).append(line)
        for page, lines in by_page.items():
            # Sentences run over line breaks; spaces between words are layout, not meaning.
            text, starts = "", []
            for line in lines:
                starts.append((len(text), line))
                text += re.sub(r"\s+", "", line.text)
            # the counts after the first of those said "respectively" (…337条、757条) have no words
            # before them of their own: _respectively names them
            # and those of a list of counts before their nouns (…、6件政协委员提案…): counts_before_nouns
            later = [x for x in _COUNT_AFTER_COUNT.finditer(text)
                     if _respectively(text, x) or _noun_list_item(text, x.start("num"))]
            later += [x for x in _COUNT_AFTER_JOINER.finditer(text) if _noun_list_item(text, x.start("num"))]
            # and a clause that starts with a count before its noun ("配备了4名全职工作人员,60名兼职工作
            # 人员"; "…新闻稿件1360篇次,60条短视频登上热搜"): the clause names what it counts
            later += list(_CLAUSE_OPENING_COUNT.finditer(text))
            later += [x for x in _COUNT_IN_ANOTHER_UNIT.finditer(text) if x.group("first") != x.group("unit")]
            later += list(_MEASURE_COUNT.finditer(text))
            taken = set()  # (a count after 及 is also a _FIGURE_RE's, with 及 and the noun before as its label)
            for m in sorted([*_FIGURE_RE.finditer(text), *later], key=lambda x: x.start("num")):
                if m.start("num") in taken:
                    continue
                taken.add(m.start("num"))
                label = _LEADING_FILLER.sub("", m.group("label"))
                alt = m.groupdict().get("alt")  # (only _FIGURE_RE reads a second measure)
                # (its clause ends after a second measure in brackets: "…共82篇(条)")
                clause, clause_start, opening = _clause(text, m.start("num"), m.end("alt") if alt else m.end("unit"),
                                                        opening=True)
                clause, clause_start = _own_count(text, clause, clause_start, m)
                verb = _verb_cut_off(text, clause, clause_start)
                if m.start("label") < clause_start:  # the words of a statement run on before it are not its own
                    label = _LEADING_FILLER.sub("", text[clause_start:m.end("label")])
                respective = _respectively(text, m)
                listed = None if respective else _noun_list_item(text, m.start("num"))
                subject = False  # whether the clause was given the words naming its subject
                if respective:
                    label = clause = respective
                elif listed:
                    label, clause, clause_start = listed
                elif (_SAYS_ONLY_COUNT.fullmatch(text[clause_start:m.start("num")])
                        and _SAYS_ONLY_COUNT.fullmatch(text[m.end("unit"):clause_start + len(clause)])):
                    label = clause = _with_subject(text, clause_start, clause)
                    subject = True
                elif _MEASURE_ONLY.fullmatch(_TOTAL_AT_START.sub("", label)) and (
                        measured := _measured_subject(text, clause_start)):
                    # (or as a running total, "…开展政务直播13期,累计播放量60万余次": the livestreams' plays)
                    label = measured + label
                    clause = measured + LIST_MARK + clause
                    subject = True
                elif m.re is _CLAUSE_OPENING_COUNT and (counted := _counted_before(text, clause_start, m.group("unit"))):
                    label = counted + clause
                    clause = counted + LIST_MARK + clause
                    subject = True
                elif (_TAKEN_UP.fullmatch(label) and clause.startswith(label)
                        and (counted := _counted_before(text, clause_start))):
                    label = counted + clause
                    clause = counted + LIST_MARK + clause
                    subject = True
                elif len(label) < 2 or _BARE.match(label):
                    label = clause  # the subject is elsewhere in the clause
                if len(label) < 2:
                    continue
                head = None if respective else _list_head(text, clause_start)
                if head and head not in clause:
                    # (with the words its head takes from its sentence: where and how it was done, which the
                    # parts share: "政府信息公开平台:依托市政府政府信息公开平台,2012年,我委主动公开政府信息
                    # 共93条,其中,…工作动态48条" are the platform's work updates)
                    # (not for a head cut before its count, whose part restates it over a span: "共公开文件2份,
                    # 历年累计381份" — that count's own statement has its context)
                    at = text.rfind(head.rpartition("…")[2], 0, clause_start) if re.search(r"\d", head) else -1
                    context = _sentence_context(text, at) if at >= 0 else ""
                    clause = (f"{context}，" if context and context not in head else "") + head + LIST_MARK + clause
                elif not (head or respective or subject):
                    context = _sentence_context(text, clause_start)
                    if context:
                        clause = context + LIST_MARK + clause
                if opening and not respective and not listed and opening not in clause:
                    # (a long clause's first words, its own: _clause)
                    before, mark, own = clause.rpartition(LIST_MARK)
                    clause = f"{before}{mark}{opening}…{own}"
                if verb and verb not in clause and not respective:  # (its own words, after any head or context)
                    before, mark, own = clause.rpartition(LIST_MARK)
                    if opening and own.startswith(opening + "…") and verb not in opening and opening not in verb:
                        # (a verb farther in than the run's first words: between them and the count's, as printed)
                        own = f"{opening}…{verb}…{own[len(opening) + 1:]}"
                    else:
                        own = f"{verb}…{own}"
                    clause = f"{before}{mark}{own}"
                line = next(l for start, l in reversed(starts) if start <= m.start("num"))
                cell = next((c for c in line.cells if m.group("num") in c.text), None)
                # "600余篇" is more than 600: kept as printed (its raw), which answers show
                # "4.14万条" is 41,400 (万 before a unit other than 元, which makes 万元 a unit); "17.9亿次"
                # is 1,790,000,000
                value = parse_number(m.group("num"))
                if value is None:  # not a number after all: no figure, and no reason to lose the report
                    continue
                value *= _SCALES.get(m.group("wan") or "", 1)
                raw = m.group("num") + (m.group("wan") or "") + (m.group("about") or "")
                found.append(NarrativeFigure(label, round(value, 6), raw,
                                             m.group("unit") + (f"({alt[1:-1]})" if alt else ""),
                                             page, (cell.bbox if cell else None) or line.bbox, line.line_no, clause))
    if pre_template:
        found.extend(statistics_table(lines))
    return found


_TABLE_UNITS = ("人次", "万元", "条", "件", "个", "项", "次", "场", "元", "期", "篇")  # a statistics table's unit column
_NUMBERING = re.compile(r"^(?:其中[:：]?)?(?:\d+[.．、]|[（(]\d+[）)])?")


def statistics_table(lines) -> list:
    """Figures of a free-form statistics table (reports before 2019): one per row and column,
    labelled "row（column）", a numbered sub-row with its parent ("主动公开信息数·网站公开")."""
    out, header, parent = [], [], ""
    for line in lines:
        if not line.from_grid:
            header, parent = [], ""
            continue
        label_cells = [c.text.strip() for c in line.cells if c.text.strip() and not c.is_value()]
        label, values = line.split()
        if not values or not any(c.text.strip() for c in values):
            header = [c.text.strip() for c in line.cells]
            continue
        unit = next((c for c in label_cells if c in _TABLE_UNITS), "")
        name = "".join(c for c in label_cells if c != unit)
        numbered = bool(re.match(r"^(?:其中[:：]?)?(?:\d+[.．、]|[（(]\d+[）)])", name))
        name = _NUMBERING.sub("", name).strip("：: ")
        if not name:
            continue
        if numbered and parent:
            name = f"{parent}·{name}"
        elif not numbered:
            parent = name
        columns = header[-len(values):] if len(header) >= len(values) else [""] * len(values)
        for column, cell in zip(columns, values):
            value = parse_number(cell.text)
            if value is None:
                continue
            full = f"{name}（{column}）" if column else name
            out.append(NarrativeFigure(full, value, cell.text.strip(), unit, line.page, cell.bbox or line.bbox,
                                       line.line_no))
    return out
