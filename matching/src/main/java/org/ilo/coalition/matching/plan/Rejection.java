package org.ilo.coalition.matching.plan;

/**
 * A suggestion the coordination group rejected: the partner is never suggested again for that request, through any of
 * its offers (another offer of the same partner for the same request would be the same proposal in other words).
 */
public record Rejection(String requestId, String partnerId) {
}
