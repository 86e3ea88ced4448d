package org.ppl4j.inference.advi;

/**
 * One ELBO estimate of the optimisation, as Stan prints it.
 *
 * @param iteration the gradient steps taken when it was estimated, &gt;= 1
 * @param elbo the estimate
 * @param relativeChange {@code |(elbo - previous) / elbo|} ({@code NaN} for the first)
 */
public record ElboPoint(int iteration, double elbo, double relativeChange) {}
