#!/bin/sh
# Web addresses in the reader's language (issue 37): the helpline list and
# the checklist in Finnish and Swedish, as text and as PDF with every QR
# code decoded, never send a reader to the English pages the reviewers
# found; an address in another language than the reader's carries its
# language, "(in English)", wherever it is printed.
. "${TUKI_SRCDIR}/tests/lib.sh"
need python3
scratch

export TUKI_NOW=2026-12-06T12:00
export XDG_STATE_HOME="$SCRATCH/state"

# The English pages Finnish and Swedish readers were sent to.
english='https://poliisi.fi/en/contact-the-police
https://112.fi/en
https://nollalinja.fi/en
https://www.suomi.fi/guides/data-leak'

# From the content itself: each address this language's reader sees that
# is a page in another language, with the tag it must carry ("url<TAB>tag").
foreign() {
	python3 - "$TUKI_CONTENT_DIR" "$1" <<'EOF'
import json, sys
content, lang = sys.argv[1], sys.argv[2]
tags = {"fi": {"fi": "suomeksi", "sv": "ruotsiksi", "en": "englanniksi"},
        "sv": {"fi": "på finska", "sv": "på svenska", "en": "på engelska"}}[lang]
def address(a):
    if isinstance(a, dict) and lang not in a:
        for other in ("en", "fi", "sv"):
            if other in a:
                print("%s\t%s" % (a[other]["url"], tags[other]))
                return
helplines = json.load(open(content + "/helplines.json"))["helplines"]
for h in helplines:
    for ct in h["contacts"]:
        if ct["type"] != "phone":
            address(ct["value"])
for a in json.load(open(content + "/steps.json"))["agencies"]:
    address(a.get("web"))
EOF
}

for lang in fi sv; do
	foreign "$lang" >"$SCRATCH/$lang-foreign"
	for what in helplines steps; do
		txt="$SCRATCH/$lang-$what.txt"
		"$TUKI" --print-$what --lang "$lang" >"$txt" || fail "$lang $what: status $?"
		"$TUKI" --print-$what --lang "$lang" --format markdown >"$txt.md" ||
			fail "$lang $what markdown: status $?"
		printf '%s\n' "$english" | while IFS= read -r url; do
			# The Finnish Suomi.fi guide is not in the stored pages yet:
			# a Finnish reader gets the English guide, said so.
			if [ "$lang" = fi ] && [ "$url" = https://www.suomi.fi/guides/data-leak ]; then
				continue
			fi
			for f in "$txt" "$txt.md"; do
				! grep -qF "$url" "$f" || fail "$lang $what: $url printed in $f"
			done
		done
		# Every page in another language says which, on its line (or the
		# next, when the address fills the line).
		while IFS="$(printf '\t')" read -r url tag; do
			for f in "$txt" "$txt.md"; do
				grep -qF "$url" "$f" || continue
				awk -v url="$url" -v tag="($tag)" '
					index($0, url) { want = 1; if (index($0, tag)) ok++; else missing = NR; next }
					want { want = 0; if (index($0, tag)) { ok++; missing = 0 } }
					END { exit !(ok > 0 && missing == 0) }' "$f" ||
					fail "$lang $what: $url is printed without \"($tag)\" in $f"
			done
		done <"$SCRATCH/$lang-foreign"
	done
done
# The tags the content calls for are really there (the check above is not empty).
grep -qF 'https://dvv.fi/tietojen-luovuttamisen-kieltaminen (på finska)' "$SCRATCH/sv-steps.txt" ||
	fail "sv: the DVV page is not marked Finnish on the checklist"
grep -qF 'https://www.suomi.fi/guides/data-leak (englanniksi)' "$SCRATCH/fi-helplines.txt" ||
	fail "fi: the guide is not marked English on the list"
grep -qF 'https://www.suomi.fi/guider/informationslacka' "$SCRATCH/sv-helplines.txt" ||
	fail "sv: the Swedish Suomi.fi guide is not printed"
grep -qF 'https://poliisi.fi/sv/' "$SCRATCH/sv-steps.txt" || fail "sv: no Swedish police page"

# PDF: the text and every QR code.
if ! "$TUKI" --print-helplines --lang en --format pdf >"$SCRATCH/probe.pdf" 2>/dev/null; then
	skip "this build makes no PDF"
fi
need pdftotext
need pdftoppm
need zbarimg
for lang in fi sv; do
	for what in helplines steps; do
		pdf="$SCRATCH/$lang-$what.pdf"
		"$TUKI" --print-$what --lang "$lang" --format pdf >"$pdf" || fail "$lang $what pdf: status $?"
		pdftotext "$pdf" - | tr -s ' \n\f\t' '    ' >"$SCRATCH/flat"
		# Only the QR column (from 400 pt), where tests/print/pdf.sh finds
		# every code.
		pdftoppm -r 150 -gray -png -x 833 -y 0 -W 407 -H 1754 "$pdf" "$SCRATCH/page"
		for png in "$SCRATCH"/page-*.png; do
			zbarimg -q --raw "$png" 2>/dev/null || true
			rm -f "$png"
		done | sed '/^$/d' >"$SCRATCH/codes"
		[ -s "$SCRATCH/codes" ] || fail "$lang $what: no QR code decoded"
		printf '%s\n' "$english" | while IFS= read -r url; do
			if [ "$lang" = fi ] && [ "$url" = https://www.suomi.fi/guides/data-leak ]; then
				continue
			fi
			! grep -qF "$url" "$SCRATCH/flat" || fail "$lang $what: $url in the PDF"
			! grep -qF "$url" "$SCRATCH/codes" || fail "$lang $what: a QR code opens $url"
		done
		# The codes open the reader's own pages (the check above is not empty).
		if [ "$lang" = sv ]; then
			grep -qF "https://www.suomi.fi/guider/informationslacka" "$SCRATCH/codes" ||
				fail "sv $what: no QR code opens the Swedish Suomi.fi guide"
		fi
		while IFS="$(printf '\t')" read -r url tag; do
			grep -qF "$url" "$SCRATCH/flat" || continue
			grep -qF "$url $tag" "$SCRATCH/flat" ||
				fail "$lang $what: $url is in the PDF without \"$tag\" under it"
		done <"$SCRATCH/$lang-foreign"
	done
done
exit 0
