package org.ppl4j.pfn.train;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Storage;

/**
 * Adam (Kingma and Ba 2015) with bias correction and no weight decay, and global gradient-norm
 * clipping: gradients are scaled by {@code min(1, clipNorm / ||g||)} before the update.
 */
public final class Adam {

  private final List<Parameter> parameters;
  private final List<Storage> firstMoments = new ArrayList<>();
  private final List<Storage> secondMoments = new ArrayList<>();
  private final Backend backend;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private int step;

  /** Adam with beta1 0.9, beta2 0.999, eps 1e-8 over {@code parameters}. */
  public Adam(Backend backend, List<Parameter> parameters) {
    this.backend = backend;
    this.parameters = List.copyOf(parameters);
    this.beta1 = 0.9;
    this.beta2 = 0.999;
    this.eps = 1e-8;
    for (Parameter p : parameters) {
      firstMoments.add(backend.allocate(p.tensor().size()));
      secondMoments.add(backend.allocate(p.tensor().size()));
    }
  }

  /** The global L2 norm of every parameter gradient. */
  public double gradientNorm() {
    double s = 0;
    for (Parameter p : parameters) {
      s += backend.sumOfSquares(p.tensor().grad());
    }
    return Math.sqrt(s);
  }

  /**
   * One update with learning rate {@code lr}, clipping to {@code clipNorm}; returns the gradient
   * norm before clipping. Gradients are left as they are (zero them before the next backward).
   */
  public double step(double lr, double clipNorm) {
    double norm = gradientNorm();
    float scale = (float) (norm > clipNorm ? clipNorm / norm : 1.0);
    step++;
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      backend.adamStep(p.tensor().value(), p.tensor().grad(), firstMoments.get(i),
          secondMoments.get(i), scale, (float) lr, (float) beta1, (float) beta2, (float) eps,
          step);
    }
    return norm;
  }

  /** Sets every gradient to zero. */
  public void zeroGrad() {
    for (Parameter p : parameters) {
      p.tensor().zeroGrad();
    }
  }
}
