"""Settings: keyword > environment > .env > default, typed, checked, secrets never shown."""
from __future__ import annotations

import pytest

from bot.config import Settings, SettingsError, read_env_file
from bot.errors import BadInput


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No BRIEFBOT_/SLACK_/... variables from the outer environment; cwd without a .env."""
    from bot.config import SPECS

    for spec in SPECS:
        monkeypatch.delenv(spec.env, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults_run_with_no_configuration(clean_env):
    s = Settings()
    assert s.database_url == "sqlite:///briefbot.db"
    assert s.summary_sentences == 3 and s.engine == "offline"
    assert s.allow_private_urls is False and s.fetch_timeout == 20.0
    assert s.slack_bot_token is None and s.slack_workers == 4


def test_priority_keyword_then_environment_then_env_file(clean_env, monkeypatch):
    (clean_env / ".env").write_text(
        "BRIEFBOT_SUMMARY_SENTENCES=5\nSLACK_WORKERS=7\nBRIEFBOT_LOG_LEVEL=debug\n", encoding="utf-8")
    monkeypatch.setenv("SLACK_WORKERS", "9")
    s = Settings()
    assert (s.summary_sentences, s.slack_workers, s.log_level) == (5, 9, "DEBUG")
    s = Settings(SLACK_WORKERS=2)
    assert s.slack_workers == 2
    assert Settings(_env_file=None).summary_sentences == 3


def test_env_file_syntax(tmp_path):
    env = tmp_path / ".env"
    env.write_text(
        "\ufeff# comment\n\n"
        "export A=1\n"
        "B = spaced value # trailing comment\n"
        "C='literal # not a comment \\n'\n"
        'D="line\\nbreak \\"quoted\\" back\\\\slash"\n'
        "E=\n"
        "F='quoted' # comment after the quote\n"
        'G="tab\\there" # and here\n'
        "not a setting line\n",
        encoding="utf-8")
    values = read_env_file(env)
    assert values == {"A": "1", "B": "spaced value", "C": "literal # not a comment \\n",
                      "D": 'line\nbreak "quoted" back\\slash', "E": "",
                      "F": "quoted", "G": "tab\there"}
    assert read_env_file(tmp_path / "missing.env") == {}


def test_empty_values_mean_not_set_as_in_env_example(clean_env, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "")
    monkeypatch.setenv("SLACK_WORKERS", "  ")
    s = Settings()
    assert s.slack_bot_token is None and s.slack_workers == 4


@pytest.mark.parametrize(("name", "value", "reason"), [
    ("BRIEFBOT_SUMMARY_SENTENCES", "99", "between 1 and 20"),
    ("BRIEFBOT_SUMMARY_SENTENCES", "three", "whole number"),
    ("BRIEFBOT_FETCH_TIMEOUT", "-1", "greater than 0"),
    ("BRIEFBOT_FETCH_TIMEOUT", "nan", "greater than 0"),
    ("BRIEFBOT_ALLOW_PRIVATE_URLS", "maybe", "true or false"),
    ("SLACK_WORKER_MODE", "fork", "process, thread"),
    ("BRIEFBOT_ENGINE", "gpt", "offline, llm"),
    ("BRIEFBOT_LOG_LEVEL", "loud", "DEBUG"),
])
def test_bad_values_name_the_setting_and_the_reason(clean_env, monkeypatch, name, value, reason):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as err:
        Settings()
    assert isinstance(err.value, BadInput)  # the CLI turns it into exit 2
    assert name in str(err.value) and reason in str(err.value) and ".env.example" in str(err.value)


def test_all_problems_are_reported_at_once(clean_env, monkeypatch):
    monkeypatch.setenv("SLACK_WORKERS", "0")
    monkeypatch.setenv("BRIEFBOT_MAX_ARTICLE_BYTES", "lots")
    with pytest.raises(SettingsError) as err:
        Settings()
    assert "SLACK_WORKERS" in str(err.value) and "BRIEFBOT_MAX_ARTICLE_BYTES" in str(err.value)


@pytest.mark.parametrize(("text", "expected"), [("1", True), ("TRUE", True), ("on", True),
                                                 ("no", False), ("0", False), ("False", False)])
def test_flags(clean_env, monkeypatch, text, expected):
    monkeypatch.setenv("BRIEFBOT_ALLOW_PRIVATE_URLS", text)
    assert Settings().allow_private_urls is expected


def test_names_are_case_insensitive_in_the_environment(clean_env, monkeypatch):
    monkeypatch.setenv("briefbot_summary_sentences", "4")
    assert Settings().summary_sentences == 4


def test_as_env_rebuilds_the_same_settings_and_typos_are_caught(clean_env):
    s = Settings(_env_file=None, SLACK_BOT_TOKEN="xoxb-1", BRIEFBOT_ALLOW_PRIVATE_URLS=True,
                 BRIEFBOT_FETCH_TIMEOUT=2.5)
    again = Settings(_env_file=None, **s.as_env())
    assert again.as_env() == s.as_env()
    assert again.allow_private_urls is True and again.fetch_timeout == 2.5
    with pytest.raises(TypeError, match="SLACK_BOT_TOKN"):
        Settings(SLACK_BOT_TOKN="x")
    with pytest.raises(AttributeError):
        s.slack_workers = 3


def test_repr_never_shows_secrets(clean_env):
    s = Settings(_env_file=None, SLACK_BOT_TOKEN="xoxb-secret", OPENAI_API_KEY="sk-secret",
                 SLACK_SIGNING_SECRET="sig-secret")
    shown = repr(s)
    assert "secret" not in shown.replace("signing_secret", "").replace("client_secret", "")
    assert "slack_workers=4" in shown
