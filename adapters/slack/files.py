"""Downloading a file attached to a Slack message (for "Brief this message").

`url_private` needs the bot token; the token is only ever sent to Slack's file host
or to the configured SLACK_API_URL host, never to a URL a message could make up,
and redirects are not followed (Slack answers a bad token with a redirect to its
login page)."""
from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

import httpx

from bot.errors import BadInput, FetchFailed, TooLarge
from bot.models import Source

SLACK_FILE_HOSTS = {"files.slack.com", "slack-files.com", "files.slack-gov.com"}
# Slack filetype -> an extension the ingestor understands, for names without one.
_EXTENSIONS = {"text": ".txt", "markdown": ".md", "html": ".html", "pdf": ".pdf",
               "post": ".html", "csv": ".txt"}


def _token_host_allowed(url: str, settings) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    api_host = (urlsplit(settings.slack_api_url).hostname or "").lower()
    if host in SLACK_FILE_HOSTS:
        return parts.scheme == "https"
    return bool(host) and host == api_host and parts.scheme in ("http", "https")


def download_file(file: dict, token: str | None, settings) -> tuple[bytes, str]:
    name = file.get("name") or file.get("title") or "attachment"
    url = file.get("url_private_download") or file.get("url_private")
    limit = settings.max_article_bytes
    if not url:
        raise BadInput(f"I can't read the attached file {name}: Slack gave no download link.")
    if file.get("size") and int(file["size"]) > limit:
        raise TooLarge(f"The attached file {name} is {int(file['size']) / 1e6:.1f} MB; "
                       f"the limit is {limit / 1e6:.0f} MB.")
    if not token or not _token_host_allowed(url, settings):
        raise BadInput(f"I won't download {name}: its link is not on Slack's file server.")
    try:
        with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False) as http:
            with http.stream("GET", url, headers={"Authorization": f"Bearer {token}"}) as resp:
                if resp.status_code != 200:
                    raise FetchFailed(f"Slack refused the download of {name} "
                                      f"(HTTP {resp.status_code}). Does the app have the "
                                      "files:read scope? Reinstall it from the manifest.")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise TooLarge(f"The attached file {name} is larger than "
                                       f"{limit / 1e6:.0f} MB.")
                    chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise FetchFailed(f"The download of {name} from Slack failed: {type(exc).__name__}.") from None
    return b"".join(chunks), name


def file_source(data: bytes, name: str, file: dict) -> Source:
    if not PurePosixPath(name).suffix:
        name += _EXTENSIONS.get(file.get("filetype") or "", "")
    title = file.get("title") or None
    if title == file.get("name"):
        title = None  # Slack's default title is the file name: let the file's own title win
    return Source(data=data, filename=name, title=title, origin="slack-file")
