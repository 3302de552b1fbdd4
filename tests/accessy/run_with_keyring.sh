#!/bin/sh
# Runs one test program inside a private D-Bus session with an unlocked, throw-away GNOME
# keyring (Secret Service), HOME and XDG folders in a temporary directory removed afterwards.
# Usage: run_with_keyring.sh TEST_PROGRAM [ARGS...]
# Needs: dbus-run-session (dbus, dbus-user-session), gnome-keyring-daemon (gnome-keyring),
# libsecret-1-0 (QtKeychain's Secret Service backend).
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run_with_keyring.sh: $tool is not installed (apt-get install gnome-keyring dbus dbus-user-session libsecret-1-0)" >&2
        exit 1
    fi
done
home=$(mktemp -d "${TMPDIR:-/tmp}/keyring-home.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c \
    'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    keyring-session "$@"
