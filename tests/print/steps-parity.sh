#!/bin/sh
# The text and Markdown checklists carry what the PDF's carries for each
# step: "Why it matters", "How to do it", "More information", "Where to get help" in the
# same order and number, every paragraph, and a "Done on ____ Reference
# number ____" line, the date written in for a done step.  No page of the
# text ends with a step's title or a heading alone.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

export TUKI_NOW=2026-11-25T12:00
export XDG_STATE_HOME="$SCRATCH/state"
mkdir -p "$SCRATCH/state/tuki"
printf '{"version": 1, "steps": {"bank": {"state": "done", "date": "2026-11-23"}}}\n' \
	>"$SCRATCH/state/tuki/progress.json"
pdf=yes
"$TUKI" --version | grep -q "PDF" && pdf=no
command -v pdftotext >/dev/null 2>&1 || pdf=no

# The translation of a one-line msgid (the msgid itself in English).
tr_() {
	if [ "$2" = en ]; then printf '%s\n' "$1"; return; fi
	awk -v id="$1" '$0 == "msgid \"" id "\"" { getline; sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' \
		"$TUKI_SRCDIR/po/$2.po"
}
flat() { tr -s ' \n\f\t' '    ' | sed 's/^ //'; }

for lang in fi sv en; do
	why=$(tr_ "Why it matters" $lang); how=$(tr_ "How to do it" $lang)
	who=$(tr_ "More information" $lang); where=$(tr_ "Where to get help" $lang)
	done_on=$(tr_ "Done on" $lang); ref=$(tr_ "Reference number" $lang)
	[ -n "$why" ] && [ -n "$where" ] && [ -n "$done_on" ] || fail "$lang: no translations found"
	txt="$SCRATCH/$lang.txt"
	"$TUKI" --print-steps --lang $lang >"$txt" || fail "$lang: print-steps"
	"$TUKI" --print-steps --lang $lang --format markdown >"$SCRATCH/$lang.md" || fail "$lang: markdown"
	steps=$(grep -c '^\[.\] ' "$txt" | tr -d ' ')
	steps=$((steps - 1))    # the legend
	[ "$steps" -gt 10 ] || fail "$lang: only $steps steps"
	# One write-in line per step, with the reference beside it.
	n=$(grep -c "^    $done_on .*   $ref ___*\$" "$txt" || true)
	[ "$n" = "$steps" ] || fail "$lang: $n done-on lines for $steps steps"
	n=$(grep -c "^  $done_on .*   $ref ___*\$" "$SCRATCH/$lang.md" || true)
	[ "$n" = "$steps" ] || fail "$lang markdown: $n done-on lines for $steps steps"
	case $lang in fi) d=23.11.2026 ;; sv) d=23.11.2026 ;; en) d=2026-11-23 ;; esac
	grep -q "^    $done_on $d  *$ref ___*\$" "$txt" || fail "$lang: the done date is not on its line"
	# The headings, in order: the text's, the Markdown's and the PDF's the same.
	labels() {
		grep -x -e "$1$why$2" -e "$1$how$2" -e "$1$who$2" -e "$1$where$2" | sed "s/^$1//; s/$2\$//"
	}
	labels "    " "" <"$txt" >"$SCRATCH/text.labels"
	labels "  \*\*" "\*\*" <"$SCRATCH/$lang.md" >"$SCRATCH/md.labels"
	[ "$(grep -cx "$why" "$SCRATCH/text.labels")" = "$steps" ] || fail "$lang: not every step says why"
	[ "$(grep -cx "$where" "$SCRATCH/text.labels")" -gt 5 ] || fail "$lang: too few 'where to get help'"
	[ "$(grep -cx "$who" "$SCRATCH/text.labels")" -gt 5 ] || fail "$lang: too few 'who'"
	cmp -s "$SCRATCH/text.labels" "$SCRATCH/md.labels" || fail "$lang: Markdown's headings differ from the text's"
	if [ "$pdf" = yes ]; then
		"$TUKI" --print-steps --lang $lang --format pdf >"$SCRATCH/$lang.pdf" || fail "$lang: pdf"
		pdftotext -layout "$SCRATCH/$lang.pdf" - | sed 's/^ *//; s/ *$//' | labels "" "" >"$SCRATCH/pdf.labels"
		if ! cmp -s "$SCRATCH/text.labels" "$SCRATCH/pdf.labels"; then
			diff "$SCRATCH/pdf.labels" "$SCRATCH/text.labels" >&2 || true
			fail "$lang: the text's headings differ from the PDF's (< PDF, > text)"
		fi
		# Every paragraph's first words, in the PDF's order.
		pdftotext "$SCRATCH/$lang.pdf" - | flat >"$SCRATCH/pdf.flat"
		rest=$(cat "$SCRATCH/pdf.flat")
		sed -n 's/^    - //p' "$txt" | cut -d' ' -f1-3 >"$SCRATCH/items"
		[ "$(wc -l <"$SCRATCH/items")" -gt 40 ] || fail "$lang: too few paragraphs"
		while IFS= read -r item; do
			case "$rest" in
			*"$item"*) rest=${rest#*"$item"} ;;
			*) fail "$lang: \"$item\" is not in the PDF in this order" ;;
			esac
		done <"$SCRATCH/items"
	fi
	# No page ends with a title, a heading or its rule: the last line of
	# text before a page's number is a step's write-in line or a paragraph.
	LC_ALL=C.UTF-8 awk -v RS='\f' -v why="    $why" -v how="    $how" -v who="    $who" \
		-v where="    $where" '
		{ n = split($0, l, "\n"); last = ""
		  for (i = 1; i <= n; i++) if (l[i] !~ /^ *[0-9]*$/) last = l[i]
		  if (last ~ /^\[.\] / || last ~ /^=+$/ || last == why || last == how || last == who ||
		      last == where) { print "page " NR ": " last; bad = 1 } }
		END { exit bad }' "$txt" || fail "$lang: a page ends with a heading"
done
