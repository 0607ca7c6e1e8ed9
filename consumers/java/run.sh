#!/usr/bin/env bash
# Synthesizes ConsumerApp as a Java user would: Maven resolves the built jar
# from dist/java (a file:// repository) and aws-cdk-lib, constructs and the
# jsii runtime from Maven Central, compiles the app and runs it.
#
# Usage: run.sh <aws-cdk-lib version> <constructs version>
# Writes the cloud assembly to cdk.out/. MAVEN_REPO_LOCAL overrides the local
# repository (default ~/.m2/repository, which package:java fills too).
set -euo pipefail

cdk_version=${1:?usage: run.sh <aws-cdk-lib version> <constructs version>}
constructs_version=${2:?constructs version missing}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
artifact_dir=$root/dist/java/io/github/cdk-root-activity-monitor/cdk-root-activity-monitor
versions=("$artifact_dir"/*/)
if [ ! -d "${versions[0]}" ] || [ ${#versions[@]} -ne 1 ]; then
  echo "Expected one version in $artifact_dir, found: ${versions[*]}. Run 'npx projen build' (after removing dist/)." >&2
  exit 1
fi
monitor_version=$(basename "${versions[0]}")

# Maven never refreshes a release it already holds locally, and package:java
# installs each build's jar there: drop it so this run takes dist/java's.
repo_local=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
rm -rf "$repo_local/io/github/cdk-root-activity-monitor"

out=$here/cdk.out
rm -rf "$out"
echo "[java] mvn with aws-cdk-lib $cdk_version, constructs $constructs_version, cdk-root-activity-monitor $monitor_version"
mvn --batch-mode --quiet -Dstyle.color=never --file "$here/pom.xml" \
  "-Dmaven.repo.local=$repo_local" \
  "-Dmonitor.version=$monitor_version" \
  "-Dcdk.version=$cdk_version" \
  "-Dconstructs.version=$constructs_version" \
  "-Doutdir=$out" \
  compile exec:exec
echo "[java] synthesized into ${out#"$root"/}"
