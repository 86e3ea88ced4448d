/**
 * The No-U-Turn Sampler as Stan runs it (Hoffman and Gelman, JMLR 2014; Betancourt,
 * arXiv:1701.02434, 2017): multinomial sampling of each trajectory with the generalised no-U-turn
 * criterion ({@link org.ppl4j.inference.nuts.NutsTransition}), step size by dual averaging
 * ({@link org.ppl4j.inference.nuts.StepSizeAdaptation}), a diagonal metric estimated in Stan's
 * windowed warm-up ({@link org.ppl4j.inference.nuts.WarmupWindows},
 * {@link org.ppl4j.inference.nuts.VarianceEstimator}), tree depth limit, divergences counted,
 * chains in parallel on split generators ({@link org.ppl4j.inference.nuts.Nuts}).
 *
 * <p>Targets: any {@link org.ppl4j.inference.nuts.LogDensityFunction} (unconstrained density
 * with gradient); a Java {@code DifferentiableModel} through
 * {@link org.ppl4j.inference.nuts.ModelTarget} (gradient by one reverse sweep of the
 * {@code org.ppl4j.semantics.ad} tape, about the cost of 2-4 model runs); a {@code .ppl} program
 * through the runner's {@code ProgramTarget}, which re-runs the interpreted program with
 * differentiable numbers at its draws ({@code ProgramDensity}); any other {@code Model} whose
 * draws are continuous scalars, such as one built with the monadic Java DSL ({@code Dsl},
 * {@code Direct}), through {@link org.ppl4j.inference.nuts.ContinuousTarget}: such a model
 * passes plain doubles to its continuations, so no derivative can flow through it and the
 * gradient is by central differences (2d + 1 runs; the sampler stays exact). Models with discrete
 * draws are refused with a message that suggests smc, mh or enumerate.
 *
 * <p>Draws are reported on the constrained scale (the program's returned value); CmdStan CSV
 * files are written by {@link org.ppl4j.inference.nuts.CmdStanCsv}.
 */
package org.ppl4j.inference.nuts;
