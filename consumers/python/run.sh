#!/usr/bin/env bash
# Synthesizes app.py as a Python user would: a fresh virtual environment with
# the built wheel (dist/python) and the aws-cdk-lib and constructs versions
# given, installed by pip from PyPI (pip also resolves jsii, typing_extensions
# and the rest of what the wheel requires).
#
# Usage: run.sh <aws-cdk-lib version> <constructs version>
# Creates .venv/, writes the cloud assembly to cdk.out/.
set -euo pipefail

cdk_version=${1:?usage: run.sh <aws-cdk-lib version> <constructs version>}
constructs_version=${2:?constructs version missing}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
wheels=("$root"/dist/python/*.whl)
if [ ! -f "${wheels[0]}" ] || [ ${#wheels[@]} -ne 1 ]; then
  echo "Expected one wheel in dist/python, found: ${wheels[*]}. Run 'npx projen build' (after removing dist/)." >&2
  exit 1
fi

venv=$here/.venv
out=$here/cdk.out
rm -rf "$out"
python3 -m venv --clear "$venv"
echo "[python] pip install aws-cdk-lib==$cdk_version constructs==$constructs_version $(basename "${wheels[0]}")"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "aws-cdk-lib==$cdk_version" "constructs==$constructs_version" "${wheels[0]}"

echo "[python] synth into ${out#"$root"/}"
"$venv/bin/python" "$here/app.py" "$out"
