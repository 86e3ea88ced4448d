package org.ppl4j.pfn.dt;

import java.time.Duration;
import java.util.Optional;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.MixtureOps;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.train.Objective;
import org.ppl4j.pfn.train.Trainer;
import org.ppl4j.pfn.train.TrainingClock;
import org.ppl4j.pfn.train.TrainingListener;
import org.ppl4j.semantics.random.Rng;

/**
 * Trains a Distribution Transformer (Whittle et al. 2025) on problems drawn on the fly: at each
 * step one component count K (from the meta-prior) and one observation count n (uniform on
 * {@code 0..maxObservations}, or the likelihood's fixed count) for the whole batch; for each
 * problem a prior, a latent from it, and observations given the latent. The loss is
 * {@code -log q(theta | prior, data)} of the true latent under the predicted posterior plus
 * {@code reconstructionWeight * -log r(theta | prior)} under the prior reconstructed by the
 * de-embedding (the paper's prior term), averaged over the batch. This {@link Objective} runs in
 * the shared {@link Trainer} loop: one Adam step with warm-up, cosine decay and gradient-norm
 * clipping per batch.
 */
public final class DtTrainer {

  private final Backend backend;

  /** A trainer running on {@code backend}. */
  public DtTrainer(Backend backend) {
    this.backend = backend;
  }

  /** Trains for {@code config.train().steps()} steps; deterministic given the seed. */
  public DistributionTransformer train(Likelihood likelihood, GmmMetaPrior metaPrior,
      DtArchitecture architecture, DtTrainConfig config, TrainingListener listener) {
    return train(likelihood, metaPrior, architecture, config, listener, Optional.empty());
  }

  /**
   * Trains for at most {@code config.train().steps()} steps and, if given, at most
   * {@code timeBudget} (counted once the network is initialised; see {@link TrainingClock}).
   * The listener's "nll" is the step's posterior term alone.
   */
  public DistributionTransformer train(Likelihood likelihood, GmmMetaPrior metaPrior,
      DtArchitecture architecture, DtTrainConfig config, TrainingListener listener,
      Optional<Duration> timeBudget) {
    if (architecture.latentDim() != likelihood.latentDim()
        || architecture.observationDim() != likelihood.observationDim()) {
      throw new IllegalArgumentException("the architecture expects a " + architecture.latentDim()
          + "-dimensional latent and " + architecture.observationDim() + " values per "
          + "observation; the likelihood has " + likelihood.latentDim() + " and "
          + likelihood.observationDim());
    }
    Rng root = Rng.seeded(config.seed());
    DtNetwork network = new DtNetwork(architecture, backend, root.split());
    Rng dataRng = root.split();
    TrainingClock clock = TrainingClock.start(timeBudget);
    Objective objective = stepNumber -> {
      int k = metaPrior.sampleComponents(dataRng);
      int n = likelihood.fixedCount().orElseGet(
          () -> dataRng.nextInt(config.maxObservations() + 1));
      DtBatch batch = DtBatch.draw(architecture, metaPrior, likelihood, config.train().batch(),
          k, n, dataRng.split());
      return step(network, batch, config.reconstructionWeight());
    };
    new Trainer(backend).run(network.parameters(), objective, config.train(), listener, clock);
    return new DistributionTransformer(network, metaPrior,
        config.maxObservations(), backend);
  }

  /**
   * Forward and backward on one batch, adding into the parameter gradients; returns the
   * posterior term.
   */
  double step(DtNetwork network, DtBatch batch, double reconstructionWeight) {
    DtArchitecture arch = network.architecture();
    try (Tape tape = Tape.recording(backend)) {
      Tensor target = batch.latentTensor(backend, arch);
      DtNetwork.Output out = network.forward(tape, batch.componentTensor(backend, arch),
          batch.observationTensor(backend, arch), batch.batch());
      Tensor posterior = MixtureOps.mixtureNll(tape, out.posterior(), target,
          batch.components(), 1.0);
      Tensor loss = reconstructionWeight == 0 ? posterior
          : Ops.add(tape, posterior, MixtureOps.mixtureNll(tape, out.reconstruction(), target,
              batch.components(), reconstructionWeight));
      double nll = posterior.toArray()[0];
      tape.backward(loss);
      return nll;
    }
  }
}
