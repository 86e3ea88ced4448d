package org.ppl4j.inference.tempered;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.inference.kernels.HamiltonianMove;
import org.ppl4j.inference.kernels.Move;
import org.ppl4j.inference.traced.Trace;
import org.ppl4j.semantics.random.Rng;

/**
 * The move of one step of waste-free tempered SMC (Dau and Chopin, "Waste-free sequential Monte
 * Carlo", JRSS B 2022): of the {@code N = M P} reweighted particles, {@code M} are resampled as
 * starting points; from each, a chain of {@code P - 1} MCMC sweeps that leave the new tempered
 * target invariant; every state of every chain (starting points included) is a particle of the
 * next population, equally weighted. The {@code M} starting points are the ancestors at
 * positions {@code j P + r} ({@code j < M}) of a resampling of {@code N}, {@code r} uniform in
 * {@code [0, P)}: each position is kept with probability {@code 1 / P}, so the expected number
 * of copies of particle {@code i} is {@code M w_i} for any unbiased scheme (for systematic
 * resampling this is systematic resampling of {@code M}). The kernels are tuned on the starting
 * points ({@link MovePlan}); a gradient move's step size is adapted after the step from its
 * acceptance rate. The evidence estimate is unchanged (the log mean incremental weight over all
 * {@code N}).
 */
final class WasteFree {
  private WasteFree() {}

  /**
   * The next population from {@code particles}, given the {@code N} {@code ancestors} of a
   * resampling of them by their incremental weights.
   */
  static <A> TemperedSmc.Moved<A> step(List<Trace<A>> particles, int[] ancestors, double beta,
      TemperedSmcConfig config, Steering steering, Rng rng) {
    int n = particles.size();
    int p = config.chainLength();
    int m = n / p;
    int offset = rng.nextInt(p);
    List<Trace<A>> starts = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      starts.add(particles.get(ancestors[j * p + offset]));
    }
    MovePlan plan = MovePlan.of(starts, steering.request(beta));
    if (plan.hamiltonian().isEmpty()) {
      steering.refuse(plan.refusal());
    }
    Rng[] rngs = TemperedSmc.split(rng, m);
    @SuppressWarnings("unchecked")
    Trace<A>[] next = new Trace[n];
    long[] accepted = new long[m];
    long[] proposed = new long[m];
    config.parallelism().forEach(m, 1, j -> {
      Trace<A> t = starts.get(j);
      next[j * p] = t;
      for (int s = 1; s < p; s++) {
        t = sweep(t, plan, beta, rngs[j], accepted, proposed, j);
        next[j * p + s] = t;
      }
    });
    long a = 0;
    long q = 0;
    for (int j = 0; j < m; j++) {
      a += accepted[j];
      q += proposed[j];
    }
    if (plan.hamiltonian().isPresent() && q > 0) {
      steering.adapt(plan.hamiltonian().get().stepSize(), (double) a / q);
    }
    return new TemperedSmc.Moved<>(List.of(next), a, q, p - 1);
  }

  private static <A> Trace<A> sweep(Trace<A> trace, MovePlan plan, double beta, Rng rng,
      long[] accepted, long[] proposed, int j) {
    if (plan.hamiltonian().isEmpty()) {
      return TemperedSmc.sweep(trace, plan, beta, rng, accepted, proposed, j);
    }
    HamiltonianMove move = plan.hamiltonian().get();
    Move<A> m = move.step(trace, beta, rng);
    proposed[j]++;
    accepted[j] += m.accepted() ? 1 : 0;
    return m.trace();
  }
}
