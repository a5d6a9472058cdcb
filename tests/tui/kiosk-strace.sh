#!/bin/sh
# Under strace, a whole kiosk session (language, steps marked, directory,
# two prints to a fake lp, as PDFs made in memory, idle-free quick exit,
# staff exit) opens no file for writing, renames, unlinks or creates
# nothing (not even a font cache), and tuki itself opens no socket: only
# its children may talk to CUPS, and every child it starts is one of
# CUPS's tools by absolute path (lp and lpstat here; cancel in
# print-cups.sh), as DESIGN.md's Privacy section lists them.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
# (LeakSanitizer cannot run under ptrace, so the sanitizer build skips only that.)
need strace
strace -o /dev/null true 2>/dev/null || skip "strace cannot trace here (ptrace is not allowed)"

conf="$SCRATCH/tuki.conf"
printf 'default_language = en\nprinter = reception\nstaff_pin = 2497\n' >"$conf"
mkdir "$SCRATCH/bin"
printf '#!/bin/sh\ncat >>"%s/jobs"\necho "request id is reception-1"\n' "$SCRATCH" >"$SCRATCH/bin/lp"
# lpstat: the queue takes jobs, and the job has left it at the first look.
cat >"$SCRATCH/bin/lpstat" <<'LPSTAT'
#!/bin/sh
case "$*" in
"-d -p -a") printf 'no system default destination\nprinter reception is idle.  enabled since Sun\nreception accepting requests since Sun\n' ;;
esac
exit 0
LPSTAT
chmod +x "$SCRATCH/bin/lp" "$SCRATCH/bin/lpstat"
# With a centre's own local.d file, read at start and never written.
mkdir "$SCRATCH/local.d"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$SCRATCH/local.d/"
chmod 644 "$SCRATCH/local.d/centre.json"

TUKI_REAL=$TUKI
TUKI="$(command -v strace)"
start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" ASAN_OPTIONS=detect_leaks=0 -- -f -qq -o "$SCRATCH/trace" \
	-e trace=open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,rmdir,socket,connect,truncate,ftruncate,execve,clone,clone3,fork,vfork \
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
wait_for "Printed. Please collect it"
keys Left Left 4
wait_for "Helplines and support ("
keys End
wait_for "this centre"
keys p
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "Printed. Please collect it"
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
# Every child tuki starts runs one of CUPS's tools by absolute path, and
# nothing else: lp for each job, lpstat to ask first and to follow it.
children=$(sed -n 's/^[0-9][0-9]*  *\(clone3*(\|v*fork(\|<\.\.\. clone3* resumed>\|<\.\.\. v*fork resumed>\).*= \([0-9][0-9]*\)$/\2/p' "$SCRATCH/own")
[ -n "$children" ] || fail "no child process in the trace"
for child in $children; do
	# The PDF module's threads (CLONE_THREAD) run no program.
	grep -q "^$child  *execve(" "$SCRATCH/trace" || continue
	run=$(grep -m1 "^$child  *execve(" "$SCRATCH/trace" | sed 's/^[0-9]*  *execve("\([^"]*\)".*/\1/')
	case "$run" in
	"$SCRATCH/bin/lp"|"$SCRATCH/bin/lpstat") echo "$run" >>"$SCRATCH/ran" ;;
	*) fail "tuki started something other than CUPS's tools: $run" ;;
	esac
done
[ "$(grep -c '/lp$' "$SCRATCH/ran")" = 2 ] || fail "not exactly two lp: $(cat "$SCRATCH/ran")"
grep -q '/lpstat$' "$SCRATCH/ran" || fail "CUPS was not asked before printing"
# Both prints reached lp whole, made in memory (as PDFs where the build has them).
if ! "$TUKI" --version | grep -q PDF; then
	[ "$(grep -ac '^%PDF-' "$SCRATCH/jobs")" = 2 ] && [ "$(tail -c 6 "$SCRATCH/jobs")" = '%%EOF' ] ||
		fail "lp did not get two whole PDFs"
fi
