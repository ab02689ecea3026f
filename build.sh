#!/usr/bin/env bash
# Objection's one entry point.
#   ./build.sh          build and package the extension (installs what is missing)
#   ./build.sh test     build, then run every test suite
#   ./build.sh demo     open the demo pages under Meta's hostnames with the extension loaded
#   ./build.sh bench    print size and speed figures
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
DIST=$ROOT/dist
EXT=$DIST/extension
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\n== %s\n' "$*"; }

# The wasm-bindgen CLI must match the crate's pinned version exactly.
bindgen_version() { sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml; }

ensure_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  local want; want=$(bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (a few minutes, once)"
    # Not --locked: the registry lacks one locked transitive version.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_npm() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package.json -nt node_modules/.package-lock.json ]; then
    log "installing npm tools"
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  fi
}

ensure_browsers() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  # Chromium's own translations: the tests check the banner follows the UI language.
  [ -d /usr/lib/chromium/locales ] && [ -e /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build() {
  ensure_rust
  ensure_npm
  log "compiling the core to WebAssembly"
  cargo build --release --target wasm32-unknown-unknown --lib
  rm -rf "$EXT"
  mkdir -p "$EXT/core"
  wasm-bindgen --target web --no-typescript --experimental-reset-state-function --out-dir "$EXT/core" --out-name objection \
    target/wasm32-unknown-unknown/release/objection.wasm
  log "shrinking with wasm-opt -Oz"
  wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$EXT/core/objection_bg.wasm" -o "$EXT/core/objection_bg.wasm"
  cp -r extension/. "$EXT/"
  cp manifest.json "$EXT/manifest.json"
  log "packaging"
  web-ext build --source-dir "$EXT" --artifacts-dir "$DIST" --overwrite-dest --filename "objection-{version}.zip" >/dev/null
  ls -l "$DIST"/*.zip "$EXT/core/objection_bg.wasm" | awk '{print $5, $9}'
}

# Tests run with their own temporary folder, removed at the end.
with_tmp() {
  export TMPDIR="$ROOT/tests/.tmp"
  rm -rf "$TMPDIR"; mkdir -p "$TMPDIR"
  trap 'rm -rf "$ROOT/tests/.tmp"' EXIT
}

run_tests() {
  ensure_browsers
  build
  with_tmp
  log "native tests of the core"
  cargo test --locked
  log "WebAssembly tests of the bindings (headless Chromium)"
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --locked --target wasm32-unknown-unknown --test wasm
  log "web-ext lint"
  node tests/e2e/lint.mjs "$EXT"
  log "end-to-end tests in Chromium and Firefox"
  node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
}

case "${1:-build}" in
  build) build ;;
  test) run_tests ;;
  demo) ensure_browsers; build; node tests/e2e/demo.mjs "$EXT" ;;
  bench) ensure_browsers; build; with_tmp; cargo bench --bench core --locked
    CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=600 cargo bench --locked --target wasm32-unknown-unknown --bench wasm
    node tests/e2e/bench.mjs "$EXT" ;;
  *) echo "usage: $0 [build|test|demo|bench]" >&2; exit 2 ;;
esac
