package org.ppl4j.compiler.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.nested.InferDistribution;
import org.ppl4j.semantics.value.AdRealValue;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.MixtureDistribution;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * What a value reaches through the values it holds, closures' captured values included: the
 * tape of a number that carries a derivative (for {@code infer} under gradient-based
 * inference), and a structural key (for {@code cache}: two closures made by the same code from
 * equal captured values are the same function, in whichever execution they were made).
 */
final class CapturedValues {
  /** The key of a value that must not be cached (it carries a derivative). */
  static final Object UNCACHEABLE = new Object();

  private CapturedValues() {}

  /** The tape of the first number carrying a derivative that {@code v} reaches, if any. */
  static Optional<Tape> tapeOf(Value v) {
    return Optional.ofNullable(tape(v, new IdentityHashMap<>()));
  }

  private static Tape tape(Object v, Map<Object, Boolean> seen) {
    if (v == null || seen.put(v, Boolean.TRUE) != null) {
      return null;
    }
    if (v instanceof AdRealValue r) {
      return r.number().tape();
    }
    if (v instanceof AdReal r) {
      return r.isConstant() ? null : r.tape();
    }
    for (Object child : children(v)) {
      Tape t = tape(child, seen);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The values {@code v} holds: elements, fields, arguments, captured values. */
  private static List<Object> children(Object v) {
    List<Object> out = new ArrayList<>();
    if (v instanceof ArrayValue a) {
      out.addAll(a.elements());
    } else if (v instanceof RecordValue r) {
      out.addAll(r.fields().values());
    } else if (v instanceof DistributionValue d) {
      out.add(d.distribution());
    } else if (v instanceof ValueDistribution d) {
      out.addAll(d.args());
    } else if (v instanceof MixtureDistribution m) {
      out.addAll(m.weights());
      for (Distribution<Value> c : m.components()) {
        out.add(c);
      }
    } else if (v instanceof InferDistribution i) {
      out.addAll(List.of(i.logProbabilities()));
      out.add(i.logEvidence());
    } else if (v instanceof Closure c) {
      out.addAll(List.of(c.captured()));
    } else if (v instanceof WrappedFunction w) {
      out.add(w.function());
    }
    return out;
  }

  /**
   * A key equal for equal values, closures compared by their code and captured values; or
   * {@link #UNCACHEABLE} when {@code v} reaches a number carrying a derivative.
   */
  static Object key(Value v) {
    return key(v, new IdentityHashMap<>());
  }

  private static Object key(Value v, Map<Object, Boolean> onPath) {
    if (v == null) {
      return Self.NONE;
    }
    if (v instanceof AdRealValue) {
      return UNCACHEABLE;
    }
    if (v instanceof ArrayValue a) {
      List<Object> out = new ArrayList<>(a.elements().size());
      for (Value e : a.elements()) {
        Object k = key(e, onPath);
        if (k == UNCACHEABLE) {
          return UNCACHEABLE;
        }
        out.add(k);
      }
      return out;
    }
    if (v instanceof RecordValue r) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : r.fields().entrySet()) {
        Object k = key(e.getValue(), onPath);
        if (k == UNCACHEABLE) {
          return UNCACHEABLE;
        }
        out.put(e.getKey(), k);
      }
      return out;
    }
    if (v instanceof Closure c) {
      if (onPath.containsKey(c)) {
        return Self.SELF; // a recursive closure capturing itself
      }
      onPath.put(c, Boolean.TRUE);
      List<Object> captured = new ArrayList<>();
      for (Value e : c.captured()) {
        Object k = key(e, onPath);
        if (k == UNCACHEABLE) {
          return UNCACHEABLE;
        }
        captured.add(k);
      }
      onPath.remove(c);
      return List.of(c.function(), captured);
    }
    if (v instanceof MemoFunction m) {
      Object k = key(m.function(), onPath);
      return k == UNCACHEABLE ? k : List.of(Self.MEM, k);
    }
    if (v instanceof CacheFunction c) {
      Object k = key(c.function(), onPath);
      return k == UNCACHEABLE ? k : List.of(Self.CACHE, k);
    }
    if (v instanceof DistributionValue d && tapeOf(d).isPresent()) {
      return UNCACHEABLE;
    }
    return v; // numbers, strings, family distributions: records compared by value
  }

  /** Markers in keys: a closure's reference to itself, an unset slot, the wrappers. */
  private enum Self { SELF, NONE, MEM, CACHE }
}
