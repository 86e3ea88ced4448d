package org.ppl4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.ppl4j.semantics.posterior.Leaf;
import org.ppl4j.semantics.posterior.Leaves;
import org.ppl4j.semantics.posterior.Posterior;

/**
 * The draws of one run as a Spark task sends them back to the driver: each draw as its numeric
 * leaves (LANGUAGE.md §8 names: {@code mu}, {@code theta[0]}, {@code p.x}) mapped to a
 * {@code Double}, {@code Long} or {@code Boolean} (so that the summary treats Int and Bool
 * leaves as discrete, as for the run itself), with the draws' log weights and the run's log
 * evidence. The driver merges several into one posterior ({@link SparkChains},
 * {@link IslandSmc}).
 *
 * @param draws the draws' leaves, in draw order
 * @param logWeights the draws' log weights (all 0 for unweighted draws)
 * @param logEvidence the run's log evidence, or NaN where its method gives none
 */
public record LeafDraws(List<LinkedHashMap<String, Object>> draws, double[] logWeights,
    double logEvidence) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Requires as many weights as draws. */
  public LeafDraws {
    Objects.requireNonNull(draws, "draws");
    if (logWeights.length != draws.size()) {
      throw new IllegalArgumentException(draws.size() + " draws but " + logWeights.length
          + " weights");
    }
  }

  /** The draws of {@code posterior}, its non-record result named {@code resultName}. */
  public static LeafDraws of(Posterior<?> posterior, String resultName) {
    List<LinkedHashMap<String, Object>> out = new ArrayList<>(posterior.draws().size());
    for (Object draw : posterior.draws().values()) {
      LinkedHashMap<String, Object> leaves = new LinkedHashMap<>();
      for (Leaf leaf : Leaves.flatten(resultName, draw)) {
        leaves.put(leaf.name(), switch (leaf.kind()) {
          case REAL -> leaf.value();
          case INT -> (long) leaf.value();
          case BOOL -> leaf.value() != 0.0;
        });
      }
      out.add(leaves);
    }
    return new LeafDraws(out, posterior.draws().logWeights().clone(),
        posterior.logEvidence().orElse(Double.NaN));
  }
}
