package org.ppl4j.semantics.model;

/**
 * Where in a program a {@code score} or a draw comes from (for a compiled {@code .ppl} program:
 * the {@code observe}, {@code factor}, {@code condition} or draw and its source span), carried
 * by {@link Model.Score} and {@link Step.Scored} (and {@link Model.Sample} and
 * {@link Step.Sampled}) so that inference can name, in an error, the last score a run reached
 * or the draw it cannot handle. A site never changes the measure a model denotes: every inference
 * ignores it except when reporting.
 *
 * <p>Front ends implement this interface with their own location type (the compiler's is a
 * source span); {@link #NONE} is the site of scores made without one (the Java DSL).
 */
public interface ScoreSite {

  /** The site of a score with no known location. */
  ScoreSite NONE = new ScoreSite() {
    @Override
    public String toString() {
      return "an unnamed score";
    }
  };
}
