#!/usr/bin/env bash
# Builds, on a machine with Java 17 and Maven (and network for Maven Central the first time),
# everything pfn/gpu/check.sh needs on a GPU machine that has neither Java nor network:
#
#   pfn/gpu/dist/jre/           a jlink runtime: java.base, java.logging, jdk.unsupported (34 MB)
#   pfn/gpu/dist/lib/*.jar      the pfn module's jar, the bench/pfn-eval jar (the benchmark
#                               programs) and their test-scope dependencies (JCuda and its
#                               natives included), and the JUnit console launcher
#   pfn/gpu/dist/test-classes/  the pfn module's compiled tests (the gpu-tagged ones run there)
#
# pfn/gpu/dist is ignored by git; the device tool brings it along when named in `carry`:
#   command: bash pfn/gpu/check.sh      carry: ["pfn/gpu/dist"]
# Nothing is installed into ~/.m2 except downloaded third-party artifacts.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
dist="$root/pfn/gpu/dist"
offline="${MVN_OFFLINE:-}"
rm -rf "$dist"
mkdir -p "$dist/lib"
# The pfn and pfn-eval jars (tests compiled, not run) and the test-scope dependencies of every
# module they need;
# JUnit's own jars are left out because the console launcher bundles them.
mvn -B -q $offline package -DskipTests -pl pfn,bench/pfn-eval -am \
  dependency:copy-dependencies -DincludeScope=test -DoutputDirectory="$dist/lib" \
  -DexcludeGroupIds=org.junit.jupiter,org.junit.platform,org.opentest4j,org.apiguardian,net.jqwik
cp pfn/target/pfn-*.jar bench/pfn-eval/target/pfn-eval-*.jar "$dist/lib/"
cp -r pfn/target/test-classes "$dist/test-classes"
mvn -B -q $offline dependency:copy \
  -Dartifact=org.junit.platform:junit-platform-console-standalone:1.14.1 \
  -DoutputDirectory="$dist/lib"
jlink --add-modules java.base,java.logging,jdk.unsupported \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$dist/jre"
echo "prepared $(du -sh "$dist" | cut -f1) in pfn/gpu/dist:"
ls "$dist/lib"
