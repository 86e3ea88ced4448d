package org.ppl4j.runner.pipeline;

import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;

/** Turns the text of a {@code .ppl} file into a checked {@link Program}. */
@FunctionalInterface
public interface ProgramCompiler {

  /**
   * Parses and checks {@code source}.
   *
   * @param fileName the name diagnostics use
   * @throws org.ppl4j.compiler.diagnostics.PplException for the first error in the program
   */
  Program compile(String fileName, String source);

  /**
   * Parses and checks {@code source} into a program whose {@code observe}s record what they
   * observe ({@link PplCompiler#compileObserving}), for {@code --predict} and {@code --loo}.
   *
   * @throws org.ppl4j.compiler.diagnostics.PplException for the first error in the program
   */
  default Program compileObserving(String fileName, String source) {
    return PplCompiler.compileObserving(fileName, source);
  }
}
