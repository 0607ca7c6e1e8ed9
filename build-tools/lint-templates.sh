#!/usr/bin/env bash
# Lints, as AWS CloudFormation reads them, the templates of every documented
# configuration (what `test:consumers` synthesized) and the member template
# each StackSet passes inline, with cfn-lint from PyPI in a virtual
# environment of its own. Fails on any error; lists warnings.
#
# Warnings explained rather than fixed:
#   W3005 "dependency already enforced by a GetAtt": aws-cdk-lib adds
#         DependsOn on a function's role (and a trail's logs role) beside the
#         GetAtt, so the role's policy exists before the function or trail
#         first uses it. Redundant, harmless, and not ours to remove.
set -euo pipefail
cd "$(dirname "$0")/.."

CFN_LINT_VERSION=1.51.0
dir="${1:-consumers/typescript/cdk.out/current}"
[ -d "$dir" ] || { echo "lint-templates: $dir does not exist; run test:consumers first" >&2; exit 1; }

venv="${XDG_CACHE_HOME:-$HOME/.cache}/cdk-root-activity-monitor/cfn-lint-$CFN_LINT_VERSION"
if [ ! -x "$venv/bin/cfn-lint" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "cfn-lint==$CFN_LINT_VERSION"
fi

# The inline member templates, each in a file of its own.
members="$(mktemp -d)"
trap 'rm -rf "$members"' EXIT
python3 - "$dir" "$members" <<'PY'
import json, pathlib, sys
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in sorted(source.glob('*.template.json')):
    for name, resource in json.loads(path.read_text()).get('Resources', {}).items():
        if resource.get('Type') == 'AWS::CloudFormation::StackSet':
            body = resource['Properties']['TemplateBody']
            body = json.loads(body) if isinstance(body, str) else body
            (target / f'{path.stem}-{name}.member.json').write_text(json.dumps(body))
PY

shopt -s nullglob
templates=("$dir"/*.template.json "$members"/*.member.json)
shopt -u nullglob
echo "cfn-lint $CFN_LINT_VERSION over ${#templates[@]} templates (of which $(ls "$members" | wc -l) StackSet member templates)"
set +e
output=$("$venv/bin/cfn-lint" --regions us-east-1 --format parseable -- "${templates[@]}")
status=$?
set -e
[ -n "$output" ] && echo "$output"
# cfn-lint's exit status is a bit field: 2 errors, 4 warnings, 8 informational.
if (( status & 2 )) || (( status & 1 )); then
  echo "lint-templates: cfn-lint found errors (exit status $status)" >&2
  exit 1
fi
unexplained=$(echo "$output" | grep -oE ':W[0-9]+:' | tr -d ':' | sort -u | grep -vx 'W3005' || true)
if [ -n "$unexplained" ]; then
  echo "lint-templates: warnings neither fixed nor explained in $0: $unexplained" >&2
  exit 1
fi
echo "cfn-lint: 0 errors; $(echo "$output" | grep -c ':W' || true) warnings, all of explained kinds"
