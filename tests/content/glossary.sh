#!/bin/sh
# po/GLOSSARY.md is enforced: no "variant not to use" appears in fi.po or
# sv.po (words case-insensitively, stems with *, `exact` labels), and where
# a row's English is a msgid (section names, key labels, official names)
# the catalogs translate it with the row's words.
. "${TUKI_SRCDIR}/tests/lib.sh"
need python3
scratch
po="$TUKI_SRCDIR/po"
python3 "$TUKI_SRCDIR/tests/content/glossary.py" "$po/GLOSSARY.md" "$po/fi.po" "$po/sv.po" ||
	fail "the catalogs use variants that po/GLOSSARY.md rules out"

# The checker itself finds a listed variant, inflected and in any case.
sed 's/^msgstr "Stödtelefoner och hjälp"$/msgstr "Hjälptelefonerna och hjälp"/' "$po/sv.po" >"$SCRATCH/sv.po"
grep -q 'Hjälptelefonerna och hjälp' "$SCRATCH/sv.po" || fail "could not plant a variant"
if python3 "$TUKI_SRCDIR/tests/content/glossary.py" "$po/GLOSSARY.md" "$po/fi.po" \
	"$SCRATCH/sv.po" >/dev/null; then
	fail "a planted \"Hjälptelefonerna\" was not found"
fi

# ... and an official name that drifts from the table.
sed 's/^msgstr "Kyberturvallisuuskeskus"$/msgstr "Kyberkeskus"/' "$po/fi.po" >"$SCRATCH/fi.po"
grep -q '"Kyberkeskus"' "$SCRATCH/fi.po" || fail "could not plant a name"
if python3 "$TUKI_SRCDIR/tests/content/glossary.py" "$po/GLOSSARY.md" "$SCRATCH/fi.po" \
	"$po/sv.po" >/dev/null; then
	fail "a drifted official name was not found"
fi

# ... and a pattern row: the bare program name, which Finnish reads as the
# noun "support" (issue 44), while "tuki --forget" in a command stays.
sed 's/^msgstr "Mitä ohjelma säilyttää"$/msgstr "Mitä tuki säilyttää"/' "$po/fi.po" >"$SCRATCH/fi.po"
grep -q '"Mitä tuki säilyttää"' "$SCRATCH/fi.po" || fail "could not plant the bare name"
grep -q 'tuki --forget' "$SCRATCH/fi.po" || fail "the catalog has no command to keep"
python3 "$TUKI_SRCDIR/tests/content/glossary.py" "$po/GLOSSARY.md" "$SCRATCH/fi.po" \
	"$po/sv.po" >"$SCRATCH/out" && fail "a planted bare \"tuki\" was not found"
grep -q 'in: What tuki keeps$' "$SCRATCH/out" || fail "the bare name was not the finding: $(cat "$SCRATCH/out")"
[ "$(wc -l <"$SCRATCH/out")" = 1 ] || fail "more than the planted name was found: $(cat "$SCRATCH/out")"

# ... and a verb a few words before its noun: Swedish "sätta ett förbud".
sed 's/^msgstr "Beställ kreditförbud också hos båda kreditupplysningsföretagen"$/msgstr "Sätt ett kreditförbud också hos båda kreditupplysningsföretagen"/' \
	"$po/sv.po" >"$SCRATCH/sv.po"
grep -q '"Sätt ett kreditförbud' "$SCRATCH/sv.po" || fail "could not plant the calque"
if python3 "$TUKI_SRCDIR/tests/content/glossary.py" "$po/GLOSSARY.md" "$po/fi.po" \
	"$SCRATCH/sv.po" >/dev/null; then
	fail "a planted \"Sätt ett kreditförbud\" was not found"
fi

# ... and the row that says what to do when anonymity is not known: the
# old "Ei tietoa, voiko …" (a doubt, not an instruction) is found anywhere.
sed 's/^msgstr "Maksuton."$/msgstr "Ei tietoa, voiko asioida nimettömänä. Maksuton."/' \
	"$po/fi.po" >"$SCRATCH/fi.po"
grep -q '"Ei tietoa, voiko asioida nimettömänä. Maksuton."' "$SCRATCH/fi.po" ||
	fail "could not plant the doubt"
python3 "$TUKI_SRCDIR/tests/content/glossary.py" "$po/GLOSSARY.md" "$SCRATCH/fi.po" \
	"$po/sv.po" >"$SCRATCH/out" && fail "a planted \"Ei tietoa, voiko\" was not found"
grep -q 'in: Free of charge.$' "$SCRATCH/out" || fail "the doubt was not the finding: $(cat "$SCRATCH/out")"
