package org.ilo.coalition.graph.matching;

/**
 * A request a completed run left wholly or partly unmet, stored as {@code (:MatchRun)-[:LEFT_UNMET {reason, amount}]->
 * (:SupportRequest)}.
 *
 * @param amount how much of the request no part of the plan covers, in the request's unit
 */
public record UnmetRequest(String requestId, UnmetReason reason, double amount) {
}
