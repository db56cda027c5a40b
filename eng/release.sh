#!/usr/bin/env bash
# Makes IDocBook's release archives: for each runtime, a self-contained `idocbook` (no .NET needed)
# with its fonts and their licences, then SHA256SUMS over the archives.
#
#   eng/release.sh [OUT] [RID ...]     defaults: artifacts/release, linux-x64 win-x64 osx-arm64
#
# The archive for this machine's own platform holds a native program (Native AOT), the others
# ReadyToRun code with the .NET runtime (see src/IDocBook.Cli/IDocBook.Cli.csproj).
#
# Archives are reproducible: entries sorted, owners and times fixed to SOURCE_DATE_EPOCH (else the
# last commit's time), gzip without a name or time. Needs the .NET 10 SDK, tar, gzip, zip, sha256sum,
# and for the native program clang and zlib (apt-get install clang zlib1g-dev).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-artifacts/release}
shift || true
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 win-x64 osx-arm64)

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
version=$(dotnet msbuild src/IDocBook.Cli/IDocBook.Cli.csproj -getProperty:Version -nologo)
mkdir -p "$out"
out=$(cd "$out" && pwd)
# Staged beside the archives, not in /tmp: three self-contained publishes need some 600 MB, more
# than a small tmpfs holds.
staging=$(mktemp -d "$out/../release-staging.XXXXXX")
trap 'rm -rf "$staging"' EXIT

for rid in "${rids[@]}"; do
  name="idocbook-$version-$rid"
  echo "== $name"
  dotnet publish src/IDocBook.Cli -c Release -r "$rid" -o "$staging/$name" -nologo
  cp README.md "$staging/$name/README.md"
  # Debug symbols are for developers, not readers of books.
  find "$staging/$name" \( -name '*.pdb' -o -name '*.dbg' \) -delete
  find "$staging/$name" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  (
    cd "$staging"
    case "$rid" in
      win-*)
        rm -f "$out/$name.zip"
        find "$name" -print | LC_ALL=C sort | zip -q -X -D "$out/$name.zip" -@
        ;;
      *)
        tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -cf - "$name" | gzip -n -9 > "$out/$name.tar.gz"
        ;;
    esac
  )
done

(cd "$out" && find . -maxdepth 1 -name 'idocbook-*' \( -name '*.tar.gz' -o -name '*.zip' \) -printf '%f\n' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
echo "wrote $(ls "$out" | tr '\n' ' ')to $out"
