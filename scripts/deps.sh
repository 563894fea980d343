#!/usr/bin/env bash
# Installs the Debian packages SignTally needs to build, test and run, if any
# are missing. Works as root, or as a user with sudo. Sourced by scripts/run
# and scripts/test; safe to run again (it installs nothing when all is there).
#
# The list is complete for a minimal Debian 12 (debootstrap --variant=minbase):
# packages are installed without their Recommends, so a package that is only
# recommended by another (libqt6opengl6-dev by qt6-base-dev, which Qt Charts'
# CMake package needs) is named here. .ci/fresh-debian.sh proves it.
set -euo pipefail

SIGNTALLY_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  libqt6opengl6-dev
  qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libgl-dev
  libspdlog-dev libfmt-dev libgtest-dev libxlsxwriter-dev zlib1g-dev
  poppler-utils sqlite3 xvfb xauth time
  unzip
  python3
  clang libclang-rt-14-dev libsqlite3-dev clang-format
  # The PostgreSQL server (issue 16): the tests start throw-away PostgreSQL 15
  # clusters of their own (initdb, pg_ctl: tests/support/PgCluster.h), and Qt
  # reaches them through its PostgreSQL driver (QPSQL). Debian's postgresql-15
  # also creates its own `main` cluster on port 5432; the tests never use it.
  postgresql-15 libqt6sql6-psql
  # libpq's headers: an import onto a server sends its rows with COPY through
  # the connection QPSQL holds (src/storage/pg/PgCopy.cpp); QPSQL has no COPY.
  libpq-dev
)

missing=()
for p in "${SIGNTALLY_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 &&
    { sudo -n true 2>/dev/null || { [ -t 0 ] && sudo -v; }; }; then
    # sudo without a password, or one typed at this terminal.
    SUDO=(sudo)
  else
    echo "signtally: ${#missing[@]} package(s) are missing, and this user is neither root nor has sudo." >&2
    echo "signtally: ask an administrator to run this line, then run this command again:" >&2
    echo "" >&2
    echo "  apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "" >&2
    exit 1
  fi
  echo "signtally: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
