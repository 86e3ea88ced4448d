package org.ppl4j.notebook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.CellMagicParseContext;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import io.github.spencerpark.jupyter.kernel.magic.registry.UndefinedMagicException;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import java.util.List;
import java.util.Optional;
import org.ppl4j.notebook.ijava.PplNotebook;
import org.ppl4j.notebook.magic.PplCellMagic;
import org.ppl4j.runner.kernel.CompleteKernelInfoReply;
import org.ppl4j.runner.kernel.Completeness;
import org.ppl4j.runner.kernel.Completion;
import org.ppl4j.runner.kernel.PplError;
import org.ppl4j.runner.kernel.PplKernel;

/**
 * A Jupyter kernel for Java with ppl4j built in (issue 22): cells are Java, evaluated by JShell
 * ({@link JShellSession}) with the DSL's imports declared, and a cell that starts with
 * {@code %%ppl} is a {@code .ppl} program run by the project's cell magic.
 *
 * <p>The kernel has IJava's public API for extensions, {@link #getMagics()} and
 * {@link #evalRaw(String)}, and installs ppl4j into itself with
 * {@link PplNotebook#install(BaseKernel)}: the magic and the rich display of a
 * {@code Posterior} are registered by the same code, through the same reflective calls, as in
 * an IJava notebook, so this kernel's end-to-end test exercises the IJava adapter.
 *
 * <p>A cell whose last snippet is an expression shows its value with the kernel's renderer (a
 * posterior as an HTML summary table with SVG plots, other values as text). Errors show ppl4j's
 * rendering only ({@link JavaCellErrors}): a compiler message at the cell's line, or the text of
 * the ppl4j error a model run raised, without the kernel's stack.
 */
public class JavaKernel extends BaseKernel {

  /** The language name in the kernel spec and {@code language_info}. */
  public static final String LANGUAGE = "java";
  private static final String PROTOCOL_VERSION = "5.3";

  private final JShellSession session;
  private final Magics magics = new Magics();
  private final MagicParser magicParser = new MagicParser();

  /** A kernel whose Java cells compile against this JVM's class path. */
  public JavaKernel() {
    this(JShellSession.withThisClassPath());
  }

  JavaKernel(JShellSession session) {
    this.session = session;
    PplNotebook.install(this);
  }

  /** The cell and line magics of this kernel (IJava's {@code getMagics()}): {@code %%ppl}. */
  public Magics getMagics() {
    return magics;
  }

  /**
   * Evaluates Java code in the notebook and returns its value (IJava's {@code evalRaw}): what
   * the {@code %%ppl} magic calls to read its {@code --data} variable and bind its result.
   *
   * @return the value of the last expression, or {@code null}
   * @throws PplError if the code does not compile or throws
   */
  public Object evalRaw(String code) throws PplError {
    return session.eval(PplCellMagic.NAME + " magic", code).orElse(null);
  }

  @Override
  public LanguageInfo getLanguageInfo() {
    return new LanguageInfo(LANGUAGE, Runtime.version().toString(), "text/x-java", ".jshell",
        "java", "java", "script");
  }

  @Override
  public String getBanner() {
    return "ppl4j " + PplKernel.version() + ": Java " + Runtime.version().feature()
        + " (JShell) with the ppl4j DSL imported\n"
        + "Cells are Java; a cell starting with %%ppl is a .ppl program.";
  }

  /** No help links: the project has no published documentation site. */
  @Override
  public List<LanguageInfo.Help> getHelpLinks() {
    return List.of();
  }

  /**
   * Runs a cell: a {@code %%} cell magic (which displays its own result, as in IJava), or Java.
   * Returns the display of the Java cell's value, or {@code null} for none (basekernel's
   * contract).
   */
  @Override
  public DisplayData eval(String code) throws Exception {
    String stripped = code.stripLeading();
    if (stripped.startsWith("%") && !isCellMagic(code)) {
      String name = stripped.split("\\s", 2)[0];
      throw new PplError("unknown line magic '" + name + "'; this kernel has only the cell magic %%"
          + PplCellMagic.NAME + " (ppl4j is already on the class path)");
    }
    CellMagicParseContext magic = isCellMagic(code) ? magicParser.parseCellMagic(stripped) : null;
    if (magic != null) {
      String name = magic.getMagicCall().getName();
      try {
        magics.applyCellMagic(name, magic.getMagicCall().getArgs(), magic.getMagicCall().getBody());
      } catch (UndefinedMagicException e) {
        throw new PplError("unknown cell magic '%%" + name + "'; this kernel has %%"
            + PplCellMagic.NAME);
      }
      return null;
    }
    if (isCellMagic(code)) {
      throw new PplError("a %%" + PplCellMagic.NAME + " cell needs a program after its first line");
    }
    // basekernel counts this cell before evaluating it
    String cellName = "cell[" + (executionCount.get() - 1) + "]";
    Optional<Object> value = session.eval(cellName, code);
    return value.map(getRenderer()::render).orElse(null);
  }

  private static boolean isCellMagic(String code) {
    return code.stripLeading().startsWith("%%");
  }

  /** JShell's completions; in a {@code %%ppl} cell, the {@code .ppl} kernel's. */
  @Override
  public ReplacementOptions complete(String code, int at) {
    if (isCellMagic(code)) {
      Completion completion = Completion.at(code, at);
      return completion.matches().isEmpty() ? null
          : new ReplacementOptions(completion.matches(), completion.start(), completion.end());
    }
    return session.complete(code, at);
  }

  @Override
  public String isComplete(String code) {
    return (isCellMagic(code) ? Completeness.of(code) : session.completeness(code))
        .jupyterReply();
  }

  /** A user error shows its message only; anything else (a bug) also shows its stack trace. */
  @Override
  public List<String> formatError(Exception e) {
    if (e instanceof PplError) {
      return errorStyler.primaryLines(e.getMessage());
    }
    return super.formatError(e);
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    session.close();
  }

  @Override
  public void becomeHandlerForConnection(JupyterConnection connection) {
    super.becomeHandlerForConnection(connection);
    connection.setHandler(MessageType.KERNEL_INFO_REQUEST, this::handleKernelInfoRequest);
  }

  private void handleKernelInfoRequest(ShellReplyEnvironment env,
      Message<KernelInfoRequest> request) {
    env.setBusyDeferIdle();
    env.reply(new CompleteKernelInfoReply(PROTOCOL_VERSION, "ppl4j-java", PplKernel.version(),
        getLanguageInfo(), getBanner(), getHelpLinks()));
  }
}
