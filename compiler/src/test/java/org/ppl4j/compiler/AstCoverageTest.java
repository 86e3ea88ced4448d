package org.ppl4j.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ppl4j.compiler.ast.Expr;
import org.ppl4j.compiler.ast.SourceFile;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.parse.PplParsing;

/** Round-trip coverage: the parser tests (the golden programs) produce every AST node kind. */
class AstCoverageTest {

  @Test
  void everyNodeKindIsProducedByTheParserTests() {
    Set<String> seen = new TreeSet<>();
    for (Path p : GoldenFiles.programs("programs")) {
      SourceFile file = PplParsing.parse(p.getFileName().toString(), GoldenFiles.read(p));
      AstWalk walk = new AstWalk();
      file.items().forEach(s -> s.accept(walk));
      seen.addAll(walk.kinds());
    }
    Set<String> all = new TreeSet<>();
    all.addAll(names(Expr.class.getPermittedSubclasses()));
    all.addAll(names(Stmt.class.getPermittedSubclasses()));
    assertEquals(all, seen);
  }

  private static Set<String> names(Class<?>[] classes) {
    return Arrays.stream(classes).map(Class::getSimpleName).collect(Collectors.toSet());
  }
}
