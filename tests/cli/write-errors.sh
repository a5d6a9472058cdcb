#!/bin/sh
# Output that cannot be written (a full disk, a closed standard output) is
# a message and exit 74, never a silent 0 or the internal-error 70, in
# every mode that writes to standard output.  With standard output closed,
# nothing tuki opens later (lp's pipe, a content file) takes its place.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
[ -w /dev/full ] || skip "no /dev/full here"

# expect_write_error WHY COMMAND...: exit 74 and a message naming WHY.
expect_write_error() {
	why=$1
	shift
	[ "$STATUS" = 74 ] || fail "$*: exit status $STATUS, expected 74 (stderr: $ERR)"
	case "$ERR" in *"could not write the output: $why"*) ;;
		*) fail "$*: no message saying \"$why\": $ERR";; esac
}

for mode in --print-helplines --print-steps --check-content --help --version; do
	set +e
	"$TUKI" --lang en $mode </dev/null >/dev/full 2>"$SCRATCH/err"
	STATUS=$?
	ERR=$(cat "$SCRATCH/err")
	expect_write_error "the disk is full" $mode to /dev/full
	"$TUKI" --lang en $mode </dev/null >&- 2>"$SCRATCH/err"
	STATUS=$?
	ERR=$(cat "$SCRATCH/err")
	set -e
	expect_write_error "standard output is closed" $mode with stdout closed
done

# Plain mode too.
set +e
printf '4\nq\n' | "$TUKI" --plain --lang en >/dev/full 2>"$SCRATCH/err"
STATUS=$?
ERR=$(cat "$SCRATCH/err")
set -e
expect_write_error "the disk is full" plain mode to /dev/full

# The message speaks the reader's language.
set +e
"$TUKI" --lang fi --print-steps </dev/null >&- 2>"$SCRATCH/err"
set -e
grep -q "vakiotuloste on suljettu" "$SCRATCH/err" || fail "not in Finnish: $(cat "$SCRATCH/err")"

# Printing to lp writes nothing to standard output, so a closed one is fine,
# and what lp receives is the list, not something meant for stdout.
mkdir "$SCRATCH/bin"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
cat >"$FAKE_LP_DIR/stdin"
LP
chmod +x "$SCRATCH/bin/lp"
FAKE_LP_DIR="$SCRATCH" TUKI_CUPS_BINDIR="$SCRATCH/bin" "$TUKI" --print-helplines --lang en \
	--printer q >&- 2>"$SCRATCH/err" || fail "printing with stdout closed: status $? ($(cat "$SCRATCH/err"))"
grep -q "112" "$SCRATCH/stdin" || fail "lp did not get the list"
exit 0
