#!/bin/sh
# Under strace, a whole kiosk session (language, steps marked, directory,
# two prints to a fake lp, as PDFs made in memory, idle-free quick exit,
# staff exit) opens no file for writing, renames, unlinks or creates
# nothing (not even a font cache), and tuki itself opens no socket: only
# the lp child may talk to CUPS.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
# (LeakSanitizer cannot run under ptrace, so the sanitizer build skips only that.)
need strace
strace -o /dev/null true 2>/dev/null || skip "strace cannot trace here (ptrace is not allowed)"

conf="$SCRATCH/tuki.conf"
printf 'default_language = en\nprinter = reception\nstaff_pin = 2497\n' >"$conf"
mkdir "$SCRATCH/bin"
printf '#!/bin/sh\ncat >>"%s/jobs"\necho "request id is reception-1"\n' "$SCRATCH" >"$SCRATCH/bin/lp"
chmod +x "$SCRATCH/bin/lp"
# With a centre's own local.d file, read at start and never written.
mkdir "$SCRATCH/local.d"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$SCRATCH/local.d/"
chmod 644 "$SCRATCH/local.d/centre.json"

TUKI_REAL=$TUKI
TUKI="$(command -v strace)"
start_tuki PATH="$SCRATCH/bin:$PATH" ASAN_OPTIONS=detect_leaks=0 -- -f -qq -o "$SCRATCH/trace" \
	-e trace=open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,rmdir,socket,connect,truncate,ftruncate \
	"$TUKI_REAL" --kiosk --config "$conf" --local-dir "$SCRATCH/local.d"
TUKI=$TUKI_REAL
wait_for "Welcome"
keys 3
wait_for "1  You are not alone"
keys 3 End Enter Space Down Space
wait_for "2 of "
# p asks first (starting on no): Up and Enter print.
keys p
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "Printed"
keys Left Left 4
wait_for "Helplines and support ("
keys End
wait_for "this centre"
keys p
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "Printed"
keys Escape Escape
wait_for "Welcome"
keys S 2 4 9 7 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0

[ -s "$SCRATCH/trace" ] || fail "no trace"
tuki_pid=$(head -1 "$SCRATCH/trace" | awk '{ print $1 }')
# tuki's own calls: its pid only (lp and its shell are children).
grep "^$tuki_pid " "$SCRATCH/trace" >"$SCRATCH/own" || true
grep -q 'local.d/centre.json", O_RDONLY' "$SCRATCH/own" || fail "the local file was not read"
if grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC' "$SCRATCH/own" | grep -v '= -1 ' | grep -v '"/dev/tty"\|"/dev/pts/'; then
	fail "the kiosk opened a file for writing"
fi
if grep -E '^[0-9]+ +(creat|rename|renameat2?|unlink|unlinkat|mkdir|mkdirat|rmdir|truncate|ftruncate)\(' "$SCRATCH/own"; then
	fail "the kiosk changed the file system"
fi
if grep -E '^[0-9]+ +(socket|connect)\(' "$SCRATCH/own"; then
	fail "tuki opened a socket"
fi
grep -q "execve\|clone\|vfork" "$SCRATCH/trace" 2>/dev/null || true
# Both prints reached lp whole, made in memory (as PDFs where the build has them).
if ! "$TUKI" --version | grep -q PDF; then
	[ "$(grep -ac '^%PDF-' "$SCRATCH/jobs")" = 2 ] && [ "$(tail -c 6 "$SCRATCH/jobs")" = '%%EOF' ] ||
		fail "lp did not get two whole PDFs"
fi
