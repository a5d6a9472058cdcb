#!/bin/sh
# Every message a person can see is in the reader's language (issue 38):
# under --lang fi and sv no line of a plain-mode walk through every section
# or of an error is the English one, and no error carries the C library's
# English (strerror is English on a kiosk without glibc's translations).
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

# english_lines LANG FILE EN-FILE: FILE's lines that are also in EN-FILE,
# leaving out blank lines, prompts and the usage synopsis (option syntax,
# the same in every language), and a chat's address after its label (Finnish
# says "Chat" too, and plain mode writes the address without https://).
english_lines() {
	grep -v -e '^[[:space:]]*$' -e '^> *$' -e '^ *tuki \(\[\|--\)' -e '^   ' \
	    -e '^Chat [^ ]*$' "$2" |
		grep -Fx -f "$3" || true
}

check_lang() {
	lang=$1 what=$2 out=$3 en=$4
	[ -s "$out" ] || fail "$what: nothing said in $lang"
	same=$(english_lines "$lang" "$out" "$en")
	[ -z "$same" ] || fail "$what: English under --lang $lang: $same"
	if grep -n -e 'No such file' -e 'Permission denied' -e 'No space left' \
	    -e 'Is a directory' -e 'Not a directory' -e 'Bad file descriptor' \
	    -e 'Input/output error' -e 'Success' "$out"; then
		fail "$what: the C library's English under --lang $lang"
	fi
}

# ---- a walk through every section in plain mode, and Help now ----
walk='1\n1\n0\n2\n1\n0\n3\n1\n0\n4\n1\n0\n5\n1\n0\nh\nq\n'
for lang in en fi sv; do
	printf "$walk" | "$TUKI" --plain --lang "$lang" >"$SCRATCH/walk.$lang" 2>&1 ||
		fail "plain walk in $lang: status $?"
done
for lang in fi sv; do
	check_lang "$lang" "the plain walk" "$SCRATCH/walk.$lang" "$SCRATCH/walk.en"
done

# ---- errors: file errors, config and content errors, usage, output ----
mkdir "$SCRATCH/empty"
printf 'staff_pin = 2497\nlanguages = fi xx\n' >"$SCRATCH/bad.conf"
chmod 600 "$SCRATCH/bad.conf"
n=0
while IFS='|' read -r what args; do
	n=$((n + 1))
	for lang in en fi sv; do
		# shellcheck disable=SC2086
		eval "\"\$TUKI\" --lang $lang $args" </dev/null >/dev/null 2>"$SCRATCH/err$n.$lang" || true
	done
	for lang in fi sv; do
		check_lang "$lang" "$what" "$SCRATCH/err$n.$lang" "$SCRATCH/err$n.en"
	done
done <<CASES
a missing content directory|--check-content --content-dir "$SCRATCH/none"
an empty content directory|--check-content --content-dir "$SCRATCH/empty"
a missing content directory, for a person|--print-steps --content-dir "$SCRATCH/none"
a missing config|--check-config --config "$SCRATCH/none.conf"
a folder as the config|--check-config --config "$SCRATCH/empty"
a bad language in the config|--check-config --config "$SCRATCH/bad.conf"
a missing local.d|--check-content --local-dir "$SCRATCH/none"
an unknown option|--bogus
an option given twice|--print-steps --format text --format text
a full disk|--print-steps --format text >/dev/full
CASES

# ---- saving: an error the sentences above do not name is still tuki's ----
# "newdir/" cannot be created as a file (EISDIR): the reason is the
# catalog's, even where glibc's own translation is installed, and the C
# library's words come only after it, on stderr, for the administrator.
for pair in "en|it is a folder, not a file" "fi|se on kansio eikä tiedosto" \
    "sv|det är en mapp, inte en fil"; do
	lang=${pair%%|*} reason=${pair#*|}
	(cd "$SCRATCH" && printf '3\ns\np\n2\nnewdir/\nq\n' |
		XDG_STATE_HOME="$SCRATCH/state" "$TUKI" --plain --lang "$lang" \
		>"$SCRATCH/save.$lang" 2>"$SCRATCH/save-err.$lang") || fail "save in $lang: status $?"
	grep -F newdir/ "$SCRATCH/save.$lang" | grep -qF ": $reason" ||
		fail "saving in $lang: not tuki's own reason: $(grep -F newdir/ "$SCRATCH/save.$lang")"
	grep -q "^tuki: ." "$SCRATCH/save-err.$lang" ||
		fail "saving in $lang: the raw reason is not on stderr for the administrator"
done
check_lang fi "saving to a folder's name" "$SCRATCH/save.fi" "$SCRATCH/save.en"
check_lang sv "saving to a folder's name" "$SCRATCH/save.sv" "$SCRATCH/save.en"
