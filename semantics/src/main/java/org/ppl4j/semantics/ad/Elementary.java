package org.ppl4j.semantics.ad;

import org.ppl4j.semantics.math.NormalCdf;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The elementary operations of {@link AdReal} and {@link AdMath} as {@link Rule}s: each case is
 * the one place its value and its local derivatives are computed, for the interpreter's tape and
 * for a replay alike (Griewank and Walther, "Evaluating Derivatives", table 2.3 lists the same
 * derivatives). {@link #CONSTANT} is the recorded number itself (no parents). Cases named {@code _C} take the number recorded with the node as their second
 * operand; {@code C_} cases take it as their first. {@link #SUM} and {@link #LOG_SUM_EXP} take
 * any number of parents, {@link #DOT} pairs {@code (x0, y0, x1, y1, ...)}.
 */
public enum Elementary implements Rule {
  CONSTANT, ADD, SUB, MUL, DIV, NEG, ADD_C, MUL_C, DIV_C, C_MINUS, C_DIV, SQUARE,
  EXP, LOG, LOG1P, LOG1M, EXPM1, SQRT, ABS, SIN, COS, TANH, LOGISTIC, LOG_LOGISTIC, LOG1P_EXP,
  LOGIT, LGAMMA, POW, POW_C, C_POW, ERF, ERFC, PHI, INV_PHI, TAN, ASIN, ACOS, ATAN, SINH, COSH,
  SUM, DOT, LOG_SUM_EXP;

  @Override
  public double apply(double[] in, int n, double c, double[] d) {
    double x = n > 0 ? in[0] : 0.0;
    double value;
    double dx;
    switch (this) {
      case CONSTANT -> {
        return c;
      }
      case ADD -> {
        if (d != null) {
          d[0] = 1.0;
          d[1] = 1.0;
        }
        return x + in[1];
      }
      case SUB -> {
        if (d != null) {
          d[0] = 1.0;
          d[1] = -1.0;
        }
        return x - in[1];
      }
      case MUL -> {
        double y = in[1];
        if (d != null) {
          d[0] = y;
          d[1] = x;
        }
        return x * y;
      }
      case DIV -> {
        double y = in[1];
        double q = x / y;
        if (d != null) {
          d[0] = 1.0 / y;
          d[1] = -q / y;
        }
        return q;
      }
      case POW -> {
        double y = in[1];
        double p = Math.pow(x, y);
        if (d != null) {
          d[0] = y == 0.0 ? 0.0 : y * Math.pow(x, y - 1.0);
          d[1] = x > 0 ? p * Math.log(x) : 0.0;
        }
        return p;
      }
      case SUM -> {
        double total = 0.0;
        for (int i = 0; i < n; i++) {
          total += in[i];
          if (d != null) {
            d[i] = 1.0;
          }
        }
        return total;
      }
      case DOT -> {
        double total = 0.0;
        for (int i = 0; i + 1 < n; i += 2) {
          total += in[i] * in[i + 1];
          if (d != null) {
            d[i] = in[i + 1];
            d[i + 1] = in[i];
          }
        }
        return total;
      }
      case LOG_SUM_EXP -> {
        return logSumExp(in, n, d);
      }
      default -> {
        // one-argument cases below
      }
    }
    switch (this) {
      case NEG -> {
        value = -x;
        dx = -1.0;
      }
      case ADD_C -> {
        value = x + c;
        dx = 1.0;
      }
      case MUL_C -> {
        value = x * c;
        dx = c;
      }
      case DIV_C -> {
        value = x / c;
        dx = 1.0 / c;
      }
      case C_MINUS -> {
        value = c - x;
        dx = -1.0;
      }
      case C_DIV -> {
        value = c / x;
        dx = -value / x;
      }
      case SQUARE -> {
        value = x * x;
        dx = 2.0 * x;
      }
      case EXP -> {
        value = Math.exp(x);
        dx = value;
      }
      case LOG -> {
        value = Math.log(x);
        dx = 1.0 / x;
      }
      case LOG1P -> {
        value = Math.log1p(x);
        dx = 1.0 / (1.0 + x);
      }
      case LOG1M -> {
        value = Math.log1p(-x);
        dx = -1.0 / (1.0 - x);
      }
      case EXPM1 -> {
        value = Math.expm1(x);
        dx = Math.exp(x);
      }
      case SQRT -> {
        value = Math.sqrt(x);
        dx = 0.5 / value;
      }
      case ABS -> {
        value = Math.abs(x);
        dx = x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0;
      }
      case SIN -> {
        value = Math.sin(x);
        dx = Math.cos(x);
      }
      case COS -> {
        value = Math.cos(x);
        dx = -Math.sin(x);
      }
      case TANH -> {
        value = Math.tanh(x);
        dx = 1.0 - value * value;
      }
      case LOGISTIC -> {
        value = AdMath.logistic(x);
        dx = value * (1.0 - value);
      }
      case LOG_LOGISTIC -> {
        value = x > 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
        dx = 1.0 - AdMath.logistic(x);
      }
      case LOG1P_EXP -> {
        value = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
        dx = AdMath.logistic(x);
      }
      case LOGIT -> {
        value = Math.log(x / (1.0 - x));
        dx = 1.0 / (x * (1.0 - x));
      }
      case LGAMMA -> {
        value = SpecialFunctions.lgamma(x);
        dx = d == null ? 0.0 : SpecialFunctions.digamma(x);
      }
      case POW_C -> {
        value = Math.pow(x, c);
        dx = c == 0.0 ? 0.0 : c * Math.pow(x, c - 1.0);
      }
      case C_POW -> {
        value = Math.pow(c, x);
        dx = c > 0 ? value * Math.log(c) : 0.0;
      }
      case ERF -> {
        value = NormalCdf.erf(x);
        dx = NormalCdf.erfDerivative(x);
      }
      case ERFC -> {
        value = NormalCdf.erfc(x);
        dx = -NormalCdf.erfDerivative(x);
      }
      case PHI -> {
        value = NormalCdf.cdf(x);
        dx = NormalCdf.density(x);
      }
      case INV_PHI -> {
        value = NormalCdf.quantile(x);
        dx = 1.0 / NormalCdf.density(value);
      }
      case TAN -> {
        value = Math.tan(x);
        dx = 1.0 + value * value;
      }
      case ASIN -> {
        value = Math.asin(x);
        dx = 1.0 / Math.sqrt(1.0 - x * x);
      }
      case ACOS -> {
        value = Math.acos(x);
        dx = -1.0 / Math.sqrt(1.0 - x * x);
      }
      case ATAN -> {
        value = Math.atan(x);
        dx = 1.0 / (1.0 + x * x);
      }
      case SINH -> {
        value = Math.sinh(x);
        dx = Math.cosh(x);
      }
      case COSH -> {
        value = Math.cosh(x);
        dx = Math.sinh(x);
      }
      default -> throw new AssertionError(this);
    }
    if (d != null) {
      d[0] = dx;
    }
    return value;
  }

  @Override
  public boolean canReject() {
    return false;
  }

  private static double logSumExp(double[] in, int n, double[] d) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, in[i]);
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      if (d != null) {
        java.util.Arrays.fill(d, 0, n, 0.0);
      }
      return max;
    }
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      total += Math.exp(in[i] - max);
    }
    if (d != null) {
      for (int i = 0; i < n; i++) {
        d[i] = Math.exp(in[i] - max) / total;
      }
    }
    return max + Math.log(total);
  }
}
