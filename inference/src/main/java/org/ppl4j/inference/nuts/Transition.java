package org.ppl4j.inference.nuts;

/**
 * The outcome of one NUTS iteration, with the sampler diagnostics CmdStan reports.
 *
 * @param position the new unconstrained position
 * @param logDensity the log density there (CmdStan's {@code lp__})
 * @param acceptStat the mean Metropolis acceptance probability over the trajectory
 * @param treeDepth the number of doublings
 * @param leapfrogSteps the number of leapfrog steps (gradient evaluations) taken
 * @param divergent whether the trajectory's energy error exceeded the threshold
 * @param energy the Hamiltonian at the new point
 */
public record Transition(double[] position, double logDensity, double acceptStat,
    int treeDepth, int leapfrogSteps, boolean divergent, double energy) {}
