#!/bin/sh
# An lp that never exits (a CUPS lp stuck on a dead scheduler) cannot hold
# tuki: past the time limit tuki ends it, says so and exits 69, and no lp
# is left running.  The timers run fifteen times fast (TUKI_TIME_SCALE):
# the 15-second limit passes in one.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

mkdir "$SCRATCH/bin"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
echo $$ >"$FAKE_LP_DIR/lp.pid"
exec sleep 100000
LP
chmod +x "$SCRATCH/bin/lp"
export FAKE_LP_DIR="$SCRATCH"

start=$(date +%s)
set +e
LANGUAGE=en TUKI_TIME_SCALE=15 TUKI_CUPS_BINDIR="$SCRATCH/bin" timeout 60 "$TUKI" --print-helplines --lang en --printer q \
	>"$SCRATCH/out" 2>"$SCRATCH/err"
status=$?
set -e
took=$(( $(date +%s) - start ))
[ "$status" = 69 ] || fail "exit status $status after ${took}s, expected 69 (stderr: $(cat "$SCRATCH/err"))"
grep -q "did not answer in time" "$SCRATCH/err" || fail "no message: $(cat "$SCRATCH/err")"
pid=$(cat "$SCRATCH/lp.pid")
if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fail "lp was left running"; fi
