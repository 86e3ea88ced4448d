package org.ppl4j.inference.batched;

import java.util.List;
import org.ppl4j.inference.parallel.Parallelism;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.semantics.math.SpecialFunctions;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.transform.ParticleProgram;
import org.ppl4j.semantics.value.AdArith;
import org.ppl4j.semantics.value.Value;

/**
 * A population of {@code n} particles of one {@link ParticleProgram}, all suspended at the
 * same score, held as arrays: the values of the program's live nodes ({@link NodeArrays}) and
 * the log weights. It denotes the measure {@code sum_i exp(logWeight_i) delta(particle_i)}, as
 * {@code Population} does, and its blocks have the meaning of {@code Population}'s:
 * {@link #advance} runs every particle to and through its next score (each particle's draws
 * from its own law, given its own parameters: the per-particle run's {@code Sequential}
 * advance), {@link #resampleIfDegenerate} resamples with the same {@link Resampler} and the
 * same weights as {@code Population.resample} (offspring weight {@code log(total / n)}).
 *
 * <p>Randomness is split off the generator per block of {@value #CHUNK} particles before any
 * work, so a seed gives the same population whatever the number of threads.
 */
final class BatchedPopulation {
  /** Particles per unit of parallel work and per split generator. */
  static final int CHUNK = 1024;

  private final ParticleProgram program;
  private final int n;
  private final NodeArrays arrays;
  private final NodeKernel kernel;
  private final FamilySampler[] samplers;
  private final double[] logWeights;
  private final Parallelism parallelism;
  private final int widest;
  private final WeightSums sums;
  private int nextEvent;
  private int nextNode;
  private boolean finished;

  BatchedPopulation(ParticleProgram program, int n, Parallelism parallelism) {
    this.program = program;
    this.n = n;
    this.parallelism = parallelism;
    this.arrays = new NodeArrays(program, n);
    this.kernel = new NodeKernel(program.line());
    this.widest = kernel.widest();
    this.samplers = new FamilySampler[program.events().size()];
    for (int k = 0; k < samplers.length; k++) {
      if (program.events().get(k) instanceof ParticleProgram.Event.Draw d) {
        samplers[k] = new FamilySampler(d.family());
      }
    }
    this.sums = new WeightSums(n);
    this.logWeights = new double[n];
    java.util.Arrays.fill(logWeights, -Math.log(n));
  }

  /** Whether every particle has run to its end. */
  boolean finished() {
    return finished;
  }

  /**
   * Runs every particle to and through its next score (or to its end when none is left).
   *
   * @throws BatchFallback when only the per-particle run can report what happened
   */
  void advance(Rng rng) {
    List<ParticleProgram.Event> events = program.events();
    int lastEvent = nextEvent;
    while (lastEvent < events.size() && !(events.get(lastEvent) instanceof ParticleProgram
        .Event.Score)) {
      lastEvent++;
    }
    boolean atScore = lastEvent < events.size();
    int endEvent = atScore ? lastEvent + 1 : events.size();
    int endNode = atScore ? reachOf(nextEvent, endEvent) : program.line().size();
    arrays.allocate(nextNode, endNode);
    int chunks = (n + CHUNK - 1) / CHUNK;
    Rng[] rngs = new Rng[chunks];
    for (int c = 0; c < chunks; c++) {
      rngs[c] = rng.split();
    }
    int fromEvent = nextEvent;
    int fromNode = nextNode;
    parallelism.forEach(chunks, 1, c -> {
      int lo = c * CHUNK;
      int hi = Math.min(n, lo + CHUNK);
      Scratch scratch = SCRATCH.get();
      runChunk(fromEvent, endEvent, fromNode, endNode, lo, hi, rngs[c],
          scratch.in(widest), scratch.normals);
    });
    nextEvent = endEvent;
    nextNode = endNode;
    if (atScore) {
      requireSomeWeight();
    } else {
      finished = true;
    }
    arrays.releaseBefore(nextNode);
  }

  /** One thread's scratch space: parents' values of one node, and a chunk's normal draws. */
  private static final class Scratch {
    private double[] in = new double[8];
    private final double[] normals = new double[CHUNK];

    double[] in(int width) {
      if (in.length < width) {
        in = new double[width];
      }
      return in;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** The node just past the events {@code [from, to)} and the nodes computed so far. */
  private int reachOf(int from, int to) {
    int end = nextNode;
    for (int k = from; k < to; k++) {
      end = Math.max(end, reach(program.events().get(k)));
    }
    return end;
  }

  /** The node just past an event: what must be computed to make it. */
  private static int reach(ParticleProgram.Event event) {
    if (event instanceof ParticleProgram.Event.Draw d) {
      return d.firstInput() + d.elements();
    }
    return ((ParticleProgram.Event.Score) event).node() + 1;
  }

  private void runChunk(int fromEvent, int toEvent, int fromNode, int toNode, int lo, int hi,
      Rng rng, double[] in, double[] scratch) {
    double[][] values = arrays.values();
    int node = fromNode;
    for (int k = fromEvent; k < toEvent; k++) {
      // each event's nodes are computed when it needs them: a draw's parameters before it
      ParticleProgram.Event event = program.events().get(k);
      if (event instanceof ParticleProgram.Event.Draw d) {
        kernel.run(node, d.firstInput(), values, logWeights, lo, hi, in);
        samplers[k].draw(d, values, logWeights, lo, hi, rng, scratch);
        node = d.firstInput() + d.elements();
      } else {
        ParticleProgram.Event.Score s = (ParticleProgram.Event.Score) event;
        if (s.node() >= 0) {
          kernel.run(node, s.node() + 1, values, logWeights, lo, hi, in);
          node = Math.max(node, s.node() + 1);
        }
        weigh(s, values, lo, hi);
      }
    }
    kernel.run(node, toNode, values, logWeights, lo, hi, in);
  }

  private void weigh(ParticleProgram.Event.Score s, double[][] values, int lo, int hi) {
    double[] w = s.node() >= 0 ? values[s.node()] : null;
    for (int p = lo; p < hi; p++) {
      if (logWeights[p] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double term = w == null ? s.constant() : w[p];
      if (Double.isNaN(term) || term == Double.POSITIVE_INFINITY) {
        throw new BatchFallback("a score that is not a number or +infinity");
      }
      logWeights[p] += term;
      if (logWeights[p] == Double.POSITIVE_INFINITY) {
        throw new BatchFallback("a log weight overflowed to +infinity");
      }
    }
  }

  private void requireSomeWeight() {
    for (double w : logWeights) {
      if (w != Double.NEGATIVE_INFINITY) {
        return;
      }
    }
    throw new BatchFallback("every particle has weight zero");
  }

  /** The Kish effective sample size of the weights (and their sums, kept for a resampling). */
  double kishEss() {
    sums.of(logWeights, parallelism);
    return sums.kishEss();
  }

  /**
   * Resamples when the Kish ESS (of the last {@link #kishEss()}) is below {@code threshold * n},
   * as {@code Population.resampleIfDegenerate}; whether it did.
   */
  boolean resampleIfDegenerate(double threshold, Resampler resampler, Rng rng) {
    if (!(sums.kishEss() < threshold * n * (1 - 1e-12))) {
      return false;
    }
    double logTotal = sums.logTotal();
    int[] ancestors = resampler.ancestors(sums.normalised(), rng);
    arrays.permute(ancestors, parallelism);
    java.util.Arrays.fill(logWeights, logTotal - Math.log(n));
    return true;
  }

  /** The log of the total weight: the SMC estimate of the log evidence. */
  double logEvidenceEstimate() {
    return SpecialFunctions.logSumExp(logWeights);
  }

  /** The log weights, in particle order. */
  double[] logWeights() {
    return logWeights.clone();
  }

  /** Particle {@code p}'s result (the program's return value), after {@link #finished()}. */
  Value result(int p) {
    int[] nodes = program.resultNodes();
    double[] numbers = new double[nodes.length];
    double[][] values = arrays.values();
    for (int r = 0; r < nodes.length; r++) {
      numbers[r] = nodes[r] < 0 ? program.resultConstants()[r] : values[nodes[r]][p];
    }
    return AdArith.withNumbers(program.resultTemplate(), numbers);
  }

  /** The most node arrays live at once. */
  int peakArrays() {
    return arrays.peakLive();
  }
}
