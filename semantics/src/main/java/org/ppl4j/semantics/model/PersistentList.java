package org.ppl4j.semantics.model;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An immutable singly linked list with O(1) {@link #prepend}: accumulators that cross a
 * {@code sample} or {@code score} must be immutable so a suspended model can be resumed twice.
 *
 * @param <T> element type
 */
public final class PersistentList<T> {
  private static final PersistentList<Object> EMPTY = new PersistentList<>(null, null, 0);

  private final T head;
  private final PersistentList<T> tail;
  private final int size;

  private PersistentList(T head, PersistentList<T> tail, int size) {
    this.head = head;
    this.tail = tail;
    this.size = size;
  }

  /** The empty list. */
  @SuppressWarnings("unchecked")
  public static <T> PersistentList<T> empty() {
    return (PersistentList<T>) EMPTY;
  }

  /** A list with {@code x} in front of this one. */
  public PersistentList<T> prepend(T x) {
    return new PersistentList<>(x, this, size + 1);
  }

  /** Whether the list has no element. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The number of elements. */
  public int size() {
    return size;
  }

  /** The first element; fails on the empty list. */
  public T head() {
    if (isEmpty()) {
      throw new NoSuchElementException("head of empty list");
    }
    return head;
  }

  /** All but the first element; fails on the empty list. */
  public PersistentList<T> tail() {
    if (isEmpty()) {
      throw new NoSuchElementException("tail of empty list");
    }
    return tail;
  }

  /** The elements in reverse order of prepending (the first prepended comes first). */
  public List<T> toList() {
    List<T> out = new ArrayList<>(size);
    for (PersistentList<T> p = this; !p.isEmpty(); p = p.tail) {
      out.add(p.head);
    }
    java.util.Collections.reverse(out);
    return List.copyOf(out);
  }
}
