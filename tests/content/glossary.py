#!/usr/bin/env python3
"""glossary.py GLOSSARY.md fi.po sv.po: exit 1 when a catalog uses a variant
that po/GLOSSARY.md lists under "variants not to use" (see its header for
how the column is read)."""
import re
import sys


def variants(glossary):
    """(lang, variant text, compiled pattern) for every listed variant."""
    out = []
    for line in open(glossary, encoding="utf-8"):
        if not line.startswith("|") or line.startswith("|---"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] == "en":
            continue
        for part in filter(None, (p.strip() for p in cells[3].split(";"))):
            lang, _, words = part.partition(":")
            lang = lang.strip()
            if lang not in ("fi", "sv") or not words.strip():
                sys.exit("GLOSSARY.md: cannot read \"%s\" in the row for \"%s\"" % (part, cells[0]))
            for v in filter(None, (w.strip() for w in re.findall(r"`[^`]+`|[^,]+", words.strip()))):
                exact = v.startswith("`") and v.endswith("`")
                text = v.strip("`")
                if exact and len(text) > 2 and text.startswith("/") and text.endswith("/"):
                    # A pattern no word list can say, as a regular expression.
                    try:
                        out.append((lang, v, re.compile(text[1:-1])))
                    except re.error as err:
                        sys.exit("GLOSSARY.md: the pattern %s does not compile: %s" % (v, err))
                    continue
                stem = text.endswith("*")
                body = re.escape(text.rstrip("*")).replace(r"\ ", r"\s+")
                pattern = r"(?<!\w)" + body + (r"\w*" if stem else r"(?!\w)")
                out.append((lang, v, re.compile(pattern, 0 if exact else re.IGNORECASE)))
    return out


def pinned(glossary):
    """(en, fi, sv) for every row, each cell without its " — " note."""
    out = []
    for line in open(glossary, encoding="utf-8"):
        if not line.startswith("|") or line.startswith("|---"):
            continue
        cells = [c.strip().split(" \u2014 ")[0].strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] != "en":
            out.append(tuple(cells[:3]))
    return out


def translations(po):
    """(msgid, msgstr) pairs of a catalog, continuation lines joined."""
    pairs, msgid, strs, cur = [], None, [], None

    def flush():
        if msgid:
            for s in strs:
                pairs.append((msgid, s))

    for line in open(po, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#~"):
            continue
        m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
        if m:
            if m.group(1) == "msgid":
                flush()
                msgid, strs = m.group(2), []
                cur = "id"
            elif m.group(1).startswith("msgstr"):
                strs.append(m.group(2))
                cur = "str"
            else:
                cur = "plural"
            continue
        m = re.match(r'^"(.*)"$', line)
        if m and cur == "id":
            msgid += m.group(1)
        elif m and cur == "str":
            strs[-1] += m.group(1)
    flush()
    return [(i, s.replace('\\"', '"').replace("\\n", " ")) for i, s in pairs]


def main():
    glossary, pos = sys.argv[1], {"fi": sys.argv[2], "sv": sys.argv[3]}
    rules = variants(glossary)
    if not rules:
        sys.exit("GLOSSARY.md: no variants found in the table")
    bad = 0
    for lang, v, pattern in rules:
        # The pattern must find the variant itself, or the rule checks nothing
        # (a regular expression is tried by glossary.sh on planted text).
        if not v.startswith("`/") and not pattern.search(v.strip("`").rstrip("*")):
            sys.exit("GLOSSARY.md: the variant %s cannot match" % v)
        for msgid, msgstr in translations(pos[lang]):
            hit = pattern.search(msgstr)
            if hit:
                print("%s.po uses \"%s\" (glossary: not %s) in: %s" % (lang, hit.group(0), v, msgid[:70]))
                bad = 1
    # Where the English term is itself a msgid, the catalogs must use the table's words.
    checked = 0
    for en, *words in pinned(glossary):
        for lang, want in zip(("fi", "sv"), words):
            got = [s for i, s in translations(pos[lang]) if i == en]
            if not got:
                continue
            checked += 1
            if got[0] != want:
                print("%s.po translates \"%s\" as \"%s\"; po/GLOSSARY.md says \"%s\""
                      % (lang, en, got[0], want))
                bad = 1
    if checked < 40:
        sys.exit("GLOSSARY.md: only %d rows name a msgid; the table looks broken" % checked)
    return bad


sys.exit(main())
