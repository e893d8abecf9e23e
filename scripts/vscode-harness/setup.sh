#!/usr/bin/env bash
# Installs the real-editor test harness: code-server (= a real VS Code with a Node extension host)
# plus playwright-core, into a cache folder outside the project's node_modules, so the project
# itself depends on neither. Headless Debian chromium drives the workbench.
#
#   bash scripts/vscode-harness/setup.sh [HARNESS_DIR]
#
# HARNESS_DIR defaults to $GROUNDED_READER_HARNESS, else ~/.cache/grounded-reader/vscode-harness.
# Idempotent: once installed, a stamp file records the versions and a re-run is a fast no-op.
# Only npm's registry and Debian's packages are used; nothing is downloaded from elsewhere.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3      # = VS Code 1.100.3; code-server 4.96-4.100 run on Node 20
PLAYWRIGHT_CORE_VERSION=1.65.1
# code-server 4.100.3's VS Code depends on @vscode/ripgrep 1.15.11, whose postinstall would fetch
# ripgrep v13.0.0-10 from GitHub; we seed its download cache with Debian's rg instead.
VSCODE_RIPGREP_VERSION=1.15.11
RIPGREP_RELEASE=v13.0.0-10

HARNESS_DIR=${1:-${GROUNDED_READER_HARNESS:-$HOME/.cache/grounded-reader/vscode-harness}}
RUNTIME_PACKAGES=(chromium fonts-liberation)                  # needed to run the harness
# (fonts-liberation is only a "Recommends" of chromium, but screenshots need real fonts)
BUILD_PACKAGES=(libkrb5-dev ripgrep build-essential python3)  # needed only to install it

say() { echo "[vscode-harness] $*"; }
fail() { echo "[vscode-harness] error: $*" >&2; exit 1; }

command -v node >/dev/null || fail "node is not on PATH (Node 20 is required)."
command -v npm >/dev/null || fail "npm is not on PATH."
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" = 20 ] || fail "code-server $CODE_SERVER_VERSION needs Node 20, but 'node' is $(node -v)."
ARCH=$(uname -m)
case "$ARCH" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) fail "unsupported CPU architecture '$ARCH' (x86_64 and aarch64 are supported)." ;;
esac
command -v dpkg-query >/dev/null || fail "this setup needs a Debian/Ubuntu system (dpkg-query not found)."

STAMP_WANTED="code-server=$CODE_SERVER_VERSION playwright-core=$PLAYWRIGHT_CORE_VERSION node=$NODE_MAJOR arch=$ARCH"
STAMP_FILE="$HARNESS_DIR/.harness-stamp"
ENTRY="$HARNESS_DIR/node_modules/code-server/out/node/entry.js"

missing_packages() {  # prints the packages of "$@" that are not installed
  local p
  for p in "$@"; do
    case "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null)" in
      ii*) ;;
      *) echo "$p" ;;
    esac
  done
}

installed() {
  [ -f "$STAMP_FILE" ] && [ "$(cat "$STAMP_FILE")" = "$STAMP_WANTED" ] && [ -f "$ENTRY" ] &&
    [ -f "$HARNESS_DIR/node_modules/playwright-core/package.json" ]
}

ensure_packages() {  # installs the Debian packages of "$@" that are missing
  local need
  mapfile -t need < <(missing_packages "$@")
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "[vscode-harness] error: missing Debian packages: ${need[*]}" >&2
    echo "[vscode-harness] install them as root, then run this again:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  command -v apt-get >/dev/null || fail "missing Debian packages (${need[*]}) and apt-get is not available."
  say "installing Debian packages: ${need[*]}"
  # Lock::Timeout waits for another apt/dpkg run to finish instead of failing at once.
  apt-get -o DPkg::Lock::Timeout=600 update -q ||
    fail "'apt-get update' failed (is Debian's package mirror reachable?)."
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${need[@]}" ||
    fail "'apt-get install ${need[*]}' failed."
  mapfile -t need < <(missing_packages "$@")
  [ ${#need[@]} -eq 0 ] || fail "still missing after apt-get install: ${need[*]}"
}

# Fast path: nothing to do (no lock, no npm).
if installed && [ -z "$(missing_packages "${RUNTIME_PACKAGES[@]}")" ]; then
  say "ready in $HARNESS_DIR ($STAMP_WANTED)"
  exit 0
fi

mkdir -p "$HARNESS_DIR" || fail "cannot create $HARNESS_DIR"
# Serialise concurrent setups (e.g. tests and a screenshot started together).
exec 9>"$HARNESS_DIR/.lock"
if command -v flock >/dev/null && ! flock -n 9; then
  say "another setup is installing into $HARNESS_DIR; waiting for it (up to 15 minutes)"
  flock -w 900 9 || fail "another setup has held $HARNESS_DIR/.lock for more than 15 minutes."
fi

ensure_packages "${RUNTIME_PACKAGES[@]}"
if installed; then  # another process finished the npm part while we waited for the lock
  say "ready in $HARNESS_DIR ($STAMP_WANTED)"
  exit 0
fi
ensure_packages "${BUILD_PACKAGES[@]}"

# A private TMPDIR for the install: it holds the seeded ripgrep cache (@vscode/ripgrep looks in
# os.tmpdir()) and node-gyp's scratch files, and is removed whatever happens.
INSTALL_TMP=$(mktemp -d "${TMPDIR:-/tmp}/grounded-reader-harness-install.XXXXXX")
trap 'rm -rf "$INSTALL_TMP"' EXIT
RG_CACHE="$INSTALL_TMP/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
mkdir -p "$RG_CACHE" "$INSTALL_TMP/rg"
cp "$(command -v rg)" "$INSTALL_TMP/rg/rg"
tar czf "$RG_CACHE/ripgrep-$RIPGREP_RELEASE-$RG_TARGET.tar.gz" -C "$INSTALL_TMP/rg" rg

# Start from a clean slate: a half-finished or older install is not patched up in place.
rm -f "$STAMP_FILE"
rm -rf "$HARNESS_DIR/node_modules" "$HARNESS_DIR/package-lock.json"
cat > "$HARNESS_DIR/package.json" <<EOF
{
  "name": "grounded-reader-vscode-harness",
  "private": true,
  "description": "Installed by scripts/vscode-harness/setup.sh; safe to delete."
}
EOF

LOG="$HARNESS_DIR/install.log"
say "installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_CORE_VERSION into $HARNESS_DIR"
say "(builds native modules; takes about 1-2 minutes; log: $LOG)"
# - code-server's postinstall runs 'npm install' in lib/vscode, where node-pty's postinstall calls
#   'npx node-gyp': npm_config_yes=true keeps npx from asking (and so cancelling).
# - code-server's postinstall refuses to run as root unless npm_config_unsafe_perm=true (npm 11
#   no longer knows that option and warns about it; the script only reads the variable).
# - install scripts must run even if a user's npmrc says otherwise.
# npm 11 also warns about install scripts "not yet covered by allowScripts": harmless.
if ! (cd "$HARNESS_DIR" && TMPDIR="$INSTALL_TMP" npm_config_yes=true npm_config_unsafe_perm=true \
      npm_config_ignore_scripts=false npm_config_update_notifier=false \
      npm install --no-audit --no-fund --save-exact \
      "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION") >"$LOG" 2>&1; then
  echo "----- last 40 lines of $LOG -----" >&2
  tail -n 40 "$LOG" >&2
  fail "npm install of code-server@$CODE_SERVER_VERSION failed; see the full log at $LOG"
fi

[ -f "$ENTRY" ] || fail "code-server installed, but $ENTRY is missing (see $LOG)."
RG_BIN=$(find "$HARNESS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin" -name rg 2>/dev/null | head -1)
[ -n "$RG_BIN" ] || fail "code-server's @vscode/ripgrep has no rg binary (its version may not be $VSCODE_RIPGREP_VERSION any more; see $LOG)."

# Smoke test: code-server starts and reports its version (its state goes to a scratch dir).
VERSION_OUT=$(HOME="$INSTALL_TMP" XDG_CONFIG_HOME="$INSTALL_TMP" XDG_DATA_HOME="$INSTALL_TMP" \
  node "$ENTRY" --version 2>&1) || fail "code-server does not start: $VERSION_OUT"
echo "$VERSION_OUT" | grep -q "^$CODE_SERVER_VERSION " ||
  fail "unexpected 'code-server --version' output: $VERSION_OUT"

echo "$STAMP_WANTED" > "$STAMP_FILE"
say "ready in $HARNESS_DIR: code-server $(echo "$VERSION_OUT" | tail -1)"
