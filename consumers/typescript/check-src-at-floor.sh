#!/usr/bin/env bash
# Type-checks the library's src/ against the aws-cdk-lib and constructs that
# 'run.sh floor …' installed (tsconfig.floor-src.json). jsii compiles src/
# against the current release, so only this catches a use of an API newer
# than the peer range's floor. Guarded uses are listed in floor-src-allowed.txt.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ ! -d "$here/.work/floor/node_modules/aws-cdk-lib" ]; then
  echo "The floor is not installed: run 'consumers/typescript/run.sh floor <versions>' first." >&2
  exit 1
fi
cd "$root"

if report=$(node_modules/.bin/tsc -p consumers/typescript/tsconfig.floor-src.json --pretty false); then
  echo "src/ type-checks against the floor"
  exit 0
fi

allowed=$(grep -v -e '^#' -e '^$' "$here/floor-src-allowed.txt" | paste -sd '|' - || true)
# An empty list allows nothing (an empty pattern would match every line).
[ -n "$allowed" ] || allowed='^$'
# An error is a line starting with its file; indented lines continue it.
unexpected=$(awk -v allowed="$allowed" '/^[^ ]/ { keep = ($0 !~ allowed) } keep' <<<"$report")
if [ -n "$unexpected" ]; then
  echo "src/ uses aws-cdk-lib or constructs APIs that the peer range's floor lacks:" >&2
  echo "$unexpected" >&2
  exit 1
fi
echo "src/ type-checks against the floor, apart from the guarded uses in floor-src-allowed.txt:"
echo "$report"
