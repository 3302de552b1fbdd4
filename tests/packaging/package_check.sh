#!/usr/bin/env bash
# Packaging check: installs the build into a scratch DESTDIR and checks the files and their
# validators, then builds the .deb with CPack, checks its contents and metadata, simulates
# installing it with apt, extracts it and runs the extracted program.
# When lintian (Debian's package checker) is installed, the .deb must pass it with no error and
# no warning.
#   package_check.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
app_id=se.accessy.Invite
scratch=$(mktemp -d "${TMPDIR:-/tmp}/accessy-packaging.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
# Programs under test run without the build's environment: system Qt only.
run_clean() { env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH QT_QPA_PLATFORM=offscreen "$@"; }

# The tools this check (and CPack's dependency scan) needs, named with their Debian packages.
missing=()
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream \
            dpkg-shlibdeps:dpkg-dev file:file dpkg-deb:dpkg cpack:cmake; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
[ ${#missing[@]} -eq 0 ] || fail "missing tools; install: apt-get install -y ${missing[*]}"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

step "cmake --install into a scratch DESTDIR"
DESTDIR="$scratch/root" cmake --install "$build" --prefix /usr >"$scratch/install.log" \
    || { cat "$scratch/install.log"; fail "cmake --install failed"; }
root="$scratch/root/usr"
for f in bin/accessy-invite bin/accessy-sandbox \
         share/applications/$app_id.desktop \
         share/metainfo/$app_id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$app_id.svg \
         share/doc/accessy-invite/copyright share/doc/accessy-invite/changelog.gz \
         share/man/man1/accessy-invite.1.gz share/man/man1/accessy-sandbox.1.gz \
         share/bash-completion/completions/accessy-invite \
         share/bash-completion/completions/accessy-sandbox; do
    [ -f "$root/$f" ] || fail "not installed: /usr/$f"
done
[ -x "$root/bin/accessy-invite" ] && [ -x "$root/bin/accessy-sandbox" ] || fail "programs not executable"
grep -q "<release version=\"$version\"" "$root/share/metainfo/$app_id.metainfo.xml" \
    || fail "metainfo does not name release $version"

step "validators"
desktop-file-validate "$root/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate"
# The desktop file, metainfo and icon together, as software centres read them.
appstreamcli validate-tree --no-net "$scratch/root" || fail "appstreamcli validate-tree"

step "installed programs run"
out=$(run_clean "$root/bin/accessy-invite" --version) || fail "installed accessy-invite --version"
[ "$out" = "accessy-invite $version" ] || fail "installed --version said: $out"
run_clean "$root/bin/accessy-sandbox" --help >/dev/null || fail "installed accessy-sandbox --help"

step "cpack -G DEB"
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/pkg" \
    >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack failed"; }
debs=("$scratch"/pkg/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb, got: ${debs[*]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "accessy-invite_${version}_${arch}.deb" ] \
    || fail "unexpected package file name $(basename "$deb")"

step "package metadata"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = accessy-invite ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = net ] || fail "Section: $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
# Not `field … | grep -q`: under pipefail, grep -q quitting early can kill the writer with
# SIGPIPE and fail a correct package now and then.
description=$(field Description)
grep -q "Accessy" <<<"$description" || fail "Description: $description"
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6network6 libphonenumber qt6-qpa-plugins \
           libqt6svg6 libqt6sql6-sqlite; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

step "package contents"
dpkg-deb -c "$deb" >"$scratch/contents"
for f in ./usr/bin/accessy-invite ./usr/bin/accessy-sandbox \
         ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         ./usr/share/doc/accessy-invite/copyright ./usr/share/doc/accessy-invite/changelog.gz \
         ./usr/share/man/man1/accessy-invite.1.gz ./usr/share/man/man1/accessy-sandbox.1.gz \
         ./usr/share/bash-completion/completions/accessy-invite; do
    grep -q " $f\$" "$scratch/contents" || fail "package lacks $f"
done
outside=$(grep -vE " \./usr(/|$)" "$scratch/contents" || true)
[ -z "$outside" ] || fail "package installs outside /usr: $outside"

step "lintian"
if command -v lintian >/dev/null; then
    # Root gets a "not recommended" notice on stderr; the tags are on stdout.
    lintian --fail-on error,warning "$deb" >"$scratch/lintian.log" 2>"$scratch/lintian.err" \
        || { cat "$scratch/lintian.log" "$scratch/lintian.err"; fail "lintian"; }
    if grep -E '^[EW]: ' "$scratch/lintian.log"; then
        fail "lintian reports errors or warnings"
    fi
else
    echo "lintian not installed (apt-get install -y lintian): package not linted"
fi

step "apt would install it on this system"
if apt-get install --simulate --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1; then
    grep -q "^Inst accessy-invite" "$scratch/apt.log" || { cat "$scratch/apt.log"; fail "apt simulation"; }
else
    cat "$scratch/apt.log"; fail "apt-get --simulate refused the package"
fi

step "extracted package runs"
dpkg-deb -x "$deb" "$scratch/extracted"
out=$(run_clean "$scratch/extracted/usr/bin/accessy-invite" --version) \
    || fail "extracted accessy-invite --version"
[ "$out" = "accessy-invite $version" ] || fail "extracted --version said: $out"
file_size=$(stat -c %s "$deb")
echo "package $(basename "$deb"): $((file_size / 1024)) KiB"
echo "PASS"
