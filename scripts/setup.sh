#!/usr/bin/env bash
# Installs everything the tests and the code generators need, idempotently:
# npm packages (from package-lock.json), the pinned Go protoc plugin, Go modules,
# and a Python virtualenv with the pinned tools. Safe to run again; each step is
# skipped when its inputs have not changed since the last successful run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STAMPS=$ROOT/.cache/setup
mkdir -p "$STAMPS"

say() { printf '[setup] %s\n' "$*"; }

# stale NAME FILE...: true when the stamp for NAME is missing or older than any FILE.
stale() {
  local stamp=$STAMPS/$1
  shift
  [ -f "$stamp" ] || return 0
  for f in "$@"; do [ "$f" -nt "$stamp" ] && return 0; done
  return 1
}
stamp() { touch "$STAMPS/$1"; }

# --- Debian packages (apt) ---------------------------------------------------------
APT_PACKAGES=(chromium redis-server)
need_apt=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p"); done
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# --- Node ---------------------------------------------------------------------------
if [ ! -d node_modules ] || stale npm package-lock.json package.json; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  stamp npm
fi

# --- Go -----------------------------------------------------------------------------
PROTOC_GEN_GO_VERSION=v1.36.12
if [ ! -x .tools/bin/protoc-gen-go ] || ! .tools/bin/protoc-gen-go --version 2>/dev/null | grep -q "${PROTOC_GEN_GO_VERSION}"; then
  say "go install protoc-gen-go@${PROTOC_GEN_GO_VERSION}"
  GOBIN=$ROOT/.tools/bin go install "google.golang.org/protobuf/cmd/protoc-gen-go@${PROTOC_GEN_GO_VERSION}"
fi
if stale go sdks/go/go.mod sdks/go/go.sum; then
  say "go mod download"
  (cd sdks/go && go mod download)
  stamp go
fi

# --- Python -------------------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  say "python3 -m venv .venv"
  python3 -m venv .venv
  rm -f "$STAMPS/python"
fi
if stale python sdks/python/requirements-dev.txt sdks/python/pyproject.toml; then
  say "pip install -r sdks/python/requirements-dev.txt"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r sdks/python/requirements-dev.txt
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e sdks/python
  stamp python
fi
say "ready"
