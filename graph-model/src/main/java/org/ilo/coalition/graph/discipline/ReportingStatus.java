package org.ilo.coalition.graph.discipline;

import java.time.OffsetDateTime;

/**
 * A confirmed match and how recently its progress was reported.
 *
 * @param lastReportedAt the latest of its confirmation, deliveries, results and result values
 * @param daysSinceReport whole days from then to now
 * @param country the ISO3 code of the request's country
 * @param partnerId the id of the match's partner
 */
public record ReportingStatus(String matchId, ReportingLight light, OffsetDateTime lastReportedAt, long daysSinceReport,
		String country, String partnerId, String partnerName) {
}
