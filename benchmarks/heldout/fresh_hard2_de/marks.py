MARKS = {
    "de": ("\u201e", "\u201c"),        # „ … “
    "swiss": ("\u00ab", "\u00bb"),     # « … »
    "guil": ("\u00bb", "\u00ab"),      # » … «
    "straight": ('"', '"'),            # " … "
    "en": ("\u201c", "\u201d"),        # “ … ”
}
# nested marks allowed inside quotes of each style
NESTED = {"de": "\u201a\u2018", "swiss": "\u2039\u203a", "guil": "\u203a\u2039",
          "straight": "'", "en": "\u2018\u2019"}

def find_close(text, i, op, cl):
    """Index of the closing mark for the opening mark at i.  If a new opening
    mark appears after a paragraph break before any closing mark, the quote is
    treated as continuing into that paragraph (German convention)."""
    k = i + 1
    while True:
        if op == cl:
            j = text.find(cl, k)
            if j < 0:
                raise ValueError(f"unclosed quote at {i}")
            return j
        jc = text.find(cl, k)
        jo = text.find(op, k)
        if jc < 0:
            raise ValueError(f"unclosed quote at {i}")
        if 0 <= jo < jc:
            if "\n\n" not in text[k:jo]:
                raise ValueError(f"nested/unbalanced opening mark at {jo}")
            k = jo + 1
            continue
        return jc

def all_pairs(text, op, cl):
    pairs = []
    k = 0
    while True:
        i = text.find(op, k)
        if i < 0:
            break
        j = find_close(text, i, op, cl)
        pairs.append((i, j + 1))
        k = j + 1
    return pairs
