"""The knowledge base on the replica (issue 21, item 5): problems and their solutions,
company-wide, on every laptop, so they are found offline.

- `find`: Ctrl+K's article hits (published ones, and one's own drafts; managers see every
  draft), matched like customers: the words as typed, full pinyin and initials (打印机卡纸,
  dayinjikazhi, dyjkz), tags and product line, and the problem and solution text.
- `suggestions`: for a request, the published articles and the resolved requests whose
  subject and text share the most words with it (Chinese: character pairs).
- `save_resolution`: a resolved request's problem and resolution as a draft article;
  managers and administrators publish (the server refuses anyone else's publishing).
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from sync.protocol.entities import KnowledgeArticle, ServiceRequest
from sync.protocol.enums import Role, ServiceStatus

from .records import Records, Row
from .search import Hit
from .search_keys import customer_keys

PUBLISHERS = frozenset({Role.MANAGER.value, Role.ADMIN.value})
_HAN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9]{3,}")
_SPACES = re.compile(r"\s+")
RESOLVED = (ServiceStatus.RESOLVED.value, ServiceStatus.CLOSED.value)
CANDIDATES = 200  # resolved requests read per suggestion, before scoring


def terms(text: str) -> set[str]:
    """What two texts must share to be alike: Chinese character pairs, other words of three
    letters or more (lower case)."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    out = {w for w in _WORD.findall(text)}
    for run in _HAN.findall(text):
        if len(run) == 1:
            out.add(run)
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    product_line: str | None
    tags: tuple[str, ...]
    published: bool
    author_id: str | None
    version: int
    heading: str  # title, tags, product line (lower case)
    text: str  # problem and solution (lower case)
    terms: frozenset[str]
    summary: str  # the solution's first words, as written


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "knowledge_article" | "service_request"
    row_id: str
    title: str
    detail: str  # the solution's (or resolution's) first words
    score: int


class KnowledgeBase:
    def __init__(self, records: Records, role: str | None = None) -> None:
        self.records = records
        self.role = role
        self._articles: list[Article] = []
        self._stamp: tuple[Any, ...] | None = None
        self._keys: dict[str, str] = {}  # title -> its pinyin keys, made when first searched

    @property
    def may_publish(self) -> bool:
        return self.role in PUBLISHERS

    # --- reading -------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every live article, with its search keys (built again only when articles changed)."""
        table = KnowledgeArticle
        stamp_query = select(func.count(), func.max(table.version), func.max(table.updated_at))
        with self.records.replica.reading() as session:
            stamp = tuple(session.execute(stamp_query.where(table.deleted_at.is_(None))).one())
            if stamp == self._stamp:
                return self._articles
            rows = session.scalars(select(table).where(table.deleted_at.is_(None))).all()
            articles = [_article(row) for row in rows]
        self._articles, self._stamp = articles, stamp
        return articles

    def keys(self, article: Article) -> str:
        """What Ctrl+K matches: the heading, the title's pinyin and initials."""
        spelled = self._keys.get(article.title)  # pinyin depends on the title alone
        if spelled is None:
            spelled = self._keys[article.title] = customer_keys(article.title)
        return f"{spelled} {article.heading}"

    def visible(self, article: Article) -> bool:
        """Published ones to everyone; drafts to their author and to managers."""
        return article.published or self.may_publish or article.author_id == self.records.user_id

    def find(self, query: str, limit: int = 8) -> list[Hit]:
        q = unicodedata.normalize("NFKC", query).strip().lower()
        if not q:
            return []
        compact = _SPACES.sub("", q)
        hits: list[tuple[int, Article]] = []
        for article in self.articles():
            if not self.visible(article):
                continue
            keys = self.keys(article)
            if q in keys or compact in keys:
                hits.append((0, article))
            elif len(q) >= 2 and q in article.text:
                hits.append((1, article))
        hits.sort(key=lambda pair: (pair[0], not pair[1].published, pair[1].title))
        return [
            Hit(
                "knowledge_article",
                None,
                a.id,
                a.title,
                " · ".join(p for p in (a.product_line or "", ", ".join(a.tags)) if p),
            )
            for _rank, a in hits[:limit]
        ]

    def suggestions(
        self, subject: str, text: str = "", exclude: str | None = None, limit: int = 5
    ) -> list[Suggestion]:
        """Published articles first, then resolved requests, most words shared first."""
        wanted = terms(f"{subject} {text}")
        if not wanted:
            return []
        found = [
            Suggestion("knowledge_article", a.id, a.title, a.summary, score)
            for a in self.articles()
            if a.published and (score := len(wanted & a.terms)) >= _enough(wanted)
        ]
        found.sort(key=lambda s: (-s.score, s.title))
        similar = self._resolved(wanted, exclude)
        return found[:limit] + similar[:limit]

    def _resolved(self, wanted: set[str], exclude: str | None) -> list[Suggestion]:
        probe = sorted(wanted, key=len, reverse=True)[:8]
        query = (
            select(ServiceRequest.id, ServiceRequest.subject, ServiceRequest.resolution)
            .where(
                ServiceRequest.deleted_at.is_(None),
                ServiceRequest.status.in_(RESOLVED),
                ServiceRequest.resolution.is_not(None),
                ServiceRequest.id != (exclude or ""),
                or_(*(func.instr(func.lower(ServiceRequest.subject), t) > 0 for t in probe)),
            )
            .limit(CANDIDATES)
        )
        with self.records.replica.reading() as session:
            rows = session.execute(query).all()
        out = [
            Suggestion("service_request", row_id, subject, _summary(resolution), score)
            for row_id, subject, resolution in rows
            if (score := len(wanted & terms(subject))) >= _enough(wanted)
        ]
        out.sort(key=lambda s: (-s.score, s.title))
        return out

    # --- writing -------------------------------------------------------------------------

    def save_resolution(self, request_id: str) -> Row:
        """A draft article from a resolved request: its subject, problem and resolution."""
        request = self.records.get("service_request", request_id)
        problem = "\n\n".join(
            p for p in (request.get("customer_words"), request.get("description")) if p
        )
        values = {
            "title": request["subject"],
            "problem": problem or request["subject"],
            "solution": request.get("resolution"),
            "tags": [request["category"]] if request.get("category") else [],
            "author_id": self.records.user_id,
            "published": False,
            "source_request_id": request_id,
        }
        return self.records.create("knowledge_article", values)

    def publish(self, article_id: str, published: bool = True) -> Row:
        return self.records.update("knowledge_article", article_id, {"published": published})

    def product_lines(self) -> list[str]:
        return sorted({a.product_line for a in self.articles() if a.product_line})


def _enough(wanted: Iterable[str]) -> int:
    """Shared terms that make two texts alike: two, or one for a one-term subject."""
    return 1 if len(set(wanted)) <= 1 else 2


def _article(row: KnowledgeArticle) -> Article:
    tags = tuple(row.tags or ())
    heading = " ".join([row.title, *tags, row.product_line or ""])
    text = f"{row.problem or ''}\n{row.solution or ''}".lower()
    return Article(
        id=row.id,
        title=row.title,
        product_line=row.product_line,
        tags=tags,
        published=bool(row.published),
        author_id=row.author_id,
        version=row.version or 0,
        heading=heading.lower(),
        text=text,
        terms=frozenset(terms(f"{heading} {row.problem or ''}")),
        summary=_summary(row.solution or row.problem),
    )


def _summary(text: str | None, size: int = 80) -> str:
    words = _SPACES.sub(" ", text or "").strip()
    return words if len(words) <= size else words[: size - 1] + "…"
