package org.ilo.coalition.graph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coverage report covers and how its rows are grouped. Empty lists and {@code null} dates do not filter; the
 * values are already checked (known codes, {@code from} not after {@code to}, no dimension twice).
 * @param from first creation day of the requests covered (UTC), or {@code null}
 * @param to last creation day (inclusive, UTC), or {@code null}
 */
public record CoverageQuery(List<String> regions, List<String> countries, List<String> thematicAreas,
		List<String> programmes, List<String> partnerKinds, LocalDate from, LocalDate to,
		List<CoverageDimension> groupBy) {

	public CoverageQuery {
		regions = List.copyOf(regions);
		countries = List.copyOf(countries);
		thematicAreas = List.copyOf(thematicAreas);
		programmes = List.copyOf(programmes);
		partnerKinds = List.copyOf(partnerKinds);
		groupBy = List.copyOf(groupBy);
	}

}
