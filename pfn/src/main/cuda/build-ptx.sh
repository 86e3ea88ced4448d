#!/usr/bin/env bash
# Compiles every CUDA C source beside this script to PTX (nvcc -ptx -arch=compute_80).
# Usage: build-ptx.sh [OUTDIR]   (default: the committed copies in
#        pfn/src/main/resources/org/ppl4j/pfn/tensor/gpu/, which is how they are regenerated)
# Without nvcc on the PATH it says so and exits 0, so a build on a machine without CUDA goes on
# with the committed PTX. A source whose PTX in OUTDIR is newer is not compiled again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../resources/org/ppl4j/pfn/tensor/gpu}"
if ! command -v nvcc >/dev/null 2>&1; then
  echo "build-ptx: nvcc not found; using the committed PTX"
  exit 0
fi
mkdir -p "$out"
for src in "$here"/*.cu; do
  name="$(basename "$src" .cu)"
  ptx="$out/$name.ptx"
  if [[ -f "$ptx" && "$ptx" -nt "$src" ]]; then
    continue
  fi
  nvcc -ptx -arch=compute_80 -o "$ptx.tmp" "$src"
  mv "$ptx.tmp" "$ptx"
  echo "build-ptx: $ptx"
done
