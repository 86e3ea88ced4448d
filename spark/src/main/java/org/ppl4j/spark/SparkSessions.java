package org.ppl4j.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark sessions ppl4j starts itself: {@code local[n]} for tests, benchmarks and
 * {@code ppl spark run --master local[*]}, with the web UI off and few shuffle partitions (the
 * groups are few and each is a whole run). On a cluster, {@code spark-submit} gives the master.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** A session on {@code threads} local threads. */
  public static SparkSession local(int threads) {
    return master("local[" + threads + "]");
  }

  /** A session on {@code master} ({@code local[*]}, {@code spark://host:7077}, ...). */
  public static SparkSession master(String master) {
    return SparkSession.builder().master(master).appName("ppl4j")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
  }
}
