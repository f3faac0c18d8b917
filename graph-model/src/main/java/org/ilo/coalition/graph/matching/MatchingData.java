package org.ilo.coalition.graph.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a matching run reads from the graph, as plain records (the api module maps them to the solver's problem;
 * graph-model does not depend on the matching module).
 *
 * @param requests open requests in the run's scope whose deadline is not past
 * @param offers active offers of admitted partners that have not ended, with their full amount and capacity
 * @param partners the admitted partners behind those offers
 * @param accepted every accepted suggestion in the graph, in scope or not: they consume offers' amount and capacity
 * @param rejections every (request, partner) pair the coordination group rejected
 * @param trackRecords accepted matches and shared work streams per partner and country
 */
public record MatchingData(LocalDate planDate, List<Request> requests, List<Offer> offers, List<Partner> partners,
		List<Accepted> accepted, List<Rejection> rejections, List<TrackRecord> trackRecords) {

	/** A deficit the request's objective addresses: the latest observation's severity in the request's country. */
	/**
	 * An indicator a request's objective addresses and its severity in the request's country.
	 *
	 * @param severity the latest observed severity, {@code null} when the country has no figure with a severity
	 */
	public record Deficit(String indicatorCode, String thematicAreaCode, Integer severity) {
	}

	public record Request(String id, String title, String kind, double amount, String unit, String language,
			LocalDate deadline, String countryIso3, String countryName, String regionCode, List<String> thematicAreas,
			String objectiveId, String objectiveTitle, List<String> neededExpertise, List<Deficit> deficits) {
	}

	public record Offer(String id, String title, String partnerId, String kind, double amount, String unit,
			int capacity, List<String> thematicAreas, List<String> countries, List<String> regions,
			List<String> languages, LocalDate availableFrom, LocalDate availableUntil) {
	}

	public record Partner(String id, String name, String kind, String membershipStatus, List<String> expertise) {
	}

	/** An accepted suggestion; {@code offerId} may be null when the offer was deleted. */
	public record Accepted(String suggestionId, String requestId, String offerId, String partnerId, double amount,
			String requestKind, String objectiveId) {
	}

	public record Rejection(String requestId, String partnerId) {
	}

	public record TrackRecord(String partnerId, String countryIso3, int acceptedMatches, int sharedWorkStreams) {
	}

}
