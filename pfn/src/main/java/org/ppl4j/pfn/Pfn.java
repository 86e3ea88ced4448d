package org.ppl4j.pfn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * A trained prior-data fitted network: the network, its bucket borders and its target (the label
 * {@code y} or a named latent). Prediction is one forward pass in which the training points are
 * the context and the test points are queries; queries attend only to the context, so they do
 * not influence each other and may be predicted all at once.
 */
public final class Pfn {

  private final PfnArchitecture architecture;
  private final BucketBorders borders;
  private final String target;
  private final PfnNetwork network;
  private final Backend backend;
  private final java.util.Optional<PfnRanges> ranges;

  /** Wraps a network with its borders and target, without training ranges. */
  public Pfn(PfnArchitecture architecture, BucketBorders borders, String target,
      PfnNetwork network, Backend backend) {
    this(architecture, borders, target, network, backend, java.util.Optional.empty());
  }

  /** Wraps a network with its borders, target and what training saw ({@link PfnRanges}). */
  public Pfn(PfnArchitecture architecture, BucketBorders borders, String target,
      PfnNetwork network, Backend backend, java.util.Optional<PfnRanges> ranges) {
    if (borders.buckets() != architecture.buckets()) {
      throw new IllegalArgumentException(borders.buckets() + " buckets for an architecture of "
          + architecture.buckets());
    }
    this.architecture = architecture;
    this.borders = borders;
    this.target = target;
    this.network = network;
    this.backend = backend;
    this.ranges = ranges;
  }

  /** What training saw, absent for networks saved before version 2 of the file. */
  public java.util.Optional<PfnRanges> ranges() {
    return ranges;
  }

  /** Reads a {@code .pfn} file onto the CPU backend. */
  public static Pfn load(Path path) throws IOException {
    return PfnFile.read(path, CpuBackend.create());
  }

  /** Writes this network to a {@code .pfn} file. */
  public void save(Path path) throws IOException {
    PfnFile.write(this, path);
  }

  /** The hyper-parameters. */
  public PfnArchitecture architecture() {
    return architecture;
  }

  /** The bucket borders of the output distribution. */
  public BucketBorders borders() {
    return borders;
  }

  /** {@code "y"} or the name of the latent this network predicts. */
  public String target() {
    return target;
  }

  /** The backend the network's parameters live on. */
  public Backend backend() {
    return backend;
  }

  /** The network (its parameters). */
  public PfnNetwork network() {
    return network;
  }

  /**
   * The posterior predictive of y at each test point given the training points.
   *
   * @param xTrain n context points (n &gt;= 0), each of {@code xDim} values
   * @param yTrain n labels
   * @param xTest m &gt; 0 query points
   */
  public Prediction predict(double[][] xTrain, double[] yTrain, double[][] xTest) {
    if (!PfnTrainConfig.LABEL.equals(target)) {
      throw new IllegalStateException("this network predicts the latent '" + target
          + "', not y; use predictLatent");
    }
    if (xTest.length == 0) {
      throw new IllegalArgumentException("x_test is empty");
    }
    return new Prediction(run(xTrain, yTrain, xTest));
  }

  /** The posterior of the latent this network was trained for, given the training points. */
  public PointPrediction predictLatent(double[][] xTrain, double[] yTrain) {
    if (PfnTrainConfig.LABEL.equals(target)) {
      throw new IllegalStateException("this network predicts y, not a latent; use predict");
    }
    return run(xTrain, yTrain, new double[][] {new double[architecture.xDim()]}).get(0);
  }

  private List<PointPrediction> run(double[][] xTrain, double[] yTrain, double[][] xTest) {
    int n = xTrain.length;
    if (yTrain.length != n) {
      throw new IllegalArgumentException(
          "x_train has " + n + " points but y_train has " + yTrain.length);
    }
    int xDim = architecture.xDim();
    int rows = n + xTest.length;
    float[] x = new float[rows * xDim];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      double[] point = r < n ? xTrain[r] : xTest[r - n];
      if (point.length != xDim) {
        throw new IllegalArgumentException((r < n ? "x_train[" + r : "x_test[" + (r - n))
            + "] has " + point.length + " values, the network expects " + xDim);
      }
      for (int c = 0; c < xDim; c++) {
        x[r * xDim + c] = (float) point[c];
      }
      if (r < n) {
        y[r] = (float) yTrain[r];
      }
    }
    float[] logProbs;
    int k = architecture.buckets();
    try (Tape tape = Tape.inference(backend)) {
      Tensor logits = network.logits(tape, Tensor.of(backend, rows, xDim, x, false),
          Tensor.of(backend, rows, 1, y, false), 1, n);
      logProbs = logits.toArray();
    }
    List<PointPrediction> out = new ArrayList<>(xTest.length);
    double[] row = new double[k];
    for (int q = 0; q < xTest.length; q++) {
      for (int b = 0; b < k; b++) {
        row[b] = logProbs[q * k + b];
      }
      out.add(PointPrediction.of(new BarDistribution(borders, row)));
    }
    return out;
  }
}
