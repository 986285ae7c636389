"""Agencies as the administrative hierarchy they are: places, their governments, departments.

A report is published by a government ("淮安市洪泽区人民政府": the government of 洪泽区,
a district of 淮安市) or by one of its departments ("沭阳县发展和改革局", "上海市科委").
A name is read as a chain of places (淮安市 › 洪泽区) and, for a department, the
department's name, with common abbreviations written out (科委 = 科学技术委员会), so
that the names a report prints in different years, and the names a user types, meet.
"""
import itertools
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .terms import headwords, proper_nouns, proper_reading

# Administrative units, longest first, so that "自治县" wins over "县".
# Special zones govern like a county or district and are named like one.
ZONES = ("综合实验区", "经济技术开发区", "高新技术产业开发区", "特别合作区", "经济开发区", "工业园区", "高新区", "经开区",
         "综合保税区", "保税港区", "保税区", "新区", "开发区", "经济区", "风景名胜区", "风景区")
# The short names zones go by (安顺经开区, 重庆高新区) and the names they stand for
# (and any development zone by the word for all of them: 长兴岛开发区 for 长兴岛经济技术开发区)
ZONE_SHORT = {"经开区": ("经济技术开发区", "经济开发区"), "高新区": ("高新技术产业开发区",), "风景区": ("风景名胜区",),
              "开发区": ("经济技术开发区", "经济开发区", "高新技术产业开发区")}
# The provinces (and regions, municipalities) by the short names their provincial branches of
# national bodies go by without a unit: 山东海事局, 广西海事局, 海南海事局
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
             "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
# The autonomous regions by the short names their texts call them (a region's own report may name
# itself only "自治区": "自治区人民政府办公厅2022…报告" on a page about 新疆)
AUTONOMOUS_REGIONS = {"新疆": "新疆维吾尔自治区", "西藏": "西藏自治区", "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区",
                      "宁夏": "宁夏回族自治区"}
# (林区: a forestry district governed as a county, 神农架林区)
# (a 管理区 is a township-level area a farm or a city's district manages: 潜江市熊口管理区)
UNITS = ZONES + ("自治区", "自治州", "自治县", "自治旗", "街道", "地区", "林区", "管理区", "苏木", "省", "市", "州", "盟", "县",
                 "区", "旗", "乡", "镇")
UNIT_EN = {"综合实验区": "Comprehensive Experimental Zone", "经济技术开发区": "Economic and Technological Development Zone",
           "高新技术产业开发区": "High-tech Industrial Development Zone", "特别合作区": "Special Cooperation Zone",
           "高新区": "High-tech Zone", "经济开发区": "Economic Development Zone", "经开区": "Economic Development Zone",
           "工业园区": "Industrial Park", "新区": "New Area", "开发区": "Development Zone", "经济区": "Economic Zone",
           "风景名胜区": "Scenic Area", "风景区": "Scenic Area", "综合保税区": "Comprehensive Bonded Zone",
           "保税港区": "Bonded Port Area", "保税区": "Bonded Zone",
           "省": "Province", "市": "City", "州": "Prefecture", "自治区": "Autonomous Region", "自治州": "Autonomous Prefecture",
           "县": "County", "自治县": "Autonomous County", "区": "District", "旗": "Banner",
           "自治旗": "Autonomous Banner", "乡": "Township", "苏木": "Sumu", "镇": "Town", "街道": "Subdistrict", "盟": "League",
           "地区": "Prefecture",
           "林区": "Forestry District", "管理区": "Management Area"}
# A unit character followed by another one is part of a name: 江州市 is 江州 + 市, not 江 + 州.
_UNIT_CHARS = "省市州县区旗乡镇"
# the units that end a place's name only as its unit (州 ends 台州, 苏州 too)
_WHOLE_UNITS = ("省", "市", "县", "区", "旗", "乡", "镇")
_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:" + "|".join(UNITS) + rf")(?![{_UNIT_CHARS}])")
# (a town's 党政办公室 is its government's office, as a county's 办公室 is)
# (a league's government is its 行政公署, 行署: 兴安盟行政公署办公室 is 兴安盟's office)
GOVERNMENT = r"(?:人民政府|政府|行政公署|行署)"
# a township's offices, named by their work (金坑乡人民政府党建办, 高良乡人民政府党政办)
TOWNSHIP_OFFICES = r"党政综合办公室|党政综合办|党政办|党建办|综合办公室|综合办"
GOVERNMENT_OFFICE = r"(?:" + TOWNSHIP_OFFICES + r"|党政办公室|办公室|办公厅|办)?"  # (府谷县政府办: its office)
_GOV_SUFFIX = re.compile(GOVERNMENT + GOVERNMENT_OFFICE + "$")
_ZONE_GOVERNMENT = re.compile(r"(?:党工委)?(?:管委会|管理委员会)(?:办公室)?")
# a government's office for its disclosure work (政务公开办公室, 政府信息公开工作领导小组办公室)
_DISCLOSURE_OFFICE = re.compile(r"(?:人民政府|政府)?(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:领导小组)?(?:办公室|办)")

# Words that end like a place but are not one (城区, 社区, 全市 …): their stems.
GENERIC_STEMS = frozenset(
    "全 本 我 各 该 城 社 地 辖 郊 景 园 小 片 山 市 县 区 省 乡 镇 城乡 城镇 乡村 农村 村镇 示范 实验 试验 开发 高新 自贸 "
    "行政 偏远 贫困 重点 老城 新城 中心 核心 所辖 下辖 全省 全国 各县 各市 各区 省市 市县 县区 区县 旗县 边境 民族 "
    "保护 功能 商业 工业 住宅 生活 风景 旅游 服务 经济 发展 管理 试点 先行 沿海 内陆 东部 西部 南部 北部 中部 "
    "东北 西北 东南 西南 上级 下级 同级 直辖 省辖 市辖 县辖 特别行政 欠发达 集中 连片 街 "
    # which, these, some, every … (哪些乡镇 asks which townships; it names none)
    "哪些 哪个 哪几 哪几个 那些 这些 一些 有些 几个 每个 其他 其它 部分 个别".split())

# Abbreviations government departments go by, written out. Only unambiguous ones.
ABBREVIATIONS = {
    "科委": "科学技术委员会", "科技局": "科学技术局", "发改委": "发展和改革委员会", "发改局": "发展和改革局",
    "人社局": "人力资源和社会保障局", "住建局": "住房和城乡建设局", "市场监管局": "市场监督管理局",
    "审批局": "行政审批局", "审批服务局": "行政审批服务局", "市场监管总局": "市场监督管理总局", "审管办": "行政审批服务管理办公室",
    "卫健委": "卫生健康委员会", "卫健局": "卫生健康局", "应急局": "应急管理局", "医保局": "医疗保障局",
    "城管局": "城市管理局", "交通局": "交通运输局", "退役军人局": "退役军人事务局", "工信局": "工业和信息化局",
    "经信局": "经济和信息化局", "文旅局": "文化和旅游局", "国资委": "国有资产监督管理委员会",
    "生态环境局": "生态环境局", "民宗局": "民族宗教事务局", "侨办": "侨务办公室",
    "地税局": "地方税务局", "国税局": "国家税务局", "教体局": "教育和体育局", "住建委": "住房和城乡建设委员会",
    "卫生健康委": "卫生健康委员会", "发展改革委": "发展和改革委员会",  # 国家卫生健康委, 舟山市卫生健康委
    # as their accounts are named, and users after them: "眉山人社"微信服务号, 微博@四川文旅, "临夏公安"
    "人社": "人力资源和社会保障局", "文旅": "文化和旅游局", "公安": "公安局",
    "民委": "民族事务委员会", "宗教局": "宗教事务局", "民宗委": "民族宗教事务委员会",  # 银川市民委(宗教局)
    "外办": "外事办公室", "法制办": "法制办公室", "投促局": "投资促进局", "药监局": "药品监督管理局", "人防办": "人民防空办公室",
    "资规局": "自然资源和规划局", "林草局": "林业和草原局", "工商局": "工商行政管理局", "质监局": "质量技术监督局",
    "食药监局": "食品药品监督管理局", "营商局": "营商环境建设局",
    "残联": "残疾人联合会", "供销社": "供销合作社", "供销联社": "供销合作社联合社", "供销合作联社": "供销合作社联合社", "执法局": "综合行政执法局",
    "地方志办": "地方志办公室", "地志办": "地方志办公室", "方志办": "地方志办公室",  # (its reports' own: 市地志办)
    "口岸办": "口岸办公室", "台港澳办": "台港澳事务办公室", "疾控中心": "疾病预防控制中心", "疾控局": "疾病预防控制局",
    "广电局": "广播电视局", "文旅广电局": "文化旅游和广播电视局", "文广旅局": "文化广电和旅游局",
    "文广旅体局": "文化广电旅游体育局",
    # a public security bureau's traffic police (沅江交警大队 of 沅江市公安局交通警察大队)
    "交警支队": "公安局交通警察支队", "交警大队": "公安局交通警察大队",
}
# The abbreviations above that name no kind of body (人社, not 人社局): a 厅 or a 分局 goes by them
# as its 局 does
KINDLESS = frozenset(("人社", "文旅", "公安"))
# A public security bureau's traffic police, by their unit and in either of their names (交通警察, 交警)
TRAFFIC_POLICE = ("公安局交通警察局", "公安局交通警察总队", "公安局交通警察支队", "公安局交通警察大队",
                  "公安局交警支队", "公安局交警大队")
# Departments by their written-out names, with English names.
DEPARTMENTS = {
    "科学技术委员会": "Science and Technology Commission", "科学技术局": "Science and Technology Bureau",
    "发展和改革委员会": "Development and Reform Commission", "发展和改革局": "Development and Reform Bureau",
    "人力资源和社会保障局": "Human Resources and Social Security Bureau",
    "住房和城乡建设局": "Housing and Urban-Rural Development Bureau",
    "市场监督管理局": "Administration for Market Regulation", "卫生健康委员会": "Health Commission",
    "卫生健康局": "Health Bureau", "应急管理局": "Emergency Management Bureau",
    "医疗保障局": "Healthcare Security Administration", "城市管理局": "Urban Management Bureau",
    "交通运输局": "Transport Bureau", "退役军人事务局": "Veterans Affairs Bureau",
    "工业和信息化局": "Industry and Information Technology Bureau",
    "经济和信息化局": "Economy and Information Technology Bureau", "文化和旅游局": "Culture and Tourism Bureau",
    "国有资产监督管理委员会": "State-owned Assets Supervision and Administration Commission",
    "生态环境局": "Ecology and Environment Bureau", "财政局": "Finance Bureau", "公安局": "Public Security Bureau",
    "教育局": "Education Bureau", "民政局": "Civil Affairs Bureau", "司法局": "Justice Bureau",
    "自然资源局": "Natural Resources Bureau", "自然资源和规划局": "Natural Resources and Planning Bureau",
    "农业农村局": "Agriculture and Rural Affairs Bureau", "水利局": "Water Resources Bureau",
    "水务局": "Water Affairs Bureau", "商务局": "Commerce Bureau", "统计局": "Statistics Bureau",
    "审计局": "Audit Bureau", "税务局": "Taxation Bureau", "林业局": "Forestry Bureau",
    "林业和草原局": "Forestry and Grassland Bureau",
    # departments of before the reforms of 2013 and 2018, whose reports the archives keep
    "工商行政管理局": "Administration for Industry and Commerce", "质量技术监督局": "Quality and Technical Supervision Bureau",
    "食品药品监督管理局": "Food and Drug Administration", "物价局": "Price Bureau", "卫生局": "Health Bureau",
    "人口和计划生育委员会": "Population and Family Planning Commission", "农业局": "Agriculture Bureau",
    "农业委员会": "Agriculture Commission", "农牧局": "Agriculture and Animal Husbandry Bureau",
    "畜牧兽医局": "Animal Husbandry and Veterinary Bureau", "文化局": "Culture Bureau", "旅游局": "Tourism Bureau",
    "文化广电新闻出版局": "Culture, Radio, Television, Press and Publication Bureau",
    "新闻出版广电局": "Press, Publication, Radio and Television Bureau", "城乡规划局": "Urban and Rural Planning Bureau",
    "城乡建设局": "Urban and Rural Construction Bureau", "建设局": "Construction Bureau", "粮食局": "Grain Bureau",
    "房地产管理局": "Real Estate Administration", "教育委员会": "Education Commission",
    "营商环境建设局": "Business Environment Construction Bureau",
    "营商环境建设监督局": "Business Environment Construction and Supervision Bureau",
    "消防救援支队": "Fire and Rescue Detachment", "消防救援大队": "Fire and Rescue Brigade",
    "消防救援总队": "Fire and Rescue Corps",
    "地方税务局": "Local Taxation Bureau", "国家税务局": "State Taxation Bureau",
    "行政审批局": "Administrative Approval Bureau", "行政审批服务局": "Administrative Approval Service Bureau",
    "行政审批服务管理办公室": "Administrative Approval Service Management Office", "数据局": "Data Bureau", "档案局": "Archives Bureau",
    "民族宗教事务局": "Ethnic and Religious Affairs Bureau", "体育局": "Sports Bureau",
    "人民政府办公室": "General Office of the People's Government", "人民政府办公厅": "General Office of the People's Government",
    "教育和体育局": "Education and Sports Bureau", "卫生和计划生育委员会": "Health and Family Planning Commission",
    "气象局": "Meteorological Bureau", "地震局": "Earthquake Administration", "信访局": "Letters and Calls Bureau",
    "城市管理综合执法局": "Urban Management and Comprehensive Law Enforcement Bureau",
    "城市管理和综合执法局": "Urban Management and Comprehensive Law Enforcement Bureau",
    "城市管理行政执法局": "Urban Management Administrative Law Enforcement Bureau",
    "城市管理执法局": "Urban Management and Law Enforcement Bureau",
    "城市管理综合行政执法局": "Urban Management and Comprehensive Administrative Law Enforcement Bureau",
    "住房公积金管理中心": "Housing Provident Fund Management Center",
    "公积金管理中心": "Provident Fund Management Center", "住房公积金中心": "Housing Provident Fund Center",
    "粮食和物资储备局": "Food and Strategic Reserves Bureau", "机关事务管理局": "Government Offices Administration",
    "外事办公室": "Foreign Affairs Office", "人民防空办公室": "Civil Air Defense Office",
    "文化广电和旅游局": "Culture, Radio, Television and Tourism Bureau",
    "文化广电旅游体育局": "Culture, Radio, Television, Tourism and Sports Bureau",
    "文化广电旅游局": "Culture, Radio, Television and Tourism Bureau", "广播电视局": "Radio and Television Bureau",
    "知识产权局": "Intellectual Property Office", "乡村振兴局": "Rural Revitalization Bureau",
    "扶贫开发办公室": "Poverty Alleviation and Development Office", "投资促进局": "Investment Promotion Bureau",
    "政务服务管理局": "Government Services Administration", "政务服务和大数据管理局": "Government Services and Big Data Bureau",
    "大数据管理局": "Big Data Bureau", "地方金融监督管理局": "Local Financial Supervision Administration",
    "金融工作局": "Financial Work Bureau", "国土资源局": "Land and Resources Bureau", "规划局": "Planning Bureau",
    "环境保护局": "Environmental Protection Bureau", "安全生产监督管理局": "Work Safety Administration",
    "民族事务委员会": "Ethnic Affairs Commission", "宗教事务局": "Religious Affairs Bureau",
    "海洋与渔业局": "Ocean and Fisheries Bureau", "公路管理局": "Highway Administration", "公路局": "Highway Bureau",
    "园林局": "Landscaping Bureau", "园林绿化局": "Landscaping and Greening Bureau",
    "园林管理局": "Landscaping Administration", "绿化和市容管理局": "Greening and City Appearance Administration",
    "能源局": "Energy Administration", "地方金融管理局": "Local Financial Administration",
    # a public security bureau's traffic police, by their unit (沅江市公安局交通警察大队: Yuanjiang Traffic
    # Police Brigade), and a city's transport law enforcement
    "公安局交通警察局": "Traffic Police Bureau", "公安局交通警察总队": "Traffic Police Corps",
    "公安局交通警察支队": "Traffic Police Detachment", "公安局交通警察大队": "Traffic Police Brigade",
    "公安局交警支队": "Traffic Police Detachment", "公安局交警大队": "Traffic Police Brigade",
    "交通执法总队": "Transport Law Enforcement Corps", "交通执法支队": "Transport Law Enforcement Detachment",
    "人民政府外事办公室": "Foreign Affairs Office", "烟草专卖局": "Tobacco Monopoly Bureau",
    "邮政管理局": "Postal Administration", "新闻出版局": "Press and Publication Bureau",
    "综合行政执法局": "Comprehensive Administrative Law Enforcement Bureau",
    "残疾人联合会": "Disabled Persons' Federation", "供销合作社": "Supply and Marketing Cooperative",
    "供销合作社联合社": "Federation of Supply and Marketing Cooperatives",
    "供销合作总社": "Supply and Marketing Cooperative",
    "侨务办公室": "Overseas Chinese Affairs Office",
    # a government's legal affairs office (乐山市人民政府法制办公室, 法制办), merged into the justice
    # bureaus in 2018
    "法制办公室": "Legal Affairs Office", "人民政府法制办公室": "Legal Affairs Office",
    "文物局": "Cultural Relics Bureau", "通信管理局": "Communications Administration",
    "海事局": "Maritime Safety Administration",
    "戒毒管理局": "Drug Rehabilitation Administration", "监狱管理局": "Prison Administration",
    "地方志办公室": "Local Chronicles Office",
    "水务和湖泊局": "Water Affairs and Lakes Bureau",
    "药品监督管理局": "Medical Products Administration",
    "住房保障和房屋管理局": "Housing Security and Administration Bureau", "房屋管理局": "Housing Administration Bureau",
    "房产管理局": "Real Estate Administration Bureau", "房管局": "Housing Administration Bureau",
    "不动产登记中心": "Real Estate Registration Center", "海关": "Customs",
    "公共资源交易中心": "Public Resources Trading Center",
    "调查总队": "Survey Corps", "调查队": "Survey Team",
    "口岸办公室": "Port Office", "台港澳事务办公室": "Taiwan, Hong Kong and Macao Affairs Office",
    "疾病预防控制中心": "Center for Disease Control and Prevention",
    "疾病预防控制局": "Disease Control and Prevention Administration",
    "文化旅游和广播电视局": "Culture, Tourism, Radio and Television Bureau", "融媒体中心": "Media Center",
    "科技创新局": "Science, Technology and Innovation Bureau",
    # public institutions that publish the report too (宿迁市档案馆: the Suqian Archives)
    "档案馆": "Archives", "图书馆": "Library", "博物馆": "Museum",
    # a city's meteorological bureau and its counties' reporting as one (咸宁市气象部门)
    "气象部门": "Meteorological Service",
}
# What else English calls a department (a question says "Pingdu police", "the labour bureau",
# "Inner Mongolia's market regulators"): words that name it beside those of its English name
DEPARTMENT_OTHER_WORDS = {
    "公安局": "police", "人力资源和社会保障局": "labour labor employment personnel",
    "市场监督管理局": "market regulation supervision regulator regulators", "卫生健康委员会": "health",
    "卫生健康局": "health", "卫生和计划生育委员会": "health", "住房和城乡建设局": "housing construction",
    "生态环境局": "environment environmental", "交通运输局": "transportation transport", "税务局": "tax",
    "地方税务局": "tax", "国家税务局": "tax", "司法局": "judicial", "自然资源局": "land",
    "自然资源和规划局": "land planning", "医疗保障局": "medical insurance", "退役军人事务局": "veterans",
    "应急管理局": "emergency", "农业农村局": "agriculture agricultural", "教育和体育局": "education sports",
    "发展和改革委员会": "development reform planning", "发展和改革局": "development reform planning",
    "城市管理局": "urban management", "工业和信息化局": "industry", "经济和信息化局": "economy economic",
    # the local offices of the China Meteorological Administration call themselves a Meteorological Service
    "气象局": "weather meteorology meteorological service", "地震局": "earthquake seismological",
    "信访局": "petition petitions complaints", "城市管理综合执法局": "urban management enforcement",
    "城市管理和综合执法局": "urban management enforcement", "城市管理行政执法局": "urban management enforcement",
    "城市管理执法局": "urban management enforcement", "城市管理综合行政执法局": "urban management enforcement",
    "住房公积金管理中心": "housing provident fund", "粮食和物资储备局": "grain food material materials reserves reserve",
    "人民防空办公室": "civil air defence defense", "文化广电和旅游局": "culture tourism radio television",
    "文化广电旅游局": "culture tourism radio television",
    "文化广电旅游体育局": "culture tourism radio television sports", "乡村振兴局": "rural revitalisation revitalization",
    "扶贫开发办公室": "poverty alleviation", "政务服务管理局": "government services", "环境保护局": "environment environmental",
    "国土资源局": "land resources", "安全生产监督管理局": "work safety", "地方金融监督管理局": "financial finance regulator regulators regulation",
    "综合行政执法局": "law enforcement urban management", "残疾人联合会": "disabled disability disabilities",
    "供销合作社": "supply marketing cooperative co-op", "供销合作社联合社": "supply marketing cooperative co-op",
    "供销合作总社": "supply marketing cooperative co-op",
    "侨务办公室": "overseas chinese",
    "文物局": "cultural heritage administration relics", "通信管理局": "communications telecommunications",
    "海事局": "maritime msa", "行政审批局": "approval approvals", "行政审批服务局": "approval approvals",
    "行政审批服务管理办公室": "approval approvals",
    "戒毒管理局": "drug rehabilitation detoxification", "监狱管理局": "prison prisons",
    "地方志办公室": "chronicles gazetteer annals",
    "水务和湖泊局": "water lakes",
    "药品监督管理局": "drug drugs medicine medicines pharmaceutical",
    "住房保障和房屋管理局": "housing property estate", "房屋管理局": "housing property estate",
    "房产管理局": "housing property estate", "房管局": "housing property estate",
    "不动产登记中心": "property estate registration",
    "公共资源交易中心": "trading transactions bidding procurement resources",
    "调查总队": "survey statistics investigation team nbs", "调查队": "survey statistics investigation corps nbs",
    "口岸办公室": "ports port", "台港澳事务办公室": "taiwan hong kong macao macau",
    "疾病预防控制中心": "cdc disease control prevention", "疾病预防控制局": "cdc disease control prevention",
    "文化旅游和广播电视局": "culture tourism radio television broadcasting",
    "广播电视局": "broadcasting tv radio television", "融媒体中心": "media convergence news",
    "科技创新局": "science technology innovation",
    "档案馆": "archive archives", "图书馆": "library", "博物馆": "museum",
    "气象部门": "weather meteorology meteorological bureau bureaus departments",
    # (the national body is the China National Intellectual Property Administration, and provinces'
    # follow it: "the Shaanxi Intellectual Property Administration")
    "知识产权局": "administration ip patent patents",
    # Beijing's 园林绿化局 calls itself the Forestry and Parks Bureau; users say landscaping or greening
    "园林局": "landscape parks gardens greening", "园林绿化局": "landscape parks gardens forestry green",
    "园林管理局": "landscape parks gardens greening", "绿化和市容管理局": "landscaping parks city appearance",
    "能源局": "energy power electricity", "地方金融管理局": "financial finance regulator regulation",
    **dict.fromkeys(TRAFFIC_POLICE, "traffic police"),
    "交通执法总队": "transport transportation enforcement", "交通执法支队": "transport transportation enforcement",
}
# Short names that stand for more than one department (房管局: a 房产管理局 in one city, a
# 住房保障和房屋管理局 in another): a name users type for each, never written out as one
SHORTENED_AS = {"住房保障和房屋管理局": "房管局", "房屋管理局": "房管局", "房产管理局": "房管局",
               # a city's urban management bureau, whatever enforcement its name adds, is its 城管局
               "城市管理综合执法局": "城管局", "城市管理和综合执法局": "城管局", "城市管理行政执法局": "城管局",
               "城市管理执法局": "城管局", "城市管理综合行政执法局": "城管局",
               # a city's or a county's traffic police, whatever their unit, are its 交警 (深圳交警)
               **dict.fromkeys(TRAFFIC_POLICE, "交警"),
               # a city's housing commission that manages construction too (上海市住房和城乡建设管理委员会)
               "住房和城乡建设管理委员会": "住建委"}
_DEPARTMENT_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, DEPARTMENTS), key=len, reverse=True)) + ")$")
# The kinds of department a name ends in, with their English (longest first: 委员会 before 委; a
# park's or a project's 管委会 a Management Committee, not a Commission):
# any name ending so is a department; one DEPARTMENTS does not list is named in English by its
# own words in pinyin and its kind (资阳市同城化发展工作局: Ziyang Tongchenghuafazhangongzuo Bureau)
DEPARTMENT_KINDS = (("管理委员会", "Management Committee"), ("管委会", "Management Committee"), ("委员会", "Commission"),
                    ("办公室", "Office"), ("中心", "Center"), ("局", "Bureau"), ("厅", "Department"), ("委", "Commission"), ("办", "Office"), ("署", "Administration"),
                    ("院", "Institute"), ("产业园", "Industrial Park"))
_GENERIC_DEPARTMENT = re.compile("(?:" + "|".join(kind for kind, _ in DEPARTMENT_KINDS) + ")$")
# A department named after its city and a county without the county's unit, as the counties'
# bureaus of a city's vertically managed department are (内江市隆昌生态环境局)
_BRANCH_RE = re.compile(r"([\u4e00-\u9fff]{2})(?<![和与及])(" + "|".join(sorted(map(re.escape, DEPARTMENTS), key=len,
                                                                          reverse=True)) + ")")
# Two words joined by 和 (住房和城乡, 住房和城市), as departments' names join them; a place's name
# holds 和 only as its first or second character (和平区, 平和县, 太和县)
_JOINED = re.compile(r"[\u4e00-\u9fff]{2,}和")
# What a department's name may start with right after its place (大冶市市场监督管理局)
_DEPARTMENT_STARTS = tuple(DEPARTMENTS) + tuple(ABBREVIATIONS) + ("市场", "市政", "市容", "市民")


# The abbreviations longest first, with a province's 厅 by its bureau's abbreviation (科技厅 is 科学技术厅
# as 科技局 is 科学技术局)
_ABBREVIATED = sorted(list(ABBREVIATIONS.items()) + [(a[:-1] + "厅", f[:-1] + "厅") for a, f in ABBREVIATIONS.items()
                                                     if a.endswith("局") and f.endswith("局") and a[:-1] + "厅" not in ABBREVIATIONS],
                      key=lambda item: len(item[0]), reverse=True)


def expand(name: str) -> str:
    """A name with its department abbreviation written out: 上海市科委 → 上海市科学技术委员会. The
    abbreviation is the department's whole name: after a place's unit no other word stands before
    it (五常市工业信息科技局 is a bureau of that name, not a 科学技术局)."""
    for abbr, full in _ABBREVIATED:
        before = name[: -len(abbr)]
        after_unit = re.split(f"[{_UNIT_CHARS}]", before)[-1] if re.search(f"[{_UNIT_CHARS}]", before) else ""
        if name.endswith(abbr) and not name.endswith(full) and not after_unit:
            return before + full
    # an office named without 公室 (重庆市人民防空办: its 人民防空办公室)
    office = next((d for d in DEPARTMENTS if d.endswith("办公室") and name.endswith(d[:-2])), None)
    return name + "公室" if office else name


@dataclass
class AgencyName:
    places: list = field(default_factory=list)  # ["淮安市", "洪泽区"]: outermost first
    department: str = ""  # "" for a government; "发展和改革局" for one of its departments

    @property
    def key(self) -> str:
        """The name that identifies the agency across its reports: the most specific place for a
        government (洪泽区), the place and the department for a department."""
        if not self.department:
            return self.places[-1] if self.places else ""
        place = self.places[-1] if self.places else ""
        if len(self.places) > 1 and not _unit(place):  # a county named without its unit: its city too
            place = self.places[-2] + place
        return place + self.department


def _names_department(words: str) -> bool:
    """Whether words end as a department's name does: a listed department, or a kind (…局, …委员会)."""
    return bool(_DEPARTMENT_RE.search(words) or _GENERIC_DEPARTMENT.search(words))


# A second name of the same body ("一个机构两块牌子"), printed after the first in brackets:
# 银川市民族事务委员会(宗教事务局). The first name is the agency's; the second is a name users type.
_SECOND_NAME = re.compile(r"[(（]([\u4e00-\u9fff]{2,20})[)）]$")


# … or a zone's place that shares its government, printed inside, before the department's name:
# 泰州医药高新区(高港区)卫生健康委员会, 宁波国家高新区(新材料科技城)管委会办公室
_INNER_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{1,8}?[区县市城])[)）](?=[\u4e00-\u9fff])")


def _inner_place(name: str):
    """The match of a zone's second place inside a name, or None."""
    m = _INNER_PLACE.search(name or "")
    return m if m and name[:m.start()].endswith(ZONES) else None


def without_second_name(name: str) -> str:
    inner = _inner_place(name)
    if inner:
        name = name[:inner.start()] + name[inner.end():]
    return _SECOND_NAME.sub("", name or "")


def second_name(name: str) -> str:
    """The second name a printed name gives its agency in brackets, placed as the first is
    (银川市民族事务委员会(宗教事务局): 银川市宗教事务局), a zone's place that shares its government
    (高新区(新市区): 新市区; 泰州医药高新区(高港区)卫生健康委员会: 高港区卫生健康委员会), or "" (none, or
    no department's or place's name)."""
    name = re.sub(r"\s+", "", name or "")
    placed = _inner_place(name)
    if placed:  # 泰州医药高新区(高港区)卫生健康委员会: 高港区卫生健康委员会
        department = parse(name).department
        return placed.group(1) + department if department else placed.group(1)
    m = _SECOND_NAME.search(name)
    if not m:
        return ""
    first, inner = parse(name), expand(m.group(1))
    if not first.department and first.places and first.places[-1].endswith(ZONES) and _UNIT_RE.fullmatch(inner):
        return inner
    if first.department and parse(inner).places and _names_department(parse(inner).department):
        return inner  # placed whole: 朔州市人民政府外事办公室(朔州市人民政府台港澳事务办公室)
    if not first.department or not _names_department(inner):
        return ""
    return first.key[: -len(first.department)] + inner


# A subdistrict's whole name after its district's (矿区|矿市街道, 城区|新市街道办事处)
_NAMED_SUBDISTRICT = re.compile(r"(?:([\u4e00-\u9fff]{1,3}[区县])(?=[\u4e00-\u9fff]{1,4}[市区县镇乡]街道))?"
                                r"([\u4e00-\u9fff]{1,4}[市区县镇乡]街道)(?:办事处)?")


def parse(name: str) -> AgencyName:
    """The places and the department a printed agency name stands for (its first name only,
    when it prints two: see second_name)."""
    name = expand(without_second_name(re.sub(r"\s+", "", name or "")))
    core = _GOV_SUFFIX.sub("", name) or name
    core = re.sub(r"(?<=.海关)关区$", "", core)  # 广州海关关区: a customs district's report is its customs'
    parent = next((n for n in _NATIONAL_PARENTS if core.startswith(n)), "")
    if parent:
        # 国家税务总局佛山市税务局: the national administration's bureau in 佛山市, as the place's
        # other offices name it (佛山市税务局), not a place "国家税务总局佛山市"
        local = parse(core[len(parent):])
        if local.places and local.department:
            return local
    places, rest = [], core
    while True:
        if places:  # 鼓楼区人民政府华侨路街道办事处: a subdistrict of 鼓楼区, named after its government
            after_government = re.sub(r"^(?:人民政府|政府)", "", rest)
            if after_government != rest and _UNIT_RE.match(after_government):
                rest = after_government
        if places and rest.startswith(_DEPARTMENT_STARTS):
            break  # 黄石市生态环境局下陆区分局: the city's bureau's branch in 下陆区, not a place 生态环境局下陆区
        m = _UNIT_RE.match(rest)
        if not m or (places and len(m.group(0)) == 2 and m.group(0)[1] in "市区"):
            # 上海市城市管理委员会: 城市 and 市区 after a place are words, not a second place; but
            # 石家庄市矿区矿市街道 is a subdistrict named after a city it was (矿市), in 矿区
            subdistrict = _NAMED_SUBDISTRICT.fullmatch(rest) if places else None
            if subdistrict:
                places += [p for p in subdistrict.groups() if p]
                rest = ""
            break
        if _JOINED.match(m.group(0)) or m.group(0) in ("城乡", "城市") or (not places and m.group(0)[:2] == "国家"
                                                                         and len(m.group(0)) == 3):
            # 宣城市住房和城乡建设局: 住房和城乡 joins two words of a department's name, no place; 城乡
            # ("urban and rural") and 城市 ("urban") start a department's name, after a place or
            # with none (青溪县城乡建设和交通局; a title "城市管理局2020年…" names no place 城市); nor is
            # 国家 and the next character a place (国家市场监督管理总局, 国家乡村振兴局: national bodies)
            break
        place = m.group(0)
        if len(place) > 3 and place[-2] in _UNIT_CHARS and rest[len(place) - 1:].startswith(_DEPARTMENT_STARTS):
            place = place[:-1]  # 大冶市市场监督管理局: 大冶市, then 市场…, not a place 大冶市市
        if place[-1] in _UNIT_CHARS and rest.startswith("街道", len(place)):
            # 安镇街道, 矿市街道: a subdistrict named after the town or the city it was, not its department
            place += "街道"
        rest = rest[len(place):]
        province = next((p for p in PROVINCES if place.startswith(p)), "") if not places else ""
        if province and place.endswith(ZONES) and len(_zone_stem(place)) - len(province) >= 2:
            # 安徽舒城经济开发区: 舒城经济开发区, in 安徽 (named by the province's short name)
            places.append(province)
            place = place[len(province):]
        if places and (not _zone_stem(place) or (len(_zone_stem(place)) == 1 and not places[-1].endswith(_WHOLE_UNITS))):
            # 台州湾经济技术开发区, 苏州工业园区, 温州高新区: one zone's name, not 台州 and a zone 湾…
            # (but after a place named with its unit, a district whose name ends as a zone's kind
            # does: 清远市清新区 is 清新区 of 清远市, not a New Area 清)
            place = places.pop() + place
        places.append(place)
    if places and (not rest or (_ZONE_GOVERNMENT.fullmatch(rest) and places[-1].endswith(ZONES))
                   or (rest in ("办事处", "办") and places[-1].endswith("街道"))
                   or (rest in ("党政办公室", "党政综合办公室", "党政办", "党政综合办", "办公室")
                       and places[-1].endswith(("镇", "乡", "苏木", "街道")))
                   or _DISCLOSURE_OFFICE.fullmatch(rest)):
        # a zone is governed by its administrative committee: 平潭综合实验区管委会 is 平潭综合实验区;
        # a subdistrict by its office: 东城街街道办事处 is 东城街街道; a township's office is the
        # township's (请与青阳县杜村乡办公室联系: 杜村乡); a place's disclosure office compiles its
        # government's report (由双牌县政务公开领导小组办公室编制: 双牌县)
        return AgencyName(places, "")
    government_of = re.match(GOVERNMENT + r"(?!办公)", rest) if places else None
    if government_of and _names_department(rest[government_of.end():]):
        # 嘉兴市人民政府国有资产监督管理委员会 is 嘉兴市's commission, as its other years print it
        # (not its general office, 人民政府办公室: an agency of its own)
        rest = rest[government_of.end():]
    # (or of the place's party committee and government both: 曾都区委区政府机关事务管理局, which serves both, is
    # 曾都区机关事务管理局, as its page's source line names it)
    both = re.match(r"委[区市县州旗盟]?(?:人民)?政府", rest) if places else None
    if both and _names_department(rest[both.end():]):
        rest = rest[both.end():]
    committee = _ZONE_GOVERNMENT.match(rest) if places and places[-1].endswith(ZONES) else None
    if committee and _names_department(rest[committee.end():]):
        # 重庆高新技术产业开发区管理委员会生态环境局: the zone's bureau, under the committee that governs it
        rest = rest[committee.end():]
    if places and re.search(r"[^党工]委$", rest):
        rest += "员会"  # 卫生健康委 is 卫生健康委员会, as the same agency prints it in other years
    branch = _BRANCH_RE.fullmatch(rest) if places and rest not in DEPARTMENTS and \
        not rest.startswith(_DEPARTMENT_STARTS) else None
    if branch and any(name.startswith(branch.group(1)) for name in DEPARTMENTS):
        branch = None  # 教育体育局 is one bureau (教育和体育局), not a 体育局 in a place 教育
    if branch:  # 内江市隆昌生态环境局: the city's bureau in 隆昌, a county named without its unit
        places.append(branch.group(1))
        rest = branch.group(2)
    if places and _names_department(rest):
        return AgencyName(places, rest)
    if not places:  # 山东海事局: a national body's branch, its province named without a unit
        province = next((p for p in PROVINCES if core.startswith(p) and _names_department(core[len(p):])), None)
        if province:
            return AgencyName([province], core[len(province):])
        survey = _SURVEY.fullmatch(core)
        if survey:  # 国家统计局重庆调查总队: the National Bureau of Statistics' survey corps in 重庆
            return AgencyName([survey.group(1)], survey.group(2))
        customs = _CUSTOMS.fullmatch(core)
        if customs:  # 广州海关 (its 关区 report too): the customs of 广州, a branch of 海关总署
            return AgencyName([customs.group(1)], "海关")
        maritime = _MARITIME.fullmatch(core)
        if maritime and proper_reading(maritime.group(1)):
            # 连云港海事局: the maritime safety administration of 连云港 (a branch of the ministry's),
            # its city named without a unit as the dictionary knows it
            return AgencyName([maritime.group(1)], "海事局")
    return AgencyName([core], "") if not places else AgencyName(places, rest)


def shortens(short: str, full: str) -> bool:
    """Whether a Chinese name is a shortening of a department's full name, as offices shorten
    them: its characters in order, the first and the last kept, three or more (大数据局 of
    大数据应用发展管理局, 发改局 of 发展和改革局)."""
    if not 3 <= len(short) < len(full) or short[0] != full[0] or short[-1] != full[-1] or short.isascii():
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


# National administrations that print their own name before a local bureau's (垂直管理: the
# bureau answers to them, not to its place's government): 国家税务总局芜湖市镜湖区税务局,
# 国家金融监督管理总局广东监管局
_NATIONAL_PARENTS = ("国家税务总局", "国家金融监督管理总局", "国家外汇管理局", "国家矿山安全监察局", "国家烟草专卖局")
# A survey corps (team) of the National Bureau of Statistics, named after its province (city)
_SURVEY = re.compile(r"(?:国家统计局)?([\u4e00-\u9fff]{2,8}?)(调查总队|调查队)")
# A customs district, named after its city without the city's unit (湛江海关, 黄埔海关)
_CUSTOMS = re.compile(r"([\u4e00-\u9fff]{2,4}?)海关")
# … and a maritime safety administration (连云港海事局, 太仓海事局)
_MARITIME = re.compile(r"([\u4e00-\u9fff]{2,4}?)海事局")


def without_zone_committee(name: str) -> str:
    """A zone's name for its government without its committee's words (平潭综合实验区管委会 →
    平潭综合实验区): the name an answer shows, as 人民政府 names a county's."""
    # (a zone's second name may stand between: 宁波国家高新区(新材料科技城)管委会办公室)
    m = re.search(rf"(?:{'|'.join(ZONES)})(?:[(（][\u4e00-\u9fff]{{1,10}}[)）])?({_ZONE_GOVERNMENT.pattern})$", name or "")
    return name[: m.start(1)] if m else name


@lru_cache(maxsize=65536)
def agency_key(agency: str) -> str:
    """The name that identifies an agency across its reports.

    Titles name the same agency differently from year to year ("洪泽区人民政府",
    "淮安市洪泽区人民政府"); the key drops the 人民政府 suffix and the enclosing
    places, so both become "洪泽区". A department keeps its place: "沭阳县发展和改革局";
    an abbreviation is written out: 上海市科委 is 上海市科学技术委员会.
    """
    parsed = parse(agency)
    return parsed.key or expand(agency)  # 国家卫生健康委 (no place): 国家卫生健康委员会


# The last character of a zone's name that English writes as a word (台州湾: Taizhou Bay)
_FEATURE_EN = {"湾": "bay", "港": "port", "岛": "island", "湖": "lake"}
# … and a direction before it, which English translates too (东湖高新区: the East Lake High-tech Zone)
_DIRECTION_EN = {"东": "east", "西": "west", "南": "south", "北": "north"}


def _feature_names(stem: str) -> set:
    """The English a zone's name is known by when it ends in a bay, a port, an island or a lake:
    "taizhou bay" (台州湾), "east lake" (东湖: a direction and the feature); else none."""
    if not stem.endswith(tuple(_FEATURE_EN)) or len(stem) < 2:
        return set()
    feature = _FEATURE_EN[stem[-1]]
    names = {f"{_DIRECTION_EN[stem[0]]} {feature}"} if len(stem) == 2 and stem[0] in _DIRECTION_EN else set()
    return names | ({f"{_pinyin(stem[:-1]).lower()} {feature}"} if len(stem) > 2 else set())


def _zone_stem(place: str) -> str:
    """The words before a zone's kind (安顺 of 安顺经济技术开发区; "" of 高新区); the place itself
    when it is no zone."""
    kinds = [z for z in ZONES if place.endswith(z)]
    return place[:-len(max(kinds, key=len))] if kinds else place


# China's peoples that name autonomous counties, prefectures and banners, with their English names
# (丰宁满族自治县: Fengning Manchu Autonomous County; a user says 丰宁县, Fengning County)
ETHNIC_GROUPS = {
    "满族": "Manchu", "回族": "Hui", "蒙古族": "Mongolian", "藏族": "Tibetan", "维吾尔族": "Uygur", "苗族": "Miao",
    "彝族": "Yi", "壮族": "Zhuang", "布依族": "Bouyei", "朝鲜族": "Korean", "侗族": "Dong", "瑶族": "Yao", "白族": "Bai",
    "土家族": "Tujia", "哈尼族": "Hani", "哈萨克族": "Kazak", "傣族": "Dai", "黎族": "Li", "傈僳族": "Lisu", "佤族": "Va",
    "畲族": "She", "高山族": "Gaoshan", "拉祜族": "Lahu", "水族": "Shui", "东乡族": "Dongxiang", "纳西族": "Naxi",
    "景颇族": "Jingpo", "柯尔克孜族": "Kirgiz", "土族": "Tu", "达斡尔族": "Daur", "仫佬族": "Mulao", "羌族": "Qiang",
    "布朗族": "Blang", "撒拉族": "Salar", "毛南族": "Maonan", "仡佬族": "Gelao", "锡伯族": "Xibe", "阿昌族": "Achang",
    "普米族": "Pumi", "塔吉克族": "Tajik", "怒族": "Nu", "乌孜别克族": "Uzbek", "俄罗斯族": "Russian", "鄂温克族": "Ewenki",
    "德昂族": "De'ang", "保安族": "Bonan", "裕固族": "Yugur", "京族": "Gin", "塔塔尔族": "Tatar", "独龙族": "Derung",
    "鄂伦春族": "Oroqen", "赫哲族": "Hezhen", "门巴族": "Monba", "珞巴族": "Lhoba", "基诺族": "Jino", "各族": "",
    "维吾尔": "Uygur",  # 新疆维吾尔自治区
    # and as Xinjiang's prefectures name them, without 族: 博尔塔拉蒙古自治州, 伊犁哈萨克自治州, 克孜勒苏柯尔克孜自治州
    "蒙古": "Mongolian", "哈萨克": "Kazak", "柯尔克孜": "Kirgiz",
}
_PEOPLE = re.compile("|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True)))
# (a name of two characters or more: 内 of 内蒙古自治区 is no place, nor 蒙古 its people)
_AUTONOMOUS_PLACE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,}?)(?P<peoples>(?:%s)+)(?P<unit>自治县|自治州|自治旗|自治区)"
                               % _PEOPLE.pattern)


@lru_cache(maxsize=65536)
def autonomous(place: str):
    """(its name, its peoples' English, its unit) of an ethnic autonomous county, prefecture, banner
    or region (丰宁满族自治县: 丰宁, "Manchu", 自治县; 恩施土家族苗族自治州: 恩施, "Tujia and Miao"), or None."""
    m = _AUTONOMOUS_PLACE.fullmatch(place or "")
    if not m:
        return None
    peoples = [ETHNIC_GROUPS[p] for p in _PEOPLE.findall(m.group("peoples")) if ETHNIC_GROUPS[p]]
    english = ", ".join(peoples[:-1]) + " and " + peoples[-1] if len(peoples) > 1 else "".join(peoples)
    return m.group("stem"), english, m.group("unit")


def _stem(place: str) -> str:
    ethnic = autonomous(place)
    if ethnic:  # 丰宁 of 丰宁满族自治县, as its people call it
        return ethnic[0]
    for unit in UNITS:
        if place.endswith(unit) and len(place) - len(unit) >= 2:
            return place[: -len(unit)]
    return place


def _unit(place: str) -> str:
    return next((u for u in UNITS if place.endswith(u) and len(place) - len(u) >= 2), "")


def _one_character_place(place: str):
    """(stem, unit) of a place whose name is one character and its unit (泾县, 沛县): Chinese
    names it whole, English as "Jing County"; else None. (A city's 州 is its name's: 广州 of 广州海关
    is Guangzhou, never a prefecture 广.)"""
    unit = next((u for u in UNITS if place.endswith(u) and len(place) - len(u) == 1 and u != "州"), "")
    return (place[: -len(unit)], unit) if unit else None


def _pypinyin():
    # pypinyin copies its two dictionaries at import unless told not to: the copies protect
    # them from custom entries (load_phrases_dict), which nothing here adds. Not copying them
    # takes a fifth off the import, which each worker pays on its first report.
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    import pypinyin

    return pypinyin


def _lazy_pinyin(text: str) -> list:
    return _pypinyin().lazy_pinyin(text)


# The one official romanization that is not plain pinyin: 陕西 is Shaanxi, apart from 山西, Shanxi
_ROMANIZED = {"陕西": "shaanxi"}


@lru_cache(maxsize=65536)
def _pinyin(text: str) -> str:
    return _ROMANIZED.get(text) or "".join(_lazy_pinyin(text))


def pinyin_of(text: str) -> str:
    """Chinese text's toneless pinyin, run together (微博: weibo; 陕西: shaanxi)."""
    return _pinyin(text)


@lru_cache(maxsize=65536)
def _place_pinyin(stem: str) -> str:
    """A place's name in pinyin as the dictionary spells the place, where it spells it (朝阳 of
    朝阳市 is Chaoyang, as a word 朝阳 is zhaoyang, the morning sun), else as a word."""
    whole = _ROMANIZED.get(stem) or proper_reading(stem)
    if whole or len(stem) < 4:
        return whole or _pinyin(stem)
    # a zone named after its city and words of its own (青岛西海岸新区: Qingdao Xihaian, not
    # Qingdaoxihaian): the city as the dictionary spells it, a word apart
    city = _city_before(stem)
    return f"{proper_reading(stem[:city])} {_pinyin(stem[city:])}" if city else _pinyin(stem)


def _city_before(stem: str) -> int:
    """How many characters of a place's name are a city the dictionary knows (3 or 2: 长春 of
    长春净月) with two or more of its own after them; 0 when none are."""
    return next((n for n in (3, 2) if len(stem) - n >= 2 and proper_reading(stem[:n])), 0)


@lru_cache(maxsize=65536)
def bureau_branch(department: str):
    """(bureau, place) of a bureau's branch named after the district it serves (生态环境局下陆区分局:
    生态环境局, 下陆区; 公安局龙华分局, a district named without its unit: 公安局, 龙华); or None (公安局
    交警分局 is named after its work: 交警 is no proper noun)."""
    m = re.fullmatch(r"(.+?局)([\u4e00-\u9fff]{2,10})分局", department or "")
    if not m or not _names_department(m.group(1)):
        return None
    place = m.group(2)
    return (m.group(1), place) if _UNIT_RE.fullmatch(place) or place in proper_nouns() else None


# A traffic police detachment's brigade, named after the district it serves or by its number
# (淄博市公安局交通警察支队张店大队, 肇庆市公安局交警支队第三大队)
_TRAFFIC_BRIGADE = re.compile(r"(公安局(?:交通警察|交警)支队)(第?[一二三四五六七八九十]{1,3}|[\u4e00-\u9fff]{2,4}?)大队")
_ORDINAL_EN = {"一": "First", "二": "Second", "三": "Third", "四": "Fourth", "五": "Fifth", "六": "Sixth",
               "七": "Seventh", "八": "Eighth", "九": "Ninth", "十": "Tenth"}


def traffic_brigade(department: str):
    """(detachment, the brigade's own name, its English) of a traffic police detachment's brigade
    (公安局交通警察支队张店大队: 公安局交通警察支队, 张店, Zhangdian; 公安局交警支队第三大队: 三, Third);
    or None."""
    m = _TRAFFIC_BRIGADE.fullmatch(department or "")
    if not m:
        return None
    own = m.group(2).removeprefix("第")
    ordinal = own in _ORDINAL_EN
    if not ordinal and (re.fullmatch("[一二三四五六七八九十]+", own) or len(own) < 2):
        return None  # (a number past ten: no English kept for it)
    return m.group(1), own, _ORDINAL_EN[own] if ordinal else _pinyin(own).title()


# A protected area's administration (辉河国家级自然保护区管理局: the Huihe National Nature Reserve
# Administration): the area's own name, its level, its kind and the body that runs it
_PROTECTED_AREA = re.compile(r"([\u4e00-\u9fff]{2,6}?)(国家级|省级)?(自然保护区|风景名胜区|森林公园|湿地公园|地质公园|国家公园)"
                             r"(管理局|管护局|管理处|管理委员会|管委会|管理中心)")
_AREA_EN = {"自然保护区": "Nature Reserve", "风景名胜区": "Scenic Area", "森林公园": "Forest Park",
            "湿地公园": "Wetland Park", "地质公园": "Geopark", "国家公园": "National Park",
            "国家级": "National", "省级": "Provincial", "管理局": "Administration", "管护局": "Administration",
            "管理处": "Administration Office", "管理委员会": "Management Committee", "管委会": "Management Committee",
            "管理中心": "Management Center"}


def _protected_area(key: str):
    """The match of a protected area's administration (its name, level, kind and body), and the
    place named before it ("" if none); None for another agency."""
    parsed = parse(key)
    m = _PROTECTED_AREA.fullmatch(parsed.department or (parsed.places[-1] if parsed.places else key))
    if not m:
        return None
    return m, parsed.places[-1] if parsed.department and parsed.places else ""


def _without_national(place: str) -> str:
    """A national zone's name without 国家 (宁波国家高新区: 宁波高新区), as English and its own pages
    name it too; "" for any other place."""
    stem = _stem(place)
    return stem[:-2] + place[len(stem):] if _unit(place) in ZONES and stem.endswith("国家") and len(stem) > 2 else ""


@lru_cache(maxsize=65536)
def agency_english(key: str) -> str:
    """An English name: Hongze District, Shanghai Science and Technology Commission."""
    if key in NATIONAL_EN:  # (first: 国家市场监督管理总局 and 国家乡村振兴局 parse as in a place 国家市, 国家乡)
        return NATIONAL_EN[key]
    area = _protected_area(key)
    if area:
        (own, level, kind, body), place = area[0].groups(), area[1]
        return " ".join(p for p in (place and agency_english(place), _pinyin(own).title(), _AREA_EN.get(level),
                                    _AREA_EN[kind], _AREA_EN[body]) if p)
    parsed = parse(key)
    if parsed.department:
        place = parsed.places[-1] if parsed.places else ""
        branch_of = bureau_branch(parsed.department)
        brigade = traffic_brigade(parsed.department)
        if branch_of:  # Huangshi Ecology and Environment Bureau Xialu District Branch
            bureau, within = branch_of
            dept = f"{department_english(bureau) or _generic_department_english(bureau)} {agency_english(within)} Branch"
        elif brigade:  # Zibo Traffic Police Detachment Zhangdian Brigade
            dept = f"{department_english(brigade[0])} {brigade[2]} Brigade"
        else:
            dept = department_english(parsed.department) or _generic_department_english(parsed.department)
        short = _one_character_place(place)  # 代县卫生健康局: Dai County Health Bureau, as 代县 is Dai County
        # (a zone keeps its kind: 枣庄高新区财政局 is no Zaozhuang Finance Bureau, which is 枣庄市's)
        named = f"{_pinyin(short[0]).title()} {UNIT_EN[short[1]]}" if short else \
            agency_english(place) if place.endswith(ZONES) else _place_pinyin(_stem(place)).title()
        return f"{named} {dept}".strip()
    ministry = _ministry(key)
    if ministry:
        return ministry
    place = parsed.places[-1] if parsed.places else key
    if place in ZONES:  # a zone named by its kind alone (淄博市公安局高新区分局's 高新区): High-tech Zone
        return UNIT_EN[place]
    unit = _unit(place)
    short = _one_character_place(place)
    if short and not unit:
        return f"{_pinyin(short[0]).title()} {UNIT_EN[short[1]]}"
    ethnic = autonomous(place)
    if ethnic:  # Fengning Manchu Autonomous County
        return f"{_place_pinyin(ethnic[0]).title()} {ethnic[1]} {UNIT_EN[ethnic[2]]}".replace("  ", " ")
    if _without_national(place):  # a national zone: 宁波国家高新区 is the Ningbo National High-tech Zone
        return f"{_place_pinyin(_stem(_without_national(place))).title()} National {UNIT_EN[unit]}"
    if unit:
        return f"{_place_pinyin(_stem(place)).title()} {UNIT_EN[unit]}"
    if _street(place):
        return f"{_pinyin(_street(place)).title()} Subdistrict"
    return _pinyin(place).title()


# National administrations whose English names are their own, not their local bureaus' (as the
# State Council's sites print them): 国家体育总局 is the General Administration of Sport
NATIONAL_EN = {
    "国家体育总局": "General Administration of Sport", "国家税务总局": "State Taxation Administration",
    "国家市场监督管理总局": "State Administration for Market Regulation", "海关总署": "General Administration of Customs",
    "国家广播电视总局": "National Radio and Television Administration", "国家统计局": "National Bureau of Statistics",
    "国家知识产权局": "National Intellectual Property Administration",
    "国家林业和草原局": "National Forestry and Grassland Administration",
    "国家医疗保障局": "National Healthcare Security Administration",
    "国家信访局": "National Public Complaints and Proposals Administration",
    "国家档案局": "National Archives Administration", "国家文物局": "National Cultural Heritage Administration",
    "国家能源局": "National Energy Administration", "国家药品监督管理局": "National Medical Products Administration",
    "国家移民管理局": "National Immigration Administration", "国家邮政局": "State Post Bureau",
    "国家铁路局": "National Railway Administration", "中国民用航空局": "Civil Aviation Administration of China",
    "国家粮食和物资储备局": "National Food and Strategic Reserves Administration",
    "国家金融监督管理总局": "National Financial Regulatory Administration",
    "国家外汇管理局": "State Administration of Foreign Exchange",
    "国家矿山安全监察局": "National Mine Safety Administration",
    "国家烟草专卖局": "State Tobacco Monopoly Administration",
    "国家中医药管理局": "National Administration of Traditional Chinese Medicine",
    "国家国防科技工业局": "State Administration of Science, Technology and Industry for National Defense",
    "国家航天局": "China National Space Administration", "国家宗教事务局": "State Administration for Religious Affairs",
    "国家公务员局": "National Civil Service Administration", "国家消防救援局": "National Fire and Rescue Administration",
    "国家乡村振兴局": "National Administration for Rural Revitalization",
    "国家煤矿安全监察局": "State Administration of Coal Mine Safety",
    # administrations of the years before the 2018 reorganisation, whose reports an archive holds too
    "国家粮食局": "State Administration of Grain", "国家安全生产监督管理总局": "State Administration of Work Safety",
    "国家食品药品监督管理总局": "China Food and Drug Administration",
    "国家食品药品监督管理局": "State Food and Drug Administration",
    "国家质量监督检验检疫总局": "General Administration of Quality Supervision, Inspection and Quarantine",
    "国家工商行政管理总局": "State Administration for Industry and Commerce",
    "国家新闻出版广电总局": "State Administration of Press, Publication, Radio, Film and Television",
    "国家新闻出版总署": "General Administration of Press and Publication",
    "国家广播电影电视总局": "State Administration of Radio, Film and Television",
    "国家旅游局": "China National Tourism Administration", "国家海洋局": "State Oceanic Administration",
    "国家测绘地理信息局": "National Administration of Surveying, Mapping and Geoinformation",
    "国家外国专家局": "State Administration of Foreign Experts Affairs",
    "国家电力监管委员会": "State Electricity Regulatory Commission",
    # ministries with no local bureau of the same name to take their English from
    "外交部": "Ministry of Foreign Affairs", "国防部": "Ministry of National Defense",
    "工业和信息化部": "Ministry of Industry and Information Technology", "审计署": "National Audit Office",
    "中国人民银行": "People's Bank of China",
    "国务院侨务办公室": "Overseas Chinese Affairs Office of the State Council",
    "交通运输部海事局": "Maritime Safety Administration of the Ministry of Transport",
    # the Ministry of Water Resources' seven river basin agencies, which no place names
    "长江水利委员会": "Changjiang Water Resources Commission", "黄河水利委员会": "Yellow River Conservancy Commission",
    "淮河水利委员会": "Huaihe River Commission", "海河水利委员会": "Haihe River Water Conservancy Commission",
    "珠江水利委员会": "Pearl River Water Resources Commission", "松辽水利委员会": "Songliao Water Resources Commission",
    "太湖流域管理局": "Taihu Basin Authority",
}


# … and the names English gives them besides ("the Foreign Ministry", not "the foreign affairs ministry")
MINISTRY_NAMES_EN = {"外交部": ("foreign ministry", "mfa"), "国防部": ("defense ministry", "defence ministry"),
                     "工业和信息化部": ("miit",), "中国人民银行": ("pboc", "central bank"),
                     "海关总署": ("china customs", "gacc")}
# … and a national body by the name of the service it heads, with no place before it ("海关的地址", "How does
# customs decide…"; 合肥海关, a place's, is not it)
NATIONAL_UNPLACED = {"海关总署": ("海关", "customs")}
# … and a national administration by what it administers ("the customs administration", "the archives
# administration": General Administration of Customs, National Archives Administration)
_ADMINISTRATION_OF = re.compile(r"(?:(?:General|State|National|China National) )?Administration (?:of|for) ([A-Za-z ]+)"
                                r"|(?:China National|State|National|China) ([A-Za-z ]+) Administration")


# (initials a national administration goes by that are English words a question says otherwise)
_INITIALS_THAT_ARE_WORDS = frozenset({"safe"})


# … and one of a ministry or the State Council by its own name ("the Maritime Safety Administration")
_OF_A_MINISTRY = re.compile(r"(.+?) of the (?:Ministry of [A-Za-z ]+|State Council)")


def _administration_names(english: str) -> set:
    m = _ADMINISTRATION_OF.fullmatch(english)
    own = _OF_A_MINISTRY.fullmatch(english)
    return ({f"{m.group(1) or m.group(2)} administration".lower()} if m else set()) | \
        ({own.group(1).lower()} if own else set())


def state_council_department(key: str) -> str:
    """The listed department a body of the State Council is named by (国务院国有资产监督管理委员会:
    国有资产监督管理委员会, as every province and city has one), or ""."""
    return key[3:] if key.startswith("国务院") and key[3:] in DEPARTMENTS else ""


def _ministry(key: str) -> str:
    """A ministry of the State Council by the English of the bureaus that carry its work below
    (自然资源部: Ministry of Natural Resources, as 自然资源局 is the Natural Resources Bureau), a
    national administration of NATIONAL_EN, a national commission or administration named 国家
    and a listed department (国家卫生健康委员会: National Health Commission), or the State
    Council's own of a listed department (国务院国有资产监督管理委员会: State-owned Assets Supervision
    and Administration Commission of the State Council); or ""."""
    if key in NATIONAL_EN:
        return NATIONAL_EN[key]
    if key.startswith("国家") and key[2:] in DEPARTMENTS:
        return "National " + DEPARTMENTS[key[2:]]
    if state_council_department(key):
        return DEPARTMENTS[state_council_department(key)] + " of the State Council"
    bureau = DEPARTMENTS.get(key[:-1] + "局", "") if key.endswith("部") else ""
    return f"Ministry of {bureau[:-len(' Bureau')]}" if bureau.endswith(" Bureau") else ""


def _street(place: str) -> str:
    """The stem of a subdistrict named a 街, as 广州 names them (白云街: 白云, Baiyun Subdistrict); or ""."""
    return place[:-1] if re.fullmatch(r"[\u4e00-\u9fff]{2,4}街", place) else ""


# Names a listed department also goes by in some places (杭州's districts: 住房和城市建设局; a
# province's 地方志工作办公室)
DEPARTMENT_VARIANTS = {"住房和城市建设局": "住房和城乡建设局", "地方志工作办公室": "地方志办公室", "教育体育局": "教育和体育局"}
# Kinds a department may be of besides the 局 DEPARTMENTS lists: a province's 厅, a city's or
# district's 委员会 (安徽省住房和城乡建设厅, 梁平区住房和城乡建设委员会), a district's 分局 of its
# city's bureau (青山区公安分局: Qingshan Public Security Branch), named in English as such
_OTHER_KINDS = (("厅", "Department"), ("委员会", "Commission"), ("分局", "Branch"))


def _listed(department: str) -> str:
    """The DEPARTMENTS name a department goes by: itself, a variant's (DEPARTMENT_VARIANTS), or
    for a 厅 or 委员会 the 局 of the same name (交通运输厅: 交通运输局); "" when none is listed."""
    if department in DEPARTMENTS:
        return department
    if department in DEPARTMENT_VARIANTS:
        return DEPARTMENT_VARIANTS[department]
    for kind, _ in _OTHER_KINDS:
        if department.endswith(kind) and department[:-len(kind)] + "局" in DEPARTMENTS:
            return department[:-len(kind)] + "局"
    return ""


def department_english(department: str) -> str:
    """A department's English name from DEPARTMENTS, a 厅 or 委员会 as the 局 of its name is
    named (交通运输厅: Transport Department, as 交通运输局 is the Transport Bureau); or ""."""
    listed = _listed(department)
    english = DEPARTMENTS.get(listed, "")
    kind = next((en for kind, en in _OTHER_KINDS if listed != department and department.endswith(kind)), "")
    return english.replace("Bureau", kind) if kind else english


def department_other_words(department: str) -> list:
    """What else English calls a department (DEPARTMENT_OTHER_WORDS), a 厅 as its 局."""
    return DEPARTMENT_OTHER_WORDS.get(_listed(department), "").split()


def department_abbreviations(department: str) -> set:
    """The short names a department goes by: its ABBREVIATIONS (住建局) and the one it shares with
    others (SHORTENED_AS: 房管局)."""
    return {abbr for abbr, full in ABBREVIATIONS.items() if full == department} | (
        {SHORTENED_AS[department]} if department in SHORTENED_AS else set())


def own_english_names(department: str) -> set:
    """The English names of a department DEPARTMENTS does not list, which its own words make its
    own (翠山湖管委会: "cuishanhu management committee", and "cuishan lake management committee"
    as English names a lake); none for a listed one, whose English any place's department has."""
    if _listed(department):
        return set()
    kind, english = next(((k, e) for k, e in DEPARTMENT_KINDS if department.endswith(k)), ("", ""))
    words = department[:-len(kind)] if kind else ""
    if len(words) < 2:
        return set()
    names = {f"{_pinyin(words)} {english}".lower()}
    if words[-1] in _FEATURE_EN and len(words) > 2:
        names.add(f"{_pinyin(words[:-1])} {_FEATURE_EN[words[-1]]} {english}".lower())
    return names


@lru_cache(maxsize=1)
def _part_english() -> dict:
    """The English of the parts listed departments join with 和, as their English names join
    them with "and" (自然资源: Natural Resources, 城乡建设: Urban-Rural Development)."""
    parts = {}
    for chinese, english in DEPARTMENTS.items():
        kind = next(((k, e) for k, e in DEPARTMENT_KINDS if chinese.endswith(k) and english.endswith(" " + e)), None)
        if not kind:
            continue
        body, body_en = chinese[:-len(kind[0])], english[:-len(kind[1]) - 1]
        pieces, pieces_en = body.split("和"), body_en.split(" and ")
        for piece, piece_en in zip(pieces, pieces_en) if len(pieces) == len(pieces_en) else ((body, body_en),):
            parts.setdefault(piece, piece_en)
    return parts


def _generic_department_english(department: str) -> str:
    for kind, english in DEPARTMENT_KINDS:
        if department.endswith(kind) and len(department) > len(kind):
            # a department joining listed ones' parts is named as they are (自然资源和城乡建设局:
            # Natural Resources and Urban-Rural Development Bureau)
            pieces = department[:-len(kind)].split("和")
            if len(pieces) > 1 and all(piece in _part_english() for piece in pieces):
                return f"{' and '.join(_part_english()[piece] for piece in pieces)} {english}"
            return f"{_pinyin(department[:-len(kind)]).title()} {english}"
    return _pinyin(department).title()


# A city body's branch in one of its districts or counties, named after that place
_BRANCH_OF = re.compile(r"^(.+?(?:中心|局))([\u4e00-\u9fff]{2,10})(分中心|分局)$")


def zone_forms(place: str) -> set:
    """The names a zone goes by: its own, without 国家 (乌鲁木齐国家高新区 is 乌鲁木齐高新区), by its
    kind's short name (安顺经开区), and a scenic area by the first two characters of a long name
    (东湖生态旅游风景区: 东湖风景区); none for a place that is no zone."""
    if not place.endswith(ZONES):
        return set()
    national = re.sub(r"国家(?=%s$)" % "|".join(ZONES), "", place)
    forms = {place, national} | {form[:-len(full)] + short for form in (place, national)
                                 for short, fulls in ZONE_SHORT.items() for full in fulls
                                 if form.endswith(full) and len(form) > len(full)}
    scenic = re.fullmatch(r"([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{2,}(风景名胜区|风景区)", place)
    if scenic:
        forms.add(scenic.group(1) + "风景区")
    # a zone named after its city and words of its own, by those words alone (长春净月高新技术产业
    # 开发区: 净月高新区, as its own site calls it)
    # (not when its own words are common ones: 东湖生态旅游风景区 is no 生态旅游风景区)
    stem = _zone_stem(place)
    city = _city_before(stem)
    if city and not common_words(stem[city:]):
        forms |= {form[city:] for form in forms if form.startswith(stem[:city])}
    return forms


def common_words(text: str) -> bool:
    """Whether every character of a text is in a dictionary word that is no proper noun (生态旅游)."""
    words = headwords()
    covered = {i for n in (2, 3, 4) for at in range(len(text) - n + 1)
               if text[at:at + n] in words and not proper_reading(text[at:at + n]) for i in range(at, at + n)}
    return len(covered) == len(text)


def _initials(english: str) -> str:
    """The initials English writes a name by: its capitalised words' first letters (Development and
    Reform Bureau: DRB)."""
    return "".join(w[0] for w in english.split() if w[0].isupper())


# A banner of a left or right wing, as it is called for short (科尔沁右翼中旗: 科右中旗, 察哈尔右翼前旗: 察右前旗)
_WING_BANNER = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]+?([左右])翼([前中后])旗")


def agency_aliases(key: str) -> set:
    """Names a user may type for an agency: its key, without its unit, its pinyin, its English
    names (Hongze District, Hongze; Huai'an), an abbreviated department, a former name; and each with
    a wing banner's short name (科右中旗)."""
    names = _agency_aliases(key)
    return names | {_WING_BANNER.sub(r"\1\2\3旗", n) for n in names if _WING_BANNER.search(n)}


def _agency_aliases(key: str) -> set:
    parsed = parse(key)
    names = {key, agency_english(key).lower()}
    area = _protected_area(key)
    if area:
        # by its own name, with or without its level and body: "the Huihe nature reserve", "Huihe
        # National Nature Reserve Administration", 辉河自然保护区, 辉河国家级自然保护区管理局
        own, level, kind, body = area[0].groups()
        # (a nature reserve is a 保护区 for short, a scenic area a 风景区: 西双版纳保护区管理局)
        kinds = {kind, {"自然保护区": "保护区", "风景名胜区": "风景区"}.get(kind, kind)}
        names |= {f"{own}{lv}{k}{b}" for lv in {level or "", ""} for k in kinds for b in (body, "")}
        names |= {" ".join(p for p in (_pinyin(own), lv, _AREA_EN[kind], b) if p).lower()
                  for lv in {_AREA_EN.get(level, ""), ""} for b in (_AREA_EN[body], "")}
    branch = _BRANCH_OF.match(key)
    if branch:  # 济宁市公共资源交易服务中心兖州分中心: "兖州分中心", "the Yanzhou branch"
        names |= {branch.group(2) + branch.group(3), f"{_pinyin(branch.group(2)).lower()} branch"}
    brigade = traffic_brigade(parsed.department)
    if brigade:
        # 淄博市公安局交通警察支队张店大队 as users say it: 张店交警大队, 张店大队, "the Zhangdian traffic police
        # brigade"; 肇庆市公安局交警支队第三大队 as 肇庆交警三大队, "the Zhaoqing traffic police third brigade"
        _, own, own_en = brigade
        place = parsed.places[-1] if parsed.places else ""
        stem = _stem(place)
        if own_en in _ORDINAL_EN.values():
            names |= {f"{p}交警{own}大队" for p in ("", place, stem)} | {f"{p}交警支队{own}大队" for p in (place, stem)}
            names |= {f"{r} traffic police {own_en.lower()} brigade" for r in _readings(stem)}
        else:
            names |= {f"{own}交警大队", f"{own}大队", f"{stem}{own}交警大队"}
            names |= {f"{own_en.lower()} traffic police brigade", f"{own_en.lower()} traffic police"}
        return names
    branch_of = bureau_branch(parsed.department)
    if branch_of:
        # 黄石市生态环境局下陆区分局 as its district says it: 下陆区生态环境分局, 下陆生态环境分局,
        # "the Xialu District ecology and environment branch", "the Xialu branch"
        bureau, within = branch_of
        stem, kind = _stem(within), bureau[:-1]
        names |= {form + kind + "分局" for form in {within, stem} | zone_forms(within)}
        # the place as English writes it, in each of its readings (盐都: Yandu, not only Yandou)
        unit = UNIT_EN.get(_unit(within), "")
        places_en = {agency_english(within).lower()} | {f"{reading} {unit}".strip().lower()
                                                         for reading in _readings(stem)}
        english = department_english(bureau)
        kinds = {english[:-len(" Bureau")]} if english.endswith(" Bureau") else set()
        # and what else English calls the bureau: "the Longhua police branch"
        kinds |= set(department_other_words(bureau))
        names |= {f"{_pinyin(stem).lower()} branch"} | {f"{place} branch" for place in places_en}
        names |= {f"{place} {kind_en} branch".lower() for place in places_en for kind_en in kinds}
        return names
    if parsed.department:
        place = parsed.places[-1] if parsed.places else ""
        stem = _stem(place)
        dept_en = department_english(parsed.department)
        names |= {stem + parsed.department}
        unit, ethnic = _unit(place), autonomous(place)
        if dept_en and unit in ZONES:  # "the East Lake High-tech Zone education bureau" (东湖高新区教育局)
            names |= {f"{feature} {zone} {dept_en}".lower().replace("  ", " ") for feature in _feature_names(stem)
                      for zone in (UNIT_EN[unit], "")}
            # and by the zone's short name, as the zone names itself: "the Chongqing High-tech Zone
            # ecology and environment bureau" (重庆高新技术产业开发区生态环境局)
            names |= {f"{reading} {UNIT_EN[short]} {dept_en}".lower() for reading in _readings(stem)
                      for short, fulls in ZONE_SHORT.items() if unit in fulls}
        if ethnic and unit != "自治区":  # 丰宁县融媒体中心, as a user names 丰宁满族自治县融媒体中心
            short_unit = ethnic[2][-1]
            names.add(stem + short_unit + parsed.department)
            if dept_en:  # "the Fengning County media center"
                names |= {f"{reading} {UNIT_EN[short_unit]} {dept_en}".lower() for reading in _readings(stem)}
        if parsed.department.endswith("委员会"):  # 杭州市卫生健康委: the commission's name, shortened
            names |= {place + parsed.department[:-2], stem + parsed.department[:-2]}
        # its abbreviations, a variant's as the listed name's (滨江区住建局 for 住房和城市建设局)
        # and a 厅's as its 局's (安徽省住建厅)
        listed = parsed.department if parsed.department in DEPARTMENTS else DEPARTMENT_VARIANTS.get(parsed.department)
        abbreviated = department_abbreviations(parsed.department) | department_abbreviations(listed)
        # a 厅's or a 分局's as its 局's (安徽省住建厅, 文旅厅), and the 局's name with no kind (文旅 of
        # 微博@四川文旅; 青山公安 for 青山区公安分局)
        bureau = _listed(parsed.department)
        kind = next((k for k in ("厅", "分局") if parsed.department.endswith(k)), "") if bureau != parsed.department else ""
        abbreviated |= {abbr[:-1] + kind if abbr.endswith("局") else abbr for abbr, full in ABBREVIATIONS.items()
                        if kind and full == bureau and (abbr.endswith("局") or abbr in KINDLESS)}
        names |= {place + abbr for abbr in abbreviated}
        names |= {stem + abbr for abbr in abbreviated if len(stem) >= 2}
        if ethnic and unit != "自治区":  # 连山县文广旅体局, an autonomous county's by its short unit too
            names |= {stem + ethnic[2][-1] + abbr for abbr in abbreviated}
        if ethnic and ethnic[2] == "自治州" and len(stem) == 4:
            # a prefecture of a four-syllable name by its first and its unit, as it calls itself
            # (博州 of 博尔塔拉蒙古自治州, 巴州 of 巴音郭楞, 克州 of 克孜勒苏: "博州人民政府网")
            names |= {stem[0] + "州" + dept for dept in {parsed.department} | abbreviated}
        # a zone's department by the zone's short name (重庆高新区生态环境局, 安顺经开区财政局)
        names |= {form + dept for form in zone_forms(place) for dept in {parsed.department} | abbreviated}
        names |= {f"{_pinyin(stem)} {own}".lower() for own in own_english_names(parsed.department)}
        if dept_en:
            for reading in _readings(stem):  # 盐都 is yandu, not pypinyin's yandou alone
                names |= {f"{reading} {dept_en}".lower(),
                          f"{reading} {UNIT_EN.get(unit, '')} {dept_en}".lower().replace("  ", " ")}
            # the department's initials, as English writes them: Shuyang DRB (Development and Reform Bureau)
            initials = _initials(dept_en)
            if len(initials) >= 2:
                names.add(f"{_place_pinyin(stem)} {initials}".lower())
        return names
    ministry = _ministry(key)
    if ministry:  # a ministry also as "the natural resources ministry"; 国家药监局 as 国家 and its abbreviation
        names |= {key[:2] + abbr for abbr, full in ABBREVIATIONS.items() if key.startswith("国家") and full == key[2:]}
        department = state_council_department(key)
        if department:  # 国务院国资委, and SASAC, the initials English knows it by (a city's is "Tianjin SASAC")
            names |= {"国务院" + abbr for abbr in department_abbreviations(department)}
            initials = _initials(DEPARTMENTS[department])
            if len(initials) >= 3:
                names.add(initials.lower())
        # and a national administration by its initials, four letters or more, none an English word (NMPA,
        # SAMR, CAAC; not SAFE, nor GAS, the General Administration of Sport)
        initials = _initials(ministry) if key in NATIONAL_EN else ""
        if len(initials) >= 4 and initials.lower() not in _INITIALS_THAT_ARE_WORDS:
            names.add(initials.lower())
        return names | ({f"{ministry[len('Ministry of '):]} ministry".lower()} if ministry.startswith("Ministry of ")
                        else set()) | set(MINISTRY_NAMES_EN.get(key, ())) | _administration_names(ministry)
    if key.endswith("管理委员会"):  # a committee goes by 管委会 (五华科技产业园管委会)
        names.add(key[:-len("管理委员会")] + "管委会")
    place = parsed.places[-1] if parsed.places else key
    stem = _street(place) or _stem(place)
    if stem != place:
        names.add(stem)
    # its government as a question names it: 河包镇人民政府, a subdistrict's office (桂花坪街道办事处),
    # whose words are the agency's name, not what is asked about
    if place.endswith(("街道", "街")):
        names |= {place + "办事处", place + "办"}
    elif _unit(place):
        names |= {place + "人民政府", place + "政府"}
        if place.endswith(("盟", "地区")):  # a league's government is its 行政公署 (兴安盟行署办公室)
            names |= {place + government + office for government in ("行政公署", "行署") for office in ("", "办公室")}
    # a zone by its short name (安顺经开区), its committee and the committee's office (重庆高新区管委会办公室)
    if place.endswith(ZONES):
        names |= {form + committee for form in zone_forms(place)
                  for committee in ("", "管委会", "管理委员会", "管委会办公室", "管理委员会办公室")}
    pinyin = _pinyin(stem).lower()
    names |= {pinyin, pinyin.replace("'", "")}
    if "'" not in pinyin:
        # Huai'an: the apostrophe English writes between syllables that would run together
        apostrophe = _apostrophe_pinyin(stem)
        if apostrophe != pinyin:
            names.add(apostrophe)
    unit = _unit(place)
    if unit:
        names.add(f"{pinyin} {UNIT_EN[unit].lower()}")
        names.add(f"{_apostrophe_pinyin(stem)} {UNIT_EN[unit].lower()}")
    if unit in ZONES:  # a zone named after a bay or a lake: "Taizhou Bay" (台州湾), "East Lake" (东湖)
        names |= {form for feature in _feature_names(stem) for form in (feature, f"{feature} {UNIT_EN[unit].lower()}")}
    short = _one_character_place(place)
    if short and not unit:  # "Jing County" (jing alone names too much to be an alias)
        names |= {f"{reading} {UNIT_EN[short[1]].lower()}" for reading in _readings(short[0])}
    elif unit:  # a place read otherwise than its characters' first readings: Changzhi (长治), not Zhangzhi
        for reading in _readings(stem):
            if reading != pinyin:
                names |= {reading, f"{reading} {UNIT_EN[unit].lower()}"}
    ethnic = autonomous(place)
    if ethnic and unit != "自治区":  # 丰宁县, "Fengning County": the county without its peoples
        short_unit = ethnic[2][-1]
        names |= {stem + short_unit, f"{pinyin} {UNIT_EN[short_unit].lower()}"}
    if _without_national(place):  # a national zone also by its names without 国家: "Ningbo High-tech Zone", 宁波高新区
        names |= agency_aliases(_without_national(place))
    if unit == "区":
        names.add(stem + "县")  # a county that became a district (洪泽县 → 洪泽区, 2016)
    for short in (s for s, full in AUTONOMOUS_REGIONS.items() if full == place):  # 新疆, 新疆自治区, Xinjiang
        names |= {short, short + "自治区", _pinyin(short).lower(), f"{_pinyin(short).lower()} autonomous region"}
    return names


MAX_READINGS = 4


def _readings(text: str) -> list:
    """Toneless spellings of a short place name with each character's readings (浚: jun, xun;
    长: chang, zhang): a polyphonic name's usual reading is not always the first. At most
    MAX_READINGS, the first reading first."""
    if len(text) > 3:
        return [_pinyin(text).lower()]
    pypinyin = _pypinyin()
    options = [list(dict.fromkeys(r))[:3] for r in pypinyin.pinyin(text, style=pypinyin.Style.NORMAL, heteronym=True)]
    spelled = ["".join(p).lower() for p in itertools.islice(itertools.product(*options), MAX_READINGS)]
    return list(dict.fromkeys([_pinyin(text).lower()] + spelled))


def _apostrophe_pinyin(text: str) -> str:
    """Pinyin with an apostrophe before a syllable that starts with a vowel: huai'an, xi'an."""
    out = ""
    for i, syllable in enumerate(_lazy_pinyin(text)):
        if i and syllable[:1] in "aoe":
            out += "'"
        out += syllable
    return out.lower()


def parents(name: str) -> list:
    """The places an agency's printed name puts it inside: 淮安市洪泽区人民政府 → ["淮安市"]."""
    return list(_parents(name))


@lru_cache(maxsize=65536)
def _parents(name: str) -> tuple:
    parsed = parse(name)
    if not parsed.department:
        return tuple(parsed.places[:-1])
    # a bureau's branch serves the district it is named after (黄石市生态环境局下陆区分局: in 下陆区)
    branch_of = bureau_branch(parsed.department)
    return tuple(parsed.places) + ((branch_of[1],) if branch_of else ())
