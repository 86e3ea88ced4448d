#!/usr/bin/env bash
# Many-posteriors throughput on Spark (issue 21 item 6): bench/spark/run.sh [GROUPS] (default
# 10000). Builds the spark module's class path once (spark/ppl-spark does), then runs
# SparkBench.java: a single-JVM loop, local[1] and local[2]; prints a Markdown table.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/spark/ppl-spark" --version >/dev/null
cp="$root/spark/target/spark-0.1.0-SNAPSHOT.jar:$(cat "$root/spark/target/classpath.txt")"
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
java "${opens[@]}" -Xss16m -cp "$cp" "$root/bench/spark/SparkBench.java" "${1:-10000}"
