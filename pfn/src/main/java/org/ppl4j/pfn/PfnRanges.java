package org.ppl4j.pfn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ppl4j.pfn.prior.Dataset;
import org.ppl4j.pfn.prior.DatasetPrior;
import org.ppl4j.semantics.random.Rng;

/**
 * What a PFN saw in training (issue 24): per coordinate of x the smallest and largest value, the
 * range of y, and the most points per dataset, from {@value #SURVEYED} datasets drawn from the
 * training prior. Stored in {@code .pfn} files of version 2 ({@link PfnFile}); a dataset outside
 * these ranges gets notes ({@link #notes}), since a network extrapolates silently there.
 *
 * @param xLow per coordinate, the smallest x seen
 * @param xHigh per coordinate, the largest x seen
 * @param yLow the smallest y seen
 * @param yHigh the largest y seen
 * @param points the most points per training dataset
 */
public record PfnRanges(double[] xLow, double[] xHigh, double yLow, double yHigh, int points) {

  /** The datasets surveyed. */
  public static final int SURVEYED = 500;

  /** Copies the arrays; checks the dimensions agree. */
  public PfnRanges {
    if (xLow.length != xHigh.length || points < 1) {
      throw new IllegalArgumentException("x ranges of " + xLow.length + " and " + xHigh.length
          + " coordinates, " + points + " points");
    }
    xLow = xLow.clone();
    xHigh = xHigh.clone();
  }

  /** The ranges of {@value #SURVEYED} datasets of {@code points} points drawn from {@code prior}. */
  public static PfnRanges survey(DatasetPrior prior, int points, Rng rng) {
    double[] xLow = new double[prior.xDim()];
    double[] xHigh = new double[prior.xDim()];
    Arrays.fill(xLow, Double.POSITIVE_INFINITY);
    Arrays.fill(xHigh, Double.NEGATIVE_INFINITY);
    double yLow = Double.POSITIVE_INFINITY;
    double yHigh = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < SURVEYED; s++) {
      Dataset d = prior.sample(points, rng);
      for (int i = 0; i < d.size(); i++) {
        for (int c = 0; c < xLow.length; c++) {
          xLow[c] = Math.min(xLow[c], d.x()[i][c]);
          xHigh[c] = Math.max(xHigh[c], d.x()[i][c]);
        }
        yLow = Math.min(yLow, d.y()[i]);
        yHigh = Math.max(yHigh, d.y()[i]);
      }
    }
    return new PfnRanges(xLow, xHigh, yLow, yHigh, points);
  }

  /** Notes on a dataset outside these ranges (empty when inside), naming the network. */
  public List<String> notes(double[][] x, double[] y, String net) {
    List<String> notes = new ArrayList<>();
    if (x.length > points) {
      notes.add(x.length + " points, '" + net + "' was trained on datasets of at most " + points
          + ": its posterior is extrapolated");
    }
    outer:
    for (int i = 0; i < x.length; i++) {
      for (int c = 0; c < xLow.length && c < x[i].length; c++) {
        if (x[i][c] < xLow[c] || x[i][c] > xHigh[c]) {
          notes.add(String.format(Locale.ROOT, "x[%d] has the value %.6g, outside the range "
              + "[%.4g, %.4g] seen in training '%s': its posterior is extrapolated", i,
              x[i][c], xLow[c], xHigh[c], net));
          break outer;
        }
      }
    }
    for (int i = 0; i < y.length; i++) {
      if (y[i] < yLow || y[i] > yHigh) {
        notes.add(String.format(Locale.ROOT, "y[%d] has the value %.6g, outside the range "
            + "[%.4g, %.4g] seen in training '%s': its posterior is extrapolated", i, y[i], yLow,
            yHigh, net));
        break;
      }
    }
    return notes;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(xLow.length);
    for (int c = 0; c < xLow.length; c++) {
      out.writeDouble(xLow[c]);
      out.writeDouble(xHigh[c]);
    }
    out.writeDouble(yLow);
    out.writeDouble(yHigh);
    out.writeInt(points);
  }

  static PfnRanges read(DataInputStream in) throws IOException {
    int d = in.readInt();
    if (d < 0 || d > 1 << 16) {
      throw new IllegalArgumentException("x ranges of " + d + " coordinates");
    }
    double[] low = new double[d];
    double[] high = new double[d];
    for (int c = 0; c < d; c++) {
      low[c] = in.readDouble();
      high[c] = in.readDouble();
    }
    return new PfnRanges(low, high, in.readDouble(), in.readDouble(), in.readInt());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PfnRanges r && Arrays.equals(xLow, r.xLow) && Arrays.equals(xHigh, r.xHigh)
        && Double.compare(yLow, r.yLow) == 0 && Double.compare(yHigh, r.yHigh) == 0
        && points == r.points;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(xLow) * 31 + Arrays.hashCode(xHigh) + points;
  }

  @Override
  public String toString() {
    return "PfnRanges[x " + Arrays.toString(xLow) + ".." + Arrays.toString(xHigh) + ", y "
        + yLow + ".." + yHigh + ", points " + points + "]";
  }
}
