#!/bin/sh
# Every contact and every agency in the shipped content says when its facts
# were checked and on which page, every "what happens" has its own page and
# date, and no "read more" link shows opening hours the service has changed.
. "${TUKI_SRCDIR}/tests/lib.sh"
need python3
scratch
content="$TUKI_SRCDIR/content"
python3 "$TUKI_SRCDIR/tests/content/provenance.py" "$content" ||
	fail "a fact without its source or checked date (see above)"

# The check finds a contact without a source, a date in the future, a
# superseded page among the links, a phone cited to a page that does not
# show it and a fact cited to a page that is not stored.
cp "$content"/*.json "$SCRATCH/"
python3 - "$SCRATCH" <<'PY' || fail "could not plant the faults"
import json, sys
d = sys.argv[1]
with open(f"{d}/helplines.json", encoding="utf-8") as f:
    data = json.load(f)
del data["helplines"][1]["contacts"][0]["source"]
data["helplines"][2]["contacts"][0]["checked"] = "2999-01-01"
data["helplines"][2].setdefault("further_reading", []).append(
    "https://www.riku.fi/sv/brottsofferjourens-telefontjanst-far-nya-bredare-oppettider/")
dvv = next(h for h in data["helplines"] if h["id"] == "dvv-service")
next(k for k in dvv["contacts"] if k["type"] == "phone")["source"] = \
    "https://dvv.fi/tietojen-luovuttamisen-kieltaminen"
with open(f"{d}/helplines.json", "w", encoding="utf-8") as f:
    json.dump(data, f)
with open(f"{d}/steps.json", encoding="utf-8") as f:
    steps = json.load(f)
steps["agencies"][0]["source"] = "https://www.prh.fi/sv/uutislistaus/2020/P_22049.html"
with open(f"{d}/steps.json", "w", encoding="utf-8") as f:
    json.dump(steps, f)
PY
if python3 "$TUKI_SRCDIR/tests/content/provenance.py" "$SCRATCH" 2>"$SCRATCH/err"; then
	fail "planted faults passed"
fi
for what in 'no "source"' 'is after' 'superseded hours' 'does not show this phone number' \
	'is not a stored page'; do
	grep -qF "$what" "$SCRATCH/err" || fail "not reported: $what ($(cat "$SCRATCH/err"))"
done
