package org.ilo.coalition.graph.matching;

import java.time.OffsetDateTime;

/**
 * A match suggestion as stored, with the ids of what it links and the country of its request.
 *
 * @param unit the stored unit, or the request's for suggestions written without one
 * @param rank its position in its run's order (0 for suggestions written before runs ranked them)
 */
public record MatchSuggestionView(String id, SuggestionStatus status, String runId, String requestId, String offerId,
		String partnerId, String countryIso3, double amount, String unit, int rank, OffsetDateTime createdAt,
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
