package org.ppl4j.semantics.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl4j.semantics.dist.Family;

/**
 * An optimisation of a fused tape ({@link AffineFusion}): the log density terms of one family
 * that an affine node simply adds up (weight 1, no other use), one {@link FamilyTerms} node per
 * {@code observe} of a scalar loop, become ONE {@link FamilyTerms} node over all their elements,
 * as if the program had been written with a vectorised {@code observe} (LANGUAGE.md §9.2). It
 * preserves the function and its gradient (the merged node sums the same terms of the same
 * numbers; only the order of the additions changes) and the errors (every element is still
 * validated). The merged node takes the place of the last of its parts, after all of their
 * parents; the other parts become constants nothing reads, dropped by the replay.
 */
final class TermMerging {
  private TermMerging() {}

  static AffineFusion.Fused merge(AffineFusion.Fused tape, int output, int[] results) {
    Rule[] rules = tape.rules().clone();
    int[] edgeStart = tape.edgeStart();
    int[] parents = tape.parents();
    int n = rules.length;
    // uses by live nodes only (the inner nodes of fused affine trees read their old parents)
    boolean[] live = new boolean[n];
    live[output] = true;
    for (int r : results) {
      if (r >= 0) {
        live[r] = true;
      }
    }
    int[] consumers = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      if (rules[i] != null && rules[i].canReject()) {
        live[i] = true;
      }
      if (live[i]) {
        for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
          live[parents[e]] = true;
          consumers[parents[e]]++;
        }
      }
    }
    consumers[output]++;
    for (int r : results) {
      if (r >= 0) {
        consumers[r] += 2; // read from outside: never merged away
      }
    }
    // per node: its new parent list, when it changes
    Map<Integer, int[]> rewired = new java.util.HashMap<>();
    for (int r = 0; r < n; r++) {
      if (!live[r] || !(rules[r] instanceof Affine affine)) {
        continue;
      }
      Map<Family, List<Integer>> groups = new LinkedHashMap<>();
      for (int e = edgeStart[r]; e < edgeStart[r + 1]; e++) {
        int p = parents[e];
        if (rules[p] instanceof FamilyTerms ft && consumers[p] == 1
            && affine.weights()[e - edgeStart[r]] == 1.0) {
          groups.computeIfAbsent(ft.family(), f -> new ArrayList<>()).add(e);
        }
      }
      java.util.Set<Integer> mergedEdges = new java.util.HashSet<>();
      Map<Integer, Integer> finalEdge = new java.util.HashMap<>();
      for (List<Integer> group : groups.values()) {
        if (group.size() < 2) {
          continue;
        }
        List<FamilyTerms> parts = new ArrayList<>();
        int[][] parentNodes = new int[group.size()][];
        int last = -1;
        for (int m = 0; m < group.size(); m++) {
          int node = parents[group.get(m)];
          parts.add((FamilyTerms) rules[node]);
          parentNodes[m] = Arrays.copyOfRange(parents, edgeStart[node], edgeStart[node + 1]);
          last = Math.max(last, node);
        }
        List<Integer> mergedParents = new ArrayList<>();
        FamilyTerms merged = FamilyTerms.concat(parts, parentNodes, mergedParents);
        for (int e : group) {
          int node = parents[e];
          if (node != last) {
            rules[node] = Elementary.CONSTANT;
            rewired.put(node, new int[0]);
          }
        }
        rules[last] = merged;
        rewired.put(last, mergedParents.stream().mapToInt(Integer::intValue).toArray());
        mergedEdges.addAll(group);
        finalEdge.put(group.get(group.size() - 1), last);
      }
      if (mergedEdges.isEmpty()) {
        continue;
      }
      // the affine node keeps its other leaves, and one leaf of weight 1 per merged group
      List<Integer> keep = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (int e = edgeStart[r]; e < edgeStart[r + 1]; e++) {
        if (!mergedEdges.contains(e)) {
          keep.add(parents[e]);
          weights.add(affine.weights()[e - edgeStart[r]]);
        } else if (finalEdge.containsKey(e)) {
          keep.add(finalEdge.get(e));
          weights.add(1.0);
        }
      }
      rules[r] = new Affine(affine.offset(),
          weights.stream().mapToDouble(Double::doubleValue).toArray());
      rewired.put(r, keep.stream().mapToInt(Integer::intValue).toArray());
    }
    if (rewired.isEmpty()) {
      return tape;
    }
    int[] outStart = new int[n + 1];
    int total = 0;
    for (int i = 0; i < n; i++) {
      int[] mine = rewired.get(i);
      total += mine != null ? mine.length : edgeStart[i + 1] - edgeStart[i];
    }
    int[] outParents = new int[total];
    int at = 0;
    for (int i = 0; i < n; i++) {
      outStart[i] = at;
      int[] mine = rewired.get(i);
      if (mine != null) {
        System.arraycopy(mine, 0, outParents, at, mine.length);
        at += mine.length;
      } else {
        for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
          outParents[at++] = parents[e];
        }
      }
    }
    outStart[n] = at;
    return new AffineFusion.Fused(rules, outStart, outParents);
  }
}
