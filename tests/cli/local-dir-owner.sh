#!/bin/sh
# A local.d directory owned by another user is refused like such a file:
# its owner could add or swap files.  Making one needs root.
. "${TUKI_SRCDIR}/tests/lib.sh"
[ "$(id -u)" = 0 ] || skip "needs root to give the directory to another user"
id nobody >/dev/null 2>&1 || skip "no user \"nobody\" to own the directory"
scratch
L="$SCRATCH/local.d"
mkdir -m 755 "$L"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$L/"
chmod 644 "$L/centre.json"
chown nobody "$L"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "$L: refused: the directory must be owned by root"
# Back to root's, it is used.
chown 0 "$L"
run_tuki --check-content --local-dir "$L"
expect_status 0
expect_out "19 helplines"
