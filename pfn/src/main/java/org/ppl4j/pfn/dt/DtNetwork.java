package org.ppl4j.pfn.dt;

import java.util.ArrayList;
import java.util.List;
import org.ppl4j.pfn.nn.DecoderLayer;
import org.ppl4j.pfn.nn.FeedForward;
import org.ppl4j.pfn.nn.Layer;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/**
 * The Distribution Transformer network (Whittle, Ziomek, Rawling and Osborne 2025). One token
 * per prior component, embedded by an MLP from its raw features ({@link ComponentCoding}); one
 * token per observation, embedded by another MLP, plus one learned "empty" token (features zero
 * with the flag set) so that a mixture with no observations is well defined and attention can
 * sense how many observations there are; {@link DecoderLayer}s; a de-embedding MLP mapping each
 * token to a change of its component's raw parameters (its last matrix starts at zero, so an
 * untrained network returns the prior). The prior-reconstruction of the paper is the same
 * de-embedding applied to the embedded input tokens.
 */
public final class DtNetwork implements Layer {

  /**
   * The raw parameters ({@link org.ppl4j.pfn.tensor.MixtureOps} layout) of the posterior and
   * of the reconstructed prior.
   *
   * @param posterior {@code batch * K} rows: the prior's features plus the de-embedded output
   *     tokens
   * @param reconstruction {@code batch * K} rows: the prior's features plus the de-embedded
   *     input tokens (the paper's prior term is the loss of these)
   */
  public record Output(Tensor posterior, Tensor reconstruction) {}

  private final DtArchitecture architecture;
  private final FeedForward componentEmbedding;
  private final FeedForward observationEmbedding;
  private final List<DecoderLayer> layers;
  private final FeedForward head;

  /** A freshly initialised network on {@code backend}, parameters drawn from {@code rng}. */
  public DtNetwork(DtArchitecture architecture, Backend backend, Rng rng) {
    this.architecture = architecture;
    int d = architecture.width();
    int e = architecture.embedWidth();
    this.componentEmbedding = FeedForward.random("embed.component", backend,
        architecture.componentWidth(), e, d, rng);
    this.observationEmbedding = FeedForward.random("embed.observation", backend,
        architecture.observationWidth(), e, d, rng);
    List<DecoderLayer> ls = new ArrayList<>();
    for (int i = 0; i < architecture.layers(); i++) {
      ls.add(new DecoderLayer("layer" + i, backend, d, architecture.heads(),
          architecture.hiddenWidth(), rng));
    }
    this.layers = List.copyOf(ls);
    this.head = FeedForward.zeroOutput("head", backend, d, e, architecture.componentWidth(), rng);
  }

  /** The hyper-parameters. */
  public DtArchitecture architecture() {
    return architecture;
  }

  /**
   * The raw parameters of the posterior mixtures (and of the reconstructed priors).
   *
   * @param components {@code batch * K} rows of {@link DtArchitecture#componentWidth} features
   * @param observations {@code batch * (n + 1)} rows of {@link DtArchitecture#observationWidth}
   *     features, the empty token first in each block
   * @param batch number of mixtures, &gt; 0
   * @return both outputs in the layout of {@code components}
   */
  public Output forward(Tape tape, Tensor components, Tensor observations, int batch) {
    if (components.cols() != architecture.componentWidth()
        || observations.cols() != architecture.observationWidth()
        || components.rows() % batch != 0 || observations.rows() % batch != 0
        || components.rows() == 0 || observations.rows() == 0) {
      throw new IllegalArgumentException("inputs of " + components.rows() + " x "
          + components.cols() + " and " + observations.rows() + " x " + observations.cols()
          + " do not form " + batch + " problems for " + architecture);
    }
    Tensor embedded = componentEmbedding.apply(tape, components);
    Tensor obs = observationEmbedding.apply(tape, observations);
    Tensor h = embedded;
    for (DecoderLayer layer : layers) {
      h = layer.apply(tape, h, obs, batch);
    }
    Tensor posterior = Ops.add(tape, components, head.apply(tape, h));
    Tensor reconstruction = Ops.add(tape, components, head.apply(tape, embedded));
    return new Output(posterior, reconstruction);
  }

  @Override
  public List<Parameter> parameters() {
    List<Layer> all = new ArrayList<>(List.of(componentEmbedding, observationEmbedding));
    all.addAll(layers);
    all.add(head);
    return Layer.parametersOf(all);
  }
}
