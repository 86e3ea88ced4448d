package org.ppl4j.compiler.ast;

import java.util.List;

/**
 * A parsed file: its top-level items (data declarations and model statements) in source
 * order, and the source text that diagnostics quote.
 */
public record SourceFile(String fileName, String text, List<Stmt> items) {
  public SourceFile {
    items = List.copyOf(items);
  }
}
