#!/bin/sh
# Plain mode (chosen by --plain, TERM=dumb or no terminal): numbered menus,
# no escape codes, the first line saying how to get help now, a title alone
# on its line after an empty one, a paragraph on one line, a number opening
# an item (a step too), m marking a step, r repeating a menu that is not
# printed again after every answer, language switched with L, and end of
# input ending the session with status 0.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state"

printf '1\n1\n0\nq\n' | "$TUKI" --lang en >"$SCRATCH/out" 2>"$SCRATCH/err" || fail "status $?"
[ "$(head -n 1 "$SCRATCH/out")" = "In crisis now? Type h and Enter to see where to get help right away." ] ||
	fail "the first line is not the way to help: $(head -n 1 "$SCRATCH/out")"
grep -q "^1. You are not alone$" "$SCRATCH/out" || fail "no home menu: $(cat "$SCRATCH/out")"
# The page's title alone on its line, after an empty one, with nothing around it.
awk 'prev == "" && $0 == "You are not alone" { found = 1 } { prev = $0 } END { exit !found }' \
	"$SCRATCH/out" || fail "the page's title is not alone after an empty line"
if grep -q "==" "$SCRATCH/out"; then fail "a title is framed with =="; fi
if grep -q "$(printf '\033')" "$SCRATCH/out"; then fail "escape codes in plain mode"; fi
if grep -q "$(printf '\357\277\275')" "$SCRATCH/out"; then fail "a replacement character"; fi

# A paragraph is one line, and a URL is never broken: the reader's device wraps.
printf '4\n2\nq\n' | "$TUKI" --plain --lang fi >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^Koulutetut kriisityöntekijät .*Nimeä ei tarvitse kertoa\.$" "$SCRATCH/out" ||
	fail "a paragraph is broken over lines: $(cat "$SCRATCH/out")"
# A phone number in the spoken form (man/tuki.1), a status in words.
grep -q "^2. MIELI Kriisipuhelin: 0 9, 2 5 2 5, 0 1 1 1 (" "$SCRATCH/out" ||
	fail "the directory's number is not in the spoken form"
printf '4\n4\nq\n' | "$TUKI" --plain --lang sv >"$SCRATCH/out" 2>&1 || fail "status $?"
# Said as words (no https://, www. or a last slash), and never broken.
grep -q "^Webbplats evl.fi/sv/stod-och-hjalp/kyrkans-samtalstjanst$" "$SCRATCH/out" ||
	fail "a URL is broken: $(cat "$SCRATCH/out")"

# The steps: a number opens a step, m marks it, the marks are words, the
# list is not printed again after an answer (nor after 0 from a step), and
# r repeats it.
printf '3\ns\n1\nm\nn\nm 2\nm 2\n0\nr\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 ||
	fail "status $?"
grep -q "^How to do it$" "$SCRATCH/out" || fail "1 did not open the first step"
grep -q "^This step: to do\.$" "$SCRATCH/out" || fail "no mark after the step"
grep -q "^This step: done\.$" "$SCRATCH/out" || fail "m did not mark the step just read"
grep -q "^Step 2: does not apply.$" "$SCRATCH/out" || fail "m 2 twice is not 'does not apply'"
grep -q "m: change this step's mark. 0: back to the steps" "$SCRATCH/out" ||
	fail "the step's prompt does not name m and 0"
grep -q "m and the number: change its mark. c: change your answers. p: print or save the checklist. r: the list again" "$SCRATCH/out" ||
	fail "the prompt does not name m and r"
[ "$(grep -c "^Steps to protect yourself$" "$SCRATCH/out")" = 2 ] ||
	fail "the list was not shown exactly twice (at first and for r)"
grep -q "^1\. Do not pay and do not reply .*(done)$" "$SCRATCH/out" || fail "r did not repeat the list with the mark"
grep -q "^2\. .*(does not apply)$" "$SCRATCH/out" || fail "no 'does not apply' in the list"
grep -q "^3\. .*(do first, to do)$" "$SCRATCH/out" || fail "no 'to do' in the list"
if grep -q "\[[ x-]\]" "$SCRATCH/out"; then fail "bracket marks in plain mode"; fi

# h shows help now without reprinting the home menu; r repeats it.
printf 'h\nr\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
[ "$(grep -c "^5. About tuki" "$SCRATCH/out")" = 2 ] || fail "home not shown once, then once for r"
grep -q "r: the menu again" "$SCRATCH/out" || fail "the prompt does not name r"

printf 'L\n2\n' | TERM=dumb "$TUKI" --lang fi >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "1. Et ole yksin" "$SCRATCH/out" || fail "not Finnish first"
grep -q "1. Du är inte ensam" "$SCRATCH/out" || fail "L did not switch to Swedish"

# No language known: the chooser speaks all three languages.
printf '3\nq\n' | env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C "$TUKI" --plain \
	>"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "Suomi" "$SCRATCH/out" || fail "no chooser"
grep -q "1. You are not alone" "$SCRATCH/out" || fail "choice 3 is not English"

"$TUKI" --plain --lang en </dev/null >"$SCRATCH/out" 2>&1 || fail "EOF did not end with 0"

# The breathing pause: still by default (one line a breath, its length in
# words); s and Enter switch to a count in words every second; Enter stops.
item=$(printf '2\nq\n' | "$TUKI" --plain --lang en | sed -n 's/^\([0-9]*\)\. Start a guided breathing pause$/\1/p')
[ -n "$item" ] || fail "no breathing pause in the coping menu"
# Input through a pipe the test keeps open, so each answer goes in once
# the output shows it is awaited: no sleeps that a busy machine outlasts.
wait_out() {
	deadline=$(( $(date +%s) + 20 ))
	until grep -Eq "$1" "$SCRATCH/out"; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "the output never held /$1/: $(cat "$SCRATCH/out")"
		sleep 0.05
	done
}
counts='^(one|two|three|four|five|six)$'
mkfifo "$SCRATCH/in"
"$TUKI" --plain --lang en <"$SCRATCH/in" >"$SCRATCH/out" 2>&1 &
tuki=$!
exec 3>"$SCRATCH/in"
printf '2\n%s\n' "$item" >&3
wait_out "^Breathe in slowly through your nose, four seconds\.$"
cp "$SCRATCH/out" "$SCRATCH/still"
printf 's\n' >&3
# Counting: a word every second, so two of them a second apart.
deadline=$(( $(date +%s) + 20 ))
until [ "$(grep -Ec "$counts" "$SCRATCH/out")" -ge 2 ]; do
	[ "$(date +%s)" -lt "$deadline" ] || fail "s did not switch to counting in words: $(cat "$SCRATCH/out")"
	sleep 0.05
done
printf '\nq\n' >&3
exec 3>&-
wait "$tuki" || fail "status $?"
if grep -Eq "$counts" "$SCRATCH/still"; then fail "the still form counted: $(cat "$SCRATCH/still")"; fi
if grep -Eq "^([0-9]|.*: [0-9])$" "$SCRATCH/out"; then fail "a count in digits"; fi

# The plan's questions, one at a time: for myself, yes to a threat, several
# answers to question 4 as numbers with spaces; the list then starts with
# "do not pay" and says why. s skips them; c asks again.
printf '3\n1\n1\n2\n3 5\n2\nc\ns\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 ||
	fail "status $?"
grep -q "^Question 1 of 5. Are you looking into this for yourself or for someone else?" "$SCRATCH/out" ||
	fail "no first question"
grep -q "^Question 2 of 5. Is someone threatening" "$SCRATCH/out" || fail "no question on threats"
grep -q "with spaces between them" "$SCRATCH/out" || fail "question 4 does not say how to answer"
sed -n '/^For your situation$/,/^Other steps$/p' "$SCRATCH/out" >"$SCRATCH/mine"
head -2 "$SCRATCH/mine" | grep -q "^1\. Do not pay and do not reply .*(do first, to do)$" ||
	fail "\"Do not pay\" is not first: $(cat "$SCRATCH/mine")"
grep -q "^because someone is threatening you$" "$SCRATCH/mine" || fail "no reason"
grep -q "Change your passwords" "$SCRATCH/mine" || fail "passwords (question 4) not brought forward"
grep -q "^because your passwords may have leaked$" "$SCRATCH/mine" || fail "no reason for passwords"
# After c and s: the standard order again.
tail -40 "$SCRATCH/out" | grep -q "^For your situation$" && fail "skip kept the tailored order"
printf '3\n1\n1\n2\n\n2\nq\n' | "$TUKI" --plain --lang sv >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^Utifrån dina svar$" "$SCRATCH/out" || fail "Swedish: no tailored list"
grep -q "^eftersom någon hotar dig$" "$SCRATCH/out" || fail "Swedish: no reason"
printf '3\n1\n1\n2\n\n2\nq\n' | "$TUKI" --plain --lang fi >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^Sinun tilanteeseesi$" "$SCRATCH/out" || fail "Finnish: no tailored list"

# Keeping marks answers to the reader's own letter: k in Finnish, j in Swedish.
for pair in fi:k sv:j; do
	lang=${pair%:*} yes=${pair#*:}
	rm -rf "$SCRATCH/keep"
	printf '3\ns\nm 1\n%s\nq\n' "$yes" | XDG_STATE_HOME="$SCRATCH/keep" "$TUKI" --plain --lang "$lang" \
		>"$SCRATCH/out" 2>&1 || fail "status $?"
	[ -f "$SCRATCH/keep/tuki/progress.json" ] || fail "$lang: $yes did not keep the marks"
done
printf '3\ns\nm 1\ne\nq\n' | XDG_STATE_HOME="$SCRATCH/nokeep" "$TUKI" --plain --lang fi >"$SCRATCH/out" 2>&1 ||
	fail "status $?"
[ -e "$SCRATCH/nokeep/tuki/progress.json" ] && fail "fi: e kept the marks"
# The directory is grouped by need as on the screen: a heading before each
# group, 112 first, the numbers running on across the groups and pages (n).
printf '4\nn\nn\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -A1 "^Talk to someone now$" "$SCRATCH/out" | grep -q "^1\. Emergency number 1 1 2" ||
	fail "no first group with 112: $(cat "$SCRATCH/out")"
grep -A1 "^Report and block$" "$SCRATCH/out" | grep -q "^[0-9]*\. Police of Finland" ||
	fail "no report-and-block group: $(cat "$SCRATCH/out")"
grep -q "^Advice and your rights$" "$SCRATCH/out" || fail "no advice group"

# The other letters of plain mode's rows in the key table (tuki.1, PLAIN
# MODE): a and / narrow the directory, c clears, b goes back, x leaves at
# once (what follows is not read), l is L, M is m.
printf '4\na\n/zzzz\nc\nb\nx\n1\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
sed -n -e 's/^\([0-9]*\) services\.$/\1 \1/p' -e 's/^Showing \([0-9]*\) of \([0-9]*\): .*/\1 \2/p' \
	"$SCRATCH/out" >"$SCRATCH/shown"
[ "$(wc -l <"$SCRATCH/shown")" -eq 4 ] || fail "a, / or c did not show the list again"
awk 'NR == 1 && $1 != $2 || NR == 2 && $1 >= $2 || NR == 3 && $1 >= $2 || NR == 4 && $1 != $2 \
	{ bad = 1 } END { exit bad }' "$SCRATCH/shown" || fail "a, / and c: $(tr '\n' ' ' <"$SCRATCH/shown")"
[ "$(grep -c '^tuki — support after a data leak$' "$SCRATCH/out")" -eq 2 ] || fail "b did not go back home"
! grep -q '^You are not alone$' "$SCRATCH/out" || fail "x did not leave at once"
printf 'l\n3\nq\n' | "$TUKI" --plain --lang fi >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q '^Valitse kieli' "$SCRATCH/out" || fail "l did not offer the languages"
grep -q '^tuki — support after a data leak$' "$SCRATCH/out" || fail "l and 3 did not switch to English"
printf '3\ns\nM 1\nn\nq\n' | XDG_STATE_HOME="$SCRATCH/big-m" "$TUKI" --plain --lang en \
	>"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q '^Step 1: done\.$' "$SCRATCH/out" || fail "M 1 did not mark step 1"

exit 0
