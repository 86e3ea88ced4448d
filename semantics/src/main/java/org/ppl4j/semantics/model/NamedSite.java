package org.ppl4j.semantics.model;

import java.util.Optional;

/**
 * A draw site that may know the variable its draw is bound to: {@code x} for {@code x ~ D} and
 * for {@code let x = sample(D)} (LANGUAGE.md: the first is sugar for the second), nothing for
 * a {@code sample(D)} inside an expression. Inference reads the name only to take a user's
 * initial values by name ({@code --init FILE.json}); like every site it never changes the
 * measure a model denotes.
 */
public interface NamedSite extends ScoreSite {

  /** The variable the draw at this site is bound to, if it is bound to one. */
  Optional<String> boundName();
}
