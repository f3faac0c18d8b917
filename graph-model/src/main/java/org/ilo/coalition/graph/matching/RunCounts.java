package org.ilo.coalition.graph.matching;

/**
 * What a completed run produced.
 *
 * @param parts all parts of the plan, accepted (pinned) ones included
 * @param assigned parts holding an offer, accepted ones included
 * @param suggestions new suggestions written (assigned parts that were not accepted before)
 * @param unmet parts left without an offer
 */
public record RunCounts(int parts, int assigned, int suggestions, int unmet) {
}
