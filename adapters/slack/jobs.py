"""What happens after the ack: each job claims its event (exactly one reply per
Slack event, retries included), calls the service, renders and posts.

User errors (BriefbotError) become a clear ephemeral reply and the event stays done;
unexpected failures release the claim so Slack's retry of the event is processed."""
from __future__ import annotations

import logging
from typing import Callable

from slack_sdk.errors import SlackApiError

from adapters.slack import commands, render
from adapters.slack.files import download_file, file_source
from bot.errors import BadInput, BriefbotError, NotFound
from bot.models import BriefResult, Post, Source, channel_key

log = logging.getLogger(__name__)

SORRY = ":warning: Something went wrong on our side and the briefing was not posted. Please try again."
NOT_IN_CHANNEL = (":warning: I can't post in this channel yet. Invite me with "
                  "`/invite @briefbot` and try again.")
_NOT_IN_CHANNEL_ERRORS = {"not_in_channel", "channel_not_found", "is_archived"}
POST_OPTIONS = {"unfurl_links": False, "unfurl_media": False, "link_names": False,
                "parse": "none"}


def warn(message: str) -> str:
    return f":warning: {render.esc(message)}"


class Jobs:
    """Job arguments are plain data (payload dicts, the workspace's bot token, the
    response_url), so the same jobs run on threads or in worker processes."""

    def __init__(self, service, settings):
        self.service = service
        self.settings = settings
        self._clients: dict[str | None, object] = {}

    def client(self, token: str | None):
        if token not in self._clients:
            from adapters.slack.app import make_client

            self._clients[token] = make_client(self.settings, token)
        return self._clients[token]

    @staticmethod
    def respond(response_url: str | None):
        if not response_url:
            return lambda *args, **kwargs: None
        from slack_bolt.context.respond import Respond

        return Respond(response_url=response_url)

    # -- dedup -------------------------------------------------------------------

    def _once(self, key: str | None, work: Callable[[], None],
              report: Callable[[str], None], *, sorry: bool = True) -> None:
        """Run `work` unless `key` was claimed before; turn errors into replies.
        With sorry=False (events, which Slack retries) an internal failure is only
        logged: the retry answers, not an apology in the thread."""
        if key and not self.service.claim_event("slack", key):
            log.info("duplicate Slack delivery %s dropped", key)
            return
        try:
            work()
        except BriefbotError as exc:
            report(warn(str(exc)))
        except SlackApiError as exc:
            error = exc.response.get("error") if exc.response is not None else None
            if error in _NOT_IN_CHANNEL_ERRORS:
                report(NOT_IN_CHANNEL)
                return
            self._release(key)
            log.error("Slack API error %s; released %s for a retry", error, key)
            if sorry:
                report(SORRY)
        except Exception:
            self._release(key)
            log.exception("Slack job failed; released %s for a retry", key)
            if sorry:
                report(SORRY)

    def _release(self, key: str | None) -> None:
        if key:
            try:
                self.service.release_event("slack", key)
            except Exception:  # noqa: BLE001 - the original error is what matters
                log.exception("could not release %s", key)

    # -- posting -------------------------------------------------------------------

    def post_briefing(self, client, channel_id: str, result: BriefResult,
                      thread_ts: str | None = None) -> str:
        rendered = render.briefing(result.briefing)
        resp = client.chat_postMessage(channel=channel_id, text=rendered.text,
                                       blocks=rendered.blocks, thread_ts=thread_ts,
                                       **POST_OPTIONS)
        ts = resp["ts"]
        root = thread_ts or ts
        self.service.record_post(Post(channel=channel_key("slack", channel_id), message_id=ts,
                                      thread_id=root, article_id=result.article.id,
                                      engine=result.briefing.engine))
        for blocks in rendered.thread:
            client.chat_postMessage(channel=channel_id, thread_ts=root, blocks=blocks,
                                    text=rendered.text, **POST_OPTIONS)
        return ts

    def post_answer(self, client, channel_id: str, thread_ts: str, question: str) -> None:
        answer = self.service.ask(question, channel=channel_key("slack", channel_id),
                                  thread_id=thread_ts)
        text, blocks = render.answer(answer)
        client.chat_postMessage(channel=channel_id, thread_ts=thread_ts, text=text,
                                blocks=blocks, **POST_OPTIONS)

    # -- /brief --------------------------------------------------------------------

    def brief_command(self, command: dict, arg: str, token: str | None) -> None:
        channel_id = command["channel_id"]
        client, respond = self.client(token), self.respond(command.get("response_url"))

        def report(text: str) -> None:
            respond(text=text, response_type="ephemeral", replace_original=True)

        def work() -> None:
            kind, value = commands.brief_target(arg)
            source = Source(url=value, origin="url") if kind == "url" else \
                Source(text=value, origin="slack-paste")
            result = self.service.brief(source, channel=channel_key("slack", channel_id),
                                        requested_by=command.get("user_id"))
            self.post_briefing(client, channel_id, result)
            respond(delete_original=True)

        trigger = command.get("trigger_id")
        self._once(f"command:{trigger}" if trigger else None, work, report)

    def search(self, query: str, response_url: str | None) -> None:
        respond = self.respond(response_url)

        def report(text: str) -> None:
            respond(text=text, response_type="ephemeral", replace_original=True)

        def work() -> None:
            text, blocks = render.article_rows(self.service.search(query), query)
            respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=True)

        self._once(None, work, report)

    # -- message shortcut ------------------------------------------------------------

    def brief_message(self, shortcut: dict, bot_token: str | None) -> None:
        client, respond = self.client(bot_token), self.respond(shortcut.get("response_url"))
        message = shortcut.get("message") or {}
        channel_id = (shortcut.get("channel") or {}).get("id")
        thread_ts = message.get("thread_ts") or message.get("ts")
        user_id = (shortcut.get("user") or {}).get("id")

        def report(text: str) -> None:
            respond(text=text, response_type="ephemeral")

        def work() -> None:
            respond(text=":hourglass_flowing_sand: Briefing this message; it will appear "
                         "in the message's thread.", response_type="ephemeral")
            source = self._message_source(message, bot_token)
            result = self.service.brief(source, channel=channel_key("slack", channel_id),
                                        requested_by=user_id)
            self.post_briefing(client, channel_id, result, thread_ts=thread_ts)

        trigger = shortcut.get("trigger_id")
        self._once(f"shortcut:{trigger}" if trigger else None, work, report)

    def _message_source(self, message: dict, bot_token: str | None) -> Source:
        url = commands.first_link(message.get("text") or "")
        if url:
            return Source(url=url, origin="url")
        files = [f for f in message.get("files") or [] if f.get("mode") != "tombstone"]
        if files:
            data, name = download_file(files[0], bot_token, self.settings)
            return file_source(data, name, files[0])
        text = commands.plain_text(message.get("text") or "")
        if not text.strip():
            raise BadInput("This message has no link, file or text to brief.")
        return Source(text=text, origin="slack-message")

    # -- threads -----------------------------------------------------------------------

    def thread_reply(self, event_id: str | None, event: dict, token: str | None) -> None:
        client = self.client(token)
        channel_id, thread_ts = event["channel"], event["thread_ts"]
        question = commands.plain_text(event.get("text") or "")

        def report(text: str) -> None:
            client.chat_postMessage(channel=channel_id, thread_ts=thread_ts, text=text,
                                    **POST_OPTIONS)

        def work() -> None:
            # Replies under messages that are not briefings are none of our business,
            # and neither is a file shared without words.
            if not question.strip():
                return
            if self.service.thread_article(channel_key("slack", channel_id), thread_ts) is None:
                return
            self.post_answer(client, channel_id, thread_ts, question)

        self._once(f"event:{event_id}" if event_id else None, work, report, sorry=False)

    def mention(self, event_id: str | None, event: dict, token: str | None,
                bot_user_id: str | None) -> None:
        client = self.client(token)
        channel_id, ts = event["channel"], event["ts"]
        thread_ts = event.get("thread_ts")
        raw = commands.strip_mention(event.get("text") or "", bot_user_id)

        def report(text: str) -> None:
            client.chat_postMessage(channel=channel_id, thread_ts=thread_ts or ts, text=text,
                                    **POST_OPTIONS)

        def work() -> None:
            if thread_ts and thread_ts != ts:
                try:
                    self.post_answer(client, channel_id, thread_ts, commands.plain_text(raw))
                except NotFound as exc:
                    report(warn(str(exc)))
                return
            url = commands.first_link(raw)
            if url:  # "@briefbot <link>": brief it in this message's thread
                result = self.service.brief(Source(url=url, origin="url"),
                                            channel=channel_key("slack", channel_id),
                                            requested_by=event.get("user"))
                self.post_briefing(client, channel_id, result, thread_ts=ts)
                return
            report("Hi! Use `/brief <link or text>` to brief an article, then ask me about "
                   "it in the briefing's thread. `/brief help` shows more.")

        self._once(f"event:{event_id}" if event_id else None, work, report, sorry=False)
