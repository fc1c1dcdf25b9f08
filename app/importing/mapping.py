"""Column mapping: which customer field each source column fills, guessed from its header in
Chinese or English, and the value words (个人/企业, 贵宾/重要/普通...) read as the stored values.

A target is a customer field (`name`, `phones`...), a contact field of the customer's primary
contact (`contact.name`, `contact.title`, `contact.phone`, `contact.email`), `id` (the
"Outpost ID" an export writes) or `""` (the column is left out).
"""

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from sync.protocol.enums import CompanySize, CustomerKind, LifecycleStatus, Tier

IGNORE = ""
ID = "id"
CONTACT_NAME, CONTACT_TITLE, CONTACT_PHONE, CONTACT_EMAIL = (
    "contact.name",
    "contact.title",
    "contact.phone",
    "contact.email",
)
CUSTOMER_FIELDS = (
    "name",
    "kind",
    "tier",
    "status",
    "phones",
    "email",
    "address",
    "city",
    "industry",
    "source",
    "tags",
    "registration_no",
    "company_size",
    "birthday",
    "notes",
)
CONTACT_FIELDS = (CONTACT_NAME, CONTACT_TITLE, CONTACT_PHONE, CONTACT_EMAIL)
TARGETS = (*CUSTOMER_FIELDS, *CONTACT_FIELDS, ID)
"""Every target a column may have, in the order the mapping's choices list them."""
MERGED = frozenset({"phones", "tags", "notes", CONTACT_PHONE})
"""Targets several columns may fill together (phones and tags join into the list)."""

Mapping = dict[str, str]  # source header -> target ("" to leave out)

# Exact headers (normalised: NFKC, case-folded, without spaces, punctuation and the * of a
# required column) first; then the first contained word below decides.
_EXACT = {
    "客户名称": "name", "名称": "name", "公司名称": "name", "客户": "name", "姓名": "name",
    "客户姓名": "name", "企业名称": "name", "单位名称": "name", "name": "name",
    "customer": "name", "customername": "name", "company": "name", "companyname": "name",
    "手机": "phones", "手机号": "phones", "手机号码": "phones", "电话": "phones",
    "联系电话": "phones", "座机": "phones", "固定电话": "phones", "办公电话": "phones",
    "phone": "phones", "phones": "phones", "mobile": "phones", "tel": "phones",
    "telephone": "phones", "邮箱": "email", "电子邮件": "email", "电子邮箱": "email",
    "email": "email", "e-mail": "email", "mail": "email", "地址": "address",
    "详细地址": "address", "联系地址": "address", "address": "address", "城市": "city",
    "所在城市": "city", "city": "city", "行业": "industry", "所属行业": "industry",
    "industry": "industry", "来源": "source", "客户来源": "source", "source": "source",
    "标签": "tags", "tags": "tags", "tag": "tags", "统一社会信用代码": "registration_no",
    "信用代码": "registration_no", "注册号": "registration_no", "工商注册号": "registration_no",
    "registrationno": "registration_no", "registrationnumber": "registration_no",
    "类型": "kind", "客户类型": "kind", "kind": "kind", "type": "kind", "级别": "tier",
    "客户等级": "tier", "客户级别": "tier", "等级": "tier", "tier": "tier", "level": "tier",
    "状态": "status", "客户状态": "status", "status": "status", "公司规模": "company_size",
    "规模": "company_size", "companysize": "company_size", "备注": "notes", "说明": "notes",
    "notes": "notes", "note": "notes", "remarks": "notes", "生日": "birthday",
    "出生日期": "birthday", "birthday": "birthday", "联系人": "contact.name",
    "联系人姓名": "contact.name", "contact": "contact.name", "contactname": "contact.name",
    "职务": "contact.title", "职位": "contact.title", "联系人职务": "contact.title",
    "title": "contact.title", "position": "contact.title", "jobtitle": "contact.title",
    "联系人电话": "contact.phone", "联系人手机": "contact.phone", "contactphone": "contact.phone",
    "联系人邮箱": "contact.email", "contactemail": "contact.email", "outpostid": "id",
}  # fmt: skip
_CONTAINS = (
    ("联系人电话", CONTACT_PHONE), ("联系人手机", CONTACT_PHONE), ("联系人", CONTACT_NAME),
    ("手机", "phones"), ("电话", "phones"), ("phone", "phones"), ("邮箱", "email"),
    ("mail", "email"), ("地址", "address"), ("名称", "name"), ("标签", "tags"),
    ("备注", "notes"), ("信用代码", "registration_no"),
)  # fmt: skip

_PUNCT = re.compile(r"[\s_*.:：（）()\[\]【】#]+")


def normalise(header: str) -> str:
    return _PUNCT.sub("", unicodedata.normalize("NFKC", header).casefold())


def guess(headers: Sequence[str]) -> Mapping:
    """A target per header: the first column of a field gets it, later ones are left out
    unless the field takes several (phones, tags, notes)."""
    taken: set[str] = set()
    out: Mapping = {}
    for header in headers:
        target = guess_one(header)
        if target and target in taken and target not in MERGED:
            target = IGNORE
        taken.add(target)
        out[header] = target
    return out


def guess_one(header: str) -> str:
    key = normalise(header)
    if not key:
        return IGNORE
    found = _EXACT.get(key)
    if found is not None:
        return found
    return next((target for word, target in _CONTAINS if word in key), IGNORE)


def header_key(headers: Sequence[str]) -> str:
    """The digest naming a header set, so its mapping is remembered (order matters not)."""
    joined = "\x1f".join(sorted(normalise(h) for h in headers))
    return hashlib.sha256(joined.encode()).hexdigest()


# Words for the closed value sets, as a user types them in either language (and the stored
# value itself): 个人 -> person, 贵宾 -> premium...
_WORDS: dict[str, dict[str, str]] = {
    "kind": {
        "个人": CustomerKind.PERSON, "人员": CustomerKind.PERSON, "person": CustomerKind.PERSON,
        "individual": CustomerKind.PERSON, "企业": CustomerKind.COMPANY,
        "公司": CustomerKind.COMPANY, "单位": CustomerKind.COMPANY,
        "company": CustomerKind.COMPANY, "business": CustomerKind.COMPANY,
    },
    "tier": {
        "贵宾": Tier.PREMIUM, "vip": Tier.PREMIUM, "premium": Tier.PREMIUM,
        "重要": Tier.MAJOR, "重点": Tier.MAJOR, "大客户": Tier.MAJOR, "major": Tier.MAJOR,
        "普通": Tier.ORDINARY, "一般": Tier.ORDINARY, "ordinary": Tier.ORDINARY,
        "受限": Tier.RESTRICTED, "restricted": Tier.RESTRICTED, "潜在": Tier.POTENTIAL,
        "potential": Tier.POTENTIAL,
    },
    "status": {
        "线索": LifecycleStatus.LEAD, "lead": LifecycleStatus.LEAD,
        "意向": LifecycleStatus.PROSPECT, "prospect": LifecycleStatus.PROSPECT,
        "活跃": LifecycleStatus.ACTIVE, "active": LifecycleStatus.ACTIVE,
        "休眠": LifecycleStatus.DORMANT, "dormant": LifecycleStatus.DORMANT,
        "流失": LifecycleStatus.CHURNED, "churned": LifecycleStatus.CHURNED,
    },
    "company_size": {
        "微型": CompanySize.MICRO, "micro": CompanySize.MICRO, "小型": CompanySize.SMALL,
        "small": CompanySize.SMALL, "中型": CompanySize.MEDIUM, "medium": CompanySize.MEDIUM,
        "大型": CompanySize.LARGE, "large": CompanySize.LARGE, "特大型": CompanySize.ENTERPRISE,
        "enterprise": CompanySize.ENTERPRISE,
    },
}  # fmt: skip
_WORD_CUT = re.compile(r"[\s（(].*$")


def choice_value(field: str, text: str) -> str:
    """The stored value a word of a closed set stands for; the text itself when unknown (the
    shared validation then refuses it as `invalid_choice`)."""
    words = _WORDS.get(field)
    if words is None:
        return text
    key = text.strip().casefold()
    found = words.get(key) or words.get(_WORD_CUT.sub("", key))
    return str(found) if found is not None else text.strip()
