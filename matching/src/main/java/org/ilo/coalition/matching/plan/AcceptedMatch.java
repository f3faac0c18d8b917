package org.ilo.coalition.matching.plan;

/**
 * A match the coordination group accepted in an earlier run: it becomes a pinned part that no run moves.
 *
 * @param amount the part of the request's amount that the offer gives
 */
public record AcceptedMatch(String requestId, String offerId, long amount) {
}
