# Sourced by the tests that print through a real CUPS: a cupsd of the
# test's own (its own cupsd.conf and cups-files.conf, ServerRoot, spool
# and socket in the scratch directory, reached through CUPS_SERVER), so
# they neither depend on nor change the system's printers or scheduler.
# It keeps no job files and no job history, as README asks of a kiosk.
# A queue that must not write into cups-pdf's shared output directory (a
# test running beside cups-pdf.sh) prints to file:///dev/null.
# Needs $SCRATCH; skips unless cupsd, its tools and root are there.
# Sets CUPS_SERVER, $cups and cupsd_pid; defines poll and cupsd_stop.
need cupsd
need lpadmin
need lpinfo
need lpstat
[ "$(id -u)" = 0 ] || skip "the cups-pdf backend runs only as root, so this test needs root"
[ -x /usr/lib/cups/backend/cups-pdf ] || skip "cups-pdf is not installed"

# Filters run as the lp user, so the directories it reads must be
# reachable (mktemp made the scratch dir 0700).
cups="$SCRATCH/cups"
mkdir -p "$cups/spool/tmp" "$cups/state" "$cups/cache" "$cups/log" "$cups/ppd"
chmod 755 "$SCRATCH" "$cups"
cat >"$cups/cupsd.conf" <<CONF
Listen $cups/cups.sock
LogLevel warn
Browsing No
BrowseLocalProtocols none
DefaultShared No
WebInterface No
PreserveJobFiles No
PreserveJobHistory No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
CONF
cat >"$cups/cups-files.conf" <<CONF
ServerRoot $cups
RequestRoot $cups/spool
TempDir $cups/spool/tmp
StateDir $cups/state
CacheDir $cups/cache
AccessLog $cups/log/access_log
ErrorLog $cups/log/error_log
PageLog $cups/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
FileDevice Yes
CONF
export CUPS_SERVER="$cups/cups.sock"
cupsd_pid=""
cupsd_stop() {
	if [ -n "$cupsd_pid" ]; then
		kill "$cupsd_pid" 2>/dev/null || true
		wait "$cupsd_pid" 2>/dev/null || true
		cupsd_pid=""
	fi
}
cupsd -t -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" >/dev/null 2>&1 ||
	skip "cupsd does not accept a private configuration here"
cupsd -f -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" 2>"$cups/log/stderr" &
cupsd_pid=$!

# poll SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds.
poll() {
	n=$(( $1 * 10 ))
	shift
	while ! "$@" >/dev/null 2>&1; do
		n=$((n - 1))
		[ "$n" -gt 0 ] || return 1
		kill -0 "$cupsd_pid" 2>/dev/null || return 1
		sleep 0.1
	done
}
scheduler_running() { lpstat -r | grep -q "is running"; }
# (The test's cleanup_extra is not set yet: stop cupsd before skipping.)
poll 10 scheduler_running || { cupsd_stop;
	skip "the private cupsd did not start: $(cat "$cups/log/stderr" "$cups/log/error_log" 2>/dev/null | tail -3)"; }
cups_pdf_ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_noopt/ { print $1; exit }')
[ -n "$cups_pdf_ppd" ] || { cupsd_stop; skip "cups-pdf's PPD is not installed"; }

# spool_empty: no job waits, and no document is left in the spool.
spool_empty() {
	[ -z "$(lpstat -o 2>/dev/null)" ] || return 1
	! ls "$cups/spool" | grep -q '^d[0-9]'
}
