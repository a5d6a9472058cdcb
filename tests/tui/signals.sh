#!/bin/sh
# Every signal that ends tuki (TERM, HUP, INT, QUIT, and a crash such as
# SEGV or ABRT) leaves the terminal as it was: echo and line mode on, the
# cursor shown, the alternate screen left and the page cleared (also on a
# terminal without an alternate screen), the parent sees the signal, and
# marks already saved are kept.  PIPE, USR1 and ALRM do not end it, nor
# does QUIT in kiosk mode: tuki goes on answering keys.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

status_of() {
	case "$1" in
	HUP) echo 129;; INT) echo 130;; QUIT) echo 131;; ABRT) echo 134;;
	SEGV) echo 139;; TERM) echo 143;;
	esac
}

# The pane after tuki ended: back to the normal screen, cursor visible.
expect_pane_restored() {
	[ "$($TMUX_CMD display -p -t 0 '#{alternate_on}')" = 0 ] || fail "$1: the alternate screen is still on"
	[ "$($TMUX_CMD display -p -t 0 '#{cursor_flag}')" = 1 ] || fail "$1: the cursor is hidden"
	expect_screen_lacks "Helplines and support"
	expect_screen_lacks "You are not alone"
}

state="$SCRATCH/state"
for term in tmux-256color vt100; do
	for sig in TERM HUP INT QUIT SEGV ABRT; do
		TUKI_TEST_TERM=$term start_tuki XDG_STATE_HOME="$state" -- --lang en
		wait_for "1  You are not alone"
		keys 4
		wait_for "Helplines and support"
		kill -"$sig" "$(tuki_pid)"
		wait_for "TUKI-ENDED"
		got=$(cat "$SCRATCH/status")
		case "$sig" in
		SEGV|ABRT)
			# A sanitizer build reports the crash and ends with its own status.
			[ "$got" != 0 ] || fail "$term $sig: exit status 0";;
		*)
			[ "$got" = "$(status_of "$sig")" ] || fail "$term $sig: exit status $got";;
		esac
		expect_terminal_sane
		expect_pane_restored "$term $sig"
		$TMUX_CMD kill-server
	done
done

# A mark that was saved survives the signal that ends the session.
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3 End Enter
wait_for "Start with the first step at the top"
keys Space
wait_for "Keep your marks?"
keys y
wait_for "1 of "
kill -TERM "$(tuki_pid)"
wait_exit 143
$TMUX_CMD kill-server
grep -q '"done"' "$state/tuki/progress.json" || fail "the saved mark was lost: $(cat "$state/tuki/progress.json")"
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3
wait_for "1 of "
keys q
wait_exit 0
$TMUX_CMD kill-server

# Signals that must not end tuki: it still answers keys after each.
for sig in PIPE USR1 ALRM; do
	start_tuki -- --lang en
	wait_for "1  You are not alone"
	kill -"$sig" "$(tuki_pid)"
	keys 4
	wait_for "Helplines and support"
	[ ! -e "$SCRATCH/status" ] || fail "SIG$sig ended tuki with status $(cat "$SCRATCH/status")"
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
done

# In the kiosk, QUIT (and the others) do nothing either; TERM ends it.
conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
start_tuki -- --kiosk --config "$conf"
wait_for "Tervetuloa"
for sig in QUIT PIPE USR1 ALRM; do
	kill -"$sig" "$(tuki_pid)"
done
keys 3
wait_for "1  You are not alone"
[ ! -e "$SCRATCH/status" ] || fail "a signal ended the kiosk with status $(cat "$SCRATCH/status")"
kill -TERM "$(tuki_pid)"
wait_exit 143
expect_terminal_sane
expect_pane_restored "kiosk TERM"

# Plain mode does not touch the terminal, so a signal simply ends it there
# (its handler used to swallow it: read() was retried).
mkfifo "$SCRATCH/in"
"$TUKI" --plain --lang en <"$SCRATCH/in" >/dev/null 2>&1 &
plain=$!
exec 3>"$SCRATCH/in"
printf '4\n' >&3
kill -TERM "$plain"
set +e
wait "$plain"
got=$?
set -e
exec 3>&-
[ "$got" = 143 ] || fail "TERM in plain mode: exit status $got, expected 143"
