package org.ilo.coalition.graph.report;

import java.util.List;

import org.ilo.coalition.graph.cypher.Where;

/**
 * The filters the request reports share (coverage, gaps, resources mobilized): by country, ILO region and thematic
 * area of a request {@code r} of country {@code c}; an empty list does not filter.
 */
final class RequestFilters {

	private RequestFilters() {
	}

	/** The three filters on {@code r} and {@code c}, each added only when its list has values. */
	static Where byPlaceAndArea(List<String> countries, List<String> regions, List<String> thematicAreas) {
		return new Where()
			.and("countries", nullIfEmpty(countries), "c.iso3 IN $countries")
			.and("regions", nullIfEmpty(regions), "EXISTS { (c)-[:IN_REGION]->(g:Region) WHERE g.code IN $regions }")
			.and("areas", nullIfEmpty(thematicAreas), "EXISTS { (r)-[:IN_AREA]->(a:ThematicArea) WHERE a.code IN $areas }");
	}

	/** {@code null} for an empty list, so that {@link Where} leaves its filter out. */
	static List<String> nullIfEmpty(List<String> values) {
		return values.isEmpty() ? null : values;
	}

}
