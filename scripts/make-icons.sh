#!/usr/bin/env bash
# Draws the console's icon as PNGs for the hicolor theme (16…256 px) from the same shapes as
# resources/linux/icons/hicolor/scalable/apps/org.threerings.ThreeRings.svg: a handset inside three rings.
# ImageMagick's own drawing is used, so no SVG renderer is needed. The PNGs are committed; run this
# after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/linux/icons/hicolor"
convert=/usr/bin/convert
[[ -x "$convert" ]] || convert=$(command -v convert)
name=org.threerings.ThreeRings
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$convert" -size 256x256 xc:none \
    -fill '#1f6f5c' -draw 'roundrectangle 8,8 248,248 48,48' \
    -fill none -strokewidth 12 \
    -stroke 'rgba(255,255,255,0.45)' -draw 'circle 128,128 128,28' \
    -stroke 'rgba(255,255,255,0.7)' -draw 'circle 128,128 128,50' \
    -stroke '#ffffff' -draw 'circle 128,128 128,72' \
    -stroke none -fill '#ffd54f' \
    -draw "path 'M103 98c4-4 10-4 13 0l9 11c3 4 3 9-1 12l-6 5c3 8 10 15 18 18l5-6c3-4 8-4 12-1l11 9c4 3 4 9 0 13l-7 7c-5 5-13 6-20 3-21-9-37-25-46-46-3-7-2-15 3-20z'" \
    "$tmp/256.png"
for s in 16 32 48 64 128 256; do
    mkdir -p "${s}x${s}/apps"
    "$convert" "$tmp/256.png" -resize "${s}x${s}" -strip -depth 8 "${s}x${s}/apps/$name.png"
done
echo "icons written to $(pwd)"
