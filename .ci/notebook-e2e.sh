#!/usr/bin/env bash
# End-to-end test of the Jupyter kernel for .ppl (issue 9):
#   1. installs Jupyter from Debian's packages when it is missing (offline-capable, no pip);
#   2. installs the .ppl kernel spec into a temporary Jupyter path (`ppl kernel install --prefix`);
#   3. runs jupyter_kernel_test against it (.ci/notebook/test_ppl_kernel.py);
#   4. executes examples/notebooks/*.ipynb with `nbconvert --execute` and checks that every
#      program cell shows a summary table and an SVG plot, and that no cell failed.
# Usage: .ci/notebook-e2e.sh [--update]   (--update writes the executed notebooks back in place)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
UPDATE=${1:-}

if ! "$PY" -c 'import nbclient, nbconvert, jupyter_client, jupyter_kernel_test' 2>/dev/null; then
  echo "notebook-e2e: installing Jupyter from Debian packages"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    jupyter-client jupyter-nbconvert python3-nbclient python3-jupyter-kernel-test >/dev/null
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The kernel's class path: the runner module and its dependencies, from the reactor's build.
mvn -B -q -pl runner -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$WORK/deps.txt" >"$WORK/mvn.log" 2>&1 || { cat "$WORK/mvn.log"; exit 1; }
CP="$PWD/runner/target/classes:$(cat "$WORK/deps.txt")"

java -cp "$CP" org.ppl4j.runner.kernel.KernelCommand install --prefix "$WORK/prefix"
export JUPYTER_PATH="$WORK/prefix/share/jupyter"
export JUPYTER_DATA_DIR="$WORK/data" JUPYTER_CONFIG_DIR="$WORK/config" JUPYTER_RUNTIME_DIR="$WORK/runtime"
export JUPYTER_PLATFORM_DIRS=0 PYDEVD_DISABLE_FILE_VALIDATION=1
"$PY" -m jupyter_client.kernelspecapp list 2>/dev/null | grep -q ' ppl ' \
  || { echo "notebook-e2e: kernel 'ppl' not found by Jupyter"; exit 1; }

echo "notebook-e2e: jupyter_kernel_test"
"$PY" .ci/notebook/test_ppl_kernel.py -v 2>&1 | tail -n 30
status=${PIPESTATUS[0]}
[ "$status" = 0 ] || { echo "notebook-e2e: jupyter_kernel_test FAILED"; exit 1; }

echo "notebook-e2e: executing examples/notebooks"
mkdir -p "$WORK/out"
for nb in examples/notebooks/*.ipynb; do
  (cd "$(dirname "$nb")" && "$PY" -m nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=ppl --ExecutePreprocessor.timeout=120 \
    --output-dir "$WORK/out" "$(basename "$nb")" 2>&1 | tail -n 3)
done
"$PY" .ci/notebook/check_notebooks.py "$WORK"/out/*.ipynb
if [ "$UPDATE" = "--update" ]; then
  cp "$WORK"/out/*.ipynb examples/notebooks/
  echo "notebook-e2e: executed notebooks written to examples/notebooks/"
fi
echo "notebook-e2e: PASSED"
