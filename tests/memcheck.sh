#!/bin/sh
# valgrind memcheck on the check-content and print paths and a scripted
# plain-mode session: no errors, nothing definitely or indirectly lost.
# (The curses session is covered by the ASan/LSan build of every tmux test.)
. "${TUKI_SRCDIR}/tests/lib.sh"
need valgrind
scratch

# memcheck NAME EXPECTED-STATUS COMMAND...: valgrind (quiet) reports nothing.
memcheck() {
	name=$1 want=$2; shift 2
	set +e
	valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
		--errors-for-leak-kinds=definite,indirect \
		--log-file="$SCRATCH/$name.vg" "$@" >"$SCRATCH/$name.out" 2>&1 <"$SCRATCH/input"
	status=$?
	set -e
	if [ "$status" != "$want" ] || [ -s "$SCRATCH/$name.vg" ]; then
		cat "$SCRATCH/$name.vg" >&2
		fail "memcheck: $name (status $status, expected $want)"
	fi
}

: >"$SCRATCH/input"
memcheck check-content 0 "$TUKI" --check-content
memcheck print-fi 0 env TUKI_NOW=2026-11-25T12:00 "$TUKI" --print-helplines --lang fi
memcheck print-steps 0 "$TUKI" --print-steps --lang sv --format markdown
# The fact-check sheet, with a centre's own entries.
mkdir -m 755 "$SCRATCH/local"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$SCRATCH/local/"
chmod 644 "$SCRATCH/local/centre.json"
memcheck print-facts 0 env TUKI_NOW=2027-12-01T12:00 "$TUKI" --print-facts --lang fi \
	--format markdown --local-dir "$SCRATCH/local"
# The typeset PDF (pango, cairo and fontconfig let go of their fonts after it).
if ! "$TUKI" --version | grep -q PDF; then
	memcheck print-pdf 0 env TUKI_NOW=2026-11-25T12:00 "$TUKI" --print-helplines --lang fi --format pdf
	memcheck facts-pdf 0 env TUKI_NOW=2027-12-01T12:00 "$TUKI" --print-facts --lang sv --format pdf
fi
memcheck bad-content 66 "$TUKI" --check-content --content-dir "$SCRATCH/none"
printf '1\n1\n0\n3\n1\nm\nn\nm 2\nr\n0\n4\n1\na\n/kriisi\nc\nr\n0\n2\n1\nL\n2\nq\n' >"$SCRATCH/input"
memcheck plain 0 env XDG_STATE_HOME="$SCRATCH/state" "$TUKI" --plain --lang en
