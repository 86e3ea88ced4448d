package org.ppl4j.notebook.jjava;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.ppl4j.notebook.magic.PplCellMagic;
import org.ppl4j.runner.kernel.CellRunner;
import org.ppl4j.runner.kernel.NotebookRunner;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * ppl4j in the JJava kernel: JJava installs this extension by itself when
 * {@code %jars ppl4j-notebook.jar} (or {@code %maven}) adds the jar, since the jar lists it in
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension}. It registers the {@code %%ppl}
 * cell magic ({@link PplCellMagic}), whose returned {@code Posterior} JJava displays, and the
 * rich display of posteriors.
 */
public final class PplExtension implements Extension {

  private final CellRunner runner;

  /** The extension, as the service loader creates it: cells run with {@link NotebookRunner}. */
  public PplExtension() {
    this(new NotebookRunner());
  }

  /** The extension running cells with {@code runner}. */
  PplExtension(CellRunner runner) {
    this.runner = runner;
  }

  @Override
  public void install(BaseKernel kernel) {
    PplCellMagic magic = new PplCellMagic(new JJavaHost(kernel), runner);
    CellMagic<Posterior<Value>, BaseKernel> cell = (k, args, body) -> magic.run(args, body);
    kernel.getMagicsRegistry().registerCellMagic(PplCellMagic.NAME, cell);
    JJavaDisplay.register(kernel.getRenderer());
  }
}
