"""Figures a report states in its prose, matched to a question by what they count.

A statement ("2020 年，我乡在政府信息公开网上公布各类信息共 230条") matches a question
("平掌乡2020年公布了多少条信息") when it holds the question's content words: the
question's Chinese bigrams (and its English words turned into Chinese terms), weighted by
how rare each is among the archive's statements, must be mostly found in the statement.
A unit the question asks for (多少条, 几期) must be the statement's unit. Per report the best
matching statements are given; a question whose words no statement holds gets none.
"""
import math
import re
from indexer.narrative import LIST_MARK, NOT_A_WORD_GOING_ON, SPAN_WORDS, counts_before_nouns, unit_forms
from indexer.terms import headwords
from indexer.text import norm

from .vocabulary import FILLER_ZH, SAME_SENSE, content_left

# Units a question can ask a count in (a statement in 人 or 家 counts the noun after it,
# "推动95家用人单位…", or opens its clause: narrative.py)
ASKED_UNITS = ("人次", "万元", "条", "件次", "件", "卷次", "卷", "期", "篇", "次", "场", "元", "份", "封", "宗", "起", "则", "批次", "批", "部", "个", "项", "人",
               "家", "户", "名", "位", "张", "台", "册", "种")
# An English count noun may be more than one Chinese measure word: "articles" are 篇 or 条
# ("政策解读稿件发布4条"). ("pieces of information" are 条: with 件 too, "…网站当年发布政府信息393件"
# answered the question of the website's 2139条 as well.)
# (items of information are 条, and items of a list of matters 项: "13项行政权力事项", administrative
# power items)
COUNT_UNITS_EN = {"pieces": ("条",), "items": ("条", "项"), "posts": ("条", "篇"), "meetings": ("期", "场", "次"),
                  "sessions": ("期", "场", "次"), "issues": ("期",), "articles": ("篇", "条"), "times": ("次",),
                  "yuan": ("元",), "batches": ("批", "批次"), "entries": ("条",),
                  "volumes": ("卷", "卷次", "册"),  # an archives' volumes, a compilation's
                  "booklets": ("册", "份"), "brochures": ("册", "份"),
                  # sheets: leaflets and posters handed out or put up ("发放宣传单1.7万余张")
                  "leaflets": ("张", "份"), "posters": ("张", "份"), "flyers": ("张", "份"),
                  # machines: screens and terminals in a service hall ("政务大厅3台LED屏")
                  "screens": ("台",), "machines": ("台",), "terminals": ("台",), "computers": ("台",)}
# … and the units they are counted in where no statement counts them so: an item of information published
# is a 件 in some reports ("主动公开信息数量为46件"), though a 件 beside a 条 is more often a document
# ("主动公开市政府规章13件" is no count of the items a website published, "…共发布各类信息46106条" is)
FALLBACK_UNITS_EN = {"pieces": ("件",), "items": ("件",)}
UNIT_WORDS_EN = frozenset(COUNT_UNITS_EN) | {"piece", "item", "entry", "volume"}
MIN_COVERAGE = 0.75  # share of the question's (weighted) content words a statement must hold
_TOTAL = re.compile(r"共|合计|总计|全年")
# A document's title (《…代表建议和政协提案办理工作总体情况》) names it: its words are not what
# a statement counts ("…及主合办人大代表建议50件" counts 代表建议, not 政协提案).
# (and one cut short in a heading, "…更新《句容市政府信息公开指…": norm() writes the ellipsis as ...)
_TITLE_RE = re.compile(r"《(?:(?!\.\.\.)[^》…])*(?:》|\.\.\.|…)")


def _untitled(text: str, mark: str = "|") -> str:
    """The text with its titles marked out, but for one the count follows right after (or after the
    word for a total): that is what is counted ("编辑出版《拉萨市人民政府公报》12期", "发布《广州金融简报》
    共30期")."""
    return _TITLE_RE.sub(lambda m: m.group(0) if m.group(0).endswith("》") and _COUNT_NEXT.match(text, m.end())
                         else mark, text)


# (after the kind of publication the title names, too: "编发《杭州经信观察》内刊3期")
_COUNT_NEXT = re.compile(r"(?:内刊|期刊|简报|杂志|专刊|刊物|月刊|季刊|周刊|手册|画册|读本)?(?:共计|合计|总计|累计|共|计|达)?\d")

# (and 谁, who: "要经过谁审签" asks who signs, of 审签; its bigram 谁审 is no word)
_PARTICLES = set("了的吗呢是在有和与及共把被对向从由于啊呀吧谁")
# What a statement counts besides published information: "共收到有关政府信息公开的申请7条" holds
# 公开 but counts requests. Among statements that hold a question's words alike, one counting
# a subject the question does not name comes after one that does not ("平潭2013年公开了多少条
# 政府信息" is 主动公开政府信息1853条, not the 7 requests).
OTHER_SUBJECTS = ("申请", "答复", "复议", "诉讼")
# the two bodies whose deputies and members send suggestions and proposals (人大代表建议, 政协委员提案)
_BODIES = ("人大", "政协")


# "几期", "多少篇", "几个场": the count asked, not what is counted
COUNT_ASKED = re.compile(r"(?:多少|几)个?(?:%s)%s" % ("|".join(sorted(ASKED_UNITS, key=len, reverse=True)),
                                                       NOT_A_WORD_GOING_ON))


# Filler in a question about a table's cell (这一栏, 项目, 数据), the topic of a question about
# the prose ("网站栏目有什么问题", "重大项目", "大数据", "公开方式"): kept for passages.
PROSE_WORDS = frozenset(("栏目", "项目", "数据", "方式", "途径", "渠道", "格式", "统计"))
_FILLER_BY_LENGTH = sorted((w for w in FILLER_ZH if len(w) >= 2), key=len, reverse=True)


# a word in Latin letters in a Chinese question (GDP, PPP, H5): a word of its own
LATIN_WORD = re.compile(r"(?<![a-z0-9])[a-z][a-z0-9.+]*[a-z0-9](?![a-z0-9])")
# "哪些部门公开的信息多": the agencies asked for are what the answer names (部门, elsewhere a
# filler word of a question about one agency's figures, is its topic here)
_WHICH_AGENCIES = re.compile(r"(?:哪些|哪个|哪几个|哪家|哪几家|哪一个)(部门|单位|机关|科室|乡镇|街道)")


# (and the boards and days named after publishing, 政务公开栏, 5·15政务公开日: things of their own;
# 工作信息 and 部门信息, the work news and a department's items a report counts apart from its
# total, "主动公开政府信息24条,其中工作信息9条" — but not "本部门/各部门信息公开", the agency asked about;
# and 工作人员, the staff, whom no count of the 查档人员 who came counts)
_COUNTED_WITH_FILLER = re.compile(r"(统计(?:信息|公报|年鉴|分析)|(?:工作|(?<![本各该全])部门)信息|工作人员|公开(?:栏|专栏|日))")


def content_terms(text: str, prose: bool = False) -> list:
    """Chinese bigrams of a question's content: the count asked (几期), filler words and
    particles taken out first (with `prose`, words that are a passage's topic stay), and any
    word in Latin letters (PPP, APP) as a term of its own."""
    text = " ".join(norm(part) for part in (text or "").split())  # words apart stay apart
    asked = _WHICH_AGENCIES.findall(text)
    latin = LATIN_WORD.findall(text)
    text = COUNT_ASKED.sub(" ", text)
    # (what a report counts that a filler word names: 统计信息, the statistics it published, is
    # not "the statistics of" 信息, both of them filler words)
    # (a split on a capturing group: the compounds kept whole are its odd parts)
    parts = _COUNTED_WITH_FILLER.split(text)
    for word in _FILLER_BY_LENGTH:
        if not (prose and word in PROSE_WORDS):
            parts = [part if i % 2 else part.replace(word, " ") for i, part in enumerate(parts)]
    text = " ".join(parts)
    text = "".join(" " if ch in _PARTICLES else ch for ch in text)
    terms = []
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        if len(run) == 1:
            continue
        terms.extend(run[i:i + 2] for i in range(len(run) - 1))
    return list(dict.fromkeys(asked + terms + latin))


# Reports say "published" in several words (全年共审核发布…249条, 公布各类信息共230条, 主动
# 公开…): a question that asks in one of them ("主动公开了多少条", where 公开 itself is a
# filler word) matches a statement that says another.
PUBLISH = ("主动", "公开", "发布", "公布", "推送", "刊发", "刊登", "刊播", "播发", "更新", "发稿")
# and "received" in as many ("收到多少申请" is stated "受理…申请5件", "接收…5件", or tersely "全年收
# 政府信息公开申请464件": 收 alone, as the verb of a request, not of 收费 or 收集)
RECEIVE = ("收到", "受理", "接收", "接到", "新收", "收政府", "收申请", "收依申请")
# and "held" ("举办了多少场直播", "how many livestreams did … hold": 开展政务直播13期)
HOLD = ("举办", "举行", "召开", "开展", "组织", "主办")
# and in English: disclose, published, releasing … (whatever the dictionary gives for them)
# (and what a website or an account "carried")
PUBLISH_EN = re.compile(r"(?:disclos|publish|releas|post)(?:e|es|ed|ing|ure|ures)?|carr(?:y|ies|ied|ying)")
HOLD_EN = re.compile(r"hold|holds|held|holding|host(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|conduct(?:s|ed|ing)?")
# and "handled" ("How many proposals did … handle": 共承办建议提案34件)
HANDLE = ("办理", "处理", "承办", "办结")
# (办结 asked is narrower than handling: of the requests handled, those concluded, "共办理政府信息公开
# 申请6件,…办结数5件"; it is not widened to the others, though they are to it)
CONCLUDED = frozenset({"办结"})
HANDLE_EN = re.compile(r"handl(?:e|es|ed|ing)|deal|deals|dealt|dealing")
# English verbs whose terms are widened to every word the reports use for them
# and "received", which a report says of requests and messages as often by handling them ("办理依申请公开
# 事项7件,其中网络申请6件" for the online requests received)
RECEIVE_EN = re.compile(r"receiv(?:e|es|ed|ing)")
# and "collected" of money, which a report states as the fee itself ("行政事业性收费总金额约
# 1768万元" for "how much did … collect in administrative fees")
COLLECT = ("收取", "收费", "征收", "收缴")
COLLECT_EN = re.compile(r"collect(?:s|ed|ing)?")
# and "imposed" of penalties, which a report counts by the penalty itself ("行政处罚1217件")
IMPOSE = ("作出", "实施", "给予", "处罚", "罚款")
IMPOSE_EN = re.compile(r"impos(?:e|es|ed|ing)")
# and "submitted" or "filed" of requests and suits, which a report counts by the request itself ("通过
# 网络申请3件" for the requests submitted online) or by bringing the suit (提起)
SUBMIT = ("申请", "提出", "提交", "递交", "提起")
SUBMIT_EN = re.compile(r"submit(?:s|ted|ting)?|fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)")
# and "issued" of documents, which a report also says 制发 ("制发规范性文件6个")
ISSUE = ("印发", "制发", "核发", "发放")
ISSUE_EN = re.compile(r"issued")
VERB_SETS_EN = ((HOLD_EN, HOLD), (HANDLE_EN, HANDLE), (RECEIVE_EN, RECEIVE + HANDLE), (COLLECT_EN, COLLECT),
                (IMPOSE_EN, IMPOSE), (SUBMIT_EN, SUBMIT), (ISSUE_EN, ISSUE))
# the verbs whose every word stands for the others in a question
VERB_SETS = (PUBLISH, RECEIVE, HOLD, HANDLE)
CONTEXT_WEIGHT = 0.8  # a word held by the head of the list a statement is part of, not by the part
IMPLIED_ACT_WEIGHT = 0.5  # an English verb of holding, against its own weight (_group_weight)
SYNONYM_WEIGHT = 0.8  # a statement with the question's own word wins over one with another word for it


def with_synonyms(groups, text: str = "") -> list:
    """Groups as {term: weight}: each that names publishing, receiving, holding or handling
    widened to every word for it (VERB_SETS), and each holding a word of a SAME_SENSE set to the
    set (官网: 官方网站; 防控: 预防); a question with no other content ("公开了多少条政府信息") asks
    for what was published."""
    flat = norm(text)
    if not groups and any(w in flat for w in PUBLISH):
        return [{w: 1.0 if w in flat else SYNONYM_WEIGHT for w in PUBLISH}]
    out = []
    for g in groups:
        wider = {}
        for words in VERB_SETS + SAME_SENSE:
            if set(g) & set(words) and not set(g) & set(words) <= CONCLUDED:
                wider.update(dict.fromkeys(words, SYNONYM_WEIGHT))
        for words in SAME_SENSE:
            # (a bigram of such a word the question prints: 公众 of 公众号, "湖州水利公众号…发布信息多少条", which
            # the report states as "微信发布信息364条")
            if not set(g) & set(words) and any(len(t) == 2 and t in w and w in flat
                                               for t in g for w in words if len(w) > 2):
                wider.update(dict.fromkeys(words, SYNONYM_WEIGHT))
        if set(g) & set(RECEIVE):
            # (requests received are as often stated by their handling: "办理依申请公开事项7件,其中网络申请6件"
            # for 收到网络申请几件, as in English, VERB_SETS_EN; not by 办结, those concluded)
            wider.update(dict.fromkeys((w for w in HANDLE if w not in CONCLUDED), SYNONYM_WEIGHT))
        out.append({**wider, **dict.fromkeys(g, 1.0)})
    return out


_MONEY_ASKED = re.compile(r"多少钱|(?:花|花费|支出|投入|收取|罚没|罚款)了?多少(?!条|件|期|篇|次|场|个|项|人|家|户|名|位)|"
                          r"多少(?:经费|资金|费用|罚款)|(?:经费|资金|费用|支出|花费|罚款|罚没款|预算)(?:金额)?(?:是|有|为)?多少")
# (fines, fees, income: "How much did … collect in fines" is a sum, not the number of penalties)
_MONEY_ASKED_EN = re.compile(r"\bhow much\b.*\b(?:spend|spends|spent|cost|costs|money|funding|funds?|paid|pay|collect|"
                             r"collects|collected|fines?|fees?|income|revenue|budget|yuan|rmb)\b|\bhow much money\b|"
                             # "What was … total budget": its amount, not how many budget items were published
                             r"\bwhat (?:was|were|is|are)\b.*\b(?:budgets?|spending|expenditures?|revenue|income)\b"
                             r"(?! items?| documents?)")


def asked_units(text: str, fallback: bool = False) -> list:
    """The units a question's count may be stated in; with `fallback`, instead of an English count's
    units, those tried where no statement in them holds it (FALLBACK_UNITS_EN)."""
    flat = norm(text)
    # English is read from the words as typed: norm() takes the spaces out
    words = " ".join((text or "").lower().split())
    units = [u for u in ASKED_UNITS if re.search(rf"(?:多少|几)个?{u}{NOT_A_WORD_GOING_ON}", flat)]
    # a sum of money asked ("花了多少钱", "how much did … spend"): a statement in 元 or 万元
    if _MONEY_ASKED.search(flat) or _MONEY_ASKED_EN.search(words):
        units += [u for u in ("元", "万元") if u not in units]
    # "how many items", and "how many government information items": a few words may name them
    for en, zh in (FALLBACK_UNITS_EN if fallback else COUNT_UNITS_EN).items():
        if re.search(rf"\b(?:how many|number of)\s+(?:[a-z-]+\s+){{0,3}}{en}\b", words):
            units += [u for u in zh if u not in units]
    # times asked are counted in 人次 too ("访问量达11460人次": how many times … visited)
    if "次" in units and "人次" not in units:
        units.append("人次")
    # and an event held is counted in 场 or 次 alike ("开了多少场例行记者会": "举办例行记者会…157次")
    if "场" in units and "次" not in units:
        units.append("次")
    # and requests and letters asked in 件 are counted in 封 too ("共收到依申请公开件27封"), and in
    # 件次 ("全年共收到政府信息依申请公开1件次": each time one came)
    if "件" in units:
        units += [u for u in ("封", "件次") if u not in units]
    return units


def _own_words(group) -> list:
    """The question's own words of a group (weight 1), or all of them when it has none of its own."""
    return [t for t, weight in group.items() if weight == 1.0] or list(group)


class StatedIndex:
    """The archive's stated figures, found through their FTS5 index (stated_fts): how common
    each bigram is among them comes from the index's vocabulary, the rows from SQLite."""

    def __init__(self, archive):
        self.archive = archive

    def match(self, groups, report_ids, units=(), years=(), asks_cumulative=False, question="", required=None,
              counted=(), any_item=False):
        """Rows of the given reports that hold the question's terms, best per report.

        `groups` are alternatives: a Chinese bigram is a group of one; an English word is the
        group of its Chinese terms, any of which will do. Among equally good statements, one
        that names the year asked wins over one naming another year or a running total
        (历年累计), and one statement is kept per value (a report may state a figure twice).
        `required`: the index of the group naming what is counted, which a statement must hold;
        `counted`: terms of what is counted when no group names it (政府信息 of 多少条政府信息, a
        filler word for matching), which with the groups' a statement's count must follow.
        `any_item`: what is counted is any item ("How many Weibo posts…"), whatever information it is.
        """
        # {term: weight} (with_synonyms); a plain list of alternatives counts each fully
        groups = [g if isinstance(g, dict) else dict.fromkeys(g, 1.0) for g in groups]
        must = groups[required] if required is not None and required < len(groups) else None
        # an empty group is a word asked that no term of the archive stands for ("fiscal"): no
        # statement holds it, so none can be taken for what was asked ("How many items of fiscal
        # information…" is not "…全年共发布信息166条" for holding information and publish)
        unheld = sum(1 for g in groups if not g)
        groups = [g for g in groups if g]
        if not groups or not report_ids or not self.archive.stated_total:
            return []
        asked = norm(question)
        english = not re.search(r"[\u4e00-\u9fff]", asked)
        # a group weighs as the question's own words in it (a rare synonym would outweigh the rest)
        weights = [self._group_weight(g, english) for g in groups]
        if not english:
            # (a bigram across two words the question asks, 布行 of 发布|行政, weighs no more than the
            # lighter of them: it may be rare, so heavy, and yet no word of what is asked, which the
            # words say, "等发布⋯行政许可类信息22549条信息"; held, it still tells the phrase, 刊登脱贫)
            weights = [min([w] + _words_across(g, groups, weights, asked)) for g, w in zip(groups, weights)]
        wanted = sum(weights) + unheld * self._idf_of(0)
        scored = {}
        # row id -> (its list's head; whether it holds the weightiest word only before its count's
        # clause; the groups it names as one item of a list; the groups its own words hold; its run)
        listed = {}
        heaviest = max(range(len(groups)), key=lambda i: weights[i])
        # what an English question asks, in the words a statement may print it in (its senses): what a
        # statement says besides them makes it less direct ("在线访谈1条" over "网站总访问量…次" for the
        # online interviews, both holding a sense of each word)
        said = " ".join(t for g in groups for t in g) if english else ""
        # the bigrams that go on with what is counted, one word with it as asked (申请 of 依申请, 依申
        # counted): the head of a list that names it names them too ("…受理政府信息依申请公开34件⋯已按时
        # 办结33件" for 办结了几件依申请公开)
        of_must = {id(g) for g in groups if must and g is not must and len(g) == 1
                   and any(len(t) == 2 == len(m) and m[1] == t[0] and m + t[1] in asked for t in g for m in must)}
        for row in self._candidates(groups, weights, report_ids):
            if units and not set(unit_forms(row["unit"])) & set(units):
                continue
            # a part of a list: its own words, and its list's head (or the words of its sentence
            # before it), which count less
            report = self.archive.reports[row["report_id"]]
            context, _, label = _untitled(norm(row["row_label"])).rpartition(LIST_MARK)
            total_only = _ONLY_TOTAL.fullmatch(re.split(r"…|\.\.\.", label)[-1])
            if context and (_OPENS_WITH_COUNT.match(label) and not counts_before_nouns(label) or total_only
                            or not re.search(r"\d", context) and _ONLY_A_COUNT.fullmatch(label)):
                # a clause that opens with its count names no noun: what it counts is the context's
                # ("可办理政务服务事项⋯88项可全程在线办理", "配备了…⋯60名兼职工作人员"), its own words;
                # as does a total of the counts before it ("主动公开发布…⋯合计共221条"; not the point's
                # heading put before it, "(一)主动公开情况2025年我局坚持以公开为常态…")
                context, label = "", context + LIST_MARK + (total_only.group(0) if total_only else label)
            context, label = _item_of_list(context, label, row)
            if english:
                # the report's own name is none of an English question's words: its agency was named
                # already, and a word's Chinese term inside the name is no match ("weather" is 气象局
                # of "耀州区气象局…公开各类信息共578条", not the weather service messages asked)
                context, label = (without_names(part, (report.agency_key, norm(report.agency)))
                                  for part in (context, label))
            if must and not any(_holds(label, t) for t in must) and not (
                    # a part of a list counts what its head counts when it holds the rest of the
                    # question itself ("全年收政府信息公开申请464件,…剩余26件结转下年度办理": requests
                    # carried over)
                    any(_holds(context, t) for t in must)
                    and all(any(_holds(label, t) for t in g) for g in groups if g is not must and id(g) not in of_must)) \
                    and not _counts_the_tail(label, context, counted):
                continue
            if (must or counted) and _counts_another(label, groups + [dict.fromkeys(counted, 1.0)], any_item):
                continue  # "政府信息公开年度报告1条" counts reports, not the government information asked
            if (context and _REMAINDER.match(label) or _REMAINDER_ITEM.search(label)) \
                    and not _REMAINDER.search(question or ""):
                # "…共公布政府信息2602条⋯其他应主动公开政府信息1053条": the rest of a list, not its whole (nor
                # is a list's last item on its own: "…双随机抽查类2条;政府应主动公开的其他信息2条")
                continue
            if not english and _another_act(label, asked):
                continue  # "受理…案件1213件" is no count of the cases concluded (办结多少件)
            own = [max((g[t] for t in g if _holds(label, t)), default=0.0) for g in groups]
            if context and not any(own) and not any(_holds(label, t) for t in counted):
                # the head's words alone are the head's statement, not this part's (unless the part
                # is what is counted: "网站共设置7个板块,18个栏目…" for 网站设置了多少个栏目)
                continue
            # (a document's title after its count is no word of what it counts, _untitled, yet says what it
            # was about as its context does: "召开4次专题会议研讨并修订《…门户网站管理办法》"; not one before
            # it, "…更新《句容市政府信息公开指…2022年主动公开各类信息2331条", no government news)
            own_label = norm(row["row_label"]).rpartition(LIST_MARK)[2]
            counted_at = re.search(r"\d", own_label)
            titles = "".join(_TITLE_RE.findall(own_label[counted_at.start():])) if counted_at else ""
            around = f"{context} {titles}"
            have = sum(w * max(held, CONTEXT_WEIGHT * max((g[t] for t in g if _holds(around, t)), default=0.0))
                       for g, w, held in zip(groups, weights, own))
            if have / wanted < MIN_COVERAGE:
                continue
            # held only with the context's words, a statement must count what the question names
            # ("…发布党建工作…等信息⋯全年发布工作动态50条" is no count of 党建工作), and comes after one
            # that holds the question by its own words ("一是积极推进教育领域信息公开…全年共发布152条"
            # for Pingtan's education information, not "…主要类别有⋯扶贫、教育、医疗…类信息21条")
            own_enough = 1 if sum(w * held for w, held in zip(weights, own)) / wanted >= MIN_COVERAGE else 0
            if context and not own_enough and _counts_another(label, groups + [dict.fromkeys(counted, 1.0)], any_item):
                continue
            # (the year a statement names, not one in the point's heading put before it: "(一)主动公开
            # 及时…公开2022年工…全年主动公开信息1168条" is 2023's count)
            named = set(re.findall(r"20\d{2}", re.split(r"…|\.\.\.", label)[-1]))
            fit = (1 if named & {str(y) for y in years} else -1 if named else 0)
            fit += (1 if asks_cumulative else -1) if ("累计" in label or "历年" in label) else 0
            fit -= 1 if any(s in label and s not in asked for s in OTHER_SUBJECTS) else 0
            # a total ("全年共审核发布各类公开政府信息249条") over one of its parts listed after
            # it ("其中：…政府信息公开指南1条"), when the question's words fit both alike
            total = 1 if _TOTAL.search(label) else 0
            # the question's own phrase as printed ("主动公开政府信息" in "其中主动公开政府信息425条")
            # over its words apart ("县政府公开办主动公开信息数为62条"), whatever year each names
            run = _common_run(asked, label)
            # what is counted, as asked or narrowed by words the question does not say: "information"
            # is "…公开政府信息4517条", not "…发布环境质量信息740余条"; 政府信息 is "发布各类政务信息
            # 422条", not "…主动公开组织机构信息3条", though that prints the question's own verb. Of
            # the statements that hold enough of the question, one counting what was asked comes first
            # (words of the report's own agency narrow nothing: a Chinese question names them, and an
            # English one as well, though in English: "housing provident fund policies" of a provident
            # fund center's "住房公积金政策7条")
            # (an English question names its narrower kind by a sense: "interactive columns", 互动栏目)
            narrowed = 1 if (must or counted) and _narrowed(label, must or counted,
                                                            f"{asked} {said} {report.agency_key}") else 0
            # a statement about several things the question asks one of ("门户网站、微博、微信公众号等…
            # 共发布信息3668条" for what WeChat published, beside "微信公众号发布信息651篇")
            several = _one_of_several(label, groups)
            # (the question's weightiest word printed only before the clause with the count: _the_part_asked)
            # (and the groups it holds by its own words, and those it names as one item of a list)
            listed[row["id"]] = (context, _only_listed(label, groups[heaviest]), _enumerated_groups(label, groups),
                                 {i for i, g in enumerate(groups) if any(_holds(label, t) for t in g)}, run)
            # the report's own agency, which the question named, is no word besides it ("平度公安微信
            # 粉丝量37056人" over "平度交警微信粉丝量5.1万人" for Pingdu police's followers)
            # (and of two that hold it alike, the one in the measure the question's count names first:
            # "How many news articles…" is "…新闻稿件和信息稿件42篇", not "…环境质量现状信息12条")
            measure = 1 if units and units[0] in unit_forms(row["unit"]) else 0
            # (before that, the one whose own words hold more of a word's senses: "WeChat" is 微信 and
            # its 公众号, which "…微信公众号发布推文687篇" holds both of, "…微信视频号发布视频151条" one)
            # (an English word's senses: not the synonyms with_synonyms adds to a Chinese word, by which
            # "门户网站1014条" would hold 网站 twice over "通过政府网站公开政府信息754条")
            senses = sum(1 for g in groups for t in g if english and len(g) > 1 and _holds(label, t))
            # (and before that, one that names no body the question does not: "How many CPPCC proposals…"
            # is "…政协…委员提案14件", not "…人大建议和政协提案36件", though "proposals" is 建议 too)
            other_body = 1 if any(b in label and b not in f"{asked} {said}" for b in _BODIES) else 0
            scored.setdefault(row["report_id"], []).append(((own_enough, -narrowed, round(have, 9), -other_body, senses,
                                                             measure, run,
                                                             fit, -several, total),
                                                            (-_said_besides(label, f"{asked} {said} {report.agency_key}"),
                                                             -len(label)),
                                                            row))
        out = []
        for rows in scored.values():
            # the best match, and of those the most direct statement: the one that says least
            # besides what was asked ("其中主动公开政府信息425条" over "各乡镇主动公开政府信息122条"),
            # then the shortest ("主动公开信息数" over "主动公开信息数·网站公开")
            top = max((score, directness) for score, directness, _ in rows)
            seen = set()
            for score, directness, row in sorted(rows, key=lambda r: r[2]["id"]):
                if (score, directness) == top and row["value"] not in seen:
                    row = _the_part_asked(row, rows, listed, heaviest)
                    row = _government_information_part(row, rows, asked)
                    seen.add(row["value"])
                    out.append(row)
        return out

    def _candidates(self, groups, weights, report_ids):
        """The statements that can reach MIN_COVERAGE: those holding at least one of the rarest
        groups that together weigh more than the share a statement may miss."""
        order = sorted(range(len(groups)), key=lambda i: -weights[i])
        chosen, total = [], 0.0
        for i in order:
            chosen.append(i)
            total += weights[i]
            if total > (1 - MIN_COVERAGE) * sum(weights):
                break
        terms = [t for i in chosen for t in groups[i]]
        terms += [_CONTRACTED[t] for t in terms if t in _CONTRACTED]  # (预算 printed in 预决算, which holds no 预算)
        return self.archive.stated_search([self._rarest_token(t) for t in terms], report_ids)

    def _rarest_token(self, term):
        return min(_grams(term), key=lambda g: self.archive.document_frequency(g, "stated_vocab"))

    def _idf(self, gram):
        return self._idf_of(self.archive.document_frequency(gram, "stated_vocab"))

    def _idf_of(self, df):
        return math.log(1 + max(1, self.archive.stated_total) / (1 + df))

    def _group_weight(self, group, english: bool) -> float:
        """How much a group of the question weighs: a Chinese word as the rarest of its own words.
        An English word's terms are its senses, any of which will do: it weighs as the commonest
        one the statements print. (Weighed by its rarest, "publish", whose senses include 刊播
        and 播发, outweighed what was counted: "政府微信公众号81条" under "主动公开政府信息598条"
        was no answer for the WeChat account's posts, holding the verb only in its list's head.)"""
        own = [self._weight(t) for t in _own_words(group)]
        held = [w for w in own if w < self._idf_of(0)]
        weight = min(held) if english and held else max(own)
        if set(HOLD) <= set(group):
            # an act that the noun of what is counted implies ("How many online interviews did … hold":
            # "在线访谈1条"; "召开新闻发布会多少次": "新闻发布会2次"; a meeting, an interview is held): it
            # weighs less than the noun. (Not handling:
            # "How many CPPCC proposals did … handle" would then be "人大建议和政协提案36件", both kinds.)
            weight *= IMPLIED_ACT_WEIGHT
        return weight

    def _weight(self, term):
        return max(self._idf(g) for g in _grams(term))


MIN_RUN = 3  # a shorter run of the question's characters is a word or two it shares with any statement


def _common_run(asked, label) -> int:
    """The length of the longest run of the question's Chinese that the statement prints."""
    best = 0
    for run in re.findall(r"[\u4e00-\u9fff]+", asked):
        for i in range(len(run)):
            n = best + 1
            while i + n <= len(run) and run[i:i + n] in label:
                best, n = n, n + 1
    return best if best >= MIN_RUN else 0


def without_names(text, names) -> str:
    """The text with the names in it marked out (as titles are: they hold no word asked)."""
    for name in names:
        if name:
            text = text.replace(name, "|")
    return text


_COUNT_TO_END = r"\d[\d,.]*(?:万)?(?:余|多)?[\u4e00-\u9fff]{1,2}"  # a count and its unit, a clause's last words
_ONLY_TOTAL = re.compile(r"(?:" + SPAN_WORDS + r"|合计|共计|总计|累计|总共|一共|共|为|达)+" + _COUNT_TO_END)
# A clause that says only when and that something was published, and its count ("从2021年1月至12月全年
# 公开信息10条"): what it counts is what its sentence named before it, in a clause of no count of its own
# ("及时更新维护政府信息公开网上管理系统⋯…全年公开信息10条": the items published in that system)
_ONLY_A_COUNT = re.compile(r"(?:(?:从|自)?(?:19|20)\d{2}年度?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:(?:至|到|-|—)(?:(?:19|20)\d{2}年)?"
                           r"\d{1,2}月(?:\d{1,2}日)?)?|全年|本年|今年|年内|当年|共计|合计|总计|累计|共|各类|政府信息|信息|"
                           + "|".join(PUBLISH) + r")+" + _COUNT_TO_END)
# (not with a year: "…州政府门户网站维护栏目⋯2024年我局主动公开信息共373条" names what it counts)
_OPENS_WITH_COUNT = re.compile(r"(?!(?:19|20)\d{2}\s*年)\d[\d,.]*(?:万)?(?:余|多)?[\u4e00-\u9fff]")


def _item_of_list(context, label, row):
    """(context, own words) of a statement: for a count in a list of counts before their nouns
    ("做好2件人大代表建议、6件政协委员提案办理结果信息公开"), its own item, the rest of the list
    its context; else as stored."""
    found = counts_before_nouns(label)
    if not found:
        return context, label
    number = row["raw"] or (f"{row['value']:g}" if row["value"] is not None else "")
    number = re.sub(r"(?:余|多)$", "", number)  # "70余" is the item "70余个信息发布栏目"
    item = next((i for i in found[1] if i.group("num") == number), None)
    if item is None:
        return context, label
    return context + label[:item.start()] + LIST_MARK + label[item.end():], label[item.start():item.end()]


def _said_besides(label, asked) -> int:
    """How many characters of content a statement prints besides the question's words (filler,
    numbers and the question's own bigrams taken out)."""
    rest = _untitled(label, " ")
    for i in range(len(asked) - 1):
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", asked[i:i + 2]):
            rest = rest.replace(asked[i:i + 2], " ")
    return sum(len(piece) for piece in content_left(re.sub(r"[0-9.%]+", " ", rest)))


# Words before a counted noun that do not narrow it (政府信息, 各类信息, 主动公开信息; 工作信息, the
# information on an agency's work: "…有关政策、数据和工作信息共计400条")
# (nor do the words for who made them: 代表建议 are the congress deputies' suggestions, 委员提案 the
# conference members' proposals, what "NPC suggestions" and "CPPCC proposals" ask)
_BROAD = ("政府", "政务", "信息", "各类", "各项", "各种", "相关", "有关", "公开", "发布", "主动", "其他", "全部", "所有",
          "共计", "代表", "委员", "工作")


# a verb before the counted noun says how it came about, not which kind it is (受理依申请公开…)
_VERBS = frozenset(sum(VERB_SETS, ("答复",)))


def _narrowed(label, group, asked) -> bool:
    """Whether the counted noun (the term of `group` printed nearest the count) stands right
    after two characters of a narrower kind the question does not name (环境质量信息 for
    "information"; 网上申请 for "requests"; not …公开的申请, 政府信息)."""
    found = [(label.rfind(t) + len(t), len(t), label.rfind(t)) for t in group if t in label]
    if not found:
        return False
    at = max(found)[2]
    before = label[max(0, at - 2):at]
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", before)) and not re.search(r"[的之]", before) \
        and before not in _BROAD and before not in asked and before not in _VERBS


# Words that may stand between what a statement counts and its number without naming another
# thing ("各类信息共230条", "依申请公开事项5件", "政策文件5件")
# (or other counts of it before a total: "…信息28大项、79小项，共计6657条")
# (件 as a noun's suffix: "网上政府信息公开申请件22件" counts requests; a penalty's 决定 or 案件 is
# the penalty: "公开行政处罚决定382起"; "收到依申请政府信息公开2件" counts requests for government
# information; 办件, a case handled, counts what it is a case of: "网上信访办件共47件" counts petitions)
# (an account is what publishes, not what is counted: "政府微信公众号81条" counts the WeChat account's posts)
# (a message is how an inquiry, a complaint or a suggestion arrives: "网民咨询留言104条" counts inquiries)
# (what is asked for on a matter is the matter's: "接到依申请公开方面的诉求3件" counts requests)
# (a library's entries are its items: "政策咨询问答库16条" counts policy Q&As; an account named by its
# platform and 号 is the platform's: "抖音号92条" counts Douyin posts)
# (nor does an approximation: "发布微博近2300条", "逾300条"; nor "already": "现点击量已达29131次")
# (nor does the field of what is asked: "救灾领域73条" counts disaster relief items)
# (the problems a thing asked is the first of: "修正错敏信息等问题15条" counts the wrong or sensitive
# information corrected)
_COUNT_FILLER = re.compile(r"(?:" + SPAN_WORDS + r"|共计|总计|合计|累计|共|计|已经|已|达到|达|为|约|近|逾|超过|等(?:方面)?问题|等|各类|相关|的|数量|总数|件数|条数|人数|数|事项|情况|公众号|账号|留言|"
                           r"方面|领域|诉求|库|号|"
                           r"政府信息|信息|内容|材料|文件|稿件|文章|类|量|办件|件|决定书|决定|案件|"
                           + "|".join(PUBLISH + RECEIVE + HOLD) +
                           r"|\d[\d,.]*[\u4e00-\u9fff]{0,2}|\.\.\.|…|⋯|[\s“”《》\"'（）()、，,])*")
_NUMBER_AT_END = re.compile(r"\d[\d,.]*[^\d]*$")


_LIST_AFTER = re.compile(r"^(?:、[\u4e00-\u9fffA-Za-z0-9]{1,8})+(?=[^、]*$)")


# a count before its noun that ends a statement ("共计87个应用场景")
_COUNT_THEN_NOUN = re.compile(r"\d[\d,.]*(?:余|多)?[个项]([\u4e00-\u9fff]{2,8})$")


# the last item of a list, what its others leave ("其他应主动公开政府信息1053条", "其余…"): not what a
# question asks unless it asks for the rest (an English one says "other")
_REMAINDER = re.compile(r"其他|其它|其余|\bother\b")
_REMAINDER_ITEM = re.compile(r"的(?:其他|其它|其余)")


# the acts a request or a case goes through, which reports count apart ("受理法律援助案件1213件,办结案件
# 1138件"): received, and concluded
_RECEIVED = ("受理", "收到", "接收", "新收", "接到")


def _another_act(label, asked) -> bool:
    """Whether a statement counts another act than the one a Chinese question asks: it prints
    receiving and not concluding where concluding is asked (办结多少件), or the other way round. Of
    a statement that names both ("受理并办结…14件") either is asked."""
    for one, other in ((CONCLUDED, _RECEIVED), (_RECEIVED, CONCLUDED)):
        if any(v in asked for v in one) and not any(v in asked for v in other) \
                and not any(v in label for v in one) and any(v in label for v in other):
            return True
    return False


def _counts_the_tail(label, context, counted) -> bool:
    """Whether a statement counts, by a noun after its count, the last words of what the question
    counts, the head of its list naming the rest ("发布渝中区智慧城市应用场景开放清单7个批次⋯共计87个
    应用场景" for 多少个智慧城市应用场景)."""
    if not counted or any(len(t) != 2 for t in counted) or any(a[1] != b[0] for a, b in zip(counted, counted[1:])):
        return False
    phrase = counted[0] + "".join(t[1] for t in counted[1:])  # the bigrams of one phrase, joined again
    noun = _COUNT_THEN_NOUN.search(label)
    return bool(noun and len(noun.group(1)) < len(phrase) and phrase.endswith(noun.group(1))
                and phrase[:-len(noun.group(1))] in context)


def _counts_another(label, groups, any_item=False) -> bool:
    """Whether a statement counts a thing the question does not name: the words between the last
    of the question's words it prints and its number ("政府信息公开|年度报告|1条" counts annual
    reports, not government information). With `any_item`, information of any kind is no other thing
    ("政务微博发布意识形态及业务信息90条" for the Weibo account's posts)."""
    # (a digit in a word of Latin letters is no count: "完成13个政府门户网站IPv6改造" counts the websites)
    number = _NUMBER_AT_END.search(re.sub(r"[A-Za-z][A-Za-z0-9]*", lambda m: "x" * len(m.group(0)), label))
    before = label[:number.start()] if number else label
    if number and len(re.sub(r"[^\u4e00-\u9fff]", "", number.group(0))) > 2:
        return False  # a count before its noun ("开设…等7个专题专栏"): its noun follows
    ends = [before.rfind(t) + len(t) for g in groups for t in g if t and t in before]
    if not ends:
        return False
    rest = re.sub(r"[（(][^）)]*[）)]", "", before[max(ends):])  # an aside: "新闻发布会(通气会)4场"
    if "、" in rest and "等" in rest:  # an item of a list the count is of ("…、ppp项目、法律法规等信息共13条")
        rest = rest[rest.rindex("等") + 1:]
    # the first item of a list the count is of ("共公开各类信息、微视频75篇" counts the information asked,
    # with the videos; a statement of it alone, where printed, comes first: _one_of_several)
    rest = _LIST_AFTER.sub("", rest)
    # (and a measure named in two words apart by a slash: "公众号关注量/订阅数达2056人")
    rest = re.sub(r"^[/／][\u4e00-\u9fff]{1,6}", "", rest)
    # one kind named by two of its words ("公告公示356条", "涉农补贴公告公示信息387条" for the notices asked;
    # "公开人大建议提案35条" for the deputies' suggestions)
    for words, run in _KIND_RUNS:
        lead = run.match(rest)
        if lead and any(before.endswith(t + rest) for g in groups for t in g if t in words):
            rest = rest[lead.end():]
    return not (_COUNT_FILLER.fullmatch(rest) or any_item and _ANY_INFORMATION.search(rest))


# what any item published is, however it is qualified (…业务信息, …类内容)
_ANY_INFORMATION = re.compile(r"(?:信息|内容)$")


# The words for one kind that the reports print two at a time: notices (通知公告, 公告公示), and the
# deputies' suggestions and the members' proposals handled together (建议提案, 议案建议)
_KIND_RUNS = [(words, re.compile("(?:" + "|".join(words) + ")+"))
              for words in (frozenset(("公告", "公示", "通知", "通告")), frozenset(("建议", "提案", "议案")))]


# A run of things named one after another with 、 ("门户网站、微博、微信公众号等")
# (of two characters or more: "三、政府信息…" is a heading's number, not a list)
_ENUMERATION = re.compile(r"[^、，,。；;：:（）()]{2,}(?:、[^、，,。；;：:（）()]{2,})+")


# a statement's count, as the context of the parts listed after it ends with it ("…共主动公开信息150余条")
_COUNT_AT_END = re.compile(r"\d[\d,.]*(?:余|多)?\D?$")


def _the_part_asked(row, rows, listed, heaviest):
    """The statement, or the part of it listed after it that the question asks: a total
    ("二是充分利用微博、微信公众号、抖音政务号、头条等新媒体…全年发布信息578条") that holds the question's
    weightiest word only before the clause with its count is not what "微博发布信息多少条" asks when a
    part listed under it holds that word as its own ("全年发布信息578条⋯其中微博183条"); nor is one
    that names the word as one item of what it counts together ("…发布文物保护、文博要闻、政府采购、
    招考录用、工作动态等信息1639余条,其中…政府采购105条" for 政府采购信息)."""
    _, only_listed, enumerated, _, run = listed[row["id"]]
    number = _COUNT_AT_END.search(row["row_label"])

    def asked(other):  # holds what was asked as its own words: the weightiest word, or the item named
        _, its_only_listed, _, holds, its_run = listed[other["id"]]
        if not (only_listed or enumerated):
            # nor is a total the part asked when the part prints the question's phrase as its own
            # and the total only some of its words ("发布环保水利各类信息299条⋯水利信息56条" for 水利信息)
            return heaviest in holds and its_run >= MIN_RUN and its_run > run
        return not its_only_listed and (holds & enumerated if enumerated and not only_listed else heaviest in holds)

    # (the best, and of those the most direct: "…委员提案14件", not "…委员提案14件(主办件11件")
    parts = [((score, directness), other) for score, directness, other in rows if other["id"] != row["id"] and number
             and number.group(0) in listed[other["id"]][0] and asked(other)]
    return max(parts, key=lambda p: p[0])[1] if parts else row


_GOVERNMENT_INFORMATION = re.compile(r"(?:政府|政务)信息")
# a part that counts just that (其中政府信息49条)
_ONLY_GOVERNMENT_INFORMATION = re.compile(r"(?:其中)?(?:政府|政务)信息(?:共|有|为)?\d")


def _government_information_part(row, rows, asked):
    """The part of a count of information that counts government information, when the question asks
    for that and the count is of information of every kind ("共主动公开信息150余条,其中政府信息49条" for
    "…主动公开政府信息多少条": 49, not the 150 the account's and boards' posts make); else the row."""
    own = row["row_label"].rpartition(LIST_MARK)[2]
    if not _GOVERNMENT_INFORMATION.search(asked) or _GOVERNMENT_INFORMATION.search(own):
        return row
    number = _COUNT_AT_END.search(own)
    parts = [other for _, _, other in rows if other["id"] != row["id"] and number
             and other["row_label"].rpartition(LIST_MARK)[0].endswith(number.group(0))
             and _ONLY_GOVERNMENT_INFORMATION.match(other["row_label"].rpartition(LIST_MARK)[2])]
    return parts[0] if len(parts) == 1 else row


def _only_listed(label, group) -> bool:
    """Whether a statement prints a group's words, but not in the clause that holds its count: the
    clauses before it (joined with …) say what it speaks of ("二是充分利用微博…以图文…全年发布信息
    578条" counts what all the platforms published)."""
    clauses = re.split(r"…|⋯|\.\.\.", label)
    return len(clauses) > 1 and any(_holds(label, t) for t in group) and not any(_holds(clauses[-1], t) for t in group)


def _enumerations(label):
    """The items of each enumeration a statement prints (its last item ends at 等); and two things
    joined by 及 or 和 in the clause of its count ("通过网站及微信公众号主动公开政府信息1128条": the
    website and the WeChat account, together)."""
    for m in _ENUMERATION.finditer(label):
        items = m.group(0).split("、")
        if items[-1].endswith("情况"):
            continue  # a heading run into the statement ("二、政府信息主动公开、依申请公开等情况"), not what it counts
        items[-1] = items[-1].split("等")[0]
        yield items
    clause = re.split(r"[，,。；;：:⋯…]", label)[-1]
    # (及 or 和 that joins, not one inside a word: 及时, 涉及, 和谐; between two words it joins them,
    # whatever word it makes with either: 人大建议和政协提案, though 议和 and 和政 are words too)
    known = headwords()
    joins = [i for i in (m.start() for m in re.finditer(r"及|和", clause))
             if (clause[i - 2:i] in known and clause[i + 1:i + 3] in known)
             or (clause[i - 1:i + 1] not in known and clause[i:i + 2] not in known)]
    if "、" not in clause and len(joins) == 1:
        pair = [clause[:joins[0]], clause[joins[0] + 1:]]
        if all(len(item) >= 2 for item in pair):
            yield pair


def _names_one_item(items, terms) -> bool:
    return sum(1 for item in items if any(_holds(item, t) for t in terms)) == 1


def _words_across(group, groups, weights, asked) -> list:
    """The weights of the two words a group's one bigram lies across, where no dictionary word is
    that bigram and each is a term of another group (布行 of "发布行政许可类信息": the groups of 发布
    and 行政); else []."""
    words = headwords()
    (bigram,) = group if len(group) == 1 else ("",)
    if len(bigram) != 2 or bigram in words:
        return []
    left = [w for g, w in zip(groups, weights) if g is not group
            and any(len(t) >= 2 and t in words and t.endswith(bigram[0]) and t[:-1] + bigram in asked for t in g)]
    right = [w for g, w in zip(groups, weights) if g is not group
             and any(len(t) >= 2 and t in words and t.startswith(bigram[1]) and bigram[0] + t in asked for t in g)]
    return [min(left), min(right)] if left and right else []


def _one_of_several(label, groups) -> int:
    """How many of a statement's enumerations the question's own words name one item of: the
    statement counts all the items together. (Not by a verb: "全年在网站和微信平台公布信息202条"
    names the website as one of two, though the second part holds the verb the question asks.)"""
    terms = [t for g in groups for t in _own_words(g) if t not in _VERBS]
    return sum(_names_one_item(items, terms) for items in _enumerations(label))


def _enumerated_groups(label, groups) -> set:
    """The groups whose own words name one item of an enumeration in a statement (政府采购 of
    "…文博要闻、政府采购、招考录用…等信息1639余条"), where the question names no other item of it
    ("通过网站及微信公众号…多少条" asks what the two did together; a longer list's first item holds
    the words before it too, "通过官网发布文物保护、…、政府采购…")."""
    terms = [t for g in groups for t in _own_words(g)]
    return {i for items in _enumerations(label)
            if not (len(items) == 2 and all(any(_holds(item, t) for t in terms) for item in items))
            for i, g in enumerate(groups) if _names_one_item(items, _own_words(g))}


# words a report prints contracted, holding each of them ("年度财政预决算8条": budgets and final accounts)
_CONTRACTED = {"预算": "预决算", "决算": "预决算"}


def _holds(label, term):
    """Whether a statement's label holds a term: a word in Latin letters as a word (ai is not in email),
    a word printed contracted with another (_CONTRACTED) as that."""
    if term not in label:
        return term in _CONTRACTED and _CONTRACTED[term] in label
    return not LATIN_WORD.fullmatch(term) or re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", label)


def _grams(term):
    """A term's search tokens: a Chinese term's bigrams; a word in Latin letters (ppp) is one."""
    if LATIN_WORD.fullmatch(term):
        return [term]
    return [term[i:i + 2] for i in range(len(term) - 1)] or [term]
