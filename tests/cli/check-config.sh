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

# The shipped sample is valid.
run_tuki --check-config --config "$TUKI_SRCDIR/contrib/tuki.conf.in"
expect_status 0

run_tuki --config "$SCRATCH/ok.conf"
expect_status 64
