"""Vocabulary of the demo data (`server.demo`): names, places, phone and address formats, texts.

Kept apart from the row generator so its logic stays readable. Texts come in a
Chinese ("zh") and an English ("en") flavour; a customer's language picks one.
Placeholders: `{name}` the customer, `{product}` a product line. Vocabulary
users filter or report on (industries, sources, tags, product lines) is
Chinese only, so one filter finds every customer.
"""

from datetime import date, timedelta
from random import Random
from typing import Any

from sync.protocol.enums import (
    CompanySize,
    CustomerKind,
    InteractionKind,
    LifecycleStatus,
    OpportunityStage,
    RelationKind,
    Role,
    ServiceKind,
    ServicePriority,
    ServiceStatus,
    TaskKind,
    Tier,
)


def _texts(*lines: str) -> tuple[tuple[str, ...], ...]:
    """'subject|body|outcome|next step' lines -> tuples; an empty part means none."""
    return tuple(tuple(line.split("|")) for line in lines)


BRANCHES = (("sh", "Shanghai", "上海"), ("bj", "Beijing", "北京"), ("sz", "Shenzhen", "深圳"))
"""(key, branch name, city)."""

STAFF = (
    ("admin", "管理员 Admin", Role.ADMIN, None),
    ("manager.sh", "周敏 Grace Zhou", Role.MANAGER, "sh"),
    ("manager.bj", "赵磊 Leo Zhao", Role.MANAGER, "bj"),
    ("manager.sz", "林嘉欣 Karen Lam", Role.MANAGER, "sz"),
    ("alice", "Alice 王丽", Role.REP, "sh"),
    ("bob", "Bob 刘波", Role.REP, "sh"),
    ("chen.wei", "陈伟 Chen Wei", Role.REP, "bj"),
    ("li.na", "李娜 Lina", Role.REP, "bj"),
    ("wang.fang", "王芳 Fang", Role.REP, "sz"),
    ("david", "David 黄大卫", Role.REP, "sz"),
)
"""(username, display name, role, branch key); the first rep is the one to log in as."""

CITIES = {
    "上海": ("021", "310000", ("浦东新区", "徐汇区", "静安区", "黄浦区", "长宁区", "闵行区")),
    "北京": ("010", "110000", ("朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区")),
    "深圳": ("0755", "440300", ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区")),
    "杭州": ("0571", "330100", ("西湖区", "滨江区", "余杭区")),
    "苏州": ("0512", "320500", ("工业园区", "姑苏区", "吴中区")),
    "广州": ("020", "440100", ("天河区", "越秀区", "海珠区")),
    "天津": ("022", "120000", ("和平区", "南开区", "河西区")),
    "南京": ("025", "320100", ("鼓楼区", "玄武区", "建邺区")),
    "东莞": ("0769", "441900", ("南城街道", "松山湖", "长安镇")),
}
"""City -> (telephone area code, administrative region code, districts)."""

ROADS = (
    "人民路", "中山路", "解放路", "建设路", "和平路", "新华路", "长江路", "学院路",
    "科技路", "滨江大道", "世纪大道", "文化路", "南京西路", "创业路", "青年路",
)  # fmt: skip
BUILDINGS = ("国际大厦", "科技园", "商务中心", "创意园", "金融中心", "广场")

SURNAMES = (
    ("王", "wang", 71), ("李", "li", 70), ("张", "zhang", 68), ("刘", "liu", 54),
    ("陈", "chen", 46), ("杨", "yang", 31), ("赵", "zhao", 23), ("黄", "huang", 22),
    ("周", "zhou", 21), ("吴", "wu", 20), ("徐", "xu", 17), ("孙", "sun", 15),
    ("胡", "hu", 13), ("朱", "zhu", 12), ("高", "gao", 12), ("林", "lin", 12),
    ("何", "he", 12), ("郭", "guo", 11), ("马", "ma", 10), ("罗", "luo", 9),
)  # fmt: skip
"""(surname, pinyin, relative frequency)."""

GIVEN = tuple(
    tuple(pair.split(":"))
    for pair in (
        "伟:wei", "芳:fang", "娜:na", "敏:min", "静:jing", "丽:li", "强:qiang", "磊:lei",
        "军:jun", "洋:yang", "勇:yong", "艳:yan", "杰:jie", "娟:juan", "涛:tao", "明:ming",
        "超:chao", "秀:xiu", "霞:xia", "平:ping", "刚:gang", "英:ying", "华:hua", "玉:yu",
        "兰:lan", "建:jian", "国:guo", "文:wen", "辉:hui", "鹏:peng", "宇:yu", "浩:hao",
        "婷:ting", "雪:xue", "琳:lin", "晨:chen", "欣:xin", "子:zi", "涵:han", "梓:zi",
        "轩:xuan", "佳:jia", "怡:yi", "思:si", "博:bo", "睿:rui", "嘉:jia", "俊:jun",
        "海:hai", "红:hong", "春:chun", "志:zhi", "小:xiao", "亮:liang", "凯:kai", "琪:qi",
        "慧:hui", "晓:xiao", "云:yun", "斌:bin",
    )
)  # fmt: skip
"""(character, pinyin) for given names."""

ENGLISH_FIRST = (
    "James", "Emma", "Michael", "Olivia", "David", "Sophie", "Daniel", "Laura", "Thomas",
    "Anna", "Peter", "Sarah", "Mark", "Julia", "Lucas", "Hannah", "Kevin", "Grace", "Ryan",
    "Chloe",
)  # fmt: skip
ENGLISH_LAST = (
    "Smith", "Miller", "Wilson", "Brown", "Taylor", "Anderson", "Schmidt", "Dubois", "Martin",
    "Johnson", "Clarke", "Walker", "Young", "King", "Wright", "Lee", "Tan", "Nguyen", "Kim",
    "Rossi",
)  # fmt: skip
FOREIGN_PHONES = ("+1 415 555 ", "+44 20 7946 ", "+49 30 2291 ", "+65 6123 ")
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187",
    "188", "189", "198", "199",
)  # fmt: skip
MAIL_DOMAINS = ("163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "hotmail.com")
ENGLISH_MAIL_DOMAINS = ("gmail.com", "outlook.com", "icloud.com", "hotmail.com")

COMPANY_CORES = (
    ("华信", "huaxin"), ("恒通", "hengtong"), ("瑞丰", "ruifeng"), ("鼎盛", "dingsheng"),
    ("博远", "boyuan"), ("天成", "tiancheng"), ("金桥", "jinqiao"), ("汇达", "huida"),
    ("安信", "anxin"), ("远景", "yuanjing"), ("中联", "zhonglian"), ("凯盛", "kaisheng"),
    ("新创", "xinchuang"), ("宏图", "hongtu"), ("润泽", "runze"), ("永兴", "yongxing"),
    ("东方", "dongfang"), ("泰和", "taihe"), ("正源", "zhengyuan"), ("联合", "lianhe"),
)  # fmt: skip
TRADES = (
    ("科技", "tech", "IT/软件"), ("贸易", "trade", "贸易"), ("物流", "logistics", "物流"),
    ("餐饮管理", "catering", "餐饮"), ("建筑工程", "build", "建筑"),
    ("医疗器械", "medical", "医疗"), ("电子", "elec", "制造业"), ("文化传媒", "media", "文化传媒"),
    ("教育咨询", "edu", "教育"), ("食品", "food", "食品"), ("投资管理", "invest", "金融"),
    ("置业", "estate", "房地产"),
)  # fmt: skip
"""(word in the company name, e-mail domain part, industry)."""

ENGLISH_COMPANIES = (
    ("Pacific Rim Trading Co., Ltd.", "贸易", "pacificrim-trading.com"),
    ("Northwind Logistics (China) Ltd.", "物流", "northwind-logistics.cn"),
    ("Brightwave Software Ltd.", "IT/软件", "brightwave.io"),
    ("Harbor & Pine Consulting", "咨询", "harborpine.com"),
    ("Silver Oak Medical Devices", "医疗", "silveroakmed.com"),
    ("Bluestone Foods Co., Ltd.", "食品", "bluestonefoods.com"),
)
INDUSTRIES = tuple(sorted({t[2] for t in TRADES} | {"咨询", "零售", "政府机关", "自由职业"}))
SOURCES = ("转介绍", "展会", "官网", "微信", "电话营销", "门店到访", "老客户", "线上广告")
TAGS = ("VIP", "回访", "新客户", "老客户", "重点客户", "价格敏感", "需跟进", "节日问候", "潜力")
ENGLISH_TAG = "英文沟通"
CUSTOMER_NOTES = {
    "zh": ("喜欢微信联系", "周末不方便接电话", "决策人是配偶", "对价格敏感", "老客户介绍"),
    "en": ("Prefers e-mail", "Speaks some Chinese", "Travels often; call before noon"),
}
CONTACT_TITLES = {
    "zh": ("总经理", "副总经理", "采购经理", "财务总监", "行政主管", "IT主管", "销售总监"),
    "en": ("CEO", "Purchasing Manager", "CFO", "Office Manager", "IT Lead"),
}

TIER_WEIGHTS = {
    Tier.PREMIUM: 5,
    Tier.MAJOR: 15,
    Tier.ORDINARY: 50,
    Tier.RESTRICTED: 5,
    Tier.POTENTIAL: 25,
}
STATUS_WEIGHTS = {
    LifecycleStatus.LEAD: 15,
    LifecycleStatus.PROSPECT: 20,
    LifecycleStatus.ACTIVE: 45,
    LifecycleStatus.DORMANT: 12,
    LifecycleStatus.CHURNED: 8,
}
SIZE_WEIGHTS = {
    CompanySize.MICRO: 20,
    CompanySize.SMALL: 35,
    CompanySize.MEDIUM: 25,
    CompanySize.LARGE: 12,
    CompanySize.ENTERPRISE: 8,
}
RELATIVE_WEIGHTS = {"spouse": 40, "child": 35, "parent": 15, "sibling": 10}
_R = RelationKind
LINK_KINDS = {
    ("person", "person"): (_R.HOUSEHOLD, _R.RELATIVE, _R.REFERRER),
    ("person", "company"): (_R.EMPLOYER,),
    ("company", "person"): (_R.EMPLOYEE, _R.REFERRER),
    ("company", "company"): (_R.PARTNER, _R.REFERRER, _R.OTHER),
}
"""(kind of customer, kind of the related customer) -> fitting relation kinds."""

INTERACTION_WEIGHTS = {
    InteractionKind.CALL: 30,
    InteractionKind.MESSAGE: 20,
    InteractionKind.VISIT: 15,
    InteractionKind.EMAIL: 15,
    InteractionKind.MEETING: 10,
    InteractionKind.NOTE: 10,
}
INTERACTIONS = {
    "zh": {
        InteractionKind.CALL: _texts(
            "电话回访|电话回访{name}，了解{product}的使用情况，客户整体满意。|客户满意|两周后再次回访",
            "确认报价|与{name}电话确认{product}报价细节，对价格还有些顾虑。|需调整报价|发送新报价单",
            "预约拜访|致电{name}预约上门拜访时间。|已约定时间|准备拜访资料",
            "电话未接通|拨打{name}电话两次未接通，已发短信说明来意。|未接通|明天再联系",
        ),
        InteractionKind.VISIT: _texts(
            "上门拜访|到{name}处拜访，介绍了{product}，现场演示效果不错。|客户有兴趣|一周内发送方案",
            "现场勘察|到现场了解{name}的实际需求和环境。|需求已明确|整理需求文档",
            "节前拜访|节前拜访{name}，送上公司礼品，沟通明年合作计划。|关系良好|",
        ),
        InteractionKind.MEETING: _texts(
            "需求沟通会|与{name}开会讨论{product}的需求和时间安排。|达成初步共识|提交正式方案",
            "季度业务回顾|和{name}一起回顾本季度合作情况，并讨论续约。|计划续约|准备续约合同",
            "合同谈判|就{product}合同条款与{name}进行谈判，付款方式待定。|条款基本确定|法务审核合同",
        ),
        InteractionKind.EMAIL: _texts(
            "发送报价单|已通过邮件向{name}发送{product}报价单及产品资料。|已发送|三天后电话跟进",
            "合同条款确认|邮件确认{name}提出的合同修改意见。|等待回复|跟进合同回复",
            "发票寄送通知|通知{name}发票已寄出，附快递单号。|已通知|",
        ),
        InteractionKind.MESSAGE: _texts(
            "微信沟通|微信上与{name}沟通{product}的交付时间。|客户确认|",
            "节日问候|给{name}发送节日祝福。|客户回复感谢|",
            "发送产品资料|微信发送了{product}的介绍资料和案例。|客户已查看|下周电话跟进",
        ),
        InteractionKind.NOTE: _texts(
            "客户备注|{name}更倾向于下午联系，决策需要和家人商量。||",
            "内部备注|{name}对价格比较敏感，报价时注意优惠政策。||",
            "转介绍线索|{name}表示可以介绍朋友了解{product}。|有转介绍意向|跟进转介绍名单",
        ),
    },
    "en": {
        InteractionKind.CALL: _texts(
            "Follow-up call|Called {name} to check how the {product} is working out."
            "|Satisfied|Call again in two weeks",
            "Pricing call|Went through the {product} quote with {name}; concerns about price."
            "|Revise quote|Send revised quote",
            "Voicemail|Left a voicemail for {name} and sent a text.|No answer|Try again tomorrow",
        ),
        InteractionKind.VISIT: _texts(
            "On-site visit|Visited {name} and demoed the {product}. Good reception."
            "|Interested|Send proposal within a week",
            "Site survey|Site survey at {name} to understand the requirements."
            "|Requirements clear|Write up requirements",
        ),
        InteractionKind.MEETING: _texts(
            "Kick-off meeting|Met {name} on scope and timeline for the {product}."
            "|Initial agreement|Submit formal proposal",
            "Quarterly review|Reviewed the quarter with {name} and discussed renewal."
            "|Plans to renew|Prepare renewal contract",
        ),
        InteractionKind.EMAIL: _texts(
            "Quote sent|Emailed the {product} quote and brochure to {name}."
            "|Sent|Phone follow-up in 3 days",
            "Contract terms|Confirmed the contract changes {name} asked for."
            "|Awaiting reply|Chase the reply",
        ),
        InteractionKind.MESSAGE: _texts(
            "WeChat chat|Discussed {product} delivery dates with {name} on WeChat.|Confirmed|",
            "Holiday greetings|Sent holiday greetings to {name}.|Thanked us|",
        ),
        InteractionKind.NOTE: _texts(
            "Note|{name} prefers to be contacted in the afternoon.||",
            "Internal note|{name} is price-sensitive; mention the current promotion.||",
        ),
    },
}
"""Language -> kind -> (subject, body, outcome, next step)."""

PRODUCTS = (
    ("年度维保服务", "annual maintenance"), ("企业版软件", "enterprise licence"),
    ("办公设备", "office equipment"), ("培训课程", "training"), ("云存储方案", "cloud storage"),
    ("定制开发", "custom development"), ("咨询服务", "consulting"),
    ("家庭保险方案", "family insurance"), ("理财规划", "financial planning"),
)  # fmt: skip
"""(product line, its English name)."""

STAGE_WEIGHTS = {
    OpportunityStage.PROSPECTING: 25,
    OpportunityStage.QUALIFICATION: 20,
    OpportunityStage.PROPOSAL: 18,
    OpportunityStage.NEGOTIATION: 12,
    OpportunityStage.WON: 15,
    OpportunityStage.LOST: 10,
}
STAGE_PROBABILITY = {
    OpportunityStage.PROSPECTING: 10,
    OpportunityStage.QUALIFICATION: 25,
    OpportunityStage.PROPOSAL: 50,
    OpportunityStage.NEGOTIATION: 75,
    OpportunityStage.WON: 100,
    OpportunityStage.LOST: 0,
}
LOST_REASONS = {
    "zh": ("价格过高", "选择了竞争对手", "预算取消", "需求变更", "决策延期"),
    "en": ("Price too high", "Went with a competitor", "Budget cut"),
}

TASK_WEIGHTS = {TaskKind.TODO: 35, TaskKind.CALL: 30, TaskKind.VISIT: 20, TaskKind.MEETING: 15}
TASK_TITLES = {
    "zh": {
        TaskKind.TODO: ("准备{name}的报价单", "整理{name}的合同资料", "更新{name}的客户信息"),
        TaskKind.CALL: ("回访{name}", "电话确认{name}的需求", "提醒{name}续费"),
        TaskKind.VISIT: ("拜访{name}", "上门安装调试（{name}）"),
        TaskKind.MEETING: ("与{name}开会", "{name}续约洽谈"),
    },
    "en": {
        TaskKind.TODO: ("Prepare quote for {name}", "Update details of {name}"),
        TaskKind.CALL: ("Call {name}", "Follow up with {name}"),
        TaskKind.VISIT: ("Visit {name}",),
        TaskKind.MEETING: ("Meeting with {name}", "Renewal talk with {name}"),
    },
}
MEETING_PLACES = {
    "zh": ("公司会议室", "客户办公室", "线上会议（腾讯会议）"),
    "en": ("Office meeting room", "Zoom"),
}
OFFICE = "公司会议室"
INTERNAL_TASKS = (
    (TaskKind.TODO, "提交周报"),
    (TaskKind.TODO, "整理本月销售数据"),
    (TaskKind.MEETING, "部门例会"),
    (TaskKind.TODO, "更新客户分级"),
)

SLA_HOURS = {
    ServicePriority.URGENT: 4,
    ServicePriority.HIGH: 24,
    ServicePriority.NORMAL: 72,
    ServicePriority.LOW: 168,
}
PRIORITY_WEIGHTS = {
    ServicePriority.LOW: 20,
    ServicePriority.NORMAL: 50,
    ServicePriority.HIGH: 22,
    ServicePriority.URGENT: 8,
}
SERVICE_STATUS_WEIGHTS = {
    ServiceStatus.NEW: 15,
    ServiceStatus.IN_PROGRESS: 20,
    ServiceStatus.ESCALATED: 8,
    ServiceStatus.RESOLVED: 22,
    ServiceStatus.CLOSED: 35,
}
SERVICE_SUBJECTS = {
    "zh": {
        ServiceKind.COMPLAINT: ("送货延迟", "服务态度问题", "发票开错", "产品质量问题"),
        ServiceKind.INQUIRY: ("咨询保修政策", "咨询升级方案", "询问账单明细"),
        ServiceKind.REPAIR: ("设备无法开机", "打印机卡纸", "系统登录报错", "网络连接不稳定"),
        ServiceKind.REQUEST: ("申请上门培训", "申请更换联系人", "申请开具发票", "申请延长付款期"),
    },
    "en": {
        ServiceKind.COMPLAINT: ("Late delivery", "Wrong invoice"),
        ServiceKind.INQUIRY: ("Warranty question", "Upgrade options"),
        ServiceKind.REPAIR: ("Device won't start", "Login error"),
        ServiceKind.REQUEST: ("Training request", "Change of contact person"),
    },
}
SERVICE_DESCRIPTION = {
    "zh": "{name}反映：{subject}，请尽快处理。",
    "en": "{name} reports: {subject}.",
}
RESOLUTIONS = {
    "zh": ("已上门处理，客户确认问题解决。", "已重新开具并寄出。", "已远程协助解决。"),
    "en": ("Fixed on site; customer confirmed.", "Resolved remotely.", "Explained the policy."),
}
SATISFACTION_WEIGHTS = {1: 2, 2: 3, 3: 10, 4: 35, 5: 50}


# -- value formats --------------------------------------------------------------------------


def chinese_name(rng: Random) -> tuple[str, str, str]:
    """(full name, surname pinyin, given-name pinyin); given names have 1-2 characters."""
    surname, surname_py, _ = rng.choices(SURNAMES, weights=[s[2] for s in SURNAMES])[0]
    given = rng.sample(GIVEN, 1 if rng.random() < 0.35 else 2)
    return surname + "".join(c for c, _ in given), surname_py, "".join(p for _, p in given)


def english_name(rng: Random) -> tuple[str, str]:
    return rng.choice(ENGLISH_FIRST), rng.choice(ENGLISH_LAST)


def contact_name(rng: Random, lang: str) -> tuple[str, str]:
    """(name, e-mail mailbox) of a person in a company."""
    if lang == "en":
        first, last = english_name(rng)
        return f"{first} {last}", f"{first}.{last}".lower()
    name, family, given = chinese_name(rng)
    return name, f"{given}.{family}"


def company_name(rng: Random, city: str) -> tuple[str, str, str]:
    """(name like 上海华信科技有限公司, industry, e-mail domain)."""
    core, core_py = rng.choice(COMPANY_CORES)
    trade, trade_py, industry = rng.choice(TRADES)
    suffix = "股份有限公司" if rng.random() < 0.2 else "有限公司"
    return f"{city}{core}{trade}{suffix}", industry, f"{core_py}-{trade_py}.com.cn"


def mobile(rng: Random) -> str:
    """A Chinese mobile number written like 138 0013 8000."""
    return f"{rng.choice(MOBILE_PREFIXES)} {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d}"


def foreign_phone(rng: Random) -> str:
    return f"{rng.choice(FOREIGN_PHONES)}{rng.randint(0, 9999):04d}"


def landline(rng: Random, city: str) -> str:
    return f"{CITIES[city][0]} {rng.randint(5000, 8999)} {rng.randint(0, 9999):04d}"


def person_email(rng: Random, english: bool, family: str, given: str) -> str:
    if english:
        return f"{given}.{family}@{rng.choice(ENGLISH_MAIL_DOMAINS)}"
    if rng.random() < 0.35:
        return f"{rng.randint(10_000_000, 2_999_999_999)}@qq.com"
    number = rng.randint(1, 99) if rng.random() < 0.6 else ""
    return f"{family}{given}{number}@{rng.choice(MAIL_DOMAINS)}"


def address(rng: Random, city: str, *, home: bool) -> str:
    """A flat (home) or an office-building address in `city`."""
    district, road = rng.choice(CITIES[city][2]), rng.choice(ROADS)
    street = f"{city}市{district}{road}{rng.randint(1, 999)}号"
    if home:
        return f"{street}{rng.randint(1, 30)}栋{rng.randint(1, 32)}0{rng.randint(1, 6)}室"
    return f"{street}{rng.choice(BUILDINGS)}{rng.randint(2, 40)}楼"


def registration_no(rng: Random, city: str) -> str:
    """An 18-character unified social credit code (its format; the check digit is random)."""
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    return f"91{CITIES[city][1]}{tail}"


def person(rng: Random, today: date, city: str, identity: tuple[str, str, str]) -> dict[str, Any]:
    """Customer fields of a person; `identity` is (name, family-name and given-name pinyin)."""
    name, family, given = identity
    english = name.isascii()
    phones = [mobile(rng)]
    if rng.random() < (0.3 if english else 0.12):
        phones.append(foreign_phone(rng) if english else mobile(rng))
    email = person_email(rng, english, family.lower(), given.lower())
    return {
        "kind": CustomerKind.PERSON.value,
        "name": name,
        "phones": phones,
        "email": email if rng.random() < 0.5 else None,
        "address": address(rng, city, home=True),
        "industry": rng.choice(INDUSTRIES) if rng.random() < 0.5 else None,
        "birthday": today - timedelta(days=rng.randint(22 * 365, 75 * 365)),
    }


def company(rng: Random, city: str, identity: tuple[str, str, str]) -> dict[str, Any]:
    """Customer fields of a company; `identity` is (name, industry, e-mail domain)."""
    name, industry, domain = identity
    sizes = list(SIZE_WEIGHTS)
    return {
        "kind": CustomerKind.COMPANY.value,
        "name": name,
        "phones": [landline(rng, city)] + ([mobile(rng)] if rng.random() < 0.4 else []),
        "email": f"{rng.choice(('info', 'sales', 'contact'))}@{domain}",
        "address": address(rng, city, home=False),
        "industry": industry,
        "registration_no": registration_no(rng, city),
        "company_size": rng.choices(sizes, weights=list(SIZE_WEIGHTS.values()))[0].value,
    }


# Knowledge base (issue 21): title, problem, solution, tags, product line.
ARTICLES = (
    (
        "打印机卡纸的处理",
        "客户反映打印机频繁卡纸，出纸口有褶皱。",
        "关机后打开后盖取出残纸；检查纸张是否受潮，换用 70-80 克纸；清洁搓纸轮。",
        ["打印机", "卡纸"],
        None,
    ),
    (
        "系统登录提示密码错误",
        "客户输入正确密码仍提示错误，多次后账号被锁定。",
        "确认大小写与输入法；锁定 15 分钟后自动解除，或由管理员重置密码。",
        ["登录", "密码"],
        None,
    ),
    (
        "发票抬头开错如何重开",
        "客户收到的增值税发票抬头与营业执照不一致。",
        "收回原发票并作废或开红字发票，按营业执照名称和税号重新开具。",
        ["发票", "财务"],
        None,
    ),
    (
        "Delivery arrived damaged",
        "The customer reports boxes crushed on arrival.",
        "Ask for photos within 48 hours, file a claim with the carrier, ship a replacement "
        "at once for premium customers.",
        ["delivery", "claim"],
        None,
    ),
    (
        "设备开机无显示",
        "设备通电后指示灯亮但屏幕无显示。",
        "检查视频线连接；长按电源键 10 秒复位；仍无显示则安排上门检修。",
        ["维修", "上门"],
        None,
    ),
)
