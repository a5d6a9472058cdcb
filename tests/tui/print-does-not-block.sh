#!/bin/sh
# Printing never holds the screen: with an lp that never exits (a CUPS lp
# stuck on a dead scheduler), tuki says it is handing the job over and
# keeps answering keys; past the time limit it ends lp and says so calmly.
# The quick exit ends tuki at once and ends lp with it.  In the kiosk the
# quick exit (Esc Esc) and the idle reset still work while the job is
# handed over, and the stuck lp is still ended in time.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

mkdir "$SCRATCH/bin"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
echo $$ >>"$FAKE_LP_DIR/lp.pids"
exec sleep 100000
LP
chmod +x "$SCRATCH/bin/lp"

# lp_gone SECONDS: every fake lp has ended within SECONDS.
lp_gone() {
	deadline=$(( $(date +%s) + $1 ))
	for pid in $(cat "$SCRATCH/lp.pids"); do
		while kill -0 "$pid" 2>/dev/null; do
			if [ "$(date +%s)" -ge "$deadline" ]; then
				kill -9 "$pid"
				fail "lp $pid was left running"
			fi
			sleep 0.2
		done
	done
}

# Personal mode: the default printer (the 15-second limit four times as
# fast: 3.75 s, time enough for two keys).
start_tuki TUKI_TIME_SCALE=4 TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --lang en
print_from_directory
keys Enter
wait_for "Handing it to the printer"
keys '?'
wait_for "Keys"
keys Left
wait_for "Handing it to the printer"
wait_for "did not answer in time" 25
lp_gone 3
keys q
wait_exit 0
$TMUX_CMD kill-server
rm -f "$SCRATCH/lp.pids"

# The quick exit while a job is handed over ends at once and leaves no lp.
start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --lang en
print_from_directory
keys Enter
wait_for "Handing it to the printer"
keys Escape Escape
wait_exit 0
lp_gone 3
$TMUX_CMD kill-server
rm -f "$SCRATCH/lp.pids"

# Past the time limit tuki ends lp and says so calmly (the timers run ten
# times fast: 1.5 s for the 15-second limit).
start_tuki TUKI_TIME_SCALE=10 TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --lang en
print_from_directory
keys Enter
wait_for "did not answer in time" 20
lp_gone 3
keys q
wait_exit 0
$TMUX_CMD kill-server
rm -f "$SCRATCH/lp.pids"

# Kiosk: the configured printer.
conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 10\nidle_grace = 5\nprinter = reception\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
# The idle reset and the lp limit run twice as fast.
start_tuki TUKI_TIME_SCALE=2 TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --kiosk --config "$conf"
wait_for "Tervetuloa"
keys 3
wait_for "1  You are not alone"
keys 4
wait_for "Helplines and support"
keys p
# The kiosk asks first (starting on no): Up and Enter print.
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "Handing it to the printer"
keys Escape Escape
wait_for "Tervetuloa" 2
# A second job while the first is stuck, then the idle reset.
keys 3
wait_for "1  You are not alone"
keys 4
keys p
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "still busy with the last job"
wait_for "Are you still there?" 15
wait_for "Tervetuloa" 10
lp_gone 20
[ "$(wc -l <"$SCRATCH/lp.pids")" = 1 ] || fail "more than one lp was started"
keys S
wait_for "Staff PIN"
keys 2 4 9 7 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0
