"""Multi-workspace install: OAuth v2 through the real Bolt flow, stored by slack_sdk's
SQLAlchemy installation store in our database, then used to answer that workspace."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import text

from tests.adapters.slack.conftest import HARBOUR, make_settings, serving_http
from tests.fakes.slack_payloads import slash_command


@pytest.fixture
def oauth_bot(fake, database_url):
    from adapters.slack.app import SlackBot
    from adapters.wiring import build_app

    core = build_app(make_settings(
        fake, database_url, SLACK_BOT_TOKEN=None, SLACK_CLIENT_ID="111.222",
        SLACK_CLIENT_SECRET="client-secret", SLACK_OAUTH_AUTHORIZE_URL=f"{fake.base}/oauth/authorize"))
    bot = SlackBot(core, http=True)
    assert bot.oauth
    with serving_http(bot, fake) as driver:
        yield driver
    core.close()


def test_install_then_brief_in_the_new_workspace(oauth_bot, fake):
    http = oauth_bot.http
    page = http.get("/slack/install")
    assert page.status_code == 200
    link = next(part for part in page.text.split('"') if part.startswith(f"{fake.base}/oauth/authorize"))
    query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
    assert query["client_id"] == ["111.222"]
    assert set(query["scope"][0].split(",")) >= {"commands", "chat:write"}
    state = query["state"][0]
    cookie = page.headers["set-cookie"].split(";")[0]  # Secure: the browser sends it over https
    assert cookie.endswith(state)
    # a forged state (or none) is refused, and nothing is installed
    with httpx.Client(base_url=oauth_bot.server.url) as other:
        bad = other.get("/slack/oauth_redirect", params={"code": "evil", "state": "forged"},
                        headers={"Cookie": "slack-app-oauth-state=forged"})
    assert bad.status_code >= 400
    done = http.get("/slack/oauth_redirect", params={"code": "team2", "state": state},
                    headers={"Cookie": cookie})
    assert done.status_code == 200, done.text
    with oauth_bot.bot.core.db_engine.connect() as conn:
        rows = conn.execute(text("SELECT team_id, bot_token FROM slack_installations")).all()
    assert rows == [("TTEAM2", "xoxb-team2")]

    oauth_bot.command(slash_command(HARBOUR.read_text(encoding="utf-8"), team="TTEAM2",
                                    response_url=fake.response_url()))
    assert oauth_bot.bot.wait_idle(10)
    [post] = fake.calls_to("chat.postMessage")
    assert post.token == "xoxb-team2"


def test_a_workspace_that_never_installed_gets_nothing(oauth_bot, fake):
    resp = oauth_bot.command(slash_command("some text to brief", team="TNOBODY",
                                           response_url=fake.response_url()))
    assert resp.status_code in (200, 401)
    assert oauth_bot.bot.wait_idle(5)
    assert fake.calls_to("chat.postMessage", ok_only=False) == []
