package org.ilo.coalition.graph.recommendation;

/** The parts of a partner-to-request fit score; each part is a value from 0 to 1. */
public enum Criterion {

	/** Declared expertise, by level, against the expertise the request's objective needs. */
	EXPERTISE,

	/** Share of the request's thematic areas that the partner's expertise or active offers cover. */
	THEMATIC_FIT,

	/** Based in, or an active offer serving, the request's country (full) or region (partial). */
	PRESENCE,

	/** The partner or one of its active offers works in the request's language. */
	LANGUAGE,

	/** Amount still available in active offers of the request's kind and unit, against the amount asked. */
	CAPACITY,

	/** Accepted matches of the partner on similar requests (same thematic area) and in the same country. */
	TRACK_RECORD,

	/** The partner is a tripartite constituent: a government, an employers' or a workers' organization. */
	TRIPARTITE

}
