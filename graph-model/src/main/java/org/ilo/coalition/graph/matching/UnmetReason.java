package org.ilo.coalition.graph.matching;

/** Why a completed run left (part of) a request without an offer. */
public enum UnmetReason {

	/** No offer passed the request's pair rules (kind and unit, place, area, expertise, time, rejections). */
	NO_ELIGIBLE_OFFER,

	/** Eligible offers exist, but the plan used their capacity or amount for other parts. */
	CAPACITY_EXHAUSTED

}
