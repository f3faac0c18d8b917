package org.ilo.coalition.graph.ilostat;

/** Why a valid row of an imported file was not kept; each skipped row counts under the first reason that applies. */
public enum SkipReason {

	/** Its indicator is not one of the catalogue's series ({@code indicator-series.csv}). */
	NOT_IN_CATALOGUE("indicator not in the catalogue"),

	/** Its area is an aggregate (an ILOSTAT code starting with X, such as X01 World). */
	AGGREGATE("regional or other aggregate"),

	/** Its area is a country or territory that is not an ILO member State. */
	NOT_A_MEMBER_STATE("not an ILO member State"),

	/** A breakdown by sex other than the total. */
	NOT_TOTAL_SEX("not the total of both sexes"),

	/** A breakdown other than the series' headline ({@code classif1} total, {@code classif2} empty or total). */
	NOT_HEADLINE_BREAKDOWN("not the series' headline breakdown"),

	/** A quarter or month: severities are defined on annual figures. */
	NOT_ANNUAL("quarterly or monthly figure"),

	/** A row with a status flag but no value. */
	NO_VALUE("no value"),

	/** Another source was chosen for the same member State, series and year (see docs/indicators.md). */
	OTHER_SOURCE("another source chosen for the same country, series and year"),

	/** The same source gives the figure under a preferred headline code as well. */
	OTHER_BREAKDOWN("the same figure under a preferred headline code"),

	/** The same country, series, year, source and breakdown again; the first row is kept. */
	DUPLICATE("repeats an earlier row");

	private final String description;

	SkipReason(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
