package org.ilo.coalition.graph.indicator;

import org.ilo.coalition.graph.country.Country;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * One value of an indicator for a country and year, with the severity derived from the indicator's scale when it
 * was written.
 *
 * @param id {@code ISO3:indicator:year}, so that reloading a source never duplicates an observation
 * @param source where the value comes from, such as {@code ILOSTAT} or {@code SYNTHETIC}
 */
@Node("DeficitObservation")
public record DeficitObservation(@Id String id, int year, double value, int severity, String source,
		@Relationship(type = "OBSERVED_IN", direction = Relationship.Direction.OUTGOING) Country country,
		@Relationship(type = "OF_INDICATOR", direction = Relationship.Direction.OUTGOING) Indicator indicator) {

	public static String idOf(String iso3, String indicatorCode, int year) {
		return iso3 + ":" + indicatorCode + ":" + year;
	}

}
