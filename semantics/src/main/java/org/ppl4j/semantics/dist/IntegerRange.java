package org.ppl4j.semantics.dist;

import java.util.AbstractList;
import java.util.RandomAccess;

/** The immutable list of integers {@code lower, lower + 1, ..., lower + size - 1}. */
final class IntegerRange extends AbstractList<Integer> implements RandomAccess {
  private final int lower;
  private final int size;

  /**
   * @param lower first element
   * @param size number of elements, &gt;= 0
   */
  IntegerRange(int lower, int size) {
    this.lower = lower;
    this.size = size;
  }

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of a range of " + size);
    }
    return lower + index;
  }

  @Override
  public int size() {
    return size;
  }
}
