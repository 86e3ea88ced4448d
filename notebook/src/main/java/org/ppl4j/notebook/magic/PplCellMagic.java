package org.ppl4j.notebook.magic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.ppl4j.runner.display.MimeBundle;
import org.ppl4j.runner.display.PosteriorDisplay;
import org.ppl4j.runner.kernel.CellRunner;
import org.ppl4j.runner.kernel.NotebookRunner;
import org.ppl4j.runner.kernel.PplError;
import org.ppl4j.runner.kernel.RunSettings;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.Value;

/**
 * The {@code %%ppl} cell magic, shared by the IJava and JJava adapters: runs the cell's body as
 * a {@code .ppl} program and binds its posterior to a notebook variable.
 *
 * <pre>
 * %%ppl [METHOD] [--method M] [--particles N] [--samples N] [--seed S] ... [--data VAR] [--out VAR]
 * </pre>
 *
 * <p>{@code --data VAR} reads the program's data inputs from the notebook variable VAR (a
 * {@code Map<String, ?>} or a JSON string); {@code --out VAR} names the variable the
 * {@code Posterior} is bound to ({@value #DEFAULT_RESULT} by default).
 */
public final class PplCellMagic {

  /** The magic's name: cells start with {@code %%ppl}. */
  public static final String NAME = "ppl";
  /** The variable a posterior is bound to without {@code --out}. */
  public static final String DEFAULT_RESULT = "posterior";

  private final NotebookHost host;
  private final CellRunner runner;

  /** The magic for one notebook, running cells with the project's compiler and methods. */
  public PplCellMagic(NotebookHost host) {
    this(host, new NotebookRunner());
  }

  /** The magic for one notebook, running cells with {@code runner}. */
  public PplCellMagic(NotebookHost host, CellRunner runner) {
    this.host = host;
    this.runner = runner;
  }

  /**
   * Runs a cell.
   *
   * @param args the words after {@code %%ppl}
   * @param body the program text
   * @return the posterior, also bound to the {@code --out} variable
   * @throws PplError for a bad option, bad data or an error in the program
   */
  public Posterior<Value> run(List<String> args, String body) throws PplError {
    RunSettings settings = RunSettings.parse(args);
    JsonNode data = new ObjectMapper().createObjectNode();
    if (settings.dataVariable().isPresent()) {
      String variable = settings.dataVariable().get();
      checkIdentifier("--data", variable);
      data = NotebookData.toJson(variable, host.eval(variable));
    }
    String out = settings.resultVariable().orElse(DEFAULT_RESULT);
    checkIdentifier("--out", out);
    Posterior<Value> posterior = runner.run("%%ppl cell", body, settings, data);
    NotebookResults.put(out, posterior);
    String fetch = NotebookResults.class.getName() + ".get(\"" + out + "\")";
    try {
      host.eval("var " + out + " = " + fetch + ";");
    } catch (PplError e) {
      // a kernel that cannot evaluate code from inside a magic still shows the result
      host.display(MimeBundle.text("note: the posterior could not be bound to '" + out
          + "' (" + e.error().getMessage() + "); get it with " + fetch));
    }
    return posterior;
  }

  /** Runs a cell and shows its posterior (for kernels that ignore a magic's return value). */
  public Posterior<Value> runAndDisplay(List<String> args, String body) throws PplError {
    Posterior<Value> posterior = run(args, body);
    host.display(PosteriorDisplay.of(posterior));
    return posterior;
  }

  private static void checkIdentifier(String option, String name) throws PplError {
    if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
      throw new PplError(option + " needs a Java variable name, got '" + name + "'");
    }
  }
}
