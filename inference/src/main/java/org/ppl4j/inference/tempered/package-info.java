/**
 * Tempered SMC (Del Moral, Doucet and Jasra 2006): from the prior to the posterior through
 * {@code prior * likelihood^beta}, with adaptive temperatures, resampling at every step and
 * MCMC moves tuned on the particle cloud (random walks, or MALA/HMC by the program's gradient
 * where every latent is continuous); an unbiased evidence estimate.
 */
package org.ppl4j.inference.tempered;
