#!/usr/bin/env bash
# buf breaking (WIRE_JSON rules, see buf.yaml) against the main branch.
# On main itself (as in CI, where the checkout *is* main) comparing against main is
# vacuous, so the parent commit is checked instead: every commit that lands on main
# is then checked against the one before it.
set -euo pipefail
cd "$(dirname "$0")/.."
has_proto() { git cat-file -e "$1:proto/zerorelay/v1" 2>/dev/null; }
checked=0
if git rev-parse --verify -q main >/dev/null && has_proto main; then
  if [ "$(git rev-parse main)" != "$(git rev-parse HEAD 2>/dev/null)" ] || [ -n "$(git status --porcelain -- proto)" ]; then
    echo "buf breaking --against main"
    npx buf breaking --against '.git#branch=main'
    checked=1
  fi
fi
if [ $checked = 0 ] && git rev-parse --verify -q HEAD~1 >/dev/null && has_proto HEAD~1; then
  echo "buf breaking --against HEAD~1 ($(git rev-parse --short HEAD~1))"
  npx buf breaking --against '.git#ref=HEAD~1'
  checked=1
fi
[ $checked = 1 ] || echo "buf breaking: no earlier protocol on main to compare with (first protocol commit)"
