package org.ilo.coalition.matching.plan;

/** The kind of organization a partner is; the first three are the ILO's tripartite constituents. */
public enum PartnerKind {

	GOVERNMENT, EMPLOYERS_ORGANIZATION, WORKERS_ORGANIZATION, INTERNATIONAL_ORGANIZATION, ENTERPRISE, ACADEMIA, NGO,
	OTHER;

	/** Employers' and workers' organizations: the constituents tripartite involvement asks for beside governments. */
	public boolean isSocialPartner() {
		return this == EMPLOYERS_ORGANIZATION || this == WORKERS_ORGANIZATION;
	}

}
