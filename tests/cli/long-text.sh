#!/bin/sh
# A text longer than the content may hold (QA m5: a 200 KB helpline name
# made the PDF take minutes, and the screen with it) is refused when the
# content is loaded, with its place and the limit; one at the limit loads.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
need python3
L="$SCRATCH/local.d"
mkdir "$L"

# centre.json with the English name of its first entry N characters long.
local_with_name() {
	python3 - "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$1" >"$L/centre.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["helplines"][0]["name"]["en"] = "A" * int(sys.argv[2])
json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
PY
	chmod 644 "$L/centre.json"
}

local_with_name 200000
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "name.en"
expect_err "is 200000 bytes long; a text may have at most 2000"

local_with_name 2000
run_tuki --check-content --local-dir "$L"
expect_status 0
