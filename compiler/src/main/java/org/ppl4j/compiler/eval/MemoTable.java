package org.ppl4j.compiler.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.semantics.value.Value;

/**
 * The results of {@code mem} functions within one execution: an immutable map from
 * (function, arguments) to value, extended by copying, so that a suspended execution resumed
 * twice keeps two independent tables.
 */
public final class MemoTable {
  /** The table of a fresh execution. */
  public static final MemoTable EMPTY = new MemoTable(Map.of());

  private final Map<Key, Value> entries;

  private MemoTable(Map<Key, Value> entries) {
    this.entries = entries;
  }

  /** The remembered result of {@code function} at {@code args}, if any. */
  Optional<Value> lookup(Object function, List<Value> args) {
    return Optional.ofNullable(entries.get(new Key(function, args)));
  }

  /** This table with {@code function(args) = result} added. */
  MemoTable with(Object function, List<Value> args, Value result) {
    Map<Key, Value> copy = new HashMap<>(entries);
    copy.put(new Key(function, args), result);
    return new MemoTable(copy);
  }

  /** The number of remembered results. */
  public int size() {
    return entries.size();
  }

  /** A function (by identity) and its arguments (by value). */
  private record Key(Object function, List<Value> args) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.function == function && k.args.equals(args);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(function) * 31 + args.hashCode();
    }
  }
}
