package org.ppl4j.compiler.eval;

import java.util.stream.Collectors;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.BoolValue;
import org.ppl4j.semantics.value.DistributionValue;
import org.ppl4j.semantics.value.FunctionValue;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.StringValue;
import org.ppl4j.semantics.value.UnitValue;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * Values printed in the language's own syntax: {@code 42}, {@code 2.5}, {@code inf},
 * {@code [1, 2]}, {@code {a: 1.0, b: true}}, {@code "text"}, {@code normal(0, 1)}. A
 * {@code Real} always shows a decimal point or exponent, so it is told apart from an
 * {@code Int}.
 */
public final class ValueText {
  private ValueText() {}

  /** The text of {@code v}. */
  public static String of(Value v) {
    if (v instanceof IntValue i) {
      return Long.toString(i.value());
    }
    if (v instanceof RealValue r) {
      return real(r.value());
    }
    if (v instanceof BoolValue b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof StringValue s) {
      return "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
    if (v instanceof ArrayValue a) {
      return a.elements().stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof RecordValue r) {
      return r.fields().entrySet().stream().map(e -> e.getKey() + ": " + of(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (v instanceof DistributionValue d) {
      if (d.distribution() instanceof ValueDistribution vd) {
        return vd.name() + vd.args().stream().map(ValueText::of)
            .collect(Collectors.joining(", ", "(", ")"));
      }
      return d.distribution().name();
    }
    if (v instanceof FunctionValue f) {
      return "<function " + (f instanceof Callable c ? c.displayName() : "") + ">";
    }
    if (v instanceof UnitValue) {
      return "()";
    }
    if (v instanceof org.ppl4j.semantics.value.HostValue) {
      return "<host value>";
    }
    throw new AssertionError("unknown value " + v);
  }

  /** A real: {@code inf}, {@code -inf}, {@code nan}, or the shortest decimal that reads back. */
  public static String real(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    return Double.toString(x).replace("E", "e");
  }
}
