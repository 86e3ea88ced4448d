package org.ppl4j.semantics.transform;

/**
 * A model written in Java for gradient-based inference: a procedure that draws its parameters
 * from a {@link LogJoint} and scores its data there, with {@code AdReal} arithmetic. It must
 * draw the same sites, in the same order, with the same dimensions on every run (a fixed
 * structure, as in a Stan program); loops and branches on data are fine, branches on
 * parameter values must not change which sites are drawn.
 *
 * <pre>{@code
 * DifferentiableModel eightSchools = joint -> {
 *   AdReal mu = joint.sample("mu", AdDistribution.normal(0, 5));
 *   AdReal tau = joint.sample("tau", AdDistribution.of(Family.HALF_CAUCHY, constant(5)));
 *   for (int j = 0; j < 8; j++) {
 *     AdReal eta = joint.sample("eta[" + j + "]", AdDistribution.normal(0, 1));
 *     joint.observe(AdDistribution.normal(mu.plus(tau.times(eta)), constant(sigma[j])), y[j]);
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface DifferentiableModel {

  /** Runs the model once against {@code joint}. */
  void run(LogJoint joint);
}
