"""The learned speaker re-ranker (bot/engine/rerank.py): candidates, features, choice,
and its wiring into find_quotes."""
import ast
from pathlib import Path

from bot.engine import brief_text, rankweights, rerank
from bot.engine.people import People
from bot.engine.sentences import split_sentences

TEXT = ("Landrat Peter Vogt besuchte am Montag das Werk. Mit ihm kam Eva Kurz. "
        "Die Gewerkschaft sprach danach von einem „Tag, den niemand hier vergessen wird“.")


def _rows(text, rule=None, previous=None, pron=None):
    sentences = split_sentences(text, "de")
    start = text.index("„") + 1
    end = text.index("“")
    si = max(i for i, s in enumerate(sentences) if s.start <= start)
    people = People(text)
    return {r["_name"]: r for r in rerank.candidates(text, sentences, si, start, end, rule, rule is not None,
                                                      pron, previous, people, [(start, end)], True)}


def test_candidates_come_from_mentions_before_the_quote_with_their_position():
    rows = _rows(TEXT, rule="Die Gewerkschaft")
    assert {"Peter Vogt", "Eva Kurz", "Die Gewerkschaft"} <= set(rows)
    assert rows["Die Gewerkschaft"]["rule"] == 1.0 and rows["Peter Vogt"]["rule"] == 0.0
    assert rows["Peter Vogt"]["mention"] == 1.0 and rows["Peter Vogt"]["same_sent"] == 0.0
    assert rows["Peter Vogt"]["sent_dist"] > rows["Eva Kurz"]["sent_dist"] > 0
    assert rows["Eva Kurz"]["prep_before"] == 0.0
    assert rows["Die Gewerkschaft"]["subject"] == 1.0  # the subject of the quote's own clause
    assert all(set(rerank.FEATURES) <= set(r) for r in rows.values())


def test_a_name_after_a_preposition_and_a_gender_clash_are_marked():
    text = "Der Streit mit Peter Vogt dauert an. Eva Kurz kam spät. Sie sagte, „das Werk bleibt offen“."
    rows = _rows(text, rule=None, pron="er")
    assert rows["Peter Vogt"]["prep_before"] == 1.0
    assert rows["Eva Kurz"]["gender_clash"] == 1.0 and rows["Peter Vogt"]["gender_clash"] == 0.0


def test_names_inside_the_quote_are_no_candidates():
    text = "Die Ministerin sprach lange. Sie sagte: „Ich danke Peter Vogt für seine Arbeit.“"
    assert "Peter Vogt" not in _rows(text)


def test_choose_keeps_the_rule_answer_unless_beaten_by_the_margin(monkeypatch):
    rows = [dict(rerank._empty(), _name="A", rule=1.0), dict(rerank._empty(), _name="B", mention=1.0)]
    monkeypatch.setattr(rerank, "WEIGHTS", {"rule": 1.0, "mention": 2.0})
    monkeypatch.setattr(rerank, "MARGIN", 1.5)
    assert rerank.choose(rows, "A") == "A"  # B is better by 1.0 only
    monkeypatch.setattr(rerank, "MARGIN", 0.5)
    assert rerank.choose(rows, "A") == "B"


def test_choose_fills_in_a_missing_speaker_only_above_the_minimum(monkeypatch):
    rows = [dict(rerank._empty(), _name="B", mention=1.0)]
    monkeypatch.setattr(rerank, "WEIGHTS", {"mention": 2.0})
    monkeypatch.setattr(rerank, "NEW_MIN", 3.0)
    assert rerank.choose(rows, None) is None
    monkeypatch.setattr(rerank, "NEW_MIN", 1.0)
    assert rerank.choose(rows, None) == "B"
    assert rerank.choose([], None) is None


def test_find_quotes_uses_the_rankers_choice(monkeypatch):
    before = {q.text: q.speaker for q in brief_text(TEXT).quotes}
    assert before == {"Tag, den niemand hier vergessen wird": "Gewerkschaft"}
    # weights that prefer a named person mentioned before: the quote changes speaker
    monkeypatch.setattr(rerank, "WEIGHTS", {"first_name": 5.0, "sent_dist": 1.0})
    monkeypatch.setattr(rerank, "MARGIN", 0.0)
    after = {q.text: q.speaker for q in brief_text(TEXT).quotes}
    assert after == {"Tag, den niemand hier vergessen wird": "Peter Vogt"}


def test_shipped_weights_name_only_known_features_and_runtime_is_standard_library():
    assert set(rankweights.WEIGHTS) <= set(rerank.FEATURES)
    for name in ("rerank.py", "rankweights.py"):
        tree = ast.parse((Path(rerank.__file__).parent / name).read_text())
        mods = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        mods |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0}
        assert mods <= {"__future__", "bisect", "math", "re"}, mods


def test_candidates_are_gathered_only_where_the_choice_can_change(monkeypatch):
    monkeypatch.setattr(rerank, "MARGIN", 1e9)
    assert not rerank.needed("Peter Vogt")
    assert rerank.needed(None) and rerank.needed("er")
    monkeypatch.setattr(rerank, "MARGIN", 0.5)
    assert rerank.needed("Peter Vogt")


def test_sources_after_laut_nach_angaben_and_zufolge_are_candidates():
    text = ("Schmauchspuren fanden sich nicht. Laut der Staatsanwaltschaft Bergheim sei der Mann "
            "„längst über alle Berge“.")
    rows = _rows(text, rule="Schmauchspuren")
    assert rows["Staatsanwaltschaft Bergheim"]["source"] == 1.0  # merged with the capitalised run
    assert rows["Staatsanwaltschaft Bergheim"]["institution"] == 1.0
    assert rows["Staatsanwaltschaft Bergheim"]["same_sent"] == 1.0
    text = "Der Zug stand still. Nach Polizeiangaben sei „niemand verletzt worden“."
    rows = _rows(text)
    assert rows["Polizei"]["source"] == 1.0 and "Polizeiangaben" not in rows  # as the rules name it
    text = "Dem Bericht der Kommission zufolge seien „alle Fristen verstrichen“."
    assert _rows(text)["Dem Bericht der Kommission"]["source"] == 1.0  # with its genitive
    text = "Wie das Ministerium am Montag mitteilte, sei „alles bereit“."
    assert _rows(text)["das Ministerium"]["source"] == 1.0


def test_institutions_with_an_article_are_candidates_and_things_are_not():
    text = "Am Abend prüfte die Polizei das Gelände, die Zeit drängte. Es sei „alles ruhig“."
    rows = _rows(text)
    assert rows["die Polizei"]["institution"] == 1.0
    assert "das Gelände" not in rows and not rows.get("die Zeit", {}).get("institution")


def test_one_candidate_with_and_without_its_article():
    text = "Die Wiener Linien bauen um. Die Wiener Linien erklärten, „alles läuft nach Plan“."
    rows = _rows(text, rule="Wiener Linien")
    assert [n for n in rows if "Wiener" in n] == ["Wiener Linien"]
    r = rows["Wiener Linien"]
    assert r["rule"] == r["capseq"] == r["institution"] == r["subject"] == 1.0


def test_a_rule_answer_that_only_opens_a_sentence_is_marked():
    text = "Kofi Annan sprach in New York. Besorgt zeigte er sich, „die Lage ist ernst“."
    rows = _rows(text, rule="Besorgt")
    assert rows["Besorgt"]["r_initial"] == 1.0 and rows["Besorgt"]["r_near"] == 1.0
    assert rows["Besorgt"]["r_oneword"] == 1.0 and rows["Besorgt"]["r_unknown"] == 1.0
    assert rows["Kofi Annan"]["r_initial"] == 0.0  # rule features are on the rule answer only


def test_a_function_word_before_a_capitalised_run_is_dropped():
    text = "Am Sonntagabend sang Shakira. Während Shakira tanzte, rief sie „Hallo Miami“."
    rows = _rows(text)
    assert "Am Sonntagabend" not in rows and "Sonntagabend" not in rows
    assert rows["Shakira"]["capseq"] == 1.0 and rows["Shakira"]["only_capseq"] == 0.0  # also a subject


def test_an_override_through_a_source_candidate(monkeypatch):
    text = ("Schmauchspuren fanden sich nicht. Laut der Staatsanwaltschaft Bergheim sei der Mann "
            "„längst über alle Berge“.")
    rows = list(_rows(text, rule="Schmauchspuren").values())
    monkeypatch.setattr(rerank, "WEIGHTS", {"rule": 1.0, "source": 2.0, "r_unknown": -0.5})
    monkeypatch.setattr(rerank, "MARGIN", 1e9)
    assert rerank.choose(rows, "Schmauchspuren") == "Schmauchspuren"  # never: the rules stand
    monkeypatch.setattr(rerank, "MARGIN", 1.0)
    assert rerank.choose(rows, "Schmauchspuren") == "Staatsanwaltschaft Bergheim"


def test_the_override_margin_needs_more_fixes_than_breaks_beyond_chance():
    from benchmarks import train_ranker
    assert train_ranker.sign_test(0, 0) == 1.0
    assert train_ranker.sign_test(5, 0) < 0.05 < train_ranker.sign_test(7, 3)
    # held-out groups: (scores, label, is rule); the first is fixed, the second broken at margin 0
    groups = [[([1.0], False, True), ([2.0], True, False)],
              [([1.0], True, True), ([1.5], False, False)],
              [([3.0], True, True), ([1.0], False, False)]]
    assert train_ranker.changes(groups, 0.0, 0.0) == (1, 1)
    assert train_ranker.changes(groups, 0.7, 0.0) == (1, 0)
