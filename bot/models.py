"""Plain data types of the core. No I/O, no platform knowledge.

Every offset (`start`) is a character offset into the stored article text, so a
quote, figure or summary sentence can always be shown and checked against it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Passage:
    """A verbatim piece of article text and where it starts."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Quote:
    text: str  # verbatim text between the quotation marks
    start: int
    speaker: str | None = None
    cue: str | None = None  # the attribution word, e.g. "sagte", "said", "laut"
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "speaker": self.speaker, "start": self.start}


@dataclass(frozen=True)
class Figure:
    text: str  # verbatim surface, e.g. "fast 60 %"
    start: int
    value: float | None
    unit: str | None = None
    context: str = ""
    approx: bool = False
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "context": self.context,
            "start": self.start,
        }


@dataclass(frozen=True)
class ArticleRef:
    """What a briefing says about the article it briefs."""

    id: int | None
    title: str | None
    url: str | None
    language: str
    words: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Briefing:
    article: ArticleRef
    summary: tuple[Passage, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    engine: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "summary": [p.text for p in self.summary],
            "quotes": [q.to_dict() for q in self.quotes],
            "figures": [f.to_dict() for f in self.figures],
            "engine": self.engine,
        }

    def to_cache(self) -> dict[str, Any]:
        """Lossless form for the briefing cache (keeps offsets and scores)."""
        return {
            "article": self.article.to_dict(),
            "summary": [asdict(p) for p in self.summary],
            "quotes": [asdict(q) for q in self.quotes],
            "figures": [asdict(f) for f in self.figures],
            "engine": self.engine,
        }

    @classmethod
    def from_cache(cls, data: dict[str, Any]) -> "Briefing":
        return cls(
            article=ArticleRef(**data["article"]),
            summary=tuple(Passage(**p) for p in data["summary"]),
            quotes=tuple(Quote(**q) for q in data["quotes"]),
            figures=tuple(Figure(**f) for f in data["figures"]),
            engine=data["engine"],
        )

    def with_article(self, article: "Article") -> "Briefing":
        ref = ArticleRef(
            id=article.id,
            title=article.title or self.article.title,
            url=article.url,
            language=article.language or self.article.language,
            words=self.article.words,
        )
        return Briefing(ref, self.summary, self.quotes, self.figures, self.engine)


@dataclass(frozen=True)
class Answer:
    question: str
    passages: tuple[Passage, ...]  # best matching verbatim sentences, best first
    engine: str
    article_id: int | None = None
    text: str | None = None  # a composed answer (LLM engine); passages stay the evidence

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "article_id": self.article_id,
            "text": self.text,
            "passages": [asdict(p) for p in self.passages],
            "engine": self.engine,
        }


@dataclass(frozen=True)
class ArticleDraft:
    """An article as ingest produced it, before it is stored."""

    text: str
    source: str  # "url", "file", "paste", "stdin"
    url: str | None = None  # canonical URL, when fetched from one
    title: str | None = None
    author: str | None = None
    language: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True)
class Article:
    id: int
    text: str
    content_hash: str
    source: str
    fetched_at: datetime
    url: str | None = None
    title: str | None = None
    author: str | None = None
    language: str | None = None
    published_at: datetime | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class ArticleSummary:
    """A row of an article listing or search result."""

    id: int
    title: str | None
    url: str | None
    language: str | None
    fetched_at: datetime
    words: int = 0
    snippet: str | None = None


@dataclass(frozen=True)
class Post:
    """A platform message that shows a briefing; its thread belongs to that article."""

    channel: str  # "PLATFORM:ID", e.g. "slack:C0123", "discord:98765", "console:local"
    message_id: str
    thread_id: str  # the id replies use to address the thread (Slack thread_ts, Discord thread id)
    article_id: int
    engine: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class Ingested:
    article: Article
    created: bool  # False when the article was already stored (dedup)


@dataclass(frozen=True)
class BriefResult:
    briefing: Briefing
    article: Article
    created: bool
    cached: bool = False


def channel_key(platform: str, channel_id: str) -> str:
    return f"{platform}:{channel_id}"


@dataclass(frozen=True)
class Source:
    """What a user asked us to brief: exactly one of url, text, data."""

    url: str | None = None
    text: str | None = None
    data: bytes | None = None
    filename: str | None = None  # for data: decides the format by its extension
    title: str | None = None
    origin: str = "paste"  # "paste", "stdin", "file", "url", "slack-file", ...
    meta: dict[str, Any] = field(default_factory=dict)
