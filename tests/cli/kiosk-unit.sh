#!/bin/sh
# The kiosk's systemd unit as make generates it: a template per console
# (tuki-kiosk@tty1) that systemd-analyze verifies, that rates 2.0 or lower
# in systemd-analyze security, and that gives the console back to a login
# prompt after a staff stop and after a crash loop.  The unit is booted
# for real by make check-vm (tests/vm/check-vm.py).
. "${TUKI_SRCDIR}/tests/lib.sh"
need systemd-analyze
scratch

unit="$TUKI_BUILDDIR/contrib/tuki-kiosk@.service"
[ -f "$unit" ] || fail "make did not generate $unit"
! grep -q '@[a-z]*@' "$unit" || fail "$unit still has a @placeholder@: $(grep '@[a-z]*@' "$unit")"
grep -q '^ExecStart=/.*/tuki --kiosk --config /.*/tuki\.conf$' "$unit" || fail "ExecStart in $unit"
# The template is the only kiosk unit: no fixed, unhardened copy beside it
# for someone to install (a merge once committed a generated one).
for f in "$TUKI_SRCDIR"/contrib/*.service*; do
	case "${f##*/}" in
	tuki-kiosk@.service.in | tuki-kiosk@.service) ;;
	*) fail "a kiosk unit other than the template: $f" ;;
	esac
done

# systemd-analyze verify checks that ExecStart's program exists: point it at
# the tuki just built, in an instance for tty1.
sed "s|^ExecStart=[^ ]*|ExecStart=$TUKI|" "$unit" >"$SCRATCH/tuki-kiosk@.service"
ln -s tuki-kiosk@.service "$SCRATCH/tuki-kiosk@tty1.service"
login="$TUKI_SRCDIR/contrib/tuki-kiosk-login@.target"
cp "$login" "$SCRATCH/" && ln -s "tuki-kiosk-login@.target" "$SCRATCH/tuki-kiosk-login@tty1.target"
(cd "$SCRATCH" && systemd-analyze verify --man=no ./tuki-kiosk@tty1.service ./tuki-kiosk-login@tty1.target) \
	>"$SCRATCH/verify" 2>&1 ||
	fail "systemd-analyze verify: $(cat "$SCRATCH/verify")"
[ ! -s "$SCRATCH/verify" ] || fail "systemd-analyze verify warns: $(cat "$SCRATCH/verify")"

# The hardening: 2.0 or lower ("OK" or better; getty@ rates 9.6).
set +e
(cd "$SCRATCH" && systemd-analyze security --offline=true --threshold=20 ./tuki-kiosk@tty1.service) \
	>"$SCRATCH/security" 2>&1
status=$?
set -e
score=$(sed -n 's/.*Overall exposure level for tuki-kiosk@tty1.service: \([0-9.]*\) .*/\1/p' "$SCRATCH/security")
[ -n "$score" ] || fail "no score from systemd-analyze security: $(tail -5 "$SCRATCH/security")"
echo "systemd-analyze security --offline=true: $score"
[ "$status" = 0 ] || fail "exposure $score is above 2.0"

# What the console needs, in the template, not only in a comment.
has() { grep -qx "$1" "$unit" || fail "$unit lacks $1"; }
has 'TTYPath=/dev/%I'
has 'DeviceAllow=/dev/%I rw'       # else PrivateDevices= keeps tuki from its console
has 'After=getty@%i.service'       # the login prompt lets go of the console first
has 'Conflicts=getty@%i.service'
has 'OnSuccess=tuki-kiosk-login@%i.target' # a staff stop gives a login prompt,
has 'OnSuccessJobMode=fail'        # but a restart does not
has 'OnFailure=getty@%i.service'   # so does a crash loop past the limit
has 'RestartPreventExitStatus=0'   # the staff PIN's exit status
has 'Restart=always'
has 'Type=idle'
has 'TTYVHangup=yes'
has 'TTYVTDisallocate=yes'
has 'ConditionPathExists=/dev/tty0'
has 'LimitCORE=0'
has 'PrivateNetwork=yes'
has 'RestrictAddressFamilies=AF_UNIX' # lp reaches /run/cups/cups.sock
has 'DefaultInstance=tty1'
grep -q '^After=.*plymouth-quit-wait.service' "$unit" || fail "the unit is not ordered after plymouth"
grep -q '^StartLimitBurst=' "$unit" || fail "the unit has no restart limit of its own"
# The login prompt's target: it stops the kiosk (a job that conflicts with
# the kiosk's start during a restart) and brings getty.
grep -qx 'Conflicts=tuki-kiosk@%i.service' "$login" || fail "$login does not conflict with the kiosk"
grep -qx 'Wants=getty@%i.service' "$login" || fail "$login does not bring the login prompt"
exit 0
