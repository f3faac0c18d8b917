package org.ilo.coalition.graph.matching;

import java.time.OffsetDateTime;

/** A match suggestion as stored, with the ids of what it links and the country of its request. */
public record MatchSuggestionView(String id, SuggestionStatus status, String runId, String requestId, String offerId,
		String partnerId, String countryIso3, double amount, String unit, OffsetDateTime createdAt,
		OffsetDateTime decidedAt, String decidedBy, String comment, SuggestionExplanation explanation) {

	// Batch loaders key their maps by views: identity is the id and status.
	@Override
	public boolean equals(Object other) {
		return other instanceof MatchSuggestionView view && view.id.equals(this.id) && view.status == this.status;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
