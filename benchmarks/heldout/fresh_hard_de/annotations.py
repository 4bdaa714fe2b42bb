# Hand-written annotations for fresh_hard_de.  Q(parts, speaker, speaker_name, kind, style, via=, note=)
# kind: person | role | organisation | document | pronoun | unattributed (speaker None)
# style: after | so | colon | interrupted | partial | context | next | impersonal |
#        laut | zufolge | nach_angaben | interview   (see README.md)
ARTICLES = []
def Q(parts, speaker, name, kind, style, via=None, note=None):
    if isinstance(parts, str):
        parts = [parts]
    return {"parts": parts, "speaker": speaker, "name": name, "kind": kind,
            "style": style, "via": via, "note": note}
def A(aid, quotes, excluded=(), marks="de"):
    ARTICLES.append({"id": aid, "quotes": quotes, "excluded": list(excluded), "marks": marks})
