"""Quotes attributed to a document rather than a person: "heißt es in der Erklärung",
"Auf der Homepage heißt es", "In einem Bericht hatte es geheißen"."""
from __future__ import annotations

from .speakerphrase import speaker_after

_DOC_PREPS = frozenset("in im auf aus von vom laut bei".split())


def document_source(toks: list[str], c: int) -> str | None:
    """'heißt es in der Erklärung', 'Auf der Homepage heißt es', 'hieß es vom Abgeordneten X'."""
    after = toks[c + 1:]
    k = 0
    while k < len(after) and after[k].lower() in ("es", "dazu", "darin", "weiter", "jedoch", "nun", "auch", ","):
        k += 1
    if k < len(after) and after[k].lower() in _DOC_PREPS:
        sp = speaker_after(after[k + 1:])
        if sp:
            return sp
    start = 0
    for j in range(c - 1, -1, -1):
        if toks[j] in ".!?;:":
            start = j + 1
            break
    pre = toks[start:c]
    if pre and pre[0].lower() in _DOC_PREPS:
        return speaker_after(pre[1:])
    return None
