"""Turn what a terminal user typed (a path, a URL, '-', or text) into a core Source."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from bot.errors import BadInput, TooLarge
from bot.models import Source

MAX_INPUT_BYTES = 5_000_000


def _looks_like_url(arg: str) -> bool:
    from bot.ingest import looks_like_url

    return looks_like_url(arg)


def read_limited(stream, limit: int = MAX_INPUT_BYTES) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"The input is larger than {limit // 1_000_000} MB. "
                       "Brief a shorter text or a link to the article.")
    return data


def from_path(path: Path) -> Source:
    if path.is_dir():
        raise BadInput(f"{path} is a folder. Give a file (.txt, .md, .html or .pdf).")
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise TooLarge(f"{path} is {size / 1e6:.1f} MB; the limit is "
                           f"{MAX_INPUT_BYTES // 1_000_000} MB.")
        with path.open("rb") as fh:
            data = read_limited(fh)
    except PermissionError:
        raise BadInput(f"{path} cannot be read (permission denied).") from None
    except OSError as exc:
        raise BadInput(f"{path} cannot be read: {exc.strerror or exc}.") from None
    return Source(data=data, filename=path.name, origin="file")


def from_argument(arg: str, *, stdin=None, allow_text: bool = False) -> Source:
    """A CLI SOURCE: '-' (stdin), a URL, a file path; with allow_text, else pasted text."""
    arg = arg.strip()
    if not arg:
        raise BadInput("Nothing to brief: give a file, a URL, or '-' for standard input.")
    if arg == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return Source(data=read_limited(stream), filename="stdin", origin="stdin")
    if _looks_like_url(arg):
        return Source(url=arg, origin="url")
    if "\n" not in arg and len(arg) < 4096:
        path = Path(os.path.expanduser(arg))
        if path.exists():
            return from_path(path)
    if allow_text:
        return Source(text=arg, origin="paste")
    raise BadInput(f"No such file: {arg}. Give a file, an http(s) URL, or '-' for standard input.")
