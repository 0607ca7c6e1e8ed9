#!/usr/bin/env bash
# Synthesizes app.ts as a TypeScript user would: in a fresh directory, with
# the built npm tarball (dist/js) installed next to the aws-cdk-lib and
# constructs versions given, type-checked, then run.
#
# Usage: run.sh <label> <aws-cdk-lib version> <constructs version>
# Installs into .work/<label>/, writes the cloud assembly to cdk.out/<label>/.
set -euo pipefail

label=${1:?usage: run.sh <label> <aws-cdk-lib version> <constructs version>}
cdk_version=${2:?aws-cdk-lib version missing}
constructs_version=${3:?constructs version missing}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tarballs=("$root"/dist/js/*.tgz)
if [ ! -f "${tarballs[0]}" ] || [ ${#tarballs[@]} -ne 1 ]; then
  echo "Expected one npm tarball in dist/js, found: ${tarballs[*]}. Run 'npx projen build' (after removing dist/)." >&2
  exit 1
fi

work=$here/.work/$label
out=$here/cdk.out/$label
rm -rf "$work" "$out"
mkdir -p "$work"
cp "$here/package.json" "$here/tsconfig.json" "$here/app.ts" "$work/"
cd "$work"

echo "[$label] npm install aws-cdk-lib@$cdk_version constructs@$constructs_version $(basename "${tarballs[0]}")"
npm install --no-audit --no-fund --loglevel=error --save-exact \
  "aws-cdk-lib@$cdk_version" "constructs@$constructs_version" "${tarballs[0]}"

# The work directory sits inside the repository, whose own node_modules holds
# the current aws-cdk-lib: Node falls back to it for anything missing here.
# Prove the app gets the versions asked for, and the library from the tarball.
node -e '
const [cdk, constructs, work] = process.argv.slice(1);
const found = {
  "aws-cdk-lib": require("aws-cdk-lib/package.json").version,
  "constructs": require("constructs/package.json").version,
};
for (const [name, wanted] of [["aws-cdk-lib", cdk], ["constructs", constructs]]) {
  if (found[name] !== wanted) throw new Error(`${name} ${found[name]} loaded, ${wanted} wanted`);
}
const lib = require.resolve("cdk-root-activity-monitor");
if (!lib.startsWith(work + "/node_modules/")) throw new Error(`library loaded from ${lib}`);
' "$cdk_version" "$constructs_version" "$work"

echo "[$label] tsc"
"$root/node_modules/.bin/tsc" -p .

echo "[$label] synth into ${out#"$root"/}"
node app.js "$out"
