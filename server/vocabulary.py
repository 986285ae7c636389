"""Words of a question that ask, connect or point, but constrain nothing.

After the parser has read a question's agencies, years and template cells, what is left
must be made of these words for a figure to be given: anything else ("罚款金额", "Beijing")
is a constraint the parser did not understand, and the answer says so instead of
dropping it.
"""
import re

# Chinese: question words, particles, verbs of asking, generic nouns of these reports.
FILLER_ZH = frozenset("""
多少 多少个 多少件 多少条 多少项 多少次 多少钱 多少元 几 几个 几件 几条 几项 几次 是 是多少 为 为多少 有 有多少 有几 共 共有
一共 总共 共计 合共 总数 数量 数目 数字 数据 统计 统计数 情况 方面 相关 有关 关于 这个 那个 该 其 其中 分别 各自 各 以及 和 与 及
跟 同 还有 或 或者 的 了 吗 呢 啊 呀 吧 嘛 么 哦 哈 请问 请 麻烦 告诉 告诉我 我 我们 你 想 想要 要 知道 想知道 查 查询 查一下
查查 一下 看看 看 帮 帮我 给我 给 列出 列 显示 说说 讲讲 问 问一下 年 年度 年份 年里 年中 报告 年报 年度报告 工作报告 中 里 里面
上 中的 里的 方面的 政府 政府信息 信息 公开 信息公开 政务公开 工作 全年 当年 本年 本年度 一年 是否 怎样 怎么 如何 什么 哪些 哪个 哪 多
少 件 条 项 个 次 元 万元 人次 份 总 合 总和 之和 加起来 一起 全部 所有 本 这 那 已 已经 被 把 对 向 从 在 由 到 于 按 按照 以
数 单位 机关 部门 人民政府 区政府 县政府 市政府 乡政府 镇政府 该区 该县 该市 该单位 这个单位 填报 表 表格 表中 栏 栏目
一栏 这一栏 项目 模板 数值 具体 具体是 分别是 各是 各为 对应 对应的 相应 结果 收 提出 提出的 申请人 人 做出 作出 做了 作出的
办了 办理了 处理了 属于 因 因为 由于 原因是 类 类别 种类 类型 方式 途径 渠道 可以 能够 通过 哪里 哪儿 何处 多久 多长时间 多长 一下子 呐 嗯 好 好的 谢谢 多谢 您好 你好 吗？ 呢？ 年的 年度的 年里的 的话 话 时 时候 期间 期内 当中 以来
年内 全 整 整年 整个 全部的 所 所有的 共计是 合计是 为多少个 有多少个 是几 有几个 共多少 一共有 总共有 总计有 合计有
导出 导出为 按模板 模板格式 格式 汇总 汇总表 汇总成 做成 生成 excel xlsx csv
这件 那件 这条 那条 这项 那项 此项 该项 这次 那次 这份 那份 这篇 那篇 这些 那些
哪些内容 什么内容 哪方面内容 哪些方面内容
经过 要经过 需要 需要经过 需经过
由谁 是谁 哪位 哪些人
""".split())

# English: function words and the generic words of questions about these reports.
FILLER_EN = frozenset("""
a an the of in on at for to from by with and or is are was were be been being do does did done how many much what which
who whom whose when where why that this these those there their its it they them his her our your my me we you i please
tell show give list find get number numbers count counts total totals figure figures amount value values data statistic
statistics report reports annual year years yearly during within overall all each every any per as about regarding
concerning government governments agency agencies office information disclosure open public item items case cases
make made handle handled have has had receive received get got can could would should will shall may might must
also both either neither than then so such just only whole entire according same its' into out up over under more less
what's how's s 's did? what? how? kind kinds type types category categories piece pieces was? were? is? are?
because since why reason reasons there's issue issued impose imposed conduct conducted carry carried process
processed deal dealt grant granted adopt adopted take taken took give given receive receives look looking see
altogether combined respectively separately broken down breakdown split by file filed files submit submitted
lodge lodged send sent come came people persons person administrative administration new face faced facing
grounds ground basis whether publish published publishes proactively against end year-end
disclose discloses disclosed disclosing
turn turned turns down still yet through via
go goes went gone going
export exported template layout roll rollup roll-up sheet spreadsheet excel xlsx csv
""".split())

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def content_left(text: str, lang_words=FILLER_ZH) -> list:
    """The pieces of `text` (what is left of a question) that are not filler words.

    Chinese runs are peeled greedily from the left with the longest filler word; what cannot
    be peeled, two characters or more, is content. English words not in FILLER_EN are
    content. Single stray characters are not counted: they are particles or typing noise.
    """
    out = []
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        rest, pending = run, ""
        while rest:
            for size in range(min(6, len(rest)), 0, -1):
                if rest[:size] in FILLER_ZH:
                    if len(pending) >= 2:
                        out.append(pending)
                    pending = ""
                    rest = rest[size:]
                    break
            else:
                pending += rest[0]
                rest = rest[1:]
        if len(pending) >= 2:
            out.append(pending)
    for word in re.findall(r"[a-z][a-z'\-]*", text):
        word = word.strip("'-")
        if len(word) >= 3 and word not in FILLER_EN and word.rstrip("s") not in FILLER_EN:
            out.append(word)
    return out


# Words the reports use for one thing each, whichever a question asks in: section 五's
# shortcomings are 存在的主要问题 in one report, 不足 or 短板 in another ("有哪些不足" must reach
# "存在的主要问题：…有待进一步提升"). A term of a set widens its group to the others at
# SAME_SENSE_WEIGHT in passage search (a passage with the question's own word comes first);
# an English word whose dictionary sense is one the reports never print (shortcoming: 缺点) takes
# the set's words they do print.
# what the template's section 五 is about: its problems, in the words reports use for them
PROBLEMS = ("问题", "不足", "短板", "差距", "薄弱", "欠缺", "缺点", "缺陷", "短处")
SAME_SENSE = (PROBLEMS,
              ("方便", "便利", "便捷"),
              ("账号", "公众号"),  # a WeChat account is a 公众号
              ("微信", "公众号"),  # and a 公众号 is WeChat's: "公众号发布信息409条" counts the WeChat account's posts
              ("考核", "评估", "考评"),
              # the only fee these reports speak of is the information processing fee (section 六)
              ("收费", "费用", "处理费"),
              ("新闻发布会", "发布会", "记者会", "记者招待会"),  # a press conference
              ("疫情", "大流行", "流行病"),  # the pandemic is 疫情 in these reports
              ("防疫", "疫情防控", "抗疫"),  # fighting it: 防疫信息 are 疫情防控相关信息
              ("网上", "网站", "门户网站"),  # what is published online is published on a website
              ("官网", "官方网站"),  # an official website, in full or short
              ("防控", "预防", "防治"),  # epidemic prevention is 疫情防控 in these reports
              # "how do they make sure nothing goes out wrong" is answered by what they do for accuracy
              ("准确", "出错", "差错", "错误"),
              # typos: 错别字, or with sensitive words, 错敏字 (checked for on websites: 错敏信息)
              ("错别字", "错字", "错敏字", "错敏信息"),
              ("确保", "保证"),
              ("答复", "回复"),  # a request is answered: 答复 in the reports, 回复 as often asked
              # keeping secrets: "how do they prevent leaks of secrets" is answered by 保密审查
              ("保密", "泄密", "涉密", "秘密", "泄露"),
              # how a count changed is said by the way it went (比2022年下降29%)
              ("变化", "增加", "减少", "下降", "增长", "上升", "增减"),
              # the ways information goes out: 公开途径, 公开渠道, 发布渠道, 公开方式 and 公开形式 say the same, and
              # the platforms are what they are ("通过哪些方式公开" is answered under 平台建设)
              ("渠道", "途径", "方式", "形式", "平台", "媒体", "载体"),
              # taken to court: asked as 起诉 (被起诉), reported as 行政诉讼
              ("起诉", "诉讼"),
              # a request withdrawn by its applicant: 撤回申请, 撤销申请, and 撤消 as 撤销 is also written
              ("撤回", "撤销", "撤消"),
              # a request or a letter come in: 收到 as asked, 接到 or 接收 as often printed
              ("收到", "接到", "接收"),
              # checking what is to be published: 审核, or its steps and levels as printed ("科室负责人
              # 初审、分管负责人复审、主要负责人终审", 三审三校, 严格把关)
              ("审核", "审查", "把关", "初审", "复审", "终审", "三审"),
              # the steps a thing goes through: 哪些环节 asked, its 流程 or 程序 printed ("科室初审—分管复审
              # —主要领导终审"的流程)
              ("环节", "流程", "程序", "步骤"),
              # a share: 占多少比例 asked, "…类信息11条,占比45.83%" printed
              ("比例", "占比", "比重"),
              # who is in charge: 谁负责 asked, "局办公室牵头", "承担…主体责任" or "分管领导" printed
              ("负责", "牵头", "承担", "分管"),
              # a system carried out: 实行什么制度 asked, "严格落实信息“三审”制度" or 执行 printed
              ("实行", "落实", "执行", "实施", "推行"))
