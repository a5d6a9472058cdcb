#!/bin/sh
# The printed list in text and Markdown has what the PDF has at the top and
# the end: a box with 112 and the crisis line for the reader's language
# (closed on the right, never past 72 columns, the same words as the
# PDF's box), and a notes area: its heading, the hint and at least five
# ruled lines, on the checklist too.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

export TUKI_NOW=2026-11-25T12:00
export XDG_STATE_HOME="$SCRATCH/state"
# The phone numbers of the content other than 112, one a line.
phones=$(grep -o '"value": "[+0-9][0-9 ]*"' "$TUKI_CONTENT_DIR/helplines.json" |
	sed 's/"value": "\(.*\)"/\1/' | grep -vx '112' | sort -u)
[ -n "$phones" ] || fail "no phone numbers found in the content"
pdf=yes
"$TUKI" --version | grep -q "PDF" && pdf=no
command -v pdftotext >/dev/null 2>&1 || pdf=no

flat() { tr -s ' \n\f\t' '    ' | sed 's/^ //; s/ $//'; }

for lang in fi sv en; do
	case $lang in
	fi) notes=Muistiinpanot ;;
	sv) notes=Anteckningar ;;
	en) notes=Notes ;;
	esac
	txt="$SCRATCH/$lang.txt"
	"$TUKI" --print-helplines --lang "$lang" >"$txt" || fail "$lang: print-helplines"
	# The box: from the first +---+ to the next, every line framed alike.
	awk '/^\+-+\+$/ { n++; next } n == 1' "$txt" >"$SCRATCH/box"
	[ "$(awk '/^\+-+\+$/' "$txt" | wc -l)" = 2 ] || fail "$lang: the box is not closed"
	[ "$(wc -l <"$SCRATCH/box")" -ge 3 ] || fail "$lang: the box has only $(wc -l <"$SCRATCH/box") lines"
	frame=$(grep -m1 '^+-' "$txt" | LC_ALL=C.UTF-8 wc -L)
	[ "$frame" -le 72 ] || fail "$lang: the box is $frame columns wide"
	while IFS= read -r line; do
		case "$line" in
		"| "*" |") ;;
		*) fail "$lang: a box line is not framed: '$line'" ;;
		esac
		w=$(printf '%s\n' "$line" | LC_ALL=C.UTF-8 wc -L)
		[ "$w" = "$frame" ] || fail "$lang: a box line is $w columns, the frame $frame: '$line'"
	done <"$SCRATCH/box"
	grep -q '112' "$SCRATCH/box" || fail "$lang: no 112 in the box"
	found=no
	for phone in $(echo "$phones" | tr ' ' '_'); do
		grep -qF "$(echo "$phone" | tr '_' ' ')" "$SCRATCH/box" && found=yes
	done
	[ "$found" = yes ] || fail "$lang: no crisis line in the box: $(cat "$SCRATCH/box")"
	# The same words as the PDF's box, in the same order.
	if [ "$pdf" = yes ]; then
		"$TUKI" --print-helplines --lang "$lang" --format pdf >"$SCRATCH/$lang.pdf" ||
			fail "$lang: the PDF"
		pdftotext "$SCRATCH/$lang.pdf" - | flat >"$SCRATCH/pdf.flat"
		sed 's/^| //; s/ *|$//' "$SCRATCH/box" | flat >"$SCRATCH/box.flat"
		grep -qF "$(cat "$SCRATCH/box.flat")" "$SCRATCH/pdf.flat" ||
			fail "$lang: the text box differs from the PDF's: $(cat "$SCRATCH/box.flat")"
	fi
	# Markdown: a quotation with the same lines, 112 in bold.
	"$TUKI" --print-helplines --lang "$lang" --format markdown >"$SCRATCH/$lang.md"
	grep -q '^> \*\*.*112.*\*\*$' "$SCRATCH/$lang.md" || fail "$lang markdown: no 112 in bold"
	sed -n 's/^> \{0,1\}//p' "$SCRATCH/$lang.md" | sed 's/\*\*//g' | flat >"$SCRATCH/md.flat"
	sed 's/^| //; s/ *|$//' "$SCRATCH/box" | flat >"$SCRATCH/box.flat"
	cmp -s "$SCRATCH/md.flat" "$SCRATCH/box.flat" ||
		fail "$lang markdown: the quotation is not the box: $(cat "$SCRATCH/md.flat")"

	# The notes area, at the end of the list and the checklist.
	"$TUKI" --print-steps --lang "$lang" >"$SCRATCH/$lang-steps.txt" || fail "$lang: print-steps"
	"$TUKI" --print-steps --lang "$lang" --format markdown >"$SCRATCH/$lang-steps.md"
	rule=$(printf '%072d' 0 | tr 0 _)
	for f in "$txt" "$SCRATCH/$lang-steps.txt" "$SCRATCH/$lang.md" "$SCRATCH/$lang-steps.md"; do
		case $f in
		*.md) head="## $notes" ;;
		*) head="$notes" ;;
		esac
		grep -qx "$head" "$f" || fail "$f: no notes heading '$head'"
		# Below the heading: the hint, then only free lines and full-width rules.
		tr -d '\f' <"$f" | awk -v head="$head" -v rule="$rule" '
			$0 == head { on = 1; next }
			on && /^=+$/ { next }
			on && !hint { hint = $0; next }
			on && $0 == rule { n++ }
			END { print n + 0 }' >"$SCRATCH/n"
		[ "$(cat "$SCRATCH/n")" -ge 5 ] || fail "$f: $(cat "$SCRATCH/n") ruled lines for notes"
		# Nothing of the list after the notes but their lines (and the page number).
		tail -n +"$(grep -nx "$head" "$f" | cut -d: -f1)" "$f" |
			grep -v "^$rule\$" | grep -v '^ *[0-9]*$' | grep -v '^=*$' >"$SCRATCH/after"
		[ "$(wc -l <"$SCRATCH/after")" -le 3 ] || fail "$f: more than the notes after the heading: $(cat "$SCRATCH/after")"
	done
done
