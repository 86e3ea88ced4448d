package org.ppl4j.pfn.dt;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ppl4j.semantics.random.Rng;

/**
 * What a Distribution Transformer saw in training, beyond its {@link GmmMetaPrior} and largest
 * observation count: the range of every observation value (per coordinate, over
 * {@value #SURVEY_PROBLEMS} problems drawn as training draws them), the likelihood program's
 * name and SHA-256 hash, and {@link LikelihoodProbe}s that let a model's likelihood be compared
 * with the training one by behaviour. Stored in {@code .dt} files from format version 2 on
 * ({@link DtFile}); a version-1 file has none.
 *
 * @param observationLow the smallest value seen of each observation coordinate
 * @param observationHigh the largest value seen of each observation coordinate
 * @param likelihoodName the likelihood program's file name
 * @param likelihoodHash the SHA-256 of the likelihood program's text, in hex
 * @param probes the likelihood's fingerprint (empty when its draws are not its observations)
 */
public record TrainingRanges(double[] observationLow, double[] observationHigh,
    String likelihoodName, String likelihoodHash, List<LikelihoodProbe> probes) {

  /** Problems drawn to survey the observation ranges. */
  public static final int SURVEY_PROBLEMS = 500;

  /** Probes stored. */
  public static final int PROBES = 4;

  /** Copies the arrays and list. */
  public TrainingRanges {
    observationLow = observationLow.clone();
    observationHigh = observationHigh.clone();
    probes = List.copyOf(probes);
    if (observationLow.length != observationHigh.length) {
      throw new IllegalArgumentException("observation ranges differ in length");
    }
  }

  @Override
  public double[] observationLow() {
    return observationLow.clone();
  }

  @Override
  public double[] observationHigh() {
    return observationHigh.clone();
  }

  /**
   * The ranges of {@code likelihood} under {@code meta} with up to {@code maxObservations}
   * observations per problem (what training draws), surveyed from {@code rng}.
   *
   * @param source the likelihood program's text (hashed)
   */
  public static TrainingRanges survey(ModelLikelihood likelihood, String name, String source,
      GmmMetaPrior meta, int maxObservations, Rng rng) {
    int dim = likelihood.observationDim();
    double[] low = new double[dim];
    double[] high = new double[dim];
    java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
    int d = likelihood.latentDim();
    for (int p = 0; p < SURVEY_PROBLEMS; p++) {
      Gmm prior = meta.sample(meta.sampleComponents(rng), d, rng);
      double[][] rows = likelihood.observe(prior.sample(rng),
          Math.max(1, maxObservations), rng);
      for (double[] row : rows) {
        for (int i = 0; i < dim; i++) {
          low[i] = Math.min(low[i], row[i]);
          high[i] = Math.max(high[i], row[i]);
        }
      }
    }
    List<LikelihoodProbe> probes = new ArrayList<>();
    for (int p = 0; p < PROBES; p++) {
      Gmm prior = meta.sample(1, d, rng);
      int count = likelihood.fixedCount().orElse(Math.max(1, Math.min(5, maxObservations)));
      LikelihoodProbe.draw(likelihood, prior, count, rng).ifPresent(probes::add);
    }
    return new TrainingRanges(low, high, name, sha256(source), probes);
  }

  /** The SHA-256 of {@code text} (UTF-8), in lower-case hex. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Writes these ranges (the version-2 header block of {@link DtFile}). */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(observationLow.length);
    for (int i = 0; i < observationLow.length; i++) {
      out.writeDouble(observationLow[i]);
      out.writeDouble(observationHigh[i]);
    }
    out.writeUTF(likelihoodName);
    out.writeUTF(likelihoodHash);
    out.writeInt(probes.size());
    for (LikelihoodProbe p : probes) {
      writeMatrix(p.observations(), out);
      writeMatrix(p.latents(), out);
      for (double v : p.logLikelihoodChanges()) {
        out.writeDouble(v);
      }
    }
  }

  /** Reads ranges written by {@link #write}. */
  static TrainingRanges read(DataInputStream in) throws IOException {
    int dim = count(in.readInt(), "observation dimension");
    double[] low = new double[dim];
    double[] high = new double[dim];
    for (int i = 0; i < dim; i++) {
      low[i] = in.readDouble();
      high[i] = in.readDouble();
    }
    String name = in.readUTF();
    String hash = in.readUTF();
    int n = count(in.readInt(), "probe count");
    List<LikelihoodProbe> probes = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      double[][] observations = readMatrix(in);
      double[][] latents = readMatrix(in);
      double[] changes = new double[latents.length];
      for (int j = 0; j < changes.length; j++) {
        changes[j] = in.readDouble();
      }
      probes.add(new LikelihoodProbe(observations, latents, changes));
    }
    return new TrainingRanges(low, high, name, hash, probes);
  }

  private static void writeMatrix(double[][] m, DataOutputStream out) throws IOException {
    out.writeInt(m.length);
    out.writeInt(m.length == 0 ? 0 : m[0].length);
    for (double[] row : m) {
      for (double v : row) {
        out.writeDouble(v);
      }
    }
  }

  private static double[][] readMatrix(DataInputStream in) throws IOException {
    int rows = count(in.readInt(), "rows");
    int cols = count(in.readInt(), "columns");
    double[][] m = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m[i][j] = in.readDouble();
      }
    }
    return m;
  }

  private static int count(int n, String what) {
    if (n < 0 || n > 1_000_000) {
      throw new IllegalArgumentException(what + " " + n + " is out of range");
    }
    return n;
  }
}
