#!/usr/bin/env bash
# Single-thread throughput of the distribution samplers and log densities (millions per
# second, best of 5 rounds after 3 warm-up rounds). Numbers depend on the machine and load.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o compile -pl semantics
java -cp semantics/target/classes bench/dist-sampling/SamplingThroughput.java
