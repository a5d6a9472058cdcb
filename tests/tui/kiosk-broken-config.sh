#!/bin/sh
# A kiosk with a broken or missing configuration never shows a bare
# terminal: a calm three-language "out of order" screen, the real error on
# stderr, and it stays until stopped; a small window shows 112 and the
# crisis number first.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

printf 'staff_pin = 4829\nidle_reset = soon\n' >"$SCRATCH/bad.conf"
# Issue 36: the sample PIN, a file others can change, a FIFO (no hang).
printf 'staff_pin = 000000\n' >"$SCRATCH/sample-pin.conf"
chmod 600 "$SCRATCH/sample-pin.conf"
printf 'staff_pin = 482913\n' >"$SCRATCH/writable.conf"
chmod 666 "$SCRATCH/writable.conf"
mkfifo "$SCRATCH/fifo.conf"
for conf in "$SCRATCH/bad.conf" "$SCRATCH/missing.conf" "$SCRATCH/sample-pin.conf" \
    "$SCRATCH/writable.conf" "$SCRATCH/fifo.conf"; do
	start_tuki -- --kiosk --config "$conf"
	wait_for "This terminal is out of order"
	wait_for "Laite on poissa"
	wait_for "Terminalen"
	# Whoever came here in crisis still learns how to get help now.
	wait_for "in an emergency, call 112"
	wait_for "Ring 112 i en nödsituation"
	keys q C-c Escape Escape
	expect_screen_lacks "TUKI-ENDED"
	kill -TERM "$(tuki_pid)" || fail "no kiosk process"
	wait_for "TUKI-ENDED"
	expect_terminal_sane
	$TMUX_CMD kill-server
done
# On a phone-sized window the two numbers come first, before any words.
for size in 20x5 40x12; do
	start_tuki -s "$size" -- --kiosk --config "$SCRATCH/bad.conf"
	wait_for "112 · MIELI"
	wait_for "09 2525 0111"
	wait_for "Laite on poissa"
	kill -TERM "$(tuki_pid)" || fail "no kiosk process"
	wait_for "TUKI-ENDED"
	$TMUX_CMD kill-server
done
"$TUKI" --kiosk --config "$SCRATCH/bad.conf" </dev/null >/dev/null 2>"$SCRATCH/err" && fail "started"
grep -q "bad.conf:2: idle_reset" "$SCRATCH/err" || fail "no error on stderr: $(cat "$SCRATCH/err")"
# Each says why on stderr, without waiting on anything.
for pair in "sample-pin.conf:1: staff_pin: the sample PIN" \
    "writable.conf: refused: group or others can change the file" \
    "fifo.conf: not a regular file"; do
	set +e
	timeout 10 "$TUKI" --kiosk --config "$SCRATCH/${pair%%:*}" </dev/null >/dev/null 2>"$SCRATCH/err"
	status=$?
	set -e
	[ "$status" = 65 ] || [ "$status" = 66 ] || fail "${pair%%:*}: exit $status: $(cat "$SCRATCH/err")"
	grep -qF "$pair" "$SCRATCH/err" || fail "no \"$pair\" on stderr: $(cat "$SCRATCH/err")"
done
