package org.ppl4j.semantics.transform;

import java.util.List;
import java.util.Objects;
import org.ppl4j.semantics.ad.StraightLine;
import org.ppl4j.semantics.dist.Family;
import org.ppl4j.semantics.model.Model;
import org.ppl4j.semantics.value.Value;

/**
 * A {@code .ppl} program whose path does not depend on its random draws, as one straight-line
 * program over its draws ({@link StraightLine}) with its effects in program order: each draw
 * (a continuous scalar family, or a vectorised one, with the nodes its parameters come from)
 * and each score (the node of its log weight). Running the nodes in order for every particle
 * at once, drawing where a {@link Event.Draw} says and weighing where a {@link Event.Score}
 * says, is the program's run for each particle, so a population can be advanced as arrays
 * (structure of arrays) between its suspension points, the scores, with the meaning of the
 * per-particle run ({@code Sequential}) unchanged. Made by {@link ParticleRecording#record};
 * the recording tape's taint rule (a read of a draw-dependent value refuses the recording)
 * is what makes one path every particle's path.
 *
 * @param line the recorded nodes
 * @param events the draws and scores, in program order
 * @param resultTemplate the result of the recorded run, plain numbers; every particle's result
 *     has its shape
 * @param resultNodes per numeric leaf of the result: its node, or -1 for a constant
 * @param resultConstants per numeric leaf: the constant where its node is -1
 */
public record ParticleProgram(StraightLine line, List<Event> events, Value resultTemplate,
    int[] resultNodes, double[] resultConstants) {

  /** Copies the lists and arrays. */
  public ParticleProgram {
    Objects.requireNonNull(line, "line");
    events = List.copyOf(events);
    Objects.requireNonNull(resultTemplate, "resultTemplate");
    resultNodes = resultNodes.clone();
    resultConstants = resultConstants.clone();
  }

  /** An effect of the program, in the order the program makes it. */
  public sealed interface Event {
    /**
     * A draw of {@code elements} numbers from {@code family} into the variables
     * {@code firstInput .. firstInput + elements - 1}; element e's parameter j comes from node
     * {@code source[e * arity + j]}, or is {@code fixed[e * arity + j]} where that is -1.
     */
    record Draw(Family family, int firstInput, int elements, int[] source, double[] fixed)
        implements Event {
      /** Copies the arrays. */
      public Draw {
        Objects.requireNonNull(family, "family");
        source = source.clone();
        fixed = fixed.clone();
      }
    }

    /** A score whose log weight is node {@code node}'s value, or {@code constant} if -1. */
    record Score(int node, double constant) implements Event {}
  }

  /** What {@link ParticleRecording#record} gives. */
  public sealed interface Outcome {
    /** The program runs as one path for every particle. */
    record Batchable(ParticleProgram program) implements Outcome {}

    /** The program must run particle by particle, for {@code reason}. */
    record PerParticle(String reason) implements Outcome {}
  }

  /** The number of scores. */
  public int scores() {
    return (int) events.stream().filter(e -> e instanceof Event.Score).count();
  }

  /** Records {@code model}: see {@link ParticleRecording#record(Model)}. */
  public static Outcome of(Model<Value> model) {
    return ParticleRecording.record(model);
  }
}
