package org.ilo.coalition.graph.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A delivery towards a match as stored.
 *
 * @param matchId the match it counts towards
 * @param unit the match's unit
 * @param receivedAt when the member State confirmed its receipt; {@code null} until then
 * @param version the version that {@code confirmReceipt} is checked against
 */
public record DeliveryView(String id, String matchId, double amount, String unit, LocalDate deliveredOn, String note,
		OffsetDateTime recordedAt, String recordedBy, OffsetDateTime receivedAt, String receivedBy, long version) {

	/** Whether the member State confirmed its receipt. */
	public boolean received() {
		return this.receivedAt != null;
	}

}
