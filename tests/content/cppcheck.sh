#!/bin/sh
# cppcheck finds nothing in tui/ (warnings, portability, performance).
. "${TUKI_SRCDIR}/tests/lib.sh"
need cppcheck
cd "$TUKI_SRCDIR"
out=$(cppcheck --quiet --enable=warning,portability,performance --std=c11 --error-exitcode=1 \
	--suppress=missingIncludeSystem -I. -Itui -DHAVE_SYS_PRCTL_H \
	--library=tests/cppcheck-cjson.cfg \
	tui tests/unit tests/fuzz 2>&1) || fail "cppcheck: $out"
[ -z "$out" ] || fail "cppcheck: $out"
