#!/usr/bin/env bash
# Fails unless the npm tarball holds each function's bundle with its licences, the
# declare-root-use command (package.json `bin`) runnable as it is linked, and
# nothing users do not need: a new top-level file or folder must be shipped or
# ignored on purpose (.projenrc.ts, addPackageIgnore).
set -euo pipefail
tarball=$(ls dist/js/*.tgz)
contents=$(tar -tzf "$tarball")
for needed in assets/{notifier,coverage,posture}/{index.js,THIRD-PARTY-LICENSES.txt}; do
  grep -qx "package/$needed" <<<"$contents" || { echo "$tarball lacks $needed" >&2; exit 1; }
done
# npm links a bin file as it is: it must name its interpreter and be executable
# (npm pack keeps the mode the build gave it).
cli=assets/cli/declare-root-use.js
for needed in "$cli" assets/cli/THIRD-PARTY-LICENSES.txt; do
  grep -qx "package/$needed" <<<"$contents" || { echo "$tarball lacks $needed" >&2; exit 1; }
done
[ "$(tar -xzOf "$tarball" "package/$cli" | head -n 1)" = '#!/usr/bin/env node' ] || { echo "$tarball: $cli lacks its #!/usr/bin/env node line" >&2; exit 1; }
[[ "$(tar -tvzf "$tarball" "package/$cli")" == -rwxr-xr-x* ]] || { echo "$tarball: $cli is not mode 0755" >&2; exit 1; }
shipped='^package/(lib/.*\.(js|d\.ts)|assets/(notifier|coverage|posture|cli)/[^/]+|\.jsii|\.jsii\.tabl\.json|API\.md|CHANGELOG\.md|LICENSE|README\.md|package\.json)$'
unexpected=$(grep -Ev "$shipped" <<<"$contents" || true)
if [ -n "$unexpected" ]; then
  printf '%s should not ship:\n%s\n' "$tarball" "$unexpected" >&2
  exit 1
fi
echo "$tarball: $(wc -l <<<"$contents") files, all of them meant for users"
