package org.ppl4j.spark;

import java.nio.charset.StandardCharsets;

/**
 * The seed of one group's run, derived from the run's seed and the group's key only, so that a
 * group's result does not depend on how Spark partitions the data or in which order it runs the
 * groups. The rule, so that anyone can rerun one group by hand with {@code ppl run --seed}: take
 * the 64-bit FNV-1a hash of the key's UTF-8 bytes, add the run seed, and apply the SplitMix64
 * finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014); the result is made non-negative.
 */
public final class GroupSeeds {
  private GroupSeeds() {}

  /** The seed of the group {@code key} in a run with seed {@code runSeed}. */
  public static long of(long runSeed, String key) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    long z = hash + runSeed;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z = z ^ (z >>> 31);
    return z & Long.MAX_VALUE;
  }
}
