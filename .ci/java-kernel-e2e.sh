#!/usr/bin/env bash
# End-to-end test of the Java kernel with ppl4j built in (issue 22), beside .ci/notebook-e2e.sh
# (the .ppl kernel's):
#   1. installs the Java kernel spec into a temporary Jupyter path (`ppl kernel install --java
#      --prefix`; the spec points at notebook/target/ppl4j-notebook.jar, built by `mvn package`);
#   2. runs jupyter_kernel_test against it (.ci/notebook/test_java_kernel.py);
#   3. executes examples/notebooks/java/*.ipynb (Java DSL cells and %%ppl cells) with
#      `nbconvert --execute` and checks their outputs (.ci/notebook/check_java_notebook.py):
#      no error, the posterior displays (HTML table, SVG), the means against the exact answer.
# Jupyter comes from Debian's packages (.ci/notebook-e2e.sh installs them when missing).
# Usage: .ci/java-kernel-e2e.sh [--update]   (--update writes the executed notebooks back)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
UPDATE=${1:-}

if ! "$PY" -c 'import nbclient, nbconvert, jupyter_client, jupyter_kernel_test' 2>/dev/null; then
  echo "java-kernel-e2e: installing Jupyter from Debian packages"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    jupyter-client jupyter-nbconvert python3-nbclient python3-jupyter-kernel-test >/dev/null
fi
if [ ! -f notebook/target/ppl4j-notebook.jar ]; then
  echo "java-kernel-e2e: notebook/target/ppl4j-notebook.jar is missing (run mvn package first)"
  exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

./ppl kernel install --java --prefix "$WORK/prefix"
export JUPYTER_PATH="$WORK/prefix/share/jupyter"
export JUPYTER_DATA_DIR="$WORK/data" JUPYTER_CONFIG_DIR="$WORK/config" JUPYTER_RUNTIME_DIR="$WORK/runtime"
export JUPYTER_PLATFORM_DIRS=0 PYDEVD_DISABLE_FILE_VALIDATION=1
specs=$("$PY" -m jupyter_client.kernelspecapp list 2>&1) || true
if ! grep -q "^ *ppl4j-java  *$WORK/prefix" <<<"$specs"; then
  echo "$specs"
  echo "java-kernel-e2e: kernel 'ppl4j-java' not found by Jupyter in $WORK/prefix"
  exit 1
fi

echo "java-kernel-e2e: jupyter_kernel_test"
# As in notebook-e2e.sh: a failure (a timing-out output on a loaded machine) is printed and the
# suite run again once; a kernel that is wrong fails both runs.
if ! "$PY" .ci/notebook/test_java_kernel.py -v >"$WORK/kernel-test.log" 2>&1; then
  tail -n 60 "$WORK/kernel-test.log"
  echo "java-kernel-e2e: jupyter_kernel_test failed; running it again once"
  if ! "$PY" .ci/notebook/test_java_kernel.py -v >"$WORK/kernel-test.log" 2>&1; then
    tail -n 60 "$WORK/kernel-test.log"
    echo "java-kernel-e2e: jupyter_kernel_test FAILED twice"
    exit 1
  fi
fi
grep -E '^test_|^Ran|^OK' "$WORK/kernel-test.log"

echo "java-kernel-e2e: executing examples/notebooks/java"
mkdir -p "$WORK/out"
for nb in examples/notebooks/java/*.ipynb; do
  if ! (cd "$(dirname "$nb")" && "$PY" -m nbconvert --to notebook --execute --allow-errors \
      --ExecutePreprocessor.kernel_name=ppl4j-java --ExecutePreprocessor.timeout=120 \
      --output-dir "$WORK/out" "$(basename "$nb")" >"$WORK/nbconvert.log" 2>&1); then
    tail -n 40 "$WORK/nbconvert.log"
    echo "java-kernel-e2e: executing $nb FAILED"
    exit 1
  fi
done
"$PY" .ci/notebook/check_java_notebook.py "$WORK"/out/*.ipynb
if [ "$UPDATE" = "--update" ]; then
  cp "$WORK"/out/*.ipynb examples/notebooks/java/
  echo "java-kernel-e2e: executed notebooks written to examples/notebooks/java/"
fi
echo "java-kernel-e2e: PASSED"
