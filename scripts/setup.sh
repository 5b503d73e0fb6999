#!/usr/bin/env bash
# One-command set-up for a fresh Debian 12 / Node 20 machine, then the main job.
#   bash scripts/setup.sh            set up, then check, lint, report (FY2024) and export the bundled plans
#   bash scripts/setup.sh --no-main  set up only (used by .ci/run before the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

run_main=1
[ "${1:-}" = "--no-main" ] && run_main=0

step() { printf '\n== %s\n' "$*"; }

# 1. System packages: Chromium for PDF reports, CJK fonts so Japanese never renders as tofu,
#    poppler-utils to look at rendered pages. Installed only when root and missing.
apt_pkgs=(chromium fonts-noto-cjk fonts-ipaexfont poppler-utils)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "note: not root (or no apt-get); please install: ${missing[*]}" >&2
  fi
fi

# 2. pnpm 10 (corepack cannot verify registry signatures here, so npm installs it).
if ! command -v pnpm >/dev/null || [ "$(pnpm --version | cut -d. -f1)" != 10 ]; then
  step "npm install -g pnpm@10"
  npm install -g pnpm@10 --silent
fi

# 3. Dependencies exactly as locked, then the build (type-check everything, schemas up to date).
step "pnpm install --frozen-lockfile"
pnpm install --frozen-lockfile --reporter=silent
step "pnpm build"
pnpm -s build

# 4. The main job on the bundled plans.
if [ "$run_main" = 1 ]; then
  step "keikaku check (all bundled plans)"
  pnpm -s keikaku check
  step "keikaku lint (draft profile): the documents' own defects, kept in the plans on purpose"
  # The seeds encode their documents' defects (e.g. 旭川's target year equal to its baseline year), so
  # lint exits 1 here by design; only a usage or internal error (exit 2 or more) stops the set-up.
  lint_exit=0
  pnpm -s keikaku lint || lint_exit=$?
  if [ "$lint_exit" -ge 2 ]; then exit "$lint_exit"; fi
  step "keikaku report --all --fy 2024 → reports/<plan>/report-2024.{pdf,html,csv,json}"
  pnpm -s keikaku report --all --fy 2024 --out reports
  step "keikaku export --all → reports/<plan>/plan.json, indicators.csv"
  pnpm -s keikaku export --all --out reports
fi
