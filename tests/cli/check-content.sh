#!/bin/sh
# --check-content: the shipped content is valid (0); broken content is 65
# with the file and line; a missing directory is 66.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

run_tuki --check-content
expect_status 0
expect_out "Content is valid"

cp "$TUKI_FIXTURES"/*.json "$SCRATCH/"
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 0

printf '{"pages": [\n  {"id": "x",\n' >"$SCRATCH/pages.json"
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "$SCRATCH/pages.json:3:1: the JSON ends too early"

printf '{"pages": 7}' >"$SCRATCH/pages.json"
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "pages: expected a list, found a number"

printf '\377' >"$SCRATCH/pages.json"
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "pages.json:1:1: invalid UTF-8"

run_tuki --check-content --content-dir "$SCRATCH/none"
expect_status 66
expect_err "$SCRATCH/none"

# The interactive program refuses bad content the same way, before any screen.
run_tuki --lang en --content-dir "$SCRATCH"
expect_status 65
