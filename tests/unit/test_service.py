"""BriefingService against in-memory fakes of its ports."""
from __future__ import annotations

import pytest

from bot.errors import BadInput, EngineFailed, NotFound
from bot.models import Post, Source
from bot.service import BriefingService
from tests.unit.fakes import CountingEngine, FakeRepository, TextIngestor

TEXT = "The council approved the tram line. It will cost 1.2 billion euros. Work starts in May."


def make(engine=None, fallback=None):
    repo = FakeRepository()
    service = BriefingService(repo, TextIngestor(), engine or CountingEngine(), fallback=fallback)
    return service, repo


def test_brief_stores_once_and_caches_briefing_per_engine():
    engine = CountingEngine()
    service, repo = make(engine)
    first = service.brief(Source(text=TEXT, title="Tram"), channel="slack:C1", requested_by="U1")
    again = service.brief(Source(text=TEXT, title="Tram"), channel="slack:C2")
    assert first.created and not again.created
    assert not first.cached and again.cached
    assert engine.calls == ["brief"]
    assert first.briefing.article.id == first.article.id == again.article.id
    assert first.briefing.article.title == "Tram"
    assert repo.links == {("slack:C1", 1), ("slack:C2", 1)}


def test_empty_article_is_bad_input():
    service, repo = make()
    with pytest.raises(BadInput):
        service.brief(Source(text="   \n "))
    assert repo.articles == {}


def test_fallback_engine_answers_when_main_engine_fails():
    main, offline = CountingEngine(name="llm", fail=True), CountingEngine(name="offline")
    service, _ = make(main, fallback=offline)
    result = service.brief(Source(text=TEXT))
    assert result.briefing.engine == "offline"
    assert service.ask_article(result.article.id, "When?").engine == "offline"


def test_engine_failure_without_fallback_reaches_the_caller():
    service, _ = make(CountingEngine(fail=True))
    with pytest.raises(EngineFailed):
        service.brief(Source(text=TEXT))


def test_questions_in_a_briefing_thread_are_about_its_article():
    service, _ = make()
    result = service.brief(Source(text=TEXT))
    service.record_post(Post("slack:C1", "111.1", "111.1", result.article.id, "counting"))
    answer = service.ask("How much?", channel="slack:C1", thread_id="111.1")
    assert answer.article_id == result.article.id and answer.passages
    with pytest.raises(NotFound):
        service.ask("How much?", channel="slack:C1", thread_id="999.9")
    with pytest.raises(BadInput):
        service.ask("   ", channel="slack:C1", thread_id="111.1")


def test_unknown_article_and_empty_search_are_user_errors():
    service, _ = make()
    with pytest.raises(NotFound):
        service.article(42)
    with pytest.raises(BadInput):
        service.search("  ")


def test_event_claims():
    service, _ = make()
    assert service.claim_event("slack", "E1") and not service.claim_event("slack", "E1")
    service.release_event("slack", "E1")
    assert service.claim_event("slack", "E1")
