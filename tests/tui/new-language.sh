#!/bin/sh
# A language is a catalog (issue 33).  In a copy of this already-built
# tree, a throw-away Estonian catalog (sv.po with its header, its name and
# a few strings changed) and "et" in po/LINGUAS are all it takes: a plain
# make builds and stages it (and a changed fi.po), and every entry point
# takes it: --lang, LANGUAGE, the chooser, tuki.conf, local.d texts, plain
# mode, the kiosk (welcome, language switch, idle reset) and print.  A
# missing catalog is English and a calm message; a right-to-left catalog
# is refused at build time.  The catalog is made here and never shipped.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

need make
need msgfmt
# The copy (without make check-vm's disk image of Debian) keeps the build
# tree where it is in the source tree: the same directory (the README's
# build) or under it (make distcheck).
# (make distcheck's paths are not normalized: "_build/sub/../..".)
srcdir=$(cd "$TUKI_SRCDIR" && pwd -P)
builddir=$(cd "$TUKI_BUILDDIR" && pwd -P)
case "$builddir/" in
"$srcdir"/*) sub=${builddir#"$srcdir"} ;;
*) skip "the build tree is outside the source tree, so it cannot be copied whole" ;;
esac

# ---- the right-to-left refusal, from the generator make runs ----
mkdir -p "$SCRATCH/rtl"
echo ar >"$SCRATCH/rtl/LINGUAS"
sed -e 's/^msgstr "Svenska"$/msgstr "Arabic here"/' \
    -e '/^msgctxt "text direction"$/,/^msgstr/s/^msgstr "ltr"$/msgstr "rtl"/' \
    "$TUKI_SRCDIR/po/sv.po" >"$SCRATCH/rtl/ar.po"
if sh "$TUKI_SRCDIR/tui/tools/lang_list.sh" "$SCRATCH/rtl" >/dev/null 2>"$SCRATCH/rtl.err"; then
	fail "a right-to-left catalog was accepted"
fi
grep -q "po/ar.po: the catalog is written right to left" "$SCRATCH/rtl.err" ||
	fail "no clear message for a right-to-left catalog: $(cat "$SCRATCH/rtl.err")"

# ---- an already-built tree takes a new language with make ----
src="$SCRATCH/tree"
mkdir "$src"
(cd "$srcdir" && tar --exclude=./.git --exclude='./.ci-*' --exclude='*.log' \
    --exclude='*.trs' --exclude=./fuzz-work --exclude=./tests/vm/cache -cf - .) | (cd "$src" && tar -xpf -)
chmod -R u+w "$src"    # make distcheck's sources are read-only
tree="$src$sub"
sed -e 's/^"Language: sv\\n"$/"Language: et\\n"/' \
    -e 's/^msgstr "Svenska"$/msgstr "Eesti"/' \
    -e 's/^msgstr "Du är inte ensam"$/msgstr "Sa ei ole üksi"/' \
    -e 's/^msgstr "Hjälp nu"$/msgstr "Abi kohe"/' \
    -e 's/^msgstr "Välkommen"$/msgstr "Tere tulemast"/' \
    -e 's/^msgstr "Välj språk"$/msgstr "Vali keel"/' \
    -e 's/^msgstr "Användning:"$/msgstr "Kasutus:"/' \
    -e 's/^msgstr "På svenska · utskriven %s"$/msgstr "Eesti keeles · prinditud %s"/' \
    "$src/po/sv.po" >"$src/po/et.po"
for s in '"Language: et\n"' Eesti "Sa ei ole üksi" "Abi kohe" "Tere tulemast" "Vali keel" Kasutus: "Eesti keeles"; do
	grep -qF "$s" "$src/po/et.po" || fail "sv.po changed: the test catalog lacks $s"
done
echo et >>"$src/po/LINGUAS"
# A changed catalog of a shipped language is rebuilt by the same make.
sed -e 's/^msgstr "Et ole yksin"$/msgstr "Et ole yksin (muutettu)"/' "$src/po/fi.po" >"$src/po/fi.po-t"
mv "$src/po/fi.po-t" "$src/po/fi.po"
if ! make -C "$tree" >"$SCRATCH/make.log" 2>&1; then
	tail -n 30 "$SCRATCH/make.log" >&2
	fail "make did not take the new language"
fi
[ -f "$tree/locale/et/LC_MESSAGES/tuki.mo" ] || fail "make did not stage the Estonian catalog"

TUKI="$tree/tuki"
TUKI_LOCALEDIR="$tree/locale"
export TUKI_LOCALEDIR
unset LANGUAGE LC_ALL LC_MESSAGES
LANG=C.UTF-8
export LANG

printf '1\nq\n' | "$TUKI" --plain --lang fi >"$SCRATCH/fi.out" 2>&1 || fail "plain fi: status $?"
grep -q "Et ole yksin (muutettu)" "$SCRATCH/fi.out" || fail "make did not rebuild the changed fi.po"

# ---- --lang, --help and a usage error speak it ----
run_tuki --lang et --help
expect_status 0
expect_out "Kasutus:"
expect_out "--lang fi|sv|et|en"
run_tuki --lang et --bogus
expect_status 64
expect_err "Kasutus:"

# ---- print: the language named in itself on the paper (its catalog says how) ----
run_tuki --lang et --print-helplines --format text
expect_status 0
expect_out "Eesti keeles ·"
LANGUAGE=et run_tuki --print-steps --format text
expect_status 0
expect_out "Eesti keeles ·"

# ---- plain mode: from the environment, and from its chooser ----
printf 'q\n' | LANGUAGE=et "$TUKI" --plain >"$SCRATCH/plain.out" 2>&1 || fail "plain: status $?"
grep -q "Sa ei ole üksi" "$SCRATCH/plain.out" || fail "plain mode ignored LANGUAGE=et: $(cat "$SCRATCH/plain.out")"
for var in LC_ALL LC_MESSAGES LANG; do
	printf 'q\n' | env "$var=et_EE.UTF-8" "$TUKI" --plain >"$SCRATCH/plain.out" 2>&1 || fail "plain $var: status $?"
	grep -q "Sa ei ole üksi" "$SCRATCH/plain.out" || fail "plain mode ignored $var=et_EE.UTF-8"
done
printf '3\nq\n' | "$TUKI" --plain >"$SCRATCH/plain.out" 2>&1 || fail "plain chooser: status $?"
grep -q "Vali keel" "$SCRATCH/plain.out" || fail "the plain chooser's title lacks Estonian"
grep -q "3\. Eesti" "$SCRATCH/plain.out" || fail "the plain chooser lacks Eesti"
grep -q "Sa ei ole üksi" "$SCRATCH/plain.out" || fail "choosing Eesti in plain mode"

# ---- local.d: a centre's text in the new language ----
mkdir -p "$SCRATCH/local.d"
sed -e 's/"sv": "Testcentrets krismottagning",/"et": "Testkeskuse kriisivastuvõtt",/' \
    "$TUKI_SRCDIR/tests/fixtures/local/centre.json" >"$SCRATCH/local.d/centre.json"
chmod 755 "$SCRATCH/local.d"
chmod 644 "$SCRATCH/local.d/centre.json"
run_tuki --lang et --local-dir "$SCRATCH/local.d" --print-helplines --format text
expect_status 0
expect_out "Testkeskuse kriisivastuvõtt"

# ---- the directory's tags and filter, Help now: no line answers in
# Estonian, so every line an Estonian reader is shown says which language
# it answers in (the catalog is sv.po's: "på finska") ----
printf '4\nl\nq\n' | "$TUKI" --plain --lang et >"$SCRATCH/dir.out" 2>&1 || fail "directory: status $?"
grep -q "^[0-9]*\. MIELI rf:s kristelefon: .*på finska)$" "$SCRATCH/dir.out" ||
	fail "the Estonian directory does not say MIELI's line is Finnish: $(grep MIELI "$SCRATCH/dir.out")"
grep -q "visas: på finska\.$" "$SCRATCH/dir.out" || fail "the language filter (l) in Estonian"
printf 'h\nq\n' | "$TUKI" --plain --lang et >"$SCRATCH/help.out" 2>&1 || fail "help now: status $?"
grep -q "Samtalen besvaras på finska\." "$SCRATCH/help.out" ||
	fail "Help now in Estonian does not say the crisis line answers in Finnish: $(cat "$SCRATCH/help.out")"
run_tuki --lang et --print-helplines --format text
expect_status 0
expect_out "Samtalen besvaras på finska."
case $OUT in *"Ingen kristelefon på ditt språk är öppen just nu"*)
	fail "the printed Help now box says \"right now\" on paper: $OUT" ;; esac

# ---- tuki.conf takes it ----
conf="$SCRATCH/tuki.conf"
printf 'languages = et fi en\ndefault_language = et\nidle_reset = 10\nidle_grace = 5\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
run_tuki --check-config --config "$conf"
expect_status 0

# ---- the TUI chooser, Help now and L ----
start_tuki LANG=C.UTF-8 "TUKI_LOCALEDIR=$tree/locale" -- 
wait_for "Vali keel"
wait_for "Eesti"
keys 3
wait_for "Sa ei ole üksi"
keys h
wait_for "Abi kohe"
keys q
wait_exit 0

# ---- the kiosk: welcome, switching, idle reset ----
start_tuki TUKI_TIME_SCALE=3 "TUKI_LOCALEDIR=$tree/locale" HOME="$SCRATCH/home" -- --kiosk --config "$conf"
wait_for "Tere tulemast"
wait_for "Eesti"
wait_for "Suomi"
keys Enter
wait_for "Sa ei ole üksi"
keys L
wait_for "Et ole yksin"
keys 3
# The idle reset (10 s, then 5 s of "still there?", three times fast:
# TUKI_TIME_SCALE) comes back to Estonian.
wait_for "Tere tulemast" 40
keys 1
wait_for "Sa ei ole üksi"

# ---- a listed language whose catalog is broken or missing: English, calmly ----
printf 'not a catalog\n' >"$tree/locale/et/LC_MESSAGES/tuki.mo"
printf 'q\n' | "$TUKI" --plain --lang et >"$SCRATCH/plain.out" 2>&1 || fail "plain with a broken catalog: status $?"
grep -q "You are not alone" "$SCRATCH/plain.out" || fail "no English with a broken catalog"
grep -q "could not be found, so this is in English" "$SCRATCH/plain.out" ||
	fail "plain mode did not say the catalog is broken"
rm -rf "$tree/locale/et"
run_tuki --lang et --print-helplines --format text
expect_status 0
expect_err "could not be found, so this is in English"
expect_out "printed"
run_tuki --check-content
expect_err "the catalog for Eesti (et) was not found"
printf 'q\n' | "$TUKI" --plain --lang et >"$SCRATCH/plain.out" 2>&1 || fail "plain without the catalog: status $?"
grep -q "You are not alone" "$SCRATCH/plain.out" || fail "no English without the catalog"
grep -q "could not be found" "$SCRATCH/plain.out" || fail "plain mode did not say the catalog is missing"
