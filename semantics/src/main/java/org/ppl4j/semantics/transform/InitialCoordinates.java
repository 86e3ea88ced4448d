package org.ppl4j.semantics.transform;

import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.value.Value;

/**
 * Where an initialising run of a {@link LogJoint} ({@link LogJoint#initialising}) takes the
 * unconstrained coordinates of each draw, as Stan's initialisation maps a user's initial values
 * through the constraint transforms: told which draw begins (its site and distribution),
 * asked for the coordinates of each part of it (a scalar, or one element of an array draw,
 * with the {@link Transform} that maps them into that part's support), told the value drawn.
 * {@link #ZEROS} answers 0 everywhere (the centre of each support): the discovery run. Mutable
 * implementations serve one run.
 */
public interface InitialCoordinates {

  /** The coordinates of discovery: all 0, nothing recorded. */
  InitialCoordinates ZEROS = new InitialCoordinates() {
    @Override
    public void begin(ScoreSite site, String distribution) {
      // nothing to record
    }

    @Override
    public double[] next(Transform transform) {
      return new double[transform.unconstrainedDimension()];
    }

    @Override
    public void end(Value drawn) {
      // nothing to check
    }
  };

  /**
   * A draw at {@code site} from {@code distribution} (its language name, for messages) begins;
   * its coordinates follow.
   */
  void begin(ScoreSite site, String distribution);

  /**
   * The unconstrained coordinates of the current draw's next part (length
   * {@code transform.unconstrainedDimension()}), which {@code transform} maps into its support.
   */
  double[] next(Transform transform);

  /** The current draw ended with {@code drawn} (on the constrained scale). */
  void end(Value drawn);
}
