#!/usr/bin/env python3
"""pofilter_exceptions.py EXCEPTIONS fi-findings.po sv-findings.po

Reads pofilter's output catalogs and fails on every finding that
po/pofilter-exceptions does not list, and on every listed exception that
matches no finding (the list must stay true)."""
import re
import sys

from translate.storage import po


def exceptions(path):
    out = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ", 3)]
        if len(parts) != 4 or not parts[3]:
            sys.exit("%s:%d: expected \"LANG | CHECK | MSGID | REASON\"" % (path, n))
        lang, check, msgid, _ = parts
        if lang not in ("fi", "sv", "*"):
            sys.exit("%s:%d: LANG must be fi, sv or *" % (path, n))
        out.append({"line": n, "lang": lang, "check": check, "msgid": msgid, "used": set()})
    return out


def matches(e, lang, check, msgid):
    if e["lang"] not in ("*", lang) or e["check"] != check:
        return False
    if e["msgid"].endswith("..."):
        return msgid.startswith(e["msgid"][:-3])
    return msgid == e["msgid"]


def main():
    path = sys.argv[1]
    rules = exceptions(path)
    bad = 0
    for lang, findings in (("fi", sys.argv[2]), ("sv", sys.argv[3])):
        store = po.pofile.parsefile(findings)
        for unit in store.units:
            if unit.isheader():
                continue
            for note in unit.getnotes("translator").split("\n"):
                m = re.match(r"\(pofilter\) (\w+): (.*)", note)
                if not m:
                    continue
                hit = [e for e in rules if matches(e, lang, m.group(1), unit.source)]
                for e in hit:
                    e["used"].add(lang)
                if not hit:
                    print("%s.po: %s (%s): msgid %r, msgstr %r" % (lang, m.group(1), m.group(2),
                        unit.source[:80], unit.target[:80]))
                    bad = 1
    for e in rules:
        want = {"fi", "sv"} if e["lang"] == "*" else {e["lang"]}
        if not e["used"] >= want:
            print("%s:%d: no %s finding matches any more (%s): remove or narrow the line"
                % (path, e["line"], e["check"], ", ".join(sorted(want - e["used"]))))
            bad = 1
    return bad


sys.exit(main())
