#!/usr/bin/env python3
"""column_limits.py CATALOG.po...: exit 1 when a string is wider than the
"at most N columns" its translator note states.  Checks the English msgid
and every msgstr, by display width (East Asian wide characters count two,
combining marks none).  printf directives and {slots} are left out of the
count, so a string with them is measured by its own words."""
import re
import sys
import unicodedata

LIMIT = re.compile(r"at most (\d+) columns", re.IGNORECASE)
DIRECTIVE = re.compile(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?(hh|h|ll|l|j|z|t|L)?[diouxXeEfgGcsp%]|\{[a-z]+\}")


def width(s):
    s = DIRECTIVE.sub("", s)
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def unquote(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def entries(path):
    """(note, msgid, [msgstr...]) for every entry."""
    out, note, msgid, strs, cur = [], [], None, [], None

    def flush():
        if msgid:
            out.append((" ".join(note), msgid, strs))

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#."):
            if cur is not None:
                flush()
                note, msgid, strs, cur = [], None, [], None
            note.append(line[2:].strip().lstrip("* ").strip())
            continue
        m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
        if m:
            key, text = m.group(1), unquote(m.group(2))
            if key == "msgid":
                if cur is not None and cur != "note":
                    pass
                msgid, cur = text, "id"
            elif key == "msgid_plural":
                strs.append(text)          # the English plural is checked too
                cur = "plural"
            else:
                strs.append(text)
                cur = "str"
            continue
        m = re.match(r'^"(.*)"$', line)
        if m and cur == "id":
            msgid += unquote(m.group(1))
        elif m and cur in ("str", "plural"):
            strs[-1] += unquote(m.group(1))
        elif not line.strip():
            flush()
            note, msgid, strs, cur = [], None, [], None
    flush()
    return out


def main():
    bad = checked = 0
    for path in sys.argv[1:]:
        for note, msgid, strs in entries(path):
            m = LIMIT.search(note)
            if not m:
                continue
            limit = int(m.group(1))
            checked += 1
            for text in [msgid] + strs:
                for line in text.split("\n"):
                    if width(line) > limit:
                        print("%s: \"%s\" is %d columns, the limit is %d (msgid \"%s\")"
                              % (path, line, width(line), limit, msgid))
                        bad = 1
    if checked == 0:
        sys.exit("no \"at most N columns\" notes found: the check would test nothing")
    return bad


sys.exit(main())
