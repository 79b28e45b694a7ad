#!/usr/bin/env bash
# Uploads dist/ to an S3 bucket behind CloudFront with the right Cache-Control on each object,
# then asks CloudFront to drop its copies of the files that are not content-hashed.
# Usage: BUCKET=my-bucket DISTRIBUTION=E123ABC bash deploy/s3-cloudfront/upload.sh
set -euo pipefail
: "${BUCKET:?set BUCKET}" "${DISTRIBUTION:?set DISTRIBUTION}"

# Content-hashed files first, so no index.html ever names an asset that is not there yet.
aws s3 sync dist/assets "s3://$BUCKET/assets" --exclude "*.gz" --exclude "*.br" --cache-control "public, max-age=31536000, immutable"
aws s3 sync dist "s3://$BUCKET" --exclude "assets/*" --exclude "*.gz" --exclude "*.br" --cache-control "no-cache" --delete
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION" --paths "/index.html" "/404.html" "/config.json" "/embed/*" "/"
