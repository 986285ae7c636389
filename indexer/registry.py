"""The one vocabulary of the national report template, shared by the indexer and the server.

Every table, row and column of the template has a canonical key, the label the template
prints (`zh`), labels real reports print instead (`variants`), words that identify it in a
printed label even when the label is mangled (`keys`), an English name, and the words a user
may type to ask for it (`ask`, Chinese and English).

Two editions of the template are in use: "2019" (reports for 2019-2020) and "2021"
(reports for 2021 onward). They differ in the columns of the 第二十条 tables and in
table 三's （六）其他处理, which the 2021 edition splits into three rows.
"""
from dataclasses import dataclass, field

TEMPLATES = ("2019", "2021")


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    unit: str  # 件, 项, 万元, 元, or "" where the template states none
    variants: tuple = ()
    ask: tuple = ()


@dataclass(frozen=True)
class Row:
    key: str
    zh: str
    en: str
    keys: tuple = ()  # distinctive substrings of the printed label (normalized)
    variants: tuple = ()
    ask: tuple = ()


@dataclass(frozen=True)
class Table:
    key: str
    zh: str
    en: str
    rows: tuple
    columns: dict  # template edition -> tuple of Column, in printed order
    defaults: dict = field(default_factory=dict)  # template -> column keys answered when none is named
    ask: tuple = ()
    default_rows: tuple = ()  # rows answered when the question names the table but no row (all if empty)

    def row(self, key):
        return next((r for r in self.rows if r.key == key), None)

    def column(self, key):
        for cols in self.columns.values():
            for col in cols:
                if col.key == key:
                    return col
        return None

    def all_columns(self):
        seen, out = set(), []
        for cols in self.columns.values():
            for col in cols:
                if col.key not in seen:
                    seen.add(col.key)
                    out.append(col)
        return out


# --- columns of the 第二十条 tables -------------------------------------------------------
NEW_MADE = Column("new_made", "本年新制作数量", "made this year", "件",
                  ask=("新制作", "制作数量", "newly made", "made this year", "drafted"))
NEW_PUBLISHED = Column("new_published", "本年新公开数量", "published this year", "件",
                       ask=("新公开", "公开数量", "newly published", "published this year"))
TOTAL_PUBLISHED = Column("total_published", "对外公开总数量", "total made public", "件",
                         ask=("对外公开总数", "公开总数", "total published", "total made public"))
ISSUED = Column("issued", "本年制发件数", "issued this year", "件",
                ask=("制发", "印发", "发布", "issued", "issue"))
REPEALED = Column("repealed", "本年废止件数", "repealed this year", "件",
                  ask=("废止", "repealed", "repeal", "repeals", "abolished", "abolish", "revoked", "revoke", "annulled"))
IN_FORCE = Column("in_force", "现行有效件数", "currently in force", "件",
                  ask=("现行有效", "有效件数", "有效", "in force", "currently valid", "valid"))
PREV_YEAR_ITEMS = Column("prev_year_items", "上一年项目数量", "items in the previous year", "项",
                         ask=("上一年项目", "上年项目", "上一年的项目", "上年的项目", "previous year's items",
                              "items last year", "in the previous year", "previous year", "prior year"))
CHANGE = Column("change", "本年增/减", "change this year", "项",
                variants=("本年增减",),
                # "增加/减少/increase" alone ask how a figure changed between years (server/change.py),
                # which this column (the change in the number of items, 2019–2020 reports) is not
                ask=("增/减", "增减", "change this year", "net change"))
DECISIONS = Column("decisions", "本年处理决定数量", "decisions made this year", "件",
                   variants=("处理决定数量",),
                   ask=("处理决定", "决定数量", "决定", "decisions", "decision", "decided", "decide", "decides", "handled",
                        "cases"))
FEE_AMOUNT = Column("fee_amount", "本年收费金额（单位：万元）", "fees collected this year", "万元",
                    variants=("本年收费金额",),
                    ask=("收费金额", "收费总额", "收费收入", "金额", "多少钱", "amount", "collected", "collect", "collects",
                         "revenue", "income", "how much"))
PROCUREMENT_ITEMS = Column("procurement_items", "采购项目数量", "number of procurement items", "项",
                           ask=("采购项目数量", "项目数量", "项目数", "项目", "多少个", "个数", "多少项",
                                "items", "item", "projects", "project", "how many", "number"))
PROCUREMENT_AMOUNT = Column("procurement_amount", "采购总金额", "total procurement amount", "",
                            ask=("采购总金额", "采购金额", "总金额", "金额", "多少钱", "amount", "spent",
                                 "spend", "spending", "value", "how much", "money", "cost"))

ART20_1 = Table(
    "art20_1", "第二十条第（一）项", "Art. 20(1): rules and normative documents",
    rows=(
        Row("regulations", "规章", "rules", keys=("规章",),
            ask=("规章", "regulations", "regulation", "rules")),
        # (a page put into Taiwan's usage prints 文件 as 檔案: "規範性檔案")
        Row("normative_documents", "规范性文件", "normative documents", keys=("规范性文件", "规范性档案"),
            variants=("行政规范性文件",),
            ask=("行政规范性文件", "规范性文件", "normative documents", "normative document",
                 "regulatory documents", "regulatory document")),
    ),
    columns={"2019": (NEW_MADE, NEW_PUBLISHED, TOTAL_PUBLISHED), "2021": (ISSUED, REPEALED, IN_FORCE)},
    ask=("第二十条第(一)项", "第二十条第一项", "article 20(1)"),
)
ART20_5 = Table(
    "art20_5", "第二十条第（五）项", "Art. 20(5): administrative licensing",
    rows=(
        Row("licensing", "行政许可", "administrative licensing", keys=("行政许可",),
            ask=("行政许可", "许可", "licensing", "licence", "license", "licenses", "permits", "permit")),
        Row("other_services", "其他对外管理服务事项", "other external management services",
            keys=("对外管理服务", "其他对外管理"),
            ask=("其他对外管理服务事项", "对外管理服务", "management services")),
    ),
    columns={"2019": (PREV_YEAR_ITEMS, CHANGE, DECISIONS), "2021": (DECISIONS,)},
    defaults={"2021": ("decisions",)},
    ask=("第二十条第(五)项", "第二十条第五项", "article 20(5)"),
)
ART20_6 = Table(
    "art20_6", "第二十条第（六）项", "Art. 20(6): administrative penalties and coercion",
    rows=(
        Row("penalty", "行政处罚", "administrative penalties", keys=("行政处罚",),
            ask=("行政处罚", "处罚", "penalties", "penalty", "sanctions", "fines")),
        Row("coercion", "行政强制", "administrative coercion", keys=("行政强制",),
            ask=("行政强制", "行政强制措施", "强制措施", "强制", "coercion", "coercive measures", "enforcement measures",
                 "administrative enforcement", "administrative compulsion", "compulsory measures")),
    ),
    columns={"2019": (PREV_YEAR_ITEMS, CHANGE, DECISIONS), "2021": (DECISIONS,)},
    defaults={"2021": ("decisions",)},
    ask=("第二十条第(六)项", "第二十条第六项", "article 20(6)"),
)
ART20_8 = Table(
    "art20_8", "第二十条第（八）项", "Art. 20(8): administrative fees",
    rows=(
        Row("fees", "行政事业性收费", "administrative fees", keys=("事业性收费", "行政事业"),
            ask=("行政事业性收费", "事业性收费", "收费", "fees", "fee", "charges")),
    ),
    columns={"2019": (PREV_YEAR_ITEMS, CHANGE), "2021": (FEE_AMOUNT,)},
    defaults={"2021": ("fee_amount",)},
    ask=("第二十条第(八)项", "第二十条第八项", "article 20(8)"),
)
ART20_9 = Table(
    "art20_9", "第二十条第（九）项", "Art. 20(9): government centralized procurement",
    rows=(
        Row("procurement", "政府集中采购", "government centralized procurement", keys=("集中采购", "政府采购"),
            ask=("政府集中采购", "集中采购", "政府采购", "采购", "procurement", "purchasing", "purchases",
                 "centralized procurement", "centralised procurement", "central procurement",
                 "centralized government procurement", "centralised government procurement",
                 "government centralized procurement", "government centralised procurement",
                 "government procurement")),
    ),
    columns={"2019": (PROCUREMENT_ITEMS, PROCUREMENT_AMOUNT), "2021": (PROCUREMENT_ITEMS, PROCUREMENT_AMOUNT)},
    ask=("第二十条第(九)项", "第二十条第九项", "article 20(9)"),
)

# --- table 三 ------------------------------------------------------------------------------
APPLICANT_COLUMNS = (
    Column("natural_person", "自然人", "natural persons", "件",
           ask=("自然人", "个人", "公民", "natural persons", "natural person", "individuals", "citizens")),
    Column("commercial", "商业企业", "commercial enterprises", "件",
           ask=("商业企业", "企业", "commercial enterprises", "businesses", "companies", "enterprises")),
    Column("research", "科研机构", "research institutions", "件",
           ask=("科研机构", "research institutions", "research institutes")),
    Column("social_org", "社会公益组织", "public-interest organizations", "件",
           ask=("社会公益组织", "公益组织", "public-interest organizations", "ngos", "non-profits")),
    Column("legal_service", "法律服务机构", "legal service institutions", "件",
           ask=("法律服务机构", "律师事务所", "律所", "legal service institutions", "law firms")),
    Column("other", "其他", "other organizations", "件",
           ask=("其他组织", "其他类型", "other organizations", "other applicants")),
    Column("total", "总计", "total", "件",
           ask=("总计", "总数", "合计", "总共", "一共", "total", "in total", "overall", "altogether")),
)


def _r(key, zh, en, keys, ask=()):
    return Row(key, zh, en, keys=keys, ask=ask)


REQUESTS = Table(
    "requests", "三、收到和处理政府信息公开申请情况", "Table 3: disclosure requests received and handled",
    rows=(
        _r("new_received", "一、本年新收政府信息公开申请数量", "new requests received this year", ("本年新收",),
           ("本年新收", "新收", "收到的申请", "收到申请", "收到的政府信息公开申请", "受理", "收到",
            "new requests", "requests received", "applications received", "received", "receive",
            "accepted", "accept")),  # 受理: accepted
        _r("carried_over", "二、上年结转政府信息公开申请数量", "requests carried over from last year", ("上年结转",),
           ("上年结转", "上年度结转", "carried over from last year", "carried over from the previous year",
            "carried over")),
        _r("disclosed", "（一）予以公开", "disclosed", ("予以公开",),
           ("予以公开", "全部公开", "同意公开", "disclosed in full", "disclose in full", "fully disclosed", "fully disclose",
            "made public in full", "make public in full", "released in full", "release in full", "fully released",
            "granted in full", "disclosed", "granted")),
        _r("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially disclosed",
           ("部分公开",), ("部分公开", "partially disclosed", "partly disclosed", "partial disclosure",
                          "disclosed in part", "made public in part", "make public in part", "released in part",
                          "partly released", "partially released")),
        _r("withheld_state_secret", "（三）不予公开 1.属于国家秘密", "withheld: state secret", ("国家秘密",),
           ("国家秘密", "state secrets", "state secret")),
        _r("withheld_prohibited", "（三）不予公开 2.其他法律行政法规禁止公开", "withheld: prohibited by other laws",
           ("禁止公开", "其他法律行政"), ("法律行政法规禁止公开", "禁止公开", "prohibited by law")),
        _r("withheld_security", "（三）不予公开 3.危及“三安全一稳定”", "withheld: endangers security and stability",
           ("三安全一稳定",), ("三安全一稳定", "危及", "endangers security")),
        _r("withheld_third_party", "（三）不予公开 4.保护第三方合法权益", "withheld: third-party rights",
           ("第三方合法权益", "保护第三方"), ("第三方合法权益", "第三方", "third-party rights", "third party")),
        _r("withheld_internal", "（三）不予公开 5.属于三类内部事务信息", "withheld: internal affairs",
           ("内部事务",), ("内部事务信息", "内部事务", "internal affairs")),
        _r("withheld_process", "（三）不予公开 6.属于四类过程性信息", "withheld: process information",
           ("过程性信息",), ("过程性信息", "process information", "deliberative")),
        _r("withheld_enforcement", "（三）不予公开 7.属于行政执法案卷", "withheld: law-enforcement files",
           ("行政执法案卷", "执法案卷"), ("行政执法案卷", "执法案卷", "law enforcement files", "enforcement files")),
        _r("withheld_query", "（三）不予公开 8.属于行政查询事项", "withheld: administrative query matters",
           ("行政查询事项", "查询事项"), ("行政查询事项", "查询事项", "administrative query")),
        _r("unavailable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息", "unavailable: not held",
           ("不掌握",), ("本机关不掌握", "不掌握", "没有掌握", "未掌握", "not held", "does not hold", "did not hold",
                        "didn't hold", "do not hold", "not hold", "did not have the information",
                        "does not have the information", "not in possession")),
        _r("unavailable_not_existing", "（四）无法提供 2.没有现成信息需要另行制作", "unavailable: would need to be created",
           ("没有现成信息", "另行制作"), ("没有现成信息", "另行制作", "no ready-made information")),
        _r("unavailable_unclear", "（四）无法提供 3.补正后申请内容仍不明确", "unavailable: request still unclear",
           ("仍不明确", "补正后申请"), ("申请内容仍不明确", "仍不明确", "still unclear", "unclear")),
        _r("rejected_petition", "（五）不予处理 1.信访举报投诉类申请", "not processed: petitions and complaints",
           ("信访举报投诉", "信访"), ("信访举报投诉", "信访", "petitions", "complaints")),
        _r("rejected_repeat", "（五）不予处理 2.重复申请", "not processed: repeated requests", ("重复申请",),
           ("重复申请", "repeated requests", "duplicate requests", "repeat requests", "repeated", "duplicates")),
        _r("rejected_publication", "（五）不予处理 3.要求提供公开出版物", "not processed: asks for publications",
           ("公开出版物", "出版物"), ("公开出版物", "出版物", "publications")),
        _r("rejected_excessive", "（五）不予处理 4.无正当理由大量反复申请", "not processed: excessive repeated requests",
           ("大量反复",), ("大量反复申请", "大量反复", "excessive requests")),
        _r("rejected_confirmation", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
           "not processed: asks to confirm or reissue information", ("重新出具", "确认或重"),
           ("确认或重新出具", "重新出具", "reissue")),
        _r("other_handling", "（六）其他处理", "other handling", ("其他处理",), ()),
        _r("other_overdue_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "other handling: not corrected in time", ("逾期不补正",), ("逾期不补正", "not corrected in time")),
        _r("other_unpaid_fee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
           "other handling: fee not paid", ("缴纳费用", "收费通知"), ("未缴纳费用", "缴纳费用", "fee not paid", "unpaid fee")),
        _r("other_other", "（六）其他处理 3.其他", "other handling: other", (), ()),
        _r("results_total", "（七）总计", "total handled this year", ("(七)总计", "七)总计"),
           ("办理结果总计", "办理结果合计", "办理总数", "办结", "答复了", "已答复", "答复申请", "答复的申请",
            "答复政府信息公开申请", "results total", "total handled")),
        _r("carried_forward", "四、结转下年度继续办理", "carried forward to next year", ("结转下年",),
           ("结转下年度", "结转下年", "结转至下年", "转至下年", "继续办理", "还在办理", "仍在办理", "正在办理", "尚在办理", "办理中",
            "转下一年", "转到下一年", "转入下一年", "转至下一年", "转下年", "转到下年", "转入下年", "留到下一年",
            "转下一年度", "转到下一年度", "转入下一年度", "下一年度办理", "下一年办理", "下年度办理",
            "转到下一年办理", "转下一年办理", "转入下一年办理", "转到下一年度办理", "转入下一年度办理",
            "still being processed", "still in progress", "carried forward", "carried to next year",
            # "carried over" alone is last year's (二、上年结转); into the next year, it is this row
            "carried over to next year", "carried over to the next year", "carried over into next year",
            "carried over into the next year", "carry over to next year", "carry over to the next year",
            "carry over into next year", "carry over into the next year", "carried to the next year")),
    ),
    columns={"2019": APPLICANT_COLUMNS, "2021": APPLICANT_COLUMNS},
    defaults={"2019": ("total",), "2021": ("total",)},
    # (a request for disclosure is one for information: "information disclosure requests" and
    # "requests for information" say no more than "requests", and left "information" as a topic
    # that a statement "收到依申请公开事项5件" does not name)
    ask=("依申请公开", "政府信息公开申请", "申请情况", "申请", "申请数", "申请数量", "information disclosure requests",
         "information disclosure request", "requests for information", "request for information",
         "information requests", "information request", "disclosure requests", "requests",
         "request", "applications", "application"),
    default_rows=("new_received",),
)

# The rows of table 三 in printed order. The 2019 edition has 23 rows; the 2021 edition
# splits （六）其他处理 into three, giving 25. Real 2021+ reports use either layout.
REQUEST_LAYOUTS = {
    23: [r.key for r in REQUESTS.rows if not r.key.startswith("other_") or r.key == "other_handling"],
    25: [r.key for r in REQUESTS.rows if r.key != "other_handling"],
}

# --- table 四 ------------------------------------------------------------------------------
OUTCOME_COLUMNS = (
    # an agency that "won" a review or lawsuit had its decision upheld; one that "lost" had it corrected
    Column("upheld", "结果维持", "upheld", "件",
           ask=("结果维持", "维持", "upheld", "affirmed", "maintained", "won", "win")),
    Column("corrected", "结果纠正", "corrected", "件",
           ask=("结果纠正", "纠正", "纠错", "corrected", "overturned", "reversed", "lost", "lose")),
    Column("other", "其他结果", "other outcome", "件", ask=("其他结果", "other outcomes", "other outcome", "other results")),
    Column("pending", "尚未审结", "pending", "件", ask=("尚未审结", "未审结", "pending", "not yet concluded", "ongoing")),
    Column("total", "总计", "total", "件",
           ask=("总计", "总数", "合计", "总共", "一共", "total", "in total", "overall", "altogether")),
)
APPEALS = Table(
    "appeals", "四、政府信息公开行政复议、行政诉讼情况", "Table 4: administrative reviews and lawsuits",
    rows=(
        Row("review", "行政复议", "administrative reviews", keys=("行政复议",),
            ask=("申请行政复议", "申请复议", "行政复议", "复议", "administrative reviews", "administrative review", "reconsideration",
                 "reviews",
                 "applied for administrative review", "apply for administrative review",
                 "applications for administrative review")),
        Row("litigation_direct", "行政诉讼 未经复议直接起诉", "lawsuits filed directly", keys=("直接起诉",),
            ask=("未经复议直接起诉", "直接起诉", "lawsuits filed directly", "direct lawsuits", "direct lawsuit")),
        Row("litigation_after_review", "行政诉讼 复议后起诉", "lawsuits after review", keys=("复议后起诉",),
            ask=("复议后起诉", "经复议后起诉", "lawsuits after review", "lawsuit after review", "after review")),
    ),
    columns={"2019": OUTCOME_COLUMNS, "2021": OUTCOME_COLUMNS},
    defaults={"2019": ("total",), "2021": ("total",)},
    ask=("行政复议、行政诉讼", "复议诉讼"),
)
# The 15 numbers of table 四 in printed order.
APPEAL_LAYOUT = [(row.key, col.key) for row in APPEALS.rows for col in OUTCOME_COLUMNS]

TABLES = (ART20_1, ART20_5, ART20_6, ART20_8, ART20_9, REQUESTS, APPEALS)
TABLES_BY_KEY = {t.key: t for t in TABLES}
ART20_TABLES = {"一": ART20_1, "五": ART20_5, "六": ART20_6, "八": ART20_8, "九": ART20_9}


@dataclass(frozen=True)
class Group:
    """Rows (or columns) the template prints under one heading: a question for the heading is
    answered with its members and their sum."""
    key: str
    table: str
    kind: str  # rows | cols
    zh: str
    en: str
    members: tuple
    ask: tuple = ()


_ORG_COLUMNS = tuple(c.key for c in APPLICANT_COLUMNS if c.key not in ("natural_person", "total"))
GROUPS = (
    Group("withheld", "requests", "rows", "（三）不予公开", "withheld (not disclosed)",
          tuple(r.key for r in REQUESTS.rows if r.key.startswith("withheld_")),
          ("不予公开", "不公开", "拒绝公开", "withheld", "withhold", "withholding", "refused", "refuse", "refusal",
           "not disclosed", "denied", "declined to disclose")),
    Group("unavailable", "requests", "rows", "（四）无法提供", "could not be provided",
          tuple(r.key for r in REQUESTS.rows if r.key.startswith("unavailable_")),
          ("无法提供", "不能提供", "could not be provided", "unavailable", "not available", "could not provide",
           "could not be answered", "not answered", "unanswered", "could not answer")),
    Group("rejected", "requests", "rows", "（五）不予处理", "not processed",
          tuple(r.key for r in REQUESTS.rows if r.key.startswith("rejected_")),
          ("不予处理", "not processed", "not handled", "not dealt with", "not accepted for processing")),
    Group("other_handling_group", "requests", "rows", "（六）其他处理", "other handling",
          tuple(r.key for r in REQUESTS.rows if r.key.startswith("other_")),
          ("其他处理", "other handling", "handled otherwise")),
    # 行政诉讼 is printed over its two rows: asked for, both are answered and added up
    Group("litigation", "appeals", "rows", "行政诉讼", "administrative lawsuits",
          ("litigation_direct", "litigation_after_review"),
          ("行政诉讼", "诉讼", "lawsuits", "lawsuit", "litigation", "sued", "sue")),
    # "what were the outcomes": a review's or lawsuit's four outcome columns
    Group("outcomes", "appeals", "cols", "审理结果", "outcomes", ("upheld", "corrected", "other", "pending"),
          ("审理结果", "复议结果", "诉讼结果", "outcomes", "outcome")),
    Group("legal_persons", "requests", "cols", "法人或其他组织", "legal persons and other organizations",
          _ORG_COLUMNS, ("法人或其他组织", "法人和其他组织", "法人", "legal persons", "legal entities",
                         "organizations and companies", "companies and organizations")),
)
GROUPS_BY_KEY = {g.key: g for g in GROUPS}


def table(key) -> Table:
    return TABLES_BY_KEY[key]


def default_columns(table_key: str, template: str, unit: str = ""):
    """Columns to answer when a question names a row but no column: the table's default, else
    all; of those, the ones counted in the unit asked, when some are."""
    t = table(table_key)
    if template not in t.columns:  # a report from before the template has no table columns
        return ()
    keys = t.defaults.get(template) or tuple(c.key for c in t.columns[template])
    units = {c.key: c.unit for c in t.columns[template]}
    counted = tuple(k for k in keys if unit and units.get(k) == unit)
    return counted or keys
