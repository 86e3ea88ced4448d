/**
 * Single-site trace MH with random-walk moves on continuous sites, step sizes adapted during
 * warm-up and frozen after it ({@code --method mh --proposal auto|rw}).
 */
package org.ppl4j.inference.rwmh;
