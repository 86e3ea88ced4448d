package org.ppl4j.pfn.tensor;

/**
 * A flat block of {@code float}s owned by a {@link Backend}: host memory for the CPU backend,
 * device memory for a GPU backend. Model code never reads it directly; it goes through the
 * backend that allocated it ({@link Backend#download}).
 */
public interface Storage {

  /** Number of floats held, &gt;= 0. */
  int length();
}
