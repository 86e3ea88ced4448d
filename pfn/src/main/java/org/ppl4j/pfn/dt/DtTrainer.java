package org.ppl4j.pfn.dt;

import java.time.Duration;
import java.util.Optional;
import org.ppl4j.pfn.tensor.MixtureOps;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.train.Adam;
import org.ppl4j.pfn.train.LearningRateSchedule;
import org.ppl4j.pfn.train.TrainingListener;
import org.ppl4j.semantics.random.Rng;

/**
 * Trains a Distribution Transformer (Whittle et al. 2025) on problems drawn on the fly: at each
 * step one component count K (from the meta-prior) and one observation count n (uniform on
 * {@code 0..maxObservations}, or the likelihood's fixed count) for the whole batch; for each
 * problem a prior, a latent from it, and observations given the latent. The loss is
 * {@code -log q(theta | prior, data)} of the true latent under the predicted posterior plus
 * {@code reconstructionWeight * -log r(theta | prior)} under the prior reconstructed by the
 * de-embedding (the paper's prior term), averaged over the batch; one Adam step with warm-up,
 * cosine decay and gradient-norm clipping follows.
 */
public final class DtTrainer {

  private final Backend backend;

  /** A trainer running on {@code backend}. */
  public DtTrainer(Backend backend) {
    this.backend = backend;
  }

  /** Trains for {@code config.steps()} steps; deterministic given the seed. */
  public DistributionTransformer train(Likelihood likelihood, GmmMetaPrior metaPrior,
      DtArchitecture architecture, DtTrainConfig config, TrainingListener listener) {
    return train(likelihood, metaPrior, architecture, config, listener, Optional.empty());
  }

  /**
   * Trains for at most {@code config.steps()} steps and, if given, at most {@code timeBudget}:
   * the schedule then follows {@code max(step / steps, elapsed / budget)} so that warm-up and
   * decay complete within the budget (the result then depends on the machine's speed).
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
    Adam adam = new Adam(backend, network.parameters());
    LearningRateSchedule schedule =
        new LearningRateSchedule(config.learningRate(), config.warmupSteps(), config.steps());
    long start = System.nanoTime();
    for (int step = 1; step <= config.steps(); step++) {
      int k = metaPrior.sampleComponents(dataRng);
      int n = likelihood.fixedCount().orElseGet(
          () -> dataRng.nextInt(config.maxObservations() + 1));
      DtBatch batch = DtBatch.draw(architecture, metaPrior, likelihood, config.batch(), k, n,
          dataRng.split());
      double nll = step(network, adam, batch, config.reconstructionWeight());
      double progress = (double) step / config.steps();
      if (timeBudget.isPresent()) {
        progress = Math.max(progress,
            (System.nanoTime() - start) / (double) timeBudget.get().toNanos());
      }
      double lr = schedule.atFraction(Math.min(1, progress));
      adam.step(lr, config.clipNorm());
      listener.onStep(step, config.steps(), nll, lr);
      if (progress >= 1) {
        break;
      }
    }
    return new DistributionTransformer(network, metaPrior,
        config.maxObservations(), backend);
  }

  /** Forward and backward on one batch; returns the posterior term (gradients left in place). */
  double step(DtNetwork network, Adam adam, DtBatch batch, double reconstructionWeight) {
    adam.zeroGrad();
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
