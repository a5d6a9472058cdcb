#!/bin/sh
# Every screen family at 40x12, 60x20, 80x24 and 200x50: its text is
# there, the directory keeps each status and number whole, step titles and
# answers wrap instead of being cut, hints wrap between their entries, a
# question's text scrolls to its end with PgDn, the hardware cursor sits on
# the focused item (and in the breathing pause on what to do now), and on
# a wide terminal the text stays within the left 80 columns.  Then the
# kiosk's screens at 40x12 and 60x20.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
need perl

# wait_focus: the cursor is at column 3 of a row drawn with the "> " marker.
wait_focus() {
	deadline=$(( $(date +%s) + 10 ))
	while :; do
		pos=$($TMUX_CMD display-message -p -t 0 '#{cursor_x},#{cursor_y}')
		line=$(screen | sed -n "$(( ${pos#*,} + 1 ))p")
		case "${pos%,*}:$line" in "3: > "*) return 0;; esac
		if [ "$(date +%s)" -ge "$deadline" ]; then
			screen >&2
			fail "at $size the cursor ($pos) is not on the focus: \"$line\""
		fi
		sleep 0.05
	done
}

# wait_cursor_row ROW: the cursor is on ROW (a page's first line, a prompt).
wait_cursor_row() {
	deadline=$(( $(date +%s) + 10 ))
	while :; do
		pos=$($TMUX_CMD display-message -p -t 0 '#{cursor_x},#{cursor_y}')
		[ "${pos#*,}" = "$1" ] && return 0
		if [ "$(date +%s)" -ge "$deadline" ]; then
			screen >&2
			fail "at $size the cursor ($pos) is not on row $1"
		fi
		sleep 0.05
	done
}

# wait_cursor_on REGEX: the cursor's row shows REGEX (in the breathing
# pause, what to do now, for a screen reader's review cursor).
wait_cursor_on() {
	deadline=$(( $(date +%s) + 10 ))
	until screen | sed -n "$(( $($TMUX_CMD display-message -p -t 0 '#{cursor_y}') + 1 ))p" |
	    grep -Eq "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || { screen >&2; fail "at $size the cursor is not on \"$1\""; }
		sleep 0.1
	done
}

# nothing_cut: no row of the screen ends a text with "…".
nothing_cut() {
	cut=$(screen | grep "…") || true
	[ -z "$cut" ] || { screen >&2; fail "at $size $1 is cut: $cut"; }
}

# narrow_text: on a wide window nothing but the rule and key bar passes column 80.
narrow_text() {
	wide=$(screen | perl -CS -ne 'print if length($_) > 81 && !/\x{2500}/ && !/Quick exit/')
	[ -z "$wide" ] || fail "at $size text runs past column 80: $wide"
}

for size in 40x12 60x20 80x24 200x50; do
	start_tuki -s "$size" TUKI_NOW=2026-12-02T10:00 XDG_STATE_HOME="$SCRATCH/state" -- --lang en
	# Home and a section's list.
	wait_for "1  You are not alone"
	wait_focus
	narrow_text
	keys 1
	wait_for "What the leak means"
	wait_focus
	keys Enter
	wait_cursor_row 2
	[ "$size" != 40x12 ] || wait_for "More below"
	narrow_text
	keys Left Left

	# The directory: 112 with its status whole, MIELI's English number whole.
	keys 4
	wait_for "Helplines and support (17 of 17)"
	wait_for "Talk to someone now"
	screen | grep -Eq "(^ +| )112 +open now$" || { screen >&2; fail "at $size 112's status is not whole"; }
	wait_for "09 2525 0116"
	wait_focus
	narrow_text
	# A tall window has room for every name whole.
	[ "$size" != 200x50 ] || nothing_cut "a helpline's name"
	keys Down
	wait_focus
	keys Enter
	wait_for "MIELI Crisis Helpline"
	wait_cursor_row 2
	# A page turned onto a blank line: the cursor goes to the first text.
	keys NPage
	deadline=$(( $(date +%s) + 10 ))
	while :; do
		pos=$($TMUX_CMD display-message -p -t 0 '#{cursor_x},#{cursor_y}')
		line=$(screen | sed -n "$(( ${pos#*,} + 1 ))p")
		[ "${#line}" -gt "${pos%,*}" ] && [ "$(printf '%s' "$line" | cut -c1-"${pos%,*}" | tr -d ' ')" = "" ] &&
		    [ "$(printf '%s' "$line" | cut -c"$(( ${pos%,*} + 1 ))")" != " " ] && break
		[ "$(date +%s)" -lt "$deadline" ] || { screen >&2; fail "at $size the cursor ($pos) is not on a page's text: \"$line\""; }
		sleep 0.05
	done
	keys Left
	# The filter keys wrap between entries; a long name wraps, its tail whole.
	wait_for "l language"
	keys Down
	wait_for "Victim Support Finland ·"
	wait_focus
	# Scrolled to the end, the top row starts a helpline or a heading.
	keys End
	wait_for "0295 50 2736"
	wait_focus
	case "$(screen | sed -n 5p)" in "     "*) screen >&2; fail "at $size the list starts mid-helpline";; esac
	keys Home
	# What is shown keeps "(c clears)"; "Nothing else matches" wraps whole.
	keys a o
	wait_for "(c clears)"
	keys c t
	wait_for "the filters."
	keys c
	wait_for "(17 of 17)"
	# The search's cursor sits right after the last letter typed.
	keys / m i
	wait_for "Search: mi"
	deadline=$(( $(date +%s) + 10 ))
	until [ "$($TMUX_CMD display-message -p -t 0 '#{cursor_x}')" = 11 ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "at $size the search cursor is at $($TMUX_CMD display-message -p -t 0 '#{cursor_x}'), not 11"
		sleep 0.05
	done
	keys Escape
	wait_gone "Search:"
	# A need's heading never ends the list without its first helpline.
	if [ "$size" = 40x12 ]; then
		keys / l e g a l
		wait_for "Search: legal"
		expect_screen_lacks "Advice and your rights"
		keys Down
		wait_for "Advice and your rights"
		wait_for "0800 161 177"
		keys Escape
		wait_gone "Search:"
	fi
	# The print prompt.
	keys p
	wait_for "Save as a text file"
	wait_focus
	keys Down Enter
	wait_for "(Esc cancels):"
	keys a
	wait_cursor_row "$([ "$size" = 40x12 ] && echo 6 || echo 5)"
	keys Escape Left Left

	# The step tracker: the legend stays, the focus is on a step; the consent question.
	keys 3
	wait_for "Question 1 of 5"
	wait_for "For someone else"
	wait_focus
	keys End Enter
	# The marks' legend wraps between its entries.
	wait_for "[-] does not apply"
	wait_focus
	# Titles wrap whole; the hint wraps between entries and keeps "c".
	wait_for "c: your answers"
	# A group's heading ("Next") never ends the list without its first step.
	last=$(screen | head -n "$(( ${size#*x} - 2 ))" | grep -v '^ *$' | grep -v "Space: \|c: your answers" | tail -1)
	case "$last" in " "[A-Z]*) screen >&2; fail "at $size the step list ends with a heading: $last";; esac
	nothing_cut "the step list"
	keys Space
	wait_for "Keep your marks?"
	wait_focus
	# The answers whole; the text's last paragraph is reached with PgDn.
	screen | grep -q "computer (y)" || { screen >&2; fail "at $size the yes answer is cut"; }
	keys NPage NPage NPage NPage NPage
	wait_for "If someone else uses"
	wait_focus
	keys n
	wait_gone "Keep your marks?"
	wait_for "1 of 16 done  [#"
	wait_for "[-] does not"
	keys Left

	# Help now, the keys, the breathing pause.
	keys h
	wait_for "Call 112"
	wait_cursor_row 2
	keys Left ?
	wait_for "Esc Esc, F12"
	keys Left 2 End Enter
	wait_for "Round 1 of 5"
	wait_for "s: show only"
	wait_cursor_on "Breathe (in|out)|Hold"
	narrow_text
	keys x
	wait_gone "Round 1 of 5"
	keys q
	wait_exit 0
done

# Swedish and Finnish at 40x12: the directory's statuses stay whole.
for lang in sv fi; do
	size="40x12 $lang"
	start_tuki -s 40x12 TUKI_NOW=2026-12-02T10:00 -- --lang "$lang"
	wait_for "1  "
	keys 4
	wait_for "09 2525 011"
	screen | grep -Eq "^ +112 +(öppet nu|auki nyt)$" || { screen >&2; fail "$lang: 112's status cut"; }
	wait_focus
	keys q
	wait_exit 0
done

# At 41x13: the breathing countdown stays with its dots, and a step's
# label too long for its rows ends after a whole word.
size=41x13
start_tuki -s 41x13 TUKI_NOW=2026-12-02T10:00 XDG_STATE_HOME="$SCRATCH/state41" -- --lang en
wait_for "1  You are not alone"
keys 2 End Enter
wait_for "Round 1 of 5"
wait_for "Breathe in"
if screen | grep -q "…$"; then screen >&2; fail "the countdown is apart from its dots"; fi
keys x
wait_gone "Round 1 of 5"
keys Left 3
wait_for "Question 1 of 5"
keys Enter
wait_for "Question 2 of 5"
keys Up Enter
wait_for "Question 3 of 5"
keys Home Enter
wait_for "Question 4 of 5"
keys Enter
wait_for "Question 5 of 5"
keys Enter
wait_for "because your data has been…"
expect_screen_lacks "misu…"
keys q
wait_exit 0

# At 80x22 in Swedish with the plan's answers: the list's last step has
# its reason under it (a step whose reason would fall off waits below).
size="80x22 sv plan"
start_tuki -s 80x22 TUKI_NOW=2026-12-02T10:00 XDG_STATE_HOME="$SCRATCH/state22" -- --lang sv
wait_for "1  Du är inte ensam"
keys 3
# For myself, threatened, misused, nothing chosen, would rather not say.
for q in "1 Enter" "2 Home Enter" "3 Home Enter" "4 Enter" "5 Enter"; do
	wait_for "Fråga ${q%% *} av 5"
	# shellcheck disable=SC2086
	keys ${q#* }
done
wait_for "eftersom någon hotar dig"
wait_for "Mer längre ner"
last=$(screen | head -n 19 | grep -v '^ *$' | tail -1)
case "$last" in "       eftersom "*) ;; *) screen >&2; fail "the last step shown lacks its reason: $last";; esac
keys q
wait_exit 0

# A question whose text is one row too long for a blank row under it:
# both answers stay (Swedish "delete my marks" at 40x12).
size="40x12 sv forget"
start_tuki -s 40x12 XDG_STATE_HOME="$SCRATCH/state-sv" -- --lang sv
wait_for "1  Du är inte ensam"
keys 5 End Enter
wait_for "Inget annat påverkas."
wait_for "Nej, behåll dem (n)"
wait_for "Ja, radera dem (j)"
wait_focus
keys n
wait_gone "Ja, radera dem"
keys q
wait_exit 0

# Finnish and Swedish at 40x12 and 60x20: every screen family keeps its
# cursor on the focus, the step list and its hint are whole, the consent
# text scrolls, and the breathing pause's cursor is on the breath.
for lang in fi sv; do
	case $lang in
	fi) home="1  Et ole yksin"; question="Kysymys 1/5"; hint_c="c: muuta vastauksia"
	    keep="Säilytetäänkö"; breath="Kierros 1"; breath_line="Hengitä|Pidätä";;
	sv) home="1  Du är inte ensam"; question="Fråga 1 av 5"; hint_c="c: ändra svaren"
	    keep="Vill du spara"; breath="Omgång 1"; breath_line="Andas|Håll";;
	esac
	for size in 40x12 60x20; do
		start_tuki -s "$size" TUKI_NOW=2026-12-02T10:00 XDG_STATE_HOME="$SCRATCH/state-$lang" -- --lang "$lang"
		wait_for "$home"
		wait_focus
		keys 1
		wait_focus
		keys Enter
		wait_cursor_row 2
		keys Left Left 3
		wait_for "$question"
		wait_focus
		keys End Enter
		wait_for "[-]"
		wait_focus
		wait_for "$hint_c"
		nothing_cut "the $lang step list"
		keys Space
		wait_for "$keep"
		wait_focus
		keys NPage NPage NPage NPage NPage
		wait_focus
		keys Escape
		wait_gone "$keep"
		keys Left 4
		wait_for "09 2525 011"
		wait_focus
		keys h
		wait_for "112"
		wait_cursor_row 2
		keys Left Left 2 End Enter
		wait_for "$breath"
		wait_cursor_on "$breath_line"
		keys x
		wait_gone "$breath"
		keys q
		wait_exit 0
	done
done

# Titles wrap instead of being cut: the language chooser at 40x12.
size="40x12 chooser"
start_tuki -s 40x12 -- --lang sv
wait_for "1  "
keys L
wait_for "Choose a"
wait_for "language"
nothing_cut "the chooser's title"
keys Escape Escape
wait_exit 0

# The kiosk at 40x12 and 60x20: the welcome, the staff PIN prompt whole,
# and "still there?" whole with its countdown, also after a resize.  The
# idle wait runs on timers ten times fast (TUKI_TIME_SCALE): the 10-second
# idle reset in one, a 600-second grace in 60.
conf="$SCRATCH/kiosk.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 10\nidle_grace = 600\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
for size in 40x12 60x20; do
	start_tuki -s "$size" XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$conf"
	wait_for "no one asks your name."
	wait_focus
	keys S
	wait_for "(Esc cancels):"
	wait_for "This is for staff."
	nothing_cut "the staff prompt"
	keys Escape
	wait_gone "This is for staff."
	keys S 2 4 9 7 Enter
	wait_for "End the kiosk"
	keys Enter
	wait_exit 0
	$TMUX_CMD kill-server

	start_tuki -s "$size" TUKI_TIME_SCALE=10 XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$conf"
	wait_for "no one asks your name."
	keys 3
	wait_for "Are you still there?"
	wait_for "is kept."
	nothing_cut "still there?"
	$TMUX_CMD resize-window -t 0 -x 40 -y 12
	wait_for "is kept."
	nothing_cut "still there? at 40x12"
	# Any key carries on (the idle wait then starts again).
	keys x
	wait_for "1  You are not alone"
	keys S 2 4 9 7 Enter
	wait_for "End the kiosk"
	keys Enter
	wait_exit 0
done

# The kiosk's print question at 40x12 in Finnish, with where the paper
# comes out: both answers stay under the text.
size="40x12 kiosk print"
printf 'printer = q\nprinter_location = at the reception desk on the second floor\n' >>"$conf"
start_tuki -s 40x12 XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$conf"
wait_for "no one asks your name."
keys 1 4
wait_for "Auttavat puhelimet ja tuki"
keys p
wait_for "second floor"
wait_for "Ei, älä tulosta"
wait_for "Kyllä, tulosta"
wait_focus
keys Escape Left S 2 4 9 7 Enter
wait_for "Lopeta kioskitila"
keys Enter
wait_exit 0
