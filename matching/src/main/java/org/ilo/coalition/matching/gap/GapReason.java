package org.ilo.coalition.matching.gap;

/**
 * Why a request still seeking support gets none: the first five are {@link GapDiagnosis}'s funnel, in its order (no
 * admitted offer can serve the request at all); {@link #CAPACITY_EXHAUSTED} comes from a completed matching run.
 */
public enum GapReason {

	/** No admitted offer of the request's kind and unit (currency). */
	NO_OFFER_OF_KIND,

	/** Offers of its kind and unit exist, but none covers one of its thematic areas. */
	NO_OFFER_IN_AREA,

	/** Of those, none serves its country, directly or through its region. */
	NO_OFFER_FOR_PLACE,

	/** Of those, none comes from a partner with all the expertise the request's objective needs. */
	NO_OFFER_WITH_EXPERTISE,

	/** Of those, none is available in time: starts by the deadline and has not ended (or the deadline is past). */
	NO_OFFER_IN_TIME,

	/** Eligible offers exist, but the latest completed run used their capacity or amount for other requests. */
	CAPACITY_EXHAUSTED

}
