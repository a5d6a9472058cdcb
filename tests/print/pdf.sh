#!/bin/sh
# The typeset PDF (--format pdf) of the helpline list and the checklist in
# fi, sv and en: A4, as many pages as its own footer says, the document
# title and language set, every font embedded, every name and phone number
# of the text version in the same order as real text, one QR code per web
# address decoding to exactly that address, nothing outside the page; an
# entry longer than a page continues.  Then: no font cache is written, a
# missing font is exit 69 naming the package, a PDF is refused on a
# terminal, and a printer gets the PDF by default with -o media=A4 only.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

if "$TUKI" --version | grep -q "PDF"; then skip "this tuki was built --without-pdf"; fi
need pdfinfo
need python3
need pdffonts
need pdftotext
need pdftoppm
need zbarimg

export TUKI_NOW=2026-11-25T12:00
export XDG_STATE_HOME="$SCRATCH/state"

# One line of words: pdftotext's layout spaces and line ends do not count.
flat() { tr -s ' \n\f\t' '    ' | sed 's/^ //'; }

# Phone numbers and entry names of the text version, in order, one a line.
text_items() {
	awk '
		/^-+$/ && prev != "" { print prev }
		/^  (Phone|Puh\.|Tfn|Telefon) / { sub(/^  [^ ]+ /, ""); sub(/ —.*/, ""); print }
		{ prev = $0 }' "$1"
}

# Each item of file $1 must come after the one before it in the flat text $2.
in_order() {
	rest=$(cat "$2")
	while IFS= read -r item; do
		case "$rest" in
		*"$item"*) rest=${rest#*"$item"} ;;
		*) fail "$3: \"$item\" is missing or out of order in the PDF text" ;;
		esac
	done <"$1"
}

# The web addresses printed in the text version (the guide's too), sorted;
# one broken after a "/" for the 72 columns is joined with its next line.
addresses() {
	LC_ALL=C awk '{ sub(/^ +/, "") }
		prev != "" { if ($0 !~ / / && $0 != "") $0 = prev $0; else print prev; prev = "" }
		/^https?:\/\/[^ ]*\/$/ { prev = $0; next } { print }' "$1" |
		grep -o 'https\{0,1\}://[^ ,]*' | sort
}

for lang in fi sv en; do
	for what in helplines steps; do
		pdf="$SCRATCH/$lang-$what.pdf"
		"$TUKI" --print-$what --lang "$lang" --format pdf >"$pdf" 2>"$SCRATCH/err" ||
			fail "$lang $what: status $? ($(cat "$SCRATCH/err"))"
		"$TUKI" --print-$what --lang "$lang" >"$SCRATCH/$lang-$what.txt"
		info=$(pdfinfo "$pdf") || fail "$lang $what: pdfinfo cannot read it"
		echo "$info" | grep -q '^Page size: *595.* x 841.* (A4)' ||
			fail "$lang $what: not A4: $(echo "$info" | grep 'Page size')"
		pages=$(echo "$info" | awk '/^Pages:/ { print $2 }')
		pdftotext -layout "$pdf" "$SCRATCH/$lang-$what.pdf.txt"
		# The footer's "of N" on the last page is the page count the layout computed.
		said=$(grep -o '[0-9][0-9]* */ *[0-9][0-9]*\|[0-9][0-9]* [a-zä]* [0-9][0-9]*$' \
			"$SCRATCH/$lang-$what.pdf.txt" | tail -1 | grep -o '[0-9][0-9]*$')
		[ "$pages" = "$said" ] || fail "$lang $what: pdfinfo says $pages pages, the footer $said"
		echo "$info" | grep -qi '^Title: *.*tuki' || fail "$lang $what: no document title"
		# The document language, for screen readers (an update after cairo's catalog).
		grep -aq "^   /Lang ($lang)$" "$pdf" || fail "$lang $what: no document language"
		# Tagged, as README says: the structure tree and /MarkInfo both.
		echo "$info" | grep -q '^Tagged: *yes' || fail "$lang $what: pdfinfo says it is not tagged"
		# Legible at arm's length: body text 10 pt or more, not grey,
		# italics only for short asides.
		python3 "$TUKI_SRCDIR/tests/print/pdf_legibility.py" "$pdf" >"$SCRATCH/legibility" ||
			fail "$lang $what: $(cat "$SCRATCH/legibility")"
		# Every font embedded: the "emb" column (third from the right) says yes.
		pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes" { print; bad = 1 } END { exit bad }' ||
			fail "$lang $what: a font is not embedded"
		[ "$(pdffonts "$pdf" | awk 'NR > 2' | wc -l)" -gt 0 ] || fail "$lang $what: no fonts"
		flat <"$SCRATCH/$lang-$what.pdf.txt" >"$SCRATCH/flat"
		# Nothing outside the page (with a small margin).
		pdftotext -bbox "$pdf" - | awk -F'"' '/<word / {
			if ($2 < 14 || $6 > 581 || $4 < 14 || $8 > 828) { print; bad = 1 } } END { exit bad }' ||
			fail "$lang $what: text outside the page"
		# One code per web address, each decoding to exactly that address.
		# The codes sit in the right-hand column, their right edge at 539 pt
		# and at most 59 pt wide (render/pdf_draw.c): only the strip from
		# 400 pt to the page's edge is rasterised (833 px at 150 dpi), a
		# third of the work; a code anywhere else would be missed, and fail.
		pdftoppm -r 150 -gray -png -x 833 -y 0 -W 407 -H 1754 "$pdf" "$SCRATCH/page"
		for png in "$SCRATCH"/page-*.png; do
			zbarimg -q --raw "$png" 2>/dev/null || true
			rm -f "$png"
		done | sed '/^$/d' | sort >"$SCRATCH/codes"
		addresses "$SCRATCH/$lang-$what.txt" >"$SCRATCH/expected"
		if [ "$what" = helplines ]; then
			# The guide closes the text: heading, rule, name, then its address
			# for this language (with "(in English)" after one in another).
			sed 's/ ([^)]*)$//' "$SCRATCH/$lang-$what.txt" >"$SCRATCH/untagged"
			guide=$(awk '/^=+$/ { n = NR } n && NR == n + 2 && /^https?:/ { print }' "$SCRATCH/untagged" | tail -1)
			case $guide in
			https://*) ;;
			*) fail "$lang: the text has no guide's address under a heading" ;;
			esac
			grep -qF "$guide" "$SCRATCH/flat" || fail "$lang: the guide's address is not printed"
			gname=$(grep -B1 -xF "$guide" "$SCRATCH/untagged" | head -1)
			grep -qF "$gname" "$SCRATCH/flat" || fail "$lang: the guide's name '$gname' is not in the PDF"
			[ "$(grep -cxF "$guide" "$SCRATCH/expected")" = 1 ] ||
				fail "$lang: the text prints the guide's address $(grep -cxF "$guide" "$SCRATCH/expected") times"
			text_items "$SCRATCH/$lang-$what.txt" >"$SCRATCH/items"
			[ "$(wc -l <"$SCRATCH/items")" -gt 20 ] || fail "$lang: too few names and numbers found"
			in_order "$SCRATCH/items" "$SCRATCH/flat" "$lang $what"
			grep -q "112" "$SCRATCH/flat" || fail "$lang: no 112"
		else
			# Every step's title is there, in order (the text version's box lines).
			grep -v '\[x\].*\[-\]' "$SCRATCH/$lang-$what.txt" | sed -n 's/^\[.\] //p' >"$SCRATCH/items"
			[ "$(wc -l <"$SCRATCH/items")" -gt 10 ] || fail "$lang: too few steps found"
			# A long title wraps in the text version: compare its first words only.
			cut -d' ' -f1-4 "$SCRATCH/items" >"$SCRATCH/items4"
			in_order "$SCRATCH/items4" "$SCRATCH/flat" "$lang $what"
		fi
		if ! cmp -s "$SCRATCH/codes" "$SCRATCH/expected"; then
			diff "$SCRATCH/expected" "$SCRATCH/codes" >&2 || true
			fail "$lang $what: the QR codes do not match the web addresses (< printed, > decoded)"
		fi
	done
done

# Done steps have a ticked box and their date on the "done on" line.
mkdir -p "$SCRATCH/state/tuki"
printf '{"version": 1, "steps": {"bank": {"state": "done", "date": "2026-11-23"}}}\n' \
	>"$SCRATCH/state/tuki/progress.json"
"$TUKI" --print-steps --lang fi --format pdf >"$SCRATCH/marked.pdf"
pdftotext "$SCRATCH/marked.pdf" - | grep -q "23.11.2026" || fail "the done date is not on the checklist"

# An entry longer than a page goes on overleaf after a "continued" line,
# every number still there and nothing off the page.
mkdir "$SCRATCH/long"
cp "$TUKI_FIXTURES/pages.json" "$TUKI_FIXTURES/steps.json" "$SCRATCH/long/"
{
	sed '$d' "$TUKI_FIXTURES/helplines.json" | sed '$d'
	printf '    ,{"id": "long", "name": "Many lines", "description": "Many.", "anonymous": null,\n'
	printf '     "cost": "unknown", "need": "talk", "topics": ["crisis"], "contacts": [\n'
	for i in $(seq 10 49); do
		[ "$i" = 10 ] || printf ','
		printf '{"type": "phone", "value": "0800 100 %s", "languages": ["fi"], "hours": {"mon": [["09:00", "10:00"]]}, "checked": "2026-11-22", "source": "https://example.org"}\n' "$i"
	done
	printf '    ]}\n  ]\n}\n'
} >"$SCRATCH/long/helplines.json"
"$TUKI" --check-content --content-dir "$SCRATCH/long" >/dev/null || fail "the long fixture is not valid"
"$TUKI" --print-helplines --lang en --format pdf --content-dir "$SCRATCH/long" >"$SCRATCH/long.pdf" ||
	fail "the long entry: status $?"
pdftotext "$SCRATCH/long.pdf" - | flat >"$SCRATCH/long.txt"
grep -q "(continued on the next page)" "$SCRATCH/long.txt" || fail "the long entry has no continued line"
for i in $(seq 10 49); do
	grep -q "0800 100 $i" "$SCRATCH/long.txt" || fail "the long entry lost 0800 100 $i"
done
[ "$(pdfinfo "$SCRATCH/long.pdf" | awk '/^Pages:/ { print $2 }')" -ge 2 ] || fail "the long entry fits one page?"
pdftotext -bbox "$SCRATCH/long.pdf" - | awk -F'"' '/<word / {
	if ($6 > 581 || $8 > 828) { print; bad = 1 } } END { exit bad }' || fail "the long entry runs off the page"

# No font with the letters: exit 69 and the package to install, nothing on stdout.
mkdir "$SCRATCH/nofonts"
printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' \
	"$SCRATCH/nofonts" "$SCRATCH/nofonts" >"$SCRATCH/fonts.conf"
set +e
FONTCONFIG_FILE="$SCRATCH/fonts.conf" "$TUKI" --print-helplines --format pdf >"$SCRATCH/out" 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 69 ] || fail "without fonts: status $status, expected 69"
grep -q "fonts-dejavu-core" "$SCRATCH/err" || fail "without fonts: no package named: $(cat "$SCRATCH/err")"
[ ! -s "$SCRATCH/out" ] || fail "without fonts: something was written"

# Fonts without a cache: fontconfig must not write one into the home
# directory (a kiosk writes nothing; personal mode only what is asked for).
dejavu=/usr/share/fonts/truetype/dejavu
if [ -f "$dejavu/DejaVuSans.ttf" ]; then
	mkdir -p "$SCRATCH/fonts" "$SCRATCH/home"
	cp "$dejavu"/DejaVuSans*.ttf "$SCRATCH/fonts/"
	printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir prefix="xdg">fontconfig</cachedir></fontconfig>\n' \
		"$SCRATCH/fonts" >"$SCRATCH/home.conf"
	HOME="$SCRATCH/home" XDG_CACHE_HOME="$SCRATCH/home/.cache" FONTCONFIG_FILE="$SCRATCH/home.conf" \
		"$TUKI" --print-helplines --format pdf >"$SCRATCH/home.pdf" || fail "with uncached fonts: status $?"
	[ -z "$(ls -A "$SCRATCH/home")" ] || fail "a font cache was written: $(find "$SCRATCH/home")"
	[ -z "$(find "$SCRATCH/fonts" -name '*cache*')" ] || fail "a font cache was written beside the fonts"
	pdfinfo "$SCRATCH/home.pdf" >/dev/null || fail "with uncached fonts: no PDF"
fi

# Not on a terminal: exit 64 with a hint.
if command -v script >/dev/null 2>&1; then
	set +e
	script -qec "$TUKI --print-helplines --format pdf" /dev/null >"$SCRATCH/tty" 2>&1
	status=$?
	set -e
	[ "$status" = 64 ] || fail "PDF to a terminal: status $status, expected 64"
	grep -q "helplines.pdf" "$SCRATCH/tty" || fail "no hint: $(cat "$SCRATCH/tty")"
	if grep -q "%PDF" "$SCRATCH/tty"; then fail "the PDF reached the terminal"; fi
fi

# A printer gets the PDF by default, with only the paper size.
mkdir "$SCRATCH/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"$FAKE_LP_DIR/argv"\ncat >"$FAKE_LP_DIR/stdin"\n' >"$SCRATCH/bin/lp"
chmod +x "$SCRATCH/bin/lp"
FAKE_LP_DIR="$SCRATCH" TUKI_CUPS_BINDIR="$SCRATCH/bin" "$TUKI" --print-steps --lang sv --printer desk ||
	fail "print-steps to lp failed"
[ "$(tr '\n' ' ' <"$SCRATCH/argv")" = "-d desk -t tuki -o media=A4 " ] ||
	fail "lp arguments for a PDF: $(tr '\n' ' ' <"$SCRATCH/argv")"
head -c 5 "$SCRATCH/stdin" | grep -q '%PDF-' || fail "lp did not get a PDF"
pdfinfo "$SCRATCH/stdin" >/dev/null || fail "lp got a broken PDF"
