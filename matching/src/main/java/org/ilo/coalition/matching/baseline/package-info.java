/**
 * The greedy baseline that the solver is benchmarked against.
 */
package org.ilo.coalition.matching.baseline;
