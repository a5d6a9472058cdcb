#!/bin/sh
# A large progress file (150 000 unknown ids, under the 8 MiB limit) loads
# at once, not in half a minute (QA m4: the lookup per id was a scan, so
# loading was quadratic).  The bound is ten times what it takes here.
. "${TUKI_SRCDIR}/tests/lib.sh"
need timeout
scratch
mkdir -p "$SCRATCH/state/tuki"
chmod 700 "$SCRATCH/state/tuki"
awk 'BEGIN {
	printf "{\"version\":1,\"steps\":{\"bank\":{\"state\":\"done\",\"date\":\"2026-12-01\"}"
	for (i = 0; i < 150000; i++)
		printf ",\"x%06d\":{\"state\":\"done\",\"date\":\"2026-12-01\"}", i
	printf "}}\n"
}' >"$SCRATCH/state/tuki/progress.json"
chmod 600 "$SCRATCH/state/tuki/progress.json"
set +e
XDG_STATE_HOME="$SCRATCH/state" timeout 20 "$TUKI" --print-steps --lang en </dev/null \
    >"$SCRATCH/out" 2>"$SCRATCH/err"
STATUS=$?
set -e
OUT=$(cat "$SCRATCH/out")
ERR=$(cat "$SCRATCH/err")
expect_status 0
expect_out "1 of "
[ -z "$ERR" ] || fail "a message about the file: $ERR"
[ -z "$(ls "$SCRATCH/state/tuki" | grep -v '^progress.json$')" ] || fail "the file was set aside"
