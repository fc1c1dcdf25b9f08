"""Search keys: the per-character pinyin shortcut must give exactly what pypinyin gives."""

import random

from pypinyin import lazy_pinyin

from app.search_keys import _pinyin, customer_keys
from server import demo_names


def _reference(name: str) -> tuple[str, str]:
    syllables = [s.lower() for s in lazy_pinyin(name, errors="ignore") if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def test_pinyin_matches_pypinyin_on_thousands_of_names():
    rng = random.Random(7)
    chars = "".join(s[0] for s in demo_names.SURNAMES) + "".join(g[0] for g in demo_names.GIVEN)
    chars += "重庆银行长乐单曾解朴市场发展"
    names = ["".join(rng.choice(chars) for _ in range(rng.randint(2, 6))) for _ in range(5000)]
    names += ["重庆市长江科技有限公司", "中国银行", "长春 ABC 3M 女装", "曾经", "单于", "Zhang Wei"]
    assert [_pinyin(n) for n in names] == [_reference(n) for n in names]


def test_phrase_context_is_kept():
    assert _pinyin("重庆") == ("chongqing", "cq")  # not zhongqing
    assert _pinyin("银行") == ("yinhang", "yh")  # not yinxing
    assert "zhangwei zw 13800138000" in customer_keys("张伟", ["138-0013-8000"])
