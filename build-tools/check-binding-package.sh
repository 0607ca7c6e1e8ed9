#!/usr/bin/env bash
# Checks the Python wheel or the Java jar that jsii-pacmak built in dist/.
#
# Neither holds the construct code itself: both carry the npm tarball, which
# the jsii runtime loads into Node.js when a Python or Java app starts. A
# package whose tarball lacks the notifier bundle installs without complaint
# and fails only at the user's synth, so fail the build here instead. The
# class check proves the generated binding exposes the main construct.
#
# Usage: check-binding-package.sh python|java
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  python)
    archive=$(ls dist/python/*.whl)
    # Python classes live in the module's __init__.py.
    module=$(unzip -p "$archive" cdk_root_activity_monitor/__init__.py)
    grep -q '^class RootActivityMonitor(' <<<"$module"
    ;;
  java)
    # The artifact directory also holds -sources and -javadoc jars.
    archive=$(ls dist/java/io/github/cdk-root-activity-monitor/cdk-root-activity-monitor/*/*.jar \
      | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$')
    classes=$(unzip -l "$archive")
    grep -q ' io/github/cdkrootactivitymonitor/RootActivityMonitor\.class$' <<<"$classes"
    ;;
  *)
    echo "usage: $0 python|java" >&2
    exit 2
    ;;
esac

# `ls` above fails on a missing package; more than one would make the checks
# below ambiguous.
if [ "$(echo "$archive" | wc -l)" -ne 1 ]; then
  echo "Expected one package, found: $archive" >&2
  exit 1
fi

listing=$(unzip -p "$archive" '*.jsii.tgz' | tar -tzf -)
for shipped in index.js THIRD-PARTY-LICENSES.txt; do
  if ! grep -qx "package/assets/notifier/$shipped" <<<"$listing"; then
    echo "$archive: its npm tarball lacks assets/notifier/$shipped" >&2
    exit 1
  fi
done
echo "$archive: RootActivityMonitor and the notifier bundle are in place"
