package org.ppl4j.inference.batched;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.dist.Domain;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.ParticleProgram;
import org.ppl4j.semantics.value.FamilyDistribution;
import org.ppl4j.semantics.value.IntValue;
import org.ppl4j.semantics.value.RealValue;
import org.ppl4j.semantics.value.Value;

/**
 * One {@link ParticleProgram.Event.Draw} for a range of particles: each particle's parameters
 * gathered from the node arrays, checked against the family's parameter {@link Domain}s (a
 * particle outside them is for the per-particle run to report: {@link BatchFallback}), and its
 * value drawn from the family. {@code normal} draws {@code mu + sigma * z} with the standard
 * normals of {@link Gaussians}; every other family draws through its own distribution, so each
 * draw has the family's law exactly as the per-particle run's has.
 */
final class FamilySampler {
  private final Family family;
  private final Domain[] domains;
  private final boolean integerParameters;

  FamilySampler(Family family) {
    this.family = family;
    this.domains = family.description().parameters().stream().map(p -> p.domain())
        .toArray(Domain[]::new);
    boolean ints = false;
    for (Domain d : domains) {
      ints |= d.shape() == Domain.Shape.INT;
    }
    this.integerParameters = ints;
  }

  /**
   * Draws the event's elements for particles {@code [lo, hi)} into their variables' arrays;
   * particles with weight zero get NaN.
   */
  void draw(ParticleProgram.Event.Draw draw, double[][] values, double[] logWeights, int lo,
      int hi, Rng rng, double[] scratch) {
    int arity = family.arity();
    double[] params = new double[arity];
    boolean normal = family == Family.NORMAL;
    for (int e = 0; e < draw.elements(); e++) {
      double[] out = values[draw.firstInput() + e];
      if (normal) {
        Gaussians.fill(scratch, 0, hi - lo, rng);
      }
      for (int p = lo; p < hi; p++) {
        if (logWeights[p] == Double.NEGATIVE_INFINITY) {
          out[p] = Double.NaN;
          continue;
        }
        for (int j = 0; j < arity; j++) {
          int s = draw.source()[e * arity + j];
          double v = s < 0 ? draw.fixed()[e * arity + j] : values[s][p];
          if (!domains[j].admits(v)) {
            throw new BatchFallback(family.languageName() + ": a parameter is outside its"
                + " domain");
          }
          params[j] = v;
        }
        out[p] = normal ? params[0] + params[1] * scratch[p - lo] : drawOne(params, rng);
      }
    }
  }

  private double drawOne(double[] params, Rng rng) {
    List<Value> args = new ArrayList<>(params.length);
    for (int j = 0; j < params.length; j++) {
      args.add(integerParameters && domains[j].shape() == Domain.Shape.INT
          ? new IntValue((long) params[j]) : new RealValue(params[j]));
    }
    try {
      return ((RealValue) FamilyDistribution.of(family, args).sample(rng)).value();
    } catch (IllegalArgumentException e) {
      throw new BatchFallback(e.getMessage());
    }
  }
}
