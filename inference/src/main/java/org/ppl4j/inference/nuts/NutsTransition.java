package org.ppl4j.inference.nuts;

import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;

/**
 * One iteration of the No-U-Turn Sampler with multinomial sampling of the trajectory and the
 * generalised no-U-turn criterion (Hoffman and Gelman, JMLR 2014; Betancourt, "A Conceptual
 * Introduction to Hamiltonian Monte Carlo", 2017, appendix A), following Stan's
 * {@code base_nuts}: the trajectory doubles forwards or backwards in time; new subtrees are
 * merged by biased progressive sampling at the top level and uniform multinomial sampling
 * inside; a subtree stops at a U-turn (checked on the whole subtree and on its two halves
 * extended by one point, as Stan does since 2.23) or a divergence. The kernel leaves the
 * target invariant for a fixed step size and metric.
 */
final class NutsTransition {
  private final DiagonalHamiltonian hamiltonian;
  private final Rng rng;
  private final double epsilon;
  private final int maxDepth;
  private final double maxEnergyError;
  private final int d;

  private double energy0;
  private int leapfrogSteps;
  private double sumMetropolisProbability;
  private boolean divergent;
  private PhasePoint z;
  private PhasePoint lastSample;

  NutsTransition(DiagonalHamiltonian hamiltonian, Rng rng, double epsilon, int maxDepth,
      double maxEnergyError) {
    this.hamiltonian = hamiltonian;
    this.rng = rng;
    this.epsilon = epsilon;
    this.maxDepth = maxDepth;
    this.maxEnergyError = maxEnergyError;
    this.d = hamiltonian.dimension();
  }

  /** A mutable accumulator for the log of a sum of weights. */
  private static final class LogWeight {
    double value = Double.NEGATIVE_INFINITY;

    void add(double logW) {
      value = SpecialFunctions.logAddExp(value, logW);
    }
  }

  Transition run(PhasePoint start) {
    z = start.copy();
    hamiltonian.sampleMomentum(z, rng);
    PhasePoint forward = z.copy();
    PhasePoint backward = z.copy();
    PhasePoint sample = z.copy();
    PhasePoint propose = z.copy();

    double[] pSharp = new double[d];
    hamiltonian.velocity(z, pSharp);
    double[] pSharpFwdFwd = pSharp.clone();
    double[] pSharpFwdBck = pSharp.clone();
    double[] pSharpBckFwd = pSharp.clone();
    double[] pSharpBckBck = pSharp.clone();
    double[] pFwdFwd = z.momentum.clone();
    double[] pFwdBck = z.momentum.clone();
    double[] pBckFwd = z.momentum.clone();
    double[] pBckBck = z.momentum.clone();
    double[] rho = z.momentum.clone();

    LogWeight logSumWeight = new LogWeight();
    logSumWeight.value = 0.0;
    energy0 = hamiltonian.hamiltonian(z);
    leapfrogSteps = 0;
    sumMetropolisProbability = 0;
    divergent = false;
    int depth = 0;

    while (depth < maxDepth) {
      double[] rhoFwd = new double[d];
      double[] rhoBck = new double[d];
      boolean validSubtree;
      LogWeight logSumWeightSubtree = new LogWeight();
      if (rng.nextDouble() > 0.5) {
        z.copyFrom(forward);
        System.arraycopy(rho, 0, rhoBck, 0, d);
        // the old trajectory becomes the backward part: its forward end is the old forward end
        System.arraycopy(pFwdFwd, 0, pBckFwd, 0, d);
        System.arraycopy(pSharpFwdFwd, 0, pSharpBckFwd, 0, d);
        validSubtree = buildTree(depth, propose, pSharpFwdBck, pSharpFwdFwd, rhoFwd, pFwdBck,
            pFwdFwd, 1, logSumWeightSubtree);
        forward.copyFrom(z);
      } else {
        z.copyFrom(backward);
        System.arraycopy(rho, 0, rhoFwd, 0, d);
        // the old trajectory becomes the forward part: its backward end is the old backward end
        System.arraycopy(pBckBck, 0, pFwdBck, 0, d);
        System.arraycopy(pSharpBckBck, 0, pSharpFwdBck, 0, d);
        validSubtree = buildTree(depth, propose, pSharpBckFwd, pSharpBckBck, rhoBck, pBckFwd,
            pBckBck, -1, logSumWeightSubtree);
        backward.copyFrom(z);
      }
      if (!validSubtree) {
        break;
      }
      depth++;
      if (logSumWeightSubtree.value > logSumWeight.value) {
        sample.copyFrom(propose);
      } else if (rng.nextDouble() < Math.exp(logSumWeightSubtree.value - logSumWeight.value)) {
        sample.copyFrom(propose);
      }
      logSumWeight.add(logSumWeightSubtree.value);
      for (int i = 0; i < d; i++) {
        rho[i] = rhoBck[i] + rhoFwd[i];
      }
      boolean persist = noUTurn(pSharpBckBck, pSharpFwdFwd, rho);
      double[] extended = new double[d];
      for (int i = 0; i < d; i++) {
        extended[i] = rhoBck[i] + pFwdBck[i];
      }
      persist &= noUTurn(pSharpBckBck, pSharpFwdBck, extended);
      for (int i = 0; i < d; i++) {
        extended[i] = rhoFwd[i] + pBckFwd[i];
      }
      persist &= noUTurn(pSharpBckFwd, pSharpFwdFwd, extended);
      if (!persist) {
        break;
      }
    }
    lastSample = sample;
    double acceptStat = leapfrogSteps == 0 ? 0 : sumMetropolisProbability / leapfrogSteps;
    return new Transition(sample.position.clone(), sample.logDensity, acceptStat, depth,
        leapfrogSteps, divergent, hamiltonian.hamiltonian(sample));
  }

  /** The phase point of the last transition's draw (its gradient is reused next iteration). */
  PhasePoint lastSample() {
    return lastSample;
  }

  /**
   * Builds a subtree of 2^depth leapfrog steps from {@code z} in direction {@code sign},
   * leaving {@code z} at its far end; returns false on a U-turn or divergence inside it.
   */
  private boolean buildTree(int depth, PhasePoint propose, double[] pSharpBeg,
      double[] pSharpEnd, double[] rho, double[] pBeg, double[] pEnd, int sign,
      LogWeight logSumWeight) {
    if (depth == 0) {
      hamiltonian.leapfrog(z, sign * epsilon);
      leapfrogSteps++;
      double h = hamiltonian.hamiltonian(z);
      if (h - energy0 > maxEnergyError) {
        divergent = true;
      }
      logSumWeight.add(energy0 - h);
      sumMetropolisProbability += energy0 - h > 0 ? 1 : Math.exp(energy0 - h);
      propose.copyFrom(z);
      hamiltonian.velocity(z, pSharpBeg);
      System.arraycopy(pSharpBeg, 0, pSharpEnd, 0, d);
      for (int i = 0; i < d; i++) {
        rho[i] += z.momentum[i];
      }
      System.arraycopy(z.momentum, 0, pBeg, 0, d);
      System.arraycopy(pBeg, 0, pEnd, 0, d);
      return !divergent;
    }
    LogWeight logSumWeightInit = new LogWeight();
    double[] pInitEnd = new double[d];
    double[] pSharpInitEnd = new double[d];
    double[] rhoInit = new double[d];
    if (!buildTree(depth - 1, propose, pSharpBeg, pSharpInitEnd, rhoInit, pBeg, pInitEnd, sign,
        logSumWeightInit)) {
      return false;
    }
    PhasePoint proposeFinal = z.copy();
    LogWeight logSumWeightFinal = new LogWeight();
    double[] pFinalBeg = new double[d];
    double[] pSharpFinalBeg = new double[d];
    double[] rhoFinal = new double[d];
    if (!buildTree(depth - 1, proposeFinal, pSharpFinalBeg, pSharpEnd, rhoFinal, pFinalBeg, pEnd,
        sign, logSumWeightFinal)) {
      return false;
    }
    double logSumWeightSubtree =
        SpecialFunctions.logAddExp(logSumWeightInit.value, logSumWeightFinal.value);
    logSumWeight.add(logSumWeightSubtree);
    if (logSumWeightFinal.value > logSumWeightSubtree) {
      propose.copyFrom(proposeFinal);
    } else if (rng.nextDouble() < Math.exp(logSumWeightFinal.value - logSumWeightSubtree)) {
      propose.copyFrom(proposeFinal);
    }
    double[] rhoSubtree = new double[d];
    for (int i = 0; i < d; i++) {
      rhoSubtree[i] = rhoInit[i] + rhoFinal[i];
      rho[i] += rhoSubtree[i];
    }
    boolean persist = noUTurn(pSharpBeg, pSharpEnd, rhoSubtree);
    double[] extended = new double[d];
    for (int i = 0; i < d; i++) {
      extended[i] = rhoInit[i] + pFinalBeg[i];
    }
    persist &= noUTurn(pSharpBeg, pSharpFinalBeg, extended);
    for (int i = 0; i < d; i++) {
      extended[i] = rhoFinal[i] + pInitEnd[i];
    }
    persist &= noUTurn(pSharpInitEnd, pSharpEnd, extended);
    return persist;
  }

  /** The generalised criterion: both end velocities still point along the summed momentum. */
  private static boolean noUTurn(double[] pSharpMinus, double[] pSharpPlus, double[] rho) {
    double plus = 0;
    double minus = 0;
    for (int i = 0; i < rho.length; i++) {
      plus += pSharpPlus[i] * rho[i];
      minus += pSharpMinus[i] * rho[i];
    }
    return plus > 0 && minus > 0;
  }
}
