package org.ilo.coalition.graph.showcase;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One partnership of the public showcase: a confirmed match, what it delivered and where it stands, public fields
 * only (no user names, no reasons).
 *
 * @param matchId the match (the accepted suggestion)
 * @param status {@code CONFIRMED}, {@code IN_DELIVERY} or {@code DELIVERED}
 * @param amount what the match holds, in {@code unit}
 * @param updatedAt the latest of its confirmation, deliveries and end
 */
public record ShowcaseEntry(String matchId, String status, String partnerId, String partnerName, String countryIso3,
		String countryName, String requestId, String requestTitle, String kind, List<String> thematicAreas,
		double amount, String unit, double deliveredAmount, OffsetDateTime confirmedAt, OffsetDateTime deliveredAt,
		OffsetDateTime updatedAt, int results) {
}
