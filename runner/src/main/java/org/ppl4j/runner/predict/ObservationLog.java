package org.ppl4j.runner.predict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.ObservedSite;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.value.HostValue;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * The observations one execution of a program made, in order, carried inside the draw's value
 * so that every inference method hands them back with its draws without knowing of them: the
 * result gains a field {@value #FIELD} holding this log as a {@link HostValue} (which has no
 * numeric leaves, so summaries, draws files and NUTS's outputs are unchanged).
 *
 * @param observations the observations, in execution order
 * @param wrapped whether the result was not a record and was wrapped in one named by the
 *     program's result name (so that its leaves keep their names)
 */
public record ObservationLog(List<ObservedSite> observations, boolean wrapped) {

  /** The field of the result that carries the log; not a name a program can write. */
  public static final String FIELD = "@observations";

  /** Copies the list. */
  public ObservationLog {
    observations = List.copyOf(observations);
  }

  /** {@code result} carrying {@code observations}; its non-record result named {@code name}. */
  static Value attach(Value result, String name, List<ObservedSite> observations) {
    Map<String, Value> fields = new LinkedHashMap<>();
    boolean wrap = !(result instanceof RecordValue);
    if (wrap) {
      fields.put(name, result);
    } else {
      fields.putAll(((RecordValue) result).fields());
    }
    fields.put(FIELD, new HostValue(new ObservationLog(observations, wrap)));
    return new RecordValue(fields);
  }

  /** The log {@code draw} carries, if any. */
  public static Optional<ObservationLog> of(Value draw) {
    if (draw instanceof RecordValue r && r.fields().get(FIELD) instanceof HostValue h
        && h.payload() instanceof ObservationLog log) {
      return Optional.of(log);
    }
    return Optional.empty();
  }

  /** {@code draw} as the program returned it, without the log. */
  public static Value strip(Value draw) {
    Optional<ObservationLog> log = of(draw);
    if (log.isEmpty()) {
      return draw;
    }
    Map<String, Value> fields = new LinkedHashMap<>(((RecordValue) draw).fields());
    fields.remove(FIELD);
    return log.get().wrapped() ? fields.values().iterator().next() : new RecordValue(fields);
  }

  /** {@code posterior} with every draw {@link #strip stripped} of its log. */
  public static Posterior<Value> strip(Posterior<Value> posterior) {
    Empirical<Value> d = posterior.draws();
    List<Value> values = d.values().stream().map(ObservationLog::strip).toList();
    List<List<Value>> chains = posterior.chains().stream()
        .map(chain -> chain.stream().map(ObservationLog::strip).toList()).toList();
    return new Posterior<>(posterior.method(), new Empirical<>(values, d.logWeights(),
        d.logEvidence()), chains, posterior.diagnostics(), posterior.resultName());
  }
}
