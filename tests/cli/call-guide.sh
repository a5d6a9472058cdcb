#!/bin/sh
# What happens when you get in touch, and how you could begin: shown for a
# helpline that has them (MIELI) in fi, sv and en, absent where the content
# has none (the Data Protection Ombudsman); a step's first sentence on its
# page; --check-content wants a source with every "what_happens".
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

detail() {      # detail LANG NUMBER: plain-mode transcript of helpline NUMBER
	printf '4\n%s\nq\n' "$2" | "$TUKI" --plain --lang "$1" >"$SCRATCH/out" 2>&1 || fail "status $?"
}
detail en 2
grep -qx "What happens when you get in touch" "$SCRATCH/out" || fail "en: no heading: $(cat "$SCRATCH/out")"
grep -q "^A crisis worker or a trained volunteer answers\." "$SCRATCH/out" || fail "en: no what_happens"
grep -qx "You could begin like this" "$SCRATCH/out" || fail "en: no you_could_say heading"
grep -q "^I'm in a crisis because my therapy notes were leaked" "$SCRATCH/out" || fail "en: no sentence"
detail fi 2
grep -qx "Mitä tapahtuu, kun otat yhteyttä" "$SCRATCH/out" || fail "fi: no heading"
grep -qx "Voit aloittaa vaikka näin" "$SCRATCH/out" || fail "fi: no you_could_say heading"
detail sv 2
grep -qx "Så går det till när du tar kontakt" "$SCRATCH/out" || fail "sv: no heading"
grep -q "^En krisarbetare eller en utbildad frivillig svarar\." "$SCRATCH/out" || fail "sv: not translated"
# The ombudsman's entry has neither (found by name: the list is read in pages).
detail en "$(printf '4\nn\nn\nn\nq\n' | "$TUKI" --plain --lang en 2>/dev/null |
	sed -n 's/^\([0-9]*\)\. Office of the Data Protection Ombudsman.*/\1/p')"
grep -q "Data Protection Ombudsman" "$SCRATCH/out" || fail "not the ombudsman's entry: $(cat "$SCRATCH/out")"
grep -q "What happens when you get in touch\|You could begin like this" "$SCRATCH/out" &&
	fail "an entry without the texts shows their headings"
# A step's page ends with how a call could begin.
printf '3\ns\n3\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^My bank details may have leaked in a data breach\." "$SCRATCH/out" ||
	fail "the bank step lacks its sentence: $(cat "$SCRATCH/out")"
# Its lines answer in Finnish, and the English page says so, after the
# line's status (around the clock: open now), as the directory's row does.
grep -q "^1  OP Deactivation Service: 0 1 0 0, 0 5 5 5 (open now, in Finnish)$" "$SCRATCH/out" ||
	fail "the bank step does not say its line is open and answers in Finnish"

# The content check: a "what_happens" needs its date and page.
cp "$TUKI_FIXTURES"/*.json "$SCRATCH/"
python3 - "$SCRATCH/helplines.json" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8"))
d["helplines"][0]["what_happens"] = "Someone who knows answers."
json.dump(d, open(p, "w", encoding="utf-8"), indent=1)
PY
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "what_happens_checked"
python3 - "$SCRATCH/helplines.json" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8"))
d["helplines"][0].update({"what_happens_checked": "2026-12-02",
    "what_happens_source": "https://example.org/about", "you_could_say": "Hello, I need to talk."})
json.dump(d, open(p, "w", encoding="utf-8"), indent=1)
PY
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 0
