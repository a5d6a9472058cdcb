#!/bin/sh
# A step opens with why and how, and its linked helplines open straight
# into the directory's detail view by number.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 3 End Enter
wait_for "Steps to protect yourself"
keys Enter
wait_for "Why it matters"
keys End
wait_for "Press"
keys 1
wait_for "Checked on"
keys Left
# Back on the step page, where it was scrolled to.
wait_for "Space changes the mark of this step."
keys q
wait_exit 0
