"""The duplicate check's keys and verdict (sync/protocol/dedupe.py), shared by replica and server."""

import pytest

from sync.protocol.dedupe import (
    COMPANY,
    PERSON,
    PHONE,
    Reason,
    company_key,
    customer_keys,
    duplicate_reasons,
    email_key,
    mask_name,
    mask_phone,
    person_key,
    phone_key,
    registration_key,
)


@pytest.mark.parametrize(
    "raw",
    [
        "+86 138-0013-8000",
        "13800138000",
        "0086 138 0013 8000",
        "8613800138000",
        "138.0013.8000",
        "(138) 0013 8000",
        "＋８６ １３８００１３８０００",
        "+86 138 0013 8000 ext. 12",
    ],
)
def test_one_mobile_in_every_format_has_one_key(raw: str) -> None:
    assert phone_key(raw) == "13800138000"


@pytest.mark.parametrize(
    "raw", ["(021) 6234-5678", "021-62345678", "+86 21 6234 5678", "0086-21-62345678"]
)
def test_a_landline_keeps_its_area_code_without_the_trunk_zero(raw: str) -> None:
    assert phone_key(raw) == "2162345678"


def test_short_numbers_and_foreign_numbers() -> None:
    assert phone_key("95588") is None
    assert phone_key("") is None
    assert phone_key("--") is None
    assert phone_key("6234-5678") == "62345678"  # no area code: not the same as 021 6234-5678
    assert phone_key("+1 (415) 555-0100") == "+14155550100"
    assert phone_key("001 415 555 0100") == "+14155550100"
    assert phone_key("+1 415 555 0100") != phone_key("4155550100")


def test_company_names_without_their_legal_form() -> None:
    assert company_key("蓝石食品有限公司") == company_key("蓝石食品股份有限公司") == "蓝石食品"
    assert (
        company_key("蓝石食品有限责任公司") == company_key("蓝石食品(中国)有限公司") == "蓝石食品"
    )
    assert company_key("蓝石食品（集团）有限公司") == company_key("蓝石食品集团") == "蓝石食品"
    assert (
        company_key("Bluestone Foods Co., Ltd.")
        == company_key("Bluestone Foods")
        == "bluestonefoods"
    )
    assert (
        company_key("BLUESTONE FOODS CO.,LTD")
        == company_key("Bluestone Foods Inc.")
        == "bluestonefoods"
    )
    assert (
        company_key("Bluestone Foods Limited")
        == company_key("Bluestone Foods LLC")
        == "bluestonefoods"
    )
    assert (
        company_key("Bluestone Foods Group Corp.")
        == company_key("Ｂｌｕｅｓｔｏｎｅ　Ｆｏｏｄｓ")
        == "bluestonefoods"
    )
    # A branch is its own customer; a different word is a different company.
    assert company_key("蓝石食品上海分公司") != company_key("蓝石食品有限公司")
    assert company_key("蓝石饮料有限公司") != company_key("蓝石食品有限公司")
    # A name that is only a legal form keeps something to compare.
    assert company_key("有限公司") != ""
    assert company_key("Group Ltd.") != ""


def test_person_names_by_toneless_pinyin() -> None:
    assert person_key("张伟") == person_key("張偉") == person_key("Zhang Wei") == "zhangwei"
    assert person_key("ZHANG-WEI") == "zhangwei"
    assert person_key("曾丽") == "zengli"  # a surname read as a surname
    assert person_key("章伟") == "zhangwei"  # the same sound: the phone decides
    assert person_key("王芳") != person_key("张伟")


@pytest.mark.parametrize(
    "name",
    [
        "张伟芳",
        "王建国",
        "重庆",
        "曾重庆",
        "单田芳",
        "李长江大桥",
        "张伟2号",
        "ab张c伟",
        "〇一",
        "𠀀张",
        "乐",
    ],
)
def test_person_keys_read_as_pypinyin_reads_the_whole_name(name: str) -> None:
    """Names without a phrase are read a character at a time from a cache (an import of
    100,000 people): the same key as pypinyin reading the whole name, phrases (重庆
    chongqing, 长江 changjiang) and a surname's reading included."""
    from pypinyin import lazy_pinyin

    parts = lazy_pinyin(name)
    surname = {"曾": "zeng", "单": "shan", "乐": "yue"}.get(name[0])
    if surname:
        parts = [surname, *parts[1:]]
    assert person_key(name) == "".join(parts).casefold()


def test_registration_numbers_and_emails() -> None:
    assert registration_key("91310000 MA1K-3XXXX1") == registration_key("91310000ma1k3xxxx1")
    assert registration_key("  ") is None
    assert registration_key("123") is None
    assert registration_key(None) is None
    assert email_key(" Wei.Zhang@Example.COM ") == "wei.zhang@example.com"
    assert email_key("not an address") is None


def test_customer_keys() -> None:
    keys = customer_keys(
        "company", "蓝石食品有限公司", ["+86 138-0013-8000", "95588"], "Info@LS.cn", "9131 0000"
    )
    assert keys == {
        ("phone", "13800138000"),
        ("company", "蓝石食品"),
        ("email", "info@ls.cn"),
        ("reg", "91310000"),
    }
    assert customer_keys("person", "张伟", []) == {("person", "zhangwei")}
    assert customer_keys("person", "", []) == frozenset()


def test_verdicts() -> None:
    zhang = customer_keys("person", "张伟", ["+86 138-0013-8000"])
    assert duplicate_reasons(zhang, customer_keys("person", "張偉", ["13800138000"])) == (
        Reason.PHONE,
        Reason.PERSON_NAME_AND_PHONE,
    )
    assert duplicate_reasons(
        zhang, customer_keys("person", "Zhang Wei", ["0086 138 0013 8000"])
    ) == (
        Reason.PHONE,
        Reason.PERSON_NAME_AND_PHONE,
    )
    # The same name alone is not a duplicate: China has many 张伟.
    assert duplicate_reasons(zhang, customer_keys("person", "张伟", ["13900139000"])) == ()
    # The same phone is.
    assert duplicate_reasons(zhang, customer_keys("person", "王芳", ["13800138000"])) == (
        Reason.PHONE,
    )
    assert duplicate_reasons(
        customer_keys("company", "蓝石食品有限公司", []),
        customer_keys("company", "蓝石食品股份有限公司", []),
    ) == (Reason.COMPANY_NAME,)
    assert duplicate_reasons(
        customer_keys("company", "Bluestone Foods Co., Ltd.", []),
        customer_keys("company", "Bluestone Foods", []),
    ) == (Reason.COMPANY_NAME,)
    assert duplicate_reasons(
        customer_keys("company", "A 公司", [], registration_no="91310000MA1K"),
        customer_keys("company", "B 公司", [], registration_no="91310000-ma1k"),
    ) == (Reason.REGISTRATION_NO,)
    # A company and a person of the same words are not compared by name.
    assert (
        duplicate_reasons(
            customer_keys("company", "Zhang Wei", []), customer_keys("person", "Zhang Wei", [])
        )
        == ()
    )
    # Same e-mail alone is not a reason.
    assert (
        duplicate_reasons(
            customer_keys("person", "A", [], "x@y.cn"), customer_keys("person", "B", [], "x@y.cn")
        )
        == ()
    )


def test_tags_are_the_documented_ones() -> None:
    assert {PHONE, COMPANY, PERSON} <= {"phone", "company", "person"}


def test_masks() -> None:
    assert mask_name("张伟") == "张*"
    assert mask_name("蓝石食品有限公司") == "蓝石******"
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("2162345678") == "216***5678"


def test_keys_fit_the_key_tables() -> None:
    keys = customer_keys("person", "张" * 200, ["1" * 40], "a" * 240 + "@example.com", "9" * 64)
    assert keys and all(len(value) <= 200 for _, value in keys)
