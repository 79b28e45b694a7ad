#!/usr/bin/env bash
# Refreshes the vendored copy of Logto's published OpenAPI documents and the recorded exchanges
# with a real Logto server. Tests and type generation read the vendored copy, so a clean clone
# works on its own; run this when the reference material is updated.
set -euo pipefail
src=${1:-../shared/logto}
dest=emulator/fixtures/logto
mkdir -p "$dest/openapi" "$dest/recorded"
cp "$src/openapi/user.openapi.json" "$src/openapi/openid-configuration.json" "$src/openapi/management.openapi.json" "$dest/openapi/"
cp "$src"/recorded/*.json "$src/recorded/FINDINGS.md" "$dest/recorded/"
chmod -R u+w "$dest"
npm run gen:api
