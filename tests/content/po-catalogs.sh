#!/bin/sh
# Catalogs: msgfmt --check is clean, fi and sv translate every string of a
# freshly generated template (no fuzzy, none missing), no control
# characters, and every translation keeps its msgid's placeholders.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
po="$TUKI_SRCDIR/po"

# A fresh template from the sources, as make update-po would write it.
(cd "$TUKI_SRCDIR" && ${XGETTEXT:-xgettext} --from-code=UTF-8 --keyword=_ --keyword=N_ \
	--keyword=P_:1,2 --add-comments=TRANSLATORS: --files-from=po/POTFILES.in \
	-o "$SCRATCH/tuki.pot") || fail "xgettext failed"

for lang in fi sv; do
	${MSGFMT:-msgfmt} --check -o /dev/null "$po/$lang.po" || fail "msgfmt --check $lang.po"
	${MSGMERGE:-msgmerge} -q -o "$SCRATCH/$lang.po" "$po/$lang.po" "$SCRATCH/tuki.pot"
	stats=$(${MSGFMT:-msgfmt} --statistics -o /dev/null "$SCRATCH/$lang.po" 2>&1)
	case "$stats" in
	*untranslated*|*fuzzy*) fail "$lang.po is incomplete against the sources: $stats";;
	esac
	if LC_ALL=C grep -n "$(printf '[\001-\010\013-\037\177]')" "$po/$lang.po"; then
		fail "control characters in $lang.po"
	fi
	# Placeholders survive translation: {kind:id} lists must match.
	LC_ALL=C.UTF-8 awk '
		function grab(s,   out, m) {
			out = ""
			while (match(s, /\{(phone|web|chat):[a-z0-9-]+\}/)) {
				out = out " " substr(s, RSTART, RLENGTH)
				s = substr(s, RSTART + RLENGTH)
			}
			return out
		}
		function sorted(s,   n, a, i, j, t, r) {
			n = split(s, a, " ")
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
				if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			r = ""; for (i = 1; i <= n; i++) r = r " " a[i]
			return r
		}
		function flush() {
			if (id != "" && str != "" && sorted(grab(id)) != sorted(grab(str))) {
				print "placeholders differ: " id; bad = 1
			}
		}
		# Each line is one quoted piece: join the pieces without their quotes.
		function piece(s) { sub(/^"/, "", s); sub(/"$/, "", s); return s }
		/^msgid / { flush(); id = piece(substr($0, 7)); str = ""; mode = "id"; next }
		/^msgstr / { str = piece(substr($0, 8)); mode = "str"; next }
		/^"/ { if (mode == "id") id = id piece($0); else if (mode == "str") str = str piece($0); next }
		{ mode = "" }
		END { flush(); exit bad }
	' "$po/$lang.po" || fail "$lang.po changes placeholders"
done
