#!/bin/sh
# --check-config: a good file is valid (and a readable-by-all one warned
# about); a bad one is 65 with file and line; a missing one is 66.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

printf 'languages = fi sv en\nstaff_pin = 482913\n' >"$SCRATCH/ok.conf"
chmod 640 "$SCRATCH/ok.conf"
run_tuki --check-config --config "$SCRATCH/ok.conf"
expect_status 0
expect_out "is valid"
case "$ERR" in *warning*) fail "warned about a private file";; esac
chmod 644 "$SCRATCH/ok.conf"
run_tuki --check-config --config "$SCRATCH/ok.conf"
expect_status 0
expect_err "can be read by anyone"

printf 'staff_pin = 482913\nidle_grace = 1\n' >"$SCRATCH/bad.conf"
run_tuki --check-config --config "$SCRATCH/bad.conf"
expect_status 65
expect_err "bad.conf:2: idle_grace"

# printer_location is free text a visitor reads, one line of at most 127 bytes.
printf 'staff_pin = 482913\nprinter = reception\nprinter_location = at the desk – vid disken\n' >"$SCRATCH/where.conf"
chmod 600 "$SCRATCH/where.conf"
run_tuki --check-config --config "$SCRATCH/where.conf"
expect_status 0
printf 'staff_pin = 482913\nprinter_location = %0130d\n' 0 >"$SCRATCH/long.conf"
run_tuki --check-config --config "$SCRATCH/long.conf"
expect_status 65
expect_err "long.conf:2: printer_location: expected at most 127 bytes"

run_tuki --check-config --config "$SCRATCH/none.conf"
expect_status 66
expect_err "none.conf: cannot open"

# The shipped sample has no PIN: it says how to set one, and is valid once set.
cp "$TUKI_SRCDIR/contrib/tuki.conf.in" "$SCRATCH/sample.conf"
chmod 640 "$SCRATCH/sample.conf"
run_tuki --check-config --config "$SCRATCH/sample.conf"
expect_status 65
expect_err "sample.conf: staff_pin is required"
expect_err "\"staff_pin = \" and 4 to 16 digits of your own"
sed -i 's/^#staff_pin =.*/staff_pin = 000000/' "$SCRATCH/sample.conf"
run_tuki --check-config --config "$SCRATCH/sample.conf"
expect_status 65
expect_err "sample.conf:21: staff_pin: the sample PIN"
expect_err "set staff_pin in $SCRATCH/sample.conf to 4 to 16 digits of your own"
for pin in 1111 123456 654321 2468; do
	sed -i "s/^staff_pin =.*/staff_pin = $pin/" "$SCRATCH/sample.conf"
	run_tuki --check-config --config "$SCRATCH/sample.conf"
	expect_status 65
	expect_err "staff_pin: the sample PIN"
done
sed -i 's/^staff_pin =.*/staff_pin = 482913/' "$SCRATCH/sample.conf"
run_tuki --check-config --config "$SCRATCH/sample.conf"
expect_status 0

# Whoever can write it sets the PIN and the printer: group or others may not (QA M2).
for mode in 660 666 602; do
	chmod "$mode" "$SCRATCH/ok.conf"
	run_tuki --check-config --config "$SCRATCH/ok.conf"
	expect_status 65
	expect_err "ok.conf: refused: group or others can change the file"
done
chmod 600 "$SCRATCH/ok.conf"

# A FIFO or a device is not a config file, and nothing waits on it (QA M4).
mkfifo "$SCRATCH/fifo.conf"
set +e
timeout 10 "$TUKI" --check-config --config "$SCRATCH/fifo.conf" </dev/null >/dev/null 2>"$SCRATCH/err"
STATUS=$?
set -e
ERR=$(cat "$SCRATCH/err")
expect_status 66
expect_err "fifo.conf: not a regular file"
run_tuki --check-config --config /dev/null
expect_status 66
expect_err "/dev/null: not a regular file"

# A NUL byte names its line (QA m8).
printf 'staff_pin = 482913\n# a\0b\n' >"$SCRATCH/nul.conf"
chmod 600 "$SCRATCH/nul.conf"
run_tuki --check-config --config "$SCRATCH/nul.conf"
expect_status 65
expect_err "nul.conf:2: a NUL byte is not allowed"

run_tuki --config "$SCRATCH/ok.conf"
expect_status 64
