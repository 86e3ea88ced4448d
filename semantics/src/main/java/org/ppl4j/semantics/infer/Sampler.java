package org.ppl4j.semantics.infer;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;

/**
 * The sampler representation: a model run forwards, every {@code sample} drawn from its
 * distribution and every {@code score} ignored. It draws from the prior (the model's measure
 * before conditioning, normalised): the {@code Sampler} representation of Ścibior et al.,
 * "Denotational validation of higher-order Bayesian inference" (POPL 2018) and "Functional
 * programming for modular Bayesian inference" (ICFP 2018), as in monad-bayes.
 */
public final class Sampler {
  private Sampler() {}

  /**
   * One forward draw of {@code model}'s result, using only {@code rng} for randomness.
   *
   * @param model the model; its scores are ignored
   * @param rng the source of randomness
   */
  public static <A> A draw(Model<A> model, Rng rng) {
    return new Forward<A>(rng).run(model);
  }

  /** Draws every choice with {@code rng}, ignores every score. */
  private static final class Forward<A> extends Handler<A, A> {
    private final Rng rng;

    Forward(Rng rng) {
      this.rng = rng;
    }

    @Override
    protected A onDone(A value) {
      return value;
    }

    @Override
    protected <X> Model<A> onSample(Step.Sampled<X, A> sampled) {
      return sampled.resumeWithDraw(rng);
    }

    @Override
    protected Model<A> onScore(Step.Scored<A> scored) {
      return scored.resumeAfter();
    }
  }

  /**
   * {@code config.samples()} independent forward draws as an unweighted posterior named
   * {@code "forward"}, with no log evidence.
   */
  public static <A> Posterior<A> run(Model<A> model, SamplerConfig config, Rng rng) {
    List<A> draws = new ArrayList<>(config.samples());
    for (int i = 0; i < config.samples(); i++) {
      draws.add(draw(model, rng));
    }
    return Posterior.of("forward", Empirical.unweighted(draws));
  }
}
