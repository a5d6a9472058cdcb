# Shared by the shell tests.  Sourced; sets -eu.
set -eu

: "${TUKI:?run the tests through make check}"

fail() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}

# A test that cannot run here exits 77 and says why; CI sets
# TUKI_REQUIRE_ALL=1 so that a missing tool is a failure there instead.
skip() {
	if [ "${TUKI_REQUIRE_ALL:-0}" = 1 ]; then
		fail "cannot run (and CI requires every test): $*"
	fi
	printf 'SKIP: %s\n' "$*" >&2
	exit 77
}

need() {
	command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed"
}

# A private scratch directory, removed on exit.
scratch() {
	SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/tuki-test.XXXXXX")
	trap 'rm -rf "$SCRATCH"; cleanup_extra' EXIT
}
cleanup_extra() { :; }

# Runs tuki with stdin from /dev/null; sets OUT, ERR and STATUS.
run_tuki() {
	set +e
	"$TUKI" "$@" </dev/null >"$SCRATCH/out" 2>"$SCRATCH/err"
	STATUS=$?
	set -e
	OUT=$(cat "$SCRATCH/out")
	ERR=$(cat "$SCRATCH/err")
}

expect_status() {
	[ "$STATUS" = "$1" ] || fail "exit status $STATUS, expected $1 (stderr: $ERR)"
}

expect_err() {
	case "$ERR" in *"$1"*) ;; *) fail "stderr lacks \"$1\": $ERR";; esac
}

expect_out() {
	case "$OUT" in *"$1"*) ;; *) fail "stdout lacks \"$1\": $OUT";; esac
}
