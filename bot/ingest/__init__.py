"""Ingest: safe URL fetching, main-text extraction, files and pasted text -> ArticleDraft.

Cheap to import: every name below is loaded on first use (PEP 562), so briefing a file
never imports the network code, and httpx, trafilatura and pypdf load only when needed.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "extract_html": "extract",
    "FetchedPage": "fetch", "SafeFetcher": "fetch",
    "FetchPolicy": "policy",
    "draft_from_file": "files", "draft_from_text": "files", "looks_like_html": "files",
    "Ingestor": "ingestor",
    "content_hash": "textutil",
    "canonical_url": "urls", "ensure_scheme": "urls", "looks_like_url": "urls",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
