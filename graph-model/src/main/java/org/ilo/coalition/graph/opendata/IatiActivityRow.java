package org.ilo.coalition.graph.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public facts of one match (confirmed or later) that the IATI export publishes as an activity: nothing about
 * who answered, recorded or ended it, no reasons, no notes, no e-mail addresses.
 *
 * @param id the match's id
 * @param matchStatus CONFIRMED, IN_DELIVERY, DELIVERED or CANCELLED
 * @param kind the request's kind of support (FUNDING, TECHNICAL_ASSISTANCE, ...)
 * @param amount the confirmed amount, in {@code unit}
 * @param unit an ISO 4217 code for funding, otherwise PERSON_DAYS, PLACES or PRODUCTS
 * @param deliveredAmount what the partner delivered so far
 * @param requestTitle the member State's request's title
 * @param requestLanguage the request's language (ISO 639-1), may be null
 * @param offerTitle the partner's offer's title, may be null
 * @param partnerName the partner's public name
 * @param partnerKind the partner's kind (PartnerKind name)
 * @param countryIso2 the request's member State, ISO 3166-1 alpha-2
 * @param countryName the member State's name
 * @param areas the request's thematic areas (the offer's when the request has none), by code
 * @param areaNames their names, in the same order
 * @param availableFrom the start of the offer's window, may be null
 * @param availableUntil the end of the offer's window, may be null
 * @param deadline the request's deadline, may be null
 * @param acceptedAt when the coordination group accepted the match, may be null
 * @param confirmedAt when both parties had confirmed, may be null (matches from before consent existed)
 * @param endedAt when it was delivered or cancelled, may be null
 * @param deliveries its deliveries, oldest first
 * @param results its results
 */
public record IatiActivityRow(String id, String matchStatus, String kind, double amount, String unit,
		double deliveredAmount, String requestTitle, String requestLanguage, String offerTitle, String partnerName,
		String partnerKind, String countryIso2, String countryName, List<String> areas, List<String> areaNames,
		LocalDate availableFrom, LocalDate availableUntil, LocalDate deadline, OffsetDateTime acceptedAt,
		OffsetDateTime confirmedAt, OffsetDateTime endedAt, List<Delivery> deliveries, List<Result> results) {

	/** A delivery: how much, on which day. */
	public record Delivery(double amount, LocalDate deliveredOn) {
	}

	/** A result against an SDG indicator, with its dated values (oldest first). */
	public record Result(String indicator, String indicatorName, String indicatorUnit, Double baseline,
			Integer baselineYear, double target, int targetYear, List<Value> values) {
	}

	/** A dated actual value of a result. */
	public record Value(double value, LocalDate on) {
	}

}
