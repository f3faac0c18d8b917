package org.ilo.coalition.graph.matching;

/** Where a matching run stands; QUEUED and SOLVING are active, the others final. */
public enum MatchRunStatus {

	QUEUED, SOLVING, COMPLETED, CANCELLED, FAILED;

	public boolean isActive() {
		return this == QUEUED || this == SOLVING;
	}

}
