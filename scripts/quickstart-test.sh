#!/usr/bin/env bash
# Runs the README's quick start (the fenced block marked ```bash quickstart) against a running RecomEngine at $RE
# (default http://localhost:8080) and checks that it succeeds and ends with recommendations, then the module guides'
# examples marked ```bash run in the same shell. `make test` runs it
# through the dashboard's browser tests (dashboard/test/quickstart.test.mjs), against their app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export RE="${RE:-http://localhost:8080}"
if ! command -v jq >/dev/null; then
  echo "Installing jq (Debian), which the quick start uses ..."
  (apt-get update -qq && apt-get install -y -qq jq) >/dev/null \
    || { echo "Could not install jq: apt-get install -y jq" >&2; exit 1; }
fi
block="$(awk '/^```bash quickstart$/ { inside = 1; next } inside && /^```$/ { exit } inside' "$root/README.md")"
if [[ -z $block ]]; then
  echo "README.md has no \`\`\`bash quickstart block" >&2
  exit 1
fi
# Then the module guides' examples marked ```bash run, in the same shell (they use its variables).
docs=""
for guide in events catalog analytics; do
  docs+="$(awk '/^```bash run$/ { inside = 1; next } inside && /^```$/ { inside = 0; print ""; next } inside' \
    "$root/docs/$guide.md")"$'\n'
done
block+=$'\necho "=== docs ==="\n'"$docs"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
if ! bash -eo pipefail -c "$block" >"$out" 2>&1; then
  cat "$out"
  echo "FAILED: the README's quick start stopped with an error (output above)" >&2
  exit 1
fi
cat "$out"
# The quick start's last two answers are recommendations: each must name products.
items=$(sed '/^=== docs ===$/,$d' "$out" | grep -c '"productId"' || true)
if (( items < 2 )); then
  echo "FAILED: the README's quick start printed no recommendations" >&2
  exit 1
fi
echo "The README's quick start ran: $items recommended items printed; the examples of docs/events.md, docs/catalog.md and docs/analytics.md ran after it."
