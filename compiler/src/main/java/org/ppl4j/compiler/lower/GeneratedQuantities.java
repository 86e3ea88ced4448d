package org.ppl4j.compiler.lower;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl4j.compiler.ast.Stmt;
import org.ppl4j.compiler.check.Resolution;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.transform.DrawRoles;

/**
 * The generated quantities of a program (LANGUAGE.md §9.4): the draw sites whose values no later
 * {@code observe}, {@code factor} or {@code condition} depends on, by data or by control, as
 * found by {@link DrawDependence}. A site is named by the span its draws report
 * ({@code x ~ D}: the span of {@code D}; {@code sample(D)}: the span of the call). The analysis
 * is conservative: a site it cannot follow (a draw through {@code sample} passed as a value, a
 * score through a function it cannot identify) is not a generated quantity, which at worst
 * keeps today's refusal of a discrete draw by gradient-based methods; it never calls a site a
 * generated quantity when a score depends on it.
 */
public final class GeneratedQuantities implements DrawRoles {
  private final Set<SourceSpan> generated;
  private final Map<SourceSpan, String> reasons;
  private final Set<String> generatedFields;

  private GeneratedQuantities(Set<SourceSpan> generated, Map<SourceSpan, String> reasons,
      Set<String> generatedFields) {
    this.generated = Set.copyOf(generated);
    this.reasons = Map.copyOf(reasons);
    this.generatedFields = Set.copyOf(generatedFields);
  }

  /** The generated quantities of a model body whose names {@code resolution} resolved. */
  public static GeneratedQuantities of(List<Stmt> body, Resolution resolution) {
    DrawDependence d = DrawDependence.analyse(body, resolution);
    Set<SourceSpan> generated = new LinkedHashSet<>(d.sites());
    generated.removeAll(d.uses().keySet());
    Set<String> fields = new LinkedHashSet<>();
    d.returnedFields().forEach((name, taint) -> {
      if (taint.stream().anyMatch(generated::contains)) {
        fields.add(name);
      }
    });
    return new GeneratedQuantities(generated, d.uses(), fields);
  }

  @Override
  public Set<String> generatedFields() {
    return generatedFields;
  }

  /** The spans of the generated-quantity sites. */
  public Set<SourceSpan> sites() {
    return generated;
  }

  @Override
  public boolean isGenerated(ScoreSite site) {
    return site instanceof SourceScoreSite s && generated.contains(s.span());
  }

  @Override
  public String whyNotGenerated(ScoreSite site) {
    if (site instanceof SourceScoreSite s && reasons.containsKey(s.span())) {
      return reasons.get(s.span());
    }
    return "the compiler cannot tell which later statements depend on it";
  }
}
