#!/bin/sh
# The kiosk's own words: the welcome screen says in three languages that
# nothing is saved and no name is asked, with the centre's default language
# preselected; q is "start over"; the About page says nothing is kept (no
# --forget, no deleting saved marks); p asks before printing and says where
# the paper comes out; the staff prompt says how to go back.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# A stand-in lp that records each job, so nothing reaches a real printer.
mkdir -p "$SCRATCH/bin"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
cat >>"$LP_LOG"
echo "request id is reception-1"
LP
chmod +x "$SCRATCH/bin/lp"
conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = sv\nidle_reset = 300\nidle_grace = 30\nstaff_pin = 2497\nprinter = reception\nprinter_location = Receptionen, till vänster\n' >"$conf"
chmod 600 "$conf"

for size in 40x12 60x20 80x24 200x50; do
	start_tuki -s "$size" TUKI_CUPS_BINDIR="$SCRATCH/bin" LP_LOG="$SCRATCH/lp.log" -- --kiosk --config "$conf"
	wait_for "Tervetuloa"
	wait_for "Mitään ei tallenneta"
	# Wrapped on a narrow window: read the screen as running text.
	flat=$(screen | tr '\n' ' ' | tr -s ' ')
	for words in "eikä nimeäsi kysytä." "Ingenting sparas, och ingen frågar efter ditt namn." \
	    "Nothing is saved, and no one asks your name."; do
		case "$flat" in *"$words"*) ;; *) screen >&2; fail "at $size the welcome lacks: $words";; esac
	done
	screen | grep -q "^ > 2  Svenska" || { screen >&2; fail "at $size the default language is not preselected"; }
	pos=$($TMUX_CMD display-message -p -t 0 '#{cursor_y}')
	screen | sed -n "$((pos + 1))p" | grep -q "Svenska" || fail "at $size the cursor is not on Svenska"
	keys Enter
	wait_for "1  Du är inte ensam"
	case $size in 40x12|60x20) ;; *) wait_for "q Börja om";; esac
	keys q
	wait_for "Tervetuloa"
	keys S
	wait_for "Det här är för personalen"
	keys Escape
	wait_for "Tervetuloa"
	$TMUX_CMD kill-server 2>/dev/null || true
done

start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" LP_LOG="$SCRATCH/lp.log" -- --kiosk --config "$conf"
wait_for "Tervetuloa"
keys 3
wait_for "1  You are not alone"
# About: nothing is kept, and nothing to delete.
keys 5
wait_for "Where this information comes from"
expect_screen_lacks "Delete my saved marks"
keys Enter
wait_for "Nothing you do here is kept."
# The kiosk's quick exit, not the personal one's (issue 34).
wait_for "F12. tuki clears the screen, goes back to its first screen and forgets"
expect_screen_lacks "The screen and its history are cleared"
keys End
wait_for "What tuki never does"
expect_screen_lacks "--forget"
expect_screen_lacks "progress.json"
keys Left Left

# p asks first, starting on "no", and says where the paper comes out.
keys 4
wait_for "Helplines and support ("
keys p
wait_for "Print it on this terminal's printer?"
wait_for "The paper comes out here: Receptionen, till vänster"
screen | grep -q "^ > No, do not print" || { screen >&2; fail "the print question does not start on no"; }
keys Enter
wait_gone "Print it on this terminal's printer?"
[ ! -e "$SCRATCH/lp.log" ] || fail "no still printed"
keys p
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "Sent to the printer"
[ -s "$SCRATCH/lp.log" ] || fail "yes did not print"
keys S
wait_for "Staff PIN"
keys 2 4 9 7 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0
