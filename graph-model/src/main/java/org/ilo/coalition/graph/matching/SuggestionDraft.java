package org.ilo.coalition.graph.matching;

/** A suggestion to write when a run completes: one assigned, not yet accepted part of the plan. */
public record SuggestionDraft(String requestId, String offerId, String partnerId, double amount, String unit,
		SuggestionExplanation explanation) {
}
