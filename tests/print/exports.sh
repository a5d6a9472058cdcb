#!/bin/sh
# tuki exports none of its own symbols: the PDF module is handed a built
# document and calls nothing in tuki (render/pdf_module.h), so tuki links
# without --export-dynamic.  What nm -D still lists as defined are the
# libraries' variables the loader copies into the program (stdout, optind,
# ncurses' LINES ...): each versioned, each on a short fixed list.  The
# module exports its table, tuki_pdf_module, and nothing else.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
need nm

# Copy relocations of library data; _IO_stdin_used is glibc's marker.
allowed='_IO_stdin_used environ __environ optarg opterr optind optopt stdin stdout stderr
program_invocation_name program_invocation_short_name
COLS LINES TABSIZE ESCDELAY acs_map cur_term curscr newscr stdscr ttytype'

nm -D --defined-only "$TUKI" >"$SCRATCH/tuki" || fail "nm -D $TUKI failed"
count=0
while read -r _ kind sym; do
	name=${sym%%@*}
	count=$((count + 1))
	# The sanitizers' runtime (--enable-sanitizers), copied in the same way.
	case "$name" in __asan_* | __ubsan_* | __lsan_* | __sanitizer_*) continue ;; esac
	# shellcheck disable=SC2086 # the list, one line
	case " $(echo $allowed) " in
	*" $name "*) ;;
	*) fail "tuki exports $sym ($kind), which is not on the list of the loader's copies" ;;
	esac
	# A name on the list, but tuki's own (no library version): refused too.
	[ "$name" = _IO_stdin_used ] || [ "$name" != "$sym" ] ||
		fail "tuki defines and exports $sym itself"
done <"$SCRATCH/tuki"
[ "$count" -le 20 ] || fail "tuki exports $count symbols"

if "$TUKI" --version | grep -q "PDF"; then
	printf 'note: this tuki was built --without-pdf: no module to check\n' >&2
	exit 0
fi
module="$TUKI_BUILDDIR/tuki-pdf.so"
[ -f "$module" ] || fail "no $module was built"
nm -D --defined-only "$module" >"$SCRATCH/module" || fail "nm -D $module failed"
set -- $(awk '{ print $3 }' "$SCRATCH/module")
[ "$*" = tuki_pdf_module ] || fail "tuki-pdf.so exports $*, not only tuki_pdf_module"
exit 0
