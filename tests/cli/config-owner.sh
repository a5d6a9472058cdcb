#!/bin/sh
# A tuki.conf owned by another user than root (or, with --config, the
# person running tuki) is refused like a local.d file: its owner could set
# the staff PIN or the printer (QA M2).  The package's own modes pass.
# Giving a file to another user needs root.
. "${TUKI_SRCDIR}/tests/lib.sh"
[ "$(id -u)" = 0 ] || skip "needs root to give the file to another user"
id nobody >/dev/null 2>&1 || skip "no user \"nobody\" to own the file"
scratch
conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\nstaff_pin = 482913\n' >"$conf"
chmod 644 "$conf"
chown nobody "$conf"
run_tuki --check-config --config "$conf"
expect_status 65
expect_err "$conf: refused: the file must be owned by root"
# The package's modes: root, group tuki (here any group), 0640.
chown 0:nogroup "$conf" 2>/dev/null || chown 0 "$conf"
chmod 640 "$conf"
run_tuki --check-config --config "$conf"
expect_status 0
expect_out "is valid"
