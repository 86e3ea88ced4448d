package org.ppl4j.runner.cli;

/** The {@code .ppl} compiler the command line uses. */
final class Compilers {
  private Compilers() {}

  /** The project's compiler. */
  static ProgramCompiler standard() {
    return (fileName, source) -> {
      throw new org.ppl4j.runner.UserError("the .ppl compiler is not part of this build yet");
    };
  }
}
