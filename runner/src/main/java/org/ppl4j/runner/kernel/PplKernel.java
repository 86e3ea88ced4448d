package org.ppl4j.runner.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import java.util.List;
import org.ppl4j.runner.display.PosteriorDisplay;
import java.util.Optional;

/**
 * A Jupyter kernel for the {@code .ppl} language, built on SpencerPark's
 * jupyter-jvm-basekernel. Each cell is a {@code .ppl} program, optionally preceded by line
 * magics that change the session ({@code %method}, {@code %data}; see {@link KernelSession});
 * a program's posterior is shown as an HTML summary table with SVG plots, with a plain-text
 * fallback.
 *
 * <p>Two deviations from basekernel's defaults: the {@code kernel_info_reply} carries the
 * {@code status} field the protocol requires ({@link CompleteKernelInfoReply}) and names this
 * implementation; errors the user caused are shown as their message, without Java frames.
 */
public final class PplKernel extends BaseKernel {

  /** The language name in kernel specs and {@code language_info}. */
  public static final String LANGUAGE = "ppl";
  /** The messaging protocol version this kernel speaks (that of basekernel 2.3.0). */
  static final String PROTOCOL_VERSION = "5.3";

  private final KernelSession session;

  /** A kernel with a fresh session (default method and no data bound). */
  public PplKernel() {
    this(new KernelSession());
  }

  /** A kernel over the given session. */
  PplKernel(KernelSession session) {
    this.session = session;
    BasekernelDisplay.register(getRenderer());
  }

  /** The version of ppl4j, from the jar's manifest, or {@code development} when run from classes. */
  public static String version() {
    return Optional.ofNullable(PplKernel.class.getPackage().getImplementationVersion())
        .orElse("development");
  }

  @Override
  public LanguageInfo getLanguageInfo() {
    return new LanguageInfo(LANGUAGE, "0", "text/x-ppl", ".ppl", "text", "text/x-ppl", "script");
  }

  @Override
  public String getBanner() {
    return "ppl4j " + version() + ": probabilistic programs in .ppl\n"
        + "A cell is a program; %method NAME [--particles N ...] and %data NAME = FILE set up the next runs.";
  }

  /** No help links: the project has no published documentation site (docs/notebooks.md is local). */
  @Override
  public List<LanguageInfo.Help> getHelpLinks() {
    return List.of();
  }

  /**
   * Runs a cell: its magics, then its program if it has one. Returns the posterior's display,
   * the last magic's message, or {@code null} for "no output" (basekernel's contract for
   * {@code eval}, which this override cannot change).
   */
  @Override
  public DisplayData eval(String code) throws Exception {
    Cell cell = Cell.parse(code);
    Optional<String> lastMagic = Optional.empty();
    for (String magic : cell.magics()) {
      lastMagic = Optional.of(session.applyMagic(magic));
    }
    if (cell.hasProgram()) {
      // basekernel counts this cell before evaluating it
      String cellName = "cell[" + (executionCount.get() - 1) + "]";
      CellOutcome outcome = session.runCell(cellName, cell.program());
      return BasekernelDisplay.toDisplayData(PosteriorDisplay.of(outcome.posterior(),
          outcome.sections()));
    }
    return lastMagic.map(DisplayData::new).orElse(null);
  }

  /**
   * The completions at {@code at}, or {@code null} for none (basekernel's contract for
   * {@code complete}).
   */
  @Override
  public ReplacementOptions complete(String code, int at) {
    Completion completion = Completion.at(code, at);
    return completion.matches().isEmpty() ? null
        : new ReplacementOptions(completion.matches(), completion.start(), completion.end());
  }

  @Override
  public String isComplete(String code) {
    return Completeness.of(code).jupyterReply();
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
  public void becomeHandlerForConnection(JupyterConnection connection) {
    super.becomeHandlerForConnection(connection);
    connection.setHandler(MessageType.KERNEL_INFO_REQUEST, this::handleKernelInfoRequest);
  }

  private void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> request) {
    env.setBusyDeferIdle();
    env.reply(kernelInfo());
  }

  /** The complete {@code kernel_info_reply} content. */
  CompleteKernelInfoReply kernelInfo() {
    return new CompleteKernelInfoReply(PROTOCOL_VERSION, "ppl4j", version(), getLanguageInfo(),
        getBanner(), getHelpLinks());
  }
}
