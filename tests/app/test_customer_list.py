"""The customer list's filters: each narrows the ids, deleted customers never show."""

from app.customer_list import CustomerFilter, CustomerList


def _book(records):
    rows = {
        "wang": records.create(
            "customer", {"name": "王芳", "tier": "premium", "city": "上海", "tags": ["VIP", "茶"]}
        ),
        "li": records.create(
            "customer", {"name": "李娜", "tier": "ordinary", "city": "上海", "tags": ["茶"]}
        ),
        "zhao": records.create(
            "customer", {"name": "赵磊", "tier": "premium", "city": "北京", "status": "lead"}
        ),
    }
    gone = records.create("customer", {"name": "钱进", "tier": "premium", "city": "北京"})
    records.delete("customer", gone["id"])
    return {key: row["id"] for key, row in rows.items()}


def test_each_filter_narrows_and_filters_combine(records):
    ids = _book(records)
    customers = CustomerList(records.replica)
    assert set(customers.ids()) == set(ids.values())
    assert set(customers.ids(CustomerFilter(tier="premium"))) == {ids["wang"], ids["zhao"]}
    assert customers.ids(CustomerFilter(tier="premium", city="上海")) == [ids["wang"]]
    assert customers.ids(CustomerFilter(status="lead")) == [ids["zhao"]]
    assert set(customers.ids(CustomerFilter(tag="茶"))) == {ids["wang"], ids["li"]}
    assert customers.ids(CustomerFilter(tag="VIP", tier="ordinary")) == []
    mine = CustomerFilter(owner_id=records.user_id)
    assert len(customers.ids(mine)) == 3
    assert customers.ids(CustomerFilter(owner_id="someone-else")) == []


def test_choices_come_from_live_customers_in_pinyin_order(records):
    _book(records)
    customers = CustomerList(records.replica)
    assert customers.cities() == ["北京", "上海"]  # bei < shang (code points: 上 < 北)
    assert customers.tags() == ["VIP", "茶"]  # Latin letters before Chinese
    assert customers.owners() == [records.user_id]
    assert customers.total() == 3
    records.delete("customer", customers.ids(CustomerFilter(city="北京"))[0])
    assert customers.cities() == ["上海"]  # only live customers count


def test_sorting_descending_by_city(records):
    ids = _book(records)
    order = CustomerList(records.replica).ids(order_by="city", descending=True)
    # 上海 (shang) after 北京 (bei) by pinyin, though 上 (U+4E0A) comes before 北 (U+5317);
    # within a city by name: 王芳 (wang) after 李娜 (li)
    assert order == [ids["wang"], ids["li"], ids["zhao"]]
