package org.ppl4j.pfn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ppl4j.pfn.nn.SequenceGroup;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.train.Objective;
import org.ppl4j.pfn.train.Trainer;
import org.ppl4j.pfn.train.TrainingClock;
import org.ppl4j.pfn.train.TrainingListener;
import org.ppl4j.semantics.random.Rng;

/**
 * Trains a PFN on datasets drawn from a prior (Müller et al. 2022, Algorithm 1), the PFN's
 * {@link Objective} run by the shared {@link Trainer} loop: each step draws
 * context sizes n ({@link ContextSizes}: uniform on [0, T - 1] by default, as in the paper), a
 * fresh batch of datasets, and takes one Adam step on the negative log-likelihood of the query
 * targets under the predicted bar distribution.
 *
 * <p>Every query point has the same loss weight, {@code 1 / (B E[T - n])}, so the loss is the
 * mean over query points in expectation. With uniform n a context size's total weight is
 * proportional to its T - n queries; with {@link ContextSizes#EQUAL_QUERIES} every n gets the
 * same total weight. On the GP benchmark ({@code bench/pfn/run.sh 10}) uniform sizes gave a
 * mean NLL gap of 0.077 nats against 0.099 (bench/pfn/RESULTS.md): every n, large ones
 * included, gained from seeing as many datasets at every context size.
 */
public final class PfnTrainer {

  private final Backend backend;

  /** A trainer running on {@code backend}. */
  public PfnTrainer(Backend backend) {
    this.backend = backend;
  }

  /**
   * Equal-mass bucket borders from {@code samples} prior draws of the target: the labels of
   * datasets of {@code points} points, or one latent per draw.
   */
  public static BucketBorders borders(DatasetPrior prior, PfnTrainConfig config, int buckets,
      Rng rng) {
    int need = config.borderSamples();
    double[] values = new double[need];
    int filled = 0;
    boolean label = config.targetsLabel();
    while (filled < need) {
      Dataset d = prior.sample(label ? config.points() : 1, rng);
      if (label) {
        int take = Math.min(d.size(), need - filled);
        System.arraycopy(d.y(), 0, values, filled, take);
        filled += take;
      } else {
        values[filled++] = TrainingBatch.latentOf(d, config.target());
      }
    }
    return BucketBorders.fromSamples(values, buckets);
  }

  /** Trains a network of {@code architecture} on {@code prior}; deterministic given the seed. */
  public Pfn train(DatasetPrior prior, PfnArchitecture architecture, PfnTrainConfig config,
      TrainingListener listener) {
    return train(prior, architecture, config, listener, Optional.empty());
  }

  /**
   * Trains for at most {@code config.train().steps()} steps and, if given, at most
   * {@code timeBudget} of wall time (counted from the start, bucket borders included; see
   * {@link TrainingClock}).
   */
  public Pfn train(DatasetPrior prior, PfnArchitecture architecture, PfnTrainConfig config,
      TrainingListener listener, Optional<Duration> timeBudget) {
    if (architecture.xDim() != prior.xDim()) {
      throw new IllegalArgumentException("architecture expects " + architecture.xDim()
          + "-dimensional x but the prior draws " + prior.xDim() + "-dimensional x");
    }
    TrainingClock clock = TrainingClock.start(timeBudget);
    Rng root = Rng.seeded(config.seed());
    Rng initRng = root.split();
    Rng borderRng = root.split();
    Rng dataRng = root.split();
    BucketBorders borders = borders(prior, config, architecture.buckets(), borderRng);
    PfnArchitecture arch = architecture.withBuckets(borders.buckets());
    PfnNetwork network = new PfnNetwork(arch, backend, initRng);
    int maxContext = config.targetsLabel() ? config.points() - 1 : config.points();
    ContextSizeSampler contexts = new ContextSizeSampler(config.points(), config.contextSizes());
    int batch = config.train().batch();
    double queryWeight = 1.0 / (batch * (config.targetsLabel() ? contexts.expectedQueries() : 1.0));
    int groupSize = batch / config.contextGroups();
    Objective objective = stepNumber -> {
      List<TrainingBatch> groups = new ArrayList<>(config.contextGroups());
      for (int g = 0; g < config.contextGroups(); g++) {
        int n = config.targetsLabel() ? contexts.draw(dataRng) : dataRng.nextInt(maxContext + 1);
        groups.add(TrainingBatch.draw(prior, borders, config.target(), groupSize,
            config.points(), n, dataRng.split()));
      }
      return step(network, groups, borders, queryWeight);
    };
    new Trainer(backend).run(network.parameters(), objective, config.train(), listener, clock);
    PfnRanges ranges = PfnRanges.survey(prior, config.points(), root.split());
    return new Pfn(arch, borders, config.target(), network, backend, Optional.of(ranges));
  }

  /**
   * Forward and backward on stacked batches, each with its own context size, with loss
   * {@code queryWeight * sum over all queries of NLL}, adding into the parameter gradients;
   * returns the mean NLL per query. The groups run through the network together (see
   * {@link SequenceGroup}), so the row-wise layers see one large matrix per step.
   */
  double step(PfnNetwork network, List<TrainingBatch> batches, BucketBorders borders,
      double queryWeight) {
    int xDim = network.architecture().xDim();
    StackedBatch stacked = StackedBatch.of(batches);
    float[] w = new float[stacked.targets().length];
    Arrays.fill(w, (float) queryWeight);
    try (Tape tape = Tape.recording(backend)) {
      Tensor x = Tensor.of(backend, stacked.y().length, xDim, stacked.x(), false);
      Tensor y = Tensor.of(backend, stacked.y().length, 1, stacked.y(), false);
      Tensor targets = Tensor.of(backend, w.length, 1, stacked.targets(), false);
      Tensor weights = Tensor.of(backend, w.length, 1, w, false);
      Tensor logits = network.logits(tape, x, y, stacked.groups());
      Tensor loss = Ops.crossEntropy(tape, logits, targets, weights);
      double ce = loss.toArray()[0] / (queryWeight * w.length);
      tape.backward(loss);
      double withinBucket = 0;
      for (TrainingBatch b : batches) {
        withinBucket += b.meanWithinBucketNll(borders) * b.queryCount();
      }
      return ce + withinBucket / w.length;
    }
  }
}
