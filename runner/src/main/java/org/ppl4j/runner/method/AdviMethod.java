package org.ppl4j.runner.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.inference.advi.Advi;
import org.ppl4j.inference.advi.AdviConfig;
import org.ppl4j.inference.advi.AdviMonitor;
import org.ppl4j.inference.advi.AdviResult;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.ScoreSite;
import org.ppl4j.semantics.posterior.Diagnostics;
import org.ppl4j.semantics.posterior.Empirical;
import org.ppl4j.semantics.posterior.Posterior;
import org.ppl4j.semantics.random.Rng;
import org.ppl4j.semantics.value.Value;

/**
 * {@code --method advi}: automatic differentiation variational inference ({@link Advi}) on the
 * NUTS target of the program (its continuous draws on the unconstrained space, with exact
 * gradients): a mean-field or full-rank Gaussian ({@code --family}) fitted by stochastic
 * gradient ascent of the ELBO with Stan's defaults, then {@code --samples} draws of it (default
 * 1000) reported as independent draws. The diagnostics carry the Pareto {@code k̂} of
 * {@code log p - log q} at those draws (warned of above 0.7; none for a single draw) and a note when the optimisation
 * stopped at {@code --iter} without converging. The progress bar shows the latest ELBO.
 */
public final class AdviMethod implements InferenceMethod {

  @Override
  public String name() {
    return "advi";
  }

  @Override
  public String description() {
    return "variational (Gaussian); --family --iter --eta --samples ...";
  }

  @Override
  public Set<MethodOption> reads() {
    return Set.of(MethodOption.SAMPLES, MethodOption.INIT, MethodOption.FAMILY,
        MethodOption.ITER, MethodOption.GRAD_SAMPLES, MethodOption.ELBO_SAMPLES,
        MethodOption.ETA, MethodOption.TOL_REL_OBJ, MethodOption.EVAL_ELBO);
  }

  @Override
  public Posterior<Value> run(InferenceProblem problem, MethodOptions options, Rng rng,
      Progress progress) {
    AdviConfig config = config(options);
    ProgramTarget target = null;
    AdviResult result;
    try {
      target = new ProgramTarget(problem.model(), problem.program().resultName(),
          problem.program().drawRoles());
      result = Advi.fit(target, config,
          options.hmc().initialPoint(target, AdviConfig.defaults().initRadius()), rng,
          monitor(progress));
    } catch (IllegalArgumentException e) {
      throw userError(e, target);
    } catch (InferenceException e) {
      // the NUTS target's own errors (a discrete draw, ...) name this method
      throw e.getMessage().startsWith("nuts: ")
          ? new InferenceException("advi: " + e.getMessage().substring("nuts: ".length()),
              e.site())
          : e;
    } finally {
      progress.end();
    }
    List<double[]> draws = Advi.draws(result.approximation(), config.outputSamples(), rng);
    List<Value> values = new ArrayList<>(draws.size());
    for (double[] zeta : draws) {
      values.add(target.result(zeta, rng.nextLong()));
    }
    Diagnostics diagnostics = draws.size() < 2 ? Diagnostics.none()
        : Diagnostics.none().withParetoK(Advi.paretoK(target, result.approximation(), draws));
    if (!result.converged()) {
      diagnostics = diagnostics.withNotes(List.of("advi did not converge in "
          + result.iterations() + " iterations (the relative ELBO change stayed above "
          + config.tolRelObj() + "): raise --iter or --tol-rel-obj, or give a smaller --eta"));
    }
    return Posterior.of(name(), Empirical.unweighted(values)).withDiagnostics(diagnostics);
  }

  /** Stan's defaults ({@link AdviConfig#defaults()}) with the options given. */
  static AdviConfig config(MethodOptions options) {
    AdviConfig d = AdviConfig.defaults();
    AdviOptions a = options.advi();
    AdviConfig config = d.withFamily(a.family().orElse(d.family()))
        .withOptimisation(a.iterations().orElse(d.maxIterations()),
            a.gradSamples().orElse(d.gradSamples()), a.elboSamples().orElse(d.elboSamples()),
            a.tolRelObj().orElse(d.tolRelObj()), a.evalElbo().orElse(d.evalElbo()))
        .withOutput(options.samples().orElse(d.outputSamples()),
            options.hmc().initRadius().orElse(d.initRadius()));
    return a.eta().isPresent() ? config.withEta(a.eta().getAsDouble()) : config;
  }

  /** The progress bar: the adaptation phase, then the iterations with the latest ELBO. */
  private static AdviMonitor monitor(Progress progress) {
    return new AdviMonitor() {
      private double shown = Double.NaN;
      private boolean optimising;

      @Override
      public void adapting(int index, int count) {
        if (index == 0) {
          progress.begin("advi adaptation", count);
        } else {
          progress.advance(1);
        }
      }

      @Override
      public void iterated(int iteration, int maxIterations, double elbo) {
        if (!optimising) {
          optimising = true;
          progress.begin("advi", maxIterations);
        }
        if (Double.compare(elbo, shown) != 0) {
          shown = elbo;
          progress.detail(String.format(Locale.ROOT, "elbo %.4g", elbo));
        }
        progress.advance(1);
      }
    };
  }

  /**
   * The user error of a failed fit: the program's own error when it caused it; otherwise the
   * message, placed where the density last became zero when known (as NUTS does).
   */
  private static RuntimeException userError(IllegalArgumentException e, ProgramTarget target) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PplException p) {
        return p;
      }
    }
    String message = e.getMessage().startsWith("advi: ") ? e.getMessage()
        : "advi: " + e.getMessage();
    if (target != null && target.lastZeroSite() != ScoreSite.NONE) {
      ScoreSite site = target.lastZeroSite();
      return new InferenceException(message + "; the density is zero after this "
          + (site instanceof SourceScoreSite s ? s.statement() : "score"), site);
    }
    return new InferenceException(message);
  }
}
