package org.ppl4j.pfn.dt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ppl4j.pfn.tensor.GradientCheck.check;
import static org.ppl4j.pfn.tensor.GradientCheck.randn;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.MixtureOps;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;
import org.ppl4j.semantics.random.Rng;

/**
 * The mixture negative log density: its value against {@link Gmm#logDensity} (double, tolerance
 * 1e-4 for float inputs), and finite-difference gradient checks (tolerances of
 * {@link org.ppl4j.pfn.tensor.GradientCheck}) of the op alone and of the whole network plus
 * loss, with every zero-initialised matrix set to random values first.
 */
class MixtureNllGradientTest {

  private final Backend be = CpuBackend.withThreads(2);
  private final Rng rng = Rng.seeded(11);

  @Test
  void valueMatchesTheMixtureDensity() {
    int d = 2;
    int k = 3;
    Tensor raw = randn(be, 2 * k, MixtureOps.rawWidth(d), false, rng);
    Tensor target = randn(be, 2, d, false, rng);
    float[] r = raw.toArray();
    float[] t = target.toArray();
    double expected = 0;
    for (int b = 0; b < 2; b++) {
      Gmm g = ComponentCoding.decode(r, b * k * MixtureOps.rawWidth(d), k, d);
      expected -= g.logDensity(new double[] {t[2 * b], t[2 * b + 1]}) / 2;
    }
    try (Tape tape = Tape.inference(be)) {
      double got = MixtureOps.mixtureNll(tape, raw, target, k, 1.0).toArray()[0];
      assertEquals(expected, got, 1e-4 * Math.max(1, Math.abs(expected)));
    }
  }

  @Test
  void gradientOfTheOpIn1And2Dimensions() {
    for (int d = 1; d <= 2; d++) {
      int k = 3;
      Tensor raw = randn(be, 2 * k, MixtureOps.rawWidth(d), true, rng);
      Tensor target = randn(be, 2, d, false, rng);
      check("mixtureNll d=" + d, be, List.of(raw),
          t -> MixtureOps.mixtureNll(t, raw, target, k, 0.7), rng);
    }
  }

  @Test
  void gradientOfNetworkAndLoss() {
    DtArchitecture arch = new DtArchitecture(2, 3, 4, 2, 1, 6, 5);
    DtNetwork net = new DtNetwork(arch, be, rng);
    List<Tensor> inputs = new ArrayList<>();
    for (Parameter p : net.parameters()) {
      float[] v = new float[p.tensor().size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (0.4 * rng.nextGaussian());
      }
      p.tensor().load(v);
      inputs.add(p.tensor());
    }
    Tensor comps = randn(be, 2 * 3, arch.componentWidth(), true, rng);
    Tensor obs = randn(be, 2 * 4, arch.observationWidth(), true, rng);
    Tensor target = randn(be, 2, 2, false, rng);
    inputs.add(0, comps);
    inputs.add(1, obs);
    check("DtNetwork + loss", be, inputs, t -> {
      DtNetwork.Output out = net.forward(t, comps, obs, 2);
      return Ops.add(t, MixtureOps.mixtureNll(t, out.posterior(), target, 3, 1.0),
          MixtureOps.mixtureNll(t, out.reconstruction(), target, 3, 0.5));
    }, rng);
  }
}
