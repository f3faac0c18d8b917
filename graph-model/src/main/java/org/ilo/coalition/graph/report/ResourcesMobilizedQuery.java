package org.ilo.coalition.graph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the resources-mobilized report covers. Empty lists and {@code null} days do not filter; the values are already
 * checked (known codes, {@code from} not after {@code to}).
 * @param partnerKinds only the matches of partners of these kinds
 * @param from first day of the period (UTC), or {@code null}
 * @param to last day of the period (inclusive, UTC), or {@code null}
 */
public record ResourcesMobilizedQuery(List<String> regions, List<String> countries, List<String> thematicAreas,
		List<String> partnerKinds, LocalDate from, LocalDate to) {

	public ResourcesMobilizedQuery {
		regions = List.copyOf(regions);
		countries = List.copyOf(countries);
		thematicAreas = List.copyOf(thematicAreas);
		partnerKinds = List.copyOf(partnerKinds);
	}

}
