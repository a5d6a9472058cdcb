#!/bin/sh
# Plain mode read aloud: the transcripts of home, Help now, a page, the step
# list, a step, the directory and a helpline, in fi, sv and en, are spoken
# with espeak-ng (-q -x: phonemes, no sound).  Each transcript must first
# hold its expected text (so an empty one fails); then its phonemes must
# have no quantity word for a phone number ("116 006" read as "one hundred
# sixteen thousand six"), no noise (the replacement character, "equals
# equals", runs of punctuation, the silent pauses of bracket marks), and
# the step marks must be spoken as words.
. "${TUKI_SRCDIR}/tests/lib.sh"
need espeak-ng
scratch
export HOME="$SCRATCH/home" XDG_STATE_HOME="$SCRATCH/state"
mkdir -p "$HOME"

# part LANG NAME INPUT: the text plain mode prints after the last line of
# INPUT, up to its next prompt, in $SCRATCH/NAME.LANG.txt.
part() {
	file="$SCRATCH/$2.$1.txt"
	n=$(printf '%b' "$3" | wc -l)
	printf '%bq\n' "$3" | "$TUKI" --plain --lang "$1" >"$SCRATCH/run" 2>"$SCRATCH/err" \
		|| fail "$1 $2: status $? ($(cat "$SCRATCH/err"))"
	awk -v n="$n" '/^> / { seg++; next } seg == n' "$SCRATCH/run" >"$file"
	[ -s "$file" ] || fail "$1 $2: the transcript is empty"
}

# expect LANG NAME TEXT: the transcript holds TEXT.
expect() {
	grep -qF -- "$3" "$SCRATCH/$2.$1.txt" || fail "$1 $2 lacks \"$3\": $(cat "$SCRATCH/$2.$1.txt")"
}

# Phonemes of a file, with URLs left out: a voice spells an address out by
# design, and "kautta kautta" for its slashes is not noise.
phonemes() {
	sed -E 's#https?://[^ ]*##g' "$1" | espeak-ng -q -x -v "$2" >"$1.ph" 2>/dev/null
}

# Every phone number of the content (helpline contacts and step agencies).
grep -ho '"type": *"phone", *"value": *"[^"]*"' "$TUKI_CONTENT_DIR/helplines.json" \
	| sed 's/.*"\([^"]*\)"$/\1/' >"$SCRATCH/phones"
grep -ho '"phone": *"[^"]*"' "$TUKI_CONTENT_DIR/steps.json" \
	| sed 's/.*"\([^"]*\)"$/\1/' >>"$SCRATCH/phones"
[ "$(wc -l <"$SCRATCH/phones")" -ge 5 ] || fail "found no phone numbers in the content"
# Each number as the operator writes it, not within a longer number: one
# pattern file, so each transcript takes one grep, not one per number.
sed 's/+/[+]/; s/.*/(^|[^0-9])&([^0-9]|$)/' "$SCRATCH/phones" >"$SCRATCH/phone-patterns"

# Words espeak-ng 1.51 says for quantities (thousand, million, hundred),
# measured here: fi t,uhat / milj / s'ata, sv t'u-sEn / milj / h'8ndRa,
# en T'aUz@nd / m'Ili@n / h'VndrI2d.
QUANTITY="t[',]?uhat|milj|s[',]?ata|t[',]?u-sEn|h[',]?8ndRa|T[',]?aUz@nd|m[',]?Ili@n|h[',]?VndrI2d"
# Noise: the replacement character (espeak spells its bytes out as
# "umlaut"), "equals", "asterisk", "hash", and three or more pauses in a
# row, which is what "[ ]", "[-]" or "(( ))" become.
NOISE="umlaut|UmlaUt|Omju-d|yht&k'uin|i:kw@Lz|aster|sx'E:Rna|h'aS|_:_:_:"

for lang in fi sv en; do
	part $lang home ''
	part $lang help 'h\n'
	part $lang page '1\n1\n'
	part $lang steps '3\ns\nm 1\nn\nm 1\nm 2\nr\n'
	part $lang step '3\ns\n1\n'
	part $lang directory '4\n'
	part $lang helpline '4\n2\n'

	case $lang in
	fi) expect fi home "Tarvitsetko apua nyt? Kirjoita h"
	    expect fi help "Apua nyt"
	    expect fi page "Et ole yksin"
	    expect fi steps "(ei koske minua)"; expect fi steps "(tehty)"
	    expect fi steps "(tekemättä)"
	    expect fi step "Miksi tämä on tärkeää"
	    expect fi directory "MIELI Kriisipuhelin: 0 9, 2 5 2 5, 0 1 1 1"
	    expect fi helpline "Puhelin 0 9, 2 5 2 5, 0 1 1 1"
	    words="tekemättä|tehty|ei koske minua" ;;
	sv) expect sv home "Behöver du hjälp nu? Skriv h"
	    expect sv help "Hjälp nu"
	    expect sv page "Du är inte ensam"
	    expect sv steps "(gäller inte mig)"; expect sv steps "(klart)"
	    expect sv steps "(att göra)"
	    expect sv step "Varför det är viktigt"
	    expect sv directory "MIELI rf:s kristelefon: 0 9, 2 5 2 5, 0 1 1 2"
	    expect sv helpline "0 9, 2 5 2 5, 0 1 1 2"
	    words="att göra|klart|gäller inte mig" ;;
	en) expect en home "In crisis now? Type h"
	    expect en help "Help now"
	    expect en page "You are not alone"
	    expect en steps "(does not apply)"; expect en steps "(done)"
	    expect en steps "(to do)"
	    expect en step "Why it matters"
	    expect en directory "MIELI Crisis Helpline: 0 9, 2 5 2 5, 0 1 1 6"
	    expect en helpline "Phone 0 9, 2 5 2 5, 0 1 1 1"
	    words="to do|done|does not apply" ;;
	esac
	expect $lang help "1 1 2"

	for name in home help page steps step directory helpline; do
		t="$SCRATCH/$name.$lang.txt"
		# No decoration a voice would read, in the text itself.
		sed -E 's#https?://[^ ]*##g' "$t" >"$t.nourl"
		if grep -nE '==|\[[ x-]\]|[]*#=_~|<>{}\[-]{2,}|[.!?,;:]{2,}' "$t.nourl" >&2; then
			fail "$lang $name: decoration or a run of punctuation"
		fi
		if grep -n "$(printf '\357\277\275')" "$t" >&2; then
			fail "$lang $name: the replacement character"
		fi
		if grep -n "$(printf '\342\224')\|$(printf '\342\225')" "$t" >&2; then
			fail "$lang $name: box or rule characters"
		fi
		# Every phone number is in the spoken form, never as the operator writes it.
		if grep -nE -f "$SCRATCH/phone-patterns" "$t.nourl" >&2; then
			fail "$lang $name: a phone number is written as a quantity would be (above)"
		fi

		phonemes "$t" $lang
		[ -s "$t.ph" ] || fail "$lang $name: espeak-ng said nothing"
		if grep -nE "$NOISE" "$t.ph" >&2; then
			fail "$lang $name: noise in the speech (above)"
		fi
		# Lines with a phone number, in whatever form (its digits are a
		# number of the content), have no quantity word.
		awk 'NR == FNR { gsub(/[^0-9]/, ""); phone[$0] = 1; next }
		    { rest = $0
		      while (match(rest, /[0-9][0-9 ,-]*[0-9]/)) {
			d = substr(rest, RSTART, RLENGTH); gsub(/[^0-9]/, "", d)
			if (d in phone) { print; break }
			rest = substr(rest, RSTART + RLENGTH) } }' \
		    "$SCRATCH/phones" "$t.nourl" >"$t.numbers"
		if [ -s "$t.numbers" ]; then
			espeak-ng -q -x -v $lang -f "$t.numbers" >"$t.numbers.ph" 2>/dev/null
			if grep -nE "$QUANTITY" "$t.numbers.ph" >&2; then
				fail "$lang $name: a phone number is read as a quantity: $(cat "$t.numbers")"
			fi
		fi
	done

	# The marks are spoken as words: each word's phonemes (stress marks
	# left out) are in the step list's.
	tr -d "',_:;" <"$SCRATCH/steps.$lang.txt.ph" | tr -s ' \n' ' ' >"$SCRATCH/steps.flat"
	echo "$words" | tr '|' '\n' | while IFS= read -r word; do
		said=$(espeak-ng -q -x -v $lang "$word" | tr -d "',_:;" | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')
		grep -qF -- "$said" "$SCRATCH/steps.flat" || fail "$lang: the mark \"$word\" ($said) is not spoken"
	done
done
# The quantity check can fail: the operator's form is read as one.
echo "116 006" | espeak-ng -q -x -v fi | grep -qE "$QUANTITY" \
	|| fail "espeak-ng no longer reads 116 006 as a quantity: re-measure the patterns"
