"""The Block Kit limits Slack enforces on chat.postMessage, with Slack's error texts
(`must be less than 51 items [json-pointer:/blocks]`, ...). Only the block types the
adapter uses are accepted; anything else is an error too."""
from __future__ import annotations

from typing import Any

MAX_BLOCKS = 50
SECTION_TEXT = 3000
FIELD_TEXT = 2000
HEADER_TEXT = 150
CONTEXT_ELEMENTS = 10
CONTEXT_TEXT = 3000


def _text_errors(obj: Any, pointer: str, limit: int, kinds: tuple[str, ...]) -> list[str]:
    if not isinstance(obj, dict) or obj.get("type") not in kinds:
        return [f"must provide an object of type {'|'.join(kinds)} [json-pointer:{pointer}]"]
    text = obj.get("text")
    if not isinstance(text, str):
        return [f"must provide a string [json-pointer:{pointer}/text]"]
    if not text:
        return [f"must be more than 0 characters [json-pointer:{pointer}/text]"]
    if len(text) > limit:
        return [f"must be less than {limit + 1} characters [json-pointer:{pointer}/text]"]
    return []


def block_errors(blocks: Any) -> list[str]:
    if not isinstance(blocks, list):
        return ["must provide an array [json-pointer:/blocks]"]
    if len(blocks) > MAX_BLOCKS:
        return [f"must be less than {MAX_BLOCKS + 1} items [json-pointer:/blocks]"]
    errors: list[str] = []
    for i, block in enumerate(blocks):
        p = f"/blocks/{i}"
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "section":
            if "text" not in block and "fields" not in block:
                errors.append(f"must provide text or fields [json-pointer:{p}]")
            if "text" in block:
                errors += _text_errors(block["text"], f"{p}/text", SECTION_TEXT,
                                       ("mrkdwn", "plain_text"))
            for j, f in enumerate(block.get("fields", [])):
                errors += _text_errors(f, f"{p}/fields/{j}", FIELD_TEXT, ("mrkdwn", "plain_text"))
        elif kind == "header":
            errors += _text_errors(block.get("text"), f"{p}/text", HEADER_TEXT, ("plain_text",))
        elif kind == "context":
            elements = block.get("elements") or []
            if not elements or len(elements) > CONTEXT_ELEMENTS:
                errors.append(f"must provide 1 to {CONTEXT_ELEMENTS} items [json-pointer:{p}/elements]")
            for j, e in enumerate(elements):
                errors += _text_errors(e, f"{p}/elements/{j}", CONTEXT_TEXT, ("mrkdwn", "plain_text"))
        elif kind != "divider":
            errors.append(f"unsupported type: {kind} [json-pointer:{p}/type]")
    return errors
