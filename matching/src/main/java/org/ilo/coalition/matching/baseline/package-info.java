/**
 * The greedy matcher: the solver's construction phase, and the baseline it is benchmarked against.
 */
package org.ilo.coalition.matching.baseline;
