package org.ppl4j.semantics.transform;

import org.ppl4j.semantics.model.ScoreSite;

/**
 * Which draw sites of a program are <em>generated quantities</em> (LANGUAGE.md §9.4): random
 * choices that no later {@code observe}, {@code factor} or {@code condition} depends on, so that
 * a gradient-based method may leave them out of its parameters and draw them once per kept draw
 * (Stan's {@code generated quantities} block). The answer comes from a static analysis of the
 * program that is conservative: a site it cannot prove independent of every later score is not
 * a generated quantity.
 */
public interface DrawRoles {

  /** No site is a generated quantity (a program without the analysis, a Java model). */
  DrawRoles NONE = new DrawRoles() {
    @Override
    public boolean isGenerated(ScoreSite site) {
      return false;
    }

    @Override
    public String whyNotGenerated(ScoreSite site) {
      return "";
    }
  };

  /** Whether the draws at {@code site} are generated quantities. */
  boolean isGenerated(ScoreSite site);

  /**
   * Why the draws at {@code site} are not generated quantities, as a clause for an error
   * message (e.g. "the 'observe' at m.ppl:4:3 depends on it"); empty when unknown.
   */
  String whyNotGenerated(ScoreSite site);

  /**
   * The fields of the program's returned record whose values may depend on a generated
   * quantity, so that reports can list them after the parameters, as Stan lists its generated
   * quantities; empty where the result is not a record literal.
   */
  default java.util.Set<String> generatedFields() {
    return java.util.Set.of();
  }
}
