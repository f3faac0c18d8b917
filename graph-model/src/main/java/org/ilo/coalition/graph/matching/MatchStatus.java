package org.ilo.coalition.graph.matching;

import java.util.List;

/**
 * Where a match (a suggestion the coordination group accepted) stands: both parties' consent, then delivery
 * (docs/matching.md, "After the review").
 */
public enum MatchStatus {

	/** Accepted; waiting for the partner and the member State to confirm. */
	AWAITING_CONSENT,
	/** Both confirmed. */
	CONFIRMED,
	/** The partner recorded a first delivery. */
	IN_DELIVERY,
	/** Delivered in full and received. */
	DELIVERED,
	/** Closed early with a reason; it keeps what was delivered. */
	CANCELLED,
	/** One party declined. */
	DECLINED,
	/** Nobody answered within the consent window. */
	EXPIRED,
	/** The coordination group took it back. */
	RETRACTED,
	/** The member State withdrew the request. */
	WITHDRAWN;

	/** The states in which a match holds its offer's amount and a capacity slot (a cancelled one: what was delivered). */
	public static final List<String> HOLDING = List.of(AWAITING_CONSENT.name(), CONFIRMED.name(), IN_DELIVERY.name(),
			DELIVERED.name(), CANCELLED.name());

	/** Whether the match still holds (part of) its offer. */
	public boolean holds() {
		return HOLDING.contains(name());
	}

}
