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
expect_err "$SCRATCH/pages.json:2:14: the JSON ends too early"

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
# ... and still says how to get help now; a staff check does not.
expect_err "in an emergency, call 112. MIELI's Crisis Helpline, 09 2525 0111"
run_tuki --check-content --content-dir "$SCRATCH"
case "$ERR" in *"Crisis Helpline"*) fail "--check-content printed the crisis line";; esac

# Facts checked more than a year ago: a warning, not a failure.
TUKI_NOW=2030-01-01T00:00 run_tuki --check-content --content-dir "$TUKI_FIXTURES"
expect_status 0
expect_err "more than a year ago"

# A checked date in the future is an error naming file, id and field; a
# contact without its date or page is refused at load with the same.
cp "$TUKI_FIXTURES"/*.json "$SCRATCH/"
TUKI_NOW=2026-11-01T00:00 run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "helplines.json: \"emergency-112\" contacts[0].checked: 2026-11-22 is in the future"
sed 's/"checked": "2026-11-20", //' "$TUKI_FIXTURES/helplines.json" >"$SCRATCH/helplines.json"
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "helplines[1].contacts[1]: \"crisis\": the field \"checked\" is missing"

# A translation that drops or changes a placeholder fails the check.
mkdir -p "$SCRATCH/locale/fi/LC_MESSAGES"
cat >"$SCRATCH/bad.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "Call {phone:crisis} if you need to talk."
msgstr "Soita numeroon {phone:kriisi}, jos haluat puhua."
PO
"${MSGFMT:-msgfmt}" -o "$SCRATCH/locale/fi/LC_MESSAGES/tuki.mo" "$SCRATCH/bad.po"
TUKI_LOCALEDIR="$SCRATCH/locale" run_tuki --check-content --content-dir "$TUKI_FIXTURES"
expect_status 65
expect_err "pages.json:20: the fi translation changes the placeholders"

# A FIFO as a content or local.d file is refused by name, without waiting
# on it (QA M4).
mkdir "$SCRATCH/fifo" "$SCRATCH/fifo-local"
cp "$TUKI_FIXTURES/pages.json" "$TUKI_FIXTURES/helplines.json" "$SCRATCH/fifo/"
mkfifo "$SCRATCH/fifo/steps.json" "$SCRATCH/fifo-local/centre.json"
set +e
timeout 10 "$TUKI" --check-content --content-dir "$SCRATCH/fifo" </dev/null >/dev/null 2>"$SCRATCH/err"
STATUS=$?
set -e
ERR=$(cat "$SCRATCH/err")
expect_status 66
expect_err "fifo/steps.json: not a regular file"
chmod 755 "$SCRATCH/fifo-local"
set +e
timeout 10 "$TUKI" --check-content --content-dir "$TUKI_FIXTURES" --local-dir "$SCRATCH/fifo-local" \
    </dev/null >/dev/null 2>"$SCRATCH/err"
STATUS=$?
set -e
ERR=$(cat "$SCRATCH/err")
[ "$STATUS" = 65 ] || [ "$STATUS" = 66 ] || fail "a FIFO in local.d: exit $STATUS ($ERR)"
expect_err "fifo-local/centre.json: not a regular file"
