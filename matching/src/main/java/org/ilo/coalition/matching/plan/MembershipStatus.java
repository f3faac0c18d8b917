package org.ilo.coalition.matching.plan;

/** Where a partner stands in the membership process; only admitted partners are matched. */
public enum MembershipStatus {

	PENDING, ADMITTED, REJECTED

}
