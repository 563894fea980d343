#!/usr/bin/env bash
# Builds the .deb with CPack from a build folder and checks what it declares
# and installs: the binary, the .desktop file, the icon and the AppStream file.
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cpack -G DEB -B "$out" --config "$build/CPackConfig.cmake" >/dev/null
deb="$(ls "$out"/*.deb)"
info="$(dpkg-deb --info "$deb")"
contents="$(dpkg-deb --contents "$deb")"
fail=0
for want in "Package: signtally" "Depends:.*libqt6charts6" "Depends:.*libqt6sql6-sqlite" "Depends:.*qt6-qpa-plugins"; do
  grep -Eq "$want" <<<"$info" || { echo "missing in control: $want"; fail=1; }
done
for want in "usr/bin/signtally" "usr/share/applications/vn.gov.signtally.SignTally.desktop" \
            "usr/share/icons/hicolor/scalable/apps/vn.gov.signtally.SignTally.svg" \
            "usr/share/metainfo/vn.gov.signtally.SignTally.metainfo.xml"; do
  grep -q "$want" <<<"$contents" || { echo "missing in package: $want"; fail=1; }
done
if [ $fail -eq 0 ]; then
  echo "package ok: $(basename "$deb")"
fi
exit $fail
