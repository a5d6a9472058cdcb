#!/usr/bin/env bash
# Makes the boot test's Debian 12 root tree once, with debootstrap from the
# apt mirror this machine uses: minbase, the kernel, systemd, CUPS and
# cups-pdf, and the libraries the tuki package needs, so that installing
# the .deb later needs no network. The tree is cached in DIR (make
# check-vm passes tests/vm/cache); delete it to make it anew.
# Usage: mkimage.sh DIR      Exits 77 when it cannot run here.
set -eu
dir=${1:?usage: mkimage.sh DIR}
skip() { printf 'SKIP: %s\n' "$*" >&2; exit 77; }
[ "$(id -u)" = 0 ] || skip "needs root (debootstrap and chroot)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed"

root=$dir/root
[ -f "$dir/root.done" ] && { echo "cached Debian 12 tree: $root"; exit 0; }

# The mirror apt uses here (deb822 or one-line sources), else Debian's.
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/\{0,1\}$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1=="deb" && $3 ~ /^bookworm$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

pkgs=linux-image-amd64,systemd-sysv,udev,dbus,kbd,procps,iproute2,
pkgs=${pkgs}cups,cups-client,printer-driver-cups-pdf,poppler-utils,
# tuki's own dependencies, and the PDF module's
pkgs=${pkgs}adduser,fonts-dejavu-core,libncursesw6,libtinfo6,libcjson1,
pkgs=${pkgs}libpango-1.0-0,libpangocairo-1.0-0,libcairo2,libqrencode4,libfontconfig1

rm -rf "$root"
mkdir -p "$dir"
echo "debootstrap bookworm from $mirror into $root (several minutes)"
debootstrap --variant=minbase --include="$pkgs" bookworm "$root" "$mirror" >"$dir/debootstrap.log" 2>&1 ||
	{ tail -30 "$dir/debootstrap.log"; echo "debootstrap failed (log: $dir/debootstrap.log)" >&2; exit 1; }
# debootstrap can leave the tree's /proc and /sys mounted in a container.
for m in proc sys; do if mountpoint -q "$root/$m"; then umount "$root/$m"; fi; done

# The VM's own settings: a name, a root file system, root's shell on the
# serial console without a password (the test drives it from there), and
# no network wait.
echo tukivm >"$root/etc/hostname"
echo '/dev/vda / ext4 rw,errors=remount-ro 0 1' >"$root/etc/fstab"
mkdir -p "$root/etc/systemd/system/serial-getty@ttyS0.service.d"
cat >"$root/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf" <<'UNIT'
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin root --noclear --keep-baud 115200 %I dumb
UNIT
chroot "$root" systemctl enable serial-getty@ttyS0.service >/dev/null 2>&1
passwd_line=$(grep '^root:' "$root/etc/shadow")
sed -i 's/^root:[^:]*:/root::/' "$root/etc/shadow" && [ -n "$passwd_line" ]
rm -f "$root"/var/cache/apt/archives/*.deb
touch "$dir/root.done"
echo "Debian 12 tree ready: $root ($(du -sxh "$root" | cut -f1))"
