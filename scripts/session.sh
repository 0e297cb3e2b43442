# Sourced by the test scripts: run_in_session CMD... runs CMD inside a private D-Bus session bus
# with an unlocked throw-away keyring (gnome-keyring's Secret Service, unlocked by an empty
# password line), so the keychain tests use a real Secret Service without touching yours.
run_in_session() {
  dbus-run-session -- bash -c '
    set -euo pipefail
    export XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(echo | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)" || true
    "$@"
  ' bash "$@"
}
