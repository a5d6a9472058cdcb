#!/bin/sh
# Markdown shows a centre's text as written: a local.d entry whose name,
# contact note and "you could say" hold *, _, `, [, ], <, >, &amp;, a "#"
# and "1." at a line's start is printed with CommonMark's backslashes in
# Markdown (checked in the escaped form, and through cmark when it is
# installed), its web address stays one link, its phone number reads as
# written, and the plain text shows every character unchanged.  A step's
# text from the content is escaped the same way.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export TUKI_NOW=2026-12-07T12:00:00
export XDG_STATE_HOME="$SCRATCH/state"
L="$SCRATCH/local.d"
mkdir "$L"
chmod 755 "$L"
cat >"$L/marks.json" <<'EOF'
{
  "helplines": [
    {
      "id": "marks-centre",
      "name": {
        "fi": "# *Tähti* _keskus_ `koodi` [linkki](x) <b>lihava</b> & co",
        "sv": "# *Stjärn* _centret_ `kod` [länk](x) <b>fet</b> & co",
        "en": "# *Star* _centre_ `code` [link](x) <b>bold</b> & co"
      },
      "description": {
        "fi": "1. *Tule* _käymään_ <i>heti</i> [tästä](x) `x` &amp; \\ # Soita {phone:marks-centre}.",
        "sv": "1. *Kom* _förbi_ <i>genast</i> [här](x) `x` &amp; \\ # Ring {phone:marks-centre}.",
        "en": "1. *Come* _by_ <i>now</i> [here](x) `x` &amp; \\ # Call {phone:marks-centre}."
      },
      "anonymous": true, "cost": "free", "need": "talk", "topics": ["crisis"],
      "contacts": [
        {"type": "phone", "value": "+358 9 123 456", "languages": ["fi", "sv", "en"],
         "hours": {"mon": [["09:00", "16:00"]]},
         "note": {"fi": "1. *Huom* <br> [x](y) `z` &amp; - + == \\ ~~p~~ | #",
                  "sv": "1. *Obs* <br> [x](y) `z` &amp; - + == \\ ~~b~~ | #",
                  "en": "1. *Note* <br> [x](y) `z` &amp; - + == \\ ~~a~~ | #"},
         "checked": "2026-11-30", "source": "https://example.org/contact"},
        {"type": "web", "value": "https://example.org/a_b*c#x_y", "languages": ["fi"],
         "checked": "2026-11-30", "source": "https://example.org/contact"}
      ],
      "you_could_say": {"fi": "- *Hei* <hei> [apu]", "sv": "- *Hej* <hej> [hjälp]",
                        "en": "- *Hello* <hi> [help]"}
    }
  ]
}
EOF
chmod 644 "$L/marks.json"
"$TUKI" --check-content --local-dir "$L" >/dev/null 2>"$SCRATCH/err" ||
	fail "the fixture is not valid: $(cat "$SCRATCH/err")"

# The exact escaped lines of the entry, in English and Finnish.
for l in en fi; do
	case $l in
	en) name='# *Star* _centre_ `code` [link](x) <b>bold</b> & co'
	    md_name='### \# \*Star\* \_centre\_ \`code\` \[link\](x) \<b\>bold\</b\> & co'
	    note='1. *Note* <br> [x](y) `z` &amp; - + == \ ~~a~~ | #'
	    md_note='  1\. \*Note\* \<br\> \[x\](y) \`z\` \&amp; \- \+ \== \\ \~\~a\~\~ \| \#'
	    say='- *Hello* <hi> [help]'; md_say='\- \*Hello\* \<hi\> \[help\]' ;;
	fi) name='# *Tähti* _keskus_ `koodi` [linkki](x) <b>lihava</b> & co'
	    md_name='### \# \*Tähti\* \_keskus\_ \`koodi\` \[linkki\](x) \<b\>lihava\</b\> & co'
	    note='1. *Huom* <br> [x](y) `z` &amp; - + == \ ~~p~~ | #'
	    md_note='  1\. \*Huom\* \<br\> \[x\](y) \`z\` \&amp; \- \+ \== \\ \~\~p\~\~ \| \#'
	    say='- *Hei* <hei> [apu]'; md_say='\- \*Hei\* \<hei\> \[apu\]' ;;
	esac
	"$TUKI" --print-helplines --lang $l --format markdown --local-dir "$L" >"$SCRATCH/$l.md" ||
		fail "$l: markdown"
	"$TUKI" --print-helplines --lang $l --local-dir "$L" >"$SCRATCH/$l.txt" || fail "$l: text"
	grep -qxF "$md_name" "$SCRATCH/$l.md" || fail "$l: the name is not escaped: $(grep -e Star -e Tähti "$SCRATCH/$l.md")"
	grep -qxF "$md_note" "$SCRATCH/$l.md" || fail "$l: the note is not escaped: $(grep -e Note -e Huom "$SCRATCH/$l.md")"
	grep -qF ": $md_say" "$SCRATCH/$l.md" || fail "$l: 'you could say' is not escaped"
	# The address one autolink, the phone number as written.
	grep -qF ' <https://example.org/a_b*c#x_y>' "$SCRATCH/$l.md" || fail "$l: the address is not one link"
	grep -qF ' +358 9 123 456 ' "$SCRATCH/$l.md" || fail "$l: the phone number is not as written"
	# Plain text: every character as written, no backslash added.
	grep -qxF "$name" "$SCRATCH/$l.txt" || fail "$l: the text changed the name"
	grep -qxF "        $note" "$SCRATCH/$l.txt" || fail "$l: the text changed the note"
	grep -qF ": $say" "$SCRATCH/$l.txt" || fail "$l: the text changed 'you could say'"
	grep -qF ' https://example.org/a_b*c#x_y' "$SCRATCH/$l.txt" || fail "$l: the text changed the address"
	if grep -q '\\[*_#<`[]' "$SCRATCH/$l.txt"; then fail "$l: a backslash escape in plain text"; fi
done

# Read as CommonMark, the entry is its characters: no emphasis, code, link,
# HTML, list or heading made of them.
if command -v cmark >/dev/null 2>&1; then
	cmark "$SCRATCH/en.md" >"$SCRATCH/en.html"
	grep -qF '<h3># *Star* _centre_ `code` [link](x) &lt;b&gt;bold&lt;/b&gt; &amp; co</h3>' \
		"$SCRATCH/en.html" || fail "cmark does not read the name literally"
	grep -qF '1. *Note* &lt;br&gt; [x](y) `z` &amp;amp; - + == \ ~~a~~ | #' "$SCRATCH/en.html" ||
		fail "cmark does not read the note literally"
	grep -qF '<a href="https://example.org/a_b*c#x_y">' "$SCRATCH/en.html" ||
		fail "cmark does not read the address as a link"
	if grep -q '<em>\|<code>\|<b>\|<ol\|<pre\|href="x"' "$SCRATCH/en.html"; then
		fail "cmark found formatting in the content: $(grep '<em>\|<code>\|<b>\|<ol\|<pre\|href="x"' "$SCRATCH/en.html")"
	fi
fi

# A step's text from the content (here a copy whose first step has marks in
# its title) is escaped in the Markdown checklist, not in the text one.
cp -r "$TUKI_CONTENT_DIR" "$SCRATCH/content"
sed -i 's/"title": "Contact your bank if your bank details may be at risk"/"title": "Contact *your* bank_now <b>"/' \
	"$SCRATCH/content/steps.json"
grep -qF 'Contact *your* bank_now <b>' "$SCRATCH/content/steps.json" || fail "could not plant a step title"
"$TUKI" --print-steps --lang en --format markdown --content-dir "$SCRATCH/content" >"$SCRATCH/steps.md" ||
	fail "steps markdown"
grep -qxF -e '- [ ] Contact \*your\* bank\_now \<b\>' "$SCRATCH/steps.md" ||
	fail "the step's title is not escaped: $(grep -F 'Contact' "$SCRATCH/steps.md")"
"$TUKI" --print-steps --lang en --content-dir "$SCRATCH/content" >"$SCRATCH/steps.txt" || fail "steps text"
grep -qxF '[ ] Contact *your* bank_now <b>' "$SCRATCH/steps.txt" || fail "the text changed the step's title"
