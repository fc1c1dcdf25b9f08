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
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from sync.protocol.entities import KnowledgeArticle, ServiceRequest
from sync.protocol.enums import Role, ServiceStatus

from .changes import Changes
from .records import Records, Row
from .search import Hit
from .search_keys import customer_keys

PUBLISHERS = frozenset({Role.MANAGER.value, Role.ADMIN.value})
_HAN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9]{3,}")
_SPACES = re.compile(r"\s+")
RESOLVED = (ServiceStatus.RESOLVED.value, ServiceStatus.CLOSED.value)


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
        self._requests: tuple[list[tuple[str, str, str]], dict[str, list[int]]] = ([], {})
        self._request_stamp: tuple[Any, ...] | None = None
        self._article_postings: dict[str, list[int]] = {}  # term -> published articles
        # What is kept in memory is read again after a local edit (the feed says so) or when
        # the highest change number differs (a sync round stored rows): no scan to find out.
        self._dirty = {"knowledge_article": True, "service_request": True}
        records.feed.subscribe(self._changed)

    def _changed(self, changes: Changes) -> None:
        for entity in self._dirty:
            if changes.touches([entity]):
                self._dirty[entity] = True

    @property
    def may_publish(self) -> bool:
        return self.role in PUBLISHERS

    # --- reading -------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every live article, with its search keys (built again only when articles changed)."""
        table = KnowledgeArticle
        with self.records.replica.reading() as session:
            stamp = (session.scalar(select(func.max(table.version))),)
            if stamp == self._stamp and not self._dirty["knowledge_article"]:
                return self._articles
            self._dirty["knowledge_article"] = False
            rows = session.scalars(select(table).where(table.deleted_at.is_(None))).all()
            articles = [_article(row) for row in rows]
        postings: dict[str, list[int]] = {}
        for at, article in enumerate(articles):
            if article.published:
                for term in article.terms:
                    postings.setdefault(term, []).append(at)
        self._articles, self._stamp, self._article_postings = articles, stamp, postings
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
        articles = self.articles()
        shared = _shared(wanted, self._article_postings)
        found = [
            Suggestion("knowledge_article", a.id, a.title, a.summary, score)
            for at, score in _best(shared, _enough(wanted), limit)
            if (a := articles[at]).published
        ]
        similar = self._resolved(wanted, exclude, limit)
        return found[:limit] + similar[:limit]

    def _resolved(self, wanted: set[str], exclude: str | None, limit: int) -> list[Suggestion]:
        """Resolved requests sharing the most terms with `wanted`, through an index of their
        subjects' terms kept in memory (made again when the requests changed)."""
        entries, postings = self._request_index()
        out = [
            Suggestion("service_request", entries[i][0], entries[i][1], entries[i][2], score)
            for i, score in _best(_shared(wanted, postings), _enough(wanted), limit + 1)
            if entries[i][0] != exclude
        ]
        return out[:limit]

    def _request_index(self) -> tuple[list[tuple[str, str, str]], dict[str, list[int]]]:
        table = ServiceRequest
        with self.records.replica.reading() as session:
            stamp = (session.scalar(select(func.max(table.version))),)
            if stamp == self._request_stamp and not self._dirty["service_request"]:
                return self._requests
            self._dirty["service_request"] = False
            query = select(table.id, table.subject, table.resolution).where(
                table.deleted_at.is_(None),
                table.status.in_(RESOLVED),
                table.resolution.is_not(None),
            )
            rows = session.execute(query).all()
        entries: list[tuple[str, str, str]] = []
        postings: dict[str, list[int]] = {}
        for row_id, subject, resolution in rows:
            at = len(entries)
            entries.append((row_id, subject, _summary(resolution)))
            for term in terms(subject):
                postings.setdefault(term, []).append(at)
        self._requests, self._request_stamp = (entries, postings), stamp
        return self._requests

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


def _shared(wanted: Iterable[str], postings: dict[str, list[int]]) -> Counter[int]:
    """How many of the wanted terms each entry has (entries with none left out)."""
    shared: Counter[int] = Counter()
    for term in wanted:
        shared.update(postings.get(term, ()))
    return shared


def _best(shared: Counter[int], enough: int, limit: int) -> list[tuple[int, int]]:
    """The `limit` entries sharing the most terms (at least `enough`), most first; among equal
    scores the earlier entry."""
    top = shared.most_common(limit * 4)
    top.sort(key=lambda pair: (-pair[1], pair[0]))
    return [(at, score) for at, score in top if score >= enough][:limit]


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
