/**
 * Automatic differentiation variational inference (Kucukelbir et al. 2017) built from small
 * blocks: the Gaussian families ({@link org.ppl4j.inference.advi.Approximation},
 * {@link org.ppl4j.inference.advi.MeanField}, {@link org.ppl4j.inference.advi.FullRank}), the
 * ELBO and its reparameterisation gradient ({@link org.ppl4j.inference.advi.ElboEstimator}),
 * Stan's step-size sequence ({@link org.ppl4j.inference.advi.StepSizeSequence}) and eta
 * adaptation ({@link org.ppl4j.inference.advi.EtaAdaptation}), the relative-change convergence
 * check ({@link org.ppl4j.inference.advi.ConvergenceCheck}), composed by
 * {@link org.ppl4j.inference.advi.GradientAscent} and {@link org.ppl4j.inference.advi.Advi}.
 */
package org.ppl4j.inference.advi;
