#!/usr/bin/env bash
# macOS: wrap dist/Territoria.app (built by packaging/build_bundle.py on a Mac, from the BUNDLE
# step of packaging/territoria.spec) into a compressed disk image with an /Applications link.
#   bash packaging/macos/make_dmg.sh VERSION [DIST]
# Needs hdiutil (macOS only). Sign and notarise the .app before this step when the agency
# has an Apple Developer ID (codesign --deep --options runtime; xcrun notarytool submit).
set -euo pipefail
version=${1:?usage: make_dmg.sh VERSION [DIST]}
dist=${2:-dist}
app="$dist/Territoria.app"
[[ -d $app ]] || { echo "introuvable : $app (lancez d'abord packaging/build_bundle.py)" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Territoria $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov \
  "$dist/Territoria-$version.dmg"
echo "Image disque : $dist/Territoria-$version.dmg"
