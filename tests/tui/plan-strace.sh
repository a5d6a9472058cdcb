#!/bin/sh
# Answering the plan's questions writes nothing: under strace, tuki creates,
# renames or opens for writing no file while a person answers all five and
# looks at the tailored list.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
need strace
strace -o /dev/null true 2>/dev/null || skip "strace cannot trace here (ptrace is not allowed)"

TUKI_REAL=$TUKI
TUKI="$(command -v strace)"
start_tuki -s 80x30 XDG_STATE_HOME="$SCRATCH/state" ASAN_OPTIONS=detect_leaks=0 -- -f -qq \
	-o "$SCRATCH/trace" -e trace=open,openat,creat,rename,renameat,renameat2,mkdir,mkdirat,socket \
	"$TUKI_REAL" --lang fi
TUKI=$TUKI_REAL
wait_for "1  Et ole yksin"
keys 3
wait_for "Kysymys 1/5"
keys Enter Home Enter Enter Down Space Enter Enter
wait_for "Sinun tilanteeseesi"
wait_for "koska joku uhkailee sinua"
keys q
wait_exit 0

tuki_pid=$(head -1 "$SCRATCH/trace" | awk '{ print $1 }')
grep "^$tuki_pid " "$SCRATCH/trace" >"$SCRATCH/own" || true
[ -s "$SCRATCH/own" ] || fail "the trace is empty"
grep -q 'fi/LC_MESSAGES/tuki.mo' "$SCRATCH/own" || fail "the trace does not show the catalog being read"
grep -E 'O_WRONLY|O_RDWR|O_CREAT|^[0-9]+ +(creat|rename|renameat2?|mkdir|mkdirat|socket)\(' \
	"$SCRATCH/own" | grep -v '= -1 ' | grep -vE '"/dev/(tty|pts/[0-9]+|null)"' >"$SCRATCH/written" || true
[ -s "$SCRATCH/written" ] && fail "answering the questions wrote: $(cat "$SCRATCH/written")"
[ -e "$SCRATCH/state" ] && fail "the state directory was created"
exit 0
