#!/bin/sh
# A centre's local.d file on screen, in fi, sv and en: the directory row
# carries its tag, the detail says "added by this centre" with the text in
# the reader's language, Help now lists it (it serves people in crisis),
# and switching language switches its text at once.  A broken file: a
# calm notice naming it in personal mode, the out-of-order screen (with
# 112) in a kiosk, as for a directory that others can write.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
L="$SCRATCH/local.d"
mkdir "$L"
cp "$TUKI_SRCDIR/tests/fixtures/local/centre.json" "$L/"
chmod 644 "$L/centre.json"

for l in fi sv en; do
	case $l in
	fi) home="Et ole yksin"; name="Testikeskuksen kriisivastaanotto"; tag="keskuksen oma"
	    label="tämän keskuksen lisäämä"; desc="Voit tulla ilman ajanvarausta"; help="Apua nyt";;
	sv) home="Du är inte ensam"; name="Testcentrets krismottagning"; tag="centrets egen"
	    label="tillagd av det här centret"; desc="Du kan komma utan tidsbokning"; help="Hjälp nu";;
	en) home="You are not alone"; name="Test Centre crisis walk-in"; tag="this centre"
	    label="added by this centre"; desc="You can come without an appointment"; help="Help now";;
	esac
	start_tuki TUKI_NOW=2026-12-02T12:00 -- --lang $l --local-dir "$L"
	wait_for "$home"
	keys 4
	wait_for "$tag"
	keys Home Down Down Down Down Down Down Down Down Enter
	wait_for "$name"
	wait_for "$label"
	wait_for "$desc"
	wait_for "09 123 456"
	keys h
	wait_for "$help"
	wait_for "$name"
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
done

# Switching language switches the centre's own text at once.
start_tuki -- --lang en --local-dir "$L"
wait_for "You are not alone"
keys 4 Home Down Down Down Down Down Down Down Down Enter
wait_for "Test Centre crisis walk-in"
keys L
wait_for "Suomi"
keys Up Up Enter
wait_for "Testikeskuksen kriisivastaanotto"
expect_screen_lacks "Test Centre crisis walk-in"
keys q
wait_exit 0
$TMUX_CMD kill-server

# In a kiosk, after the staff PIN: the facts that need checking, by file and id.
printf 'default_language = en\nstaff_pin = 2497\n' >"$SCRATCH/tuki.conf"
start_tuki TUKI_NOW=2026-12-02T12:00 -- --kiosk --config "$SCRATCH/tuki.conf" --local-dir "$L"
wait_for "Welcome"
keys S 2 4 9 7 Enter
wait_for "End the kiosk"
wait_for "See facts that need checking"
keys 2
wait_for "Facts that need checking"
wait_for "local.d/centre.json"
wait_for '"test-centre-group"'
wait_for "2024-05-02"
expect_screen_lacks "test-centre-walk-in"
keys Left
wait_for "End the kiosk"
keys Escape
wait_for "Welcome"
expect_screen_lacks "End the kiosk"
keys S 2 4 9 7 Enter
wait_for "End the kiosk"
keys 1
wait_exit 0
$TMUX_CMD kill-server

# A broken local file in personal mode: a calm notice naming it; the usual list.
printf '{"helplines": [\n' >"$L/broken.json"
chmod 644 "$L/broken.json"
start_tuki -- --lang en --local-dir "$L"
wait_for "could not be used"
wait_for "broken.json"
keys Left
wait_for "You are not alone"
keys 4
wait_for "Helplines and support (17 of 17)"
expect_screen_lacks "this centre"
keys q
wait_exit 0
$TMUX_CMD kill-server

# kiosk_out_of_order: the kiosk shows the out-of-order screen that still
# says to call 112, until it is stopped.
kiosk_out_of_order() {
	start_tuki -- --kiosk --config "$SCRATCH/tuki.conf" --local-dir "$L"
	wait_for "This terminal is out of order"
	wait_for "in an emergency, call 112"
	kill -TERM "$(tuki_pid)" || fail "no kiosk process"
	wait_for "TUKI-ENDED"
	$TMUX_CMD kill-server
}

# ... and in a kiosk, out of order.
printf 'staff_pin = 4829\n' >"$SCRATCH/tuki.conf"
kiosk_out_of_order

# A directory that others can write is as unsafe as a broken file: out of order.
rm "$L/broken.json"
chmod 777 "$L"
kiosk_out_of_order
chmod 755 "$L"
