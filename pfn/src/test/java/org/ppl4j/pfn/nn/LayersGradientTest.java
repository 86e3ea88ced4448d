package org.ppl4j.pfn.nn;

import static org.ppl4j.pfn.tensor.GradientCheck.check;
import static org.ppl4j.pfn.tensor.GradientCheck.randn;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.PfnArchitecture;
import org.ppl4j.pfn.PfnNetwork;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/**
 * Finite-difference gradient checks of every layer and of the whole PFN network, with respect to
 * inputs and all parameters. Zero-initialised matrices are first set to random values, so that
 * every gradient path is exercised.
 */
class LayersGradientTest {

  private final Backend be = CpuBackend.withThreads(2);
  private final Rng rng = Rng.seeded(7);

  private List<Tensor> randomised(Layer layer, Tensor... inputs) {
    List<Tensor> all = new ArrayList<>(List.of(inputs));
    for (Parameter p : layer.parameters()) {
      float[] v = new float[p.tensor().size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (0.5 * rng.nextGaussian());
      }
      p.tensor().load(v);
      all.add(p.tensor());
    }
    return all;
  }

  @Test
  void linear() {
    Linear l = Linear.random("l", be, 4, 3, rng);
    Tensor x = randn(be, 5, 4, true, rng);
    check("Linear", be, randomised(l, x), t -> l.apply(t, x), rng);
  }

  @Test
  void layerNorm() {
    LayerNorm l = new LayerNorm("ln", be, 6);
    Tensor x = randn(be, 4, 6, true, rng);
    check("LayerNorm", be, randomised(l, x), t -> l.apply(t, x), rng);
  }

  @Test
  void feedForward() {
    FeedForward f = FeedForward.residual("f", be, 4, 6, rng);
    Tensor x = randn(be, 5, 4, true, rng);
    check("FeedForward", be, randomised(f, x), t -> f.apply(t, x), rng);
  }

  @Test
  void multiHeadCrossAttention() {
    MultiHeadAttention a = new MultiHeadAttention("a", be, 4, 2, rng);
    Tensor q = randn(be, 6, 4, true, rng);
    Tensor kv = randn(be, 8, 4, true, rng);
    check("MultiHeadAttention", be, randomised(a, q, kv), t -> a.apply(t, q, kv, 2, 3), rng);
  }

  @Test
  void encoderLayer() {
    EncoderLayer e = new EncoderLayer("e", be, 4, 2, 8, rng);
    Tensor x = randn(be, 10, 4, true, rng);
    check("EncoderLayer", be, randomised(e, x), t -> e.apply(t, x, 2, 3), rng);
  }

  @Test
  void pfnNetwork() {
    PfnNetwork net = new PfnNetwork(new PfnArchitecture(2, 4, 2, 2, 6, 5, 3), be, rng);
    Tensor x = randn(be, 12, 2, true, rng);
    Tensor y = randn(be, 12, 1, true, rng);
    check("PfnNetwork", be, randomised(net, x, y), t -> net.logits(t, x, y, 2, 4), rng);
  }

  @Test
  void encoderLayerOverGroupsOfDifferentContextSizes() {
    EncoderLayer e = new EncoderLayer("e", be, 4, 2, 8, rng);
    Tensor x = randn(be, 15, 4, true, rng);
    List<SequenceGroup> groups = List.of(new SequenceGroup(2, 4, 1), new SequenceGroup(1, 4, 3),
        new SequenceGroup(1, 3, 0));
    check("EncoderLayer-groups", be, randomised(e, x), t -> e.apply(t, x, groups), rng);
  }

  @Test
  void pfnNetworkOverGroupsOfDifferentContextSizes() {
    PfnNetwork net = new PfnNetwork(new PfnArchitecture(2, 4, 2, 2, 6, 5, 3), be, rng);
    Tensor x = randn(be, 15, 2, true, rng);
    Tensor y = randn(be, 15, 1, true, rng);
    List<SequenceGroup> groups = List.of(new SequenceGroup(2, 4, 1), new SequenceGroup(1, 4, 3),
        new SequenceGroup(1, 3, 0));
    check("PfnNetwork-groups", be, randomised(net, x, y), t -> net.logits(t, x, y, groups), rng);
  }
}
