#!/usr/bin/env bash
# Runs Ace by DAISY 1.4.6 on EPUBs and fails on any violation, listing them.
#   eng/ace.sh BOOK.epub...
# Ace is installed once into ACE_HOME (default: .ace/, which git ignores) from the npm registry;
# it drives Debian's Chromium (apt-get install chromium), never a browser of its own: Ace launches
# puppeteer with --no-sandbox, puppeteer adds --disable-background-networking and
# --disable-component-update, and the wrapper below adds what a closed network needs besides.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ace_home=${ACE_HOME:-$here/.ace}
if [ ! -x "$ace_home/node_modules/.bin/ace-cli" ]; then
  mkdir -p "$ace_home"
  # No install scripts run: puppeteer's would download a browser.
  (cd "$ace_home" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --ignore-scripts --loglevel=error @daisy/ace-cli@1.4.6 >/dev/null)
fi
browser=${CHROMIUM:-/usr/bin/chromium}
[ -x "$browser" ] || { echo "no Chromium at $browser: apt-get install chromium"; exit 1; }
wrapper="$ace_home/chromium"
cat > "$wrapper" <<WRAP
#!/bin/sh
exec "$browser" --disable-gpu --no-first-run --no-default-browser-check --disable-sync --disable-domain-reliability --metrics-recording-only "\$@"
WRAP
chmod +x "$wrapper"
export PUPPETEER_EXECUTABLE_PATH="$wrapper"
status=0
for epub in "$@"; do
  out=$(mktemp -d)
  "$ace_home/node_modules/.bin/ace-cli" --silent --force --timeout 120000 --outdir "$out" "$epub" || true
  if [ ! -f "$out/report.json" ]; then echo "Ace wrote no report for $epub"; status=1; continue; fi
  node -e '
    const r = require(process.argv[1]);
    const found = r.assertions.flatMap(a => a.assertions.map(b => `  ${b["earl:test"]["earl:impact"]} ${b["earl:test"]["dct:title"]} in ${a["earl:testSubject"].url}: ${b["earl:result"]["dct:description"]}`));
    console.log(`${process.argv[2]}: Ace ${r["earl:result"]["earl:outcome"]}, ${found.length} violation(s)`);
    for (const f of found) console.log(f);
    process.exit(found.length === 0 ? 0 : 1);
  ' "$out/report.json" "$epub" || status=1
  rm -rf "$out"
done
exit $status
