"""The console adapter: a terminal session that behaves like one chat channel.

`/brief <url|text|path>` posts a briefing (its "thread" becomes the current one);
plain lines are follow-up questions in that thread. The e2e tests drive it through
stdin/stdout exactly like a user would."""
from __future__ import annotations

import uuid

from adapters import render_text
from adapters.sources import from_argument
from bot.errors import BriefbotError
from bot.models import Post
from bot.service import BriefingService

CHANNEL = "console:local"
PROMPT = "you> "

HELP = """\
Commands:
  /brief <url | path | pasted text>   brief an article; it becomes the current thread
  /search <words>                     search stored articles
  /articles                           list stored articles
  /open <id>                          make a stored article the current thread
  /help                               this help
  /quit                               leave (Ctrl-D works too)
Anything else is a question about the current article, answered from its text."""


class ConsoleChat:
    def __init__(self, service: BriefingService, stdin, stdout, *, style=None):
        self.service = service
        self.stdin = stdin
        self.stdout = stdout
        self.style = style or render_text.Style(color=False)
        self.thread_id: str | None = None

    def say(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def run(self) -> int:
        interactive = hasattr(self.stdin, "isatty") and self.stdin.isatty()
        self.say("briefbot chat — /brief <url|path|text> to start, /help for more, /quit to leave.")
        while True:
            if interactive:
                self.stdout.write(PROMPT)
                self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                return 0
            line = line.strip()
            if not line:
                continue
            if line in ("/quit", "/exit"):
                return 0
            try:
                self.handle(line)
            except BriefbotError as exc:
                self.say(f"bot> Sorry: {exc}")

    def handle(self, line: str) -> None:
        command, _, rest = line.partition(" ")
        rest = rest.strip()
        if command == "/help":
            self.say(HELP)
        elif command == "/brief":
            self.brief(rest)
        elif command == "/search":
            self.say(render_text.article_rows(self.service.search(rest), self.style))
        elif command == "/articles":
            self.say(render_text.article_rows(self.service.list_articles(), self.style))
        elif command == "/open":
            self.open(rest)
        elif command.startswith("/"):
            self.say(f"bot> Unknown command {command}. /help lists the commands.")
        else:
            self.ask(line)

    def brief(self, arg: str) -> None:
        if not arg:
            self.say("bot> Usage: /brief <url | path | pasted text>")
            return
        self.say("bot> Working on it…")
        result = self.service.brief(from_argument(arg, allow_text=True), channel=CHANNEL,
                                    requested_by="console")
        self._post(result.article.id, result.briefing.engine)
        self.say(render_text.briefing(result.briefing, self.style))
        self.say(self.style.dim("(ask questions about it now; /brief another to switch)"))

    def open(self, arg: str) -> None:
        if not arg.isdigit():
            self.say("bot> Usage: /open <article id>")
            return
        article = self.service.article(int(arg))
        briefing, _ = self.service.briefing_for(article)
        self._post(article.id, briefing.engine)
        self.say(render_text.briefing(briefing, self.style))

    def _post(self, article_id: int, engine: str) -> None:
        message_id = uuid.uuid4().hex[:16]  # unique across sessions sharing one database
        self.thread_id = message_id
        self.service.record_post(Post(channel=CHANNEL, message_id=message_id,
                                      thread_id=message_id, article_id=article_id,
                                      engine=engine))

    def ask(self, question: str) -> None:
        if self.thread_id is None:
            self.say("bot> Brief an article first: /brief <url | path | text>")
            return
        answer = self.service.ask(question, channel=CHANNEL, thread_id=self.thread_id)
        self.say("bot> " + render_text.answer(answer, self.style).lstrip())
