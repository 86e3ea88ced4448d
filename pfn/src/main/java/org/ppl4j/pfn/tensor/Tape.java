package org.ppl4j.pfn.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * A Wengert list for reverse-mode automatic differentiation: every op run through {@link Ops}
 * appends the closure that propagates its output gradient to its inputs; {@link #backward}
 * runs them in reverse order. A tape that does not record (for prediction) keeps nothing.
 * A tape is used by one thread, for one step, then closed.
 */
public final class Tape implements AutoCloseable {

  private final Backend backend;
  private final boolean recording;
  private final List<Runnable> backwardSteps = new ArrayList<>();
  private final List<Tensor> intermediates = new ArrayList<>();
  private final List<Storage> scratch = new ArrayList<>();

  private Tape(Backend backend, boolean recording) {
    this.backend = backend;
    this.recording = recording;
  }

  /** A tape that records ops for a backward pass. */
  public static Tape recording(Backend backend) {
    return new Tape(backend, true);
  }

  /** A tape for inference only: ops run but record nothing. */
  public static Tape inference(Backend backend) {
    return new Tape(backend, false);
  }

  /** The backend every op on this tape uses. */
  public Backend backend() {
    return backend;
  }

  /** Whether backward closures are kept. */
  public boolean isRecording() {
    return recording;
  }

  /** A new intermediate tensor owned by this tape (released on {@link #close()}). */
  Tensor newTensor(int rows, int cols, boolean requiresGrad) {
    Tensor t = Tensor.zeros(backend, rows, cols, recording && requiresGrad);
    intermediates.add(t);
    return t;
  }

  /** Zeroed storage an op keeps for its backward pass, released on {@link #close()}. */
  Storage scratch(int length) {
    Storage s = backend.allocate(length);
    scratch.add(s);
    return s;
  }

  /** Keeps {@code step} for the backward pass when recording. */
  void onBackward(Runnable step) {
    if (recording) {
      backwardSteps.add(step);
    }
  }

  /**
   * Propagates gradients from the {@code 1 x 1} tensor {@code loss}: its gradient is set to one
   * and every recorded step runs in reverse order, adding into the inputs' gradients.
   */
  public void backward(Tensor loss) {
    if (!recording) {
      throw new IllegalStateException("backward on a tape that does not record");
    }
    if (loss.size() != 1) {
      throw new IllegalArgumentException(
          "backward needs a scalar loss, got " + loss.rows() + " x " + loss.cols());
    }
    backend.fill(loss.grad(), 1f);
    for (int i = backwardSteps.size() - 1; i >= 0; i--) {
      backwardSteps.get(i).run();
    }
    backwardSteps.clear();
  }

  /** Releases the storage of every intermediate tensor and scratch buffer of this tape. */
  @Override
  public void close() {
    for (Tensor t : intermediates) {
      t.releaseStorage();
    }
    intermediates.clear();
    for (Storage s : scratch) {
      backend.release(s);
    }
    scratch.clear();
    backwardSteps.clear();
  }
}
