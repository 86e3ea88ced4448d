package org.ppl4j.inference.nuts;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.posterior.HamiltonianChecks;

/**
 * The trajectory checks of a NUTS run as the posterior carries them: how many kept transitions
 * stopped at the maximum tree depth, and the E-BFMI of each chain's energies
 * ({@link HamiltonianChecks#ebfmi(double[])}, as CmdStan's {@code diagnose} computes it).
 */
public final class NutsChecks {
  private NutsChecks() {}

  /** The checks of {@code result}'s kept transitions. */
  public static HamiltonianChecks of(NutsResult result) {
    int maxDepth = result.config().maxTreeDepth();
    long transitions = 0;
    long saturated = 0;
    List<Double> ebfmi = new ArrayList<>();
    for (ChainDraws chain : result.chains()) {
      double[] energies = new double[chain.size()];
      for (int i = 0; i < energies.length; i++) {
        Transition t = chain.transitions().get(i);
        energies[i] = t.energy();
        saturated += t.treeDepth() >= maxDepth ? 1 : 0;
      }
      transitions += energies.length;
      ebfmi.add(HamiltonianChecks.ebfmi(energies));
    }
    return new HamiltonianChecks(transitions, saturated, maxDepth, ebfmi);
  }
}
