package org.ppl4j.semantics.transform;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.semantics.ad.AdReal;
import org.ppl4j.semantics.ad.FamilyTerms;
import org.ppl4j.semantics.ad.StraightLine;
import org.ppl4j.semantics.ad.Tape;
import org.ppl4j.semantics.dist.ValueType;
import org.ppl4j.semantics.model.Handler;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.model.Step;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.ArrayValue;
import org.ppl4j.semantics.value.FamilyDistribution;
import org.ppl4j.semantics.value.Value;

/**
 * Records a {@code .ppl} program as a {@link ParticleProgram}: runs it once on a recording
 * {@link Tape} with every draw a variable of that tape (drawn from its distribution by a fixed
 * generator of its own, so the user's seed is untouched), noting each draw's family and
 * parameter nodes and each score's log-weight node, in program order.
 *
 * <p>What it preserves: the recorded path is every run's path. The tape refuses any run that
 * reads a draw-dependent number's value (a branch, a comparison, an index), and the recording
 * refuses draws it cannot replay (discrete families, whose values are not tape numbers, and
 * distributions other than the language's scalar and vectorised families). As a second line of
 * defence the program is recorded twice with different draws, and the first recording replayed
 * at the second's draws must give the second's scores and results (to 1e-9): a program that
 * passes is run for a whole population by replaying the nodes (batched SMC).
 */
public final class ParticleRecording {
  private static final long[] SEEDS = {0x5eedL, 0x5eed2L};
  private static final double TOLERANCE = 1e-9;

  private ParticleRecording() {}

  /** The program as a straight line over its draws, or why it must run particle by particle. */
  public static ParticleProgram.Outcome record(Model<Value> model) {
    Recorded first;
    Recorded second;
    try {
      first = recordOnce(model, Rng.seeded(SEEDS[0]));
      if (first.refusal != null) {
        return new ParticleProgram.Outcome.PerParticle(first.refusal);
      }
      second = recordOnce(model, Rng.seeded(SEEDS[1]));
      if (second.refusal != null) {
        return new ParticleProgram.Outcome.PerParticle(second.refusal);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return new ParticleProgram.Outcome.PerParticle("the program failed while it was recorded"
          + " (its own run reports why)");
    }
    String mismatch = agree(first, second);
    if (mismatch != null) {
      return new ParticleProgram.Outcome.PerParticle(mismatch);
    }
    return new ParticleProgram.Outcome.Batchable(first.program);
  }

  /** Null when {@code a}'s nodes replayed at {@code b}'s draws give {@code b}'s scores and results. */
  private static String agree(Recorded a, Recorded b) {
    StraightLine line = a.program.line();
    if (line.size() != b.program.line().size() || a.program.events().size()
        != b.program.events().size()) {
      return "two runs of the program took different paths";
    }
    double[] values = new double[line.size()];
    double[] in = new double[8];
    int next = 0;
    List<ParticleProgram.Event> events = a.program.events();
    for (int k = 0; k < events.size(); k++) {
      ParticleProgram.Event e = events.get(k);
      ParticleProgram.Event other = b.program.events().get(k);
      if (e instanceof ParticleProgram.Event.Draw d) {
        if (!(other instanceof ParticleProgram.Event.Draw od) || od.family() != d.family()
            || od.firstInput() != d.firstInput() || od.elements() != d.elements()) {
          return "two runs of the program drew differently";
        }
        in = evaluate(line, next, d.firstInput(), values, in);
        for (int i = 0; i < d.elements(); i++) {
          values[d.firstInput() + i] = b.values[d.firstInput() + i];
        }
        next = d.firstInput() + d.elements();
      } else if (e instanceof ParticleProgram.Event.Score s) {
        if (!(other instanceof ParticleProgram.Event.Score os) || os.node() != s.node()) {
          return "two runs of the program scored differently";
        }
        if (s.node() >= 0) {
          in = evaluate(line, next, s.node() + 1, values, in);
          next = Math.max(next, s.node() + 1);
          if (!close(values[s.node()], b.values[s.node()])) {
            return "a replay of the recorded program disagreed with a run at a score";
          }
        } else if (!close(s.constant(), os.constant())) {
          return "two runs of the program scored differently";
        }
      }
    }
    evaluate(line, next, line.size(), values, in);
    int[] results = a.program.resultNodes();
    for (int r = 0; r < results.length; r++) {
      double replayed = results[r] < 0 ? a.program.resultConstants()[r] : values[results[r]];
      double run = b.program.resultNodes()[r] < 0 ? b.program.resultConstants()[r]
          : b.values[b.program.resultNodes()[r]];
      if (!close(replayed, run)) {
        return "a replay of the recorded program disagreed with a run at its result";
      }
    }
    return null;
  }

  private static double[] evaluate(StraightLine line, int from, int to, double[] values,
      double[] in) {
    double[] scratch = in;
    for (int i = from; i < to; i++) {
      if (line.rules()[i] == null) {
        continue;
      }
      int n = line.arity(i);
      if (scratch.length < n) {
        scratch = new double[n];
      }
      for (int j = 0; j < n; j++) {
        scratch[j] = values[line.parents()[line.edgeStart()[i] + j]];
      }
      values[i] = line.rules()[i].apply(scratch, n, line.constants()[i], null);
    }
    return scratch;
  }

  private static boolean close(double x, double y) {
    if (Double.compare(x, y) == 0) {
      return true;
    }
    return Math.abs(x - y) <= TOLERANCE * Math.max(1.0, Math.abs(y));
  }

  /** One recorded run: the program, every node's value, or the reason there is none. */
  private record Recorded(ParticleProgram program, double[] values, String refusal) {}

  private static Recorded recordOnce(Model<Value> model, Rng rng) {
    Tape tape = new Tape();
    tape.startRecording();
    Recording handler = new Recording(tape, rng);
    Value result = handler.run(model);
    StraightLine.Outcome outcome = tape.straightLine();
    if (handler.refusal != null) {
      return new Recorded(null, null, handler.refusal);
    }
    if (outcome instanceof StraightLine.Outcome.NotReplayable n) {
      return new Recorded(null, null, n.reason());
    }
    StraightLine line = ((StraightLine.Outcome.Recorded) outcome).line();
    Value template = AdArith.plain(result);
    if (carriesHostValue(template)) {
      return new Recorded(null, null, "the result carries what the host attached to each"
          + " particle's run (--predict's observation records)");
    }
    if (!AdArith.isData(template)) {
      return new Recorded(null, null, "the program's result is not data");
    }
    List<AdReal> leaves = AdArith.numericLeaves(result);
    int[] nodes = new int[leaves.size()];
    double[] constants = new double[leaves.size()];
    for (int i = 0; i < nodes.length; i++) {
      AdReal x = leaves.get(i);
      if (x.isConstant()) {
        nodes[i] = -1;
        constants[i] = x.peek();
      } else if (x.tape() != tape) {
        return new Recorded(null, null, "a result is not on the recording tape");
      } else {
        nodes[i] = x.index();
        handler.numbers.add(x);
      }
    }
    for (int i = 0; i < line.size(); i++) {
      if (line.rules()[i] == null && !handler.inputs.get(i)) {
        return new Recorded(null, null, "the run made a variable that is not a draw");
      }
    }
    return new Recorded(new ParticleProgram(line, handler.events, template, nodes, constants),
        handler.values(line.size()), null);
  }

  private static boolean carriesHostValue(Value v) {
    if (v instanceof org.ppl4j.semantics.value.HostValue) {
      return true;
    }
    if (v instanceof org.ppl4j.semantics.value.RecordValue r) {
      return r.fields().values().stream().anyMatch(ParticleRecording::carriesHostValue);
    }
    return v instanceof ArrayValue a
        && a.elements().stream().anyMatch(ParticleRecording::carriesHostValue);
  }

  /** Answers each draw with new tape variables and notes each score's node. */
  private static final class Recording extends Handler<Value, Value> {
    private final Tape tape;
    private final Rng rng;
    private final List<ParticleProgram.Event> events = new ArrayList<>();
    private final java.util.BitSet inputs = new java.util.BitSet();
    private final List<AdReal> numbers = new ArrayList<>();
    private String refusal;

    Recording(Tape tape, Rng rng) {
      this.tape = tape;
      this.rng = rng;
    }

    double[] values(int size) {
      double[] out = new double[size];
      for (AdReal x : numbers) {
        out[x.index()] = x.peek();
      }
      return out;
    }

    @Override
    protected Value onDone(Value value) {
      return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <X> Model<Value> onSample(Step.Sampled<X, Value> sampled) {
      if (!(sampled.distribution() instanceof FamilyDistribution f)
          || f.kind().valueType() != ValueType.REAL || !FamilyTerms.covers(f.kind())) {
        refusal = "the program draws from " + sampled.distribution().name()
            + ", which is not a continuous scalar family";
        return stop(null);
      }
      int arity = f.kind().arity();
      int elements = f.length();
      AdReal[][] params = new AdReal[arity][];
      for (int j = 0; j < arity; j++) {
        params[j] = AdArith.flatten(f.args().get(j), f.name());
        if (params[j].length != 1 && params[j].length != elements) {
          refusal = "a draw's parameter has an unexpected shape";
          return stop(null);
        }
      }
      List<Value> plain = new ArrayList<>(arity);
      for (Value arg : f.args()) {
        plain.add(AdArith.plain(arg));
      }
      Value drawn = FamilyDistribution.of(f.kind(), plain).sample(rng);
      AdReal[] plainDraw = AdArith.flatten(drawn, f.name());
      int[] source = new int[elements * arity];
      double[] fixed = new double[elements * arity];
      for (int e = 0; e < elements; e++) {
        for (int j = 0; j < arity; j++) {
          AdReal p = params[j][params[j].length == 1 ? 0 : e];
          int at = e * arity + j;
          if (p.isConstant()) {
            source[at] = -1;
            fixed[at] = p.peek();
          } else {
            source[at] = p.index();
          }
        }
      }
      int first = tape.size();
      List<Value> out = new ArrayList<>(elements);
      for (int e = 0; e < elements; e++) {
        AdReal x = tape.variable(plainDraw[e].peek());
        inputs.set(x.index());
        numbers.add(x);
        out.add(AdArith.of(x));
      }
      events.add(new ParticleProgram.Event.Draw(f.kind(), first, elements, source, fixed));
      Value x = f.isVectorised() ? new ArrayValue(out) : out.get(0);
      return ((Step.Sampled<Value, Value>) (Step.Sampled<?, Value>) sampled).resumeWith(x);
    }

    @Override
    protected Model<Value> onScore(Step.Scored<Value> scored) {
      double logWeight = scored.logWeight();
      AdReal term = tape.takeScore().orElse(AdReal.constant(logWeight));
      if (Double.compare(term.peek(), logWeight) != 0) {
        refusal = "a score's weight could not be read back from the tape";
        return stop(null);
      }
      if (term.isConstant()) {
        events.add(new ParticleProgram.Event.Score(-1, logWeight));
      } else {
        numbers.add(term);
        events.add(new ParticleProgram.Event.Score(term.index(), 0.0));
      }
      return scored.resumeAfter();
    }
  }
}
