#!/bin/sh
# steps.json's "relevance" and "notes" for the tailored plan: known
# questions and answers load; an unknown one is 65 with file, line and path.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

cp "$TUKI_FIXTURES"/*.json "$SCRATCH/"
with_step_fields() {
	python3 - "$SCRATCH/steps.json" "$1" <<'PY'
import json, sys
path, extra = sys.argv[1], json.loads(sys.argv[2])
d = json.load(open(path, encoding="utf-8"))
d["steps"][0].update(extra)
json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
}

with_step_fields '{"relevance": {"urgent": ["threat=yes", "leaked=bank"], "not_relevant": ["minor=yes"]}, "notes": [{"when": "minor=yes", "text": "Ask an adult you trust to come with you."}]}'
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 0

cp "$TUKI_FIXTURES/steps.json" "$SCRATCH/"
with_step_fields '{"relevance": {"urgent": ["threat=maybe"]}}'
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "steps.json:"
expect_err "steps[0].relevance.urgent[0]"
expect_err "unknown question or answer \"threat=maybe\""

cp "$TUKI_FIXTURES/steps.json" "$SCRATCH/"
with_step_fields '{"relevance": {"soon": ["threat=yes"]}}'
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "soon"

cp "$TUKI_FIXTURES/steps.json" "$SCRATCH/"
with_step_fields '{"notes": [{"when": "age=12", "text": "Hello there."}]}'
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "steps[0].notes[0].when"
