/**
 * MH kernels for the tempered targets {@code prior * likelihood^beta} of traced programs:
 * random walks on scalar continuous sites in unconstrained coordinates (with the Jacobian),
 * prior re-draws for the other sites, per-site step sizes adapted in warm-up. Each kernel
 * leaves its target invariant; {@code proofs-tests} checks it from exact draws, with a broken
 * twin (no Jacobian) that must fail.
 */
package org.ppl4j.inference.kernels;
