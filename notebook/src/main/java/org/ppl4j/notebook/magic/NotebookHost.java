package org.ppl4j.notebook.magic;

import java.util.Optional;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.kernel.PplError;

/**
 * What the {@code %%ppl} magic needs from the Java kernel it runs in (IJava or JJava): the
 * values of the notebook's variables, a way to declare one, and a display.
 */
public interface NotebookHost {

  /**
   * Evaluates a Java expression or statement in the notebook (IJava's and JJava's
   * {@code evalRaw}) and returns its value: empty for a statement or a {@code null} value.
   *
   * @throws PplError if the code does not compile or throws
   */
  Optional<Object> eval(String javaCode) throws PplError;

  /** Shows a rich display in the current cell's output. */
  void display(MimeBundle bundle);
}
