package org.ilo.coalition.graph.matching;

import java.time.OffsetDateTime;

/**
 * A match suggestion as stored, with the ids of what it links and the country of its request, and, once accepted,
 * where the match stands ({@link #match()}).
 *
 * @param unit the stored unit, or the request's for suggestions written without one
 * @param rank its position in its run's order (0 for suggestions written before runs ranked them)
 * @param version the version that changes to it are checked against
 * @param match where the match stands after the review; {@code null} unless the suggestion was accepted
 */
public record MatchSuggestionView(String id, SuggestionStatus status, String runId, String requestId, String offerId,
		String partnerId, String countryIso3, double amount, String unit, int rank, OffsetDateTime createdAt,
		OffsetDateTime decidedAt, String decidedBy, String comment, SuggestionExplanation explanation, long version,
		MatchState match) {

	// Batch loaders key their maps by views: identity is the id and status.
	@Override
	public boolean equals(Object other) {
		return other instanceof MatchSuggestionView view && view.id.equals(this.id) && view.status == this.status;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/** The match status, or {@code null} for a suggestion that was not accepted. */
	public MatchStatus matchStatus() {
		return this.match == null ? null : this.match.status();
	}

	/**
	 * Where an accepted suggestion (a match) stands.
	 *
	 * @param consentDeadline when it expires unless both parties confirmed
	 * @param partnerConsent the partner's answer, {@code null} until given
	 * @param memberStateConsent the member State's answer, {@code null} until given
	 * @param endedAt when it was declined, expired, retracted, withdrawn, delivered or cancelled
	 * @param endedBy who ended it ({@code system} for an expiry)
	 * @param endReason the reason given by who ended it
	 */
	public record MatchState(MatchStatus status, OffsetDateTime consentDeadline, Consent partnerConsent,
			Consent memberStateConsent, OffsetDateTime confirmedAt, OffsetDateTime endedAt, String endedBy,
			String endReason) {
	}

	/** One party's answer to a match. */
	public record Consent(ConsentAnswer answer, OffsetDateTime answeredAt, String answeredBy, String reason) {
	}

}
