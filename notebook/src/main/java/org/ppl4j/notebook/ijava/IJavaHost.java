package org.ppl4j.notebook.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.ppl4j.notebook.magic.NotebookHost;
import org.ppl4j.runner.kernel.BasekernelDisplay;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.kernel.PplError;

/**
 * The IJava kernel as a {@link NotebookHost}: evaluates Java code with IJava's
 * {@code JavaKernel.evalRaw(String)} (by reflection) and displays through basekernel.
 */
final class IJavaHost implements NotebookHost {

  private final BaseKernel kernel;
  private final Method evalRaw;

  IJavaHost(BaseKernel kernel) {
    this.kernel = kernel;
    try {
      this.evalRaw = kernel.getClass().getMethod("evalRaw", String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("this IJava kernel cannot evaluate code (no evalRaw)", e);
    }
  }

  @Override
  public Optional<Object> eval(String javaCode) throws PplError {
    try {
      return Optional.ofNullable(evalRaw.invoke(kernel, javaCode));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new PplError("cannot evaluate '" + javaCode + "' in the notebook: "
          + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call the IJava kernel", e);
    }
  }

  @Override
  public void display(MimeBundle bundle) {
    kernel.display(BasekernelDisplay.toDisplayData(bundle));
  }
}
