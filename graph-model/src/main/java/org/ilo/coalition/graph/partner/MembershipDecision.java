package org.ilo.coalition.graph.partner;

/** The coordination group's decision on a pending application. */
public enum MembershipDecision {

	ADMIT, REJECT

}
