#!/usr/bin/env python3
"""provenance.py CONTENT_DIR [TODAY]: exit 1 when a fact has no provenance.

Every contact of every helpline and every agency of a step needs "checked"
(a real date, not after TODAY) and "source" (an http(s) address); hours
read elsewhere need both "hours_checked" and "hours_source"; a
"what_happens" needs its own date and page.  No "read more" link
(further_reading) may be a page known to show superseded opening hours,
and no fact may cite a page the content audit found not to support it.
Addresses may be plain strings or per-language objects."""
import datetime
import json
import re
import sys

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL = re.compile(r"^https?://[^\s]+$")

# Pages that still show hours the services changed (content audit 12/2026):
# RIKU's 2020 hours on its data-leak and 2020 news pages, and its 2016 hours.
SUPERSEDED = (
    "riku.fi/en/what-to-do-if-your-personal-data-has-been-leaked-online",
    "riku.fi/sv/brottsofferjourens-telefontjanst-far-nya-bredare-oppettider",
    "nuoret.riku.fi/uudet-maksuttomat-puhelinnumerot-rikosten-uhreille",
)

# Pages the content audit (12/2026) found not to support what they were
# cited for: DVV's disclosure-ban page shows no phone number or hours, and
# PRH's 2020 news is not among the stored pages.
NOT_FOR_PHONES = (
    "dvv.fi/tietojen-luovuttamisen-kieltaminen",
)
NOT_STORED = (
    "prh.fi/sv/uutislistaus/2020/P_22049.html",
)


def strings(value):
    """Every string in a value: an address, or a per-language object of them."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def check_pair(where, obj, date_key, source_key, required, today, problems):
    has_date, has_source = date_key in obj, source_key in obj
    if not has_date and not has_source and not required:
        return
    if not has_date:
        problems.append(f"{where}: no \"{date_key}\"")
    elif not isinstance(obj[date_key], str) or not DATE.match(obj[date_key]):
        problems.append(f"{where}: \"{date_key}\" is not a date: {obj[date_key]!r}")
    else:
        try:
            day = datetime.date.fromisoformat(obj[date_key])
        except ValueError:
            problems.append(f"{where}: \"{date_key}\" is not a date: {obj[date_key]!r}")
        else:
            if day > today:
                problems.append(f"{where}: \"{date_key}\" {day} is after {today}")
    if not has_source:
        problems.append(f"{where}: no \"{source_key}\"")
    elif not all(URL.match(s) for s in strings(obj[source_key])) or not list(strings(obj[source_key])):
        problems.append(f"{where}: \"{source_key}\" is not a web address: {obj[source_key]!r}")


def main():
    content = sys.argv[1]
    today = (datetime.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2
             else datetime.date.today())
    problems = []
    with open(f"{content}/helplines.json", encoding="utf-8") as f:
        helplines = json.load(f)["helplines"]
    with open(f"{content}/steps.json", encoding="utf-8") as f:
        agencies = json.load(f)["agencies"]

    for h in helplines:
        hid = h.get("id", "?")
        if not h.get("contacts"):
            problems.append(f"helplines.json \"{hid}\": no contacts")
        for i, k in enumerate(h.get("contacts", [])):
            where = f"helplines.json \"{hid}\" contacts[{i}]"
            check_pair(where, k, "checked", "source", True, today, problems)
            check_pair(where, k, "hours_checked", "hours_source", False, today, problems)
            cited = list(strings(k.get("source", ""))) + list(strings(k.get("hours_source", "")))
            for url in cited:
                if k.get("type") == "phone" and any(page in url for page in NOT_FOR_PHONES):
                    problems.append(f"{where}: {url} does not show this phone number or its hours")
                if any(page in url for page in NOT_STORED):
                    problems.append(f"{where}: {url} is not a stored page")
        check_pair(f"helplines.json \"{hid}\"", h, "what_happens_checked", "what_happens_source",
                   "what_happens" in h, today, problems)
        for url in strings(h.get("further_reading", [])):
            if any(page in url for page in SUPERSEDED):
                problems.append(f"helplines.json \"{hid}\" further_reading: {url} shows superseded hours")
    for a in agencies:
        where = f"steps.json agency \"{a.get('id', '?')}\""
        check_pair(where, a, "checked", "source", True, today, problems)
        for url in strings(a.get("source", "")):
            if any(page in url for page in NOT_STORED):
                problems.append(f"{where}: {url} is not a stored page")

    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
