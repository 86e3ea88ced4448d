/**
 * Run diagnostics as warnings: {@link org.ppl4j.inference.diagnostics.RunWarnings} reads a
 * finished run's summary (bulk and tail ESS, split R-hat) and its sampler diagnostics
 * (divergences, tree depth, E-BFMI, warm-up, SMC population) and says what to do. The
 * estimators themselves (ESS, R-hat, tail ESS) stay in {@code semantics.posterior}, because
 * {@code Posterior.summary} computes them and {@code semantics} cannot depend on this module.
 */
package org.ppl4j.inference.diagnostics;
