package org.ppl4j.compiler.eval;

/**
 * Thrown when nested calls run out of memory; the innermost call site that catches it reports
 * the located "recursion too deep" error (LANGUAGE.md §9.4: the depth is bounded by memory
 * only). Direct calls run out when the stack of a {@link DeepStack.Worker} overflows; effectful
 * calls that are not in tail position keep their continuation on the heap, and run out when
 * {@link #MAX_PENDING_CALLS} are pending, a number derived from the heap's size so that a
 * runaway recursion stops while the heap still has room to report it. Calls in tail position
 * take no memory and are never counted.
 */
final class RecursionLimit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Heap set aside per pending effectful call: about ten times what one holds (its frame, its
   * continuation and the state it restores: about 450 bytes measured), so that a runaway
   * recursion stops with a tenth of the heap used, in about a second.
   */
  static final long BYTES_PER_PENDING_CALL = 4096;

  /**
   * The most effectful calls that may be pending (not in tail position) in one execution:
   * the heap's size over {@link #BYTES_PER_PENDING_CALL}, at least 200,000 (1.4 million with the
   * default heap of a 23 GiB machine, a quarter of it).
   */
  static final int MAX_PENDING_CALLS = (int) Math.min(Integer.MAX_VALUE - 1L,
      Math.max(200_000L, Runtime.getRuntime().maxMemory() / BYTES_PER_PENDING_CALL));

  RecursionLimit() {
    super(null, null, false, false);
  }

  /** The message a call site of {@code function} reports. */
  static String message(String function) {
    return "recursion too deep in '" + function + "': its nested calls ran out of memory"
        + " (a call in tail position takes none)";
  }
}
