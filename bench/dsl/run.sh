#!/usr/bin/env bash
# Forward samples per second of the Java DSL Bayesian linear regression with 100 data points:
# prior draws of slope, intercept and sigma, then 100 simulated outputs, through Sampler.draw.
# Prints a table: the monadic DSL form and the direct-style form of the same model, each the
# median of 5 timed rounds (after a warm-up round) per CPU second of the whole process (GC and
# JIT included; robust to other load on the machine), its min..max range, and per wall second.
# Usage: bench/dsl/run.sh [seconds-per-round]   (default 2)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q compile -pl examples -am
out=bench/dsl/target
mkdir -p "$out"
cp=semantics/target/classes:examples/target/classes
javac -d "$out" -cp "$cp" bench/dsl/ForwardSampling.java
java -cp "$out:$cp" ForwardSampling "${1:-2}"
