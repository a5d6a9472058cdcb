#!/bin/sh
# The command line: --help and --version succeed, anything unknown or
# malformed exits 64 with a message and the usage.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

run_tuki --help
expect_status 0
expect_out "--check-content"
# The usage names --local-dir wherever tuki.1's synopsis does.
expect_out "tuki --kiosk [--config FILE] [--local-dir DIR]"
expect_out "[--content-dir DIR] [--local-dir DIR]"
# Translated, only "Usage:" changes, and the lines align under it.
LANGUAGE=sv run_tuki --help
expect_out "Användning: tuki [--lang"
printf '%s\n' "$OUT" | sed -n 3p | grep -q "^            tuki --kiosk" ||
	fail "the Swedish usage's lines do not align under \"Användning:\": $OUT"
run_tuki --version
expect_status 0
expect_out "tuki "

run_tuki --bogus
expect_status 64
expect_err "unknown option --bogus"
expect_err "Usage:"
run_tuki --lang
expect_status 64
expect_err "needs a value"
run_tuki --lang de
expect_status 64
expect_err "unknown language \"de\""
run_tuki --lang fi_FI
expect_status 64
run_tuki stray
expect_status 64
expect_err "unexpected argument"
# Errors come in the person's language.
set +e
LANGUAGE=fi "$TUKI" --bogus 2>"$SCRATCH/err"
STATUS=$?
set -e
ERR=$(cat "$SCRATCH/err")
expect_status 64
expect_err "tuntematon valitsin --bogus"
# A control character in an argument is not echoed raw.
run_tuki "--$(printf 'x\033]0;t\007')"
expect_status 64
case "$ERR" in *"$(printf '\033')"*) fail "an escape reached the terminal";; esac
# Two modes on one command line: exit 64 naming both, and nothing done.
mkdir -p "$SCRATCH/state/tuki"
printf '{}' >"$SCRATCH/state/tuki/progress.json"
export XDG_STATE_HOME="$SCRATCH/state"
run_tuki --forget --print-steps
expect_status 64
expect_err "--forget and --print-steps cannot be used together"
[ -e "$SCRATCH/state/tuki/progress.json" ] || fail "--forget ran although the command line was refused"
case "$OUT" in *[a-z]*) fail "something was printed: $OUT";; esac
run_tuki --kiosk --check-content
expect_status 64
expect_err "--kiosk and --check-content"
run_tuki --print-helplines --print-helplines --lang en
expect_status 0
# --help wins over everything, then --version; neither starts a mode.
run_tuki --help --version
expect_status 0
expect_out "Usage:"
run_tuki --version --help
expect_out "Usage:"
run_tuki --help --kiosk
expect_status 0
expect_out "Usage:"
# Options that would be silently ignored are refused (QA m9).
run_tuki --format text
expect_status 64
expect_err "--format works only with --print-helplines, --print-steps or --print-facts"
run_tuki --mouse --print-helplines
expect_status 64
expect_err "--mouse works only in the interactive program"
run_tuki --check-config --content-dir /nonexistent
expect_status 64
expect_err "--content-dir does not work with --check-config or --forget"
printf '{"version": 1, "steps": {}}\n' >"$SCRATCH/state/tuki/progress.json"
run_tuki --forget --content-dir /nonexistent
expect_status 64
[ -e "$SCRATCH/state/tuki/progress.json" ] || fail "--forget ran although the command line was refused"

# An option given twice, or one the mode would ignore, is refused (QA m6).
run_tuki --print-steps --lang en --lang sv
expect_status 64
expect_err "the option --lang is given twice"
run_tuki --print-helplines --format text --format pdf
expect_status 64
expect_err "the option --format is given twice"
run_tuki --kiosk --plain
expect_status 64
expect_err "--plain works only in the interactive program"
run_tuki --print-steps --plain
expect_status 64
expect_err "--plain works only in the interactive program"
