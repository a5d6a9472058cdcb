#!/bin/sh
# Plain mode is written to be heard (issue 39): every page of every
# section, every helpline and every step, in fi, sv and en, is read and
# checked for what a speech synthesizer reads badly:
#   - dates as digits ("2026-12-02", "2.12.2026"), or said twice on a page;
#   - web addresses spelled out ("https://", "www.") or with spaced digits
#     inside them ("1 1 2.fi");
#   - hours with a dash between numbers or days ("17–19", "ma–pe");
#   - a key letter without its colon in a prompt ("a anonymous only");
#   - a screen's key ("press Left") that plain mode does not have.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state" TUKI_NOW=2026-12-07T10:00

# say LANG INPUT: appends the transcript of a session to $SCRATCH/all.LANG,
# each session after a line "=== INPUT".
say() {
	printf '=== %s\n' "$2" >>"$SCRATCH/all.$1"
	printf "$2"'q\n' | "$TUKI" --plain --lang "$1" >>"$SCRATCH/all.$1" 2>&1 ||
		fail "$1: status $? for input $2"
}

# count LANG INPUT PATTERN: how many numbered rows a menu lists.
rows() {
	printf "$2"'q\n' | "$TUKI" --plain --lang "$1" 2>/dev/null | grep -cE '^[0-9]+\. ' || true
}

for lang in fi sv en; do
	: >"$SCRATCH/all.$lang"
	say "$lang" 'h\n'
	for section in 1 2 5; do
		n=$(rows "$lang" "$section\\n")
		n=$((n - 5))            # the home menu's five rows come first
		[ "$n" -gt 0 ] || fail "$lang: section $section lists nothing"
		i=1
		while [ "$i" -le "$n" ]; do
			say "$lang" "$section\\n$i\\n"
			i=$((i + 1))
		done
	done
	helplines=$(printf '4\nq\n' | "$TUKI" --plain --lang "$lang" 2>/dev/null |
		sed -n 's/^\([0-9][0-9]*\) [^ ]*\.$/\1/p' | head -1)
	[ "${helplines:-0}" -ge 10 ] || fail "$lang: the directory does not say how many it lists"
	say "$lang" '4\nn\nn\nn\n'
	i=1
	while [ "$i" -le "$helplines" ]; do
		say "$lang" "4\\n$i\\n"
		i=$((i + 1))
	done
	steps=$(printf '3\ns\nq\n' | "$TUKI" --plain --lang "$lang" 2>/dev/null | grep -cE '^[0-9]+\. ' || true)
	steps=$((steps - 5))
	[ "$steps" -ge 10 ] || fail "$lang: the step list is short: $steps"
	i=1
	while [ "$i" -le "$steps" ]; do
		say "$lang" "3\\ns\\n$i\\n"
		i=$((i + 1))
	done

	all="$SCRATCH/all.$lang"
	if grep -nE '[0-9]{4}-[0-9]{2}-[0-9]{2}' "$all" >"$SCRATCH/bad"; then
		fail "$lang: an ISO date: $(head -3 "$SCRATCH/bad")"
	fi
	if grep -nE '(^|[^0-9.])[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}' "$all" >"$SCRATCH/bad"; then
		fail "$lang: a date in digits: $(head -3 "$SCRATCH/bad")"
	fi
	if grep -nE 'https?://|(^|[ (])www\.' "$all" >"$SCRATCH/bad"; then
		fail "$lang: an address spelled out: $(head -3 "$SCRATCH/bad")"
	fi
	if grep -nE '[0-9] [0-9][^ ]*\.(fi|com|org|net|eu)\b|\.(fi|com|org|net|eu)/[^ ]*[0-9] [0-9]' "$all" >"$SCRATCH/bad"; then
		fail "$lang: spaced digits inside an address: $(head -3 "$SCRATCH/bad")"
	fi
	# Hours lines (indented under a contact) have words, not dashes.
	if grep -nE '^    .*([0-9]–[0-9]|[[:alpha:]]–[[:alpha:]])' "$all" >"$SCRATCH/bad"; then
		fail "$lang: hours with a dash: $(head -3 "$SCRATCH/bad")"
	fi
	# Each helpline page says when it was checked once.
	awk '/^=== 4\\n[0-9]+\\n$/ { page = $0; n = 0 }
		/^(Checked on|Tarkistettu|Kontrollerat|Details checked|Tiedot tarkistettu|Uppgifterna kontrollerade) / {
			if (page != "" && ++n > 1) { print page; exit 1 } }' "$all" ||
		fail "$lang: a helpline page says its dates more than once"
	# Prompts: a key letter is followed by its colon.
	if awk '/^> / { print prev } { prev = $0 }' "$all" |
		grep -nP '(^|[.,] )[aotlcrqLhxnfmsb] (?!(ja|och|and|för|for) )\p{Ll}' >"$SCRATCH/bad"; then
		fail "$lang: a key letter without its colon: $(head -3 "$SCRATCH/bad")"
	fi
	if grep -niE 'press left|vasen nuoli|vänsterpilen' "$all" >"$SCRATCH/bad"; then
		fail "$lang: a screen key in plain mode: $(head -3 "$SCRATCH/bad")"
	fi
done

# The checks find what they look for: the same greps on text with the faults.
printf 'Checked on 2026-12-02\n' | grep -qE '[0-9]{4}-[0-9]{2}-[0-9]{2}' || fail "the ISO check is blind"
printf 'Web 1 1 2.fi/en\n' | grep -qE '[0-9] [0-9][^ ]*\.(fi|com|org|net|eu)\b' ||
	fail "the spaced-digit check is blind"
printf '    ma–pe 9–20\n' | grep -qE '^    .*([0-9]–[0-9]|[[:alpha:]]–[[:alpha:]])' || fail "the hours check is blind"
printf 'a anonymous only, o open now\n' | grep -qP '(^|[.,] )[aotlcrqLhxnfmsb] (?!(ja|och|and|för|for) )\p{Ll}' ||
	fail "the letter check is blind"
exit 0
