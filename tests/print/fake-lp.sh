#!/bin/sh
# --printer --format text hands the text to lp (a fake one, named by
# $TUKI_CUPS_BINDIR, as tuki never searches PATH for it): the argument
# vector names the queue, a neutral title and A4 with the page geometry,
# the text arrives whole on standard input, and lp's chatter never reaches
# the terminal.  When lp fails, tuki exits 69 with lp's first error line,
# sanitized; with no lp at all, 69 with a clear message.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

mkdir "$SCRATCH/bin"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_LP_DIR/argv"
sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status >"$FAKE_LP_DIR/sigign" 2>/dev/null || true
cat >"$FAKE_LP_DIR/stdin"
if [ -n "${FAKE_LP_GARBAGE:-}" ]; then
	printf '\033]0;PWNED\007\033[2J\033[31mlp: \302\233"7merror\342\200\256 for printer\033[0m\n' >&2
	exit 1
fi
if [ -n "${FAKE_LP_FAIL:-}" ]; then
	printf 'lp: %s\033]0;owned\007\nsecond line\n' "$FAKE_LP_FAIL" >&2
	exit 1
fi
echo "request id is reception-42 (1 file(s))"
LP
chmod +x "$SCRATCH/bin/lp"
export FAKE_LP_DIR="$SCRATCH"

TUKI_NOW=2026-11-25T12:00 TUKI_CUPS_BINDIR="$SCRATCH/bin" "$TUKI" --print-helplines --lang fi \
	--format text --printer reception >"$SCRATCH/out" 2>"$SCRATCH/err" || fail "status $?"
[ ! -s "$SCRATCH/out" ] || fail "lp's output reached the terminal: $(cat "$SCRATCH/out")"
argv=$(tr '\n' ' ' <"$SCRATCH/argv")
case "$argv" in "-d reception -t tuki -o media=A4 -o cpi=10 -o lpi=6 "*) ;;
	*) fail "unexpected lp arguments: $argv";; esac
case "$argv" in *page-left=*page-right=*page-top=*page-bottom=*) ;; *) fail "no margins: $argv";; esac
TUKI_NOW=2026-11-25T12:00 "$TUKI" --print-helplines --lang fi >"$SCRATCH/expected"
cmp -s "$SCRATCH/expected" "$SCRATCH/stdin" || fail "lp did not receive the same text"

# lp starts with the default signal actions, not the ones tuki ignores
# (PIPE, USR1, USR2, ALRM, XFSZ).
if [ -s "$SCRATCH/sigign" ]; then
	mask=$(cat "$SCRATCH/sigign")
	for bit in 13 10 12 14 25; do
		[ $(( 0x$mask >> (bit - 1) & 1 )) = 0 ] || fail "lp started with signal $bit ignored (SigIgn $mask)"
	done
fi

# The checklist goes the same way.
TUKI_CUPS_BINDIR="$SCRATCH/bin" "$TUKI" --print-steps --lang sv --format text --printer reception >/dev/null 2>&1 ||
	fail "print-steps to lp failed"
grep -q "Steg" "$SCRATCH/stdin" || fail "the checklist did not reach lp"

# lp fails: 69 and its first line, without the escape sequence.
set +e
FAKE_LP_FAIL="The printer or class does not exist." TUKI_CUPS_BINDIR="$SCRATCH/bin" \
	"$TUKI" --print-helplines --lang en --printer nosuch >"$SCRATCH/out" 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 69 ] || fail "status $status, expected 69"
grep -q "The printer or class does not exist." "$SCRATCH/err" || fail "no lp message: $(cat "$SCRATCH/err")"
if grep -q "$(printf '\033')" "$SCRATCH/err"; then fail "an escape sequence reached the terminal"; fi
if grep -q "second line" "$SCRATCH/err"; then fail "more than the first line"; fi

# Whole escape sequences (OSC, CSI, a C1 CSI) are dropped, not just their
# ESC byte, so no remains of them show as garbage (QA m1).
set +e
FAKE_LP_GARBAGE=1 TUKI_CUPS_BINDIR="$SCRATCH/bin" \
	"$TUKI" --print-helplines --lang en --printer nosuch >"$SCRATCH/out" 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 69 ] || fail "status $status, expected 69"
grep -q "lp: error" "$SCRATCH/err" || fail "lp's words were lost: $(cat "$SCRATCH/err")"
for junk in PWNED '[2J' '[31m' '[0m' '"7m'; do
	if grep -qF -- "$junk" "$SCRATCH/err"; then fail "the remains of an escape sequence ($junk) show: $(cat "$SCRATCH/err")"; fi
done

# No lp at all.
set +e
TUKI_CUPS_BINDIR="$SCRATCH/empty" "$TUKI" --print-helplines --printer x >/dev/null 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 69 ] || fail "without lp: status $status, expected 69"
grep -q "lp" "$SCRATCH/err" || fail "no message without lp"

# lp is started by absolute path, never found through PATH: an lp first on
# PATH (or ./lp through an empty PATH element) is not run (QA m11).
rm -f "$SCRATCH/argv"
set +e
(cd "$SCRATCH/bin" && PATH="$SCRATCH/bin::$PATH" TUKI_CUPS_BINDIR="$SCRATCH/empty" \
	"$TUKI" --print-helplines --lang en --printer x >/dev/null 2>"$SCRATCH/err")
status=$?
set -e
[ "$status" = 69 ] || fail "with lp only on PATH: status $status, expected 69"
[ ! -e "$SCRATCH/argv" ] || fail "an lp found through PATH was run"
