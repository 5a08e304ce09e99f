#!/usr/bin/env bash
# Regenerates every generated file from proto/ with buf (local plugins only) and
# rewrites the shared codec test vectors. Deterministic: running it twice yields
# identical files, which is what the CI "generated code is current" check relies on.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .tools/bin/protoc-gen-go ] || bash scripts/setup.sh
# buf's `clean` option would also wipe hand-written files that share an output
# root (sdks/python/src), so remove exactly the generated trees instead.
rm -rf packages/protocol/src/gen sdks/go/internal/gen sdks/python/src/zerorelay/v1
rm -rf conformance/src/gen sdks/go/internal/gen/zerorelay/conformance sdks/python/src/zerorelay/conformance
npx buf generate
# The conformance harness messages get their own template: they must stay out of the
# wire-protocol bundle (packages/protocol/src/gen) that browsers load.
npx buf generate --template buf.gen.conformance.yaml
npx tsx scripts/gen-vectors.ts
