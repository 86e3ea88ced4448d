#!/usr/bin/env bash
# The GPU check of issue 6, for a GPU machine with no Java and no network. Prepare on a build
# machine with pfn/gpu/prepare.sh, then run through the device tool:
#   command: bash pfn/gpu/check.sh      carry: ["pfn/gpu/dist"]
# It runs every gpu-tagged test, the GEMM and training-step benchmarks (and PyTorch's on the same
# card when python3 has torch), and a GPU training run of the GP prior (GPU_CHECK_MINUTES, 5 by
# default) with its NLL table, then prints one summary table. Logs go to $OUT (or
# /tmp/gpu-check). On a machine without a GPU it says so; the tests are then skipped.
# Extra options for the GP run: GPU_CHECK_GP_ARGS, e.g. "--batch 128 --lr 5e-4".
set -uo pipefail
cd "$(dirname "$0")/../.."
dist=pfn/gpu/dist
logs="${OUT:-/tmp/gpu-check}"
mkdir -p "$logs"
minutes="${GPU_CHECK_MINUTES:-5}"
java="$dist/jre/bin/java"
if [[ ! -x "$java" ]]; then
  echo "no $java: run pfn/gpu/prepare.sh on a machine with Java and Maven, and carry pfn/gpu/dist"
  exit 2
fi
cp="$dist/test-classes$(printf ':%s' "$dist"/lib/*.jar)"
start=$(date +%s)
elapsed() { echo "$(( $(date +%s) - start )) s"; }

card="$(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null | head -1)"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), GPU: ${card:-none found by nvidia-smi}"

echo "## gpu tests ($(elapsed))"
"$java" -jar "$dist"/lib/junit-platform-console-standalone-*.jar execute \
  --class-path "$cp" --scan-class-path "$dist/test-classes" --include-tag gpu \
  --include-engine junit-jupiter --disable-banner --disable-ansi-colors --details=tree 2>&1 | tee "$logs/gpu-tests.txt"
tests_rc=${PIPESTATUS[0]}
tests_line="$(grep -E '^\[ +[0-9]+ tests (successful|failed|skipped|aborted)' "$logs/gpu-tests.txt" \
  | tr -s ' []' ' ' | sed 's/^ //; s/ $//' | paste -sd, - | sed 's/,/, /g')"

echo "## java benchmarks ($(elapsed))"
"$java" -cp "$cp" org.ppl4j.bench.pfn.GpuBenchmark 2>&1 | tee "$logs/java-bench.txt"
bench_rc=${PIPESTATUS[0]}

echo "## pytorch reference ($(elapsed))"
if command -v python3 >/dev/null 2>&1; then
  PYTHONUNBUFFERED=1 python3 bench/gpu/torch_bench.py 2>&1 | tee "$logs/torch-bench.txt"
else
  echo "no python3" | tee "$logs/torch-bench.txt"
fi

if [[ $bench_rc -eq 0 ]]; then
  echo "## GP prior: ${minutes}-minute GPU training and NLL table ($(elapsed))"
  # shellcheck disable=SC2086
  "$java" -cp "$cp" org.ppl4j.bench.pfn.DeviceGpEvaluation --device gpu \
    --minutes "$minutes" ${GPU_CHECK_GP_ARGS:-} 2>&1 | tee "$logs/gp-nll.txt"
else
  echo "no usable GPU: skipping the GP training run" | tee "$logs/gp-nll.txt"
fi

value() { grep -h "^RESULT $1 " "$logs"/*.txt 2>/dev/null | tail -1 | cut -d' ' -f3; }
ratio() {
  if [[ -n "$1" && -n "$2" ]]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; fi
}
row() { printf '%-52s %10s %10s %7s\n' "$1" "${2:--}" "${3:--}" "${4:--}"; }
{
  echo
  echo "# GPU check, $(date -u '+%Y-%m-%d'), ${card:-no GPU}, $(elapsed)"
  echo "gpu tests: ${tests_line:-none ran} (exit $tests_rc)"
  row "figure" "ppl4j" "PyTorch" "ratio"
  row "GEMM 4096^3 TF32, TFLOP/s" "$(value gemm_tf32_tflops)" "$(value torch_gemm_tf32_tflops)" \
    "$(ratio "$(value gemm_tf32_tflops)" "$(value torch_gemm_tf32_tflops)")"
  row "GEMM 4096^3 fp32, TFLOP/s" "$(value gemm_fp32_tflops)" "$(value torch_gemm_fp32_tflops)" \
    "$(ratio "$(value gemm_fp32_tflops)" "$(value torch_gemm_fp32_tflops)")"
  row "GEMM 4096^3 bf16 (PyTorch only), TFLOP/s" "" "$(value torch_gemm_bf16_tflops)" ""
  row "PFN train steps/s (d256 L6 H4 F512 T256 K1000 B64)" "$(value pfn_steps_per_s)" \
    "$(value torch_pfn_steps_per_s)" \
    "$(ratio "$(value pfn_steps_per_s)" "$(value torch_pfn_steps_per_s)")"
  row "  PyTorch with TF32 off" "" "$(value torch_pfn_steps_per_s_fp32)" ""
  row "GP ${minutes}-min run: steps" "$(value gp_train_steps)" "" ""
  row "GP ${minutes}-min run: mean NLL gap to exact GP" "$(value gp_mean_gap_nats)" "" ""
  grep -A8 '^ *n  *exact GP' "$logs/gp-nll.txt" 2>/dev/null | grep -v '^RESULT'
} | tee "$logs/summary.txt"
# the exit status is the tests' (0 when they passed or were skipped for want of a GPU)
exit "$tests_rc"
