package org.ilo.coalition.graph.report;

import java.util.List;

/**
 * Which requests a gaps report looks at; empty lists do not filter, each given list keeps the requests matching any of
 * its values. The values are already checked (known codes).
 */
public record GapQuery(List<String> regions, List<String> countries, List<String> thematicAreas) {

	public GapQuery {
		regions = List.copyOf(regions);
		countries = List.copyOf(countries);
		thematicAreas = List.copyOf(thematicAreas);
	}

}
