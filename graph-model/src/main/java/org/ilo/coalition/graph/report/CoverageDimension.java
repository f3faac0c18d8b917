package org.ilo.coalition.graph.report;

/** What the rows of a coverage report are grouped by (docs/reports.md). */
public enum CoverageDimension {

	/** The ILO region of the request's country. */
	REGION,
	/** The request's country. */
	COUNTRY,
	/** Each thematic area of the request: a request in two areas counts in both groups. */
	THEMATIC_AREA,
	/** Each priority programme its objective is aligned with ({@code NONE} when none). */
	PROGRAMME,
	/** Each kind of partner holding part of it ({@code NONE} when no match holds any), counting that kind's matches. */
	PARTNER_KIND,
	/** The quarter of the request's creation date in UTC, such as {@code 2026-Q3}. */
	QUARTER

}
