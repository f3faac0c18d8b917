package org.ilo.coalition.graph.partner;

/** The kind of organization a partner is; the first three are the ILO's tripartite constituents. */
public enum PartnerKind {

	GOVERNMENT, EMPLOYERS_ORGANIZATION, WORKERS_ORGANIZATION, INTERNATIONAL_ORGANIZATION, ENTERPRISE, ACADEMIA, NGO,
	OTHER;

	/** Constituents are admitted to the Coalition without the coordination group's approval (paper §25). */
	public boolean isConstituent() {
		return this == GOVERNMENT || this == EMPLOYERS_ORGANIZATION || this == WORKERS_ORGANIZATION;
	}

}
