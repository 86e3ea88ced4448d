package org.ppl4j.pfn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ppl4j.pfn.nn.EncoderLayer;
import org.ppl4j.pfn.nn.FeedForward;
import org.ppl4j.pfn.nn.Layer;
import org.ppl4j.pfn.nn.Linear;
import org.ppl4j.pfn.nn.Parameter;
import org.ppl4j.pfn.nn.SequenceGroup;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.Ops;
import org.ppl4j.pfn.tensor.RowBlocks;
import org.ppl4j.pfn.tensor.Tape;
import org.ppl4j.pfn.tensor.Tensor;
import org.ppl4j.semantics.random.Rng;

/**
 * The PFN Transformer (Müller et al. 2022). Each sequence holds {@code contextRows} context
 * points followed by query points. Context token = {@code Wx x + Wy y}, query token =
 * {@code Wx x} (no positional encoding, so the output is invariant to the order of the context
 * and equivariant over queries); post-LN encoder layers where every row attends to the context
 * rows only; a decoder {@code Linear -> GELU -> Linear} from each query row to K bucket logits.
 */
public final class PfnNetwork implements Layer {

  private final PfnArchitecture architecture;
  private final Linear xEncoder;
  private final Linear yEncoder;
  private final List<EncoderLayer> layers;
  private final FeedForward decoder;

  /** A freshly initialised network on {@code backend}, parameters drawn from {@code rng}. */
  public PfnNetwork(PfnArchitecture architecture, Backend backend, Rng rng) {
    this.architecture = architecture;
    int d = architecture.width();
    this.xEncoder = Linear.random("encoder.x", backend, architecture.xDim(), d, rng);
    this.yEncoder = Linear.random("encoder.y", backend, 1, d, rng);
    List<EncoderLayer> ls = new ArrayList<>();
    for (int i = 0; i < architecture.layers(); i++) {
      ls.add(new EncoderLayer("layer" + i, backend, d, architecture.heads(),
          architecture.hiddenWidth(), rng));
    }
    this.layers = List.copyOf(ls);
    this.decoder = FeedForward.random("decoder", backend, d, architecture.decoderWidth(),
        architecture.buckets(), rng);
  }

  /** The hyper-parameters. */
  public PfnArchitecture architecture() {
    return architecture;
  }

  /**
   * Bucket logits for the query rows: {@code x} is {@code batch * rows x xDim}, {@code y} is
   * {@code batch * rows x 1} (its values at query rows are ignored); the first
   * {@code contextRows} rows of each sequence are context. Returns
   * {@code batch * (rows - contextRows) x K} logits, sequence-major.
   *
   * @param contextRows in [0, rows - 1]
   */
  public Tensor logits(Tape tape, Tensor x, Tensor y, int batch, int contextRows) {
    int rows = x.rows() / batch;
    if (x.rows() != batch * rows || y.rows() != x.rows() || x.cols() != architecture.xDim()
        || y.cols() != 1) {
      throw new IllegalArgumentException("inputs of " + x.rows() + " x " + x.cols() + " and "
          + y.rows() + " x " + y.cols() + " do not form " + batch + " sequences");
    }
    if (contextRows < 0 || contextRows >= rows) {
      throw new IllegalArgumentException(
          "context rows " + contextRows + " must lie in [0, " + (rows - 1) + "]");
    }
    return logits(tape, x, y, List.of(new SequenceGroup(batch, rows, contextRows)));
  }

  /**
   * Bucket logits for the query rows of stacked groups of sequences, each group with its own
   * context size (see {@link SequenceGroup}): {@code x} and {@code y} hold the groups' rows in
   * order. Returns the query rows' logits, group by group, sequence-major within a group.
   */
  public Tensor logits(Tape tape, Tensor x, Tensor y, List<SequenceGroup> groups) {
    int[] blocks = SequenceGroup.totalRows(groups);
    int total = Arrays.stream(blocks).sum();
    if (x.rows() != total || y.rows() != total || x.cols() != architecture.xDim()
        || y.cols() != 1) {
      throw new IllegalArgumentException("inputs of " + x.rows() + " x " + x.cols() + " and "
          + y.rows() + " x " + y.cols() + " do not hold " + groups);
    }
    Tensor yTokens = RowBlocks.perBlock(tape, yEncoder.apply(tape, y), blocks, (i, block) -> {
      SequenceGroup g = groups.get(i);
      return Ops.maskRows(tape, block, g.sequences(), g.rows(), g.contextRows());
    });
    Tensor h = Ops.add(tape, xEncoder.apply(tape, x), yTokens);
    for (EncoderLayer layer : layers) {
      h = layer.apply(tape, h, groups);
    }
    Tensor queries = RowBlocks.perBlock(tape, h, blocks, (i, block) -> {
      SequenceGroup g = groups.get(i);
      return Ops.gatherRows(tape, block, g.sequences(), g.rows(), g.contextRows(), g.rows());
    });
    return decoder.apply(tape, queries);
  }

  @Override
  public List<Parameter> parameters() {
    List<Layer> all = new ArrayList<>(List.of(xEncoder, yEncoder));
    all.addAll(layers);
    all.add(decoder);
    return Layer.parametersOf(all);
  }
}
