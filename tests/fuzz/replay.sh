#!/bin/sh
# Replays every fuzz corpus (seeds and past crashes) through its harness.
. "${TUKI_SRCDIR}/tests/lib.sh"
for target in json content progress config; do
	"$TUKI_BUILDDIR/tests/fuzz/replay-$target" "$TUKI_SRCDIR/tests/fuzz/corpus/$target" ||
		fail "replaying the $target corpus"
done
