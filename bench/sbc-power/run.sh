#!/usr/bin/env bash
# Measures the power of the SBC checks (RankCalibration) at the R and L that
# SimulationBasedCalibrationTest and NutsSbcTest use, against a posterior 20% too narrow and one
# biased by 0.3 sd, and their false-alarm rate; prints one table per test (about a minute).
# The test (SbcPowerTest) fails if either power is below 0.9.
# Usage: bench/sbc-power/run.sh   (from anywhere; Maven offline)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -o -q -B -pl proofs-tests -am test -Dppl.e2e.skip=true -Dppl.sbc.power=true \
  -Dtest=SbcPowerTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.redirectTestOutputToFile=false 2>&1 \
  | sed -n -e 's/.*\(SimulationBasedCalibrationTest: \)/\1/p' -e 's/.*\(NutsSbcTest: \)/\1/p' \
      -e '/^  /p' -e '/FAIL\|ERROR\]/p'
