#!/usr/bin/env bash
# Checks the Linux packaging from an already configured and built tree:
#   1. builds the .deb with `cpack -G DEB` (and the .rpm, when rpmbuild is present)
#   2. lintian --pedantic on the .deb, failing on every tag of severity pedantic and above
#   3. desktop-file-validate, appstreamcli validate and `man --warnings` on the packaged files
#   4. installs the .deb (apt-get pulls its dependencies), runs `snapshot-desk --version` and
#      `snapshot-desk-cli --version` without a display,
#      checks the menu entry, icons, metainfo and man page are in place, then removes the
#      package again and checks that nothing is left behind
#   5. the GitHub workflow files parse as YAML and pass yamllint (and action-validator, when
#      installed: npm install -g @action-validator/cli @action-validator/core)
#
# usage: scripts/check-packaging.sh [--no-install] BUILD_DIR
#   --no-install   skip step 4 (for machines where installing packages is not wanted)
# Needs root (or sudo) for step 4. Exits non-zero when any check fails.
set -uo pipefail

usage() { echo "usage: $0 [--no-install] BUILD_DIR" >&2; exit 2; }
install_step=1
build_dir=""
for arg in "$@"; do
  case "$arg" in
    --no-install) install_step=0 ;;
    -h|--help) usage ;;
    -*) usage ;;
    *) [[ -z "$build_dir" ]] || usage; build_dir=$arg ;;
  esac
done
[[ -n "$build_dir" ]] || usage
[[ -f "$build_dir/CPackConfig.cmake" ]] || { echo "check-packaging: $build_dir is not a configured build directory" >&2; exit 2; }
build_dir=$(cd "$build_dir" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

package=snapshot-desk
app_id=org.snapshotdesk.SnapshotDesk
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
[[ -n "$version" ]] || { echo "check-packaging: no CPACK_PACKAGE_VERSION in $build_dir/CPackConfig.cmake" >&2; exit 2; }

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

results=()
failed=0
pass() { results+=("PASS  $1"); echo "check-packaging: PASS $1"; }
fail() { results+=("FAIL  $1"); failed=1; echo "check-packaging: FAIL $1" >&2; }
skip() { results+=("SKIP  $1"); echo "check-packaging: SKIP $1"; }
# check NAME COMMAND...: runs the command, shows its output, records the outcome.
check() {
  local name=$1; shift
  echo "==> $name: $*"
  if "$@"; then pass "$name"; else fail "$name"; fi
}

# --- 1. Build the packages -----------------------------------------------------------------
# cpack installs what the last build produced; building first (a no-op on an up-to-date tree)
# keeps a stale binary out of the package.
check "build is up to date" cmake --build "$build_dir"

rm -f "$build_dir"/"$package"_*.deb "$build_dir"/"$package"-*.rpm
check "cpack -G DEB" bash -c "cd '$build_dir' && cpack -G DEB"
debs=("$build_dir"/"$package"_*.deb)
deb=""
[[ -e "${debs[0]}" ]] && deb=${debs[0]}
if [[ -z "$deb" ]]; then
  fail ".deb produced"
else
  pass ".deb produced: $(basename "$deb")"
  check "package version is $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
  # The run-time-loaded dependencies dpkg-shlibdeps cannot see, and one it must have found.
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "==> Depends: $depends"
  for dependency in libsecret-1-0 qt6-qpa-plugins libqt6svg6 libqt6keychain1; do
    check "Depends lists $dependency" grep -qE "(^|, )$dependency( |,|$)" <<<"$depends"
  done
fi

if command -v rpmbuild >/dev/null; then
  if (cd "$build_dir" && cpack -G RPM >"$work/rpm.log" 2>&1); then
    rpms=("$build_dir"/"$package"-*.rpm)
    if [[ -e "${rpms[0]}" ]]; then
      rpm=${rpms[0]}
      pass "cpack -G RPM: $(basename "$rpm")"
      check "rpm requires libsecret" bash -c "rpm -qpR '$rpm' | grep -qx 'libsecret'"
      check "rpm contains /usr/bin/$package" bash -c "rpm -qpl '$rpm' | grep -qx '/usr/bin/$package'"
      check "rpm contains /usr/bin/$package-cli and its man page" \
        bash -c "rpm -qpl '$rpm' | grep -qx '/usr/bin/$package-cli' && rpm -qpl '$rpm' | grep -qx '/usr/share/man/man1/$package-cli.1.gz'"
      # Directories such as /usr/share/applications belong to filesystem packages.
      check "rpm claims no shared system directory" \
        bash -c "! rpm -qpl '$rpm' | grep -Ex '/usr(/bin|/share|/share/(applications|icons|icons/hicolor|man|man/man1|metainfo))?'"
    else
      fail "cpack -G RPM produced no .rpm"
    fi
  else
    cat "$work/rpm.log" >&2
    fail "cpack -G RPM"
  fi
else
  skip "cpack -G RPM (rpmbuild not installed)"
fi

# --- 2. lintian ----------------------------------------------------------------------------
if [[ -n "$deb" ]]; then
  if command -v lintian >/dev/null; then
    # Every tag from pedantic up fails the check; experimental tags are shown but do not.
    check "lintian --pedantic" lintian --pedantic --info --display-info --display-experimental \
      --fail-on error,warning,info,pedantic --color never "$deb"
  else
    fail "lintian (not installed)"
  fi
fi

# --- 3. Validate the packaged files --------------------------------------------------------
tree="$work/tree"
if [[ -n "$deb" ]]; then
  dpkg-deb -x "$deb" "$tree"
  desktop="$tree/usr/share/applications/$app_id.desktop"
  metainfo="$tree/usr/share/metainfo/$app_id.metainfo.xml"
  manpage="$tree/usr/share/man/man1/$package.1.gz"
  cli_manpage="$tree/usr/share/man/man1/$package-cli.1.gz"

  check "desktop-file-validate" desktop-file-validate "$desktop"
  check "desktop entry runs $package" grep -qx "Exec=$package" "$desktop"
  # --pedantic shows hints too; the command fails on warnings and errors.
  check "appstreamcli validate" appstreamcli validate --no-net --pedantic "$metainfo"
  # validate-tree also checks that the metainfo's launchable names a desktop entry in the package.
  check "appstreamcli validate-tree" appstreamcli validate-tree --no-net --pedantic "$tree"
  check "metainfo release is $version" grep -q "<release version=\"$version\"" "$metainfo"
  check "man page renders without warnings" bash -c \
    "out=\$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z '$manpage' 2>&1 >/dev/null); [[ -z \"\$out\" ]] || { echo \"\$out\"; false; }"
  check "man page names version $version" bash -c "zcat '$manpage' | grep -q 'Snapshot Desk $version'"
  check "the CLI's man page renders without warnings" bash -c \
    "out=\$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z '$cli_manpage' 2>&1 >/dev/null); [[ -z \"\$out\" ]] || { echo \"\$out\"; false; }"
  check "the CLI's man page documents every exit status" bash -c \
    "for code in 0 1 2 3 4 5; do zcat '$cli_manpage' | grep -qx \".B \$code\" || exit 1; done"
  # The command-line tool runs on a server without X: no Qt Gui or Widgets among its libraries.
  check "$package-cli loads no Qt Gui or Widgets" bash -c \
    "! ldd '$tree/usr/bin/$package-cli' | grep -E 'libQt6(Gui|Widgets)'"
  check "icons are PNGs of their directory's size" bash -c "
    for png in '$tree'/usr/share/icons/hicolor/*x*/apps/$app_id.png; do
      size=\$(basename \"\$(dirname \"\$(dirname \"\$png\")\")\"); w=\${size%x*}; h=\${size#*x}
      file \"\$png\" | grep -q \"PNG image data, \$w x \$h,\" || { echo \"\$png is not \$size\"; exit 1; }
    done"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  check "desktop entry's icon '$icon' is in the package" \
    test -f "$tree/usr/share/icons/hicolor/scalable/apps/$icon.svg" -a -f "$tree/usr/share/icons/hicolor/48x48/apps/$icon.png"
  check "scalable icon is SVG" bash -c "file '$tree/usr/share/icons/hicolor/scalable/apps/$app_id.svg' | grep -q 'SVG'"
fi

# --- 4. Install, run, remove ---------------------------------------------------------------
if [[ $install_step -eq 0 ]]; then
  skip "install / run / remove (--no-install)"
elif [[ -z "$deb" ]]; then
  fail "install / run / remove (no .deb)"
elif [[ -n "$SUDO" ]] && ! command -v sudo >/dev/null; then
  fail "install / run / remove (needs root or sudo)"
else
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "check-packaging: note: $package is already installed; it is replaced and removed"
  fi
  # apt-get resolves the Depends line from the configured archives; dpkg -i alone would not.
  check "apt-get install ./$(basename "$deb")" \
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"
  check "dpkg reports $package $version installed" \
    test "$(dpkg-query -W -f='${Status} ${Version}' "$package" 2>/dev/null)" = "install ok installed $version"

  # No display: --version must work from a plain terminal or an ssh session.
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 30 /usr/bin/$package --version 2>&1)
  rc=$?
  echo "==> /usr/bin/$package --version: $out (exit $rc)"
  if [[ $rc -eq 0 && "$out" == *"$package $version"* ]]; then
    pass "/usr/bin/$package --version prints '$package $version'"
  else
    fail "/usr/bin/$package --version prints '$package $version'"
  fi

  out=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 30 /usr/bin/$package-cli --version 2>&1)
  rc=$?
  echo "==> /usr/bin/$package-cli --version: $out (exit $rc)"
  if [[ $rc -eq 0 && "$out" == "$package-cli $version" ]]; then
    pass "/usr/bin/$package-cli --version prints '$package-cli $version'"
  else
    fail "/usr/bin/$package-cli --version prints '$package-cli $version'"
  fi

  installed_files=(
    "/usr/bin/$package-cli"
    "/usr/share/man/man1/$package-cli.1.gz"
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png"
    "/usr/share/man/man1/$package.1.gz"
    "/usr/share/doc/$package/copyright"
    "/usr/share/doc/$package/changelog.gz"
  )
  # Minimal container images tell dpkg not to unpack man pages and docs.
  excluded=()
  for dir in /usr/share/man /usr/share/doc; do
    if grep -Eqs "^path-exclude[= ]+$dir/" /etc/dpkg/dpkg.cfg.d/*; then excluded+=("$dir"); fi
  done
  for f in "${installed_files[@]}"; do
    for dir in "${excluded[@]}"; do
      if [[ $f == "$dir"/* ]]; then
        skip "installed $f (dpkg excludes $dir on this machine)"
        continue 2
      fi
    done
    check "installed $f" cmp -s "$f" "$tree$f"
  done
  check "desktop-file-validate (installed)" desktop-file-validate "/usr/share/applications/$app_id.desktop"
  if [[ " ${excluded[*]} " != *" /usr/share/man "* ]]; then
    check "man $package finds the page" bash -c "man -w $package | grep -q '/usr/share/man/man1/$package.1.gz'"
    check "man $package-cli finds the page" bash -c "man -w $package-cli | grep -q '/usr/share/man/man1/$package-cli.1.gz'"
  fi

  check "dpkg -r $package" $SUDO dpkg -r "$package"
  check "/usr/bin/$package is gone" test ! -e "/usr/bin/$package"
  check "/usr/bin/$package-cli is gone" test ! -e "/usr/bin/$package-cli"
  check "menu entry is gone" test ! -e "/usr/share/applications/$app_id.desktop"
  check "dpkg no longer lists $package" bash -c \
    "! dpkg-query -W -f='\${Status}' '$package' 2>/dev/null | grep -q 'install ok installed'"
fi

# --- 5. Workflow files ---------------------------------------------------------------------
shopt -s nullglob
workflows=("$root"/.github/workflows/*.yml "$root"/.github/workflows/*.yaml)
shopt -u nullglob
if ((${#workflows[@]} == 0)); then
  fail "workflow files present in .github/workflows"
else
  py=python3
  if [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import yaml' 2>/dev/null; then py=/usr/bin/python3; fi
  # shellcheck disable=SC2016 # a Python program, not shell
  check "workflows parse as YAML" "$py" -c '
import sys, yaml
for path in sys.argv[1:]:
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    # PyYAML reads the bare key `on` as the boolean True.
    if not isinstance(doc, dict) or "jobs" not in doc or not ({"on", True} & doc.keys()):
        sys.exit(f"{path}: not a workflow (no on: or jobs:)")
    print(path + ": " + str(len(doc["jobs"])) + " jobs")
' "${workflows[@]}"
  if command -v yamllint >/dev/null; then
    check "yamllint" yamllint --strict -c "$root/.yamllint" "${workflows[@]}"
  else
    skip "yamllint (not installed)"
  fi
  if command -v action-validator >/dev/null; then
    for workflow in "${workflows[@]}"; do
      check "action-validator $(basename "$workflow")" action-validator "$workflow"
    done
  else
    skip "action-validator (not installed; npm install -g @action-validator/cli @action-validator/core)"
  fi
fi

# --- Summary -------------------------------------------------------------------------------
echo
echo "check-packaging summary ($package $version, $build_dir):"
printf '  %s\n' "${results[@]}"
if ((failed)); then
  echo "check-packaging: FAILED" >&2
  exit 1
fi
echo "check-packaging: all checks passed"
