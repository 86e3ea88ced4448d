package org.ppl4j.semantics.value;

import java.util.List;
import java.util.Optional;
import org.ppl4j.semantics.ad.AdNode;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.math.SpecialFunctions;

/**
 * The fast path of {@link VectorisedDensity} for the normal family, the likelihood of most
 * regressions: {@code sum_i -z_i^2/2 - log sigma_i - log sqrt(2 pi)} with {@code z_i = (x_i -
 * mu_i) / sigma_i} and its analytic partials {@code d/dmu_i = z_i/sigma_i}, {@code d/dsigma_i =
 * (z_i^2 - 1)/sigma_i}, {@code d/dx_i = -z_i/sigma_i} (Stan Math's {@code normal_lpdf}), as one
 * tape node, without the per-element scratch tape of the general path. It gives the general
 * path's value and partials to rounding ({@code NormalVectorisedDensityTest} compares them);
 * anything the general path would refuse (a scale that is not a positive finite number, a
 * non-finite mean or value) is left to it, so the errors are its.
 */
final class NormalVectorisedDensity {
  private NormalVectorisedDensity() {}

  /** The node, or empty when an argument is outside the fast path's domain. */
  static Optional<AdReal> logDensity(List<Value> args, List<Value> xs) {
    int n = xs.size();
    Value mu = args.get(0);
    Value sigma = args.get(1);
    AdReal[] mus = numbers(mu, n);
    AdReal[] sigmas = numbers(sigma, n);
    if (mus == null || sigmas == null) {
      return Optional.empty();
    }
    AdReal[] x = new AdReal[n];
    for (int i = 0; i < n; i++) {
      if (!isNumber(xs.get(i))) {
        return Optional.empty();
      }
      x[i] = AdArith.number(xs.get(i), "normal");
    }
    AdReal[] parents = new AdReal[3 * n];
    double[] partials = new double[3 * n];
    int edges = 0;
    double total = 0.0;
    double muBroadcast = 0.0;
    double sigmaBroadcast = 0.0;
    boolean muArray = mu instanceof ArrayValue;
    boolean sigmaArray = sigma instanceof ArrayValue;
    for (int i = 0; i < n; i++) {
      AdReal m = mus[muArray ? i : 0];
      AdReal s = sigmas[sigmaArray ? i : 0];
      double sv = s.value();
      if (!(sv > 0.0) || sv == Double.POSITIVE_INFINITY || !Double.isFinite(m.value())
          || !Double.isFinite(x[i].value())) {
        return Optional.empty();
      }
      double z = (x[i].value() - m.value()) / sv;
      total += -0.5 * z * z - Math.log(sv) - SpecialFunctions.LOG_SQRT_2PI;
      double dMu = z / sv;
      double dSigma = (z * z - 1.0) / sv;
      if (!m.isConstant()) {
        if (muArray) {
          parents[edges] = m;
          partials[edges++] = dMu;
        } else {
          muBroadcast += dMu;
        }
      }
      if (!s.isConstant()) {
        if (sigmaArray) {
          parents[edges] = s;
          partials[edges++] = dSigma;
        } else {
          sigmaBroadcast += dSigma;
        }
      }
      if (!x[i].isConstant()) {
        parents[edges] = x[i];
        partials[edges++] = -dMu;
      }
    }
    AdReal[] allParents = new AdReal[edges + 2];
    double[] allPartials = new double[edges + 2];
    System.arraycopy(parents, 0, allParents, 0, edges);
    System.arraycopy(partials, 0, allPartials, 0, edges);
    int k = edges;
    if (!muArray && !mus[0].isConstant()) {
      allParents[k] = mus[0];
      allPartials[k++] = muBroadcast;
    }
    if (!sigmaArray && !sigmas[0].isConstant()) {
      allParents[k] = sigmas[0];
      allPartials[k++] = sigmaBroadcast;
    }
    return Optional.of(AdNode.of(total, java.util.Arrays.copyOf(allParents, k),
        java.util.Arrays.copyOf(allPartials, k)));
  }

  /** The parameter's numbers: one for a scalar, n for an array of length n; null otherwise. */
  private static AdReal[] numbers(Value v, int n) {
    if (v instanceof ArrayValue a) {
      if (a.elements().size() != n) {
        return null;
      }
      AdReal[] out = new AdReal[n];
      for (int i = 0; i < n; i++) {
        Value e = a.elements().get(i);
        if (!isNumber(e)) {
          return null;
        }
        out[i] = AdArith.number(e, "normal");
      }
      return out;
    }
    if (!isNumber(v)) {
      return null;
    }
    return new AdReal[] {AdArith.number(v, "normal")};
  }

  private static boolean isNumber(Value v) {
    return v instanceof RealValue || v instanceof IntValue || v instanceof AdRealValue;
  }
}
