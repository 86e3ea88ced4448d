/**
 * MH kernels for the tempered targets {@code prior * likelihood^beta} of traced programs:
 * random walks on scalar continuous sites in unconstrained coordinates (with the Jacobian),
 * prior re-draws for the other sites, per-site step sizes adapted in warm-up or learned from a
 * particle cloud; Hamiltonian (MALA, HMC) moves on traces whose choices are all continuous. The
 * kernels move complete traces and traces suspended at their score limit (resample-move
 * particles). Each kernel leaves its target invariant; {@code proofs-tests} checks it from exact
 * draws, with broken twins (no Jacobian, no momentum terms) that must fail.
 */
package org.ppl4j.inference.kernels;
