package org.ilo.coalition.matching.check;

/** The hard rules of matching, as the plan checker reads them; names are those of the solver's constraints. */
public enum HardRule {

	OFFER_AMOUNT_EXCEEDED("Offer amount exceeded"),

	OFFER_CAPACITY_EXCEEDED("Offer capacity exceeded"),

	KIND_OR_UNIT_MISMATCH("Kind or unit mismatch"),

	THEMATIC_AREA_NOT_COVERED("Thematic area not covered"),

	EXPERTISE_MISSING("Expertise missing"),

	COUNTRY_NOT_SERVED("Country not served"),

	NOT_AVAILABLE_IN_TIME("Not available in time"),

	PARTNER_NOT_ADMITTED("Partner not admitted"),

	REJECTED_BY_COORDINATION_GROUP("Rejected by coordination group");

	private final String constraintName;

	HardRule(String constraintName) {
		this.constraintName = constraintName;
	}

	public String constraintName() {
		return this.constraintName;
	}

}
