"""The `briefbot` command line. Exit codes: 0 ok, 1 internal error, 2 bad input,
3 fetch failed. With --json, stdout carries only JSON; messages go to stderr."""
from __future__ import annotations

import argparse
import json
import logging
import sys

from bot import __version__
from bot.errors import BadInput, BriefbotError

log = logging.getLogger("briefbot")

EPILOG = """\
examples:
  briefbot brief article.txt            brief a file (.txt, .md, .html, .pdf)
  briefbot brief https://example.org/a  fetch and brief a web page
  cat article.txt | briefbot brief -    brief standard input
  briefbot brief article.txt --json     machine-readable briefing
  briefbot articles list                stored articles, newest first
  briefbot articles search Musk         full-text search
  briefbot ask 3 "Was sagte Musk?"      follow-up question about article #3
  briefbot chat                         try the bot in the terminal like a channel
  briefbot serve slack                  run the Slack app (see README)

settings come from the environment or .env (see .env.example);
BRIEFBOT_DATABASE_URL picks the database (default sqlite:///briefbot.db).
exit codes: 0 ok, 1 internal error, 2 bad input, 3 fetch failed
"""


def _common_options(p: argparse.ArgumentParser, default) -> None:
    p.add_argument("--database", metavar="URL", default=default,
                   help="SQLAlchemy database URL (overrides BRIEFBOT_DATABASE_URL)")
    p.add_argument("--debug", action="store_true", default=default,
                   help="log details and show tracebacks")


def _subparser(common: argparse.ArgumentParser):
    class SubParser(argparse.ArgumentParser):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("parents", [common])
            super().__init__(*args, **kwargs)
    return SubParser


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefbot", description="Brief articles: summary, verified quotes and key figures.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"briefbot {__version__}")
    _common_options(p, argparse.SUPPRESS)
    p.set_defaults(database=None, debug=False)
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common, argparse.SUPPRESS)  # so they work after the command too
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_subparser(common))

    b = sub.add_parser("brief", help="brief a file, URL or standard input")
    b.add_argument("source", metavar="SOURCE", help="a file path, an http(s) URL, or - for stdin")
    b.add_argument("--json", action="store_true", help="print the briefing as JSON")

    a = sub.add_parser("articles", help="list or search stored articles")
    asub = a.add_subparsers(dest="articles_command", metavar="ACTION", required=True)
    al = asub.add_parser("list", help="stored articles, newest first")
    al.add_argument("--limit", type=int, default=20)
    al.add_argument("--json", action="store_true")
    asr = asub.add_parser("search", help="full-text search over stored articles")
    asr.add_argument("query", nargs="+")
    asr.add_argument("--limit", type=int, default=10)
    asr.add_argument("--json", action="store_true")

    q = sub.add_parser("ask", help="ask a question about a stored article")
    q.add_argument("article_id", type=int)
    q.add_argument("question", nargs="+")
    q.add_argument("--json", action="store_true")

    sub.add_parser("chat", help="terminal chat that behaves like a channel (/brief, /help)")

    d = sub.add_parser("db", help="database maintenance")
    dsub = d.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dsub.add_parser("upgrade", help="apply database migrations (also done on every start)")

    s = sub.add_parser("serve", help="run the bot on a chat platform")
    ssub = s.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
    sl = ssub.add_parser("slack", help="Slack app (Socket Mode by default)")
    sl.add_argument("--http", action="store_true",
                    help="serve HTTP (Events API) instead of Socket Mode")
    sl.add_argument("--host", default="0.0.0.0")
    sl.add_argument("--port", type=int, default=3000)
    ssub.add_parser("discord", help="Discord bot")
    return p


def _settings(args):
    from bot.config import Settings  # SettingsError is a BadInput naming the setting: exit 2

    overrides = {"BRIEFBOT_DATABASE_URL": args.database} if args.database else {}
    return Settings(**overrides)


def _style():
    from adapters.render_text import Style

    return Style(color=sys.stdout.isatty())


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def cmd_brief(app, args) -> int:
    from adapters import render_text
    from adapters.sources import from_argument

    result = app.service.brief(from_argument(args.source), channel=None)
    if not result.created:
        print(f"briefbot: article #{result.article.id} was stored already; showing it.",
              file=sys.stderr)
    if args.json:
        _print_json(result.briefing.to_dict())
    else:
        print(render_text.briefing(result.briefing, _style()))
    return 0


def cmd_articles(app, args) -> int:
    from adapters import render_text

    if args.articles_command == "list":
        rows = app.service.list_articles(limit=args.limit)
    else:
        rows = app.service.search(" ".join(args.query), limit=args.limit)
    if args.json:
        _print_json([{"id": r.id, "title": r.title, "url": r.url, "language": r.language,
                      "words": r.words, "fetched_at": r.fetched_at.isoformat(),
                      "snippet": r.snippet} for r in rows])
    else:
        print(render_text.article_rows(rows, _style()))
    return 0


def cmd_ask(app, args) -> int:
    from adapters import render_text

    answer = app.service.ask_article(args.article_id, " ".join(args.question))
    if args.json:
        _print_json(answer.to_dict())
    else:
        print(render_text.answer(answer, _style()))
    return 0


def cmd_chat(app, args) -> int:
    from adapters.console import ConsoleChat

    return ConsoleChat(app.service, sys.stdin, sys.stdout, style=_style()).run()


def cmd_serve(app, args) -> int:
    if args.platform == "slack":
        from adapters.slack.serve import serve

        return serve(app, http=args.http, host=args.host, port=args.port)
    try:
        from adapters.discord.serve import serve
    except ModuleNotFoundError:
        raise BriefbotError("The Discord adapter is not part of this version yet; "
                            "use `briefbot serve slack` or `briefbot chat`.") from None
    return serve(app)


COMMANDS = {"brief": cmd_brief, "articles": cmd_articles, "ask": cmd_ask, "chat": cmd_chat,
            "serve": cmd_serve}


def _is_database_error(exc: Exception) -> bool:
    return type(exc).__module__.startswith(("sqlalchemy", "psycopg", "sqlite3"))


def _safe_url(args) -> str:
    """The database URL without its password, for messages."""
    from bot.config import get_settings

    url = args.database or get_settings().database_url
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as given
        return url


def run(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        settings = _settings(args)
        # A running bot logs what it does (BRIEFBOT_LOG_LEVEL); one-shot commands stay quiet.
        level = "DEBUG" if args.debug else (
            settings.log_level.upper() if args.command == "serve" else "WARNING")
        logging.basicConfig(level=getattr(logging, level, logging.INFO),
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                            stream=sys.stderr)
        if args.command == "db":
            from storage.database import create_db_engine, current_revision, upgrade

            engine = create_db_engine(settings.database_url)
            upgrade(engine)
            print(f"database at revision {current_revision(engine)}", file=sys.stderr)
            return 0
        from adapters.wiring import build_app

        app = build_app(settings)
        try:
            return COMMANDS[args.command](app, args)
        finally:
            app.close()
    except BriefbotError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`briefbot brief x --json | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        if args.debug:
            raise
        if _is_database_error(exc):
            print(f"briefbot: cannot use the database {_safe_url(args)}: "
                  f"{str(exc).splitlines()[0]}\nCheck BRIEFBOT_DATABASE_URL (or --database).",
                  file=sys.stderr)
            return 1
        log.debug("internal error", exc_info=True)
        print(f"briefbot: internal error: {type(exc).__name__}: {exc}\n"
              "Run again with --debug for details, and please report it.", file=sys.stderr)
        return 1


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
