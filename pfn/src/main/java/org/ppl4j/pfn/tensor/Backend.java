package org.ppl4j.pfn.tensor;

/**
 * The tensor backend: every numerical kernel that training and prediction of a Transformer need.
 *
 * <p>This is the seam between model code and hardware. Layers and autograd call only these
 * methods on {@link Storage} they obtained from the same backend, so a GPU implementation plugs
 * in without touching the model. All matrices are row-major; a matrix view is (storage, offset,
 * leading dimension). Methods named {@code ...Backward} <em>add</em> into gradient storage
 * (gradients accumulate), every other method overwrites its output unless it says otherwise.
 * Results must not depend on the number of threads used.
 */
public interface Backend {

  /** A short name for messages, e.g. {@code "cpu"}. */
  String name();

  /** New zero-filled storage of {@code length >= 0} floats. */
  Storage allocate(int length);

  /** New storage holding a copy of {@code values}. */
  Storage upload(float[] values);

  /**
   * Hands storage back to the backend once no tensor uses it (a pooling backend may reuse it);
   * the CPU backend leaves it to the garbage collector.
   */
  default void release(Storage storage) {}

  /** A host copy of the whole storage. */
  float[] download(Storage storage);

  /** Sets every element of {@code storage} to {@code value}. */
  void fill(Storage storage, float value);

  /** Copies {@code length} floats from {@code src[srcOffset..]} to {@code dst[dstOffset..]}. */
  void copy(Storage src, int srcOffset, Storage dst, int dstOffset, int length);

  /**
   * General matrix product {@code C = alpha * op(A) * op(B) + beta * C}, where {@code op(A)} is
   * {@code m x k} and {@code op(B)} is {@code k x n}; {@code op(X)} is {@code X} or its transpose.
   * The views of A, B and C are (offset, leading dimension) into their storage.
   */
  void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
      Storage a, int aOffset, int lda, Storage b, int bOffset, int ldb,
      float beta, Storage c, int cOffset, int ldc);

  /**
   * Batched {@link #gemm}: {@code count} independent products, the i-th using offsets advanced
   * by {@code i * stride} for each of A, B and C.
   */
  default void gemmBatched(boolean transA, boolean transB, int m, int n, int k, float alpha,
      Storage a, int aOffset, int lda, int aStride, Storage b, int bOffset, int ldb, int bStride,
      float beta, Storage c, int cOffset, int ldc, int cStride, int count) {
    for (int i = 0; i < count; i++) {
      gemm(transA, transB, m, n, k, alpha, a, aOffset + i * aStride, lda,
          b, bOffset + i * bStride, ldb, beta, c, cOffset + i * cStride, ldc);
    }
  }

  /** {@code y[r, c] += bias[c]} for a {@code rows x cols} matrix. */
  void addRowVector(Storage y, Storage bias, int rows, int cols);

  /** {@code biasGrad[c] += sum_r dy[r, c]}. */
  void sumRowsInto(Storage dy, Storage biasGrad, int rows, int cols);

  /** {@code out[i] = a[i] + b[i]} for {@code i < length}. */
  void add(Storage a, Storage b, Storage out, int length);

  /** {@code y[i] += alpha * x[i]} for {@code i < length}. */
  void axpy(float alpha, Storage x, Storage y, int length);

  /** {@code x[i] *= factor} for every element. */
  void scale(Storage x, float factor);

  /** Sum of squares of every element, accumulated in double. */
  double sumOfSquares(Storage x);

  /** GELU (tanh form, Hendrycks and Gimpel 2016): {@code out = gelu(x)} elementwise. */
  void gelu(Storage x, Storage out, int length);

  /** {@code dx += gelu'(x) * dy} elementwise. */
  void geluBackward(Storage x, Storage dy, Storage dx, int length);

  /**
   * Layer normalisation over each row (Ba, Kiros and Hinton 2016):
   * {@code out = gamma * (x - mean) / sqrt(var + eps) + beta}; stores each row's mean and
   * reciprocal standard deviation ({@code rows} floats each) for the backward pass.
   */
  void layerNorm(Storage x, Storage gamma, Storage beta, Storage out, Storage mean,
      Storage rstd, int rows, int cols, float eps);

  /** Adds the gradients of {@link #layerNorm} to {@code dx}, {@code dgamma}, {@code dbeta}. */
  void layerNormBackward(Storage x, Storage gamma, Storage mean, Storage rstd, Storage dy,
      Storage dx, Storage dgamma, Storage dbeta, int rows, int cols);

  /**
   * Scaled dot-product multi-head attention (Vaswani et al. 2017) where every query row attends
   * to the first {@code shape.keyCount()} key rows of its sequence; stores the attention
   * probabilities ({@link AttentionShape#probabilityCount()} floats) for the backward pass.
   */
  void attention(AttentionShape shape, Storage q, Storage k, Storage v, Storage out,
      Storage probabilities);

  /** Adds the gradients of {@link #attention} with respect to q, k and v. */
  void attentionBackward(AttentionShape shape, Storage q, Storage k, Storage v,
      Storage probabilities, Storage dOut, Storage dq, Storage dk, Storage dv);

  /**
   * Row-wise softmax cross-entropy: for each row r of the {@code rows x classes} logits,
   * {@code loss[r] = -log softmax(logits[r])[target[r]]}; also writes
   * {@code dLogits[r] = weight[r] * (softmax(logits[r]) - onehot(target[r]))}, the gradient of
   * {@code sum_r weight[r] * loss[r]}. Targets are class indices stored as floats.
   */
  void softmaxCrossEntropy(Storage logits, Storage target, Storage weight, Storage loss,
      Storage dLogits, int rows, int classes);

  /** Row-wise log-softmax: {@code out[r] = logits[r] - logsumexp(logits[r])}. */
  void logSoftmax(Storage logits, Storage out, int rows, int classes);

  /**
   * Copies rows {@code [from, to)} of each of {@code batch} blocks of {@code rowsPerBlock} rows
   * into a packed {@code batch * (to - from) x cols} matrix.
   */
  void gatherRows(Storage x, Storage out, int batch, int rowsPerBlock, int from, int to,
      int cols);

  /** Adds the packed gradient {@code dOut} back into the rows {@link #gatherRows} read. */
  void scatterRowsAdd(Storage dOut, Storage dx, int batch, int rowsPerBlock, int from, int to,
      int cols);

  /**
   * Zeroes every row at or after {@code keep} in each of {@code batch} blocks of
   * {@code rowsPerBlock} rows (out may be x); the same call is its own backward.
   */
  void maskRows(Storage x, Storage out, int batch, int rowsPerBlock, int keep, int cols);

  /**
   * One Adam step (Kingma and Ba 2015), bias-corrected, no weight decay:
   * {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; p -= lr mhat / (sqrt(vhat) + eps)}, with
   * the gradient first multiplied by {@code gradScale} (for gradient-norm clipping).
   *
   * @param step 1-based step number
   */
  void adamStep(Storage parameter, Storage gradient, Storage m, Storage v, float gradScale,
      float learningRate, float beta1, float beta2, float eps, int step);
}
