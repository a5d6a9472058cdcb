#!/bin/sh
# The printed list and checklist in every language: no line wider than 72
# columns, not even a long web address (a wider line made a printer feed a
# blank sheet); an address too long for the line breaks after a slash and
# reads whole again when its pieces are joined; pages of exactly 60 lines separated by form feeds, every phone
# number of the content present, Markdown with headings, and the filters
# narrowing the list.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

export TUKI_NOW=2026-11-25T12:00
phones=$(grep -o '"value": "[+0-9][0-9 ]*"' "$TUKI_CONTENT_DIR/helplines.json" | sed 's/"value": "\(.*\)"/\1/' | sort -u)
[ -n "$phones" ] || fail "no phone numbers found in the content"

for lang in fi sv en; do
	for what in helplines steps; do
		"$TUKI" --print-$what --lang "$lang" >"$SCRATCH/$lang-$what.txt" || fail "print-$what $lang"
		# Display columns, not bytes: wc -L measures the widest line in the locale.
		widest=$(tr -d '\f' <"$SCRATCH/$lang-$what.txt" | LC_ALL=C.UTF-8 wc -L)
		[ "$widest" -le 72 ] || fail "$lang $what: a line is $widest columns wide"
		# Each page is 60 lines: count lines between form feeds.
		LC_ALL=C awk -v RS='\f' 'NF { n = split($0, l, "\n"); if (l[n] == "") n--; if (n != 60) { print "page " NR ": " n " lines"; bad = 1 } } END { exit bad }' \
			"$SCRATCH/$lang-$what.txt" || fail "$lang $what: a page is not 60 lines"
	done
	echo "$phones" | while read -r phone; do
		grep -qF "$phone" "$SCRATCH/$lang-helplines.txt" || fail "$lang: $phone is missing"
	done
	"$TUKI" --print-helplines --lang "$lang" --format markdown >"$SCRATCH/$lang.md"
	grep -q '^# ' "$SCRATCH/$lang.md" || fail "$lang markdown has no title heading"
	grep -q '^## ' "$SCRATCH/$lang.md" || fail "$lang markdown has no entry headings"
	if grep -q "$(printf '\f')" "$SCRATCH/$lang.md"; then fail "form feeds in markdown"; fi
done
grep -q "Hätänumero\|hätänumero" "$SCRATCH/fi-helplines.txt" || fail "the Finnish list is not in Finnish"

# Every address on the checklists, once the pieces of a broken one (a line
# ending in "/", then a next line that is one word) are joined, is one of the content's
# own, so a reader types it as printed.  (The content has one of 75 columns:
# it must break, and break after a "/".)
for lang in fi sv en; do
	LC_ALL=C awk '{ sub(/^ +/, "") }
		prev != "" { if ($0 !~ / / && $0 != "") $0 = prev $0; else print prev; prev = "" }
		/^https?:\/\/[^ ]*\/$/ { prev = $0; next } { print }' "$SCRATCH/$lang-steps.txt" |
		grep -o 'https\{0,1\}://[^ ]*' | sed 's/[.,;:)]*$//' | sort -u | while read -r url; do
		grep -qF "\"$url\"" "$TUKI_CONTENT_DIR/steps.json" "$TUKI_CONTENT_DIR/helplines.json" ||
			fail "$lang: $url on the checklist is not an address of the content"
	done
done
grep -q '^ *https://[^ ]*/$' "$SCRATCH/fi-steps.txt" || fail "no address broke after a slash"

entries() { grep -c '^---' "$1" || true; }
"$TUKI" --print-helplines --lang en --anonymous >"$SCRATCH/anon.txt"
[ "$(entries "$SCRATCH/anon.txt")" -lt "$(entries "$SCRATCH/en-helplines.txt")" ] || fail "--anonymous did not narrow"
grep -q "anonymous only" "$SCRATCH/anon.txt" || fail "the filter is not named on the paper"
TUKI_NOW=2026-11-22T03:00 "$TUKI" --print-helplines --lang en --open-now >"$SCRATCH/night.txt"
"$TUKI" --print-helplines --lang en --open-now >"$SCRATCH/noon.txt"
[ "$(entries "$SCRATCH/night.txt")" -lt "$(entries "$SCRATCH/noon.txt")" ] || fail "--open-now: night is not shorter"
grep -q "112" "$SCRATCH/night.txt" || fail "112 missing at night"
run_tuki_topic() { "$TUKI" --print-helplines --topic "$1" >/dev/null 2>"$SCRATCH/err"; }
set +e; run_tuki_topic no-such-topic; status=$?; set -e
[ "$status" = 64 ] || fail "unknown topic: status $status"
grep -q "the topics are" "$SCRATCH/err" || fail "no list of topics"
set +e; "$TUKI" --print-helplines --format postscript >/dev/null 2>&1; status=$?; set -e
[ "$status" = 64 ] || fail "bad format: status $status"

# The checklist takes --format markdown too.
"$TUKI" --print-steps --lang fi --format markdown >"$SCRATCH/steps.md" || fail "print-steps markdown"
grep -q '^# ' "$SCRATCH/steps.md" || fail "steps markdown has no title heading"
grep -q '^- \[ \] ' "$SCRATCH/steps.md" || fail "steps markdown has no list of boxes"
if grep -q "$(printf '\f')" "$SCRATCH/steps.md"; then fail "form feeds in steps markdown"; fi
