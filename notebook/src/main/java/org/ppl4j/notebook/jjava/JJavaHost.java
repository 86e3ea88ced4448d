package org.ppl4j.notebook.jjava;

import java.util.Optional;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.ppl4j.notebook.magic.NotebookHost;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.kernel.PplError;

/** The JJava kernel as a {@link NotebookHost}: {@code evalRaw} and {@code display} are its own API. */
final class JJavaHost implements NotebookHost {

  private final BaseKernel kernel;

  JJavaHost(BaseKernel kernel) {
    this.kernel = kernel;
  }

  @Override
  public Optional<Object> eval(String javaCode) throws PplError {
    try {
      return Optional.ofNullable(kernel.evalRaw(javaCode));
    } catch (RuntimeException e) {
      throw new PplError("cannot evaluate '" + javaCode + "' in the notebook: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  @Override
  public void display(MimeBundle bundle) {
    kernel.display(JJavaDisplay.toDisplayData(bundle));
  }
}
