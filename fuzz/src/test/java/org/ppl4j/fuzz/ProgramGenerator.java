package org.ppl4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * A grammar-aware generator of {@code .ppl} programs (LANGUAGE.md §2-§6) driven by the fuzzer's
 * bytes: a few statements (draws, lets, observes, factors, conditions, loops, functions) over
 * expressions built from literals, the variables in scope, operators, builtins and
 * distributions, ending in a {@code return}. Programs are mostly well-typed, so that the fuzzer
 * reaches lowering and inference rather than stopping at the checker; ill-typed ones still occur
 * and must be rejected cleanly.
 */
final class ProgramGenerator {
  private static final String[] REAL_LITERALS = {"0.0", "1.0", "-1.0", "0.5", "2.5", "1e-300",
      "1e300", "inf", "-inf", "pi", "1e308", "0.000001"};
  private static final String[] INT_LITERALS = {"0", "1", "2", "-1", "3", "10", "100",
      "9223372036854775807", "-9223372036854775807"};
  private static final String[] UNARY = {"exp", "log", "sqrt", "abs", "logistic", "logit",
      "floor", "ceil", "lgamma", "log1p", "sin", "tanh"};
  private static final String[] BINARY = {"+", "-", "*", "/", "^", "%"};
  private static final String[] COMPARE = {"<", "<=", ">", ">=", "==", "!="};

  private final FuzzedDataProvider data;
  private final List<String> reals = new ArrayList<>();
  private final List<String> ints = new ArrayList<>();
  private final List<String> arrays = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();
  private int names;

  private ProgramGenerator(FuzzedDataProvider data) {
    this.data = data;
  }

  /** A program drawn from {@code data}. */
  static String program(FuzzedDataProvider data) {
    ProgramGenerator g = new ProgramGenerator(data);
    int statements = data.consumeInt(1, 8);
    for (int i = 0; i < statements && data.remainingBytes() > 0; i++) {
      g.statement("");
    }
    g.out.append("return ").append(g.result()).append('\n');
    return g.out.toString();
  }

  private void statement(String indent) {
    switch (data.consumeInt(0, 9)) {
      case 0, 1 -> {
        String x = fresh();
        out.append(indent).append(x).append(" ~ ").append(realDistribution(1)).append('\n');
        reals.add(x);
      }
      case 2 -> {
        String k = fresh();
        out.append(indent).append(k).append(" ~ ").append(intDistribution(1)).append('\n');
        ints.add(k);
      }
      case 3 -> {
        String x = fresh();
        out.append(indent).append("let ").append(x).append(" = ").append(real(2)).append('\n');
        reals.add(x);
      }
      case 4 -> out.append(indent).append("observe ").append(real(1)).append(" ~ ")
          .append(realDistribution(1)).append('\n');
      case 5 -> out.append(indent).append("observe ").append(integer(1)).append(" ~ ")
          .append(intDistribution(1)).append('\n');
      case 6 -> out.append(indent).append("factor(").append(real(2)).append(")\n");
      case 7 -> out.append(indent).append("condition(").append(real(1)).append(' ')
          .append(pick(COMPARE)).append(' ').append(real(1)).append(")\n");
      case 8 -> {
        String xs = fresh();
        out.append(indent).append("let ").append(xs).append(" = ").append(array()).append('\n');
        arrays.add(xs);
      }
      default -> {
        String v = fresh();
        out.append(indent).append("for ").append(v).append(" in ").append(array()).append(" {\n");
        out.append(indent).append("  observe ").append(v).append(" ~ ")
            .append(realDistribution(1)).append('\n');
        out.append(indent).append("}\n");
      }
    }
  }

  private String array() {
    return switch (data.consumeInt(0, 4)) {
      case 0 -> "[" + real(1) + ", " + real(1) + ", " + real(1) + "]";
      case 1 -> "map(fn (i) => " + real(1) + " * i, 0.." + data.consumeInt(-2, 6) + ")";
      case 2 -> "repeat(" + data.consumeInt(-1, 5) + ", fn () => " + real(1) + ")";
      case 3 -> arrays.isEmpty() ? "[]" : "filter(fn (v) => v > 0, " + pick(arrays) + ")";
      default -> arrays.isEmpty() ? "[1.0]" : pick(arrays);
    };
  }

  private String result() {
    List<String> all = new ArrayList<>(reals);
    all.addAll(ints);
    if (all.isEmpty() || data.consumeBoolean()) {
      return real(2);
    }
    if (all.size() > 1 && data.consumeBoolean()) {
      return "{a: " + pick(all) + ", b: " + pick(all) + "}";
    }
    return pick(all);
  }

  private String real(int depth) {
    int choice = data.consumeInt(0, depth <= 0 ? 2 : 7);
    return switch (choice) {
      case 0 -> pick(REAL_LITERALS);
      case 1 -> reals.isEmpty() ? pick(REAL_LITERALS) : pick(reals);
      case 2 -> ints.isEmpty() ? pick(INT_LITERALS) : pick(ints);
      case 3 -> "(" + real(depth - 1) + " " + pick(BINARY) + " " + real(depth - 1) + ")";
      case 4 -> pick(UNARY) + "(" + real(depth - 1) + ")";
      case 5 -> "if " + real(depth - 1) + " " + pick(COMPARE) + " " + real(depth - 1) + " { "
          + real(depth - 1) + " } else { " + real(depth - 1) + " }";
      case 6 -> arrays.isEmpty() ? "sum([" + real(depth - 1) + "])"
          : pick(new String[] {"sum", "mean", "length"}) + "(" + pick(arrays) + ")";
      default -> "logpdf(" + realDistribution(depth - 1) + ", " + real(depth - 1) + ")";
    };
  }

  private String integer(int depth) {
    if (depth > 0 && data.consumeBoolean()) {
      return "(" + integer(depth - 1) + " " + pick(BINARY) + " " + integer(depth - 1) + ")";
    }
    return ints.isEmpty() || data.consumeBoolean() ? pick(INT_LITERALS) : pick(ints);
  }

  private String realDistribution(int depth) {
    return switch (data.consumeInt(0, 9)) {
      case 0 -> "normal(" + real(depth) + ", " + real(depth) + ")";
      case 1 -> "beta(" + real(depth) + ", " + real(depth) + ")";
      case 2 -> "gamma(" + real(depth) + ", " + real(depth) + ")";
      case 3 -> "uniform(" + real(depth) + ", " + real(depth) + ")";
      case 4 -> "exponential(" + real(depth) + ")";
      case 5 -> "student_t(" + real(depth) + ", " + real(depth) + ", " + real(depth) + ")";
      case 6 -> "lognormal(" + real(depth) + ", " + real(depth) + ")";
      case 7 -> "cauchy(" + real(depth) + ", " + real(depth) + ")";
      case 8 -> "half_normal(" + real(depth) + ")";
      default -> "laplace(" + real(depth) + ", " + real(depth) + ")";
    };
  }

  private String intDistribution(int depth) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> "bernoulli(" + real(depth) + ")";
      case 1 -> "poisson(" + real(depth) + ")";
      case 2 -> "binomial(" + integer(depth) + ", " + real(depth) + ")";
      case 3 -> "categorical([" + real(depth) + ", " + real(depth) + "])";
      case 4 -> "geometric(" + real(depth) + ")";
      default -> "uniform_int(" + integer(depth) + ", " + integer(depth) + ")";
    };
  }

  private String fresh() {
    return "v" + names++;
  }

  private String pick(String[] xs) {
    return xs[data.consumeInt(0, xs.length - 1)];
  }

  private String pick(List<String> xs) {
    return xs.get(data.consumeInt(0, xs.size() - 1));
  }
}
