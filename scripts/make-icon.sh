#!/bin/sh
# Renders the app icon (build/icon.svg) to the 512x512 build/icon.png electron-builder
# packages; electron-builder derives the .ico and .icns from it. Needs rsvg-convert
# (Debian/Ubuntu: apt-get install librsvg2-bin). Run it after editing the SVG.
set -eu
cd "$(dirname "$0")/.."
rsvg-convert --width 512 --height 512 --format png --output build/icon.png build/icon.svg
