#!/usr/bin/env bash
# Fails unless the npm tarball holds each function's bundle with its licences and
# nothing users do not need: a new top-level file or folder must be shipped or
# ignored on purpose (.projenrc.ts, addPackageIgnore).
set -euo pipefail
tarball=$(ls dist/js/*.tgz)
contents=$(tar -tzf "$tarball")
for needed in assets/{notifier,coverage}/{index.js,THIRD-PARTY-LICENSES.txt}; do
  grep -qx "package/$needed" <<<"$contents" || { echo "$tarball lacks $needed" >&2; exit 1; }
done
shipped='^package/(lib/.*\.(js|d\.ts)|assets/(notifier|coverage)/[^/]+|\.jsii|\.jsii\.tabl\.json|API\.md|CHANGELOG\.md|LICENSE|README\.md|package\.json)$'
unexpected=$(grep -Ev "$shipped" <<<"$contents" || true)
if [ -n "$unexpected" ]; then
  printf '%s should not ship:\n%s\n' "$tarball" "$unexpected" >&2
  exit 1
fi
echo "$tarball: $(wc -l <<<"$contents") files, all of them meant for users"
