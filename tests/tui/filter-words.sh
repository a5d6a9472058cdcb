#!/bin/sh
# Inserted words read as whole phrases: the directory's language filter is
# "suomeksi" / "på svenska" / "in English" (never "kielellä suomi"), and the
# counts in the catalogs take the right plural form in fi and sv.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
need ngettext

filter_round() {
	start_tuki -- --lang "$1"
	wait_for "1  "
	keys 4
	wait_for "l "
	keys l
	wait_for "$2"
	expect_screen_lacks "$3"
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
}
filter_round fi "Näytetään: suomeksi" "kielellä"
filter_round sv "Visar: på svenska" "på svensk "
filter_round en "Showing: in English" "in in"

# plural LANG N SINGULAR PLURAL WANT: the catalog's form for N.
plural() {
	got=$(TEXTDOMAINDIR="$TUKI_LOCALEDIR" LANGUAGE=$1 LC_ALL=C.UTF-8 \
		ngettext -d tuki "$3" "$4" "$2")
	[ "$got" = "$5" ] || fail "$1, n=$2: got \"$got\", want \"$5\""
}
wait1="Too many tries. Please wait %lld second."
waitn="Too many tries. Please wait %lld seconds."
plural fi 1 "$wait1" "$waitn" "Liian monta yritystä. Odota %lld sekunti."
plural fi 5 "$wait1" "$waitn" "Liian monta yritystä. Odota %lld sekuntia."
plural sv 1 "$wait1" "$waitn" "För många försök. Vänta %lld sekund."
plural sv 5 "$wait1" "$waitn" "För många försök. Vänta %lld sekunder."
plural en 1 "$wait1" "$waitn" "$wait1"
list1="This list shows %zu service of %zu:"
listn="This list shows %zu of %zu services:"
plural fi 1 "$list1" "$listn" "Listalla on %zu palvelu (kaikkiaan %zu):"
plural sv 3 "$list1" "$listn" "Listan visar %zu av %zu tjänster:"
plural sv 1 "$list1" "$listn" "Listan visar %zu tjänst av %zu:"
