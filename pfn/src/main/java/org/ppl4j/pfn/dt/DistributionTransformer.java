package org.ppl4j.pfn.dt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * A trained Distribution Transformer (Whittle, Ziomek, Rawling and Osborne 2025): maps a
 * Gaussian-mixture prior and a set of observations to a Gaussian-mixture posterior in one
 * forward pass. The posterior has the prior's number of components and may be fed back as the
 * next prior (sequential inference):
 * <pre>
 *   Gmm belief = prior;
 *   for (double[][] batch : stream) { belief = dt.update(belief, batch); }
 * </pre>
 * It is accurate for priors that look like draws of its {@link GmmMetaPrior} and at most
 * {@link #maxObservations()} observations per update, for the likelihood it was trained on.
 */
public final class DistributionTransformer {

  private final DtNetwork network;
  private final GmmMetaPrior metaPrior;
  private final int maxObservations;
  private final Backend backend;
  private final Optional<TrainingRanges> ranges;

  /** Wraps a trained network with the meta-prior and observation count it was trained for. */
  public DistributionTransformer(DtNetwork network, GmmMetaPrior metaPrior, int maxObservations,
      Backend backend) {
    this(network, metaPrior, maxObservations, backend, Optional.empty());
  }

  /** Wraps a trained network with everything it was trained on, ranges when known. */
  public DistributionTransformer(DtNetwork network, GmmMetaPrior metaPrior, int maxObservations,
      Backend backend, Optional<TrainingRanges> ranges) {
    this.network = network;
    this.metaPrior = metaPrior;
    this.maxObservations = maxObservations;
    this.backend = backend;
    this.ranges = java.util.Objects.requireNonNull(ranges, "ranges");
  }

  /** This network with its training ranges recorded (saved with it). */
  public DistributionTransformer withRanges(TrainingRanges newRanges) {
    return new DistributionTransformer(network, metaPrior, maxObservations, backend,
        Optional.of(newRanges));
  }

  /**
   * The observation ranges and likelihood fingerprint seen in training; empty for a network
   * read from a version-1 file.
   */
  public Optional<TrainingRanges> ranges() {
    return ranges;
  }

  /** Reads a {@code .dt} file onto the CPU backend. */
  public static DistributionTransformer load(Path path) throws IOException {
    return DtFile.read(path, CpuBackend.create());
  }

  /** Writes this network to a {@code .dt} file. */
  public void save(Path path) throws IOException {
    DtFile.write(this, path);
  }

  /** The hyper-parameters. */
  public DtArchitecture architecture() {
    return network.architecture();
  }

  /** The network (its parameters). */
  public DtNetwork network() {
    return network;
  }

  /** The distribution over priors this network was trained on. */
  public GmmMetaPrior metaPrior() {
    return metaPrior;
  }

  /** The largest number of observations per problem seen in training. */
  public int maxObservations() {
    return maxObservations;
  }

  /**
   * The posterior given {@code prior} and {@code observations}.
   *
   * @param prior a mixture of dimension {@code latentDim}
   * @param observations rows of {@code observationDim} values (may be empty)
   */
  public Gmm update(Gmm prior, double[][] observations) {
    return updateAll(List.of(prior), java.util.Collections.singletonList(observations)).get(0);
  }

  /**
   * The posteriors of many problems; problems with equal component and observation counts run
   * as one batch.
   */
  public List<Gmm> updateAll(List<Gmm> priors, List<double[][]> observations) {
    if (priors.size() != observations.size()) {
      throw new IllegalArgumentException(priors.size() + " priors for " + observations.size()
          + " observation sets");
    }
    DtArchitecture arch = network.architecture();
    Map<Long, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < priors.size(); i++) {
      Gmm prior = priors.get(i);
      if (prior.dimension() != arch.latentDim()) {
        throw new IllegalArgumentException("prior " + i + " has dimension " + prior.dimension()
            + ", the network's latent has dimension " + arch.latentDim());
      }
      long key = ((long) prior.components() << 32) | observations.get(i).length;
      groups.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
    }
    Gmm[] out = new Gmm[priors.size()];
    for (List<Integer> group : groups.values()) {
      List<Gmm> ps = new ArrayList<>();
      List<double[][]> os = new ArrayList<>();
      for (int i : group) {
        ps.add(priors.get(i));
        os.add(observations.get(i));
      }
      DtBatch batch = DtBatch.of(arch, ps, os, List.of());
      float[] raw;
      try (Tape tape = Tape.inference(backend)) {
        raw = network.forward(tape, batch.componentTensor(backend, arch),
            batch.observationTensor(backend, arch), batch.batch()).posterior().toArray();
      }
      int k = batch.components();
      for (int j = 0; j < group.size(); j++) {
        out[group.get(j)] = ComponentCoding.decode(raw, j * k * arch.componentWidth(), k,
            arch.latentDim());
      }
    }
    return List.of(out);
  }
}
