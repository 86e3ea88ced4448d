package org.ppl4j.semantics.nested;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.Distribution;
import org.ppl4j.semantics.infer.EnumeratorConfig;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.model.Unit;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.ComputedDistribution;
import org.ppl4j.semantics.value.Value;
import org.ppl4j.semantics.value.ValueDistribution;

/**
 * {@code infer(f)} and {@code infer(f, {method: "enumerate"})}: the exact posterior of an inner
 * model with finitely many discrete choices, by exploring every execution path with its log
 * probability (the enumerator of Ścibior et al., POPL 2018, as
 * {@link org.ppl4j.semantics.infer.Enumerator}), with the log masses kept as {@link AdReal}s.
 *
 * <p>When the request carries the outer run's tape (gradient-based inference, with the inner
 * model's parameters captured as numbers that carry derivatives), each draw's log mass is the
 * differentiable log density of its distribution and each score is taken back from the tape
 * where the inner model recorded it ({@link AdArith#score}), so the table's log probabilities
 * and log evidence are exact functions of the parameters on the tape. Without a tape every mass
 * is a constant and the result equals the enumerator's. Paths are explored depth-first with an
 * explicit stack.
 */
final class NestedEnumeration implements NestedMethod {
  private static final long MAX_PATHS = EnumeratorConfig.defaults().maxPaths();

  @Override
  public String name() {
    return "enumerate";
  }

  @Override
  public List<String> optionNames() {
    return List.of();
  }

  @Override
  public boolean isRandom() {
    return false;
  }

  @Override
  public InferDistribution run(Model<Value> model, NestedRequest request) {
    Explore explore = new Explore(request.tape());
    explore.stack.push(new Branch(() -> model, AdReal.ZERO));
    while (!explore.stack.isEmpty()) {
      Branch branch = explore.stack.pop();
      explore.logWeight = branch.logWeight();
      explore.run(branch.model().get());
      if (explore.paths > MAX_PATHS) {
        throw new IllegalArgumentException("'infer' with method 'enumerate': the inner model has"
            + " more than " + MAX_PATHS + " execution paths; use {method: \"smc\"}");
      }
    }
    return InferDistribution.normalise("enumerate", explore.results, explore.masses, 0.0);
  }

  /**
   * A path to explore: its model is made only when it is explored, because resuming a draw
   * runs the program up to its next effect, and a differentiable score recorded there must be
   * the next one taken from the tape.
   */
  private record Branch(Supplier<Model<Value>> model, AdReal logWeight) {}

  /** Runs one branch to its next draw (split into one branch per value) or to its end. */
  private static final class Explore extends Handler<Value, Unit> {
    final Deque<Branch> stack = new ArrayDeque<>();
    final List<Value> results = new ArrayList<>();
    final List<AdReal> masses = new ArrayList<>();
    final Optional<Tape> tape;
    long paths;
    AdReal logWeight;

    Explore(Optional<Tape> tape) {
      this.tape = tape;
    }

    @Override
    protected Unit onDone(Value value) {
      paths++;
      results.add(value);
      masses.add(logWeight);
      return Unit.UNIT;
    }

    @Override
    protected <X> Model<Value> onSample(Step.Sampled<X, Value> sampled) {
      Distribution<X> d = sampled.distribution();
      List<X> support = d.finiteSupport().orElseThrow(() -> new InferenceException(
          "infer: method 'enumerate' cannot enumerate a draw from " + d.name() + ": its support"
              + " is not finite; give 'infer' another method, e.g. {method: \"smc\"}",
          sampled.site()));
      List<Branch> children = new ArrayList<>(support.size());
      for (X x : support) {
        AdReal logMass = logMass(d, x);
        if (logMass.value() == Double.NEGATIVE_INFINITY) {
          paths++;
        } else {
          children.add(new Branch(() -> sampled.resumeWith(x), logWeight.plus(logMass)));
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i)); // the first value is explored first
      }
      return stop(Unit.UNIT);
    }

    /** The log mass of {@code x}, differentiable when a tape is given. */
    @SuppressWarnings("unchecked")
    private <X> AdReal logMass(Distribution<X> d, X x) {
      if (tape.isPresent() && x instanceof Value v) {
        if (d instanceof ValueDistribution vd) {
          return AdArith.number(vd.logDensityValue(v), d.name());
        }
        if (d instanceof ComputedDistribution c) {
          return AdArith.number(c.logDensityValue(v), d.name());
        }
      }
      return AdReal.constant(d.logDensity(x));
    }

    @Override
    protected Model<Value> onScore(Step.Scored<Value> scored) {
      double plain = scored.logWeight();
      AdReal term = tape.flatMap(Tape::takeScore).orElse(AdReal.constant(plain));
      if (Double.compare(term.value(), plain) != 0) {
        throw new AssertionError("inner score " + plain + " read back as " + term.value());
      }
      if (plain == Double.POSITIVE_INFINITY) {
        throw new InferenceException("infer: the inner model scored +infinity (an observation"
            + " of infinite density)", scored.site());
      }
      logWeight = logWeight.plus(term);
      if (logWeight.value() == Double.NEGATIVE_INFINITY) {
        paths++;
        return stop(Unit.UNIT);
      }
      return scored.resumeAfter();
    }
  }
}
