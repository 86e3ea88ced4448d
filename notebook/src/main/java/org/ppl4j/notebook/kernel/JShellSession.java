package org.ppl4j.notebook.kernel;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.ppl4j.runner.kernel.Completeness;
import org.ppl4j.runner.kernel.PplError;

/**
 * A JShell session with ppl4j built in: the state of one Java notebook. Cells are cut into
 * snippets ({@link CellSnippets}) and evaluated in this JVM ({@link ValueExecutionControl}), so
 * that a cell's value is the Java object itself; the DSL's imports ({@link #IMPORTS}) are
 * declared before the first cell and ppl4j is on the compiler's class path.
 *
 * <p>Errors come back as {@link PplError}s in ppl4j's rendering ({@link JavaCellErrors}); code
 * completion and the is-complete verdict are JShell's {@link SourceCodeAnalysis}.
 */
final class JShellSession implements AutoCloseable {

  /** Declared before the first cell: the DSL of docs/dsl.md and the types a model run needs. */
  static final List<String> IMPORTS = List.of(
      "import static org.ppl4j.semantics.dist.Distributions.*;",
      "import static org.ppl4j.semantics.dsl.Dsl.*;",
      "import org.ppl4j.semantics.dsl.*;",
      "import org.ppl4j.semantics.model.*;",
      "import org.ppl4j.semantics.infer.*;",
      "import org.ppl4j.semantics.posterior.*;",
      "import org.ppl4j.semantics.random.*;",
      "import java.util.*;",
      "import java.util.stream.*;");

  private final ValueExecutionControl control = new ValueExecutionControl();
  private final JShell shell;
  private final SourceCodeAnalysis analysis;

  /**
   * A session whose snippets compile against {@code classPath} (ppl4j's jars or class folders).
   *
   * @throws IllegalStateException if an import of {@link #IMPORTS} does not compile (ppl4j is
   *     not on the class path)
   */
  JShellSession(List<String> classPath) {
    shell = JShell.builder()
        .executionEngine(ValueExecutionControl.providerOf(control), java.util.Map.of())
        .build();
    analysis = shell.sourceCodeAnalysis();
    classPath.forEach(shell::addToClasspath);
    for (String declaration : IMPORTS) {
      try {
        eval("startup", declaration);
      } catch (PplError e) {
        throw new IllegalStateException("ppl4j is not on the notebook's class path: "
            + e.getMessage());
      }
    }
  }

  /** A session whose snippets compile against this JVM's class path. */
  static JShellSession withThisClassPath() {
    return new JShellSession(Arrays.stream(System.getProperty("java.class.path")
        .split(File.pathSeparator)).filter(entry -> !entry.isEmpty()).collect(Collectors.toList()));
  }

  /**
   * Evaluates a cell, snippet by snippet, stopping at the first error.
   *
   * @param cellName the cell's name in error messages, {@code cell[N]}
   * @return the value of the cell's last snippet when it is an expression (empty for a
   *     declaration, a statement, {@code void} or {@code null})
   * @throws PplError for a compiler error (at the cell's line) or an exception the code threw
   */
  Optional<Object> eval(String cellName, String cell) throws PplError {
    Optional<Object> value = Optional.empty();
    for (CellSnippets.Piece piece : CellSnippets.split(analysis, cell)) {
      control.reset();
      value = Optional.empty();
      for (SnippetEvent event : shell.eval(piece.source())) {
        if (event.causeSnippet() != null) {
          continue; // a snippet updated because this one changed what it uses
        }
        check(cellName, cell, piece, event);
        if (isExpression(event.snippet())) {
          value = control.lastValue();
        }
      }
    }
    return value;
  }

  private void check(String cellName, String cell, CellSnippets.Piece piece, SnippetEvent event)
      throws PplError {
    Snippet snippet = event.snippet();
    if (event.status() == Snippet.Status.REJECTED) {
      Optional<Diag> diag = shell.diagnostics(snippet).filter(Diag::isError).findFirst();
      if (diag.isEmpty()) {
        throw JavaCellErrors.compileError(cellName, cell, piece.offset(), 1,
            piece.complete() ? "this code is not a Java declaration, statement or expression"
                : "the cell ends before this code is complete");
      }
      long start = diag.get().getStartPosition() >= 0 ? diag.get().getStartPosition()
          : Math.max(0, diag.get().getPosition());
      long end = Math.max(start + 1, diag.get().getEndPosition());
      throw JavaCellErrors.compileError(cellName, cell, piece.offset() + (int) start,
          (int) (end - start), diag.get().getMessage(null));
    }
    if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
        && snippet instanceof DeclarationSnippet declaration) {
      throw JavaCellErrors.plain("'" + declaration.name() + "' cannot be defined until "
          + shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "))
          + " is declared");
    }
    if (event.exception() != null) {
      if (event.exception() instanceof EvalException && control.lastFailure().isPresent()) {
        throw JavaCellErrors.runFailure(control.lastFailure().get());
      }
      throw JavaCellErrors.plain(Optional.ofNullable(event.exception().getMessage())
          .orElse("the cell uses a name that is not declared yet"));
    }
  }

  private static boolean isExpression(Snippet snippet) {
    return snippet instanceof ExpressionSnippet
        || snippet instanceof VarSnippet
            && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
  }

  /** JShell's completions of the identifier before {@code at}, or {@code null} for none. */
  ReplacementOptions complete(String cell, int at) {
    int start = CellSnippets.startOfSnippetAt(analysis, cell, at);
    String text = cell.substring(start, at);
    int[] anchor = new int[1];
    List<String> matches = analysis.completionSuggestions(text, text.length(), anchor).stream()
        .map(SourceCodeAnalysis.Suggestion::continuation).distinct().collect(Collectors.toList());
    return matches.isEmpty() ? null : new ReplacementOptions(matches, start + anchor[0], at);
  }

  /** Whether {@code cell} is complete Java (every snippet in it), open, or not Java. */
  Completeness completeness(String cell) {
    String rest = cell;
    while (true) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      switch (info.completeness()) {
        case EMPTY:
          return new Completeness(Completeness.State.COMPLETE, "");
        case COMPLETE:
        case COMPLETE_WITH_SEMI:
          rest = info.remaining();
          if (rest.isBlank()) {
            return new Completeness(Completeness.State.COMPLETE, "");
          }
          break;
        case DEFINITELY_INCOMPLETE:
        case CONSIDERED_INCOMPLETE:
          return new Completeness(Completeness.State.INCOMPLETE, indent(cell));
        case UNKNOWN:
          return new Completeness(Completeness.State.INVALID, "");
        default:
          throw new AssertionError(info.completeness());
      }
    }
  }

  /** Four spaces per brace left open (a hint for the next line). */
  private static String indent(String cell) {
    long open = cell.chars().filter(c -> c == '{').count() - cell.chars().filter(c -> c == '}').count();
    return " ".repeat((int) Math.max(0, 4 * open));
  }

  @Override
  public void close() {
    shell.close();
  }
}
