package org.ppl4j.compiler.ast;

import java.util.Optional;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.compiler.types.PplType;

/** A function parameter, with its optional type annotation ({@code x : Real}). */
public record Param(String name, Optional<PplType> type, SourceSpan span) {}
