#!/bin/sh
# Personal mode under strace: tuki opens no socket, and the only files it
# creates, renames or writes are the progress file (via its temp file in
# the same directory) and the file the person asked to save a print to.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
# (LeakSanitizer cannot run under ptrace, so the sanitizer build skips only that.)
need strace
strace -o /dev/null true 2>/dev/null || skip "strace cannot trace here (ptrace is not allowed)"

state="$SCRATCH/state"
TUKI_REAL=$TUKI
TUKI="$(command -v strace)"
start_tuki XDG_STATE_HOME="$state" ASAN_OPTIONS=detect_leaks=0 -- -f -qq -o "$SCRATCH/trace" \
	-e trace=open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,socket,connect \
	"$TUKI_REAL" --lang en
TUKI=$TUKI_REAL
wait_for "1  You are not alone"
keys 3 End Enter Space
wait_for "Keep your marks?"
keys y
wait_for "1 of "
keys p
wait_for "Print it, or save it as a file?"
keys Down Enter
wait_for "Type a file name"
keys "$SCRATCH/my-list.txt" Enter
wait_for "Saved."
keys q
wait_exit 0
[ -s "$SCRATCH/my-list.txt" ] || fail "the print was not saved"

tuki_pid=$(head -1 "$SCRATCH/trace" | awk '{ print $1 }')
grep "^$tuki_pid " "$SCRATCH/trace" >"$SCRATCH/own" || true
if grep -E '^[0-9]+ +(socket|connect)\(' "$SCRATCH/own"; then fail "tuki opened a socket"; fi
# Every path opened for writing or created must be one of the allowed ones.
grep -E 'O_WRONLY|O_RDWR|O_CREAT|^[0-9]+ +(creat|rename|renameat2?|mkdir|mkdirat)\(' "$SCRATCH/own" |
	grep -v '= -1 ' | grep -o '"[^"]*"' | tr -d '"' | sort -u >"$SCRATCH/written"
while read -r path; do
	case "$path" in
	"$state"|"$state/tuki"|"$state/tuki/progress.json"|"$state/tuki/progress.json.tmp-"*) ;;
	"$SCRATCH/my-list.txt") ;;
	/dev/tty|/dev/pts/*|/dev/null) ;;
	*) fail "tuki wrote to $path";;
	esac
done <"$SCRATCH/written"
