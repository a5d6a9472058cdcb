#!/bin/sh
# The fact-check sheet (--print-facts): every dated fact a person can act on,
# oldest check first; those checked more than 12 months before TUKI_NOW
# marked, exactly the ones --check-content warns about (a "read more" page,
# shown to no one, aside); every phone number in the content on it; a
# centre's local.d entries on it, marked as its own; the typeset PDF has the
# same facts and a QR code for each source that decodes to exactly that
# source; a printer gets the PDF; option errors exit 64.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
need python3

export XDG_STATE_HOME="$SCRATCH/state"
export TUKI_NOW=2027-12-01T12:00

"$TUKI" --print-facts --lang en >"$SCRATCH/en.txt" || fail "--print-facts: status $?"

# Oldest first: the dates (YYYY-MM-DD in English) never go back.
grep -o 'Checked on [0-9-]*' "$SCRATCH/en.txt" | cut -d' ' -f3 >"$SCRATCH/dates"
[ "$(wc -l <"$SCRATCH/dates")" -gt 50 ] || fail "too few facts: $(wc -l <"$SCRATCH/dates")"
sort -c "$SCRATCH/dates" || fail "the facts are not oldest first"

# Marked: older than 365 days before 2027-12-01, and only those.
grep 'Checked on' "$SCRATCH/en.txt" | while read -r _ _ date rest; do
	case $rest in
	*"more than 12 months ago"*) [ "$date" \< 2026-12-01 ] || fail "$date is marked" ;;
	*) [ ! "$date" \< 2026-12-01 ] || fail "$date is not marked" ;;
	esac
done
marked=$(grep -c 'Checked on .* more than 12 months ago' "$SCRATCH/en.txt")
[ "$marked" -gt 0 ] || fail "nothing is marked a year on"
grep -q "^$marked of them were last checked more than 12 months ago" "$SCRATCH/en.txt" ||
	fail "the header does not count $marked old facts"
# The same facts --check-content warns about (its "read more" pages aside).
"$TUKI" --check-content 2>"$SCRATCH/warnings" >/dev/null || true
warned=$(grep 'more than a year ago' "$SCRATCH/warnings" | grep -vc 'further_reading')
[ "$warned" = "$marked" ] || fail "--check-content warns about $warned facts, the sheet marks $marked"

# Every phone number in the content is on the sheet.
python3 -c '
import json, sys
for h in json.load(open(sys.argv[1]))["helplines"]:
    for c in h["contacts"]:
        if c["type"] == "phone":
            print(c["value"])
' "$TUKI_CONTENT_DIR/helplines.json" | while IFS= read -r number; do
	grep -qF "Phone $number" "$SCRATCH/en.txt" || fail "the sheet lacks $number"
done
grep -q "^How to correct a fact" "$SCRATCH/en.txt" || fail "no way to correct a fact"
grep -qF "tuki --check-content --local-dir DIR" "$SCRATCH/en.txt" || fail "no way to check a file"

# A year later still (nothing checked since): every fact is marked.
TUKI_NOW=2030-01-01T12:00 "$TUKI" --print-facts --lang en >"$SCRATCH/late.txt"
[ "$(grep -c 'Checked on' "$SCRATCH/late.txt")" = "$(grep -c 'Checked on .* more than 12 months ago' "$SCRATCH/late.txt")" ] ||
	fail "in 2030 some fact is not marked"
# Right after the checks: nothing is.
TUKI_NOW=2026-12-07T12:00 "$TUKI" --print-facts --lang en >"$SCRATCH/fresh.txt"
if grep -q 'more than 12 months ago' "$SCRATCH/fresh.txt"; then fail "fresh facts are marked"; fi
grep -q "Every fact was checked within the last year." "$SCRATCH/fresh.txt" || fail "no all-fresh line"

# A centre's own entries: on the sheet, marked, the oldest one first.
mkdir -m 755 "$SCRATCH/local"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$SCRATCH/local/"
chmod 644 "$SCRATCH/local/centre.json"
"$TUKI" --print-facts --lang fi --local-dir "$SCRATCH/local" >"$SCRATCH/local.txt" 2>"$SCRATCH/err" ||
	fail "with local.d: status $? ($(cat "$SCRATCH/err"))"
grep -q "^Testikeskuksen kriisivastaanotto (tämän keskuksen lisäämä)$" "$SCRATCH/local.txt" ||
	fail "the centre's walk-in is not marked as its own"
grep -qF "Puh. 09 123 456" "$SCRATCH/local.txt" || fail "the centre's number is missing"
first=$(grep -m1 -n "(tämän keskuksen lisäämä)" "$SCRATCH/local.txt" | cut -d: -f2)
[ "$first" = "Testikeskuksen vertaisryhmä (tämän keskuksen lisäämä)" ] ||
	fail "the oldest fact (2024) is not first: $first"
grep -qF 'Tiedostossa: centre.json, "test-centre-group", contacts[0].checked' "$SCRATCH/local.txt" ||
	fail "the centre's file is not named"

# Option errors: another mode, a filter, a format, a PDF on a terminal.
run_tuki --print-facts --print-steps
expect_status 64
expect_err "--print-facts and --print-steps cannot be used together"
run_tuki --print-facts --anonymous
expect_status 64
expect_err "--anonymous works only with --print-helplines"
run_tuki --print-facts --format html
expect_status 64
run_tuki --check-content --format text
expect_status 64
expect_err "--print-facts"
run_tuki --print-facts --lang xx
expect_status 64

if "$TUKI" --version | grep -q "PDF"; then
	exit 0     # built --without-pdf: the text sheet is all there is
fi
need pdftotext
need pdftoppm
need zbarimg
if command -v script >/dev/null 2>&1; then
	set +e
	script -qec "$TUKI --print-facts --format pdf" /dev/null >"$SCRATCH/tty" 2>&1
	status=$?
	set -e
	[ "$status" = 64 ] || fail "PDF to a terminal: status $status, expected 64"
	grep -q "facts.pdf" "$SCRATCH/tty" || fail "no hint: $(cat "$SCRATCH/tty")"
fi

# each_language CHECK: runs the shell function CHECK for fi, sv and en side
# by side (the work is the processor's, and the tests around this one
# mostly wait), and fails when one of them failed (its FAIL line says why).
each_language() {
	pids=
	for lang in fi sv en; do
		"$1" "$lang" &
		pids="$pids $!"
	done
	for pid in $pids; do
		wait "$pid" || fail "$1: a language failed (above)"
	done
}

# The PDF: the same facts, and each source's code decodes to that source.
make_pdf() {
	"$TUKI" --print-facts --lang "$1" --format pdf >"$SCRATCH/$1.pdf" 2>"$SCRATCH/$1.err" ||
		fail "$1 PDF: status $? ($(cat "$SCRATCH/$1.err"))"
	"$TUKI" --print-facts --lang "$1" >"$SCRATCH/$1.txt"
	pdftotext "$SCRATCH/$1.pdf" "$SCRATCH/$1.pdf.txt"
	python3 "$TUKI_SRCDIR/tests/print/pdf_legibility.py" "$SCRATCH/$1.pdf" >"$SCRATCH/$1.legibility" ||
		fail "$1: $(cat "$SCRATCH/$1.legibility")"
}
each_language make_pdf
checked=$(grep -c 'Checked on' "$SCRATCH/en.txt")
[ "$(grep -c 'Checked on' "$SCRATCH/en.pdf.txt")" = "$checked" ] ||
	fail "the PDF has $(grep -c 'Checked on' "$SCRATCH/en.pdf.txt") dates, the text $checked"
[ "$(grep -cx 'more than 12 months ago' "$SCRATCH/en.pdf.txt")" = "$marked" ] ||
	fail "the PDF does not mark the same $marked facts"
grep -q "Tietojen tarkistuslomake" "$SCRATCH/fi.pdf.txt" || fail "the Finnish PDF has no Finnish title"
grep -q "Kontrollblankett" "$SCRATCH/sv.pdf.txt" || fail "the Swedish PDF has no Swedish title"
tr -s ' \n' '  ' <"$SCRATCH/en.pdf.txt" >"$SCRATCH/flat"
for number in "09 2525 0111" "116 117" "0800 161 177"; do
	grep -qF "$number" "$SCRATCH/flat" || fail "the PDF lacks $number"
done
# The sources of the facts on the sheet (a "read more" page is not on it).
python3 -c '
import json, sys
d = sys.argv[1]
def pages(v):
    if isinstance(v, dict):
        for p in v.values():
            yield p["source"]
h = json.load(open(d + "/helplines.json"))["helplines"]
s = json.load(open(d + "/steps.json"))["agencies"]
for x in h:
    for c in x["contacts"]:
        print(c["source"])
        if "hours_source" in c: print(c["hours_source"])
        for p in pages(c["value"]): print(p)
    if "what_happens_source" in x: print(x["what_happens_source"])
for a in s:
    print(a["source"])
    for p in pages(a.get("web")): print(p)
' "$TUKI_CONTENT_DIR" | sort -u >"$SCRATCH/sources"
# In every language: the sheet lists every language's page of an address.
# The codes sit in the right-hand column, as on the helpline list: only
# the strip from 400 pt to the page's edge is rasterised (tests/print/pdf.sh
# says why); a code anywhere else would be missed, and the sources differ.
decode_codes() {
	mkdir "$SCRATCH/pages-$1"
	pdftoppm -r 150 -gray -png -x 833 -y 0 -W 407 -H 1754 "$SCRATCH/$1.pdf" "$SCRATCH/pages-$1/page"
	for png in "$SCRATCH/pages-$1"/page-*.png; do
		zbarimg -q --raw "$png" 2>/dev/null || true
		rm -f "$png"
	done | sed '/^$/d' | sort -u >"$SCRATCH/$1.codes"
	if ! cmp -s "$SCRATCH/sources" "$SCRATCH/$1.codes"; then
		diff "$SCRATCH/sources" "$SCRATCH/$1.codes" >&2 || true
		fail "$1: the QR codes do not match the sources (< in the content, > decoded)"
	fi
}
each_language decode_codes

# A printer gets the PDF.
mkdir "$SCRATCH/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"$FAKE_LP_DIR/argv"\ncat >"$FAKE_LP_DIR/stdin"\n' >"$SCRATCH/bin/lp"
chmod +x "$SCRATCH/bin/lp"
FAKE_LP_DIR="$SCRATCH" TUKI_CUPS_BINDIR="$SCRATCH/bin" "$TUKI" --print-facts --lang sv --printer desk 2>/dev/null ||
	fail "--print-facts to lp failed"
[ "$(tr '\n' ' ' <"$SCRATCH/argv")" = "-d desk -t tuki -o media=A4 " ] ||
	fail "lp arguments: $(tr '\n' ' ' <"$SCRATCH/argv")"
pdftotext "$SCRATCH/stdin" - | grep -q "Kontrollblankett" || fail "lp did not get the Swedish sheet"
