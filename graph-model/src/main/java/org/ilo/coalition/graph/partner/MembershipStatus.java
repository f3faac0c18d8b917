package org.ilo.coalition.graph.partner;

/** Where a partner stands in the membership process. */
public enum MembershipStatus {

	PENDING, ADMITTED, REJECTED

}
