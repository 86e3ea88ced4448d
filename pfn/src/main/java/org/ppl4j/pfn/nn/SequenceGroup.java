package org.ppl4j.pfn.nn;

import java.util.List;

/**
 * A block of sequences in a PFN batch that share one length and one context size: the first
 * {@code contextRows} rows of each of its {@code sequences} sequences of {@code rows} rows are
 * context, the rest are queries. A training step stacks several groups, each with its own
 * context size, so that one step sees several context sizes (Müller et al. 2022 draw one per
 * step) while the row-wise layers still run over all rows at once.
 *
 * @param sequences number of sequences, &gt; 0
 * @param rows rows per sequence, &gt;= 1
 * @param contextRows context rows per sequence, in [0, rows - 1]
 */
public record SequenceGroup(int sequences, int rows, int contextRows) {

  /** Validates every field, naming the bad one. */
  public SequenceGroup {
    if (sequences <= 0) {
      throw new IllegalArgumentException("sequences must be > 0, got " + sequences);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1, got " + rows);
    }
    if (contextRows < 0 || contextRows >= rows) {
      throw new IllegalArgumentException(
          "context rows " + contextRows + " must lie in [0, " + (rows - 1) + "]");
    }
  }

  /** All rows of the group. */
  public int totalRows() {
    return sequences * rows;
  }

  /** Query rows of the group. */
  public int queryRows() {
    return sequences * (rows - contextRows);
  }

  /** Rows used as keys per sequence: the context, or one (masked-out) row when it is empty. */
  public int keyRows() {
    return Math.max(contextRows, 1);
  }

  /** The total rows of each group, in order. */
  public static int[] totalRows(List<SequenceGroup> groups) {
    return groups.stream().mapToInt(SequenceGroup::totalRows).toArray();
  }

  /** The key rows of each group ({@code sequences * keyRows()}), in order. */
  public static int[] keyBlockRows(List<SequenceGroup> groups) {
    return groups.stream().mapToInt(g -> g.sequences() * g.keyRows()).toArray();
  }
}
