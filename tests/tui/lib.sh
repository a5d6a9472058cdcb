# Scenario tests: run the real program in a private tmux server at 80x24,
# send keys like a person would, and assert on what the screen shows.
# Captures poll for the expected text instead of sleeping.
. "${TUKI_SRCDIR}/tests/lib.sh"

need tmux
scratch
# Every start gets a server of its own, so a server still shutting down
# from the last start can never be mistaken for the new one.
TMUX_CMD="tmux -L tuki$$-0 -f /dev/null"
# (A test with more to clean defines cleanup_extra and calls tmux_cleanup.)
tmux_cleanup() {
	for sock in "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/tuki$$-"*; do
		[ -S "$sock" ] && { tmux -S "$sock" kill-server 2>/dev/null || true; }
		rm -f "$sock"
	done
	return 0
}
cleanup_extra() { tmux_cleanup; }

# start_tuki [-s WxH] [VAR=value...] -- [tuki arguments...]
# The pane runs tuki, then records its exit status and the terminal modes.
start_tuki() {
	size=80x24
	if [ "${1:-}" = -s ]; then size=$2; shift 2; fi
	envs=""
	while [ $# -gt 0 ] && [ "$1" != -- ]; do envs="$envs $1"; shift; done
	[ "${1:-}" = -- ] && shift
	args=""
	for a in "$@"; do args="$args '$a'"; done
	cat >"$SCRATCH/run.sh" <<RUN
#!/bin/sh
export TERM=\${TUKI_TEST_TERM:-tmux-256color}
# exec keeps the pid, so the test can signal exactly this tuki.
sh -c 'echo \$\$ >"\$0"; exec "\$@"' "$SCRATCH/pid" env $envs "$TUKI" $args
echo \$? >"$SCRATCH/status"
stty -a >"$SCRATCH/stty" 2>&1
echo "TUKI-ENDED"
sleep 30
RUN
	chmod +x "$SCRATCH/run.sh"
	rm -f "$SCRATCH/status" "$SCRATCH/pid"
	TMUX_CMD="tmux -L tuki$$-$(date +%s%N) -f /dev/null"
	$TMUX_CMD new-session -d -x "${size%x*}" -y "${size#*x}" "$SCRATCH/run.sh"
}

screen() {
	$TMUX_CMD capture-pane -p -t 0
}

# wait_for TEXT [SECONDS]: polls the screen until TEXT appears.
wait_for() {
	deadline=$(( $(date +%s) + ${2:-10} ))
	while :; do
		if screen | grep -qF -- "$1"; then return 0; fi
		if [ "$(date +%s)" -ge "$deadline" ]; then
			screen >&2
			fail "the screen never showed \"$1\""
		fi
		sleep 0.05
	done
}

# wait_gone TEXT: polls until TEXT is no longer on screen.
wait_gone() {
	deadline=$(( $(date +%s) + ${2:-10} ))
	while screen | grep -qF -- "$1"; do
		if [ "$(date +%s)" -ge "$deadline" ]; then
			screen >&2
			fail "\"$1\" stayed on the screen"
		fi
		sleep 0.05
	done
}

# wait_raw FILE TEXT [SECONDS]: polls a pipe-pane capture until it holds
# TEXT ("TUKI-ENDED" there means everything tuki wrote has arrived).
wait_raw() {
	deadline=$(( $(date +%s) + ${3:-10} ))
	until grep -aqF -- "$2" "$1" 2>/dev/null; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "the capture $1 never held \"$2\" ($(wc -c <"$1" 2>/dev/null || echo no) bytes)"
		sleep 0.05
	done
}

expect_screen_lacks() {
	if screen | grep -qF -- "$1"; then screen >&2; fail "the screen shows \"$1\""; fi
}

# print_from_directory: from the English home screen, the directory's
# print prompt, on its first choice.
print_from_directory() {
	wait_for "1  You are not alone"
	keys 4
	wait_for "Helplines and support"
	keys p
	wait_for "Print it, or save it as a file?"
}

keys() {
	$TMUX_CMD send-keys -t 0 "$@"
}

# wait_exit STATUS: tuki has ended with STATUS.
wait_exit() {
	wait_for "TUKI-ENDED"
	got=$(cat "$SCRATCH/status")
	[ "$got" = "$1" ] || fail "tuki exited with $got, expected $1"
}

# After tuki the terminal is back to normal: echo and canonical input on.
expect_terminal_sane() {
	grep -Eq '(^| )echo( |$)' "$SCRATCH/stty" || fail "echo was left off: $(cat "$SCRATCH/stty")"
	grep -Eq '(^| )icanon( |$)' "$SCRATCH/stty" || fail "icanon was left off"
}

# tuki_pid: the pid of the tuki this test started (after it is on screen).
tuki_pid() {
	cat "$SCRATCH/pid"
}
