package org.ppl4j.runner.cli;

import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.runner.pipeline.ProgramCompiler;

/** The {@code .ppl} compiler the command line uses. */
final class Compilers {
  private Compilers() {}

  /** The project's compiler, {@link PplCompiler#compile}. */
  static ProgramCompiler standard() {
    return PplCompiler::compile;
  }
}
