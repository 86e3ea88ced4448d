/**
 * Model comparison by predictive accuracy: PSIS leave-one-out cross-validation
 * ({@link org.ppl4j.inference.loo.PsisLoo}), WAIC ({@link org.ppl4j.inference.loo.Waic}) and
 * the paired difference of two models' elpd
 * ({@link org.ppl4j.inference.loo.ElpdDifference}), from a pointwise log-likelihood matrix;
 * checked against R's {@code loo} 2.5.1.
 */
package org.ppl4j.inference.loo;
