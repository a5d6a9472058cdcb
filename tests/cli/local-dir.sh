#!/bin/sh
# A centre's local.d files (--local-dir): checked as strictly as the
# shipped content, merged all or nothing, refused when unsafe, shown in
# plain mode in three languages with their label; a broken file is a calm
# notice in personal mode and 65 for staff checks.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export TUKI_NOW=2026-12-07T12:00:00
L="$SCRATCH/local.d"
mkdir "$L"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$L/"
chmod 644 "$L/centre.json"

run_tuki --check-content --local-dir "$L"
expect_status 0
expect_out "19 helplines"
# The facts that need checking, by file and id; missing languages named.
expect_err "$L/centre.json: \"test-centre-group\" contacts[0].checked: last checked on 2024-05-02"
expect_err "$L/centre.json:29: no \"sv\" text"
expect_err "$L/centre.json:30: no \"fi\" text"
# A centre's page in one language: the others are told which one they get.
expect_err "$L/centre.json: \"test-centre-group\" contacts[0].value: no Swedish page; the Finnish one is shown"
expect_err "$L/centre.json: \"test-centre-group\" contacts[0].value.fi.checked: last checked on 2024-05-02"
case "$ERR" in *"test-centre-walk-in"*) fail "a fresh entry was listed as old: $ERR";; esac

# Plain mode, each language: the directory, the label, the detail, Help now.
for l in fi sv en; do
	case $l in
	fi) name="Testikeskuksen kriisivastaanotto"; label="tämän keskuksen lisäämä"
	    desc="Voit tulla ilman ajanvarausta. Soita 0 9, 1 2 3, 4 5 6.";;
	sv) name="Testcentrets krismottagning"; label="tillagd av det här centret"
	    desc="Du kan komma utan tidsbokning. Ring 0 9, 1 2 3, 4 5 6.";;
	en) name="Test Centre crisis walk-in"; label="added by this centre"
	    desc="You can come without an appointment. Call 0 9, 1 2 3, 4 5 6.";;
	esac
	printf '4\nn\n9\n0\n0\nh\nq\n' >"$SCRATCH/in"
	"$TUKI" --plain --lang $l --local-dir "$L" <"$SCRATCH/in" >"$SCRATCH/out" 2>"$SCRATCH/err" ||
		fail "$l: plain mode failed: $(cat "$SCRATCH/err")"
	OUT=$(cat "$SCRATCH/out")
	# Plain mode reads numbers out in groups (speech).
	expect_out "9. $name: 0 9, 1 2 3, 4 5 6"
	expect_out "$label"
	expect_out "$desc"
	# Help now lists it (it says "crisis": true) after the national line.
	help=$(sed -n '/^\(Apua nyt\|Hjälp nu\|Help now\)$/,$p' "$SCRATCH/out")
	case "$help" in *"$name"*"0 9, 1 2 3, 4 5 6"*) ;; *) fail "$l: not in Help now: $help";; esac
done
# On paper, in each language, with its label.
for pair in "fi|Testikeskuksen kriisivastaanotto|(tämän keskuksen lisäämä)" \
    "sv|Testcentrets krismottagning|(tillagd av det här centret)" \
    "en|Test Centre crisis walk-in|(added by this centre)"; do
	IFS='|' read -r l name label <<PAIR
$pair
PAIR
	run_tuki --print-helplines --lang "$l" --local-dir "$L"
	expect_status 0
	expect_out "$name"
	expect_out "$label"
	expect_out "09 123 456"
	# The PDF, where this build has it, says the same.
	if "$TUKI" --version | grep -q "without PDF" || ! command -v pdftotext >/dev/null; then
		continue
	fi
	"$TUKI" --print-helplines --format pdf --lang "$l" --local-dir "$L" >"$SCRATCH/list.pdf"
	pdftotext "$SCRATCH/list.pdf" - | tr -s ' \n' '  ' >"$SCRATCH/pdf.txt"
	grep -qF "$name" "$SCRATCH/pdf.txt" && grep -qF "$label" "$SCRATCH/pdf.txt" ||
		fail "$l: the PDF lacks the centre's entry or its label"
done

# The peer group is not a crisis service: not in Help now; Swedish falls back to English.
printf 'h\n4\nn\nn\nn\nq\n' | "$TUKI" --plain --lang sv --local-dir "$L" >"$SCRATCH/out" 2>&1
help=$(sed -n '/^Hjälp nu$/,/^Stödtelefoner/p' "$SCRATCH/out")
case "$help" in *"Test Centre peer group"*) fail "a non-crisis entry in Help now";; esac
grep -q "^19. Test Centre peer group" "$SCRATCH/out" || fail "no English fallback: $(cat "$SCRATCH/out")"

# An id that repeats a shipped one is an error...
sed 's/"test-centre-group"/"mieli-crisis"/' "$L/centre.json" >"$SCRATCH/dup.json"
cp "$SCRATCH/dup.json" "$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "$L/centre.json:28: helplines[1]: the id \"mieli-crisis\" is already a shipped helpline's"
# ... and "replaces" must keep what the shipped texts need (its phone number),
sed 's/"id": "mieli-crisis",/"id": "mieli-crisis", "replaces": "mieli-crisis",/' \
	"$SCRATCH/dup.json" >"$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "$L/centre.json: \"mieli-crisis\" replaces a shipped helpline but has no phone, which"
# ... then it takes the shipped entry's place, shown as corrected.
sed 's/test-centre-walk-in/mieli-crisis/g; s/"crisis": true,/"replaces": "mieli-crisis",/' \
	"$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 0
expect_out "18 helplines"
printf '4\n2\nq\n' | "$TUKI" --plain --lang en --local-dir "$L" >"$SCRATCH/out" 2>&1
grep -q "^2. Test Centre crisis walk-in.*corrected by this centre" "$SCRATCH/out" ||
	fail "no replacement: $(cat "$SCRATCH/out")"
# The same id in two local files names the other file.
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$L/centre.json"
cp "$L/centre.json" "$L/second.json"
chmod 644 "$L"/*.json
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "second.json:5: helplines[0]: the id \"test-centre-walk-in\" is also used in $L/centre.json"
rm "$L/second.json"

# Unsafe files are refused.
chmod 664 "$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "$L/centre.json: refused: group or others can change the file"
chmod 644 "$L/centre.json"
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	chown nobody "$L/centre.json"
	run_tuki --check-content --local-dir "$L"
	expect_status 65
	expect_err "$L/centre.json: refused: the file must be owned by root"
	chown 0 "$L/centre.json"
fi

# refused_everywhere MESSAGE NAMED LANG ENTRY: the staff checks exit 65
# with MESSAGE, and personal mode (in LANG) goes on with a notice naming
# NAMED and without ENTRY, the local entry that must not be half-used.
refused_everywhere() {
	run_tuki --check-content --local-dir "$L"
	expect_status 65
	expect_err "$1"
	printf 'staff_pin = 4829\n' >"$SCRATCH/tuki.conf"
	run_tuki --check-config --config "$SCRATCH/tuki.conf" --local-dir "$L"
	expect_status 65
	expect_err "$1"
	printf '4\nn\nn\nq\n' | "$TUKI" --plain --lang "$3" --local-dir "$L" >"$SCRATCH/out" 2>"$SCRATCH/err" ||
		fail "personal mode stopped on: $1"
	grep -q "$2" "$SCRATCH/out" || fail "no notice naming $2: $(cat "$SCRATCH/out")"
	! grep -q "$4" "$SCRATCH/out" || fail "half-loaded: \"$4\" is shown"
}

# A broken file: 65 for staff checks, never half-loaded, a calm notice in personal mode.
printf '{"helplines": [\n  {"id": "x",\n' >"$L/zz-broken.json"
chmod 644 "$L/zz-broken.json"
refused_everywhere "$L/zz-broken.json:2:14: the JSON ends too early" "zz-broken.json" fi \
	"Testikeskuksen"
grep -q "^17\. " "$SCRATCH/out" || fail "the shipped list is not whole"
rm "$L/zz-broken.json"

# A shape error names the JSON path; an unknown field is caught, "_comment" is not.
sed 's/"crisis": true/"crisis": "yes"/' "$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "helplines[0].crisis: expected true or false"
sed 's/"sv": "Testcentrets krismottagning"/"se": "x"/' "$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "helplines[0].name: unknown field \"se\""

# "need" (the directory's group) is never guessed: missing or wrong, it says the choices.
sed 's/"cost": "free", "need": "talk",/"cost": "free",/' \
	"$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "$L/centre.json:5: helplines[0]: the field \"need\" is missing; it must be one of: talk, report, advice"
sed 's/"need": "talk"/"need": "crisis"/' "$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$L/centre.json"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "$L/centre.json:18: helplines[0].need: expected one of: talk, report, advice"
# A plain string where a text belongs: its three languages are asked for.
sed 's/"description": {"en": "A group that meets on Tuesdays."}/"description": "A group"/' \
	"$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$L/centre.json"
grep -q '"description": "A group"' "$L/centre.json" || fail "the fixture changed: fix this test"
run_tuki --check-content --local-dir "$L"
expect_status 65
expect_err "$L/centre.json:30: helplines[1].description: expected the text per language, as {\"fi\": \"...\", \"en\": \"...\"} with any of fi, sv, en, found a string"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$L/centre.json"

# A directory that others can write is refused like such a file: anyone could add one.
chmod 777 "$L"
refused_everywhere "$L: refused: group or others can add files to the directory; make it writable by its owner only (chmod 755)" \
	"$L" en "Test Centre"
chmod 755 "$L"

# --local-dir must exist; the default directory may be absent.
run_tuki --check-content --local-dir "$SCRATCH/none"
expect_status 66
expect_err "$SCRATCH/none"

# The commented example in contrib/ is valid as it is.
rm -f "$L"/*.json
cp "$TUKI_SRCDIR/contrib/local.d-example.json" "$L/"
chmod 644 "$L/local.d-example.json"
run_tuki --check-content --local-dir "$L"
expect_status 0

# An added entry with a shipped helpline's name (in any language, any
# case) is warned about: on Help now it would sit beside the real line
# with another number (QA m9).
M="$SCRATCH/local-mieli.d"
mkdir -m 755 "$M"
sed 's/"en": "Test Centre crisis walk-in"/"en": "MIELI crisis helpline"/' \
	"$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$M/centre.json"
chmod 644 "$M/centre.json"
run_tuki --check-content --local-dir "$M"
expect_status 0
expect_err "warning: $M/centre.json:7: \"MIELI crisis helpline\" has the name of the shipped helpline \"mieli-crisis\""
run_tuki --check-content --local-dir "$L"
case "$ERR" in *"has the name of"*) fail "warned about a name of its own: $ERR";; esac
