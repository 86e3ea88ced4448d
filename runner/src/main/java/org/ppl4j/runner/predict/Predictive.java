package org.ppl4j.runner.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ppl4j.compiler.ObservedSite;
import org.ppl4j.compiler.diagnostics.SourceSpan;
import org.ppl4j.inference.loo.PointwiseLogLikelihood;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.RecordValue;
import org.ppl4j.semantics.value.Value;

/**
 * The posterior predictive of a run: for every observed element ({@link ObservedElement}) and
 * every kept draw, a replicated value {@code y_rep ~ p(y | θ_s)} and the pointwise
 * log-likelihood {@code log p(y_i | θ_s)}. Elements are named after their {@code observe}'s
 * label ({@code y}; {@code y@LINE:COLUMN} when two statements observe {@code y}), indexed
 * {@code y[k]} in execution and array order when the statement gives more than one element.
 *
 * <p>The replicated values form a posterior over records of element names, with the run's
 * weights and chains, so their summaries are the run's own ({@link Posterior#summary()}).
 * Replicates are drawn after inference from a generator seeded with the run's seed, split
 * once per draw in order, so a seed gives the same replicates whatever the method's threads.
 *
 * @param names the elements' names, n &gt;= 1
 * @param siteNames per element, the name of its statement ({@code y}, or {@code y@3:1})
 * @param sites per element, the observation it came from (in the first draw)
 * @param observed per element, the observed value
 * @param logLikelihood per draw (rows) and element (columns), {@code log p(y_i | θ_s)}
 * @param replicates the replicated values, records keyed by element name: {@code copies} per
 *     draw (draw {@code r / copies} for replicate r), with the draw's weight
 * @param copies replicates per draw: 1, except for an exact posterior (a few weighted distinct
 *     results), which gets {@value #EXACT_REPLICATES} replicates in all
 */
public record Predictive(List<String> names, List<String> siteNames, List<ObservedSite> sites,
    List<Value> observed, double[][] logLikelihood, Posterior<Value> replicates, int copies) {

  /** About how many replicates an exact posterior's predictive is summarised from. */
  public static final int EXACT_REPLICATES = 4000;


  /** Copies the lists; requires the replicates. */
  public Predictive {
    names = List.copyOf(names);
    siteNames = List.copyOf(siteNames);
    sites = List.copyOf(sites);
    observed = List.copyOf(observed);
    Objects.requireNonNull(logLikelihood, "logLikelihood");
    Objects.requireNonNull(replicates, "replicates");
  }

  /**
   * The predictive of {@code posterior}, whose draws carry their {@link ObservationLog}s.
   *
   * @param seed the seed of the replicates' generator
   * @param flag the option that asked for it ({@code --predict} or {@code --loo}), for errors
   * @throws UserError a usage error when no observation was made; at an {@code observe} when
   *     a draw observed other elements than the first draw
   */
  public static Predictive of(Posterior<Value> posterior, long seed, String flag) {
    List<Value> draws = posterior.draws().values();
    List<List<ObservedElement>> byDraw = new ArrayList<>(draws.size());
    for (Value draw : draws) {
      byDraw.add(elements(draw));
    }
    if (byDraw.isEmpty() || byDraw.get(0).isEmpty()) {
      throw UserError.usage(flag + ": the program made no observation (it ran no 'observe'"
          + " statement), so there is nothing to predict or cross-validate; 'factor' and"
          + " 'condition' are not observations");
    }
    List<String> names = ElementNames.of(byDraw.get(0));
    for (int s = 0; s < byDraw.size(); s++) {
      sameElements(byDraw.get(0), byDraw.get(s));
      byDraw.set(s, aligned(byDraw.get(0), byDraw.get(s)));
    }
    int n = names.size();
    int copies = posterior.diagnostics().exact()
        ? Math.max(1, (int) Math.ceil(EXACT_REPLICATES / (double) draws.size())) : 1;
    double[][] logLik = new double[draws.size()][n];
    double[] logWeights = posterior.draws().logWeights();
    List<Value> replicated = new ArrayList<>(draws.size() * copies);
    double[] replicateLogWeights = new double[draws.size() * copies];
    Rng master = Rng.seeded(seed).split();
    for (int s = 0; s < draws.size(); s++) {
      List<ObservedElement> elements = byDraw.get(s);
      for (int i = 0; i < n; i++) {
        logLik[s][i] = elements.get(i).logLikelihood();
      }
      for (int c = 0; c < copies; c++) {
        Rng rng = master.split();
        Map<String, Value> record = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          record.put(names.get(i), elements.get(i).distribution().sample(rng));
        }
        replicateLogWeights[replicated.size()] = logWeights[s];
        replicated.add(new RecordValue(record));
      }
    }
    List<ObservedElement> first = byDraw.get(0);
    Posterior<Value> replicates = copies == 1 ? sameShape(posterior, replicated)
        : new Posterior<>(posterior.method(), new Empirical<>(replicated,
            replicateLogWeights, posterior.draws().logEvidence()), List.of(),
            Diagnostics.none(), "y_rep");
    return new Predictive(names, ElementNames.sites(first),
        first.stream().map(ObservedElement::site).toList(),
        first.stream().map(ObservedElement::value).toList(), logLik, replicates, copies);
  }

  /** The pointwise log-likelihood matrix (for LOO and WAIC). */
  public PointwiseLogLikelihood pointwise() {
    return new PointwiseLogLikelihood(names, logLikelihood);
  }

  private static List<ObservedElement> elements(Value draw) {
    List<ObservedElement> out = new ArrayList<>();
    ObservationLog.of(draw).ifPresent(log -> log.observations()
        .forEach(o -> out.addAll(ObservedElement.of(o))));
    return out;
  }

  /** Requires {@code other} to observe, site by site, as many elements as {@code first}. */
  private static void sameElements(List<ObservedElement> first, List<ObservedElement> other) {
    Map<SourceSpan, Integer> a = counts(first);
    Map<SourceSpan, Integer> b = counts(other);
    for (var e : a.entrySet()) {
      int there = b.getOrDefault(e.getKey(), 0);
      if (there != e.getValue()) {
        throw differing(e.getKey(), e.getValue(), there);
      }
    }
    for (var e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        throw differing(e.getKey(), 0, e.getValue());
      }
    }
  }

  private static UserError differing(SourceSpan at, int first, int other) {
    return UserError.at(at, "this observe gave " + first + " observed element"
        + (first == 1 ? "" : "s") + " in one draw and " + other + " in another; posterior"
        + " predictive checks and pointwise log-likelihoods (--predict, --loo) need the same"
        + " observations in every draw");
  }

  /**
   * {@code other}'s elements in the order of {@code first}'s: the k-th element of each
   * statement at the place of the k-th element of that statement in {@code first}.
   */
  private static List<ObservedElement> aligned(List<ObservedElement> first,
      List<ObservedElement> other) {
    Map<SourceSpan, List<ObservedElement>> bySite = new LinkedHashMap<>();
    other.forEach(e -> bySite.computeIfAbsent(e.site().at().span(), k -> new ArrayList<>())
        .add(e));
    Map<SourceSpan, Integer> next = new LinkedHashMap<>();
    List<ObservedElement> out = new ArrayList<>(first.size());
    for (ObservedElement e : first) {
      SourceSpan at = e.site().at().span();
      out.add(bySite.get(at).get(next.merge(at, 1, Integer::sum) - 1));
    }
    return out;
  }

  private static Map<SourceSpan, Integer> counts(List<ObservedElement> elements) {
    Map<SourceSpan, Integer> out = new LinkedHashMap<>();
    elements.forEach(e -> out.merge(e.site().at().span(), 1, Integer::sum));
    return out;
  }

  /** {@code values} with the weights, evidence and chains of {@code posterior}. */
  private static Posterior<Value> sameShape(Posterior<Value> posterior, List<Value> values) {
    Empirical<Value> d = posterior.draws();
    List<List<Value>> chains = new ArrayList<>();
    int from = 0;
    for (List<Value> chain : posterior.chains()) {
      chains.add(values.subList(from, from + chain.size()));
      from += chain.size();
    }
    return new Posterior<>(posterior.method(), new Empirical<>(values, d.logWeights(),
        d.logEvidence()), chains, posterior.diagnostics(), "y_rep");
  }
}
