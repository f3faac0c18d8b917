package org.ilo.coalition.graph.matching;

/**
 * Criteria for reading suggestions; null criteria do not filter. The {@code visible*} criteria carry what the caller
 * may see: only suggestions of one partner, or only accepted ones for one country's requests.
 */
public record SuggestionFilter(String runId, SuggestionStatus status, String countryIso3, String partnerId,
		String requestId, MatchStatus matchStatus, String visiblePartnerId, String visibleCountryIso3) {

	public static final SuggestionFilter ALL = new SuggestionFilter(null, null, null, null, null, null, null, null);

}
