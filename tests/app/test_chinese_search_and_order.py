"""Search and order for Chinese users (issue 16, item 7), on a real replica file.

The expected orders are written by hand, as a Chinese reader sorts: by pinyin syllable by
syllable (陈 chen before 程 cheng, 刘 liu before 卢 lu before 吕 lü), tones only between equal
syllables, a surname read as a surname (曾 zeng, 单 shan), Latin names before Chinese ones.
"""

import random

from app.customer_list import CustomerList
from app.search import Search
from app.search_keys import sort_key

NAMES_IN_PINYIN_ORDER = [
    "安然",  # an
    "白雪",  # bai
    "蔡明",  # cai
    "陈静",  # chen jing
    "陈静怡",  # chen jing yi: a longer name after its prefix
    "程晓",  # cheng: chen < cheng
    "邓超",  # deng
    "郭靖",  # guo
    "黄蓉",  # huang
    "李娜",  # li na
    "李宁",  # li ning: na < ning
    "刘洋",  # liu
    "卢伟",  # lu
    "吕方",  # lü, after lu
    "马云",  # ma
    "单田芳",  # shan as a surname (dan elsewhere: it would sort before 邓)
    "孙俪",  # sun
    "王芳",  # wang
    "曾小贤",  # zeng as a surname (ceng elsewhere: it would sort before 陈)
    "张伟",  # zhang
]
# Code-point order puts 单 (U+5355) before 吕 (U+5415) before 安 (U+5B89): nothing like this.
CITIES_IN_PINYIN_ORDER = ["北京", "长沙", "重庆", "广州", "杭州", "南京", "上海", "厦门"]
# bei, chang (长 of 长沙, not zhang), chong (重 of 重庆, not zhong), guang, hang, nan, shang, xia


def _shuffled(values: list[str]) -> list[str]:
    out = list(values)
    random.Random(16).shuffle(out)
    assert out != values
    return out


def test_twenty_chinese_names_list_in_pinyin_order(records, replica):
    ids = {}
    for name in _shuffled(NAMES_IN_PINYIN_ORDER):
        ids[records.create("customer", {"name": name, "kind": "person"})["id"]] = name
    customers = CustomerList(replica)
    assert [ids[i] for i in customers.ids()] == NAMES_IN_PINYIN_ORDER
    descending = customers.ids(descending=True)
    assert [ids[i] for i in descending] == NAMES_IN_PINYIN_ORDER[::-1]
    assert sorted(NAMES_IN_PINYIN_ORDER, key=lambda n: sort_key(n, person=True)) == (
        NAMES_IN_PINYIN_ORDER
    )


def test_a_renamed_customer_moves_to_its_new_place(records, replica):
    first = records.create("customer", {"name": "白雪", "kind": "person"})
    records.create("customer", {"name": "陈静", "kind": "person"})
    records.update("customer", first["id"], {"name": "张伟"})
    assert CustomerList(replica).ids()[-1] == first["id"]


def test_companies_read_as_words_latin_names_first(records, replica):
    names = ["曾经的梦想公司", "重庆银行", "ABB中国", "阿里巴巴", "zeta 咨询", "长城汽车"]
    for name in names:
        records.create("customer", {"name": name, "kind": "company"})
    listed = [records.get("customer", i)["name"] for i in CustomerList(replica).ids()]
    # ABB and zeta (Latin) first; then a (阿), ceng (曾经: not a surname here), chang (长城),
    # chong (重庆)
    assert listed == ["ABB中国", "zeta 咨询", "阿里巴巴", "曾经的梦想公司", "长城汽车", "重庆银行"]


def test_city_drop_down_and_city_column_in_pinyin_order(records, replica):
    for city in _shuffled(CITIES_IN_PINYIN_ORDER):
        records.create("customer", {"name": f"{city}客户", "city": city})
    customers = CustomerList(replica)
    assert customers.cities() == CITIES_IN_PINYIN_ORDER
    by_city = [records.get("customer", i)["city"] for i in customers.ids(order_by="city")]
    assert by_city == CITIES_IN_PINYIN_ORDER


def _book(records):
    company = records.create("customer", {"name": "安泰科技", "kind": "company"})
    person = records.create(
        "customer", {"name": "张伟", "kind": "person", "phones": ["138 0013 8000"]}
    )
    records.create("customer", {"name": "曾小贤", "kind": "person"})
    contact = records.create(
        "contact",
        {"customer_id": company["id"], "name": "张伟春", "phones": ["139-1234-5678"]},
    )
    return company, person, contact


def test_pinyin_with_spaces_initials_and_full_pinyin_find_a_contact(records, replica):
    company, person, contact = _book(records)
    search = Search(replica)

    def found(query, kind):
        return [(h.row_id, h.customer_id) for h in search.find(query) if h.kind == kind]

    for query in ("zhang wei", "Zhang Wei", "zwc", "zhangweichun", "zhang wei chun", "张伟春"):
        assert found(query, "contact") == [(contact["id"], company["id"])], query
    assert found("zhang wei", "customer") == [(person["id"], person["id"])]
    assert found("5678", "contact") == [(contact["id"], company["id"])]  # phone digits
    for query in ("zengxiaoxian", "zxx", "cengxiaoxian"):  # the surname's reading, and the other
        assert [h.title for h in search.find(query) if h.kind == "customer"] == ["曾小贤"]
    records.delete("contact", contact["id"])
    assert found("zwc", "contact") == []


def test_a_word_of_a_task_title_finds_the_task(records, replica):
    company, _person, _contact = _book(records)
    task = records.create(
        "task", {"customer_id": company["id"], "title": "确认报价单", "kind": "todo"}
    )
    alone = records.create("task", {"title": "Send the quote to head office", "kind": "todo"})
    search = Search(replica)
    hits = [h for h in search.find("报价") if h.kind == "task"]  # a two-character word
    assert [(h.row_id, h.customer_id, h.title, h.detail) for h in hits] == [
        (task["id"], company["id"], "确认报价单", "安泰科技")
    ]
    hits = [h for h in search.find("QUOTE") if h.kind == "task"]
    assert [(h.row_id, h.customer_id) for h in hits] == [(alone["id"], None)]  # no customer
    assert [h for h in search.find("q%e") if h.kind == "task"] == []  # % is no wildcard
    done = records.create("task", {"title": "报价单模板", "kind": "todo", "done": True})
    hits = [h.row_id for h in search.find("报价") if h.kind == "task"]
    assert hits == [task["id"], done["id"]]  # open tasks first
    records.delete("task", task["id"])
    assert [h.row_id for h in search.find("报价") if h.kind == "task"] == [done["id"]]


def test_text_hits_show_the_words_that_matched(records, replica):
    _company, person, _contact = _book(records)
    body = "客户说今年的预算已经批下来了，希望在三月底之前看到完整的理财产品方案和报价。"
    visit = records.create(
        "interaction",
        {
            "customer_id": person["id"],
            "kind": "visit",
            "subject": "季度回访",
            "body": body,
            "next_step": "下周二寄送合同草稿",
        },
    )
    search = Search(replica)
    (notes,) = [h for h in search.find("理财产品") if h.kind == "interaction"]
    assert (notes.row_id, notes.title, notes.field) == (visit["id"], "季度回访", "body")
    assert notes.excerpt == "…批下来了，希望在三月底之前看到完整的理财产品方案和报价。"
    (step,) = [h for h in search.find("合同草稿") if h.kind == "interaction"]
    assert (step.field, step.excerpt) == ("next_step", "下周二寄送合同草稿")
    (subject,) = [h for h in search.find("季度回访") if h.kind == "interaction"]
    assert (subject.field, subject.excerpt) == (None, "")  # the title shows it already
