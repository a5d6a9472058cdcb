#!/bin/sh
# Golden files: the printed helpline list (text and Markdown), the
# checklist and the fact-check sheet (text and Markdown) in fi, sv and en,
# at a fixed date, must match what a person reviewed.  After an intended change, regenerate them with
#   TUKI_UPDATE_GOLDEN=1 make check TESTS=tests/print/golden.sh
# and read the diff before committing.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

export TUKI_NOW=2026-11-25T12:00
golden="$TUKI_SRCDIR/tests/print/golden"
status=0
for lang in fi sv en; do
	for what in helplines-text helplines-markdown steps-text; do
		case $what in
		helplines-text) args="--print-helplines" ;;
		helplines-markdown) args="--print-helplines --format markdown" ;;
		steps-text) args="--print-steps" ;;
		esac
		# shellcheck disable=SC2086
		XDG_STATE_HOME="$SCRATCH/none" "$TUKI" $args --lang "$lang" >"$SCRATCH/$lang-$what" ||
			fail "$args --lang $lang"
		if [ "${TUKI_UPDATE_GOLDEN:-0}" = 1 ]; then
			cp "$SCRATCH/$lang-$what" "$golden/$lang-$what.txt"
		elif ! cmp -s "$SCRATCH/$lang-$what" "$golden/$lang-$what.txt"; then
			diff -u "$golden/$lang-$what.txt" "$SCRATCH/$lang-$what" | head -30 >&2
			status=1
		fi
	done
done
# The fact-check sheet a year on, so some facts are marked as older than
# 12 months; the configured local.d path is written as SYSCONFDIR.
export TUKI_NOW=2027-12-01T12:00
for what in fi-facts-text sv-facts-text en-facts-text fi-facts-markdown sv-facts-markdown \
	en-facts-markdown; do
	case $what in
	*-markdown) args="--format markdown" ;;
	*) args="" ;;
	esac
	# shellcheck disable=SC2086
	XDG_STATE_HOME="$SCRATCH/none" "$TUKI" --print-facts --lang "${what%%-*}" $args |
		sed "s|$TUKI_SYSCONFDIR/|SYSCONFDIR/|g" >"$SCRATCH/$what" || fail "--print-facts $what"
	if [ "${TUKI_UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$SCRATCH/$what" "$golden/$what.txt"
	elif ! cmp -s "$SCRATCH/$what" "$golden/$what.txt"; then
		diff -u "$golden/$what.txt" "$SCRATCH/$what" | head -30 >&2
		status=1
	fi
done
[ "$status" = 0 ] || fail "printed output differs from the golden files"
