"""The knowledge base on a real replica (issue 21, item 5): Ctrl+K finds articles by their
words and their pinyin, drafts stay their author's until published, and a request's
suggestions list the articles and resolved requests about the same thing."""

from app.knowledge import KnowledgeBase
from app.search import Search

ARTICLE = {
    "title": "打印机卡纸",
    "problem": "打印时纸张卡在出纸口，指示灯闪烁。",
    "solution": "关机后打开后盖，取出卡纸，清洁搓纸轮。",
    "tags": ["打印机", "硬件"],
    "product_line": "办公设备",
    "published": True,
}


def test_articles_are_found_by_words_and_pinyin_and_drafts_stay_their_authors(records, replica):
    manager = KnowledgeBase(records, "manager")
    article = records.create("knowledge_article", ARTICLE)
    draft = records.create(
        "knowledge_article", {"title": "打印机缺墨", "author_id": "someone-else"}
    )
    search = Search(replica)
    search.more.append(KnowledgeBase(records, "rep").find)
    for typed in ("打印机卡纸", "dayinjikazhi", "da yin ji", "dyjkz", "硬件", "搓纸轮"):
        hits = [(h.kind, h.row_id) for h in search.find(typed)]
        assert ("knowledge_article", article["id"]) in hits, typed
    # a colleague's draft is not a rep's to find; a manager sees it
    assert [h.row_id for h in search.find("打印机缺墨")] == []
    assert [h.row_id for h in manager.find("打印机缺墨")] == [draft["id"]]
    assert manager.find("打印机卡纸")[0].detail == "办公设备 · 打印机, 硬件"


def test_suggestions_list_articles_and_resolved_requests_about_the_same_thing(records):
    kb = KnowledgeBase(records, "rep")
    article = records.create("knowledge_article", ARTICLE)
    records.create("knowledge_article", {"title": "网络打不开", "published": True})
    customer = records.create("customer", {"name": "华信科技"})

    def request(subject: str, status: str, resolution: str | None = None) -> str:
        values = {"customer_id": customer["id"], "subject": subject, "status": status}
        return records.create("service_request", {**values, "resolution": resolution})["id"]

    solved = request("前台打印机卡纸", "resolved", "清理了搓纸轮")
    request("打印机卡纸又来了", "new")  # not resolved: nothing to learn from yet
    request("路由器坏了", "closed", "换了路由器")
    current = request("打印机老是卡纸", "new")
    found = kb.suggestions("打印机老是卡纸", exclude=current)
    assert [(s.kind, s.row_id) for s in found] == [
        ("knowledge_article", article["id"]),
        ("service_request", solved),
    ]
    assert found[1].detail == "清理了搓纸轮"


def test_a_resolution_is_saved_as_a_draft_and_a_manager_publishes_it(records):
    customer = records.create("customer", {"name": "华信科技"})
    request = records.create(
        "service_request",
        {
            "customer_id": customer["id"],
            "subject": "投影仪无信号",
            "kind": "complaint",
            "category": "Product quality",
            "customer_words": "开会时投影仪一直无信号",
            "status": "resolved",
            "resolution": "更换了HDMI线",
        },
    )
    draft = KnowledgeBase(records, "rep").save_resolution(request["id"])
    assert (draft["title"], draft["solution"], draft["published"]) == (
        "投影仪无信号",
        "更换了HDMI线",
        False,
    )
    assert draft["problem"] == "开会时投影仪一直无信号" and draft["tags"] == ["Product quality"]
    assert draft["source_request_id"] == request["id"]
    assert KnowledgeBase(records, "manager").publish(draft["id"])["published"] is True
