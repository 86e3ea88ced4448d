package org.ppl4j.compiler;

import org.ppl4j.compiler.ast.SourceFile;
import org.ppl4j.compiler.check.Resolution;
import org.ppl4j.compiler.check.Resolver;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.lower.ProgramLowering;
import org.ppl4j.compiler.parse.PplParsing;

/**
 * The {@code .ppl} compiler (LANGUAGE.md): source text to a checked {@link Program} whose
 * model is a core {@code Model<Value>}. Parsing, then the checks (names, arity, {@code ~},
 * data), then lowering; the first problem is reported as one precise diagnostic.
 */
public final class PplCompiler {
  private PplCompiler() {}

  /**
   * Compiles a program.
   *
   * @param fileName the name diagnostics give the file (e.g. {@code coin.ppl})
   * @param source the program text
   * @throws PplException at the first syntax or check error, with its span
   */
  public static Program compile(String fileName, String source) {
    SourceFile file = PplParsing.parse(fileName, source);
    Resolution resolution = Resolver.resolve(file);
    return ProgramLowering.lower(file, resolution);
  }

  /**
   * Compiles a program whose {@code observe}s record what they observe: each execution scores
   * with an {@link ObservedSite} (the distribution and the value), for posterior predictive
   * checks and pointwise log-likelihoods. The model denotes the same measure as
   * {@link #compile}'s; the known-constructor fast path of {@code observe} is not taken.
   *
   * @throws PplException as {@link #compile}
   */
  public static Program compileObserving(String fileName, String source) {
    SourceFile file = PplParsing.parse(fileName, source);
    Resolution resolution = Resolver.resolve(file);
    return ProgramLowering.lower(file, resolution, true);
  }
}
