package org.ppl4j.semantics.posterior;

/**
 * Autocovariances of a series at every lag by the fast Fourier transform: the series, centred
 * and zero-padded to a power of two at least twice its length, is transformed, its power
 * spectrum transformed back (Wiener–Khinchin), in O(n log n) instead of O(n²). The FFT is the
 * iterative radix-2 Cooley–Tukey algorithm.
 */
final class Autocovariance {
  private Autocovariance() {}

  /** The biased (divide-by-n) autocovariances of {@code x} at lags 0..n−1. */
  static double[] of(double[] x) {
    int n = x.length;
    double mean = 0.0;
    for (double v : x) {
      mean += v / n;
    }
    int size = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
    double[] re = new double[size];
    double[] im = new double[size];
    for (int i = 0; i < n; i++) {
      re[i] = x[i] - mean;
    }
    fft(re, im, false);
    for (int i = 0; i < size; i++) {
      re[i] = re[i] * re[i] + im[i] * im[i];
      im[i] = 0.0;
    }
    fft(re, im, true);
    double[] acov = new double[n];
    for (int t = 0; t < n; t++) {
      acov[t] = re[t] / size / n;
    }
    return acov;
  }

  /** In-place radix-2 FFT of (re, im), length a power of two; unscaled in both directions. */
  static void fft(double[] re, double[] im, boolean inverse) {
    int size = re.length;
    for (int i = 1, j = 0; i < size; i++) {
      int bit = size >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int length = 2; length <= size; length <<= 1) {
      double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
      double wRe = Math.cos(angle);
      double wIm = Math.sin(angle);
      for (int start = 0; start < size; start += length) {
        double uRe = 1.0;
        double uIm = 0.0;
        for (int k = 0; k < length / 2; k++) {
          int a = start + k;
          int b = a + length / 2;
          double vRe = re[b] * uRe - im[b] * uIm;
          double vIm = re[b] * uIm + im[b] * uRe;
          re[b] = re[a] - vRe;
          im[b] = im[a] - vIm;
          re[a] += vRe;
          im[a] += vIm;
          double nextRe = uRe * wRe - uIm * wIm;
          uIm = uRe * wIm + uIm * wRe;
          uRe = nextRe;
        }
      }
    }
  }
}
