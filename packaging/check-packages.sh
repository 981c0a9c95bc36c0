#!/usr/bin/env bash
# Builds the packages of a configured and built tree with cpack, checks their metadata, installs
# them on this machine (root, apt-get), and runs what they installed: natterd --version, the
# packaged natterd on a loopback port with a real two-user conversation (natter-smoke) and
# --health, and the packaged app until its window is up. Removes the packages again at the end
# if it installed them (NATTER_KEEP_PACKAGES=1 keeps them).
#
#   packaging/check-packages.sh BUILD_DIR
#
# BUILD_DIR was configured with -DCMAKE_INSTALL_PREFIX=/usr (-DCMAKE_BUILD_TYPE=Release) and
# built. Needs: root, cmake/cpack, dpkg-dev (dpkg-shlibdeps), appstream (appstreamcli),
# desktop-file-utils (desktop-file-validate), and apt access to Debian for the dependencies.
# Optional: xvfb + x11-utils (the app is then also shown on a real X server and its window
# looked up), systemd (systemd-analyze verify of the unit), groff (man page lint).
# Exit 0 when everything passed; otherwise the first failure is named on stderr.
set -euo pipefail

say() { printf '== %s\n' "$*"; }
fail() {
    printf 'check-packages: FAILED: %s\n' "$*" >&2
    exit 1
}

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd) || fail "no build directory $1"
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ -f $build/CPackConfig.cmake ]] || fail "$build has no CPackConfig.cmake (configure it first)"
[[ $(id -u) -eq 0 ]] || fail "run as root: the packages are installed with apt-get"
for tool in cmake cpack dpkg-deb dpkg-shlibdeps apt-get appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing (apt-get install cmake dpkg-dev appstream desktop-file-utils)"
done
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
[[ $prefix == /usr ]] || fail "configure $build with -DCMAKE_INSTALL_PREFIX=/usr (it has '$prefix')"

work=$(mktemp -d /tmp/natter-check-packages.XXXXXX)
chmod 0755 "$work"
natterd_pid=
installed_here=()
cleanup() {
    if [[ -n $natterd_pid ]] && kill -0 "$natterd_pid" 2>/dev/null; then
        kill -TERM "$natterd_pid" 2>/dev/null || true
        wait "$natterd_pid" 2>/dev/null || true
    fi
    if [[ ${#installed_here[@]} -gt 0 && ${NATTER_KEEP_PACKAGES:-0} != 1 ]]; then
        say "removing ${installed_here[*]} (installed by this check)"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${installed_here[@]}" >"$work/purge.log" 2>&1 ||
            cat "$work/purge.log" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# ---- build and package ---------------------------------------------------------------------
say "building $build"
cmake --build "$build" -j1 >"$work/build.log" 2>&1 ||
    { grep -E 'FAILED|error' "$work/build.log" | cut -c1-400 | tail -20 >&2; fail "build"; }
grep -q '^NATTER_BUILD_APP:BOOL=ON' "$build/CMakeCache.txt" && with_app=1 || with_app=0
grep -q '^NATTER_BUILD_SERVER:BOOL=ON' "$build/CMakeCache.txt" && with_server=1 || with_server=0
[[ $with_server == 1 ]] || fail "$build was configured with NATTER_BUILD_SERVER=OFF"
[[ -x $build/packaging/smoke/natter-smoke ]] || fail "natter-smoke was not built"

out=$build/packages
rm -rf "$out"
say "cpack"
(cd "$build" && cpack -B "$out" --config CPackConfig.cmake) >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack"; }
rm -rf "$out/_CPack_Packages"

shopt -s nullglob
debs=("$out"/*.deb)
server_deb=("$out"/natterd_*.deb)
app_deb=("$out"/natter_*.deb)
tarballs=("$out"/natterd-*.tar.gz)
shopt -u nullglob
[[ ${#server_deb[@]} -eq 1 ]] || fail "cpack made no natterd_*.deb"
[[ $with_app == 0 || ${#app_deb[@]} -eq 1 ]] || fail "cpack made no natter_*.deb"
[[ ${#tarballs[@]} -eq 1 ]] || fail "cpack made no natterd-*.tar.gz"

for deb in "${debs[@]}"; do
    printf '%s  %s bytes\n' "$(basename "$deb")" "$(stat -c %s "$deb")"
    for field in Package Version Architecture Section Depends Recommends Suggests; do
        value=$(dpkg-deb -f "$deb" "$field")
        [[ -n $value ]] && printf '  %s: %s\n' "$field" "$value"
    done
    dpkg-deb -c "$deb" | awk '{print $6}' >"$work/$(basename "$deb").files"
    grep -v '/$' "$work/$(basename "$deb").files" | sed 's/^\./    /'
done
printf '%s  %s bytes\n' "$(basename "${tarballs[0]}")" "$(stat -c %s "${tarballs[0]}")"
tar -tzf "${tarballs[0]}" | sed -n '/[^/]$/s/^/    /p'

# ---- what the packages must hold -----------------------------------------------------------
say "package contents and metadata"
expect_file() { # deb path
    grep -qx "\\.$2" "$work/$(basename "$1").files" || fail "$(basename "$1") has no $2"
}
sdeb=${server_deb[0]}
for f in /usr/bin/natterd /usr/lib/systemd/system/natterd.service /usr/lib/sysusers.d/natterd.conf \
    /etc/natterd/natterd.conf /usr/share/man/man8/natterd.8.gz; do
    expect_file "$sdeb" "$f"
done
depends=$(dpkg-deb -f "$sdeb" Depends)
for dep in libqt6core6 libqt6network6 libqt6websockets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "natterd does not depend on $dep"
done
dpkg-deb -I "$sdeb" conffiles >"$work/conffiles" 2>/dev/null || fail "natterd has no conffiles"
grep -qx /etc/natterd/natterd.conf "$work/conffiles" || fail "natterd.conf is no conffile"
for script in postinst prerm postrm; do
    dpkg-deb -I "$sdeb" "$script" >"$work/$script"
    sh -n "$work/$script" || fail "natterd's $script has a syntax error"
done
tar -tzf "${tarballs[0]}" >"$work/tgz.files"
grep -q '^usr/bin/natterd$' "$work/tgz.files" || fail "the tar.gz has no usr/bin/natterd"
grep -q '^etc/natterd/natterd.conf$' "$work/tgz.files" || fail "the tar.gz has no etc/natterd/natterd.conf"

if [[ $with_app == 1 ]]; then
    adeb=${app_deb[0]}
    for f in /usr/bin/natter /usr/share/applications/natter.desktop \
        /usr/share/metainfo/io.natter.Natter.metainfo.xml /usr/share/icons/hicolor/scalable/apps/natter.svg \
        /usr/share/icons/hicolor/48x48/apps/natter.png /usr/share/icons/hicolor/256x256/apps/natter.png \
        /usr/share/man/man1/natter.1.gz; do
        expect_file "$adeb" "$f"
    done
    depends=$(dpkg-deb -f "$adeb" Depends)
    for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6websockets6 libqt6sql6-sqlite libqt6keychain1; do
        grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "natter does not depend on $dep"
    done
    mkdir "$work/app-deb"
    dpkg-deb -x "$adeb" "$work/app-deb"
    desktop-file-validate "$work/app-deb/usr/share/applications/natter.desktop" ||
        fail "desktop-file-validate natter.desktop"
    appstreamcli validate --no-net "$work/app-deb/usr/share/metainfo/io.natter.Natter.metainfo.xml" ||
        fail "appstreamcli validate io.natter.Natter.metainfo.xml"
    echo "natter.desktop and io.natter.Natter.metainfo.xml are valid"
fi

# ---- install -------------------------------------------------------------------------------
to_install=("$sdeb")
[[ $with_app == 1 ]] && to_install+=("$adeb")
for deb in "${to_install[@]}"; do
    name=$(dpkg-deb -f "$deb" Package)
    status=$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || installed_here+=("$name")
done
say "apt-get install ${to_install[*]##*/}"
install_debs() {
    (cd "$out" && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall \
        "${to_install[@]/#$out/.}") >"$work/install.log" 2>&1
}
if ! install_debs; then
    # A stale package list is the usual reason a dependency cannot be found.
    apt-get update -q >/dev/null 2>&1 || true
    install_debs || { cat "$work/install.log" >&2; fail "apt-get install"; }
fi
grep -E '^(Setting up|Unpacking) ' "$work/install.log" | sed 's/^/  /'

# ---- the installed server ------------------------------------------------------------------
say "installed natterd"
[[ $(command -v natterd) == /usr/bin/natterd ]] || fail "natterd is not /usr/bin/natterd"
version=$(/usr/bin/natterd --version) || fail "natterd --version"
echo "$version"
[[ $version =~ ^natterd\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "natterd --version printed '$version'"
getent passwd natterd >/dev/null || fail "the postinst did not create the user natterd"
[[ $(stat -c %U /var/lib/natterd) == natterd ]] || fail "/var/lib/natterd is not owned by natterd"
/usr/bin/natterd --config /etc/natterd/natterd.conf --check-config >"$work/check-config.log" ||
    { cat "$work/check-config.log" >&2; fail "natterd --check-config with the packaged config"; }
tail -1 "$work/check-config.log"

# Every option natterd --help lists is documented in the man page.
/usr/bin/natterd --help >"$work/help.txt"
zcat /usr/share/man/man8/natterd.8.gz >"$work/natterd.8"
missing=()
for opt in $(grep -oE '^ +(-[a-zA-Z], )?--[a-z0-9-]+' "$work/help.txt" | grep -oE -- '--[a-z0-9-]+'); do
    grep -q -- "${opt//-/\\\\-}" "$work/natterd.8" || missing+=("$opt")
done
[[ ${#missing[@]} -eq 0 ]] || fail "natterd(8) does not document ${missing[*]}"
echo "natterd(8) documents all $(grep -cE '^ +(-[a-zA-Z], )?--' "$work/help.txt") options of natterd --help"
if command -v groff >/dev/null; then
    groff -man -Tutf8 -ww -z "$work/natterd.8" 2>"$work/groff.log" || true
    [[ -s $work/groff.log ]] && { cat "$work/groff.log" >&2; fail "groff warns about natterd(8)"; }
fi
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/system/natterd.service >"$work/verify.log" 2>&1 ||
        { cat "$work/verify.log" >&2; fail "systemd-analyze verify natterd.service"; }
    echo "systemd-analyze verify natterd.service: OK"
fi

# The packaged config, as the packaged user, on a free loopback port with a scratch data dir
# (the packaged /var/lib/natterd stays untouched).
data=$work/natterd-data
install -d -o natterd -g natterd -m 0750 "$data"
run_as=()
command -v setpriv >/dev/null && run_as=(setpriv --reuid=natterd --regid=natterd --init-groups)
"${run_as[@]}" /usr/bin/natterd --config /etc/natterd/natterd.conf --listen 127.0.0.1 --port 0 \
    --data-dir "$data" >"$work/natterd.out" 2>"$work/natterd.err" &
natterd_pid=$!
url=
for _ in $(seq 1 100); do
    url=$(grep -oE 'listening on ws://[^ ]+' "$work/natterd.out" | cut -d' ' -f3 || true)
    [[ -n $url ]] && break
    kill -0 "$natterd_pid" 2>/dev/null || break
    sleep 0.2
done
[[ -n $url ]] || { cat "$work/natterd.err" >&2; fail "the installed natterd did not start"; }
port=${url##*:}
head -1 "$work/natterd.out"
[[ -f $data/natterd.sqlite ]] || fail "natterd made no database in $data"
/usr/bin/natterd --config /etc/natterd/natterd.conf --port "$port" --health || fail "natterd --health"
"$build/packaging/smoke/natter-smoke" --url "$url" || { cat "$work/natterd.err" >&2; fail "natter-smoke"; }

# ---- the installed app ---------------------------------------------------------------------
if [[ $with_app == 1 ]]; then
    say "installed natter"
    [[ $(command -v natter) == /usr/bin/natter ]] || fail "natter is not /usr/bin/natter"
    appdata=$work/app-data
    mkdir -p "$appdata"
    export XDG_RUNTIME_DIR=$work/runtime
    install -d -m 0700 "$XDG_RUNTIME_DIR"
    QT_QPA_PLATFORM=offscreen /usr/bin/natter --version || fail "natter --version"
    # Without a --smoke-test of its own the app runs until stopped: alive after 5 s, with no
    # crash and no Qt plugin error, counts as "started far enough to show its window".
    QT_QPA_PLATFORM=offscreen /usr/bin/natter --help >"$work/app-help.txt" 2>&1 || true
    # natter(1) should list what natter --help lists; the app is young, so only a warning.
    zcat /usr/share/man/man1/natter.1.gz >"$work/natter.1"
    if command -v groff >/dev/null; then
        groff -man -Tutf8 -ww -z "$work/natter.1" 2>"$work/groff.log" || true
        [[ -s $work/groff.log ]] && { cat "$work/groff.log" >&2; fail "groff warns about natter(1)"; }
    fi
    for opt in $(grep -oE '^ +(-[a-zA-Z], )?--[a-z0-9-]+' "$work/app-help.txt" | grep -oE -- '--[a-z0-9-]+'); do
        grep -q -- "${opt//-/\\\\-}" "$work/natter.1" || echo "warning: natter(1) does not document $opt"
    done
    if grep -q -- '--smoke-test' "$work/app-help.txt"; then
        QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/natter --smoke-test --data-dir "$appdata" \
            --server "$url" >"$work/app.log" 2>&1 || { cat "$work/app.log" >&2; fail "natter --smoke-test"; }
        echo "natter --smoke-test passed (offscreen)"
    else
        rc=0
        QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/natter --data-dir "$appdata" --server "$url" \
            >"$work/app.log" 2>&1 || rc=$?
        [[ $rc -eq 124 ]] || { cat "$work/app.log" >&2; fail "natter (offscreen) exited with $rc within 5 s"; }
        ! grep -qiE 'could not (load|find) the qt platform plugin|segmentation fault' "$work/app.log" ||
            { cat "$work/app.log" >&2; fail "natter (offscreen) reported a plugin error"; }
        echo "natter ran 5 s under QT_QPA_PLATFORM=offscreen without exiting or crashing"
    fi
    # On a real X server (xcb, the platform plugin a desktop uses) the main window must map.
    if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
        xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
            natter --data-dir "$1/xcb" --server "$2" >"$3/app-xcb.log" 2>&1 &
            app=$!
            for _ in $(seq 1 50); do
                sleep 0.2
                # A mapped top-level window of class ("natter" "Natter"), whatever its title.
                for id in $(xwininfo -root -tree | awk "/\\(\"natter\" \"Natter\"\\)/ {print \$1}"); do
                    if xwininfo -id "$id" | grep -q "Map State: IsViewable"; then
                        xwininfo -id "$id" | sed -n "s/^xwininfo: Window id: /natter window on Xvfb: /p"
                        kill -TERM $app; wait $app 2>/dev/null; exit 0
                    fi
                done
                kill -0 $app 2>/dev/null || exit 1
            done
            kill -TERM $app; exit 1' _ "$appdata" "$url" "$work" ||
            { cat "$work/app-xcb.log" >&2; fail "natter showed no window on Xvfb (xcb)"; }
    else
        echo "xvfb-run/xwininfo not installed: the window check on a real X server is skipped"
    fi
    icon_count=$(dpkg -L natter | grep -c '^/usr/share/icons/hicolor/.*/apps/natter\.')
    echo "natter installed $icon_count hicolor icons and natter.desktop"
fi

# ---- clean stop ----------------------------------------------------------------------------
say "stopping natterd"
kill -TERM "$natterd_pid"
rc=0
wait "$natterd_pid" || rc=$?
natterd_pid=
[[ $rc -eq 0 ]] || { cat "$work/natterd.err" >&2; fail "natterd exited with $rc on SIGTERM"; }
grep -q 'natterd: stopped' "$work/natterd.err" || fail "natterd did not report a clean stop"
echo "natterd stopped cleanly on SIGTERM"
say "check-packages: all checks passed"
