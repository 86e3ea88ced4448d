package org.ppl4j.compiler.ast;

import org.ppl4j.compiler.diagnostics.SourceSpan;

/** One {@code name: value} of a record literal. */
public record FieldInit(String name, SourceSpan nameSpan, Expr value) {}
