package org.ppl4j.pfn.evaluation;

import java.util.Arrays;
import org.ppl4j.pfn.BucketBorders;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.PfnNetwork;
import org.ppl4j.pfn.PfnTrainConfig;
import org.ppl4j.pfn.PfnTrainer;
import org.ppl4j.pfn.TrainingBatch;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.train.Adam;
import org.ppl4j.semantics.random.Rng;

/**
 * PFN training steps (forward, backward, Adam) on one batch held on the device, for measuring
 * the speed of a step and comparing backends step by step: the same seed gives the same
 * initial network and batch on every backend. The batch is uploaded once, so a step moves only
 * the loss (one float) and the gradient norm's partial sums across the bus.
 */
public final class FixedBatchTraining {

  private final Backend backend;
  private final PfnNetwork network;
  private final Adam adam;
  private final TrainingBatch batch;
  private final Tensor x;
  private final Tensor y;
  private final Tensor targets;
  private final Tensor weights;

  /**
   * A network of {@code arch} and a batch of {@code batchSize} datasets of {@code points} points
   * from {@code prior}, the first {@code contextRows} of each the context.
   *
   * @param contextRows in [0, points - 1]
   */
  public FixedBatchTraining(Backend backend, DatasetPrior prior, PfnArchitecture arch,
      int batchSize, int points, int contextRows, long seed) {
    this.backend = backend;
    Rng root = Rng.seeded(seed);
    PfnTrainConfig config = PfnTrainConfig.defaults().withBatch(batchSize).withPoints(points)
        .withBorderSamples(Math.max(1000, 20 * arch.buckets())).withSeed(seed);
    BucketBorders borders = PfnTrainer.borders(prior, config, arch.buckets(), root.split());
    PfnArchitecture a = arch.withBuckets(borders.buckets());
    this.network = new PfnNetwork(a, backend, root.split());
    this.adam = new Adam(backend, network.parameters());
    this.batch = TrainingBatch.draw(prior, borders, PfnTrainConfig.LABEL, batchSize, points,
        contextRows, root.split());
    int total = batch.batch() * batch.rows();
    float[] w = new float[batch.queryCount()];
    Arrays.fill(w, 1f / batch.queryCount());
    this.x = Tensor.of(backend, total, a.xDim(), batch.x(), false);
    this.y = Tensor.of(backend, total, 1, batch.y(), false);
    this.targets = Tensor.of(backend, batch.queryCount(), 1, batch.targets(), false);
    this.weights = Tensor.of(backend, batch.queryCount(), 1, w, false);
  }

  /**
   * One step with learning rate {@code lr} and gradient-norm clip 1; returns the batch's loss.
   *
   * @param lr the learning rate, &gt; 0
   */
  public double step(double lr) {
    adam.zeroGrad();
    double loss;
    try (Tape tape = Tape.recording(backend)) {
      Tensor logits = network.logits(tape, x, y, batch.batch(), batch.contextRows());
      Tensor l = Ops.crossEntropy(tape, logits, targets, weights);
      loss = l.toArray()[0];
      tape.backward(l);
    }
    adam.step(lr, 1.0);
    return loss;
  }

  /** The network's parameter count. */
  public long parameterCount() {
    return network.parameters().stream().mapToLong(p -> p.tensor().size()).sum();
  }
}
