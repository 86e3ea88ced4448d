package org.ppl4j.proofs.nuts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.ppl4j.compiler.PplCompiler;
import org.ppl4j.compiler.Program;
import org.ppl4j.runner.data.DataLoader;
import org.ppl4j.runner.method.InferenceProblem;

/** The {@code .ppl} translations in {@code examples/posteriordb} with their data. */
final class PosteriordbPrograms {
  private PosteriordbPrograms() {}

  static InferenceProblem problem(String posterior) {
    try {
      String file = posterior + ".ppl";
      Program program = PplCompiler.compile(file,
          Files.readString(PosteriordbJavaModels.EXAMPLES.resolve(file)));
      var data = DataLoader.load(program.dataInputs(),
          Optional.of(PosteriordbJavaModels.EXAMPLES.resolve(posterior + ".json")));
      return new InferenceProblem(program, data.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
