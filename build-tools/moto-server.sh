#!/usr/bin/env bash
# Prints the path of a moto_server executable (moto's stand-alone server,
# which speaks the DynamoDB, SQS and Organizations APIs on one port), for
# the coverage functions' tests (test/coverage/moto-server.ts). moto comes
# from PyPI at a pinned version, into a virtual environment of its own that
# later runs reuse, so the tests never depend on a machine-wide moto.
# Progress goes to stderr: stdout carries only the path.
set -euo pipefail

MOTO_VERSION=5.2.6

venv="${XDG_CACHE_HOME:-$HOME/.cache}/cdk-root-activity-monitor/moto-$MOTO_VERSION"
# Written last: a venv without it is an install that was cut short.
done_marker="$venv/.installed"

if [ ! -f "$done_marker" ]; then
  mkdir -p "$(dirname "$venv")"
  # Jest runs test files in parallel workers, each of which may call this
  # script on a fresh machine: one installs, the others wait for it.
  # (macOS has no flock(1): there, run the tests once with --runInBand.)
  if command -v flock >/dev/null; then
    exec 9>"$venv.lock"
    flock 9
  fi
  if [ ! -f "$done_marker" ]; then
    echo "moto-server: installing moto[server]==$MOTO_VERSION into $venv" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" >&2
    touch "$done_marker"
  fi
fi
echo "$venv/bin/moto_server"
