#!/usr/bin/env bash
# The README's two commands on a brand-new minimal Debian 12, as a newcomer
# would run them. Called by .ci/run; needs root (debootstrap, chroot, mount).
#
#   1. root runs the README's test command, `scripts/test`, exactly as written;
#   2. root runs the README's run command, `scripts/run`, with no display (so
#      xvfb-run is used) and SIGNTALLY_QUIT_AFTER_PAINT=1: it must exit 0 and
#      leave the default database created and seeded with the 37-unit campaign;
#   3. an ordinary user with sudo runs `scripts/run` the same way, after two
#      packages of the list were removed, so deps.sh must install them through
#      sudo; the user's own default database must be created and seeded;
#   4. a user without sudo runs `scripts/deps.sh` with a package missing: it
#      must exit non-zero and print the `apt-get install` line for an admin.
#
# The system is made anew with `debootstrap --variant=minbase bookworm` from
# the mirror the machine's own apt sources use (SIGNTALLY_CI_MIRROR overrides
# it), and torn down afterwards, also when a step fails: processes inside are
# stopped, everything mounted below it is unmounted, and the folder is deleted
# only when /proc/mounts shows nothing left below it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { printf '[fresh-debian %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() {
  say "FAILED: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "must run as root (debootstrap, chroot and mount need it)"

# The mirror: the first URI serving Debian's bookworm main in this machine's
# apt sources (one-line sources.list or deb822 .sources files).
apt_mirror() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    awk '$1 == "deb" {
           i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
           uri = $i; suite = $(i + 1)
           for (j = i + 2; j <= NF; j++) if ($j == "main" && suite == "bookworm") { print uri; exit }
         }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    awk 'function flush() {
           if (types ~ /(^| )deb( |$)/ && suites ~ /(^| )bookworm( |$)/ && comps ~ /(^| )main( |$)/ && uris != "") {
             split(uris, u, " "); print u[1]; found = 1
           }
           types = suites = comps = uris = ""
         }
         /^[[:space:]]*$/ { flush(); if (found) exit; next }
         /^#/ { next }
         tolower($1) == "types:" { $1 = ""; types = $0 }
         tolower($1) == "uris:" { $1 = ""; uris = $0; sub(/^ +/, "", uris) }
         tolower($1) == "suites:" { $1 = ""; suites = $0 }
         tolower($1) == "components:" { $1 = ""; comps = $0 }
         END { if (!found) flush() }' "$f"
  done
}

mirror="${SIGNTALLY_CI_MIRROR:-$(apt_mirror | head -n 1)}"
[ -n "$mirror" ] || fail "no Debian bookworm main source found in /etc/apt/sources.list*; set SIGNTALLY_CI_MIRROR"

if ! command -v debootstrap >/dev/null 2>&1; then
  say "installing debootstrap"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

work="$(mktemp -d /var/tmp/signtally-fresh.XXXXXX)"
root="$work/root"

# Processes whose root directory is inside the fresh system (an Xvfb left
# behind by a failed step, say).
processes_inside() {
  local p r
  for p in /proc/[0-9]*; do
    r="$(readlink "$p/root" 2>/dev/null)" || continue
    case "$r" in "$root" | "$root"/*) echo "${p#/proc/}" ;; esac
  done
}

mounts_below() {
  # Mount points at or below $work, deepest first (octal escapes as in /proc/mounts).
  awk -v w="$work" '{ m = $2; gsub(/\\040/, " ", m); if (m == w || index(m, w "/") == 1) print m }' /proc/mounts |
    sort -r
}

teardown() {
  local rc=$? pids m left
  trap - EXIT INT TERM
  set +e
  pids="$(processes_inside)"
  if [ -n "$pids" ]; then
    kill $pids 2>/dev/null
    sleep 2
    pids="$(processes_inside)"
    [ -n "$pids" ] && kill -9 $pids 2>/dev/null && sleep 1
  fi
  for m in $(mounts_below); do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
  left="$(mounts_below)"
  if [ -n "$left" ]; then
    say "NOT deleting $work: still mounted below it: $left" >&2
    [ "$rc" -eq 0 ] && rc=1
  else
    rm -rf --one-file-system "$work"
    [ -e "$work" ] && say "could not delete $work" >&2 && [ "$rc" -eq 0 ] && rc=1
  fi
  say "torn down (exit $rc)"
  exit "$rc"
}
trap teardown EXIT
trap 'exit 130' INT TERM

start=$SECONDS
say "debootstrap --variant=minbase bookworm from $mirror into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  {
    tail -n 30 "$work/debootstrap.log"
    fail "debootstrap"
  }
say "base system ready in $((SECONDS - start)) s"

# What a running Debian has: /proc, /sys, /dev (bound as a slave, so that
# unmounting below it can never reach the host's own mounts), name resolution.
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
printf '127.0.1.1 %s\n' "$(cat /proc/sys/kernel/hostname)" >>"$root/etc/hosts" # for sudo
# Packages must not start services inside the fresh system.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# The checkout, as a newcomer has it: tracked files and untracked ones that are
# not ignored (so no build/).
src=/srv/signtally
mkdir -p "$root$src"
(cd "$here" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | tar -C "$root$src" -xf -

# A command inside the fresh system as USER with a login environment and no
# display: only what a new terminal there would have.
inside() {
  local user="$1"
  shift
  local home=/root
  [ "$user" = root ] || home="/home/$user"
  chroot --userspec="$user:$user" "$root" /usr/bin/env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME="$home" USER="$user" LOGNAME="$user" LANG=C.UTF-8 TERM=dumb \
    /bin/bash -c "cd '$src' && $*" </dev/null
}

# The default database of USER: created and seeded with the campaign.
check_seeded() {
  local user="$1" home=/root
  [ "$user" = root ] || home="/home/$user"
  local db="$root$home/.local/share/SignTally/SignTally/signtally.sqlite"
  [ -f "$db" ] || fail "scripts/run as $user left no default database at ${db#"$root"}"
  local got
  got="$(inside root "sqlite3 -readonly '$home/.local/share/SignTally/SignTally/signtally.sqlite' \
    'SELECT count(*), sum(quota), sum(population) FROM campaign_unit'")"
  [ "$got" = "37|50000|277566" ] ||
    fail "the default database of $user holds '$got', not 37 units, quota 50000, adults 277566"
  say "default database of $user seeded: 37 units, quotas 50.000, adults 277.566"
}

step=$SECONDS
say "step 1: scripts/test as root"
inside root scripts/test || fail "step 1: scripts/test"
say "step 1 passed in $((SECONDS - step)) s"

step=$SECONDS
say "step 2: scripts/run as root, no display, quit after the first paint"
inside root SIGNTALLY_QUIT_AFTER_PAINT=1 scripts/run || fail "step 2: scripts/run as root"
check_seeded root
say "step 2 passed in $((SECONDS - step)) s"

step=$SECONDS
say "step 3: scripts/run as an ordinary user with sudo"
inside root "apt-get install -y -qq --no-install-recommends sudo >/dev/null" || fail "installing sudo"
inside root "useradd --create-home --shell /bin/bash newcomer &&
  echo 'newcomer ALL=(ALL) NOPASSWD: ALL' >/etc/sudoers.d/newcomer && chmod 440 /etc/sudoers.d/newcomer"
# Two packages of the list go, so deps.sh has something to install via sudo.
inside root "apt-get purge -y -qq unzip time >/dev/null"
# The tree root built is handed over (by number: the host has no such user).
owner="$(inside root "id -u newcomer"):$(inside root "id -g newcomer")"
chown -R "$owner" "$root$src"
inside newcomer SIGNTALLY_QUIT_AFTER_PAINT=1 scripts/run || fail "step 3: scripts/run as newcomer"
inside root "dpkg-query -W -f='\${db:Status-Status}\n' unzip time | grep -cx installed | grep -qx 2" ||
  fail "step 3: deps.sh did not install unzip and time back through sudo"
check_seeded newcomer
say "step 3 passed in $((SECONDS - step)) s"

step=$SECONDS
say "step 4: scripts/deps.sh as a user without sudo, with a package missing"
inside root "useradd --create-home --shell /bin/bash visitor && apt-get purge -y -qq unzip >/dev/null"
if inside visitor "bash scripts/deps.sh" 2>"$work/nosudo.err"; then
  fail "step 4: deps.sh exited 0 for a user who cannot install the missing package"
fi
cat "$work/nosudo.err"
grep -q 'apt-get install --no-install-recommends unzip' "$work/nosudo.err" ||
  fail "step 4: deps.sh did not name the apt-get install line"
say "step 4 passed in $((SECONDS - step)) s"

say "all steps passed in $((SECONDS - start)) s"
