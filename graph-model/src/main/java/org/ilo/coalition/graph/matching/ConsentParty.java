package org.ilo.coalition.graph.matching;

/** The two parties whose consent a match needs. */
public enum ConsentParty {

	/** Users of the offer's organization. */
	PARTNER("partner"),
	/** Users of the request's country. */
	MEMBER_STATE("memberState");

	private final String property;

	ConsentParty(String property) {
		this.property = property;
	}

	/** The prefix of the match node's properties that hold this party's answer, never taken from input. */
	String property() {
		return this.property;
	}

}
